"""Statistics: periods, and source 004's KAST 2009 key figures entered and printed back."""

from datetime import date, datetime

import pytest

from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
from desktop_app.core.domain.contacts import ContactDraft
from desktop_app.core.domain.courses import MeetingDraft
from desktop_app.core.domain.measures import KeyFigureRow, Measure
from desktop_app.core.domain.periods import (
    Period,
    month,
    parse_quarter,
    previous_quarter,
    quarter,
    year,
    year_to_date,
)
from desktop_app.core.domain.unit_work import (
    Arena,
    EducationDraft,
    EducationKind,
    OutreachDraft,
)

# Source 004, "3.5 Årssammanställning av nyckeltalen" (KAST Malmö 2009); January is "x".
KAST_2009 = {
    "Uppsök": [0, 7, 0, 2, 1, 1, 22, 0, 9, 4, 0, 0],
    "Gruppdeltagare": [0, 0, 0, 0, 12, 8, 0, 0, 3, 0, 0, 0],
    "Rådgivning och samtal": [0, 19, 7, 17, 10, 12, 5, 8, 14, 12, 11, 34],
    "Studiebesök och utbildning": [0, 4, 6, 3, 7, 2, 0, 1, 1, 1, 5, 2],
}
TOTALS = {
    "Uppsök": 46,
    "Gruppdeltagare": 23,
    "Rådgivning och samtal": 149,
    "Studiebesök och utbildning": 32,
}


def test_periods():
    assert quarter(2009, 3) == Period(date(2009, 7, 1), date(2009, 9, 30), quarter(2009, 3).kind)
    assert parse_quarter("2009q3") == quarter(2009, 3)
    assert previous_quarter(date(2027, 1, 1)) == quarter(2026, 4)
    assert previous_quarter(date(2026, 5, 31)) == quarter(2026, 1)
    assert month(2024, 2).end == date(2024, 2, 29) and month(2023, 2).end == date(2023, 2, 28)
    assert len(year(2009).months()) == 12
    assert year_to_date(date(2026, 3, 15)).months() == [(2026, 1), (2026, 2), (2026, 3)]
    leap = Period(date(2024, 2, 29), date(2024, 3, 1))
    assert leap.shifted_years(-1).start == date(2023, 2, 28)
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(ValueError):
        parse_quarter("2009Q5")


def _enter_kast_2009(session):
    work, courses, contacts = session.work, session.courses, session.contacts
    for m in range(1, 13):
        day = date(2009, m, 15)
        n = KAST_2009["Uppsök"][m - 1]
        if n:
            work.record_outreach(OutreachDraft(day, Arena.STREET, contacts=n))
        n = KAST_2009["Gruppdeltagare"][m - 1]
        if n:
            start = datetime(2009, m, 15, 18)
            courses.record_past_session(
                "Anhörigkurs 2009", MeetingDraft(start, start.replace(hour=20)), n
            )
        for _ in range(KAST_2009["Rådgivning och samtal"][m - 1]):
            contacts.register_unregistered(
                ContactDraft(
                    datetime(2009, m, 10, 10),
                    ContactForm.PHONE,
                    ContactKind.ADVICE,
                    30,
                    session.user.id,
                )
            )
        for _ in range(KAST_2009["Studiebesök och utbildning"][m - 1]):
            work.record_education(EducationDraft(day, EducationKind.LECTURE, 20))


def test_source_004_kast_2009_prints_back_exactly(vault):
    _enter_kast_2009(vault.session)
    table = vault.session.statistics.key_figures(year(2009))
    printed = {line.row.label: list(line.values) for line in table.lines}
    assert printed == KAST_2009
    assert {line.row.label: line.total for line in table.lines} == TOTALS
    q3 = vault.session.statistics.key_figures(quarter(2009, 3))
    assert [line.total for line in q3.lines] == [31, 3, 27, 2]
    # The same period a year earlier is empty: a fair comparison, not a crash.
    assert all(
        line.total == 0
        for line in vault.session.statistics.key_figures(year(2009).shifted_years(-1)).lines
    )


def test_unique_clients_total_is_not_the_sum_of_months(vault):
    from desktop_app.core.domain.clients import ClientDraft

    client = vault.session.clients.create(ClientDraft())
    for m in (1, 2, 3):
        vault.session.contacts.register(
            ContactDraft(
                datetime(2025, m, 5, 10),
                ContactForm.VISIT,
                ContactKind.CHANGE,
                45,
                vault.session.user.id,
                client_id=client.id,
            )
        )
    values, total = vault.session.statistics.monthly(Measure.UNIQUE_CLIENTS, year(2025))
    assert values[:3] == (1, 1, 1) and total == 1
    values, total = vault.session.statistics.monthly(Measure.COUNSELLING, year(2025))
    assert total == 3


def test_the_unit_chooses_and_renames_rows(vault):
    stats = vault.session.statistics
    stats.set_key_figure_rows(
        [
            KeyFigureRow(Measure.PACKAGES, "Preventionspaket"),
            KeyFigureRow(Measure.CONSULTATIONS, "Konsultationer"),
        ]
    )
    assert [r.label for r in stats.key_figure_rows()] == ["Preventionspaket", "Konsultationer"]


def test_client_report_counts_relatives_and_couples_apart(vault):
    from desktop_app.core.domain.client_enums import Gender, TargetGroup
    from desktop_app.core.domain.clients import ClientDraft

    clients, contacts = vault.session.clients, vault.session.contacts
    today = date.today()
    when = datetime.combine(today, datetime.min.time()).replace(hour=10)

    def contact(client_id, n=1):
        for _ in range(n):
            contacts.register(
                ContactDraft(
                    when,
                    ContactForm.VISIT,
                    ContactKind.CHANGE,
                    45,
                    vault.session.user.id,
                    client_id=client_id,
                )
            )

    buyer = clients.create(
        ClientDraft(
            gender=Gender.MAN,
            target_group=TargetGroup.BUYER,
            municipality="0180",
            birth_year=today.year - 40,
        )
    )
    anonymous = clients.create(
        ClientDraft(
            anonymous=True, gender=Gender.MAN, target_group=TargetGroup.BUYER, municipality="0114"
        )
    )
    relative = clients.create(ClientDraft(gender=Gender.WOMAN, target_group=TargetGroup.RELATIVE))
    couple = clients.create_couple(ClientDraft(), (buyer.id, relative.id))
    clients.create(ClientDraft())  # no contact: not counted
    contact(buyer.id, 3)
    contact(anonymous.id)
    contact(relative.id)
    contact(couple.id)
    contacts.register_unregistered(
        ContactDraft(when, ContactForm.PHONE, ContactKind.ADVICE, 10, vault.session.user.id)
    )
    report = vault.session.statistics.clients(year(today.year))
    assert (report.clients, report.relatives, report.couples) == (2, 1, 1)
    assert report.contacts == 6 and report.unregistered_contacts == 1
    assert report.new == 2 and report.anonymous == 1 and report.anonymous_share == 0.5
    assert report.by_gender == {"man": 2}
    assert report.by_municipality == {"0180": 1, "0114": 1}
    assert report.by_age == {"36–45": 1, "unknown": 1}


def test_access_and_outcomes_on_hand_counted_cases(vault):
    from datetime import timedelta

    from desktop_app.core.domain.client_enums import CloseReason, FollowUpAnswer
    from desktop_app.core.domain.clients import ClientDraft

    clients = vault.session.clients
    today = date.today()
    start = date(today.year, 1, 1)
    if today - timedelta(days=20) < start:  # early January: use last year
        start = date(today.year - 1, 1, 1)
    base = start + timedelta(days=1)
    # 3, 9 and 0 days for adults; 2 days for a 16-year-old (over the 24-hour limit).
    for wait, born in ((3, 1980), (9, 1985), (0, 1990), (2, today.year - 16)):
        clients.create(
            ClientDraft(
                requested_on=base, birth_year=born, first_offered_on=base + timedelta(days=wait)
            )
        )
    clients.create(ClientDraft(requested_on=base))  # still waiting
    for answer in (FollowUpAnswer.YES, FollowUpAnswer.YES, FollowUpAnswer.NO):
        c = clients.create(ClientDraft())
        clients.close(c.id, today, CloseReason.COMPLETED, {"stopped_buying_sex": answer})
    period = Period(start, today)
    access = vault.session.reports.access(period)
    assert (access.requests, access.offered, access.within_limit, access.still_waiting) == (
        5,
        4,
        2,
        1,
    )
    assert access.median_days == 2.5 and access.longest_days == 9
    assert access.share_within_limit == 0.5
    outcome = vault.session.reports.outcomes(period)[0]
    assert outcome.answers == {"yes": 2, "no": 1} and outcome.share("yes") == 2 / 3


def test_a_frozen_period_survives_purging(vault):
    from datetime import timedelta

    from desktop_app.core.domain.clients import ClientDraft
    from desktop_app.core.errors import ValidationError

    last_year = date.today().year - 1
    client = vault.session.clients.create(ClientDraft())
    for m in (3, 4):
        vault.session.contacts.register(
            ContactDraft(
                datetime(last_year, m, 2, 10),
                ContactForm.VISIT,
                ContactKind.CHANGE,
                45,
                vault.session.user.id,
                client_id=client.id,
            )
        )
    stats = vault.session.statistics
    period = year(last_year)
    stats.freeze(period, datetime.now())
    with pytest.raises(ValidationError):
        stats.freeze(period, datetime.now())
    with pytest.raises(ValidationError):
        stats.freeze(year(date.today().year), datetime.now() - timedelta(days=1))
    # Purging (gallring) deletes the client's records for real.
    db = vault.session.vault.db
    db.execute("DELETE FROM contacts")
    db.execute("DELETE FROM clients_fts")
    db.execute("DELETE FROM clients")
    table = stats.key_figures(period)
    assert table.frozen_at is not None
    counselling = next(line for line in table.lines if line.row.label == "Rådgivning och samtal")
    assert counselling.total == 2 and counselling.values[2:4] == (1, 1)
    assert stats.clients(period).clients == 1
    assert stats.key_figures(quarter(last_year, 1)).frozen_at is not None  # inside it too


def test_a_frozen_year_freezes_every_report_and_every_quarter_and_month_in_it(vault):
    from desktop_app.core.domain import periods
    from desktop_app.core.domain.clients import ClientDraft
    from desktop_app.core.domain.measures import RefreezeReason

    s = vault.session
    last_year = date.today().year - 1
    for n, m in enumerate((2, 5, 11)):
        client = s.clients.create(ClientDraft(municipality="0180" if n else "0127"))
        s.contacts.register(
            ContactDraft(
                datetime(last_year, m, 3, 10),
                ContactForm.VISIT,
                ContactKind.CHANGE,
                45,
                s.user.id,
                client_id=client.id,
            )
        )
    waiting = s.clients.create(
        ClientDraft(requested_on=date(last_year, 6, 1), first_offered_on=date(last_year, 6, 4))
    )
    assert waiting.id
    s.work.record_outreach(OutreachDraft(date(last_year, 8, 20), Arena.STREET, contacts=12))
    start = datetime(last_year, 9, 15, 18)
    s.courses.record_past_session("Samtalsgrupp", MeetingDraft(start, start.replace(hour=20)), 7)
    stats, reports = s.statistics, s.reports
    whole = year(last_year)
    parts = [whole, *periods.inside(whole)]
    assert len(parts) == 17  # the year, 4 quarters, 12 months

    def figures():
        return [
            (
                stats.key_figures(p).lines,
                stats.clients(p),
                stats.municipalities(p),
                reports.access(p),
                reports.outcomes(p),
                reports.courses(p),
                reports.outreach(p),
            )
            for p in parts
        ]

    before = figures()
    assert reports.access(whole).requests == 1 and reports.outreach(whole).contacts == 12
    assert reports.courses(periods.quarter(last_year, 3)).attendances == 7
    stats.freeze(whole, datetime.now())
    db = s.vault.db  # purging deletes the client records for real
    db.execute("DELETE FROM contacts")
    db.execute("DELETE FROM clients_fts")
    db.execute("DELETE FROM clients")
    db.execute("DELETE FROM outreach_materials")
    db.execute("DELETE FROM outreach")  # and every other section's records
    db.execute("DELETE FROM attendance")
    db.execute("DELETE FROM meetings")
    assert figures() == before
    table = stats.key_figures(periods.quarter(last_year, 4))
    assert table.frozen_at and table.frozen_by == "Anna Administratör"
    # Frozen anew, with a reason: today's (purged) figures replace the kept ones.
    stats.refreeze(whole, RefreezeReason.CORRECTED, datetime.now())
    assert (
        stats.clients(whole).clients == 0
        and stats.clients(periods.month(last_year, 5)).clients == 0
    )
    entries = s.audit.entries(entity="frozen_period", limit=10)
    assert any("frozen anew reason=corrected" in e.detail for e in entries)


# Source 001, Bilaga 2: parties, population 31 December 2018 and their share of 4 000 000 kr.
BILAGA_2 = [
    ("0127", 93106, 158876),
    ("0162", 33187, 56630),
    ("0125", 28308, 48305),
    ("0136", 89989, 153557),
    ("0126", 111722, 190642),
    ("0123", 78480, 133918),
    ("0186", 47818, 81596),
    ("0182", 103656, 176878),
    ("0188", 61769, 105402),
    ("0140", 10923, 18639),
    ("0192", 28290, 48274),
    ("0128", 16786, 28644),
    ("0191", 48130, 82129),
    ("0163", 72528, 123761),
    ("0184", 80950, 138133),
    ("0180", 962154, 1641814),
    ("0183", 50564, 86282),
    ("0181", 97381, 166170),
    ("0138", 48004, 81914),
    ("0160", 71397, 121831),
    ("0114", 45543, 77714),
    ("0139", 28756, 49069),
    ("0115", 33432, 57048),
    ("0187", 12023, 20516),
    ("0120", 44397, 75759),
    ("0117", 44831, 76499),
]


def test_cost_sharing_reproduces_source_001_bilaga_2(vault):
    from desktop_app.core.domain.clients import ClientDraft
    from desktop_app.core.domain.cost_sharing import CostSharing
    from desktop_app.core.domain.municipalities import valid_municipality_codes
    from desktop_app.session import municipalities

    sharing = CostSharing(
        4_000_000, date(2018, 12, 31), tuple((code, pop) for code, pop, _ in BILAGA_2)
    )
    assert sharing.population == 2_344_124
    assert [sharing.cost(code) for code, _, _ in BILAGA_2] == [c for _, _, c in BILAGA_2]
    assert round(sharing.share("0180") * 100, 2) == 41.05
    stats = vault.session.statistics
    stats.set_cost_sharing(sharing, valid_municipality_codes(municipalities()))
    for code in ("0180", "0180", "0127"):
        client = vault.session.clients.create(ClientDraft(municipality=code))
        vault.session.contacts.register(
            ContactDraft(
                datetime.now().replace(microsecond=0),
                ContactForm.PHONE,
                ContactKind.ADVICE,
                20,
                vault.session.user.id,
                client_id=client.id,
            )
        )
    report = stats.municipalities(year(date.today().year))
    lines = {line.code: line for line in report.lines}
    assert (lines["0180"].clients, lines["0180"].cost) == (2, 1641814)
    assert lines["0180"].use_share == 2 / 3 and lines["0127"].use_share == 1 / 3
    assert lines["0162"].clients == 0 and lines["0162"].cost == 56630


def test_drill_down_to_the_records_behind_a_figure(vault):
    from desktop_app.core.domain.roles import Role
    from desktop_app.core.domain.users import NewUser
    from desktop_app.core.errors import PermissionDeniedError
    from desktop_app.session import Gatekeeper

    _enter_kast_2009(vault.session)
    stats = vault.session.statistics
    february = month(2009, 2)
    rows = stats.records(Measure.COUNSELLING, february)
    assert len(rows) == 19 and sum(n for _, _, n in rows) == 19
    outreach = stats.records(Measure.OUTREACH_CONTACTS, month(2009, 7))
    assert outreach == [("2009-07-15", "street", 22)]
    groups = stats.records(Measure.GROUP_ATTENDANCES, month(2009, 5))
    assert groups == [("2009-05-15", "Anhörigkurs 2009", 12)]
    vault.session.users.add_user(NewUser("stat", "Stina", Role.STATISTICS), "Tillfalligt-losen-9")
    session = Gatekeeper(vault.path).login("stat", "Tillfalligt-losen-9")
    try:
        assert not session.statistics.may_drill(Measure.COUNSELLING)
        with pytest.raises(PermissionDeniedError):
            session.statistics.records(Measure.COUNSELLING, february)
    finally:
        session.close()


def test_outreach_section_on_hand_counted_records(vault):
    from desktop_app.core.domain.unit_work import ConsultationDraft

    work = vault.session.work
    package = work.save_material("Preventionspaket", 100)
    work.record_outreach(
        OutreachDraft(date(2025, 3, 1), Arena.STREET, 10, new_persons=4, materials={package: 3})
    )
    work.record_outreach(OutreachDraft(date(2025, 3, 2), Arena.INTERNET, 5, new_persons=1))
    work.record_outreach(OutreachDraft(date(2025, 4, 1), Arena.STREET, 99))  # outside
    work.record_education(EducationDraft(date(2025, 3, 5), EducationKind.LECTURE, 20, "polis"))
    work.record_education(EducationDraft(date(2025, 3, 6), EducationKind.LECTURE, 30, "polis"))
    work.record_education(EducationDraft(date(2025, 3, 7), EducationKind.LECTURE, 12, "studenter"))
    work.record_consultation(ConsultationDraft(date(2025, 3, 8), "socialsekreterare"))
    report = vault.session.reports.outreach(month(2025, 3))
    assert (report.contacts, report.new_persons, report.packages) == (15, 5, 3)
    assert (report.education_occasions, report.education_participants) == (3, 62)
    assert report.consultations == 1
    assert report.by_audience == {"polis": (2, 50), "studenter": (1, 12)}
    assert report.by_arena == {Arena.STREET.value: 1, Arena.INTERNET.value: 1}


def test_street_outreach_is_a_measure_of_its_own(vault):
    """A unit that prints street contacts only (source 004: "Uppsök (antal kontakter på
    gatan)") picks the catalogue's street measure; a new measure was one row plus its query."""
    work, stats = vault.session.work, vault.session.statistics
    work.record_outreach(OutreachDraft(date(2025, 3, 4), Arena.STREET, contacts=5))
    work.record_outreach(OutreachDraft(date(2025, 3, 9), Arena.INTERNET, contacts=3))
    period = year(2025)
    assert stats.monthly(Measure.OUTREACH_STREET, period)[1] == 5
    assert stats.monthly(Measure.OUTREACH_CONTACTS, period)[1] == 8
    assert [r[2] for r in stats.records(Measure.OUTREACH_STREET, period)] == [5]

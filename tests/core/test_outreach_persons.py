"""The pseudonymous register of persons met in outreach: each person counted once per
period, the new ones (first met in it) apart, ages from the birth year; corrected and
removed with an audit entry that never holds the alias; kept by a frozen period."""

from datetime import date, datetime

import pytest

from desktop_app.core.domain import periods
from desktop_app.core.domain.client_enums import Gender
from desktop_app.core.domain.outreach_persons import OutreachPersonDraft
from desktop_app.core.domain.unit_work import Arena, OutreachDraft
from desktop_app.core.errors import ValidationError

YEAR = date.today().year - 1


def _evening(session, day, met, contacts=None):
    return session.work.record_outreach(
        OutreachDraft(day, Arena.STREET, contacts=contacts or len(met), met=tuple(met))
    )


def test_unique_and_new_persons_and_their_ages_per_period(vault):
    s = vault.session
    register = s.outreach_persons
    # Two women met the year before, and three met for the first time this year.
    old = [
        register.add(OutreachPersonDraft(f"Gammal {n}", Gender.WOMAN, YEAR - 44)) for n in range(2)
    ]
    _evening(s, date(YEAR - 1, 11, 3), old)
    new = [
        register.add(OutreachPersonDraft(f"Ny {n}", Gender.WOMAN, YEAR - 29 + n - 1))
        for n in range(3)
    ]
    man = register.add(OutreachPersonDraft("Han", Gender.MAN, None))
    # Every evening of the year meets some of them again: each still counts once.
    for month in range(1, 13):
        _evening(s, date(YEAR, month, 10), [*old, *new], contacts=9)
    _evening(s, date(YEAR, 6, 11), [man])
    report = s.reports.outreach(periods.year(YEAR))
    women, men, total = report.met
    assert (women.gender, women.persons, women.new, women.under_18) == ("woman", 5, 3, 0)
    assert (women.mean_age_new, women.mean_age_others) == (29.0, 44.0)
    assert (men.persons, men.new, men.mean_age_new) == (1, 1, None)
    assert (total.gender, total.persons, total.new) == ("all", 6, 4)
    # A quarter counts only who was met in it, and nobody is new in the second year.
    q2 = s.reports.outreach(periods.quarter(YEAR, 2))
    assert [(g.gender, g.persons) for g in q2.met] == [("woman", 5), ("man", 1), ("all", 6)]
    assert s.reports.outreach(periods.year(YEAR - 1)).met[0].new == 2


def test_the_first_meeting_follows_the_days_ticked(vault):
    s = vault.session
    person = s.outreach_persons.add(
        OutreachPersonDraft("Stina", Gender.WOMAN, 1990), met_on=date(YEAR, 5, 1)
    )
    assert s.outreach_persons.persons()[0].draft.first_met == date(YEAR, 5, 1)
    _evening(s, date(YEAR, 3, 2), [person])  # met earlier than first recorded
    [found] = s.outreach_persons.persons()
    assert (found.draft.first_met, found.last_met, found.days_met) == (
        date(YEAR, 3, 2),
        date(YEAR, 3, 2),
        1,
    )
    # A correction cannot put the first meeting after a day they were met.
    s.outreach_persons.update(
        person, OutreachPersonDraft("Stina", Gender.WOMAN, 1990, date(YEAR, 9, 1))
    )
    assert s.outreach_persons.persons()[0].draft.first_met == date(YEAR, 3, 2)


def test_corrections_and_removal_are_audited_without_the_alias(vault):
    s = vault.session
    register = s.outreach_persons
    person = register.add(OutreachPersonDraft("Lisa Hemlig", Gender.WOMAN, 1985))
    with pytest.raises(ValidationError) as taken:
        register.add(OutreachPersonDraft("lisa hemlig"))
    assert (taken.value.field, taken.value.code) == ("alias", "taken")
    for bad, field in (
        (OutreachPersonDraft("  "), "alias"),
        (OutreachPersonDraft("X", birth_year=1850), "birth_year"),
        (OutreachPersonDraft("X", first_met=date(2999, 1, 1)), "first_met"),
    ):
        with pytest.raises(ValidationError) as info:
            register.add(bad)
        assert info.value.field == field
    register.update(person, OutreachPersonDraft("Lisa H", Gender.TRANS, 1986))
    [corrected] = register.persons()
    assert (corrected.draft.alias, corrected.draft.gender, corrected.draft.birth_year) == (
        "Lisa H",
        Gender.TRANS,
        1986,
    )
    evening = _evening(s, date(YEAR, 2, 2), [person])
    assert s.work.outreach(date(YEAR, 2, 2), date(YEAR, 2, 2))[0].draft.met == (person,)
    register.remove(person)
    assert register.persons() == []
    assert s.work.outreach(date(YEAR, 2, 2), date(YEAR, 2, 2))[0].id == evening  # day stays
    with pytest.raises(ValidationError) as unknown:
        _evening(s, date(YEAR, 2, 3), [person])
    assert unknown.value.field == "met"
    entries = [e for e in s.audit.entries(limit=20) if e.entity == "outreach_person"]
    assert [e.action.value for e in entries] == ["delete", "update", "create"]
    assert not any("Lisa" in repr(e) for e in s.audit.entries(limit=50))


def test_a_frozen_year_keeps_the_persons_met(vault):
    s = vault.session
    person = s.outreach_persons.add(OutreachPersonDraft("Anna", Gender.WOMAN, 1980))
    _evening(s, date(YEAR, 4, 4), [person])
    s.statistics.freeze(periods.year(YEAR), datetime.now())
    s.outreach_persons.remove(person)
    for period in (periods.year(YEAR), periods.quarter(YEAR, 2)):
        assert [(g.gender, g.persons) for g in s.reports.outreach(period).met] == [
            ("woman", 1),
            ("all", 1),
        ]


def test_consultations_over_several_years_by_municipality_group(vault):
    """Source 001: "Konsultationer ... under de tre senaste åren (2017-2019) uppgått till
    totalt 114 stycken varav 40 ... i kranskommuner" – here on a smaller scale."""
    from desktop_app.core.domain.cost_sharing import CostSharing
    from desktop_app.core.domain.municipalities import valid_municipality_codes
    from desktop_app.core.domain.periods import Period, PeriodKind
    from desktop_app.core.domain.unit_work import ConsultationDraft
    from desktop_app.core.domain.yearly_report import ReportPart
    from desktop_app.reports.period_report import period_document
    from desktop_app.session import municipalities

    s = vault.session
    s.statistics.set_cost_sharing(
        CostSharing(4_000_000, date(2018, 12, 31), (("0180", 962154), ("0184", 81045)), "0180"),
        valid_municipality_codes(municipalities()),
    )
    for year, place, n in (
        (2017, "0180", 20),
        (2017, "0184", 10),
        (2018, "0184", 15),
        (2019, "1480", 2),
        (2019, "unknown", 1),
    ):
        for _ in range(n):
            s.work.record_consultation(ConsultationDraft(date(year, 5, 2), "kurator", place))
    period = Period(date(2017, 1, 1), date(2019, 12, 31), PeriodKind.CUSTOM)
    report = s.reports.outreach(period)
    assert report.consultations == 48
    assert report.consultations_by_year == {
        "2017": {"home": 20, "agreement": 10},
        "2018": {"agreement": 15},
        "2019": {"other": 2, "unknown": 1},
    }
    document = period_document(ReportPart.OUTREACH, report, "Mika", "2017–2019")
    per_year = next(x for x in document.sections if x.heading == "Konsultationer per år")
    assert per_year.table.headers == [
        "År",
        "Konsultationer",
        "Stockholm",
        "Övriga avtalskommuner",
        "Andra kommuner",
        "Kommun okänd",
    ]
    printed = [[getattr(c, "value", c) for c in row] for row in per_year.table.rows]
    assert printed[-1] == ["Summa", 48, 20, 25, 2, 1]
    per_place = next(x for x in document.sections if x.heading == "Konsultationer per kommun")
    assert [r[0] for r in per_place.table.rows] == ["Solna", "Stockholm", "Göteborg", "okänd"]

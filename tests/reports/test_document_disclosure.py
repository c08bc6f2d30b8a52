"""Small counts hidden in the client, per-municipality and yearly reports: a lone trans
person in a small table is exactly whom this must protect. Nothing hidden can be worked
out again from what the document prints (the ``determined`` attack finds nothing)."""

from __future__ import annotations

from desktop_app.core.domain.client_report import ClientReport
from desktop_app.core.domain.cost_sharing import MunicipalityLine, MunicipalityReport
from desktop_app.reports import values
from desktop_app.reports.client_report import client_report_document
from desktop_app.reports.disclosure import HIDDEN, determined
from desktop_app.reports.document import Count, Share
from desktop_app.reports.document_disclosure import _cells, _equations, hidden_in, suppress_document
from desktop_app.reports.municipality_report import municipality_document

REPORT = ClientReport(
    clients=71,
    relatives=2,
    couples=4,
    contacts=400,
    unregistered_contacts=12,
    new=2,
    continuing=69,
    anonymous=17,
    by_gender={"man": 60, "woman": 10, "trans": 1},
    by_age={"26–35": 40, "36–45": 31},
    by_municipality={"0180": 70, "0127": 1},
)


def _printed(section) -> list[list[str]]:
    return [[values.text(c) for c in row] for row in section.table.rows]


def test_a_lone_trans_person_cannot_be_found_in_the_client_report():
    document = suppress_document(client_report_document(REPORT, "Enheten", "2026"), note="..")
    gender = next(s for s in document.sections if s.heading == "Kön")
    rows = _printed(gender)
    assert rows[2][1:] == [HIDDEN, HIDDEN]  # trans: the count and its share
    assert rows[1][1:] == [HIDDEN, HIDDEN]  # the next smallest, or 71 − 60 − 10 gives it back
    assert rows[0][1] == "60"
    overview = dict(document.sections[0].facts)
    # 2 new of 71: hidden, and so is what gives it back (71 = new + continuing)
    assert overview["Nya"] == HIDDEN and overview["Fortsättande"] == HIDDEN
    assert overview["Anhöriga"] == HIDDEN  # 2 relatives
    assert overview["Klienter (unika personer)"] == Count(71, persons=True)
    assert document.sections[-1].paragraphs == [".."]  # what ".." means, said once
    # the document keeps its shape
    before = client_report_document(REPORT, "Enheten", "2026")
    assert [len(s.facts) for s in document.sections[:-1]] == [len(s.facts) for s in before.sections]


def test_nothing_hidden_can_be_worked_out():
    for section in client_report_document(REPORT, "Enheten", "2026").sections:
        hidden = hidden_in(section)
        cells = _cells(section)
        counts = {k: v.value for k, v in cells.items() if isinstance(v, Count)}
        if section.table is not None and section.table.total is not None:
            counts[("total", 0, 0)] = section.table.total.value
        equations = [
            e for e in _equations(section, cells) if all(m in counts for m in (*e.members, e.total))
        ]
        assert not determined(counts, equations, {h for h in hidden if h in counts})


def test_the_summa_row_gives_no_small_count_back():
    lines = (
        MunicipalityLine("0180", 40, 30, 0, None, None, None, relatives=3),
        MunicipalityLine("0127", 1, 2, 0, None, None, None, relatives=0),
        MunicipalityLine("0138", 5, 9, 0, None, None, None, relatives=1),
    )
    document = suppress_document(
        municipality_document(MunicipalityReport(lines, None), "E", "2026")
    )
    rows = _printed(document.sections[0])
    assert rows[1][1] == HIDDEN and rows[2][1] == HIDDEN  # Botkyrka's 1 and the next
    assert rows[3][1] == "46"  # the Summa stays: both hidden cells share it
    assert rows[1][3] == HIDDEN and rows[2][3] == HIDDEN  # contacts: 2, and 9 with it
    assert rows[0][3] == "30" and rows[3][3] == "41"


def test_counts_that_are_not_persons_are_never_hidden():
    from desktop_app.reports.document import Document, Section, Table

    document = Document(
        "x",
        sections=[
            Section(
                "Utbildning",
                table=Table(["Publik", "Tillfällen"], [["Skola", Count(1)], ["Polis", Count(2)]]),
            )
        ],
    )
    assert suppress_document(document).sections[0].table.rows[0][1] == Count(1)
    assert Share(0.5) == Share(0.5)  # shares of nothing stay


def test_referrals_by_municipality_group_give_no_small_count_back_across_or_down():
    """Source 001: of 20 police referrals 4 were from the city, 4 from the agreement's
    other municipalities, 12 from elsewhere. A lone referral in a group is hidden, and
    so is what would give it back through its row (the referral's total) or column."""
    from desktop_app.reports.disclosure import Equation

    report = ClientReport(
        clients=31,
        relatives=0,
        couples=0,
        contacts=90,
        unregistered_contacts=0,
        new=31,
        continuing=0,
        anonymous=0,
        by_referral={"police_arrest": 20, "own_initiative": 11},
        by_referral_group={
            "police_arrest": {"home": 4, "agreement": 4, "other": 12},
            "own_initiative": {"home": 9, "agreement": 1, "other": 1},
        },
        home="0180",
    )
    document = client_report_document(report, "KAST", "2019")
    section = next(s for s in document.sections if s.heading == "Kom via")
    assert section.table.headers[3:] == ["Stockholm", "Övriga avtalskommuner", "Andra kommuner"]
    assert _printed(section)[0] == ["polis i samband med gripande", "20", "64,5 %", "4", "4", "12"]
    hidden = hidden_in(section)
    # An attacker's own equations: each row adds up across, the totals add up down.
    values_at = {
        ("t", r, c): v.value
        for r, row in enumerate(section.table.rows)
        for c, v in enumerate(row)
        if isinstance(v, Count)
    }
    values_at[("total", 0, 0)] = 31
    attack = [Equation((("t", r, 3), ("t", r, 4), ("t", r, 5)), ("t", r, 1)) for r in (0, 1)]
    attack.append(Equation((("t", 0, 1), ("t", 1, 1)), ("total", 0, 0)))
    assert {("t", 1, 4), ("t", 1, 5)} <= hidden  # the lone ones
    assert not determined(values_at, attack, {h for h in hidden if h in values_at})


def test_the_demos_reports_hide_nothing_derivable_in_any_month_or_quarter(tmp_path):
    """Done when (issue 16): every report of the demo, for every month and quarter of a
    year and the year, hidden as it leaves the unit, gives no hidden value back."""
    from datetime import date

    from desktop_app.core.domain import periods
    from desktop_app.core.domain.yearly_report import ReportPart
    from desktop_app.demo.generator import DEMO_ACCOUNTS, DemoSpec, build_demo
    from desktop_app.reports.period_report import period_document
    from desktop_app.session import Gatekeeper

    path = tmp_path / "demo.db"
    build_demo(path, DemoSpec(clients=12, years=1, contacts=60))  # small: small counts
    session = Gatekeeper(path).login("admin", DEMO_ACCOUNTS[0].password)
    try:
        year = date.today().year
        chosen = [periods.year(year), *(periods.quarter(year, q) for q in range(1, 5))]
        chosen += [periods.month(year, m) for m in range(1, 13)]
        attacked = hid = 0
        for period in chosen:
            for part in ReportPart:
                data = session.period_reports.load(part, period)
                build = {
                    ReportPart.CLIENTS: client_report_document,
                    ReportPart.MUNICIPALITIES: municipality_document,
                }.get(part, lambda d, u, p, part=part: period_document(part, d, u, p))
                document = build(data, "Demo", period.label)
                # a total hidden where it is printed (the overview) is not known either
                unknown = {
                    id(v)
                    for section in document.sections
                    for k, v in _cells(section).items()
                    if k in hidden_in(section)
                }
                for section in document.sections:
                    hidden = hidden_in(section)
                    cells = _cells(section)
                    counts = {k: v.value for k, v in cells.items() if isinstance(v, Count)}
                    total = section.table.total if section.table is not None else None
                    if total is not None and id(total) not in unknown:
                        counts[("total", 0, 0)] = total.value
                    equations = [
                        e
                        for e in _equations(section, cells)
                        if all(m in counts for m in (*e.members, e.total))
                    ]
                    known = {h for h in hidden if h in counts}
                    assert not determined(counts, equations, known), (
                        period.label,
                        part,
                        section.heading,
                    )
                    small = {
                        k
                        for k, v in cells.items()
                        if isinstance(v, Count) and v.persons and 0 < v.value < 3
                    }
                    assert small <= hidden, (period.label, part, section.heading)
                    attacked += 1
                    hid += bool(hidden)
        assert attacked > 100 and hid  # the check is not empty
    finally:
        session.close()

"""Source 004's three yearly reports for 2009 (KAST, FAST, Prostitutionsgruppen), each
entered through the services of its own encrypted database and produced by the program:
the cover, chapters 1–5 in the source's order, the key-figure table as the unit prints
it (its own row names; "x" or blank before it began counting; totals only), the goal
table with its scale, and no section that has no data. The texts are our own (the
source's figures are quoted, its prose is not); the responsible person is made up."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime

import pytest

from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
from desktop_app.core.domain.contacts import ContactDraft
from desktop_app.core.domain.courses import MeetingDraft
from desktop_app.core.domain.measures import KeyFigureLayout, KeyFigureRow, Measure
from desktop_app.core.domain.unit_work import (
    Arena,
    EducationDraft,
    EducationKind,
    GoalDraft,
    OutreachDraft,
)
from desktop_app.reports import tabular
from desktop_app.reports.pdf import render_pdf
from desktop_app.reports.yearly_report import yearly_document

OUTREACH, GROUPS = Measure.OUTREACH_CONTACTS, Measure.GROUP_ATTENDANCES
COUNSELLING, EDUCATION = Measure.COUNSELLING, Measure.EDUCATION

UNITS = {
    "KAST": {
        "cover": ("KAST - Köp av sexuella tjänster", "Sektionen Metodstöd och uppsökande arbete"),
        "layout": KeyFigureLayout(months=True, before_mark="x"),
        "rows": [  # (measure, label, counted from, Jan..Dec), source 004 p. "3.5"
            (OUTREACH, "Uppsök", "2009-02", [0, 7, 0, 2, 1, 1, 22, 0, 9, 4, 0, 0]),
            (GROUPS, "Gruppdeltagare", "2009-02", [0, 0, 0, 0, 12, 8, 0, 0, 3, 0, 0, 0]),
            (
                COUNSELLING,
                "Rådgivning och samtal",
                "2009-02",
                [0, 19, 7, 17, 10, 12, 5, 8, 14, 12, 11, 34],
            ),
            (
                EDUCATION,
                "Studiebesök Och utbildning",
                "2009-02",
                [0, 4, 6, 3, 7, 2, 0, 1, 1, 1, 5, 2],
            ),
        ],
        "printed": [
            "Uppsök x 7 0 2 1 1 22 0 9 4 0 0 46",
            "Gruppdeltagare x 0 0 0 12 8 0 0 3 0 0 0 23",
            "Rådgivning och samtal x 19 7 17 10 12 5 8 14 12 11 34 149",
            "Studiebesök Och utbildning x 4 6 3 7 2 0 1 1 1 5 2 32",
        ],
    },
    "FAST": {
        "cover": ("FAST", "Sektionen för metodstöd och uppsökande arbete"),
        "layout": KeyFigureLayout(months=True, before_mark=""),
        "rows": [
            (OUTREACH, "Uppsökande kontakter", None, [10, 6, 8, 7, 8, 15, 9, 19, 11, 23, 14, 20]),
            (
                COUNSELLING,
                "Rådgivning och samtal",
                "2009-02",
                [0, 5, 8, 15, 9, 3, 3, 3, 14, 11, 18, 16],
            ),
            (
                EDUCATION,
                "Studiebesök Och utbildning",
                "2009-02",
                [0, 4, 2, 4, 5, 3, 0, 0, 1, 1, 1, 1],
            ),
        ],
        "printed": [
            "Uppsökande kontakter 10 6 8 7 8 15 9 19 11 23 14 20 150",
            "Rådgivning och samtal 5 8 15 9 3 3 3 14 11 18 16 105",
            "Studiebesök Och utbildning 4 2 4 5 3 0 0 1 1 1 1 22",
        ],
    },
    "Prostitutionsgruppen": {
        "cover": ("Prostitutionsgruppen", "Sektion Metodstöd och uppsökande arbete"),
        "layout": KeyFigureLayout(months=False),
        "rows": [  # the source prints the year only; spread over the months here
            (OUTREACH, "Uppsök (antal kontakter på gatan)", None, [31] * 11 + [38]),
            (GROUPS, "Gruppdeltagare (antal personer)", None, [4] * 11 + [6]),
            (COUNSELLING, "Rådgivning och samtal", None, [42] * 11 + [46]),
            (EDUCATION, "Studiebesök/utbildning (antal tillfällen)", None, [2] * 11 + [0]),
        ],
        "printed": [
            "Uppsök (antal kontakter på gatan) 379",
            "Gruppdeltagare (antal personer) 50",
            "Rådgivning och samtal 508",
            "Studiebesök/utbildning (antal tillfällen) 22",
        ],
    },
}

HEADINGS = [
    "1. Verksamhetsbeskrivning",
    "1.1 Organisation",
    "1.2 Uppdrag/målgrupp",
    "1.3 Innehåll",
    "2. Viktiga förändringar under året",
    "3. Måluppfyllelse",
    "3.1 Kommunfullmäktiges mål",
    "3.2 Verksamhetsmål",
    "3.3 Operativa mål",
    "3.4 Vad har vi uppnått under året",
    "3.5 Årssammanställning av nyckeltal",
    "4. Medarbetarfrågor",
    "4.1 Genomförd kompetensutvecklingsplan",
    "5. Sammanfattning/slutsatser",
]


def _enter(session, rows) -> None:
    work, courses, contacts = session.work, session.courses, session.contacts
    for measure, _, _, months in rows:
        for m, n in enumerate(months, start=1):
            day = date(2009, m, 15)
            if not n:
                continue
            if measure == OUTREACH:
                work.record_outreach(OutreachDraft(day, Arena.STREET, contacts=n))
            elif measure == GROUPS:
                start = datetime(2009, m, 15, 18)
                courses.record_past_session(
                    "Samtalsgrupp", MeetingDraft(start, start.replace(hour=20)), n
                )
            elif measure == COUNSELLING:
                for _ in range(n):
                    contacts.register_unregistered(
                        ContactDraft(
                            datetime(2009, m, 10, 10),
                            ContactForm.PHONE,
                            ContactKind.ADVICE,
                            30,
                            session.user.id,
                        )
                    )
            else:
                for _ in range(n):
                    work.record_education(EducationDraft(day, EducationKind.LECTURE, 20))


def _texts(name: str, cover) -> dict[str, str]:
    return {
        "activity": cover[0],
        "section": cover[1],
        "administration": "Sociala resursförvaltningen",
        "responsible": "Eva Exempel",
        "organisation": f"{name} är en del av ett kompetenscenter i en större kommun.",
        "mission": "Vi vänder oss till **vuxna** som vill förändra något.",
        "content": "Arbetet sker på tre nivåer:\n\n- rådgivande\n- förändrande\n- förebyggande",
        "changes": "### Nytt under året\n\nFler har hört av sig efter artiklar i pressen.",
        "council_goals": "Erbjuda stöd och hjälp; verka mot nyrekrytering.",
        "unit_goals": "Att genom uppsökande arbete erbjuda hjälp.",
        "achieved": "- Nått nya målgrupper\n- Utbildat fler yrkesverksamma",
        "staff": "Handledning under hela året och en kurs i retorik.",
        "conclusions": "Året präglades av ett tätt samarbete inom centret.",
    }


def _pdf_text(path) -> str:
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True
        )
        return done.stdout
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


@pytest.mark.parametrize("unit", list(UNITS))
def test_source_004_yearly_report_in_the_sources_order(vault, tmp_path, unit):
    spec, session = UNITS[unit], vault.session
    session.statistics.set_key_figure_rows(
        [KeyFigureRow(measure, label, start) for measure, label, start, _ in spec["rows"]]
    )
    session.statistics.set_key_figure_layout(spec["layout"])
    _enter(session, spec["rows"])
    session.reports.set_texts(2009, _texts(unit, spec["cover"]))
    session.surveys.save_goal(
        GoalDraft(2009, "Arbeta uppsökande", "Varje vecka i gatumiljö", 2, "prioriterade samtal")
    )
    session.surveys.save_goal(GoalDraft(2009, "Utbilda socialsekreterare", "Fyra tillfällen", 3))

    document = yearly_document(session.yearly.load(2009))
    pdf = render_pdf(document, tmp_path / "vb.pdf")
    text = _pdf_text(pdf)
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]

    # the cover: the year, the activity, the administration and who is responsible
    cover = text.split("\f")[0]
    for expected in ("Verksamhetsberättelse 2009", spec["cover"][0], "Ansvarig: Eva Exempel"):
        assert expected in cover
    # the chapters in the source's order
    positions = []
    for heading in HEADINGS:
        found = [n for n, line in enumerate(lines) if line.startswith(heading)]
        assert found, heading
        positions.append(found[-1])  # the last: after the table of contents, if any
    assert positions == sorted(positions)
    # the key-figure table exactly as the unit prints it
    for row in spec["printed"]:
        assert row in lines, (row, [x for x in lines if x.startswith(row.split()[0])])
    if not spec["layout"].months:
        assert not any(line.startswith("Nyckeltal Jan") for line in lines)
    # the goal table: the score in its own column, then the scale's legend
    assert any(line.startswith("Arbeta uppsökande") and " 2 " in line for line in lines)
    assert any("Skala 1–3" in line for line in lines)
    # the unit's own Markdown: a list and a heading, never the marks themselves
    assert "• rådgivande" in text and "**" not in text and "Nytt under året" in text
    # no section without data: no clients, access, outcomes or courses registered
    for empty in ("Klienter", "Tillgänglighet", "Utfall vid avslut", "Kön", "okänd"):
        assert not any(line.startswith(empty) for line in lines), empty
    # KAST's and FAST's months drawn under the table (its legend names each row again);
    # a totals-only table has no chart
    has_chart = any(section.chart for section in document.sections)
    assert has_chart == spec["layout"].months
    if has_chart:
        assert text.count("Rådgivning och samtal") >= 2
    # every page after the cover numbered
    pages = text.split("\f")
    assert all(
        page.strip().splitlines()[-1].strip().endswith(str(n))
        for n, page in enumerate(pages[1:], start=2)
        if page.strip()
    )


def test_the_yearly_report_as_a_spreadsheet_holds_numbers(vault, tmp_path):
    from openpyxl import load_workbook

    spec, session = UNITS["KAST"], vault.session
    session.statistics.set_key_figure_rows(
        [KeyFigureRow(measure, label, start) for measure, label, start, _ in spec["rows"]]
    )
    _enter(session, spec["rows"])
    path = tabular.write_xlsx(yearly_document(session.yearly.load(2009)), tmp_path / "vb.xlsx")
    rows = [
        [c for c in r if c is not None]
        for r in load_workbook(path).active.iter_rows(values_only=True)
    ]
    row = next(r for r in rows if r and r[0] == "Rådgivning och samtal")
    assert row == ["Rådgivning och samtal", "x", 19, 7, 17, 10, 12, 5, 8, 14, 12, 11, 34, 149]

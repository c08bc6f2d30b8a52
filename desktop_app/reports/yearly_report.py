"""Reports layer: the yearly report (verksamhetsberättelse) as source 004 writes it,
Qt-free: a cover; 1. Verksamhetsbeskrivning (1.1–1.3), 2. Viktiga förändringar,
3. Måluppfyllelse (3.1–3.4, 3.5 the key figures as the unit prints them, then the figure
sections the unit selected), 4. Medarbetarfrågor (4.1), 5. Sammanfattning/slutsatser.
A part with nothing to say is left out; the unit's texts are Markdown."""

from __future__ import annotations

from desktop_app.core.domain.yearly_report import Chapter, CoverLine, ReportPart
from desktop_app.core.services.yearly_report_data import YearlyData
from desktop_app.reports import figure_parts, key_figures
from desktop_app.reports.document import Count, Cover, Document, Section, Table
from desktop_app.reports.document_disclosure import suppress_document
from desktop_app.reports.translate import Translate, same


def _chapters(d: YearlyData, translate: Translate) -> dict[Chapter, str]:
    return {
        Chapter.ORGANISATION: translate("YearlyReport", "1.1 Organisation"),
        Chapter.MISSION: translate("YearlyReport", "1.2 Uppdrag/målgrupp"),
        Chapter.CONTENT: translate("YearlyReport", "1.3 Innehåll"),
        Chapter.CHANGES: translate("YearlyReport", "2. Viktiga förändringar under året"),
        Chapter.COUNCIL_GOALS: translate(
            "YearlyReport", "3.1 Kommunfullmäktiges mål som verksamheten har förhållit sig till"
        ),
        Chapter.UNIT_GOALS: translate("YearlyReport", "3.2 Verksamhetsmål"),
        Chapter.ACHIEVED: translate("YearlyReport", "3.4 Vad har vi uppnått under året"),
        Chapter.STAFF: translate("YearlyReport", "4.1 Genomförd kompetensutvecklingsplan"),
        Chapter.CONCLUSIONS: translate("YearlyReport", "5. Sammanfattning/slutsatser"),
    }


def _cover(d: YearlyData, translate: Translate) -> Cover:
    t = d.texts
    responsible = t.get(CoverLine.RESPONSIBLE.value, "")
    return Cover(
        title=translate("YearlyReport", "Verksamhetsberättelse %1").replace("%1", str(d.year)),
        lines=[
            t.get(CoverLine.ACTIVITY.value) or d.unit,
            t.get(CoverLine.SECTION.value, ""),
            t.get(CoverLine.ADMINISTRATION.value, ""),
        ],
        responsible=translate("YearlyReport", "Ansvarig: %1").replace("%1", responsible)
        if responsible
        else "",
    )


def _goals(d: YearlyData, translate: Translate) -> Section | None:
    if not d.goals:
        return None
    rows = [
        [
            g.draft.goal,
            g.draft.activity,
            Count(g.draft.score) if g.draft.score else "–",
            g.draft.comment,
        ]
        for g in d.goals
    ]
    return Section(
        translate("YearlyReport", "3.3 Operativa mål"),
        table=Table(
            [
                translate("YearlyReport", "Operativt mål"),
                translate("YearlyReport", "Aktivitet"),
                translate("YearlyReport", "Måluppfyllelse"),
                translate("YearlyReport", "Kommentar"),
            ],
            rows,
            [3, 4, 1.3, 3.2],
        ),
        level=2,
        legend=translate(
            "YearlyReport", "Skala 1–3: 1 = ej uppnått, 2 = delvis uppnått, 3 = fullt uppnått."
        ),
    )


def _frozen_note(d: YearlyData, translate: Translate, frozen_part: bool) -> str:
    if d.figures.frozen_at is None:
        return ""
    if frozen_part:
        return (
            translate("YearlyReport", "Fastställda siffror (%1, %2).")
            .replace("%1", d.figures.frozen_at[:10])
            .replace("%2", d.figures.frozen_by or "–")
        )
    return translate("YearlyReport", "Räknat när rapporten skrevs ut; inte fastställt.")


def _figure_parts(d: YearlyData, translate: Translate) -> list[tuple[str, list[Section], bool]]:
    """(heading, sections, from the frozen snapshot) for each figure part with data."""
    kept = d.figures.frozen_at is not None
    parts = [
        (figure_parts.clients_part(d.clients, translate), kept),
        (figure_parts.access_part(d.access, translate), "access" in d.kept),
        (figure_parts.outcomes_part(d.outcomes, translate), "outcomes" in d.kept),
        (figure_parts.courses_part(d.courses, translate), "courses" in d.kept),
        (figure_parts.outreach_part(d.outreach, translate), "outreach" in d.kept),
        *((figure_parts.survey_part(*survey, translate), False) for survey in d.surveys),
        (figure_parts.municipalities_part(d.municipalities, translate), kept),
    ]
    return [(part[0], part[1], frozen) for part, frozen in parts if part is not None]


def yearly_document(
    d: YearlyData, translate: Translate = same, suppress_below: int | None = None
) -> Document:
    """The report; with ``suppress_below`` it leaves the unit: small person counts, and
    what would give them back, read ".." in every section, the key figures included."""
    document = _document(d, translate, suppress_below)
    if suppress_below is None:
        return document
    note = translate(
        "YearlyReport",
        "..: färre än %1 personer, eller dolt så att ett litet tal inte kan räknas fram ur summorna.",
    ).replace("%1", str(suppress_below))
    return suppress_document(document, suppress_below, note)


def _document(d: YearlyData, translate: Translate, suppress_below: int | None) -> Document:
    t = {Chapter(k): v for k, v in d.texts.items() if k in set(Chapter)}
    titles = _chapters(d, translate)
    empty = translate("YearlyReport", "(Ingen text skriven ännu.)")

    def text(chapter: Chapter, level: int = 2) -> list[Section]:
        return [Section(titles[chapter], text=t[chapter], level=level)] if t.get(chapter) else []

    def chapter(heading: str, subs: list[Section]) -> list[Section]:
        return [Section(heading, empty_text="" if subs else empty), *subs]

    sections = chapter(
        translate("YearlyReport", "1. Verksamhetsbeskrivning"),
        text(Chapter.ORGANISATION) + text(Chapter.MISSION) + text(Chapter.CONTENT),
    )
    changes = titles[Chapter.CHANGES]
    sections += text(Chapter.CHANGES, 1) or [Section(changes, empty_text=empty)]
    goals = _goals(d, translate)
    frozen = _frozen_note(d, translate, True)
    hidden = key_figures.hidden_cells(d.figures, suppress_below) if suppress_below else frozenset()
    figures = Section(
        translate("YearlyReport", "3.5 Årssammanställning av nyckeltal"),
        table=key_figures.table_of(d.figures, hidden, translate),
        chart=key_figures.chart_of(d.figures, hidden, translate),
        level=2,
        persons=True,
        legend=frozen,
    )
    three = text(Chapter.COUNCIL_GOALS) + text(Chapter.UNIT_GOALS)
    three += ([goals] if goals else []) + text(Chapter.ACHIEVED) + [figures]
    for n, (heading, parts, from_snapshot) in enumerate(_figure_parts(d, translate), start=6):
        note = _frozen_note(d, translate, from_snapshot)
        three.append(Section(f"3.{n} {heading}", level=2, legend=note))
        three += parts
    sections += chapter(
        translate(
            "YearlyReport",
            "3. Måluppfyllelse",
        ),
        three,
    )
    sections += chapter(translate("YearlyReport", "4. Medarbetarfrågor"), text(Chapter.STAFF))
    conclusions = titles[Chapter.CONCLUSIONS]
    sections += text(Chapter.CONCLUSIONS, 1) or [Section(conclusions, empty_text=empty)]
    if d.not_shown:
        names = {
            ReportPart.CLIENTS: translate("YearlyReport", "Klienter"),
            ReportPart.ACCESS: translate("YearlyReport", "Tillgänglighet"),
            ReportPart.OUTCOMES: translate("YearlyReport", "Utfall vid avslut"),
            ReportPart.COURSES: translate("YearlyReport", "Grupper och kurser"),
            ReportPart.OUTREACH: translate("YearlyReport", "Uppsökande arbete och utbildning"),
            ReportPart.SURVEYS: translate("YearlyReport", "Enkäter"),
            ReportPart.MUNICIPALITIES: translate("YearlyReport", "Per kommun"),
        }
        sections.insert(
            0,
            Section(
                translate("YearlyReport", "Avsnitt som inte är med"),
                paragraphs=[
                    translate(
                        "YearlyReport",
                        "Din roll får inte läsa underlaget till: %1. Be en administratör skriva ut hela rapporten.",
                    ).replace("%1", ", ".join(names[p] for p in d.not_shown))
                ],
            ),
        )
    cover = _cover(d, translate)
    activity = cover.lines[0]
    return Document(
        title=f"{cover.title} – {activity}",
        cover=cover,
        sections=sections,
        footer=f"{activity} – {cover.title}",
        contents_title=translate("YearlyReport", "Innehåll"),
        confidential=translate(
            "YearlyReport", "Sekretess: sammanräknade antal, inga personuppgifter."
        ),
    )

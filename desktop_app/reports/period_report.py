"""Reports layer: one figure part (access, outcomes, courses and groups, outreach,
surveys) as a report of its own for any period, built from the same functions as the
yearly report's sections, so the two print the same figures."""

from __future__ import annotations

from datetime import date

from desktop_app.core.domain.yearly_report import ReportPart
from desktop_app.reports import figure_parts
from desktop_app.reports.document import Document, Section
from desktop_app.reports.document_disclosure import suppress_document
from desktop_app.reports.translate import Translate, same


def part_title(part: ReportPart, translate: Translate = same) -> str:
    return {
        ReportPart.CLIENTS: translate("PeriodReport", "Klienter"),
        ReportPart.ACCESS: translate("PeriodReport", "Tillgänglighet"),
        ReportPart.OUTCOMES: translate("PeriodReport", "Utfall vid avslut"),
        ReportPart.COURSES: translate("PeriodReport", "Grupper och kurser"),
        ReportPart.OUTREACH: translate("PeriodReport", "Uppsökande arbete och utbildning"),
        ReportPart.SURVEYS: translate("PeriodReport", "Enkäter"),
        ReportPart.MUNICIPALITIES: translate("PeriodReport", "Per kommun"),
    }[ReportPart(part)]


def _parts(part: ReportPart, data, translate: Translate) -> list:
    if part == ReportPart.ACCESS:
        return [figure_parts.access_part(data, translate)]
    if part == ReportPart.OUTCOMES:
        return [figure_parts.outcomes_part(data, translate)]
    if part == ReportPart.COURSES:
        return [figure_parts.courses_part(data, translate)]
    if part == ReportPart.OUTREACH:
        return [figure_parts.outreach_part(data, translate)]
    if part == ReportPart.SURVEYS:
        return [figure_parts.survey_part(*survey, translate) for survey in data]
    raise ValueError(part)


def period_document(
    part: ReportPart,
    data,
    unit: str,
    period: str,
    translate: Translate = same,
    suppress_below: int | None = None,
) -> Document:
    sections: list[Section] = []
    for found in _parts(ReportPart(part), data, translate):
        if found is None:
            continue
        heading, parts = found
        if part == ReportPart.SURVEYS:
            sections.append(Section(heading))
        sections += parts
    if not sections:
        sections = [
            Section("", paragraphs=[translate("PeriodReport", "Inga uppgifter för perioden.")])
        ]
    document = Document(
        title=f"{part_title(part, translate)} {period}",
        facts=[
            (translate("PeriodReport", "Enhet"), unit),
            (translate("PeriodReport", "Utskrivet"), date.today().isoformat()),
        ],
        sections=sections,
        footer=translate("PeriodReport", "Sekretess: innehåller inga personuppgifter"),
    )
    if suppress_below is None:
        return document
    note = translate(
        "PeriodReport",
        "..: färre än %1 personer, eller dolt så att ett litet tal inte kan räknas fram ur summorna.",
    ).replace("%1", str(suppress_below))
    return suppress_document(document, suppress_below, note)

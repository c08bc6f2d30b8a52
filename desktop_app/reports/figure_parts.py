"""Reports layer: the figure sections of a period, one function per part: what the
yearly report puts after its key figures, and what the Statistik page and the command
line print as a report of its own for any period. Each returns None when the part has
nothing to say, so no report prints "100 % okänt" or a row of zeros."""

from __future__ import annotations

from desktop_app.core.domain.client_enums import FollowUpAnswer
from desktop_app.core.domain.client_report import ClientReport
from desktop_app.core.domain.cost_sharing import MunicipalityReport
from desktop_app.core.domain.report_sections import AccessReport, CoursesReport, OutreachReport
from desktop_app.core.domain.unit_work import StatementResult
from desktop_app.reports.client_report import client_sections
from desktop_app.reports.course_sections import course_detail_sections, courses_table
from desktop_app.reports.document import Count, Section, Share, Table
from desktop_app.reports.municipality_report import municipality_table
from desktop_app.reports.outreach_section import (
    consultation_sections,
    met_section,
    outreach_section,
)
from desktop_app.reports.translate import Translate, labeller

Part = tuple[str, list[Section]]  # the part's heading and its sections


def clients_part(c: ClientReport | None, translate: Translate) -> Part | None:
    if c is None or not (c.clients or c.relatives or c.couples):
        return None
    sections = client_sections(c, translate, level=3, omit_empty=True)
    return translate("FigureParts", "Klienter"), sections


def access_part(a: AccessReport | None, translate: Translate) -> Part | None:
    if a is None or not (a.requests or a.offered):
        return None
    offered = Count(a.offered, persons=True)
    facts: list = [
        (translate("FigureParts", "Nya förfrågningar"), Count(a.requests, persons=True)),
        (translate("FigureParts", "Erbjöds en första tid"), offered),
        (
            translate("FigureParts", "Inom 7 dagar (1 dygn för under 18)"),
            Count(a.within_limit, persons=True),
        ),
        (translate("FigureParts", "Andel inom garantin"), Share(a.share_within_limit, offered)),
        (translate("FigureParts", "Väntar fortfarande"), Count(a.still_waiting, persons=True)),
    ]
    if a.median_days is not None:
        median = f"{a.median_days:g}".replace(".", ",")
        days = translate("FigureParts", "%1 / %2 dagar")
        facts.append(
            (
                translate("FigureParts", "Median / längsta väntan"),
                days.replace("%1", median).replace("%2", str(a.longest_days)),
            )
        )
    return translate("FigureParts", "Tillgänglighet"), [Section("", facts=facts, persons=True)]


def outcomes_part(outcomes: list | None, translate: Translate) -> Part | None:
    answered = [o for o in outcomes or [] if o.answered]
    if not answered:
        return None
    label = labeller(translate)
    keys = ("yes", "partly", "no", "dont_know")
    rows = []
    for o in answered:
        counts = [Count(o.answers.get(k, 0), persons=True) for k in keys]
        question = label(o.question) if o.builtin else o.question
        n = Count(o.answered, persons=True)
        rows.append([question, *counts, n, Share(o.share("yes"), counts[0])])
    table = Table(
        [
            translate("FigureParts", "Fråga"),
            label(FollowUpAnswer.YES),
            label(FollowUpAnswer.PARTLY),
            label(FollowUpAnswer.NO),
            label(FollowUpAnswer.DONT_KNOW),
            translate("FigureParts", "Svar (n)"),
            translate("FigureParts", "Andel ja"),
        ],
        rows,
        [4, 1, 1, 1, 1, 1, 1.1],
    )
    section = Section("", table=table, persons=True)
    return translate("FigureParts", "Utfall vid avslut"), [section]


def courses_part(courses: CoursesReport | None, translate: Translate) -> Part | None:
    if courses is None or not courses.lines:
        return None
    sections = [Section("", table=courses_table(courses, translate), persons=True)]
    sections += course_detail_sections(courses, translate, level=3)
    return translate("FigureParts", "Grupper och kurser"), sections


def outreach_part(o: OutreachReport | None, translate: Translate) -> Part | None:
    if o is None:
        return None
    sections = [s for s in (outreach_section(o, translate), met_section(o, translate)) if s]
    sections += consultation_sections(o, translate)
    if not sections:
        return None
    return translate("FigureParts", "Uppsökande arbete och utbildning"), sections


def survey_part(
    name: str, options: list[str], results: list[StatementResult], translate: Translate
) -> Part | None:
    rows = []
    for r in results:
        if r.answered:
            n = Count(r.answered, persons=True)
            rows.append([r.statement, *(Share(s, n) for s in r.shares()), n])
    if not rows:
        return None
    table = Table(
        [translate("FigureParts", "Påstående"), *options, translate("FigureParts", "Svar (n)")],
        rows,
        [4] + [1] * len(options) + [0.9],
    )
    return name, [Section("", table=table, persons=True)]


def municipalities_part(m: MunicipalityReport | None, translate: Translate) -> Part | None:
    if m is None or not any(line.code != "unknown" for line in m.lines):
        return None
    section = Section("", table=municipality_table(m, translate), persons=True)
    return translate("FigureParts", "Per kommun"), [section]

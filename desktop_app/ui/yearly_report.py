"""UI layer: the yearly report (verksamhetsberättelse): the unit's texts, the goal table,
the key figures and every section the user may see, as one printable document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop_app.core.domain import periods
from desktop_app.core.domain.client_enums import FollowUpAnswer
from desktop_app.core.domain.client_report import ClientReport
from desktop_app.core.domain.measures import KeyFigureTable
from desktop_app.core.domain.report_sections import AccessReport, CoursesReport, OutreachReport
from desktop_app.core.domain.unit_work import Goal, StatementResult
from desktop_app.core.errors import PermissionDeniedError
from desktop_app.reports import key_figures
from desktop_app.reports.document import Document, Section, Table
from desktop_app.reports.numbers import percent
from desktop_app.session import Session
from desktop_app.ui.client_report_document import client_report_document
from desktop_app.ui.course_sections import course_detail_sections
from desktop_app.ui.feedback import label_text


@dataclass(frozen=True)
class YearlyData:
    year: int
    unit: str
    texts: dict[str, str]
    goals: list[Goal]
    figures: KeyFigureTable
    clients: ClientReport | None
    access: AccessReport | None
    outcomes: list | None
    courses: CoursesReport | None
    outreach: OutreachReport | None
    surveys: list[tuple[str, list[str], list[StatementResult]]]


def _maybe(call):
    try:
        return call()
    except PermissionDeniedError:
        return None  # the role may not see this part; the report leaves it out


def load_yearly(session: Session, year: int) -> YearlyData:
    period = periods.year(year)
    reports, stats = session.reports, session.statistics
    surveys = []
    for survey in _maybe(session.surveys.surveys) or []:
        if survey.year == year:
            surveys.append((survey.name, list(survey.options), session.surveys.results(survey.id)))
    return YearlyData(
        year=year,
        unit=session.unit.unit_name(),
        texts=reports.texts(year),
        goals=session.surveys.goals(year),
        figures=stats.key_figures(period),
        clients=_maybe(lambda: stats.clients(period)),
        access=_maybe(lambda: reports.access(period)),
        outcomes=_maybe(lambda: reports.outcomes(period)),
        courses=_maybe(lambda: reports.courses(period)),
        outreach=_maybe(lambda: reports.outreach(period)),
        surveys=surveys,
    )


def _pct(value: float | None) -> str:
    return percent(value)  # half up, one decimal: "12,5 %" as the survey tab shows


def yearly_document(d: YearlyData) -> Document:
    sections = [
        Section(
            QCoreApplication.translate("YearlyReport", "1. Verksamhetsbeskrivning"),
            paragraphs=[d.texts["description"]] if d.texts["description"] else [],
            empty_text=QCoreApplication.translate("YearlyReport", "(Ingen text skriven ännu.)"),
        ),
        Section(
            QCoreApplication.translate("YearlyReport", "2. Viktiga förändringar under året"),
            paragraphs=[d.texts["changes"]] if d.texts["changes"] else [],
            empty_text=QCoreApplication.translate("YearlyReport", "(Ingen text skriven ännu.)"),
        ),
        Section(
            QCoreApplication.translate(
                "YearlyReport",
                "3. Måluppfyllelse (skala 1–3, 1 = ej uppnått, 2 = delvis, 3 = fullt ut)",
            ),
            table=Table(
                [
                    QCoreApplication.translate("YearlyReport", "Operativt mål"),
                    QCoreApplication.translate("YearlyReport", "Aktivitet"),
                    QCoreApplication.translate("YearlyReport", "Måluppfyllelse"),
                ],
                [
                    [
                        g.draft.goal,
                        g.draft.activity,
                        f"{g.draft.score or '–'} {g.draft.comment}".strip(),
                    ]
                    for g in d.goals
                ],
                [3, 4, 3],
            ),
            empty_text=QCoreApplication.translate("YearlyReport", "Inga mål registrerade."),
        ),
        Section(
            QCoreApplication.translate("YearlyReport", "4. Årssammanställning av nyckeltal"),
            table=Table(
                key_figures.header(d.figures),
                [[str(c) for c in r] for r in key_figures.rows(d.figures)],
                [3.2] + [1.0] * len(d.figures.months) + [1.1],
            ),
        ),
    ]
    if d.clients is not None:
        clients = client_report_document(d.clients, d.unit, str(d.year))
        sections.append(
            Section(
                QCoreApplication.translate("YearlyReport", "5. Klienter"),
                facts=clients.sections[0].facts,
            )
        )
        sections += clients.sections[1:]
    if d.access is not None:
        a = d.access
        sections.append(
            Section(
                QCoreApplication.translate("YearlyReport", "Tillgänglighet"),
                facts=[
                    (
                        QCoreApplication.translate("YearlyReport", "Nya förfrågningar"),
                        str(a.requests),
                    ),
                    (
                        QCoreApplication.translate(
                            "YearlyReport", "Erbjöds tid inom 7 dagar (1 dygn för under 18)"
                        ),
                        f"{a.within_limit} av {a.offered} ({_pct(a.share_within_limit)})",
                    ),
                    (
                        QCoreApplication.translate("YearlyReport", "Median / längsta väntan"),
                        f"{a.median_days if a.median_days is not None else '–'} / "
                        f"{a.longest_days if a.longest_days is not None else '–'} "
                        + QCoreApplication.translate("YearlyReport", "dagar"),
                    ),
                    (
                        QCoreApplication.translate("YearlyReport", "Väntar fortfarande"),
                        str(a.still_waiting),
                    ),
                ],
            )
        )
    if d.outcomes:
        sections.append(
            Section(
                QCoreApplication.translate("YearlyReport", "Utfall vid avslut"),
                table=Table(
                    [
                        QCoreApplication.translate("YearlyReport", "Fråga"),
                        label_text(FollowUpAnswer.YES),
                        label_text(FollowUpAnswer.PARTLY),
                        label_text(FollowUpAnswer.NO),
                        label_text(FollowUpAnswer.DONT_KNOW),
                        QCoreApplication.translate("YearlyReport", "Andel ja"),
                    ],
                    [
                        [
                            label_text(o.question) if o.builtin else o.question,
                            *(
                                str(o.answers.get(k, 0))
                                for k in ("yes", "partly", "no", "dont_know")
                            ),
                            _pct(o.share("yes")),
                        ]
                        for o in d.outcomes
                    ],
                    [4, 1, 1, 1, 1, 1.2],
                ),
            )
        )
    if d.courses is not None:
        sections.append(
            Section(
                QCoreApplication.translate("YearlyReport", "Grupper och kurser"),
                table=Table(
                    [
                        QCoreApplication.translate("YearlyReport", "Namn"),
                        QCoreApplication.translate("YearlyReport", "Träffar"),
                        QCoreApplication.translate("YearlyReport", "Deltagare"),
                        QCoreApplication.translate("YearlyReport", "Unika"),
                        QCoreApplication.translate("YearlyReport", "Närvaro"),
                        QCoreApplication.translate("YearlyReport", "Uteblev"),
                    ],
                    [
                        [
                            c.name,
                            str(c.meetings_held),
                            str(c.participants),
                            str(c.unique_persons),
                            f"{c.attendances} ({_pct(c.attendance_rate)})",
                            str(c.no_shows),
                        ]
                        for c in d.courses.lines
                    ],
                    [4, 1, 1, 1, 1.6, 1],
                ),
                empty_text=QCoreApplication.translate("YearlyReport", "Inga träffar under året."),
            )
        )
        sections += course_detail_sections(d.courses)
    if d.outreach is not None:
        o = d.outreach
        sections.append(
            Section(
                QCoreApplication.translate("YearlyReport", "Uppsökande arbete och utbildning"),
                facts=[
                    (
                        QCoreApplication.translate("YearlyReport", "Kontakter i uppsökande arbete"),
                        str(o.contacts),
                    ),
                    (
                        QCoreApplication.translate("YearlyReport", "varav nya personer"),
                        str(o.new_persons),
                    ),
                    (
                        QCoreApplication.translate("YearlyReport", "Utdelat material"),
                        str(o.packages),
                    ),
                    (
                        QCoreApplication.translate("YearlyReport", "Studiebesök och utbildning"),
                        f"{o.education_occasions} ({o.education_participants} "
                        + QCoreApplication.translate("YearlyReport", "deltagare")
                        + ")",
                    ),
                    (
                        QCoreApplication.translate("YearlyReport", "Konsultationer"),
                        str(o.consultations),
                    ),
                ],
                table=Table(
                    [
                        QCoreApplication.translate("YearlyReport", "Publik"),
                        QCoreApplication.translate("YearlyReport", "Tillfällen"),
                        QCoreApplication.translate("YearlyReport", "Deltagare"),
                    ],
                    [
                        [k or "–", str(v[0]), str(v[1])]
                        for k, v in sorted(o.by_audience.items(), key=lambda x: -x[1][1])
                    ],
                    [4, 1, 1],
                ),
            )
        )
    for name, options, results in d.surveys:
        sections.append(
            Section(
                name,
                table=Table(
                    [QCoreApplication.translate("YearlyReport", "Påstående"), *options],
                    [[r.statement, *(_pct(s) for s in r.shares())] for r in results],
                    [4] + [1] * len(options),
                ),
            )
        )
    sections.append(
        Section(
            QCoreApplication.translate("YearlyReport", "Sammanfattning och slutsatser"),
            paragraphs=[d.texts["conclusions"]] if d.texts["conclusions"] else [],
            empty_text=QCoreApplication.translate("YearlyReport", "(Ingen text skriven ännu.)"),
        )
    )
    return Document(
        title=QCoreApplication.translate("YearlyReport", "Verksamhetsberättelse %1").replace(
            "%1", str(d.year)
        ),
        subtitle=d.unit,
        facts=[(QCoreApplication.translate("YearlyReport", "Utskrivet"), date.today().isoformat())],
        sections=sections,
        footer=QCoreApplication.translate(
            "YearlyReport", "Sekretess: innehåller inga personuppgifter"
        ),
    )

"""Core layer: everything the yearly report (verksamhetsberättelse) of one year is made
of, read in one go on the worker: the unit's texts and goals, the key figures and the
figure sections the unit selected that the user's role may read."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.domain import periods
from desktop_app.core.domain.client_report import ClientReport
from desktop_app.core.domain.cost_sharing import MunicipalityReport
from desktop_app.core.domain.measures import KeyFigureTable
from desktop_app.core.domain.report_sections import AccessReport, CoursesReport, OutreachReport
from desktop_app.core.domain.unit_work import Goal, StatementResult
from desktop_app.core.domain.yearly_report import ReportPart
from desktop_app.core.errors import PermissionDeniedError
from desktop_app.core.services.report_service import ReportService
from desktop_app.core.services.statistics_service import StatisticsService
from desktop_app.core.services.survey_service import SurveyService
from desktop_app.core.services.unit_service import UnitService


@dataclass(frozen=True)
class YearlyData:
    year: int
    unit: str
    texts: dict[str, str]
    goals: list[Goal]
    figures: KeyFigureTable
    parts: tuple[ReportPart, ...] = tuple(ReportPart)
    clients: ClientReport | None = None
    access: AccessReport | None = None
    outcomes: list | None = None
    courses: CoursesReport | None = None
    outreach: OutreachReport | None = None
    municipalities: MunicipalityReport | None = None
    surveys: list[tuple[str, list[str], list[StatementResult]]] = field(default_factory=list)
    not_shown: tuple[ReportPart, ...] = ()  # selected, but the user's role may not read them
    kept: frozenset[str] = frozenset()  # the sections its frozen snapshot holds


class YearlyReportReader:
    """Reads one year's report in one go; every service checks its own permissions."""

    def __init__(
        self,
        *,
        reports: ReportService,
        statistics: StatisticsService,
        surveys: SurveyService,
        unit: UnitService,
    ) -> None:
        self._reports, self._stats = reports, statistics
        self._surveys, self._unit = surveys, unit

    def load(self, year: int) -> YearlyData:
        period = periods.year(year)
        reports, stats, surveys_service = self._reports, self._stats, self._surveys
        parts = reports.report_parts()
        not_shown: list[ReportPart] = []

        def part(which: ReportPart, call):
            if which not in parts:
                return None
            try:
                return call()
            except PermissionDeniedError:
                not_shown.append(which)  # said in the report, never silently left out
                return None

        clients = municipalities = None
        both = {ReportPart.CLIENTS, ReportPart.MUNICIPALITIES} & set(parts)
        if both:  # one read of the period's clients for the two
            read = part(next(iter(both)), lambda: stats.clients_and_municipalities(period))
            if read is not None:
                clients = read[0] if ReportPart.CLIENTS in both else None
                municipalities = read[1] if ReportPart.MUNICIPALITIES in both else None
        surveys = []
        for survey in part(ReportPart.SURVEYS, surveys_service.surveys) or []:
            if survey.year == year:
                results = surveys_service.results(survey.id)
                surveys.append((survey.name, list(survey.options), results))
        return YearlyData(
            year=year,
            unit=self._unit.unit_name(),
            texts=reports.texts(year),
            goals=surveys_service.goals(year),
            figures=stats.key_figures(period),
            parts=parts,
            clients=clients,
            access=part(ReportPart.ACCESS, lambda: reports.access(period)),
            outcomes=part(ReportPart.OUTCOMES, lambda: reports.outcomes(period)),
            courses=part(ReportPart.COURSES, lambda: reports.courses(period)),
            outreach=part(ReportPart.OUTREACH, lambda: reports.outreach(period)),
            municipalities=municipalities,
            surveys=surveys,
            not_shown=tuple(not_shown),
            kept=frozenset(reports.kept_sections(period)),
        )

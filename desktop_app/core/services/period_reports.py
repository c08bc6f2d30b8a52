"""Core layer: one figure section of the yearly report as a report of its own, for any
period: access and outcomes per quarter, the courses and groups of a month, the
outreach of a year, the surveys of the years in a period."""

from __future__ import annotations

from desktop_app.core.domain.periods import Period
from desktop_app.core.domain.yearly_report import ReportPart
from desktop_app.core.services.report_service import ReportService
from desktop_app.core.services.statistics_service import StatisticsService
from desktop_app.core.services.survey_service import SurveyService

# The parts with a report of their own (clients and municipalities have theirs).
SECTION_REPORTS = (
    ReportPart.ACCESS,
    ReportPart.OUTCOMES,
    ReportPart.COURSES,
    ReportPart.OUTREACH,
    ReportPart.SURVEYS,
)


class PeriodReportReader:
    def __init__(
        self, *, reports: ReportService, statistics: StatisticsService, surveys: SurveyService
    ) -> None:
        self._reports, self._stats, self._surveys = reports, statistics, surveys

    def load(self, part: ReportPart, period: Period):
        """The part's figures for the period (each service checks its permission)."""
        part = ReportPart(part)
        if part == ReportPart.CLIENTS:
            return self._stats.clients(period)
        if part == ReportPart.MUNICIPALITIES:
            return self._stats.municipalities(period)
        if part == ReportPart.ACCESS:
            return self._reports.access(period)
        if part == ReportPart.OUTCOMES:
            return self._reports.outcomes(period)
        if part == ReportPart.COURSES:
            return self._reports.courses(period)
        if part == ReportPart.OUTREACH:
            return self._reports.outreach(period)
        years = range(period.start.year, period.end.year + 1)
        return [
            (s.name, list(s.options), self._surveys.results(s.id))
            for s in self._surveys.surveys()
            if s.year in years
        ]

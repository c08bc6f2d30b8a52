"""UI layer: the figure sections of the yearly report as reports of their own on the
Statistik page (mixed into ``StatisticsPage``): access, outcomes, courses and groups,
outreach and surveys for any period, read on the worker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.domain import periods
from desktop_app.core.domain.yearly_report import ReportPart
from desktop_app.core.services.period_reports import SECTION_REPORTS
from desktop_app.reports.html import render_html
from desktop_app.reports.period_report import part_title
from desktop_app.ui.feedback import error_text

SECTION_KINDS = tuple(p.value for p in SECTION_REPORTS)


def add_section_reports(combo) -> None:
    names = {
        ReportPart.ACCESS: QCoreApplication.translate("StatisticsPage", "Tillgänglighet"),
        ReportPart.OUTCOMES: QCoreApplication.translate("StatisticsPage", "Utfall vid avslut"),
        ReportPart.COURSES: QCoreApplication.translate("StatisticsPage", "Grupper och kurser"),
        ReportPart.OUTREACH: QCoreApplication.translate(
            "StatisticsPage", "Uppsökande arbete och utbildning"
        ),
        ReportPart.SURVEYS: QCoreApplication.translate("StatisticsPage", "Enkäter"),
    }
    for part in SECTION_REPORTS:
        combo.addItem(names[part], part.value)


class SectionReports:
    """Needs ``session``, ``ops``, ``report``, ``title``, ``client_view``, ``stack``,
    ``message`` and ``document()``; sets ``section_report`` (part, figures)."""

    section_report = None

    def load_section(self, period: periods.Period) -> bool:
        """Start loading when the chosen report is a section report; False otherwise."""
        kind = self.report.currentData()
        if kind not in SECTION_KINDS:
            return False
        part, reader, unit = ReportPart(kind), self.session.period_reports, self.session.unit
        self.ops.run(
            self,
            lambda: (reader.load(part, period), unit.unit_name()),
            lambda result: self._section_loaded(part, period, result),
            lambda e: self.message.setText(error_text(e)),
        )
        return True

    def _section_loaded(self, part: ReportPart, period: periods.Period, result) -> None:
        data, self.unit_name = result
        self.section_report = (part, data)
        self.period_label = period.label
        title = part_title(part, QCoreApplication.translate)
        self.title.setText(f"{title} {period.label}")
        self.client_view.setHtml(render_html(self.document()))
        self.stack.setCurrentIndex(1)

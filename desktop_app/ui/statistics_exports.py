"""UI layer: what the Statistik page puts out (mixed into ``StatisticsPage``): the
document of the report shown, its export as PDF, Excel or CSV, and printing with a
preview. Every export and print is audited."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, QUrl
from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog

from desktop_app.core.domain.audit import AuditAction
from desktop_app.reports.client_report import client_report_document
from desktop_app.reports.disclosure import DEFAULT_THRESHOLD
from desktop_app.reports.document_disclosure import suppress_document
from desktop_app.reports.html import chart_name, render_html
from desktop_app.reports.municipality_report import municipality_document
from desktop_app.reports.period_report import period_document
from desktop_app.reports.values import with_percent_places
from desktop_app.reports.yearly_report import yearly_document
from desktop_app.ui.feedback import error_text
from desktop_app.ui.statistics_output import ask_save_path, key_figure_document, write_report
from desktop_app.ui.statistics_sections import SECTION_KINDS
from desktop_app.ui.widgets.bar_chart import BarChart

CHART_SIZE = QSize(640, 220)  # pixels of a printed chart


class StatisticsExports:
    """Needs ``session``, ``ops``, ``report``, ``small``, ``table``, ``hidden``,
    ``client_report``, ``municipality_report``, ``yearly``, ``unit_name``,
    ``period_label``, ``title`` and ``message``."""

    # -- output -----------------------------------------------------------------------
    percent_places = 1  # the unit's decimals of a percentage, read on the worker

    def document(self):
        document = with_percent_places(self._document(), self.percent_places)
        if self.report.currentData() in (None, "key_figures", "yearly"):
            return document  # its own hidden cells, with the disclosure control
        if not self.small.isChecked():
            return document
        note = QCoreApplication.translate(
            "StatisticsPage",
            "..: färre än 3 personer, eller dolt så att ett litet tal inte kan räknas fram ur summorna.",
        )
        return suppress_document(document, DEFAULT_THRESHOLD, note)

    def _document(self):
        if self.report.currentData() == "municipalities" and self.municipality_report:
            return municipality_document(
                self.municipality_report,
                self.unit_name,
                self.period_label,
                QCoreApplication.translate,
            )
        if self.report.currentData() in SECTION_KINDS and self.section_report is not None:
            part, data = self.section_report
            return period_document(
                part, data, self.unit_name, self.period_label, QCoreApplication.translate
            )
        if self.report.currentData() == "yearly" and self.yearly is not None:
            threshold = DEFAULT_THRESHOLD if self.small.isChecked() else None
            return yearly_document(self.yearly, QCoreApplication.translate, threshold)
        if self.report.currentData() == "clients" and self.client_report is not None:
            return client_report_document(
                self.client_report, self.unit_name, self.period_label, QCoreApplication.translate
            )
        return key_figure_document(
            self.table,
            self.title.text(),
            self.unit_name,
            self.period_label,
            self.hidden,
            self._previous(),
            self.previous_hidden,
        )

    def _previous(self):
        """The year before, when the comparison is asked for (the key figures only)."""
        return self.previous if self.compare.isChecked() else None

    def export(self, kind: str, path: str | None = None) -> None:
        if self.table is None and self.client_report is None and self.yearly is None:
            return
        if self.report.currentData() in SECTION_KINDS and self.section_report is None:
            return
        report = self.report.currentData()
        path = path or ask_save_path(self, kind, report)
        if not path:
            return
        document, title = self.document(), self.title.text()
        own_table = self.table if report == "key_figures" else None
        if own_table is not None:
            title = f"{self.unit_name} – {title}"
        audit, label, hidden = self.session.audit, self.period_label, set(self.hidden)
        previous, previous_hidden = self._previous(), set(self.previous_hidden)

        def write() -> None:
            write_report(kind, path, document, own_table, title, hidden, previous, previous_hidden)
            audit.record(AuditAction.EXPORT, "statistics", report or "", f"{label} {kind}")

        self.ops.run(
            self,
            write,
            lambda _: self.message.setText(
                QCoreApplication.translate("StatisticsPage", "Sparad: %1").replace("%1", str(path))
            ),
            lambda e: self.message.setText(error_text(e)),
        )

    def print_to(self, printer: QPrinter) -> None:
        """Printed as HTML through Qt, each chart drawn as the page shows it."""
        document = self.document()
        text = QTextDocument()
        charts = [s.chart for s in document.sections if s.chart is not None and s.chart.series]
        for n, chart in enumerate(charts):
            drawing = BarChart()
            drawing.resize(CHART_SIZE)
            drawing.set_data(chart.categories, chart.series)
            image = drawing.grab().toImage()
            text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(chart_name(n)), image)
        text.setHtml(render_html(document, charts=True))
        text.print_(printer)

    def print_preview(self) -> None:
        if self.table is None and self.client_report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(self.print_to)
        if dialog.exec() == QDialog.DialogCode.Accepted:  # printed, not only previewed
            audit, report, label = self.session.audit, self.report.currentData(), self.period_label
            self.ops.run(self, lambda: audit.record(AuditAction.PRINT, "statistics", report, label))

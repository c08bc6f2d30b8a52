"""UI layer: Statistik: choose a period, see the key figures per month as a table and a
chart at once, compare with the year before, and print, save as PDF, Excel or CSV."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain import periods
from desktop_app.core.domain.measures import KeyFigureLayout, KeyFigureTable
from desktop_app.core.domain.roles import Permission
from desktop_app.core.services.yearly_report_data import YearlyData
from desktop_app.messages import MEASURES
from desktop_app.reports import key_figures, values
from desktop_app.reports.html import render_html
from desktop_app.session import Session
from desktop_app.ui.cost_sharing_dialog import CostSharingDialog
from desktop_app.ui.dialogs.drill_dialog import DrillDialog
from desktop_app.ui.dialogs.yearly_texts_dialog import YearlyTextsDialog
from desktop_app.ui.feedback import error_text, show_error, tr_message
from desktop_app.ui.key_figure_rows_dialog import KeyFigureRowsDialog, filter_choices
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.statistics_exports import StatisticsExports
from desktop_app.ui.statistics_freeze import FreezeActions
from desktop_app.ui.statistics_sections import SectionReports, add_section_reports
from desktop_app.ui.widgets.bar_chart import BarChart


class StatisticsPage(FreezeActions, StatisticsExports, SectionReports, QWidget):
    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.table: KeyFigureTable | None = None
        self.hidden: set = set()  # key-figure cells hidden by the disclosure control
        self.previous: KeyFigureTable | None = None
        self.previous_hidden: set = set()
        self.unit_name = ""
        heading = QLabel(self.tr("Statistik"))
        font = QFont()
        font.setPointSize(18)
        font.setBold(True)
        heading.setFont(font)
        self.report = QComboBox()
        self.report.setObjectName("reportKind")
        self.report.addItem(self.tr("Nyckeltal per månad"), "key_figures")
        self.report.addItem(self.tr("Klienter i perioden"), "clients")
        self.report.addItem(self.tr("Per kommun och kostnadsfördelning"), "municipalities")
        add_section_reports(self.report)
        self.report.addItem(self.tr("Verksamhetsberättelse (år)"), "yearly")
        self.municipality_report = None
        self.sharing_button = QPushButton(self.tr("Kostnadsfördelning…"))
        self.sharing_button.clicked.connect(self.edit_sharing)
        self.sharing_button.setVisible(False)
        self.yearly = None
        self.texts_button = QPushButton(self.tr("Skriv texterna…"))
        self.texts_button.setObjectName("yearlyTexts")
        self.texts_button.clicked.connect(self.edit_texts)
        self.freeze_button = QPushButton(self.tr("Fastställ perioden…"))
        self.freeze_button.setObjectName("freezePeriod")
        self.freeze_button.setToolTip(
            self.tr("Sparar periodens siffror så att senare gallring inte ändrar dem.")
        )
        self.freeze_button.clicked.connect(self.freeze)
        self.rows_button = QPushButton(self.tr("Nyckeltalsrader…"))
        self.rows_button.setObjectName("keyFigureRows")
        self.rows_button.setToolTip(self.tr("Vilka rader tabellen har och vad de heter"))
        self.rows_button.clicked.connect(lambda: self.edit_rows())
        self.rows_button.setVisible(session.user.may(Permission.MANAGE_UNIT))
        self.freeze_button.setVisible(session.user.may(Permission.MANAGE_UNIT))
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for text, value in (
            (self.tr("År"), "year"),
            (self.tr("Kvartal"), "quarter"),
            (self.tr("Månad"), "month"),
            (self.tr("Förra kvartalet"), "prevq"),
            (self.tr("Hittills i år"), "ytd"),
            (self.tr("Egen period"), "custom"),
        ):
            self.kind.addItem(text, value)
        today = date.today()
        self.year = QSpinBox(minimum=2000, maximum=2100, value=today.year)
        self.year.setObjectName("statYear")
        self.part = QSpinBox(minimum=1, maximum=12, value=1)
        self.start = QDateEdit(QDate(today.year, 1, 1), calendarPopup=True)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.compare = QCheckBox(self.tr("Jämför med året innan"))
        self.small = QCheckBox(self.tr("Dölj små tal (färre än 3)"))
        self.small.setObjectName("smallCounts")
        self.small.setToolTip(
            self.tr(
                "För rapporter som lämnar enheten: antal personer under 3 visas som ”..”, "
                "och så många fler celler att inget dolt tal kan räknas fram ur summorna."
            )
        )
        self.small.toggled.connect(lambda _: self.reload())
        show = QPushButton(self.tr("Visa"))
        show.setObjectName("showStatistics")
        show.clicked.connect(self.reload)
        controls = QHBoxLayout()
        for widget in (self.kind, self.year, self.part, self.start, self.end, self.compare, show):
            controls.addWidget(widget)
        controls.addStretch(1)
        report_row = QHBoxLayout()
        report_label = QLabel(self.tr("&Rapport:"))
        report_label.setBuddy(self.report)
        report_row.addWidget(report_label)
        for widget in (
            self.report,
            self.texts_button,
            self.sharing_button,
            self.rows_button,
            self.freeze_button,
        ):
            report_row.addWidget(widget)
        report_row.addStretch(1)
        report_row.addWidget(self.small)
        self.title = QLabel()
        self.title.setObjectName("statTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.model = RowsTableModel([self.tr("Nyckeltal")], self)
        self.view = QTableView()
        self.view.setObjectName("keyFigures")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(self.drill)
        self.chart = BarChart()
        self.chart.setObjectName("chart")
        self.client_view = QTextBrowser()
        self.client_view.setObjectName("clientReport")
        self.client_report = None
        figures = QWidget()
        figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addWidget(self.view, 1)
        figures_layout.addWidget(self.chart, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(figures)
        self.stack.addWidget(self.client_view)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for text, slot in (
            (self.tr("Förhandsgranska och skriv ut…"), self.print_preview),
            (self.tr("PDF…"), lambda: self.export("pdf")),
            (self.tr("Excel…"), lambda: self.export("xlsx")),
            (self.tr("CSV…"), lambda: self.export("csv")),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.message = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(heading)
        layout.addLayout(report_row)
        layout.addLayout(controls)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.kind.currentIndexChanged.connect(lambda _: (self._kind_changed(), self.reload()))
        self.report.currentIndexChanged.connect(
            lambda _: (self.message.clear(), self._kind_changed(), self.reload())
        )
        self._kind_changed()

    def _kind_changed(self) -> None:
        yearly = self.report.currentData() == "yearly"
        self.texts_button.setVisible(yearly and self.session.user.may(Permission.MANAGE_ACTIVITIES))
        self.sharing_button.setVisible(
            self.report.currentData() == "municipalities"
            and self.session.user.may(Permission.MANAGE_UNIT)
        )
        if yearly:
            self.kind.setCurrentIndex(0)
        self.kind.setEnabled(not yearly)
        # The comparison with the year before exists for the key figures only.
        self.compare.setVisible(self.report.currentData() in (None, "key_figures"))
        kind = self.kind.currentData()
        self.year.setVisible(kind in ("year", "quarter", "month"))
        self.part.setVisible(kind in ("quarter", "month"))
        self.part.setMaximum(4 if kind == "quarter" else 12)
        self.start.setVisible(kind == "custom")
        self.end.setVisible(kind == "custom")

    def period(self) -> periods.Period:
        kind, today = self.kind.currentData(), date.today()
        if kind == "year":
            return periods.year(self.year.value())
        if kind == "quarter":
            return periods.quarter(self.year.value(), self.part.value())
        if kind == "month":
            return periods.month(self.year.value(), self.part.value())
        if kind == "prevq":
            return periods.previous_quarter(today)
        if kind == "ytd":
            return periods.year_to_date(today)
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return periods.Period(min(start, end), max(start, end))

    # -- loading ----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        period, compare = self.period(), self.compare.isChecked()
        stats, unit = self.session.statistics, self.session.unit
        self.ops.run(self, unit.percent_decimals, lambda n: setattr(self, "percent_places", n))
        if self.report.currentData() == "yearly":
            session, chosen = self.session, self.year.value()
            self.ops.run(
                self,
                lambda: session.yearly.load(chosen),
                self._yearly_loaded,
                lambda e: self.message.setText(error_text(e)),
            )
            return
        if self.load_section(period):
            return
        if self.report.currentData() == "municipalities":
            self.ops.run(
                self,
                lambda: (stats.municipalities(period), unit.unit_name()),
                lambda result: self._municipalities_loaded(period, result),
                lambda e: self.message.setText(error_text(e)),
            )
            return
        if self.report.currentData() == "clients":
            self.ops.run(
                self,
                lambda: (stats.clients(period), unit.unit_name()),
                lambda result: self._clients_loaded(period, result),
                lambda e: self.message.setText(error_text(e)),
            )
            return

        def load():
            previous = stats.key_figures(period.shifted_years(-1)) if compare else None
            return stats.key_figures(period), previous, unit.unit_name()

        self.ops.run(
            self,
            load,
            lambda result: self._loaded(period, result),
            lambda e: self.message.setText(error_text(e)),
        )

    def _yearly_loaded(self, data: YearlyData) -> None:
        self.yearly = data
        self.unit_name = data.unit
        self.period_label = str(data.year)
        self.title.setText(self.tr("Verksamhetsberättelse %1").replace("%1", str(data.year)))
        self.client_view.setHtml(render_html(self.document()))
        self.stack.setCurrentIndex(1)

    def edit_texts(self) -> None:
        if self.yearly is None:
            return
        reports, year = self.session.reports, self.yearly.year

        def opened(result) -> None:
            (texts, started_from), parts = result
            dialog = YearlyTextsDialog(
                self.session, self.ops, year, texts, parts, started_from, self
            )
            dialog.saved.connect(self.reload)
            dialog.open()

        self.ops.run(
            self,
            lambda: (reports.starting_texts(year), reports.report_parts()),
            opened,
            lambda e: self.message.setText(error_text(e)),
        )

    def _municipalities_loaded(self, period: periods.Period, result) -> None:
        self.municipality_report, self.unit_name = result
        self.period_label = period.label
        self.title.setText(self.tr("Per kommun %1").replace("%1", period.label))
        self.client_view.setHtml(render_html(self.document()))
        self.stack.setCurrentIndex(1)

    def edit_sharing(self) -> None:
        current = self.municipality_report.sharing if self.municipality_report else None
        dialog = CostSharingDialog(self.session, self.ops, current, self)
        dialog.saved.connect(self.reload)
        dialog.open()

    def _clients_loaded(self, period: periods.Period, result) -> None:
        self.client_report, self.unit_name = result
        self.period_label = period.label
        self.title.setText(self.tr("Klienter %1").replace("%1", period.label))
        self.client_view.setHtml(render_html(self.document()))
        self.stack.setCurrentIndex(1)

    def _loaded(self, period: periods.Period, result) -> None:
        self.stack.setCurrentIndex(0)
        self.table, self.previous, self.unit_name = result
        self.period_label = period.label
        if period.kind == periods.PeriodKind.YEAR:
            title = self.tr("Årssammanställning av nyckeltal %1").replace("%1", period.label)
        elif period.kind == periods.PeriodKind.QUARTER:
            title = (
                self.tr("Nyckeltal kvartal %1 %2")
                .replace("%1", period.label[-1])
                .replace("%2", str(period.start.year))
            )
        else:
            title = self.tr("Nyckeltal %1").replace("%1", period.label)
        if self.table.frozen_at:
            title += " – " + (
                self.tr("fastställd %1 av %2")
                .replace("%1", self.table.frozen_at[:10])
                .replace("%2", self.table.frozen_by or "–")
            )
        self.show_frozen()
        self.title.setText(title)
        small = self.small.isChecked()
        self.hidden = key_figures.hidden_cells(self.table) if small else set()
        self.previous_hidden = set()
        if self.previous is None:
            headers = key_figures.header(self.table, translate=QCoreApplication.translate)
            body = key_figures.rows(self.table, self.hidden)
            records = list(self.table.lines)
        else:  # each row, the same row a year earlier, and the change of the total
            self.previous_hidden = key_figures.hidden_cells(self.previous) if small else set()
            headers = key_figures.header(
                self.table, self.previous, self.tr("Förändring"), QCoreApplication.translate
            )
            body = key_figures.compared_rows(
                self.table,
                self.previous,
                self.hidden,
                self.previous_hidden,
                self.tr("%1 (året innan)"),
            )
            records = [
                record
                for now, before in zip(self.table.lines, self.previous.lines, strict=False)
                for record in (now, before)
            ]
        rows = [[values.text(c) for c in row] for row in body]
        self.model = RowsTableModel(headers, self)
        self.model.set_rows(rows, records)  # the measure's definition shows on hover:
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.model.set_tooltips(
            [tr_message(MEASURES[record.row.measure.value][1]) for record in records]
        )
        months = key_figures.header(
            replace(self.table, layout=KeyFigureLayout()), translate=QCoreApplication.translate
        )[1:-1]
        self.chart.set_data(  # a cell hidden in the table has no bar; every month shown
            months,
            [
                (
                    line.row.label,
                    [None if (n, c) in self.hidden else v for c, v in enumerate(line.values)],
                )
                for n, line in enumerate(self.table.lines)
            ],
        )

    def drill(self, index) -> None:
        """Double-click a month's figure: the records behind it, when the role may see them."""
        line = self.model.record_at(index.row()) if self.table else None
        if (
            line is None
            or line not in self.table.lines
            or not self.table.layout.months  # the year's total only: no month to open
            or not 1 <= index.column() <= len(self.table.months)
        ):
            return
        year_number, month_number = self.table.months[index.column() - 1]
        chosen = periods.month(year_number, month_number)
        period = self.period()
        chosen = periods.Period(max(chosen.start, period.start), min(chosen.end, period.end))
        stats, measure = self.session.statistics, line.row.measure
        if not stats.may_drill(measure):
            self.message.setText(self.tr("Din roll får inte se posterna bakom siffran."))
            return
        title = f"{line.row.label} {year_number}-{month_number:02d}"
        self.ops.run(
            self,
            lambda: stats.records(measure, chosen, line.row.filter),
            lambda rows: DrillDialog(title, rows, self).open(),
            lambda e: self.message.setText(error_text(e)),
        )

    def edit_rows(self) -> None:
        """The rows are read on the worker, then the dialog opens with them."""

        def opened(result) -> None:
            rows, layout, materials = result
            dialog = KeyFigureRowsDialog(
                self.session, self.ops, rows, layout, self, filter_choices(materials)
            )
            dialog.saved.connect(lambda: self.reload())
            dialog.open()

        stats = self.session.statistics
        self.ops.run(
            self,
            lambda: (
                stats.key_figure_rows(),
                stats.key_figure_layout(),
                self.session.work.materials(),
            ),
            opened,
            lambda e: show_error(self, e),
        )

    def clear_sensitive(self) -> None:
        """Statistics hold numbers only; nothing personal to hide."""

"""UI layer: the questions KAST asks everyone about children, and reports of concern."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.client_enums import ChildrenAnswer
from desktop_app.core.domain.journal import ConcernReport
from desktop_app.ui.client_card.card_data import CardData
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.choices import EnumCombo
from desktop_app.ui.widgets.row_table import row_table


class ConcernDialog(FormDialog):
    """A new report of concern, or the correction of one (``concern``).
    ``make_call(date, recipient, note, closed_on)`` returns the service call that saves it."""

    def __init__(
        self,
        ops: Ops,
        make_call,
        parent: QWidget | None = None,
        concern: ConcernReport | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self.make_call = make_call
        self.setWindowTitle(
            self.tr("Ny orosanmälan") if concern is None else self.tr("Ändra orosanmälan")
        )
        self.reported_on = QDateEdit(date.today(), calendarPopup=True)
        self.reported_on.setDisplayFormat("yyyy-MM-dd")
        self.recipient = QLineEdit(placeholderText=self.tr("t.ex. Socialtjänsten i Malmö"))
        self.recipient.setObjectName("concernRecipient")
        self.note = QLineEdit()
        self.note.setObjectName("concernNote")
        self.closed = QCheckBox(self.tr("Avslutad"))
        self.closed.setObjectName("concernClosed")
        self.closed_on = QDateEdit(date.today(), calendarPopup=True)
        self.closed_on.setDisplayFormat("yyyy-MM-dd")
        self.closed_on.setObjectName("concernClosedOn")
        self.closed.toggled.connect(self.closed_on.setEnabled)
        closed_row = QHBoxLayout()
        closed_row.addWidget(self.closed)
        closed_row.addWidget(self.closed_on, 1)
        form = QFormLayout()
        form.addRow(self.tr("Datum:"), self.reported_on)
        form.addRow(self.tr("Till vilken socialtjänst:"), self.recipient)
        form.addRow(self.tr("Anteckning:"), self.note)
        if concern is not None:
            self.reported_on.setDate(QDate(concern.reported_on))
            self.recipient.setText(concern.recipient)
            self.note.setText(concern.note)
            self.closed.setChecked(not concern.open)
            if concern.closed_on is not None:
                self.closed_on.setDate(QDate(concern.closed_on))
            form.addRow(self.tr("Status:"), closed_row)
        self.closed_on.setEnabled(self.closed.isChecked())
        self.finish_layout(form)
        self.setMinimumWidth(480)  # the recipient and the note are read in full
        self.field_widgets = {
            "reported_on": self.reported_on,
            "recipient": self.recipient,
            "note": self.note,
            "concern_closed_on": self.closed_on,
        }

    def submit(self) -> None:
        on = self.reported_on.date().toPython()
        closed_on = self.closed_on.date().toPython() if self.closed.isChecked() else None
        self.save(self.make_call(on, self.recipient.text(), self.note.text(), closed_on))


class ChildrenTab(QWidget):
    answers_changed = Signal(object, object)  # minor children, lives with them
    report_requested = Signal()
    close_requested = Signal(object)  # ConcernReport
    edit_requested = Signal(object)  # ConcernReport
    remove_requested = Signal(object)  # ConcernReport

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minor = EnumCombo(ChildrenAnswer)
        self.minor.setObjectName("minorChildren")
        self.lives_with = EnumCombo(ChildrenAnswer)
        save = QPushButton(self.tr("Spara svaren"))
        save.setObjectName("saveChildren")
        save.clicked.connect(
            lambda: self.answers_changed.emit(self.minor.value(), self.lives_with.value())
        )
        form = QFormLayout()
        form.addRow(self.tr("Har klienten barn under 18 år?"), self.minor)
        form.addRow(self.tr("Bor klienten med barnen?"), self.lives_with)
        form.addRow("", save)
        self.model = RowsTableModel(
            [
                self.tr("Datum"),
                self.tr("Till"),
                self.tr("Status"),
                self.tr("Av"),
                self.tr("Anteckning"),
            ],
            self,
        )
        self.reports = row_table(self.model, "concernReports")
        self.reports.doubleClicked.connect(
            lambda index: self._emit_for(self.edit_requested, index.row())
        )
        self.reports.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel("<i>" + self.tr("Ingen orosanmälan registrerad.") + "</i>")
        report = QPushButton(self.tr("Ny orosanmälan…"))
        report.setObjectName("newConcern")
        report.clicked.connect(self.report_requested)
        self.close_button = QPushButton(self.tr("Avsluta vald"))
        self.close_button.setObjectName("closeConcern")
        self.close_button.clicked.connect(lambda: self._emit_selected(self.close_requested))
        self.edit_button = QPushButton(self.tr("Ändra…"))
        self.edit_button.setObjectName("editConcern")
        self.edit_button.clicked.connect(lambda: self._emit_selected(self.edit_requested))
        self.remove_button = QPushButton(self.tr("Ta bort…"))
        self.remove_button.setObjectName("removeConcern")
        self.remove_button.clicked.connect(lambda: self._emit_selected(self.remove_requested))
        for button in (self.close_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.edit_button, self.remove_button, self.close_button, report):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>" + self.tr("Orosanmälningar") + "</b>"))
        layout.addWidget(self.empty)
        layout.addWidget(self.reports, 1)
        layout.addLayout(row)
        self._concerns: list[ConcernReport] = []
        self._update_buttons()

    def _selected(self) -> ConcernReport | None:
        rows = self.reports.selectionModel().selectedRows()
        return self._concerns[rows[0].row()] if rows else None

    def _emit_selected(self, signal) -> None:
        concern = self._selected()
        if concern is not None:
            signal.emit(concern)

    def _emit_for(self, signal, row: int) -> None:
        if 0 <= row < len(self._concerns):
            signal.emit(self._concerns[row])

    def _update_buttons(self) -> None:
        concern = self._selected()
        self.edit_button.setEnabled(concern is not None)
        self.remove_button.setEnabled(concern is not None)
        self.close_button.setEnabled(concern is not None and concern.open)

    def set_data(self, data: CardData) -> None:
        self.minor.set_value(data.client.draft.minor_children)
        self.lives_with.set_value(data.client.draft.lives_with_children)
        self._concerns = data.concerns
        self.empty.setVisible(not data.concerns)
        self.model.set_rows(
            [
                [
                    c.reported_on.isoformat(),
                    c.recipient,
                    self.tr("öppen")
                    if c.open
                    else self.tr("avslutad %1").replace("%1", c.closed_on.isoformat()),
                    c.reported_by_name,
                    c.note,
                ]
                for c in data.concerns
            ]
        )
        self._update_buttons()

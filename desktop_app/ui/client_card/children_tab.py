"""UI layer: the questions KAST asks everyone about children, and reports of concern."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.client_enums import ChildrenAnswer
from desktop_app.core.domain.journal import ConcernReport
from desktop_app.ui.client_card.card_data import CardData
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.choices import EnumCombo


class ConcernDialog(FormDialog):
    """``make_call(date, recipient, note)`` returns the service call that saves it."""

    def __init__(self, ops: Ops, make_call, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.make_call = make_call
        self.setWindowTitle(self.tr("Ny orosanmälan"))
        self.reported_on = QDateEdit(date.today(), calendarPopup=True)
        self.reported_on.setDisplayFormat("yyyy-MM-dd")
        self.recipient = QLineEdit(placeholderText=self.tr("t.ex. Socialtjänsten i Malmö"))
        self.recipient.setObjectName("concernRecipient")
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Datum:"), self.reported_on)
        form.addRow(self.tr("Till vilken socialtjänst:"), self.recipient)
        form.addRow(self.tr("Anteckning:"), self.note)
        self.finish_layout(form)
        self.field_widgets = {
            "reported_on": self.reported_on,
            "recipient": self.recipient,
            "note": self.note,
        }

    def submit(self) -> None:
        on = self.reported_on.date().toPython()
        self.save(self.make_call(on, self.recipient.text(), self.note.text()))


class ChildrenTab(QWidget):
    answers_changed = Signal(object, object)  # minor children, lives with them
    report_requested = Signal()
    close_requested = Signal(object)  # ConcernReport

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minor = EnumCombo(ChildrenAnswer)
        self.minor.setObjectName("minorChildren")
        self.lives_with = EnumCombo(ChildrenAnswer)
        save = QPushButton(self.tr("Spara svaren"))
        save.clicked.connect(
            lambda: self.answers_changed.emit(self.minor.value(), self.lives_with.value())
        )
        form = QFormLayout()
        form.addRow(self.tr("Har klienten barn under 18 år?"), self.minor)
        form.addRow(self.tr("Bor klienten med barnen?"), self.lives_with)
        form.addRow("", save)
        self.reports = QTextBrowser()
        self.reports.setObjectName("concernReports")
        report = QPushButton(self.tr("Ny orosanmälan…"))
        report.setObjectName("newConcern")
        report.clicked.connect(self.report_requested)
        self.close_button = QPushButton(self.tr("Markera senaste öppna som avslutad"))
        self.close_button.clicked.connect(self._close_latest)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(report)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>" + self.tr("Orosanmälningar") + "</b>"))
        layout.addWidget(self.reports, 1)
        layout.addLayout(row)
        self._concerns: list[ConcernReport] = []

    def _close_latest(self) -> None:
        open_reports = [c for c in self._concerns if c.open]
        if open_reports:
            self.close_requested.emit(open_reports[0])

    def set_data(self, data: CardData) -> None:
        self.minor.set_value(data.client.draft.minor_children)
        self.lives_with.set_value(data.client.draft.lives_with_children)
        self._concerns = data.concerns
        self.close_button.setEnabled(any(c.open for c in data.concerns))
        if not data.concerns:
            self.reports.setHtml("<i>" + self.tr("Ingen orosanmälan registrerad.") + "</i>")
            return
        rows = []
        for c in data.concerns:
            state = (
                self.tr("öppen")
                if c.open
                else self.tr("avslutad %1").replace("%1", c.closed_on.isoformat())
            )
            colour = "#b3261e" if c.open else "#555555"
            rows.append(
                f"<p style='color: {colour}'><b>{c.reported_on.isoformat()}</b> – "
                f"{c.recipient} ({state})<br><small>{c.reported_by_name}"
                f"{' · ' + c.note if c.note else ''}</small></p>"
            )
        self.reports.setHtml("".join(rows))

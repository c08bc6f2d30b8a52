"""UI layer: the registrations tab of the course/group window: the participant list
with the waiting queue (position, time joined, an offered place and its answer time),
status changes, answers to an offer, moves in the queue and corrections."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.courses import (
    TRANSITIONS,
    ActivityKind,
    OfferAnswer,
    Registration,
    RegistrationStatus,
)
from desktop_app.ui.courses.activity_data import ActivityData
from desktop_app.ui.dates import day_text
from desktop_app.ui.feedback import label_text
from desktop_app.ui.models.registrations_table_model import RegistrationsTableModel
from desktop_app.ui.widgets.row_table import row_table

S = RegistrationStatus


class RegistrationsTab(QWidget):
    add_requested = Signal()
    leave_requested = Signal(object)  # Registration (a member leaving a group)
    rejoin_requested = Signal(object)  # Registration (a member who left, back again)
    status_requested = Signal(object, object)  # Registration, RegistrationStatus
    answer_requested = Signal(object, object)  # Registration (offered), OfferAnswer
    queue_move_requested = Signal(object)  # Registration (waiting): another position
    edit_requested = Signal(object)  # Registration: correct its participant
    move_requested = Signal(object)  # Registration: to another course occasion
    remove_requested = Signal(object)  # Registration made by mistake

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RegistrationsTableModel(names, self)
        self.table = row_table(self.model)
        self.table.setObjectName("registrationsTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name
        self.counts = QLabel(wordWrap=True)
        self.counts.setObjectName("registrationCounts")
        add = QPushButton(self.tr("Anmäl deltagare… (Ctrl+D)"))
        add.setObjectName("addParticipant")
        add.clicked.connect(self.add_requested)
        self.status = QComboBox()
        self.status.setObjectName("newStatus")
        self.change = QPushButton(self.tr("Ändra status"))
        self.change.setObjectName("changeStatus")
        self.change.clicked.connect(self._change)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.leave = QPushButton(self.tr("Slutar i gruppen…"))
        self.leave.setObjectName("leaveGroup")
        self.leave.clicked.connect(self._leave_or_rejoin)
        self.edit_participant = self._button(
            self.tr("Ändra deltagare…"), "editParticipant", self.edit_requested
        )
        self.move = self._button(
            self.tr("Flytta till annat tillfälle…"), "moveRegistration", self.move_requested
        )
        self.remove = self._button(
            self.tr("Ta bort anmälan…"), "removeRegistration", self.remove_requested
        )
        self.queue_move = self._button(
            self.tr("Flytta i kön…"), "moveInQueue", self.queue_move_requested
        )
        # The answer to an offered place, as the leader hears it on the phone.
        self.answers = QWidget()
        answers = QHBoxLayout(self.answers)
        answers.setContentsMargins(0, 0, 0, 0)
        answers.addWidget(QLabel(self.tr("Svar på erbjuden plats:")))
        for text, name, answer in (
            (self.tr("Ja, tar platsen"), "offerYes", OfferAnswer.YES),
            (self.tr("Nej, tackar nej"), "offerNo", OfferAnswer.NO),
            (self.tr("Svarar inte (sist i kön)"), "offerNoAnswer", OfferAnswer.NO_ANSWER),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(
                lambda _=False, a=answer: (
                    self.selected() and self.answer_requested.emit(self.selected(), a)
                )
            )
            answers.addWidget(button)
        answers.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.counts, 1)
        row.addWidget(self.status)
        row.addWidget(self.change)
        row.addWidget(add)
        corrections = QHBoxLayout()
        corrections.addWidget(self.answers)
        corrections.addStretch(1)
        for button in (
            self.queue_move,
            self.edit_participant,
            self.leave,
            self.move,
            self.remove,
        ):
            corrections.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(corrections)
        layout.addLayout(row)
        self._selected()

    def _button(self, text: str, name: str, signal) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: self.selected() and signal.emit(self.selected()))
        return button

    def selected(self) -> Registration | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.registration_at(rows[0].row()) if rows else None

    def _leave_or_rejoin(self) -> None:
        registration = self.selected()
        if registration is None:
            return
        if registration.left_on is None:
            self.leave_requested.emit(registration)
        else:
            self.rejoin_requested.emit(registration)

    def _selected(self) -> None:
        self.status.clear()
        registration = self.selected()
        self.leave.setText(
            self.tr("Tillbaka i gruppen")
            if registration is not None and registration.left_on is not None
            else self.tr("Slutar i gruppen…")
        )
        status = registration.status if registration is not None else None
        self.answers.setVisible(status == S.OFFERED)
        self.queue_move.setEnabled(status == S.WAITING)
        if registration is None:
            self.change.setEnabled(False)
            return
        for target in RegistrationStatus:
            if target in TRANSITIONS[registration.status]:
                self.status.addItem(label_text(target), target.value)
        self.change.setEnabled(self.status.count() > 0)
        if status in (S.ATTENDED, S.NO_SHOW):
            self.change.setToolTip(self.tr("Följer av närvaron: rätta närvaron i stället"))
        else:
            self.change.setToolTip("")

    def _change(self) -> None:
        registration = self.selected()
        if registration is not None and self.status.currentData():
            self.status_requested.emit(registration, RegistrationStatus(self.status.currentData()))

    def set_data(self, data: ActivityData) -> None:
        self.model.set_rows(data.registrations, data.queue)
        a = data.activity
        group = a.draft.kind == ActivityKind.GROUP
        self.leave.setVisible(group)
        self.move.setVisible(not group)
        text = (
            self.tr("%1 av %2 platser i gruppen, %3 i kön")
            if group
            else self.tr("%1 av %2 platser, %3 i kön, minst %4")
        )
        text = (
            text.replace("%1", str(a.registered_count))
            .replace("%2", str(a.draft.capacity))
            .replace("%3", str(a.waiting_count))
            .replace("%4", str(a.draft.minimum))
        )
        if a.draft.deadline is not None:
            deadline = self.tr("Sista anmälningsdag %1").replace("%1", day_text(a.draft.deadline))
            if a.draft.deadline < date.today():
                deadline += " " + self.tr("(passerad)")
            text += ". " + deadline
        self.counts.setText(text)
        self._selected()

"""UI layer: the tabs of the course/group window: meetings, registrations, attendance
and the before/after questionnaire."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.courses import Phase, RegistrationStatus
from desktop_app.ui.courses.activity_data import ActivityData


class MeetingsTab(QWidget):
    cancel_requested = Signal(object)  # Meeting
    move_requested = Signal(object)  # Meeting
    remove_requested = Signal(object)  # Meeting added by mistake

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTextBrowser()
        self.meeting = QComboBox()
        cancel = QPushButton(self.tr("Ställ in / ägde inte rum"))
        cancel.setObjectName("cancelMeeting")
        cancel.clicked.connect(
            lambda: (
                self.meeting.currentData()
                and self.cancel_requested.emit(self.meeting.currentData())
            )
        )
        move = QPushButton(self.tr("Flytta vald träff…"))
        move.setObjectName("moveMeeting")
        move.clicked.connect(
            lambda: (
                self.meeting.currentData() and self.move_requested.emit(self.meeting.currentData())
            )
        )
        remove = QPushButton(self.tr("Ta bort vald träff…"))
        remove.setObjectName("removeMeeting")
        remove.clicked.connect(
            lambda: (
                self.meeting.currentData()
                and self.remove_requested.emit(self.meeting.currentData())
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.meeting, 1)
        row.addWidget(move)
        row.addWidget(cancel)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def set_data(self, data: ActivityData) -> None:
        a = data.activity
        lines = [
            f"<p><b>{a.draft.name}</b><br>"
            + self.tr("Lokal: %1").replace("%1", a.draft.venue or "–")
            + "<br>"
            + self.tr("Kursledare: %1").replace("%1", ", ".join(a.leader_names) or "–")
        ]
        if a.draft.guests:
            lines[0] += "<br>" + self.tr("Gäster: %1").replace("%1", a.draft.guests)
        lines[0] += "</p><ul>"
        self.meeting.clear()
        now = datetime.now()
        for m in data.meetings:
            text = f"{m.draft.starts_at:%Y-%m-%d %H:%M}–{m.draft.ends_at:%H:%M} {m.draft.venue}"
            marks = []
            if m.draft.reunion:
                marks.append(self.tr("återträff"))
            if m.cancelled:
                marks.append(self.tr("inställd"))
            elif m.draft.ends_at <= now and not m.attendance_taken:
                marks.append(self.tr("närvaro saknas"))
            if marks:
                text += f" ({', '.join(marks)})"
            lines.append(f"<li>{text}</li>")
            if not m.cancelled:  # a past one can be moved or marked "ägde inte rum"
                self.meeting.addItem(text, m)
        self.view.setHtml("".join(lines) + "</ul>")


class QuestionnaireTab(QWidget):
    save_requested = Signal(object, object, object)  # participant id, Phase, {statement: v}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participant = QComboBox()
        self.participant.setObjectName("questionnaireParticipant")
        self.phase = QComboBox()
        self.phase.addItem(self.tr("Före kursen"), Phase.BEFORE.value)
        self.phase.addItem(self.tr("Efter kursen"), Phase.AFTER.value)
        self.form = QFormLayout()
        self.values: dict = {}
        save = QPushButton(self.tr("Spara svaren"))
        save.setObjectName("saveAnswers")
        save.clicked.connect(self._save)
        top = QHBoxLayout()
        top.addWidget(self.participant, 2)
        top.addWidget(self.phase, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("1 = stämmer inte alls … 5 = stämmer helt")))
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(save)

    def _save(self) -> None:
        if self.participant.currentData() is None:
            return
        values = {sid: box.value() for sid, box in self.values.items() if box.value() > 0}
        self.save_requested.emit(
            self.participant.currentData(), Phase(self.phase.currentData()), values
        )

    def set_data(self, data: ActivityData) -> None:
        self.participant.clear()
        for r in data.registrations:
            if r.status in (
                RegistrationStatus.REGISTERED,
                RegistrationStatus.CONFIRMED,
                RegistrationStatus.ATTENDED,
            ):
                self.participant.addItem(
                    f"{r.participant.code} {r.participant.draft.name}", r.participant.id
                )
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values = {}
        course_type = data.course_type
        if course_type is None or not course_type.statements:
            self.form.addRow(QLabel(self.tr("Kurstypen har ingen enkät.")))
            return
        for sid, text in zip(course_type.statement_ids, course_type.statements, strict=True):
            box = QSpinBox(minimum=0, maximum=5)
            box.setSpecialValueText("–")
            self.form.addRow(text, box)
            self.values[sid] = box

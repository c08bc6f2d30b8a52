"""UI layer: the tabs of the course/group window: meetings, registrations, attendance
and the before/after questionnaire."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.courses import Phase, RegistrationStatus
from desktop_app.ui.courses.activity_data import ActivityData
from desktop_app.ui.models.attendance_model import AttendanceModel
from desktop_app.ui.widgets.row_table import row_table


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


class AttendanceTab(QWidget):
    meeting_chosen = Signal(object)  # Meeting
    save_requested = Signal(object, object)  # Meeting, {participant: present}
    head_count_requested = Signal(object, int)  # Meeting, attendances by number only

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = QComboBox()
        self.meeting.setObjectName("attendanceMeeting")
        self.model = AttendanceModel(self)
        self.table = row_table(self.model)
        self.table.setObjectName("attendanceTable")
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        all_present = QPushButton(self.tr("Alla närvarande"))
        all_present.clicked.connect(lambda: self.model.set_all(True))
        self.save = QPushButton(self.tr("Spara närvaron"))
        self.save.setObjectName("saveAttendance")
        self.save.clicked.connect(
            lambda: (
                self.meeting.currentData()
                and self.save_requested.emit(self.meeting.currentData(), self.model.present())
            )
        )
        self.state = QLabel()
        # An anonymous group is counted, not named: the head count of the session.
        self.head_count = QSpinBox(minimum=0, maximum=500)
        self.head_count.setObjectName("headCount")
        self.save_count = QPushButton(self.tr("Spara antalet"))
        self.save_count.setObjectName("saveHeadCount")
        self.save_count.clicked.connect(
            lambda: (
                self.meeting.currentData()
                and self.head_count_requested.emit(
                    self.meeting.currentData(), self.head_count.value()
                )
            )
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Träff:")))
        top.addWidget(self.meeting, 1)
        top.addWidget(QLabel(self.tr("Antal utan namn:")))
        top.addWidget(self.head_count)
        top.addWidget(self.save_count)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(all_present)
        bottom.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Mellanslag kryssar i, piltangenterna flyttar.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.meeting.currentIndexChanged.connect(lambda _: self._chosen())

    def _chosen(self) -> None:
        meeting = self.meeting.currentData()
        if meeting:
            self.head_count.setValue(meeting.anonymous)
            self.meeting_chosen.emit(meeting)

    def set_data(self, data: ActivityData) -> None:
        current = self.meeting.currentData()
        self.meeting.blockSignals(True)
        self.meeting.clear()
        now = datetime.now()
        for m in data.meetings:
            if not m.cancelled and m.draft.starts_at <= now:
                mark = "" if m.attendance_taken else " – " + self.tr("ej registrerad")
                self.meeting.addItem(f"{m.draft.starts_at:%Y-%m-%d %H:%M}{mark}", m)
        index = next(
            (
                i
                for i in range(self.meeting.count())
                if current and self.meeting.itemData(i).id == current.id
            ),
            self.meeting.count() - 1,
        )
        self.meeting.setCurrentIndex(index)
        self.meeting.blockSignals(False)
        chosen = self.meeting.currentData()
        self.head_count.setValue(chosen.anonymous if chosen else 0)
        if self.meeting.currentData():
            self.meeting_chosen.emit(self.meeting.currentData())
        else:
            self.model.set_rows([], {})
            self.state.setText(self.tr("Ingen träff har ägt rum ännu."))


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

"""UI layer: the attendance tab of the course/group window: one meeting's attendance as
tick boxes, by keyboard, with a head count for anonymous sessions. Ticks not saved are
never lost without a question: choosing another meeting, or closing the window, asks
"Spara närvaron?" first."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.courses import Meeting, Registration
from desktop_app.ui.courses.activity_data import ActivityData
from desktop_app.ui.dates import span_text
from desktop_app.ui.models.attendance_model import AttendanceModel
from desktop_app.ui.widgets.row_table import row_table
from desktop_app.ui.widgets.unsaved import Unsaved, ask_unsaved


class AttendanceTab(QWidget):
    meeting_chosen = Signal(object)  # Meeting
    save_requested = Signal(object, object)  # Meeting, {participant: present}
    head_count_requested = Signal(object, int)  # Meeting, attendances by number only

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = QComboBox()
        self.meeting.setObjectName("attendanceMeeting")
        self.shown: Meeting | None = None  # the meeting whose ticks the table holds
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
        self.save.clicked.connect(lambda: self.save_shown())
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

    # -- unsaved ticks ----------------------------------------------------------------
    def unsaved(self) -> bool:
        return self.shown is not None and self.model.changed()

    def save_shown(self) -> None:
        if self.shown is not None:
            self.save_requested.emit(self.shown, self.model.present())

    def ask_unsaved(self) -> Unsaved:
        """ "Spara närvaron?" for ticks not saved: save, discard, or stay."""
        if not self.unsaved():
            return Unsaved.DISCARD
        answer = ask_unsaved(
            self,
            self.tr("Spara närvaron?"),
            self.tr("Närvaron för %1 är ändrad men inte sparad. Spara den?").replace(
                "%1", span_text(self.shown.draft.starts_at, self.shown.draft.ends_at)
            ),
        )
        if answer == Unsaved.SAVE:
            self.save_shown()
        return answer

    def _chosen(self) -> None:
        meeting = self.meeting.currentData()
        other = self.shown is not None and meeting is not None and meeting.id != self.shown.id
        if other and self.ask_unsaved() == Unsaved.STAY:
            self._select(self.shown)
            return
        if meeting:
            self.head_count.setValue(meeting.anonymous)
            self.meeting_chosen.emit(meeting)

    def _select(self, meeting: Meeting) -> None:
        self.meeting.blockSignals(True)
        for i in range(self.meeting.count()):
            if self.meeting.itemData(i).id == meeting.id:
                self.meeting.setCurrentIndex(i)
        self.meeting.blockSignals(False)

    # -- data -------------------------------------------------------------------------
    def show_rows(self, meeting: Meeting, expected: list[Registration], present: dict) -> None:
        self.shown = meeting
        self.model.set_rows(expected, present)
        self.state.setText(self.tr("%1 deltagare").replace("%1", str(len(expected))))

    def set_data(self, data: ActivityData) -> None:
        current = self.meeting.currentData()
        self.meeting.blockSignals(True)
        self.meeting.clear()
        now = datetime.now()
        for m in data.meetings:
            if not m.cancelled and m.draft.starts_at <= now:
                mark = "" if m.attendance_taken else " – " + self.tr("ej registrerad")
                self.meeting.addItem(span_text(m.draft.starts_at, m.draft.ends_at) + mark, m)
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
        if chosen:
            self.meeting_chosen.emit(chosen)
        else:
            self.shown = None
            self.model.set_rows([], {})
            self.state.setText(self.tr("Ingen träff har ägt rum ännu."))

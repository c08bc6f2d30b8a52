"""UI layer: move a meeting or group session to another time or room, or add one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from desktop_app.core.domain.courses import Meeting, MeetingDraft
from desktop_app.ui.widgets.form_parts import error_label


class MoveMeetingDialog(QDialog):
    submitted = Signal(object, object)  # Meeting (None: a new one), MeetingDraft

    def __init__(
        self,
        meeting: Meeting | None,
        parent: QWidget | None = None,
        new: MeetingDraft | None = None,
    ) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.setWindowTitle(self.tr("Flytta träff") if meeting else self.tr("Ny träff"))
        self.setObjectName("meetingDialog")
        d = meeting.draft if meeting is not None else new
        assert d is not None
        self.start = QDateTimeEdit(QDateTime(d.starts_at), calendarPopup=True)
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.end = QTimeEdit(QTime(d.ends_at.hour, d.ends_at.minute))
        self.end.setDisplayFormat("HH:mm")
        self.venue = QLineEdit(d.venue)
        self.message = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Ny tid:") if meeting else self.tr("Tid:"), self.start)
        form.addRow(self.tr("Slutar:"), self.end)
        form.addRow(self.tr("Lokal:"), self.venue)
        form.addRow(self.message)
        form.addRow(buttons)

    def _submit(self) -> None:
        start: datetime = self.start.dateTime().toPython().replace(second=0, microsecond=0)
        end = self.end.time().toPython()
        self.submitted.emit(
            self.meeting,
            MeetingDraft(start, start.replace(hour=end.hour, minute=end.minute), self.venue.text()),
        )

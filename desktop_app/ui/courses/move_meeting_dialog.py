"""UI layer: move a meeting or group session to another time or room, or add one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QFormLayout, QLineEdit, QTimeEdit, QWidget

from desktop_app.core.domain.courses import Clash, Meeting, MeetingDraft
from desktop_app.ui.courses.clash_warning import save_unless_declined
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops


class MoveMeetingDialog(FormDialog):
    """``store(draft)`` runs on the worker; the dialog closes when it succeeds and says
    what is wrong when it does not."""

    def __init__(
        self,
        ops: Ops,
        meeting: Meeting | None,
        store: Callable[[MeetingDraft], Any],
        parent: QWidget | None = None,
        new: MeetingDraft | None = None,
        clashes: Callable[[MeetingDraft], list[Clash]] | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self.meeting = meeting
        self._store = store
        self._clashes = clashes  # asked before saving: a clash is warned about
        self.setWindowTitle(self.tr("Flytta träff") if meeting else self.tr("Ny träff"))
        self.setObjectName("meetingDialog")
        d = meeting.draft if meeting is not None else new
        assert d is not None
        self.start = QDateTimeEdit(QDateTime(d.starts_at), calendarPopup=True)
        self.start.setDisplayFormat("ddd yyyy-MM-dd HH:mm")
        self.end = QTimeEdit(QTime(d.ends_at.hour, d.ends_at.minute))
        self.end.setDisplayFormat("HH:mm")
        self.venue = QLineEdit(d.venue)
        form = QFormLayout()
        form.addRow(self.tr("Ny tid:") if meeting else self.tr("Tid:"), self.start)
        form.addRow(self.tr("Slutar:"), self.end)
        form.addRow(self.tr("Lokal:"), self.venue)
        self.field_widgets = {"at": self.start, "ends_at": self.end, "venue": self.venue}
        self.finish_layout(form)

    def draft(self) -> MeetingDraft:
        start: datetime = self.start.dateTime().toPython().replace(second=0, microsecond=0)
        end = self.end.time().toPython()
        return MeetingDraft(
            start, start.replace(hour=end.hour, minute=end.minute), self.venue.text()
        )

    def submit(self) -> None:
        draft, store, clashes = self.draft(), self._store, self._clashes
        if clashes is None:
            self.save(lambda: store(draft))
            return
        save_unless_declined(self, lambda: clashes(draft), lambda: self.save(lambda: store(draft)))

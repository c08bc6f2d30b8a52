"""UI layer: the tabs of the course/group window: meetings, registrations, attendance
and the before/after questionnaire."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.courses import ActivityKind
from desktop_app.ui.courses.activity_data import ActivityData
from desktop_app.ui.dates import day_text, span_text


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
        leader = (
            self.tr("Gruppledare: %1")
            if a.draft.kind == ActivityKind.GROUP
            else self.tr("Kursledare: %1")
        )
        facts = [
            self.tr("Lokal: %1").replace("%1", a.draft.venue or "–"),
            leader.replace("%1", ", ".join(a.leader_names) or "–"),
        ]
        if a.draft.deadline is not None:
            facts.append(
                self.tr("Sista anmälningsdag: %1").replace("%1", day_text(a.draft.deadline))
            )
        if a.draft.guests:
            facts.append(self.tr("Gäster: %1").replace("%1", a.draft.guests))
        lines = [f"<p><b>{escape(a.draft.name)}</b><br>" + "<br>".join(map(escape, facts))]
        lines.append("</p><ul>")
        self.meeting.clear()
        now = datetime.now()
        for m in data.meetings:
            text = span_text(m.draft.starts_at, m.draft.ends_at)
            text += f" {m.draft.venue}" if m.draft.venue else ""
            marks = []
            if m.draft.reunion:
                marks.append(self.tr("återträff"))
            if m.cancelled:
                marks.append(self.tr("inställd"))
            elif m.draft.ends_at <= now and not m.attendance_taken:
                marks.append(self.tr("närvaro saknas"))
            if marks:
                text += f" ({', '.join(marks)})"
            item = escape(text)
            lines.append(f"<li><s>{item}</s></li>" if m.cancelled else f"<li>{item}</li>")
            if not m.cancelled:  # a past one can be moved or marked "ägde inte rum"
                self.meeting.addItem(text, m)
        self.view.setHtml("".join(lines) + "</ul>")

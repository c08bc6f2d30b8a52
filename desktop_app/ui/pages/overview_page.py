"""UI layer: the start page ("Översikt"): my clients, who has waited longer than the
access guarantee, open reports of concern, this week's course and group meetings, and
only the reminders that are due. A part the role may not read is not shown; a client
opens with a double-click or Enter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.services.overview import Listed, Overview
from desktop_app.session import Session
from desktop_app.ui.dates import day_text, short_moment_text
from desktop_app.ui.feedback import error_text
from desktop_app.ui.ops import Ops


class OverviewPage(QWidget):
    open_client = Signal(object)  # ClientId
    backup_requested = Signal()
    review_requested = Signal()

    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.data: Overview | None = None
        heading = QLabel(self.tr("Översikt"))
        font = QFont()
        font.setPointSize(18)
        font.setBold(True)
        heading.setFont(font)
        self.reminders = QVBoxLayout()
        self.backup = QPushButton(self.tr("⚠ Dags att säkerhetskopiera…"))
        self.backup.setObjectName("overviewBackup")
        self.backup.clicked.connect(self.backup_requested)
        self.review = QPushButton(self.tr("Granska förra månadens logg…"))
        self.review.setObjectName("overviewReview")
        self.review.clicked.connect(self.review_requested)
        for button in (self.backup, self.review):
            button.setVisible(False)
            self.reminders.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.lists: dict[str, QListWidget] = {}
        self.boxes: dict[str, QGroupBox] = {}
        grid = QGridLayout()
        for n, (key, title) in enumerate(
            (
                ("mine", self.tr("Mina klienter")),
                ("bookings", self.tr("Mina bokade besök i dag och denna vecka")),
                ("waiting", self.tr("Väntar längre än garantin")),
                ("concerns", self.tr("Öppna orosanmälningar")),
                ("meetings", self.tr("Grupper och kurser denna vecka")),
            )
        ):
            box = QGroupBox(title)
            view = QListWidget()
            view.setObjectName(f"overview_{key}")
            view.itemActivated.connect(self._activated)
            QVBoxLayout(box).addWidget(view)
            box.setVisible(False)
            self.lists[key], self.boxes[key] = view, box
            grid.addWidget(box, n // 2, n % 2)
        self.message = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.reminders)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)

    # -- loading ----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        reader = self.session.overview
        self.ops.run(self, reader.load, self._loaded, lambda e: self.message.setText(error_text(e)))

    def clear_sensitive(self) -> None:
        for view in self.lists.values():
            view.clear()
        self.data = None

    def _loaded(self, data: Overview) -> None:
        self.data = data
        today = date.today()
        self.backup.setVisible(data.backup_due)
        self.review.setVisible(data.review_due)
        self._fill_clients("mine", data.my_clients, lambda c: self._client_line(c))
        self._fill_clients(
            "waiting",
            data.waiting,
            lambda c: (
                self.tr("%1 – väntat %2 dagar")
                .replace("%1", c.code)
                .replace("%2", str(c.days_waited(today) or 0))
            ),
        )
        self._fill(
            "concerns",
            None
            if data.concerns is None
            else [
                (
                    f"{code} · {day_text(report.reported_on)} · {report.recipient}",
                    report.client_id,
                )
                for code, report in data.concerns
            ],
        )
        self._fill(
            "bookings",
            None
            if data.bookings is None
            else [(self._booking_line(b, today), b.draft.client_id) for b in data.bookings],
        )
        self._fill(
            "meetings",
            None
            if data.meetings is None
            else [
                (f"{short_moment_text(e.meeting.draft.starts_at)} · {e.activity_name}", None)
                for e in data.meetings
            ],
        )

    def _booking_line(self, booking, today: date) -> str:
        at = booking.draft.starts_at
        when = (
            self.tr("i dag %1").replace("%1", at.strftime("%H:%M"))
            if at.date() == today
            else short_moment_text(at)
        )
        parts = [when, booking.code, booking.draft.room]
        if booking.clashes:
            parts.append(self.tr("⚠ krock"))
        return " · ".join(p for p in parts if p)

    def _client_line(self, client) -> str:
        name = client.draft.name if client.draft.name and not client.draft.anonymous else ""
        last = client.last_contact_on
        when = (
            self.tr("senaste samtal %1").replace("%1", day_text(last))
            if last
            else self.tr("inget samtal än")
        )
        coming = self.data.next_booking.get(client.id) if self.data else None
        booked = (
            self.tr("nästa besök %1").replace("%1", short_moment_text(coming)) if coming else ""
        )
        return " · ".join(part for part in (client.code, name, when, booked) if part)

    def _fill_clients(self, key: str, listed: Listed | None, line) -> None:
        if listed is None:
            self._fill(key, None)
            return
        rows = [(line(c), c.id) for c in listed.items]
        more = listed.total - len(listed.items)
        if more > 0:
            rows.append((self.tr("… och %n till", "", more), None))
        self._fill(key, rows)

    def _fill(self, key: str, rows: list | None) -> None:
        box, view = self.boxes[key], self.lists[key]
        box.setVisible(rows is not None)
        view.clear()
        for text, client_id in rows or []:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, client_id)
            view.addItem(item)
        if rows == []:
            item = QListWidgetItem(self.tr("Inget just nu."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            view.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        client_id = item.data(Qt.ItemDataRole.UserRole)
        if client_id is not None:
            self.open_client.emit(client_id)

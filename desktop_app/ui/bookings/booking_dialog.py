"""UI layer: booking a visit, or moving one: day and time, length, form, counsellor,
room and a note; a clash with the counsellor's or the room's other bookings is said
after saving, the booking kept."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from desktop_app.core.domain.bookings import Booking, BookingDraft
from desktop_app.core.domain.contact_enums import ContactForm
from desktop_app.core.domain.ids import ClientId
from desktop_app.core.domain.users import User
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.choices import EnumCombo


def next_whole_hour() -> datetime:
    now = datetime.now().replace(minute=0, second=0, microsecond=0)
    return now + timedelta(hours=1)


class BookingDialog(FormDialog):
    saved = Signal(object)  # Booking

    def __init__(
        self,
        session: Session,
        ops: Ops,
        client_id: ClientId,
        code: str,
        colleagues: tuple[User, ...],
        booking: Booking | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self.session, self.client_id, self.booking = session, client_id, booking
        title = self.tr("Boka besök – %1") if booking is None else self.tr("Flytta besök – %1")
        self.setWindowTitle(title.replace("%1", code))
        start = booking.draft.starts_at if booking else next_whole_hour()
        self.at = QDateTimeEdit(QDateTime(start), calendarPopup=True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setObjectName("bookingAt")
        self.minutes = QSpinBox(minimum=5, maximum=480, singleStep=15, suffix=self.tr(" min"))
        self.minutes.setObjectName("bookingMinutes")
        self.minutes.setValue(booking.draft.minutes if booking else 45)
        self.form = EnumCombo(ContactForm)
        self.form.set_value(booking.draft.form if booking else ContactForm.VISIT)
        self.staff = QComboBox()
        self.staff.setObjectName("bookingStaff")
        for user in colleagues:
            self.staff.addItem(user.display_name, user.id)
        chosen = booking.draft.staff_id if booking else session.user.id
        self.staff.setCurrentIndex(max(self.staff.findData(chosen), 0))
        self.room = QLineEdit(booking.draft.room if booking else "")
        self.room.setObjectName("bookingRoom")
        self.room.setPlaceholderText(self.tr("t.ex. Rum 2 (valfritt)"))
        self.note = QLineEdit(booking.draft.note if booking else "")
        self.note.setObjectName("bookingNote")
        self.note.setPlaceholderText(self.tr("t.ex. tolk behövs (valfri)"))
        form = QFormLayout()
        form.addRow(self.tr("Dag och tid:"), self.at)
        form.addRow(self.tr("Längd:"), self.minutes)
        form.addRow(self.tr("Form:"), self.form)
        form.addRow(self.tr("Hos:"), self.staff)
        form.addRow(self.tr("Rum:"), self.room)
        form.addRow(self.tr("Anteckning:"), self.note)
        self.finish_layout(form)
        self.field_widgets = {
            "at": self.at,
            "minutes": self.minutes,
            "room": self.room,
            "note": self.note,
        }
        self.setMinimumWidth(420)

    def draft(self) -> BookingDraft:
        return BookingDraft(
            self.client_id,
            self.at.dateTime().toPython().replace(second=0, microsecond=0),
            self.minutes.value(),
            self.form.value(),
            self.staff.currentData(),
            self.room.text(),
            self.note.text(),
        )

    def submit(self) -> None:
        bookings, draft = self.session.bookings, self.draft()
        if self.booking is None:
            call = lambda: bookings.book(draft)  # noqa: E731
        else:
            booking_id = self.booking.id
            call = lambda: bookings.move(booking_id, draft)  # noqa: E731
        self.save(call, self._saved)

    def _saved(self, booking: Booking) -> None:
        self.accept()
        if booking.clashes:
            QMessageBox.information(
                self.parentWidget(),
                self.tr("Krock"),
                self.tr(
                    "Besöket är bokat, men samma tid har %n andra bokningar hos samma "
                    "medarbetare eller i samma rum. De är markerade i kalendern.",
                    "",
                    len(booking.clashes),
                ),
            )
        self.saved.emit(booking)

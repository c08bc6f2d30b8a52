"""Storage layer: booked visits (notes in the register part)."""

from __future__ import annotations

from datetime import date, datetime

from desktop_app.core.domain.bookings import Booking, BookingDraft, BookingStatus
from desktop_app.core.domain.contact_enums import ContactForm
from desktop_app.core.domain.ids import BookingId, ClientId, ContactId, UserId
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.repos.rows import dt, iso

_SELECT = """
    SELECT b.id, b.client_id, b.starts_at, b.minutes, b.form, b.staff_id, b.room,
           coalesce(n.note, ''), b.status, c.code, coalesce(u.display_name, ''), b.contact_id,
           b.sequence
    FROM bookings b JOIN clients c ON c.id = b.client_id
    LEFT JOIN users u ON u.id = b.staff_id
    LEFT JOIN booking_notes n ON n.booking_id = b.id
"""


def _booking(r) -> Booking:
    draft = BookingDraft(
        ClientId(r[1]), dt(r[2]), r[3], ContactForm(r[4]), UserId(r[5]), r[6], r[7]
    )
    contact = ContactId(r[11]) if r[11] is not None else None
    return Booking(
        BookingId(r[0]), draft, BookingStatus(r[8]), r[9], r[10], contact, sequence=r[12]
    )


def _values(draft: BookingDraft) -> list:
    """starts_at, day, month, minutes, form, staff_id, room."""
    return [
        iso(draft.starts_at),
        draft.starts_at.date().isoformat(),
        draft.starts_at.strftime("%Y-%m"),
        draft.minutes,
        draft.form.value,
        draft.staff_id,
        draft.room,
    ]


class SqlBookingRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _note(self, booking_id: int, note: str) -> None:
        self.db.execute("DELETE FROM booking_notes WHERE booking_id = ?", [booking_id])
        if note:
            self.db.execute(
                "INSERT INTO booking_notes (booking_id, note) VALUES (?, ?)", [booking_id, note]
            )

    def insert(self, draft: BookingDraft, now: datetime) -> BookingId:
        with translated_errors():
            cursor = self.db.execute(
                "INSERT INTO bookings (client_id, starts_at, day, month, minutes, form,"
                " staff_id, room, created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [draft.client_id, *_values(draft), iso(now), iso(now)],
            )
            booking_id = BookingId(cursor.lastrowid)
            self._note(booking_id, draft.note)
        return booking_id

    def update(self, booking_id: BookingId, draft: BookingDraft, now: datetime) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE bookings SET starts_at = ?, day = ?, month = ?, minutes = ?, form = ?,"
                " staff_id = ?, room = ?, changed_at = ?, sequence = sequence + 1 WHERE id = ?",
                [*_values(draft), iso(now), booking_id],
            )
            self._note(booking_id, draft.note)

    def set_status(
        self,
        booking_id: BookingId,
        status: BookingStatus,
        now: datetime,
        contact_id: ContactId | None = None,
    ) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE bookings SET status = ?, contact_id = ?, changed_at = ?,"
                " sequence = sequence + 1 WHERE id = ?",
                [status.value, contact_id, iso(now), booking_id],
            )

    def delete(self, booking_id: BookingId) -> bool:
        with translated_errors():
            cursor = self.db.execute("DELETE FROM bookings WHERE id = ?", [booking_id])
            self.db.execute("DELETE FROM booking_notes WHERE booking_id = ?", [booking_id])
        return cursor.rowcount > 0

    def get(self, booking_id: BookingId) -> Booking | None:
        with translated_errors():
            row = self.db.execute(f"{_SELECT} WHERE b.id = ?", [booking_id]).fetchone()
        return _booking(row) if row else None

    def between(self, start: date, end: date) -> list[Booking]:
        """Every booking on the days from ``start`` to ``end``, in time order."""
        with translated_errors():
            rows = self.db.execute(
                f"{_SELECT} WHERE b.day BETWEEN ? AND ? ORDER BY b.starts_at, b.id",
                [start.isoformat(), end.isoformat()],
            ).fetchall()
        return [_booking(r) for r in rows]

    def for_client(self, client_id: ClientId) -> list[Booking]:
        with translated_errors():
            rows = self.db.execute(
                f"{_SELECT} WHERE b.client_id = ? ORDER BY b.starts_at DESC, b.id DESC",
                [client_id],
            ).fetchall()
        return [_booking(r) for r in rows]

    def next_for(self, client_ids: list[ClientId], now: datetime) -> dict[ClientId, datetime]:
        """Each client's next booked time from ``now``."""
        if not client_ids:
            return {}
        marks = ", ".join("?" * len(client_ids))
        with translated_errors():
            rows = self.db.execute(
                f"SELECT client_id, min(starts_at) FROM bookings WHERE client_id IN ({marks})"
                " AND status = 'booked' AND starts_at >= ? GROUP BY client_id",
                [*client_ids, iso(now)],
            ).fetchall()
        return {ClientId(r[0]): dt(r[1]) for r in rows}

    def offer_first(self, client_id: ClientId, day: date) -> None:
        """The first booking is the first time offered (the access figures)."""
        with translated_errors():
            self.db.execute(
                "UPDATE clients SET first_offered_on = ? WHERE id = ?"
                " AND first_offered_on IS NULL AND requested_on IS NOT NULL"
                " AND requested_on <= ?",
                [day.isoformat(), client_id, day.isoformat()],
            )

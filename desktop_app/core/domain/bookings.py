"""Core layer: booked visits: a time for a client, couple or relative with a counsellor
(form, length, room, note). A booking is held (it becomes the contact), missed
(uteblev) or cancelled by the client or by the unit; the first booking is the first
time offered."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from desktop_app.core.domain.contact_enums import ContactForm
from desktop_app.core.domain.ids import BookingId, ClientId, ContactId, UserId


class BookingStatus(StrEnum):
    BOOKED = "booked"
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED_BY_CLIENT = "cancelled_by_client"
    CANCELLED_BY_US = "cancelled_by_us"


OPEN = frozenset({BookingStatus.BOOKED})
CANCELLED = frozenset({BookingStatus.CANCELLED_BY_CLIENT, BookingStatus.CANCELLED_BY_US})


@dataclass(frozen=True)
class BookingDraft:
    client_id: ClientId
    starts_at: datetime
    minutes: int
    form: ContactForm
    staff_id: UserId
    room: str = ""
    note: str = ""

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class Booking:
    id: BookingId
    draft: BookingDraft
    status: BookingStatus
    code: str  # the client's code: a booking is shown and exported by code, never name
    staff_name: str = ""
    contact_id: ContactId | None = None  # the contact it became when held
    clashes: tuple[BookingId, ...] = ()  # same counsellor or room at the same time
    sequence: int = 0  # how often it was changed (a calendar file's SEQUENCE)

    @property
    def counts(self) -> bool:
        """Takes up the time (booked, held or missed), unlike a cancelled booking."""
        return self.status not in CANCELLED


def with_clashes(bookings: list[Booking]) -> list[Booking]:
    """Each booking with the others that overlap it for the same counsellor or room
    (cancelled bookings take no time)."""
    live = sorted((b for b in bookings if b.counts), key=lambda b: b.draft.starts_at)
    found: dict[BookingId, list[BookingId]] = {}
    for n, a in enumerate(live):
        for b in live[n + 1 :]:
            if b.draft.starts_at >= a.draft.ends_at:
                break
            same_room = a.draft.room and a.draft.room.casefold() == b.draft.room.casefold()
            if a.draft.staff_id == b.draft.staff_id or same_room:
                found.setdefault(a.id, []).append(b.id)
                found.setdefault(b.id, []).append(a.id)
    return [replace(b, clashes=tuple(found.get(b.id, ()))) for b in bookings]

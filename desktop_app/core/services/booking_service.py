"""Core layer: booked visits. A booking is made, moved, and then held (it becomes the
contact in one step), missed (uteblev, counted) or cancelled by the client or by the
unit; a wrong mark is undone; a booking made by mistake is removed. Every change is
audited without the note. The first booking is the client's first time offered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.bookings import (
    OPEN,
    Booking,
    BookingDraft,
    BookingStatus,
    with_clashes,
)
from desktop_app.core.domain.changes import describe_changes
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
from desktop_app.core.domain.contacts import ContactDraft
from desktop_app.core.domain.ids import BookingId, ClientId, UserId
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.client_service import ClientService
from desktop_app.core.services.contact_service import ContactService
from desktop_app.core.services.hygiene import clean_text
from desktop_app.core.services.ports import Clock, UnitOfWork
from desktop_app.core.services.ports_clients import BookingRepo

ENTITY = "booking"
MIN_MINUTES, MAX_MINUTES = 5, 8 * 60
MAX_ROOM, MAX_NOTE = 60, 2000
EARLIEST = timedelta(days=366)  # a visit typed in afterwards: at most a year back
LATEST = timedelta(days=2 * 366)


class BookingService:
    def __init__(
        self,
        *,
        repo: BookingRepo,
        clients: ClientService,
        contacts: ContactService,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
    ) -> None:
        self._repo = repo  # storage's SqlBookingRepo
        self._clients = clients
        self._contacts = contacts
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._clock = clock

    def _writer(self) -> User:
        actor = self._actor()
        require(actor, Permission.WRITE_CLIENTS)
        return actor

    def _checked(self, draft: BookingDraft) -> BookingDraft:
        self._clients.summary(draft.client_id)  # it exists (NotFoundError otherwise)
        now = self._clock()
        if not MIN_MINUTES <= draft.minutes <= MAX_MINUTES:
            raise ValidationError(
                "minutes", "out_of_range", minimum=MIN_MINUTES, maximum=MAX_MINUTES
            )
        if draft.starts_at < now - EARLIEST:
            raise ValidationError("at", "too_early", earliest=(now - EARLIEST).date().isoformat())
        if draft.starts_at > now + LATEST:
            raise ValidationError("at", "too_late", latest=(now + LATEST).date().isoformat())
        return replace(
            draft,
            form=ContactForm(draft.form),
            room=clean_text("room", draft.room, MAX_ROOM),
            note=clean_text("note", draft.note, MAX_NOTE, multiline=True),
            starts_at=draft.starts_at.replace(second=0, microsecond=0),
        )

    def _get(self, booking_id: BookingId) -> Booking:
        found = self._repo.get(booking_id)
        if found is None:
            raise NotFoundError(ENTITY, id=booking_id)
        return found

    def _open(self, booking_id: BookingId) -> Booking:
        found = self._get(booking_id)
        if found.status not in OPEN:
            raise ValidationError("booking", "not_open")
        return found

    # -- making and moving ------------------------------------------------------------
    def book(self, draft: BookingDraft) -> Booking:
        """A new booking, returned with what it clashes with (the same counsellor or
        room at the same time): the counsellor is told, the booking is kept."""
        self._writer()
        draft = self._checked(draft)
        with self._uow.transaction():
            booking_id = self._repo.insert(draft, self._clock())
            self._repo.offer_first(draft.client_id, draft.starts_at.date())
            self._audit.record(AuditAction.CREATE, ENTITY, booking_id, f"client={draft.client_id}")
        return self._with_clashes(booking_id)

    def move(self, booking_id: BookingId, draft: BookingDraft) -> Booking:
        """A correction of an open booking (another time, length, room …)."""
        self._writer()
        old = self._open(booking_id)
        draft = self._checked(replace(draft, client_id=old.draft.client_id))
        if draft == old.draft:
            raise ValidationError("booking", "unchanged")
        with self._uow.transaction():
            self._repo.update(booking_id, draft, self._clock())
            detail = describe_changes(old.draft, draft, skip=frozenset({"note"}))
            self._audit.record(AuditAction.UPDATE, ENTITY, booking_id, detail)
        return self._with_clashes(booking_id)

    # -- what became of it ------------------------------------------------------------
    def held(self, booking_id: BookingId, kind: ContactKind) -> Booking:
        """The visit took place: it becomes the contact (its time, form, length and
        counsellor) in the same step."""
        self._writer()
        booking = self._open(booking_id)
        if booking.draft.starts_at > self._clock():
            raise ValidationError("booking", "not_yet")
        d = booking.draft
        with self._uow.transaction():
            contact = self._contacts.register(
                ContactDraft(
                    d.starts_at,
                    d.form,
                    ContactKind(kind),
                    d.minutes,
                    d.staff_id,
                    client_id=d.client_id,
                )
            )
            self._repo.set_status(booking_id, BookingStatus.HELD, self._clock(), contact.id)
            self._audit.record(AuditAction.UPDATE, ENTITY, booking_id, f"held contact={contact.id}")
        return self._get(booking_id)

    def no_show(self, booking_id: BookingId) -> Booking:
        self._writer()
        booking = self._open(booking_id)
        if booking.draft.starts_at > self._clock():
            raise ValidationError("booking", "not_yet")
        return self._mark(booking_id, BookingStatus.NO_SHOW)

    def cancel(self, booking_id: BookingId, by_client: bool) -> Booking:
        self._writer()
        self._open(booking_id)
        status = BookingStatus.CANCELLED_BY_CLIENT if by_client else BookingStatus.CANCELLED_BY_US
        return self._mark(booking_id, status)

    def reopen(self, booking_id: BookingId) -> Booking:
        """Undo a wrong mark (missed or cancelled); a held booking is corrected through
        its contact instead."""
        self._writer()
        booking = self._get(booking_id)
        if booking.status == BookingStatus.HELD:
            raise ValidationError("booking", "was_held")
        if booking.status in OPEN:
            return booking
        return self._mark(booking_id, BookingStatus.BOOKED)

    def _mark(self, booking_id: BookingId, status: BookingStatus) -> Booking:
        with self._uow.transaction():
            self._repo.set_status(booking_id, status, self._clock())
            self._audit.record(AuditAction.UPDATE, ENTITY, booking_id, f"status={status.value}")
        return self._get(booking_id)

    def remove(self, booking_id: BookingId) -> None:
        """A booking made by mistake; one that was held is removed with its contact."""
        self._writer()
        booking = self._get(booking_id)
        if booking.status == BookingStatus.HELD:
            raise ValidationError("booking", "was_held")
        with self._uow.transaction():
            self._repo.delete(booking_id)
            self._audit.record(AuditAction.DELETE, ENTITY, booking_id)

    # -- reading ----------------------------------------------------------------------
    def _reader(self) -> User:
        actor = self._actor()
        require(actor, Permission.READ_CLIENTS)
        return actor

    def _with_clashes(self, booking_id: BookingId) -> Booking:
        booking = self._get(booking_id)
        day = booking.draft.starts_at.date()
        same_day = with_clashes(self._repo.between(day, day))
        return next((b for b in same_day if b.id == booking_id), booking)

    def between(self, start: date, end: date, staff: UserId | None = None) -> list[Booking]:
        """The days' bookings (one counsellor's, or the unit's), clashes marked."""
        self._reader()
        found = with_clashes(self._repo.between(start, end))
        return [b for b in found if staff is None or b.draft.staff_id == staff]

    def for_client(self, client_id: ClientId) -> list[Booking]:
        self._reader()
        return self._repo.for_client(client_id)

    def next_for(self, client_ids: list[ClientId]) -> dict[ClientId, datetime]:
        self._reader()
        return self._repo.next_for(client_ids, self._clock())

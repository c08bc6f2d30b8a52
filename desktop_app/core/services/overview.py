"""Core layer: the start page ("Översikt") of one user, read in one go: my clients with
their next booking, my visits booked this week, who has waited longer than the access guarantee, the open reports of concern, this
week's course and group meetings, and only the reminders that are due. Each part is
read only when the user's role may read it (None otherwise, and the page leaves it out)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop_app.core.domain.bookings import OPEN, Booking
from desktop_app.core.domain.client_query import ClientQuery, SortKey, StatusFilter
from desktop_app.core.domain.clients import Client
from desktop_app.core.domain.courses import CalendarEntry
from desktop_app.core.domain.ids import ClientId
from desktop_app.core.domain.journal import ConcernReport
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.backup_service import BackupService
from desktop_app.core.services.booking_service import BookingService
from desktop_app.core.services.client_service import ClientService
from desktop_app.core.services.course_service import CourseService
from desktop_app.core.services.journal_service import JournalService

SHOWN = 8  # lines per list; the rest is a count ("och 4 till")


@dataclass(frozen=True)
class Listed:
    items: list
    total: int


@dataclass(frozen=True)
class Overview:
    my_clients: Listed | None  # active clients I am responsible for, latest contact first
    waiting: Listed | None  # clients waiting longer than the guarantee, longest first
    concerns: list[tuple[str, ConcernReport]] | None
    meetings: list[CalendarEntry] | None  # this week's, not cancelled
    bookings: list[Booking] | None = None  # my visits booked today and the rest of the week
    next_booking: dict[ClientId, datetime] = field(default_factory=dict)  # my clients'
    backup_due: bool = False
    review_due: bool = False  # last month's audit log not yet looked through


class OverviewReader:
    def __init__(
        self,
        *,
        clients: ClientService,
        journal: JournalService,
        courses: CourseService,
        bookings: BookingService,
        backups: BackupService,
        audit: AuditService,
        actor: Callable[[], User],
        clock: Callable[[], datetime],
    ) -> None:
        self._clients, self._journal, self._courses = clients, journal, courses
        self._bookings = bookings
        self._backups, self._audit = backups, audit
        self._actor, self._clock = actor, clock

    def _listed(self, query: ClientQuery) -> Listed:
        return Listed(self._clients.page(query, 0, SHOWN), self._clients.count(query))

    def load(self) -> Overview:
        user, today = self._actor(), self._clock().date()
        clients = user.may(Permission.READ_CLIENTS)
        mine = waiting = concerns = meetings = bookings = None
        next_booking = {}
        if clients:
            mine = self._listed(ClientQuery(responsible_id=user.id, sort=SortKey.LAST_CONTACT))
            waiting = self._listed(ClientQuery(status=StatusFilter.WAITING_TOO_LONG))
            concerns = self._journal.open_concerns()
            sunday = today + timedelta(days=6 - today.weekday())
            bookings = [
                b for b in self._bookings.between(today, sunday, user.id) if b.status in OPEN
            ]
            next_booking = self._bookings.next_for([c.id for c in mine.items])
        if user.may(Permission.MANAGE_COURSES):
            monday = today - timedelta(days=today.weekday())
            week = self._courses.calendar(monday, monday + timedelta(days=6))
            meetings = [e for e in week if not e.meeting.cancelled]
        return Overview(
            mine,
            waiting,
            concerns,
            meetings,
            bookings,
            next_booking,
            backup_due=user.may(Permission.MANAGE_UNIT) and self._backups.reminder_due(),
            review_due=user.may(Permission.READ_AUDIT) and self._review_due(today),
        )

    def _review_due(self, today: date) -> bool:
        """Last month's log should have been looked through (the monthly review)."""
        first_of_this_month = today.replace(day=1)
        last_month_end = first_of_this_month - timedelta(days=1)
        return not any(r.end >= last_month_end for r in self._audit.reviews())


def waiting_days(client: Client, today: date) -> int:
    return client.days_waited(today) or 0

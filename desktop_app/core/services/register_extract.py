"""Core layer: the register extract (registerutdrag, GDPR art. 15): everything the
program holds about one person, gathered in one call for a PDF.

Only a role that may read journals can make one (the extract must be complete), and
making it is audit-logged as an export of that client.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.bookings import Booking
from desktop_app.core.domain.clients import Client
from desktop_app.core.domain.contacts import Contact
from desktop_app.core.domain.courses import Participant, Registration
from desktop_app.core.domain.ids import ClientId
from desktop_app.core.domain.journal import ConcernReport, Episode, FollowUpQuestion, JournalNote
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.booking_service import BookingService
from desktop_app.core.services.client_service import ClientService
from desktop_app.core.services.contact_service import ContactService
from desktop_app.core.services.course_service import CourseService
from desktop_app.core.services.journal_service import JournalService
from desktop_app.core.services.ports import Clock
from desktop_app.core.services.purge_service import PurgeService
from desktop_app.core.services.registration_service import RegistrationService


@dataclass(frozen=True)
class RegisterExtract:
    client: Client
    contacts: list[Contact]
    notes: list[JournalNote]  # every version, corrected ones included
    concerns: list[ConcernReport]
    episodes: list[Episode]
    questions: list[FollowUpQuestion]
    related: list[Client]  # relatives, couple members and couples, by code
    participant: Participant | None
    registrations: list[tuple[Registration, str]]  # with the course's or type's name
    bookings: list[Booking]  # every booked visit, whatever became of it
    keep_years: int  # purged this many years after the last entry
    made_at: datetime
    made_by: str


class RegisterExtractService:
    def __init__(
        self,
        *,
        clients: ClientService,
        contacts: ContactService,
        journal: JournalService,
        registrations: RegistrationService,
        courses: CourseService,
        bookings: BookingService,
        purging: PurgeService,
        audit: AuditService,
        actor: Callable[[], User],
        clock: Clock,
    ) -> None:
        self._clients = clients
        self._contacts = contacts
        self._journal = journal
        self._registrations = registrations
        self._courses = courses
        self._bookings = bookings
        self._purging = purging
        self._audit = audit
        self._actor = actor
        self._clock = clock

    def extract(self, client_id: ClientId) -> RegisterExtract:
        actor = self._actor()
        require(actor, Permission.READ_CLIENTS)
        require(actor, Permission.READ_JOURNAL)
        clients = self._clients
        client = clients.get(client_id)
        related_ids = (
            clients.relatives(client_id)
            + clients.relative_of(client_id)
            + list(client.members)
            + clients.couples_of(client_id)
        )
        participant, registrations = self._registrations.of_client(client_id)
        named = [
            (
                r,
                self._courses.get(r.activity_id).draft.name
                if r.activity_id is not None
                else self._courses.type(r.type_id).name,
            )
            for r in registrations
        ]
        extract = RegisterExtract(
            client=client,
            contacts=self._contacts.for_client(client_id),
            notes=self._journal.notes(client_id),
            concerns=self._journal.concerns(client_id),
            episodes=clients.episodes(client_id),
            questions=clients.follow_up_questions(),
            related=[clients.summary(i) for i in dict.fromkeys(related_ids)],
            participant=participant,
            registrations=named,
            bookings=self._bookings.for_client(client_id),
            keep_years=self._purging.rules().client_years,
            made_at=self._clock(),
            made_by=actor.display_name,
        )
        self._audit.record(AuditAction.EXPORT, "client", client_id, "register_extract")
        return extract

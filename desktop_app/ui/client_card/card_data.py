"""UI layer: everything the client card shows, loaded in one call on the worker."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.domain.clients import Client
from desktop_app.core.domain.contacts import Contact
from desktop_app.core.domain.ids import ClientId
from desktop_app.core.domain.journal import ConcernReport, Episode, FollowUpQuestion, JournalNote
from desktop_app.core.domain.roles import Permission
from desktop_app.session import Session

CONTACTS_SHOWN = 500


@dataclass(frozen=True)
class CardData:
    client: Client
    contacts: list[Contact]
    notes: list[JournalNote] | None  # None: the role may not read journals
    concerns: list[ConcernReport]
    episodes: list[Episode]
    questions: list[FollowUpQuestion]
    relatives: list[Client]
    relative_of: list[Client]
    members: list[Client]
    couples: list[Client]
    unit_name: str
    bookings: list = field(default_factory=list)  # every booked visit, newest first


def load_card(session: Session, client_id: ClientId) -> CardData:
    clients = session.clients
    client = clients.get(client_id)  # audited read
    may_read_journal = session.user.may(Permission.READ_JOURNAL)
    return CardData(
        client=client,
        contacts=session.contacts.for_client(client_id, CONTACTS_SHOWN),
        notes=session.journal.notes(client_id) if may_read_journal else None,
        concerns=session.journal.concerns(client_id),
        episodes=clients.episodes(client_id),
        questions=clients.follow_up_questions(),
        relatives=[clients.summary(i) for i in clients.relatives(client_id)],
        relative_of=[clients.summary(i) for i in clients.relative_of(client_id)],
        members=[clients.summary(i) for i in client.members],
        couples=[clients.summary(i) for i in clients.couples_of(client_id)],
        unit_name=session.unit.unit_name(),
        bookings=session.bookings.for_client(client_id),
    )

"""Core layer: registering contacts (samtal), on a client or unregistered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.client_enums import CaseKind
from desktop_app.core.domain.contact_enums import Participants
from desktop_app.core.domain.contacts import Contact, ContactDraft
from desktop_app.core.domain.ids import ClientId, ContactId
from desktop_app.core.domain.removal import RemovalReason
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.hygiene import clean_text
from desktop_app.core.services.ports import Clock, UnitOfWork
from desktop_app.core.services.ports_clients import ClientDetailsRepo, ClientRepo, ContactRepo

ENTITY = "contact"
MAX_MINUTES = 600
MAX_NOTE = 2000
OLDEST_YEAR = 1900  # work registered afterwards: the units have kept records since the 1990s


# Fields whose values may stand in the audit log (none names anyone).
_LOGGED = (
    "at",
    "form",
    "kind",
    "minutes",
    "staff_id",
    "participants",
    "target_group",
    "municipality",
)


def _plain(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    return str(getattr(value, "value", value))


def contact_changes(old: ContactDraft, new: ContactDraft) -> list[str]:
    """``field=before→after`` for each changed field; the note and the client only as
    changed (the client by id)."""
    changes = [
        f"{name}={_plain(getattr(old, name))}→{_plain(getattr(new, name))}"
        for name in _LOGGED
        if getattr(old, name) != getattr(new, name)
    ]
    if old.note != new.note:
        changes.append("note=changed")
    if old.client_id != new.client_id:
        changes.append(f"client={old.client_id}→{new.client_id}")
    return changes


def validate_contact(
    draft: ContactDraft, now_day: date, municipality_codes: frozenset[str]
) -> ContactDraft:
    if draft.at.date() > now_day:
        raise ValidationError("at", "in_future")
    if draft.at.year < OLDEST_YEAR:
        raise ValidationError("at", "too_early", earliest=f"{OLDEST_YEAR}-01-01")
    if not 0 <= draft.minutes <= MAX_MINUTES:
        raise ValidationError("minutes", "out_of_range", minimum=0, maximum=MAX_MINUTES)
    note = clean_text("note", draft.note, MAX_NOTE, multiline=True)
    if draft.municipality is not None and draft.municipality not in municipality_codes:
        raise ValidationError("municipality", "invalid")
    return replace(draft, note=note)


class ContactService:
    def __init__(
        self,
        contacts: ContactRepo,
        clients: ClientRepo,
        details: ClientDetailsRepo,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
        municipality_codes: frozenset[str],
    ) -> None:
        self._contacts = contacts
        self._clients = clients
        self._details = details
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._clock = clock
        self._codes = municipality_codes

    def register(self, draft: ContactDraft) -> Contact:
        """A contact with a client (or couple case); a couple case counts once."""
        actor = self._actor()
        require(actor, Permission.WRITE_CLIENTS)
        if draft.client_id is None:
            raise ValidationError("client", "required")
        client = self._clients.get(draft.client_id)
        if client is None:
            raise NotFoundError("client", id=draft.client_id)
        draft = validate_contact(draft, self._clock().date(), self._codes)
        if client.draft.kind == CaseKind.COUPLE:
            draft = replace(draft, participants=Participants.COUPLE)
        # What describes the person lives on the client record, not on each contact.
        draft = replace(draft, target_group=None, municipality=None)
        now = self._clock()
        with self._uow.transaction():
            contact_id = self._contacts.insert(draft, actor.id, now)
            self._clients.record_contact(draft.client_id, draft.at.date(), now)
            self._audit.record(AuditAction.CREATE, ENTITY, contact_id, f"client={client.id}")
        return Contact(contact_id, draft, actor.display_name)

    def register_unregistered(self, draft: ContactDraft) -> Contact:
        """An anonymous call that never becomes a client still counts."""
        actor = self._actor()
        require(actor, Permission.WRITE_CLIENTS)
        if draft.client_id is not None:
            raise ValidationError("client", "must_be_empty")
        draft = validate_contact(draft, self._clock().date(), self._codes)
        with self._uow.transaction():
            contact_id = self._contacts.insert(draft, actor.id, self._clock())
            self._audit.record(AuditAction.CREATE, ENTITY, contact_id, "unregistered")
        return Contact(contact_id, draft, actor.display_name)

    # -- corrections ------------------------------------------------------------------
    def _existing(self, contact_id: ContactId) -> Contact:
        contact = self._contacts.get(contact_id)
        if contact is None:
            raise NotFoundError("contact", id=contact_id)
        return contact

    def _prepared(self, draft: ContactDraft) -> ContactDraft:
        draft = validate_contact(draft, self._clock().date(), self._codes)
        if draft.client_id is None:
            return draft
        client = self._clients.get(draft.client_id)
        if client is None:
            raise NotFoundError("client", id=draft.client_id)
        if client.draft.kind == CaseKind.COUPLE:
            draft = replace(draft, participants=Participants.COUPLE)
        return replace(draft, target_group=None, municipality=None)

    def update(self, contact_id: ContactId, draft: ContactDraft) -> Contact:
        """Correct a saved contact (wrong minutes, day, form; or the wrong client). The
        audit log records which fields changed, before and after (the note: only that it
        changed)."""
        actor = self._actor()
        require(actor, Permission.WRITE_CLIENTS)
        old = self._existing(contact_id)
        if old.draft.client_id is not None and draft.client_id is None:
            raise ValidationError("client", "required")  # may move, not lose its client
        if old.draft.client_id is None and draft.client_id is not None:
            raise ValidationError("client", "must_be_empty")
        draft = self._prepared(draft)
        changes = contact_changes(old.draft, draft)
        if not changes:
            return old
        now = self._clock()
        with self._uow.transaction():
            self._contacts.update(contact_id, draft)
            for client_id in {old.draft.client_id, draft.client_id} - {None}:
                self._clients.refresh_contacts(client_id, now)
            self._audit.record(AuditAction.UPDATE, ENTITY, contact_id, " ".join(changes))
        return self._existing(contact_id)

    def delete(self, contact_id: ContactId, reason: RemovalReason) -> None:
        """Remove a contact that should not count (registered twice, on the wrong
        client, never took place); the reason is one of a fixed list."""
        actor = self._actor()
        require(actor, Permission.WRITE_CLIENTS)
        old = self._existing(contact_id)
        reason = RemovalReason(reason)
        with self._uow.transaction():
            self._contacts.delete(contact_id)
            if old.draft.client_id is not None:
                self._clients.refresh_contacts(old.draft.client_id, self._clock())
            where = f"client={old.draft.client_id}" if old.draft.client_id else "unregistered"
            self._audit.record(
                AuditAction.DELETE,
                ENTITY,
                contact_id,
                f"{where} reason={reason.value} day={old.draft.at.date()} "
                f"minutes={old.draft.minutes}",
            )

    def for_client(self, client_id: ClientId, limit: int | None = None) -> list[Contact]:
        """The client's own contacts and those of the couple cases it belongs to."""
        require(self._actor(), Permission.READ_CLIENTS)
        ids = [client_id, *self._details.linking(client_id, "member")]
        found = self._contacts.for_clients(ids, limit)
        self._audit.read("client", client_id, len(found), "")  # contact notes shown
        return found

    def unregistered(self, start: date, end: date) -> list[Contact]:
        require(self._actor(), Permission.READ_CLIENTS)
        found = self._contacts.unregistered(start, end)
        self._audit.read("contact", "", len(found))
        return found

    def count_by_participation(self, start: date, end: date) -> dict[str, int]:
        require(self._actor(), Permission.READ_STATISTICS)
        return self._contacts.count_by_participation(start, end)

    def recent_days(self, days: int = 7) -> tuple[date, date]:
        today = self._clock().date()
        return today - timedelta(days=days), today

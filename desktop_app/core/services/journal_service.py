"""Core layer: journal notes (signed and dated by the program, corrected only by new
versions) and reports of concern about children (orosanmälan)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.ids import ClientId, ConcernReportId, JournalNoteId
from desktop_app.core.domain.journal import ConcernReport, JournalNote
from desktop_app.core.domain.removal import RemovalReason
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.hygiene import clean_text
from desktop_app.core.services.ports import Clock, UnitOfWork
from desktop_app.core.services.ports_clients import ClientDetailsRepo, ClientRepo, JournalRepo

MAX_TITLE = 120
MAX_TEXT = 20_000


def _checked(title: str, text: str) -> tuple[str, str]:
    title = clean_text("title", title, MAX_TITLE, required=True)
    text = clean_text("text", text, MAX_TEXT, multiline=True, required=True)
    return title, text


class JournalService:
    def __init__(
        self,
        journal: JournalRepo,
        clients: ClientRepo,
        details: ClientDetailsRepo,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
    ) -> None:
        self._journal = journal
        self._clients = clients
        self._details = details
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._clock = clock

    def _writer(self) -> User:
        actor = self._actor()
        require(actor, Permission.READ_JOURNAL)
        require(actor, Permission.WRITE_CLIENTS)
        return actor

    def _refresh_titles(self, client_id: ClientId) -> None:
        self._clients.set_titles(client_id, " ".join(self._journal.current_titles(client_id)))

    def add(self, client_id: ClientId, title: str, text: str) -> JournalNote:
        actor = self._writer()
        if not self._clients.exists(client_id):
            raise NotFoundError("client", id=client_id)
        title, text = _checked(title, text)
        now = self._clock()
        with self._uow.transaction():
            note_id = self._journal.insert(client_id, title, text, actor.id, now)
            self._refresh_titles(client_id)
            self._clients.touch(client_id, now)
            self._audit.record(AuditAction.CREATE, "journal_note", note_id, f"client={client_id}")
        return self._note(note_id)

    def correct(self, note_id: JournalNoteId, title: str, text: str) -> JournalNote:
        """A correction is a new version; the old text stays readable."""
        actor = self._writer()
        old = self._note(note_id)
        if not old.current:
            raise ValidationError("note", "not_current")
        title, text = _checked(title, text)
        if (title, text) == (old.title, old.text):
            raise ValidationError("note", "unchanged")  # no version identical to the last
        now = self._clock()
        with self._uow.transaction():
            new_id = self._journal.insert(old.client_id, title, text, actor.id, now, corrects=old)
            self._refresh_titles(old.client_id)
            self._clients.touch(old.client_id, now)
            self._audit.record(AuditAction.UPDATE, "journal_note", new_id, f"corrects={old.id}")
        return self._note(new_id)

    def _note(self, note_id: JournalNoteId) -> JournalNote:
        note = self._journal.get(note_id)
        if note is None:
            raise NotFoundError("journal_note", id=note_id)
        return note

    def notes(self, client_id: ClientId) -> list[JournalNote]:
        require(self._actor(), Permission.READ_JOURNAL)
        notes = self._journal.for_client(client_id)
        self._audit.record(AuditAction.READ, "journal", client_id)
        return notes

    # -- reports of concern -----------------------------------------------------------
    def report_concern(
        self, client_id: ClientId, reported_on: date, recipient: str, note: str = ""
    ) -> ConcernReport:
        actor = self._actor()
        require(actor, Permission.WRITE_CLIENTS)
        if not self._clients.exists(client_id):
            raise NotFoundError("client", id=client_id)
        recipient = clean_text("recipient", recipient, MAX_TITLE, required=True)
        note = clean_text("note", note, MAX_TEXT, multiline=True)
        if reported_on > self._clock().date():
            raise ValidationError("reported_on", "in_future")
        with self._uow.transaction():
            concern_id = self._details.add_concern(
                client_id, reported_on, recipient, actor.id, note.strip()
            )
            self._clients.touch(client_id, self._clock())
            self._audit.record(AuditAction.CREATE, "concern_report", concern_id)
        return next(c for c in self._details.concerns(client_id) if c.id == concern_id)

    def close_concern(self, concern_id: ConcernReportId, on: date) -> None:
        require(self._actor(), Permission.WRITE_CLIENTS)
        with self._uow.transaction():
            if self._details.close_concern(concern_id, on) is None:
                raise NotFoundError("concern_report", id=concern_id)
            self._audit.record(AuditAction.UPDATE, "concern_report", concern_id, "closed")

    def update_concern(
        self,
        concern_id: ConcernReportId,
        reported_on: date,
        recipient: str,
        note: str = "",
        closed_on: date | None = None,
    ) -> ConcernReport:
        """Correct a report of concern: its date, recipient, note, and whether (and
        when) it is closed. Dates are logged before and after; the note only as changed."""
        require(self._actor(), Permission.WRITE_CLIENTS)
        old = self._concern(concern_id)
        recipient = clean_text("recipient", recipient, MAX_TITLE, required=True)
        note = clean_text("note", note, MAX_TEXT, multiline=True).strip()
        today = self._clock().date()
        if reported_on > today:
            raise ValidationError("reported_on", "in_future")
        if closed_on is not None and closed_on > today:
            raise ValidationError("concern_closed_on", "in_future")
        if closed_on is not None and closed_on < reported_on:
            raise ValidationError("concern_closed_on", "before_start")
        changed = []
        if reported_on != old.reported_on:
            changed.append(f"reported_on={old.reported_on}→{reported_on}")
        if closed_on != old.closed_on:
            changed.append(f"closed_on={old.closed_on or '-'}→{closed_on or '-'}")
        changed += [
            f
            for f, a, b in (("recipient", old.recipient, recipient), ("note", old.note, note))
            if a != b
        ]
        with self._uow.transaction():
            self._details.update_concern(concern_id, reported_on, recipient, note, closed_on)
            self._clients.touch(old.client_id, self._clock())
            self._audit.record(
                AuditAction.UPDATE, "concern_report", concern_id, " ".join(changed) or "unchanged"
            )
        return self._concern(concern_id)

    def delete_concern(self, concern_id: ConcernReportId, reason: RemovalReason) -> None:
        """Remove a report registered by mistake (on the wrong client, twice)."""
        require(self._actor(), Permission.WRITE_CLIENTS)
        old = self._concern(concern_id)
        reason = RemovalReason(reason)
        with self._uow.transaction():
            self._details.delete_concern(concern_id)
            self._clients.touch(old.client_id, self._clock())
            self._audit.record(
                AuditAction.DELETE,
                "concern_report",
                concern_id,
                f"client={old.client_id} reason={reason.value} reported_on={old.reported_on}",
            )

    def _concern(self, concern_id: ConcernReportId) -> ConcernReport:
        found = self._details.concern(concern_id)
        if found is None:
            raise NotFoundError("concern_report", id=concern_id)
        return found

    def open_concerns(self) -> list[tuple[str, ConcernReport]]:
        """The unit's open reports of concern (client code, report), for the start page."""
        require(self._actor(), Permission.READ_CLIENTS)
        found = self._details.open_concerns()
        self._audit.record(AuditAction.READ, "concern_reports", "", f"open={len(found)}")
        return found

    def concerns(self, client_id: ClientId) -> list[ConcernReport]:
        require(self._actor(), Permission.READ_CLIENTS)
        found = self._details.concerns(client_id)
        self._audit.read("client", client_id, len(found))  # concern notes shown
        return found

"""Core layer: the client register: create, change, read (audited), list, close, reopen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.changes import describe_changes
from desktop_app.core.domain.client_enums import CaseKind, CloseReason, FollowUpAnswer, TargetGroup
from desktop_app.core.domain.client_query import ClientQuery
from desktop_app.core.domain.clients import Client, ClientDraft
from desktop_app.core.domain.ids import ClientId
from desktop_app.core.domain.journal import Episode, FollowUpQuestion
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import DuplicateClientError, NotFoundError, ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.client_validation import validate_client
from desktop_app.core.services.ports import Clock, UnitOfWork
from desktop_app.core.services.ports_clients import ClientDetailsRepo, ClientRepo

ENTITY = "client"
CODE_PREFIX = "K"
PAGE_SIZE = 200


def format_code(year: int, seq: int) -> str:
    return f"{CODE_PREFIX}-{year}-{seq:03d}"


class ClientService:
    def __init__(
        self,
        repo: ClientRepo,
        details: ClientDetailsRepo,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
        municipality_codes: frozenset[str],
    ) -> None:
        self._repo = repo
        self._details = details
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._clock = clock
        self._codes = municipality_codes

    def _writer(self) -> User:
        actor = self._actor()
        require(actor, Permission.WRITE_CLIENTS)
        return actor

    def today(self) -> date:
        return self._clock().date()

    def _existing(self, client_id: ClientId) -> Client:
        client = self._repo.get(client_id)
        if client is None:
            raise NotFoundError(ENTITY, id=client_id)
        return client

    def _refuse_duplicate(self, draft: ClientDraft, own: ClientId | None = None) -> None:
        """One person, one client: the personnummer is stored as 12 digits whatever
        format it was typed in, so every format of it finds the client it is on."""
        if not draft.personal_id:
            return
        for client_id, code in self._repo.with_personal_id(draft.personal_id):
            if client_id != own:
                raise DuplicateClientError(code, code=code, client_id=client_id)

    # -- create and change ------------------------------------------------------------
    def create(self, draft: ClientDraft, code: str | None = None) -> Client:
        """A new client with the next code (or ``code`` as given, e.g. when importing)."""
        actor = self._writer()
        draft = validate_client(draft, self.today(), self._codes)
        self._refuse_duplicate(draft)
        if draft.responsible_id is None:
            draft = replace(draft, responsible_id=actor.id)
        now = self._clock()
        if code is not None:
            code = " ".join(code.split())
            if not code or len(code) > 40:
                raise ValidationError("code", "invalid")
        with self._uow.transaction():
            if code is None:
                year, seq = now.year, self._repo.next_code_seq(now.year)
                code = format_code(year, seq)
            else:  # given codes are numbered apart (year 0) so they never collide
                year, seq = 0, self._repo.next_code_seq(0)
            client_id = self._repo.insert(code, year, seq, draft, actor.id, now)
            self._details.open_episode(client_id, now.date())
            self._audit.record(AuditAction.CREATE, ENTITY, client_id)
        return self._existing(client_id)

    def update(self, client_id: ClientId, draft: ClientDraft) -> Client:
        self._writer()
        current = self._existing(client_id)
        draft = validate_client(replace(draft, kind=current.draft.kind), self.today(), self._codes)
        self._refuse_duplicate(draft, client_id)
        with self._uow.transaction():
            self._repo.update(client_id, draft, self._clock())
            self._audit.record(
                AuditAction.UPDATE, ENTITY, client_id, describe_changes(current.draft, draft)
            )
        return self._existing(client_id)

    def create_couple(self, draft: ClientDraft, members: tuple[ClientId, ClientId]) -> Client:
        """A couple (par) is one case with two persons, each a client of its own."""
        if members[0] == members[1]:
            raise ValidationError("members", "same_person")
        for member in members:
            if self._existing(member).draft.kind != CaseKind.PERSON:
                raise ValidationError("members", "not_a_person")
        draft = replace(
            draft, kind=CaseKind.COUPLE, target_group=draft.target_group or TargetGroup.COUPLE
        )
        with self._uow.transaction():
            couple = self.create(draft)
            for member in members:
                self._details.link(couple.id, member, "member", self._clock())
        return self._existing(couple.id)

    def link_relative(self, client_id: ClientId, relative_id: ClientId) -> None:
        self._writer()
        if client_id == relative_id:
            raise ValidationError("relative", "same_person")
        self._existing(client_id)
        self._existing(relative_id)
        with self._uow.transaction():
            self._details.link(client_id, relative_id, "relative", self._clock())
            self._audit.record(AuditAction.UPDATE, ENTITY, client_id, f"relative={relative_id}")

    def unlink_relative(self, client_id: ClientId, relative_id: ClientId) -> None:
        self._writer()
        with self._uow.transaction():
            self._details.unlink(client_id, relative_id, "relative")
            self._audit.record(AuditAction.UPDATE, ENTITY, client_id, f"unlinked={relative_id}")

    def unlink_either(self, client_id: ClientId, other_id: ClientId) -> None:
        """Undo a link between two clients, whichever way it was made: a relative, or a
        person and the couple case they were put in (the couple's contacts stay with it)."""
        if other_id in self._details.linked(client_id, "relative"):
            self.unlink_relative(client_id, other_id)
        elif other_id in self._details.linking(client_id, "relative"):
            self.unlink_relative(other_id, client_id)
        elif other_id in self._details.linked(client_id, "member"):
            self._unlink_member(client_id, other_id)
        elif other_id in self._details.linking(client_id, "member"):
            self._unlink_member(other_id, client_id)
        else:
            raise ValidationError("relative", "not_registered")

    def _unlink_member(self, couple_id: ClientId, member_id: ClientId) -> None:
        self._writer()
        with self._uow.transaction():
            self._details.unlink(couple_id, member_id, "member")
            self._audit.record(AuditAction.UPDATE, ENTITY, couple_id, f"member_removed={member_id}")

    # -- read -------------------------------------------------------------------------
    def get(self, client_id: ClientId) -> Client:
        """Open a client record; every read is written to the audit log."""
        require(self._actor(), Permission.READ_CLIENTS)
        client = self._existing(client_id)
        self._audit.record(AuditAction.READ, ENTITY, client_id)
        return client

    def summary(self, client_id: ClientId) -> Client:
        """A linked client's code and name, as shown in a list (not an opened record)."""
        require(self._actor(), Permission.READ_CLIENTS)
        return self._existing(client_id)

    def page(self, query: ClientQuery, offset: int = 0, limit: int = PAGE_SIZE) -> list[Client]:
        """A page of the client list (names shown): every first page is audited, with
        the search term as a keyed hash and the number of hits."""
        require(self._actor(), Permission.READ_CLIENTS)
        found = self._repo.page(query, self.today(), offset, limit)
        if offset == 0:
            self._audit.read("client_list", "", len(found), query.text)
        return found

    def count(self, query: ClientQuery) -> int:
        require(self._actor(), Permission.READ_CLIENTS)
        return self._repo.count(query, self.today())

    def relatives(self, client_id: ClientId) -> list[ClientId]:
        require(self._actor(), Permission.READ_CLIENTS)
        return self._details.linked(client_id, "relative")

    def relative_of(self, client_id: ClientId) -> list[ClientId]:
        require(self._actor(), Permission.READ_CLIENTS)
        return self._details.linking(client_id, "relative")

    def couples_of(self, client_id: ClientId) -> list[ClientId]:
        require(self._actor(), Permission.READ_CLIENTS)
        return self._details.linking(client_id, "member")

    # -- closing ----------------------------------------------------------------------
    def follow_up_questions(self) -> list[FollowUpQuestion]:
        return self._details.follow_up_questions()

    def add_follow_up_question(self, text: str) -> FollowUpQuestion:
        require(self._actor(), Permission.MANAGE_UNIT)
        text = " ".join(text.split())
        if not text:
            raise ValidationError("question", "required")
        key = f"unit_{len(self._details.follow_up_questions()) + 1}"
        with self._uow.transaction():
            self._details.add_follow_up_question(key, text)
            self._audit.record(AuditAction.CREATE, "follow_up_question", key)
        return FollowUpQuestion(key, text, False)

    def close(
        self,
        client_id: ClientId,
        closed_on: date,
        reason: CloseReason,
        follow_up: dict[str, FollowUpAnswer] | None = None,
    ) -> Client:
        self._writer()
        client = self._existing(client_id)
        if not client.active:
            raise ValidationError("closed_on", "already_closed")
        if closed_on > self.today():
            raise ValidationError("closed_on", "in_future")
        # A case typed in afterwards may be closed on any day from its first contact
        # (or request for help): past work is registered when the unit gets to it.
        began = min(
            d
            for d in (
                client.created_at.date(),
                client.draft.requested_on,
                self._repo.first_contact_on(client_id),
            )
            if d is not None
        )
        if closed_on < began:
            raise ValidationError("closed_on", "before_start")
        known = {q.key for q in self._details.follow_up_questions()}
        answers = dict(follow_up or {})
        if set(answers) - known:
            raise ValidationError("follow_up", "unknown_question")
        with self._uow.transaction():
            self._repo.set_closed(client_id, closed_on, reason, self._clock())
            self._details.close_episode(client_id, closed_on, reason.value, answers, began)
            self._audit.record(AuditAction.UPDATE, ENTITY, client_id, f"closed={reason.value}")
        return self._existing(client_id)

    def reopen(self, client_id: ClientId, on: date | None = None) -> Client:
        self._writer()
        client = self._existing(client_id)
        if client.active:
            raise ValidationError("closed_on", "not_closed")
        on = on or self.today()
        with self._uow.transaction():
            self._repo.set_closed(client_id, None, None, self._clock())
            self._details.open_episode(client_id, on)
            self._audit.record(AuditAction.UPDATE, ENTITY, client_id, "reopened")
        return self._existing(client_id)

    def undo_closing(self, client_id: ClientId) -> Client:
        """A closing made by mistake is taken back: the last episode is open again, its
        reason and follow-up answers gone (out of the outcomes), as if never closed."""
        self._writer()
        client = self._existing(client_id)
        if client.active:
            raise ValidationError("closed_on", "not_closed")
        with self._uow.transaction():
            undone = self._details.undo_close_episode(client_id)
            self._repo.set_closed(client_id, None, None, self._clock())
            self._audit.record(
                AuditAction.UPDATE,
                ENTITY,
                client_id,
                f"closing_undone closed_on={client.closed_on} reason={undone or '-'}",
            )
        return self._existing(client_id)

    def episodes(self, client_id: ClientId) -> list[Episode]:
        require(self._actor(), Permission.READ_CLIENTS)
        return self._details.episodes(client_id)

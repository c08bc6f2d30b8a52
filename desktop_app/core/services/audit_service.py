"""Core layer: writing and reading the audit log."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime

from desktop_app.core.domain.audit import (
    AnchorResult,
    AuditAction,
    AuditEntry,
    AuditQuery,
    AuditReview,
    AuditRow,
    ChainAnchor,
    ChainCheck,
)
from desktop_app.core.domain.ids import UserId
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.ports import AuditRepo, Clock, UnitOfWork


class AuditService:
    def __init__(
        self,
        repo: AuditRepo,
        actor: Callable[[], User | None],
        clock: Clock,
        uow: UnitOfWork | None = None,
    ) -> None:
        self._repo = repo
        self._uow = uow
        self._actor = actor
        self._clock = clock
        self._pending: list[tuple] | None = None

    @contextlib.contextmanager
    def deferred(self) -> Iterator[list[tuple]]:
        """Collect the entries recorded inside and write them as one batch at the end
        (a bulk import: thousands of rows in one transaction). Must run inside the
        caller's transaction; the yielded list may be cut back to drop the entries of a
        row that was rolled back. On an exception nothing is written."""
        if self._pending is not None:
            yield self._pending
            return
        self._pending = pending = []
        try:
            yield pending
        finally:
            self._pending = None
        with self._uow.transaction() if self._uow is not None else contextlib.nullcontext():
            self._repo.append_many(pending)

    def record(
        self, action: AuditAction, entity: str = "", entity_id: object = "", detail: str = ""
    ) -> None:
        actor = self._actor()
        entry = (
            self._clock(),
            actor.id if actor else None,
            actor.username if actor else "(system)",
            action,
            entity,
            "" if entity_id is None else str(entity_id),
            detail,
        )
        if self._pending is not None:
            self._pending.append(entry)
        elif self._uow is None:
            self._repo.append(*entry)
        else:
            with self._uow.transaction():  # refused once another copy took the database over
                self._repo.append(*entry)

    def read(self, entity: str, entity_id: object, hits: int, term: str = "") -> None:
        """A read that shows identities: what was listed and how many rows; a search term
        only as its keyed hash (never the term itself: it may be a personnummer)."""
        detail = f"hits={hits}"
        if term.strip():
            detail = f"term={self._repo.term_digest(term)} {detail}"
        self.record(AuditAction.READ, entity, entity_id, detail)

    def term_digest(self, term: str) -> str:
        return self._repo.term_digest(term)

    def entries(
        self,
        *,
        entity: str | None = None,
        entity_id: object = None,
        user_id: UserId | None = None,
        limit: int = 1000,
    ) -> list[AuditEntry]:
        actor = self._actor()
        if actor is None:
            raise ValueError("no actor")
        require(actor, Permission.READ_AUDIT)
        return self._repo.entries(
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            user_id=user_id,
            limit=limit,
        )

    def _reader(self) -> User:
        actor = self._actor()
        if actor is None:
            raise ValueError("no actor")
        require(actor, Permission.READ_AUDIT)
        return actor

    def search(self, query: AuditQuery) -> list[AuditRow]:
        """The audit page: who opened or changed what, filtered; the reading is logged."""
        self._reader()
        rows = self._repo.search(query)
        self.record(AuditAction.READ, "audit_log", "", f"rows={len(rows)}")
        return rows

    def add_review(self, start: date, end: date, comment: str) -> None:
        """Record that the log for a period has been looked through (the monthly review)."""
        actor = self._reader()
        comment = comment.strip()
        if end < start:
            raise ValidationError("period_end", "before_start")
        if not comment:
            raise ValidationError("review_comment", "required")
        if len(comment) > 2000:
            raise ValidationError("review_comment", "too_long", maximum=2000)
        if self._uow is None:
            raise ValueError("reviews need a unit of work")
        with self._uow.transaction():
            self._repo.add_review(self._clock(), actor.id, actor.username, start, end, comment)
            self.record(AuditAction.REVIEW, "audit_log", "", f"{start}..{end}")

    def reviews(self) -> list[AuditReview]:
        self._reader()
        return self._repo.reviews()

    def broken_links(self) -> list[int]:
        return self._repo.verify_chain()

    def head(self) -> ChainAnchor | None:
        """The chain's head now, to be kept outside the log as an anchor."""
        return self._repo.head()

    def check_anchor(self, anchor: ChainAnchor) -> AnchorResult:
        return self._repo.check_anchor(anchor)

    def last_restore(self) -> datetime | None:
        """When a backup was last restored here (older anchors belong to the log before)."""
        for entry in self._repo.entries(entity="backup", limit=10_000):
            if entry.action == AuditAction.RESTORE:
                return entry.at
        return None

    def check(self, anchors: Sequence[ChainAnchor] = ()) -> ChainCheck:
        """The chain link by link, and against every anchor: the reviews' and those
        kept outside the database (key file, backups). A log cut short or re-hashed
        since an anchor was taken fails that anchor even when its links are whole."""
        kept = [*anchors, *(r.anchor for r in self._repo.reviews() if r.anchor is not None)]
        return ChainCheck(
            self._repo.verify_chain(), [(a, self._repo.check_anchor(a)) for a in kept]
        )

"""Core layer: audit-log entries (who did what to which record, when)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop_app.core.domain.ids import AuditEntryId, UserId


class AuditAction(StrEnum):
    LOGIN = "login"
    LOGIN_AFTER_FAILURES = "login_after_failures"
    LOGIN_FAILED = "login_failed"  # written at the next login (no key before)
    LOGOUT = "logout"
    LOCK = "lock"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    RECOVERY_KEY_USED = "recovery_key_used"
    CREATE = "create"
    READ = "read"
    UPDATE = "update"
    DELETE = "delete"
    PASSWORD_CHANGED = "password_changed"
    PASSWORD_RESET = "password_reset"
    USER_DISABLED = "user_disabled"
    USER_ENABLED = "user_enabled"
    EXPORT = "export"
    PRINT = "print"
    BACKUP = "backup"
    RESTORE = "restore"
    PURGE = "purge"
    REVIEW = "review"
    CHAIN_BROKEN = "chain_broken"  # the log no longer matches an anchor kept outside it


@dataclass(frozen=True)
class AuditEntry:
    id: AuditEntryId
    at: datetime
    user_id: UserId | None
    username: str
    action: AuditAction
    entity: str
    entity_id: str
    detail: str


# Entities whose id is a client's id; other entries name a client in their detail.
CLIENT_ENTITIES = ("client", "journal")


@dataclass(frozen=True)
class AuditQuery:
    """The audit page's filters: one person (client), one staff member, a period."""

    client_id: int | None = None
    user_id: UserId | None = None
    start: date | None = None
    end: date | None = None  # inclusive
    limit: int = 5000


@dataclass(frozen=True)
class AuditRow:
    entry: AuditEntry
    client_code: str  # '' when the entry concerns no client (or it has been purged)


@dataclass(frozen=True)
class ChainAnchor:
    """The audit chain's head at one moment, kept outside the log: the id of the last
    row and its hash. A later log whose row ``last_id`` is gone was cut short; one whose
    row has another hash was rewritten."""

    last_id: int
    head: str
    source: str = ""  # where it was kept: "keys", "review", "backup:<name>"

    def short(self) -> str:
        return f"{self.last_id}:{self.head[:16]}"


class AnchorResult(StrEnum):
    OK = "ok"
    MISSING = "missing"  # the anchored row is gone: the log was cut short
    CHANGED = "changed"  # the anchored row's hash differs: the log was rewritten


@dataclass(frozen=True)
class ChainCheck:
    broken: list[int]  # ids of rows whose link or hash does not match
    anchors: list[tuple[ChainAnchor, AnchorResult]]

    @property
    def failed_anchors(self) -> list[tuple[ChainAnchor, AnchorResult]]:
        return [(a, r) for a, r in self.anchors if r != AnchorResult.OK]

    @property
    def whole(self) -> bool:
        return not self.broken and not self.failed_anchors


@dataclass(frozen=True)
class AuditReview:
    """A "review done" record: who looked through which period of the log, and a comment,
    with the chain's head at that moment (an anchor; printed on the review's paper)."""

    at: datetime
    username: str
    start: date
    end: date
    comment: str
    anchor: ChainAnchor | None = None

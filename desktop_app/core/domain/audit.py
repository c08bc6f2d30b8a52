"""Core layer: audit-log entries (who did what to which record, when)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop_app.core.domain.ids import AuditEntryId, UserId


class AuditAction(StrEnum):
    LOGIN = "login"
    LOGIN_AFTER_FAILURES = "login_after_failures"
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
class AuditReview:
    """A "review done" record: who looked through which period of the log, and a comment."""

    at: datetime
    username: str
    start: date
    end: date
    comment: str

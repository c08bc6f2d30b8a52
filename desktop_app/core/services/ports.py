"""Core layer: what the services need from storage, as protocols (storage implements)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from desktop_app.core.domain.audit import (
    AnchorResult,
    AuditAction,
    AuditEntry,
    AuditQuery,
    AuditReview,
    AuditRow,
    ChainAnchor,
)
from desktop_app.core.domain.backups import BackupCheck
from desktop_app.core.domain.ids import UserId
from desktop_app.core.domain.purge import PurgeCandidate, PurgeKind, PurgeLogEntry
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import User

Clock = Callable[[], datetime]


class UnitOfWork(Protocol):
    def transaction(self) -> AbstractContextManager[None]: ...


class UserRepo(Protocol):
    def add(
        self,
        username: str,
        display_name: str,
        role: Role,
        *,
        must_change_password: bool,
        now: datetime,
    ) -> User: ...
    def get(self, user_id: UserId) -> User | None: ...
    def by_username(self, username: str) -> User | None: ...
    def list(self) -> list[User]: ...
    def set_active(self, user_id: UserId, active: bool) -> None: ...
    def update(self, user_id: UserId, display_name: str, role: Role) -> None: ...
    def mark_password_changed(
        self, user_id: UserId, *, must_change: bool, now: datetime
    ) -> None: ...


class AuditRepo(Protocol):
    def append(
        self,
        at: datetime,
        user_id: UserId | None,
        username: str,
        action: AuditAction,
        entity: str,
        entity_id: str,
        detail: str,
    ) -> None: ...
    def entries(
        self,
        *,
        entity: str | None = None,
        entity_id: str | None = None,
        user_id: UserId | None = None,
        limit: int = 1000,
    ) -> list[AuditEntry]: ...
    def search(self, query: AuditQuery) -> list[AuditRow]: ...
    def add_review(
        self, at: datetime, user_id: UserId, username: str, start: date, end: date, comment: str
    ) -> ChainAnchor | None: ...
    def reviews(self) -> list[AuditReview]: ...
    def verify_chain(self) -> list[int]: ...
    def head(self) -> ChainAnchor | None: ...
    def check_anchor(self, anchor: ChainAnchor) -> AnchorResult: ...


class SettingsRepo(Protocol):
    def get(self, key: str) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...
    def items(self) -> Iterator[tuple[str, str]]: ...


class KeyStore(Protocol):
    """Password key slots of the open database (storage holds the data key)."""

    def set_password(self, username: str, password: str, role: Role) -> None: ...
    def grant(self, username: str, role: Role) -> None: ...
    def remove(self, username: str) -> None: ...
    def check_password(self, username: str, password: str) -> bool: ...


class BackupStore(Protocol):
    """Backups of the open database (storage knows the key and the files)."""

    def write(
        self, folder: Path, now: datetime, progress: Callable[[int, int], None] | None
    ) -> Path: ...
    def list(self, folder: Path) -> list[tuple[Path, datetime]]: ...
    def delete(self, path: Path) -> None: ...
    def inspect(self, path: Path) -> BackupCheck: ...
    def anchor_of(self, path: Path) -> ChainAnchor | None: ...


class PurgeRepo(Protocol):
    def due_clients(self, before: date) -> list[PurgeCandidate]: ...
    def due_participants(self, before: date) -> list[PurgeCandidate]: ...
    def due_contacts(self, before: date) -> list[PurgeCandidate]: ...
    def set_hold(self, client_id: int, hold: bool, reason: str) -> bool: ...
    def delete_clients(self, ids: Sequence[int]) -> int: ...
    def wipe_participants(self, ids: Sequence[int]) -> int: ...
    def delete_contacts(self, ids: Sequence[int]) -> int: ...
    def log(
        self,
        at: datetime,
        user_id: UserId | None,
        username: str,
        kind: PurgeKind,
        count: int,
        rule_years: int,
        older_than: date,
    ) -> None: ...
    def entries(self) -> list[PurgeLogEntry]: ...
    def compact(self) -> None: ...

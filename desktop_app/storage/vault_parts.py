"""Storage layer: the parts an open vault is made of, each with one job: the unit of
work on the connection, the key store (slots and grants) and the audit anchors kept in
the key file. ``OpenVault`` (vault.py) composes them; the services are given these."""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator

from desktop_app.core.domain.audit import ChainAnchor
from desktop_app.core.domain.roles import Role, parts_of
from desktop_app.core.errors import StorageError, VagvalError
from desktop_app.storage import backup_account
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.keyslots import PARTS, KdfParams, KeySet, KeySlotFile
from desktop_app.storage.lock import DatabaseLock
from desktop_app.storage.recovery_key import (
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
)


class VaultUnitOfWork:
    """The unit of work on the open connection: one transaction over every attached
    part; refused once another copy has taken the database over."""

    def __init__(self, db: Database, lock: DatabaseLock) -> None:
        self._db = db
        self._lock = lock

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        if not self._db.conn.in_transaction:
            self._lock.ensure_held()  # never write after another copy took the database over
        with translated_errors(), self._db.atomic():
            yield


class VaultKeyStore:
    """The key slots of the open database (implements the core's ``KeyStore``): each
    user's password slot with the grants of their role's parts, and the recovery key."""

    def __init__(self, slots: KeySlotFile, keys: KeySet, kdf: KdfParams) -> None:
        self._slots = slots
        self._keys = keys  # the vault's own dict: a key change is seen here at once
        self._kdf = kdf

    def role_keys(self, role: Role | None) -> tuple[KeySet, tuple[str, ...]]:
        parts = parts_of(role) if role is not None else PARTS
        missing = [p for p in parts if p not in self._keys]
        if missing:
            raise StorageError(f"this session holds no key for {missing}", reason="no_key")
        return self._keys, parts

    def set_password(self, username: str, password: str, role: Role) -> None:
        keys, parts = self.role_keys(role)
        self._slots.set_password(username, password, keys, parts, self._kdf)
        self._slots.save()

    def grant(self, username: str, role: Role) -> None:
        """Give an existing slot the keys of ``role`` (after a change of role)."""
        keys, parts = self.role_keys(role)
        if self._slots.slot_name(username) in self._slots.slots:
            self._slots.grant_user(username, keys, parts)
            self._slots.save()

    def is_legacy(self, username: str) -> bool:
        return self._slots.slot_name(username) in self._slots.legacy

    def remove(self, username: str) -> None:
        self._slots.remove(username)
        self._slots.save()

    def check_password(self, username: str, password: str) -> bool:
        try:
            fresh = KeySlotFile.load(self._slots.path)
            opened = fresh.unlock_password(username, password)
        except VagvalError:
            return False
        return any(
            secrets.compare_digest(k, self._keys["main"]) for k in opened.keys.get("main", [])
        )

    def check_recovery_key(self, recovery_key: str) -> bool:
        """Does this recovery key open the database now? Nothing is changed."""
        try:
            secret = parse_recovery_key(recovery_key)
            opened = KeySlotFile.load(self._slots.path).unlock_recovery(secret)
        except VagvalError:
            return False
        return any(
            secrets.compare_digest(k, self._keys["main"]) for k in opened.keys.get("main", [])
        )

    def new_recovery_key(self) -> str:
        """Replace the recovery slot; returns the new key, to be shown once."""
        keys, _ = self.role_keys(None)
        secret = new_recovery_secret()
        self._slots.set_recovery(secret, keys)
        self._slots.save()
        return format_recovery_key(secret)

    def legacy_count(self) -> int:
        return len(self._slots.legacy)

    # -- the backup account (storage/backup_account.py) -------------------------------
    def has_backup_account(self) -> bool:
        return backup_account.has_backup_account(self._slots)

    def new_backup_account(self) -> tuple[str, str]:
        """A new backup account, replacing any earlier one: (its password, to be shown
        once; the hex MAC key to keep in the main file's settings)."""
        password, mac_key = backup_account.set_backup_account(self._slots)
        self._slots.save()
        return password, mac_key.hex()

    def remove_backup_account(self) -> bool:
        removed = backup_account.remove_backup_account(self._slots)
        if removed:
            self._slots.save()
        return removed


class KeyFileAnchors:
    """The audit chain's anchors kept in the key file's metadata."""

    def __init__(self, slots: KeySlotFile, lock: DatabaseLock) -> None:
        self._slots = slots
        self.lock = lock

    def kept_anchors(self) -> list[ChainAnchor]:
        """The audit chain's head as the key file kept it when the last session ended,
        and any earlier anchor the log was found not to match (kept as evidence)."""
        a = self._slots.anchor
        found = []
        for entry in [a, *a.get("failed", [])] if a else []:
            try:
                found.append(ChainAnchor(int(entry["last_id"]), str(entry["head"]), "keys"))
            except (KeyError, TypeError, ValueError):
                continue
        return found

    def keep_anchor(self, anchor: ChainAnchor | None, *, failed: bool = False) -> None:
        """Keep the chain's head in the key file (outside the database); ``failed``: an
        anchor the log no longer matches, kept so that ``verify`` keeps saying so. Only
        the one writer does: a shared reader (a scheduled backup) never rewrites it."""
        if anchor is None or self.lock.owner is None or self.lock.lost.is_set():
            return
        held = list(self._slots.anchor.get("failed", []))
        entry = {"last_id": anchor.last_id, "head": anchor.head}
        if failed:
            if entry not in held:
                held.append(entry)
            self._slots.anchor = {**self._slots.anchor, "failed": held}
        else:
            self._slots.anchor = {**entry, **({"failed": held} if held else {})}
        with contextlib.suppress(VagvalError):  # best effort: a read-only folder
            self._slots.save()

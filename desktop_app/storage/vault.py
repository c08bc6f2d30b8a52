"""Storage layer: the encrypted database together with its key slots.

``Vault(path)`` names a database file ``path`` and its slot file ``path + '.keys'``.
``create`` makes both; ``unlock`` unwraps the data key with a user's password (or the
recovery key) and opens SQLCipher with the raw key. Nothing is written on a failed
unlock: the password is checked against the slot before the database is touched.
"""

from __future__ import annotations

import base64
import contextlib
import secrets
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop_app.core.errors import (
    DatabaseDamagedError,
    DatabaseExistsError,
    DatabaseMissingError,
    KeyFileError,
    VagvalError,
)
from desktop_app.storage.backup import VaultBackupStore
from desktop_app.storage.db import Database, close_database, open_database, verify_pages
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.keyslots import KEY_BYTES, KdfParams, KeySlotFile
from desktop_app.storage.lock import DatabaseLock
from desktop_app.storage.migrations import migrate
from desktop_app.storage.recovery_key import (
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
)

DB_ID_SETTING = "db_id"


def key_file_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


class OpenVault:
    """An unlocked database: the connection and the means to manage key slots."""

    def __init__(
        self,
        db_path: Path,
        db: Database,
        slots: KeySlotFile,
        data_key: bytes,
        kdf: KdfParams,
        lock: DatabaseLock,
    ) -> None:
        self.db_path = db_path
        self.lock = lock
        self.db = db
        self._slots = slots
        self._data_key = data_key
        self._kdf = kdf

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        with translated_errors(), self.db.atomic():
            yield

    # KeyStore protocol --------------------------------------------------------------
    def set_password(self, username: str, password: str) -> None:
        self._slots.set_password(username, password, self._data_key, self._kdf)
        self._slots.save()

    def remove(self, username: str) -> None:
        self._slots.remove(username)
        self._slots.save()

    def check_password(self, username: str, password: str) -> bool:
        try:
            fresh = KeySlotFile.load(self._slots.path)
            return secrets.compare_digest(fresh.unwrap_password(username, password), self._data_key)
        except VagvalError:
            return False

    def new_recovery_key(self) -> str:
        """Replace the recovery slot; returns the new key, to be shown once."""
        secret = new_recovery_secret()
        self._slots.set_recovery(secret, self._data_key)
        self._slots.save()
        return format_recovery_key(secret)

    def backup_store(self) -> VaultBackupStore:
        return VaultBackupStore(self.db_path, self._data_key, self._slots.path, self._slots.db_id)

    def close(self) -> None:
        try:
            close_database(self.db)
        finally:
            self.lock.release()


def _file_salt(db_path: Path) -> str:
    """The SQLCipher salt at the start of the database file, base64; '' if not there yet."""
    try:
        with open(db_path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return ""
    return base64.b64encode(head).decode("ascii") if len(head) == 16 else ""


class Vault:
    def __init__(self, db_path: Path | str, kdf: KdfParams | None = None) -> None:
        self.db_path = Path(db_path)
        self.key_path = key_file_path(self.db_path)
        self.kdf = kdf or KdfParams()

    def exists(self) -> bool:
        return self.db_path.exists() or self.key_path.exists()

    def create(
        self, admin_username: str, admin_password: str, initialize: Callable[[Database], None]
    ) -> tuple[OpenVault, str]:
        """Make a new database and slot file; returns the open vault and recovery key.

        ``initialize`` runs in one transaction before the slot file is written, so a
        crash leaves either nothing usable or a complete database.
        """
        if self.exists():
            raise DatabaseExistsError(str(self.db_path))
        with translated_errors():
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
        data_key = secrets.token_bytes(KEY_BYTES)
        db_id = str(uuid.uuid4())
        lock = DatabaseLock(self.db_path)
        lock.acquire()
        try:
            db = open_database(self.db_path, data_key, create=True)
        except BaseException:
            lock.release()
            raise
        try:
            with translated_errors():
                self.db_path.chmod(0o600)
            migrate(db, None)
            with translated_errors(), db.atomic():
                db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)", [DB_ID_SETTING, db_id]
                )
                initialize(db)
            slots = KeySlotFile.new(self.key_path, db_id)
            slots.set_password(admin_username, admin_password, data_key, self.kdf)
            recovery = new_recovery_secret()
            slots.set_recovery(recovery, data_key)
            with translated_errors():
                db.execute("PRAGMA wal_checkpoint(FULL)")  # the file's header holds its salt
            slots.db_salt = _file_salt(self.db_path)
            slots.save()
        except BaseException:
            db.close()
            self._remove_partial()
            lock.release()
            raise
        vault = OpenVault(self.db_path, db, slots, data_key, self.kdf, lock)
        return vault, format_recovery_key(recovery)

    def remove(self) -> None:
        """Delete the database and its key files (a half-built demo, a failed create)."""
        self._remove_partial()
        for extra in (self.key_path.with_name(self.key_path.name + ".bak"),):
            with contextlib.suppress(OSError):
                extra.unlink()

    def _remove_partial(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(str(self.db_path) + suffix).unlink()
        with contextlib.suppress(OSError):
            self.key_path.unlink()

    def load_slots(self) -> KeySlotFile:
        return KeySlotFile.load(self.key_path)

    def unlock(self, username: str, password: str, *, shared: bool = False) -> OpenVault:
        slots = self.load_slots()
        if not self.db_path.is_file():
            raise DatabaseMissingError(str(self.db_path))
        data_key = slots.unwrap_password(username, password)
        return self._open(slots, data_key, shared)

    def unlock_with_recovery_key(self, recovery_key: str) -> OpenVault:
        slots = self.load_slots()
        data_key = slots.unwrap_recovery(parse_recovery_key(recovery_key))
        return self._open(slots, data_key)

    def _open(self, slots: KeySlotFile, data_key: bytes, shared: bool = False) -> OpenVault:
        lock = DatabaseLock(self.db_path)
        lock.acquire(shared=shared)
        try:
            db = open_database(self.db_path, data_key)
        except DatabaseDamagedError as exc:
            lock.release()
            if slots.belongs_to(self.db_path) is False:  # not damaged: the wrong key file
                raise KeyFileError(str(self.key_path), reason="other_database") from exc
            raise
        except BaseException:
            lock.release()
            raise
        try:
            verify_pages(db)
            migrate(db, self.db_path)
            row = db.execute("SELECT value FROM settings WHERE key = ?", [DB_ID_SETTING]).fetchone()
            if row is None or row[0] != slots.db_id:
                raise KeyFileError(str(self.key_path), reason="other_database")
            salt = _file_salt(self.db_path)
            if salt and slots.db_salt != salt:  # older key files, or a restored database
                slots.db_salt = salt
                with contextlib.suppress(VagvalError):  # best effort: a read-only folder
                    slots.save()
        except BaseException:
            db.close()
            lock.release()
            raise
        return OpenVault(self.db_path, db, slots, data_key, self.kdf, lock)

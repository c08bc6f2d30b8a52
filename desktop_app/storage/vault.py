"""Storage layer: the encrypted database in parts together with its key slots.

``Vault(path)`` names the main file ``path``, its parts (``path.courses``,
``path.register``; storage/parts.py) and the key file ``path + '.keys'``. ``create``
makes them; ``unlock`` opens a user's grant with their password (or the recovery key)
and attaches the parts whose keys the grant holds. Nothing is written on a failed
unlock: the password is checked against the slot before the database is touched.
"""

from __future__ import annotations

import base64
import contextlib
import secrets
import uuid
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.errors import (
    DatabaseDamagedError,
    DatabaseExistsError,
    DatabaseMissingError,
    KeyFileError,
    StorageError,
    VagvalError,
)
from desktop_app.storage.backup_store import VaultBackupStore
from desktop_app.storage.db import Database, close_database, open_database, verify_pages
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.keyslots import (
    PARTS,
    KdfParams,
    KeySet,
    KeySlotFile,
    Unlocked,
    new_key_set,
)
from desktop_app.storage.lock import DatabaseLock
from desktop_app.storage.migrations import (
    LATEST,
    PARTS_VERSION,
    copies_aside,
    current_version,
    migrate,
)
from desktop_app.storage.parts import (
    ATTACHED,
    attach,
    attach_stand_in,
    detach,
    part_files,
    part_path,
)
from desktop_app.storage.recovery_key import (
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
)
from desktop_app.storage.vault_parts import KeyFileAnchors, VaultKeyStore, VaultUnitOfWork

DB_ID_SETTING = "db_id"

Progress = Callable[[int, int], None]


def key_file_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


class OpenVault:
    """An unlocked database, made of parts with one job each: the connection (``db``)
    and its unit of work (``uow``), the key store (``key_store``: slots and grants),
    the audit anchors kept in the key file (``anchors``), backups (``backup_store()``)
    and the single-writer lock (``lock``). Changing the keys needs all of them and is
    done here."""

    def __init__(
        self,
        db_path: Path,
        db: Database,
        slots: KeySlotFile,
        keys: KeySet,
        kdf: KdfParams,
        lock: DatabaseLock,
    ) -> None:
        self.db_path = db_path
        self.lock = lock
        self.db = db
        self._slots = slots
        self._keys = dict(keys)
        self._kdf = kdf
        # Its parts, each with one job (the services are given these, not the vault):
        self.uow = VaultUnitOfWork(db, lock)
        self.key_store = VaultKeyStore(slots, self._keys, kdf)
        self.anchors = KeyFileAnchors(slots, lock)

    @property
    def db_id(self) -> str:
        """The database's id (not secret: it names its backups and calendar events)."""
        return self._slots.db_id

    @property
    def parts(self) -> tuple[str, ...]:
        """The parts this session holds the keys of (the others are empty stand-ins)."""
        return tuple(p for p in PARTS if p in self._keys)

    @property
    def main_key(self) -> bytes:
        return self._keys["main"]

    def restrict(self, parts: tuple[str, ...]) -> None:
        """Keep only ``parts`` open (a version-1 slot or the recovery key opened more
        than the user's role may read)."""
        for part in ATTACHED:
            if part in self._keys and part not in parts:
                with translated_errors():
                    detach(self.db, part)
                    attach_stand_in(self.db, part)
                del self._keys[part]

    def rotate_keys(self, progress: Progress | None = None) -> int:
        """New keys for every part: each file is re-encrypted (``PRAGMA rekey``) and every
        slot gets the new keys, so old key files and old backups open nothing written
        from now on. Version-1 slots cannot be reached and are dropped; returns how many
        were. Crash-safe: the new keys are sealed beside the old before any file
        changes, and the next administrator's login finishes an interrupted change."""
        self.key_store.role_keys(None)
        new = new_key_set()
        dropped = self._slots.drop_legacy()
        self._slots.begin_rotation(new)
        self._slots.save()
        self._finish_rotation(new, progress)
        return dropped

    def _finish_rotation(self, new: KeySet, progress: Progress | None) -> None:
        done = 0
        for part in PARTS:
            if progress is not None:
                progress(done, len(PARTS))
            if not secrets.compare_digest(self._keys[part], new[part]):
                with translated_errors():
                    self.db.execute(f"PRAGMA {part}.rekey = \"x'{new[part].hex()}'\"").fetchall()
                self._keys[part] = new[part]
            done += 1
        self._slots.finish_rotation()
        self._slots.save()
        if progress is not None:
            progress(done, len(PARTS))

    def backup_store(self) -> VaultBackupStore:
        return VaultBackupStore(self.db_path, self._keys, self._slots.path, self._slots.db_id)

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


def _open_main(path: Path, keys: list[bytes]) -> tuple[Database, bytes]:
    """The main file with the first of ``keys`` that opens it."""
    error: VagvalError | None = None
    for key in keys:
        try:
            return open_database(path, key), key
        except DatabaseDamagedError as exc:
            error = exc
    raise error or DatabaseDamagedError(str(path))


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
        keys = new_key_set()
        db_id = str(uuid.uuid4())
        lock = DatabaseLock(self.db_path)
        lock.acquire()
        try:
            self._remove_partial()  # parts left by an earlier create that failed
            db = open_database(self.db_path, keys["main"], create=True)
        except BaseException:
            lock.release()
            raise
        try:
            for part in ATTACHED:
                attach(db, part, part_path(self.db_path, part), [keys[part]], create=True)
            with translated_errors():
                for path in part_files(self.db_path):
                    if path.exists():
                        path.chmod(0o600)
            migrate(db, None)
            with translated_errors(), db.atomic():
                db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)", [DB_ID_SETTING, db_id]
                )
                initialize(db)
            slots = KeySlotFile.new(self.key_path, db_id)
            slots.set_password(admin_username, admin_password, keys, PARTS, self.kdf)
            recovery = new_recovery_secret()
            slots.set_recovery(recovery, keys)
            slots.db_salt = _file_salt(self.db_path)
            slots.save()
        except BaseException:
            db.close()
            self._remove_partial()
            lock.release()
            raise
        vault = OpenVault(self.db_path, db, slots, keys, self.kdf, lock)
        return vault, format_recovery_key(recovery)

    def remove(self) -> None:
        """Delete the database and its key files (a half-built demo, a failed create)."""
        self._remove_partial()
        for extra in (self.key_path.with_name(self.key_path.name + ".bak"),):
            with contextlib.suppress(OSError):
                extra.unlink()

    def _remove_partial(self) -> None:
        for path in part_files(self.db_path):
            with contextlib.suppress(OSError):
                path.unlink()
        with contextlib.suppress(OSError):
            self.key_path.unlink()

    def load_slots(self) -> KeySlotFile:
        return KeySlotFile.load(self.key_path)

    def unlock(self, username: str, password: str, *, shared: bool = False) -> OpenVault:
        slots = self.load_slots()
        if not self.db_path.is_file():
            raise DatabaseMissingError(str(self.db_path))
        return self._open(slots, slots.unlock_password(username, password), shared)

    def unlock_with_recovery_key(self, recovery_key: str) -> OpenVault:
        slots = self.load_slots()
        return self._open(slots, slots.unlock_recovery(parse_recovery_key(recovery_key)))

    def _open(self, slots: KeySlotFile, unlocked: Unlocked, shared: bool = False) -> OpenVault:
        lock = DatabaseLock(self.db_path)
        lock.acquire(shared=shared)
        try:
            return self._open_locked(slots, unlocked, lock)
        except BaseException:
            lock.release()
            raise

    def _open_locked(self, slots: KeySlotFile, unlocked: Unlocked, lock) -> OpenVault:
        old = unlocked.legacy_key
        if old is not None and slots.upgrade is None:
            # A version-1 database: its one key opens everything. New keys for the parts
            # are sealed under it before anything changes (see _upgrade).
            slots.set_upgrade(old, new_key_set())
            slots.save()
            unlocked = Unlocked({p: [k] for p, k in slots.open_upgrade(old).items()}, old)
        candidates = {part: list(keys) for part, keys in unlocked.keys.items()}
        main_keys = candidates.get("main", []) + ([old] if old is not None else [])
        try:
            db, main_key = _open_main(self.db_path, main_keys)
        except DatabaseDamagedError as exc:
            if slots.belongs_to(self.db_path) is False:  # not damaged: the wrong key file
                raise KeyFileError(str(self.key_path), reason="other_database") from exc
            raise
        try:
            # The full page check (cipher_integrity_check) reads every page: it runs after
            # login in the background, in verify and in every backup, and here only
            # before a migration rewrites the file (unlocking stays fast at any size).
            version = current_version(db)
            if version < LATEST:
                verify_pages(db)
            opened: KeySet = {"main": main_key}
            if version < PARTS_VERSION:
                if old is None:
                    raise StorageError("a version-1 database needs its old key", reason="schema")
                opened.update(self._upgrade(db, {p: k[0] for p, k in candidates.items()}))
            else:
                for part in ATTACHED:
                    if part in candidates:
                        path = part_path(self.db_path, part)
                        opened[part] = attach(db, part, path, candidates[part], create=False)
                        if version < LATEST:
                            verify_pages(db, part)
                    else:
                        attach_stand_in(db, part)
                migrate(db, self.db_path)
            row = db.execute("SELECT value FROM settings WHERE key = ?", [DB_ID_SETTING]).fetchone()
            if row is None or row[0] != slots.db_id:
                raise KeyFileError(str(self.key_path), reason="other_database")
            if old is not None and secrets.compare_digest(main_key, old):
                # Upgraded, not yet re-encrypted (or interrupted): the old key must stop
                # opening the main file.
                new_main = candidates["main"][0]
                with translated_errors():
                    db.execute(f"PRAGMA main.rekey = \"x'{new_main.hex()}'\"").fetchall()
                opened["main"] = new_main
                for copy in copies_aside(self.db_path, PARTS_VERSION):
                    with contextlib.suppress(OSError):
                        copy.unlink()  # it holds the identities under the old key
            for path in part_files(self.db_path):  # private to the user, also if copied
                with contextlib.suppress(OSError):
                    if path.exists():
                        path.chmod(0o600)
            salt = _file_salt(self.db_path)
            if salt and slots.db_salt != salt:  # older key files, or a restored database
                slots.db_salt = salt
                with contextlib.suppress(VagvalError):  # best effort: a read-only folder
                    slots.save()
        except BaseException:
            db.close()
            raise
        vault = OpenVault(self.db_path, db, slots, opened, self.kdf, lock)
        if slots.next_grants and all(p in opened for p in PARTS):
            # An administrator finishes a key change that was interrupted.
            upcoming = {p: candidates[p][-1] for p in PARTS}
            vault._finish_rotation(upcoming, None)
        return vault

    def _upgrade(self, db: Database, keys: KeySet) -> KeySet:
        """Migrate a version-1 database: create the parts (any left by an interrupted
        attempt are removed first) and move identities into them in one transaction."""
        for path in part_files(self.db_path)[4:]:  # the parts, never the main file
            with contextlib.suppress(OSError):
                path.unlink()
        for part in ATTACHED:
            attach(db, part, part_path(self.db_path, part), [keys[part]], create=True)
            with translated_errors():
                part_path(self.db_path, part).chmod(0o600)
        migrate(db, self.db_path)
        with translated_errors():
            db.execute("VACUUM")  # no freed page of the old layout stays in the file
        return {part: keys[part] for part in ATTACHED}

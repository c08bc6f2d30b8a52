"""Storage layer: encrypted backups and restore.

A backup is one file (``Vagval-<db>-<date>_<time>.vvbak``): a ZIP, stored not
compressed, holding the database copied with SQLite's online backup API from its own
read transaction (a consistent snapshot while others keep working; never a raw copy
of a live file), the key-slot file of that moment (so the same passwords and the
recovery key open it) and a manifest with the table counts and SHA-256 sums. The
manifest carries an HMAC made with a key derived from the data key, so only someone
who can open the database could have written it. Every page stays encrypted with the
same data key; nothing in the file is plaintext apart from counts and sums.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app import __version__
from desktop_app.core.domain.backups import BackupCheck
from desktop_app.core.errors import BackupError, VagvalError
from desktop_app.storage.db import check_integrity, close_database, open_database
from desktop_app.storage.driver import DriverError
from desktop_app.storage.errors import translate, translated_errors
from desktop_app.storage.keyslots import KeySlotFile
from desktop_app.storage.lock import DatabaseLock

FORMAT = "vagval-backup"
VERSION = 1
SUFFIX = ".vvbak"
DB_ENTRY = "vagval.db"
KEYS_ENTRY = "vagval.db.keys"
MANIFEST_ENTRY = "manifest.json"
PAGES_PER_STEP = 256
_NAME = re.compile(r"^Vagval-([0-9a-f]{8})-(\d{4}-\d{2}-\d{2}_\d{6})\.vvbak$")

Progress = Callable[[int, int], None]  # (done, total) pages
Unlock = Callable[[KeySlotFile], bytes]  # the backup's slots -> the data key


def backup_name(db_id: str, when: datetime) -> str:
    return f"Vagval-{db_id[:8]}-{when:%Y-%m-%d_%H%M%S}{SUFFIX}"


def parse_backup_name(name: str) -> tuple[str, datetime] | None:
    """(short database id, time) of a backup file name; None for any other file."""
    match = _NAME.match(name)
    if not match:
        return None
    return match.group(1), datetime.strptime(match.group(2), "%Y-%m-%d_%H%M%S")


def list_backups(folder: Path, db_id: str) -> list[tuple[Path, datetime]]:
    """This database's backups in ``folder``, newest first (others' are left alone)."""
    found = []
    with translated_errors():
        if not folder.is_dir():
            return []
        for path in folder.iterdir():
            parsed = parse_backup_name(path.name)
            if parsed and parsed[0] == db_id[:8] and path.is_file():
                found.append((path, parsed[1]))
    return sorted(found, key=lambda item: item[1], reverse=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _mac_key(data_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"vagval backup manifest"
    ).derive(data_key)


def _manifest_mac(manifest: dict, data_key: bytes) -> str:
    body = {k: v for k, v in manifest.items() if k != "mac"}
    payload = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(_mac_key(data_key), payload, hashlib.sha256).hexdigest()


def table_counts(conn) -> dict[str, int]:
    """Rows per table: recorded in the manifest, compared again by every check."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        ).fetchall()
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }


def _setting(conn, key: str) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else ""


def _schema_version(conn) -> int:
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def write_backup(
    db_path: Path,
    data_key: bytes,
    keys_path: Path,
    db_id: str,
    folder: Path,
    now: datetime,
    progress: Progress | None = None,
) -> Path:
    """Write and verify a backup of the database in ``folder``; returns its path."""
    folder = Path(folder)
    final = folder / backup_name(db_id, now)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=folder, prefix=".vagval-backup-") as tmp:
            copy = Path(tmp) / DB_ENTRY
            counts, schema = _snapshot(db_path, data_key, copy, progress)
            report, found = _inspect_copy(copy, data_key)
            if not report.sound or found != counts:
                raise BackupError("the copy failed its check", reason="verify_failed")
            keys = keys_path.read_bytes()
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "created_at": now.isoformat(timespec="seconds"),
                "app_version": __version__,
                "schema_version": schema,
                "db_id": db_id,
                "counts": counts,
                "db_sha256": _sha256(copy),
                "db_bytes": copy.stat().st_size,
                "keys_sha256": hashlib.sha256(keys).hexdigest(),
            }
            manifest["mac"] = _manifest_mac(manifest, data_key)
            partial = Path(tmp) / (final.name + ".partial")
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
                archive.writestr(MANIFEST_ENTRY, json.dumps(manifest, indent=1))
                archive.write(copy, DB_ENTRY)
                archive.writestr(KEYS_ENTRY, keys)
            with partial.open("rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(partial, final)
    except (DriverError, OSError) as exc:
        with contextlib.suppress(OSError):
            final.unlink()
        raise translate(exc) from exc
    return final


def _snapshot(
    db_path: Path, data_key: bytes, copy: Path, progress: Progress | None
) -> tuple[dict[str, int], int]:
    """Copy the database page by page inside one read transaction of its own."""
    source = open_database(db_path, data_key)
    try:
        target = open_database(copy, data_key, create=True)
        try:
            source.execute("BEGIN")
            counts = table_counts(source.conn)
            schema = _schema_version(source.conn)

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            source.conn.backup(target.conn, pages=PAGES_PER_STEP, progress=step)
            source.execute("COMMIT")
        finally:
            close_database(target)
    finally:
        source.close()
    return counts, schema


def _inspect_copy(copy: Path, data_key: bytes):
    db = open_database(copy, data_key)
    try:
        return check_integrity(db), table_counts(db.conn)
    finally:
        close_database(db)


def read_manifest(path: Path) -> dict:
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(MANIFEST_ENTRY).decode("utf-8"))
    except FileNotFoundError as exc:
        raise BackupError(str(path), reason="missing") from exc
    except (zipfile.BadZipFile, KeyError, ValueError, UnicodeDecodeError) as exc:
        raise BackupError(str(exc), reason="not_a_backup") from exc
    except OSError as exc:
        raise translate(exc) from exc
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise BackupError("unknown backup format", reason="not_a_backup")
    return manifest


def check_backup(path: Path, unlock: Unlock, into: Path | None = None) -> BackupCheck:
    """Open a backup with ``unlock`` and check sums, manifest, integrity and counts.

    With ``into`` the extracted database and key file are left there (for a restore);
    otherwise they go to a temporary folder that is removed afterwards.
    """
    path = Path(path)
    manifest = read_manifest(path)
    check = BackupCheck(
        path,
        str(manifest.get("created_at", "")),
        str(manifest.get("db_id", "")),
        int(manifest.get("schema_version", 0)),
        counts=dict(manifest.get("counts", {})),
    )
    with contextlib.ExitStack() as stack:
        folder = into or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        try:
            db_file, keys_file = _extract(path, folder)
        except zipfile.BadZipFile:  # a stored entry fails its CRC: changed on the medium
            check.problems.append("db_checksum")
            return check
        if _sha256(db_file) != manifest.get("db_sha256"):
            check.problems.append("db_checksum")
        if _sha256(keys_file) != manifest.get("keys_sha256"):
            check.problems.append("keys_checksum")
        slots = KeySlotFile.load(keys_file)
        if slots.db_id != check.db_id:
            check.problems.append("keys_other_database")
        data_key = unlock(slots)  # WrongPasswordError etc. go to the caller
        if not hmac.compare_digest(_manifest_mac(manifest, data_key), manifest.get("mac", "")):
            check.problems.append("manifest_mac")
        try:
            db = open_database(db_file, data_key)
        except VagvalError:
            check.problems.append("does_not_open")
            return check
        try:
            report = check_integrity(db)
            if report.integrity != ["ok"]:
                check.problems.append("integrity")
            if report.cipher_integrity:
                check.problems.append("cipher_integrity")
            if table_counts(db.conn) != check.counts:
                check.problems.append("counts")
            check.unit_name = _setting(db.conn, "unit_name")
            if _setting(db.conn, "db_id") != check.db_id:
                check.problems.append("db_id")
        except DriverError:
            check.problems.append("does_not_open")
        finally:
            close_database(db)
    return check


def _extract(path: Path, folder: Path) -> tuple[Path, Path]:
    try:
        with zipfile.ZipFile(path) as archive:
            for entry in (DB_ENTRY, KEYS_ENTRY):
                with archive.open(entry) as src, (folder / entry).open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
    except KeyError as exc:
        raise BackupError(str(exc), reason="not_a_backup") from exc
    except OSError as exc:
        raise translate(exc) from exc
    return folder / DB_ENTRY, folder / KEYS_ENTRY


def database_files(db_path: Path) -> list[Path]:
    """The database and every file that belongs with it, those that exist."""
    names = [db_path.name + s for s in ("", "-wal", "-shm", "-journal", ".keys", ".keys.bak")]
    return [db_path.with_name(n) for n in names if db_path.with_name(n).exists()]


def restore_backup(path: Path, unlock: Unlock, db_path: Path, now: datetime) -> list[Path]:
    """Put a checked backup in place of ``db_path`` (closed); returns the files set aside.

    The backup is extracted and checked beside the target first; only a sound copy
    replaces the current files, which are renamed ``<name>.replaced-<time>``.
    """
    db_path = Path(db_path)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    with translated_errors():
        db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = DatabaseLock(db_path)
    lock.acquire(now)  # nobody may have the database open while it is replaced
    with (
        contextlib.ExitStack() as held,
        tempfile.TemporaryDirectory(dir=db_path.parent, prefix=".vagval-restore-") as tmp,
    ):
        held.callback(lock.release)
        check = check_backup(path, unlock, into=Path(tmp))
        if not check.sound:
            raise BackupError(", ".join(check.problems), reason="damaged")
        aside = []
        with translated_errors():
            for current in database_files(db_path):
                moved = current.with_name(f"{current.name}.replaced-{stamp}")
                os.replace(current, moved)
                aside.append(moved)
            os.replace(Path(tmp) / DB_ENTRY, db_path)
            os.replace(Path(tmp) / KEYS_ENTRY, db_path.with_name(db_path.name + ".keys"))
            db_path.chmod(0o600)
    return aside


class VaultBackupStore:
    """Backups of one open database (implements the core's ``BackupStore``)."""

    def __init__(self, db_path: Path, data_key: bytes, keys_path: Path, db_id: str) -> None:
        self._db_path = db_path
        self._data_key = data_key
        self._keys_path = keys_path
        self._db_id = db_id

    def write(self, folder: Path, now: datetime, progress: Progress | None) -> Path:
        return write_backup(
            self._db_path, self._data_key, self._keys_path, self._db_id, folder, now, progress
        )

    def list(self, folder: Path) -> list[tuple[Path, datetime]]:
        return list_backups(folder, self._db_id)

    def delete(self, path: Path) -> None:
        with translated_errors():
            path.unlink(missing_ok=True)

    def inspect(self, path: Path) -> BackupCheck:
        def known_key(slots: KeySlotFile) -> bytes:
            if slots.db_id != self._db_id:
                raise BackupError(str(path), reason="other_database")
            return self._data_key

        return check_backup(path, known_key)

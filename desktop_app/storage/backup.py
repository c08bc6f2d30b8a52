"""Storage layer: encrypted backups and restore.

A backup is one file (``Vagval-<db>-<date>_<time>.vvbak``): a ZIP, stored not
compressed, holding every part of the database (storage/parts.py) copied with SQLite's
online backup API from one read transaction over all of them (a consistent snapshot
while others keep working; never a raw copy of a live file), the key-slot file of that
moment (so the same passwords and the recovery key open it) and a manifest with the
table counts and SHA-256 sums. The manifest carries an HMAC made with a key derived
from the main key, so only someone who can open the database could have written it.
Every page stays encrypted with its part's key; nothing in the file is plaintext apart
from counts and sums. Version-1 backups (one file, one key) can still be restored.
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
from desktop_app.storage.keyslots import PARTS, KeySet, KeySlotFile, Unlocked
from desktop_app.storage.parts import attach, part_path

FORMAT = "vagval-backup"
VERSION = 2
READABLE_VERSIONS = (1, 2)
SUFFIX = ".vvbak"
DB_ENTRY = "vagval.db"
KEYS_ENTRY = "vagval.db.keys"
MANIFEST_ENTRY = "manifest.json"
_NAME = re.compile(r"^Vagval-([0-9a-f]{8})-(\d{4}-\d{2}-\d{2}_\d{6})\.vvbak$")

Progress = Callable[[int, int], None]  # (done, total) pages
Unlock = Callable[[KeySlotFile], Unlocked]  # the backup's slots -> what they open


def entry_of(part: str) -> str:
    return DB_ENTRY if part == "main" else f"{DB_ENTRY}.{part}"


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


def _mac_key(main_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"vagval backup manifest"
    ).derive(main_key)


def _payload(manifest: dict) -> bytes:
    body = {k: v for k, v in manifest.items() if k != "mac"}
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def manifest_mac(manifest: dict, main_key: bytes) -> str:
    return hmac.new(_mac_key(main_key), _payload(manifest), hashlib.sha256).hexdigest()


SEALED = "sealed"  # made by the backup account, without the keys (storage/sealed_backup.py)


def sealed_mac(manifest: dict, mac_key: bytes) -> str:
    return hmac.new(mac_key, _payload(manifest), hashlib.sha256).hexdigest()


def _sealed_mac_holds(conn, manifest: dict) -> bool:
    """A sealed backup's manifest against the backup account's key kept in its own copy."""
    try:
        key = bytes.fromhex(_setting(conn, "backup_account_key"))
    except ValueError:
        return False
    return bool(key) and hmac.compare_digest(sealed_mac(manifest, key), str(manifest.get("mac")))


def table_counts(conn, schemas: tuple[str, ...] = ("main",)) -> dict[str, int]:
    """Rows per table in every part (table names are unique across the parts):
    recorded in the manifest, compared again by every check."""
    counts = {}
    for schema in schemas:
        names = [
            r[0]
            for r in conn.execute(
                f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' ORDER BY name"
            ).fetchall()
        ]
        for name in names:
            counts[name] = int(
                conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
            )
    return dict(sorted(counts.items()))


def _setting(conn, key: str) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else ""


def _schema_version(conn) -> int:
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def _open_copy(folder: Path, keys: KeySet, parts: tuple[str, ...], *, create: bool):
    """The copy's main file with its other parts attached."""
    db = open_database(folder / DB_ENTRY, keys["main"], create=create)
    try:
        for part in parts:
            if part != "main":
                attach(db, part, folder / entry_of(part), [keys[part]], create=create)
    except BaseException:
        db.close()
        raise
    return db


def write_backup(
    db_path: Path,
    keys: KeySet,
    keys_path: Path,
    db_id: str,
    folder: Path,
    now: datetime,
    progress: Progress | None = None,
) -> Path:
    """Write and verify a backup of the database in ``folder``; returns its path."""
    folder = Path(folder)
    final = folder / backup_name(db_id, now)
    parts = tuple(p for p in PARTS if p in keys)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_leftovers(folder, ".vagval-backup-", now)
        with tempfile.TemporaryDirectory(dir=folder, prefix=".vagval-backup-") as tmp:
            copies = Path(tmp)
            counts, schema, head = _snapshot(db_path, keys, parts, copies, progress)
            report, found = _inspect_copy(copies, keys, parts)
            if not report.sound or found != counts:
                raise BackupError("the copy failed its check", reason="verify_failed")
            keys_bytes = keys_path.read_bytes()
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "created_at": now.isoformat(timespec="seconds"),
                "app_version": __version__,
                "schema_version": schema,
                "db_id": db_id,
                "counts": counts,
                "files": file_entries(copies, parts),
                "keys_sha256": hashlib.sha256(keys_bytes).hexdigest(),
                # The audit chain's head in this copy: an anchor kept outside the database.
                "audit": {"last_id": head[0], "head": head[1]} if head else {},
            }
            manifest["mac"] = manifest_mac(manifest, keys["main"])
            write_archive(final, copies, manifest, parts, keys_bytes)
    except (DriverError, OSError) as exc:
        with contextlib.suppress(OSError):
            final.unlink()
        raise translate(exc) from exc
    return final


def file_entries(copies: Path, parts: tuple[str, ...]) -> dict[str, dict]:
    """The manifest's ``files``: each part's SHA-256 and size."""
    return {
        entry_of(p): {
            "sha256": _sha256(copies / entry_of(p)),
            "bytes": (copies / entry_of(p)).stat().st_size,
        }
        for p in parts
    }


def write_archive(
    final: Path, copies: Path, manifest: dict, parts: tuple[str, ...], keys_bytes: bytes
) -> None:
    """The ZIP (stored, not compressed) beside its copies, fsynced, private (0600), and
    renamed to ``final`` in one step: a backup is there whole or not at all."""
    partial = copies / (final.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(MANIFEST_ENTRY, json.dumps(manifest, indent=1))
        for part in parts:
            archive.write(copies / entry_of(part), entry_of(part))
        archive.writestr(KEYS_ENTRY, keys_bytes)
    with partial.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.chmod(partial, 0o600)
    os.replace(partial, final)


LEFTOVER_AGE_SECONDS = 6 * 3600  # older than any backup still running beside this one


def remove_leftovers(folder: Path, prefix: str, now: datetime) -> list[Path]:
    """Temporary folders an interrupted backup or restore left behind (a full-size copy,
    encrypted): removed once they are older than any run that could still use them."""
    removed = []
    for leftover in folder.glob(prefix + "*"):
        try:
            age = now.timestamp() - leftover.stat().st_mtime
        except OSError:
            continue
        if leftover.is_dir() and age > LEFTOVER_AGE_SECONDS:
            shutil.rmtree(leftover, ignore_errors=True)
            removed.append(leftover)
    return removed


def _snapshot(
    db_path: Path, keys: KeySet, parts: tuple[str, ...], copies: Path, progress: Progress | None
) -> tuple[dict[str, int], int, tuple[int, str] | None]:
    """Copy every part inside one read transaction over all of them.

    With a rollback journal a writer waits while a reader holds a file, so each part is
    copied in one step (seconds even for a large register, well inside the writers'
    ten-second busy timeout) and progress is told after the read lock is let go.
    """
    source = open_database(db_path, keys["main"])
    sizes = []
    try:
        for part in parts:
            if part != "main":
                attach(source, part, part_path(db_path, part), [keys[part]], create=False)
        source.execute("BEGIN")
        try:
            counts = table_counts(source.conn, parts)  # reads every part: all now held
            schema = _schema_version(source.conn)
            head = source.execute(
                "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
            ).fetchone()
            for part in parts:
                target = open_database(copies / entry_of(part), keys[part], create=True)
                try:
                    source.conn.backup(target.conn, pages=-1, name=part)
                finally:
                    close_database(target)
                sizes.append((copies / entry_of(part)).stat().st_size)
        finally:
            source.execute("COMMIT")
    finally:
        source.close()
    if progress is not None:
        total = sum(sizes)
        done = 0
        for size in sizes:
            done += size
            progress(done, total)
    return counts, schema, (int(head[0]), str(head[1])) if head else None


def _inspect_copy(copies: Path, keys: KeySet, parts: tuple[str, ...]):
    db = _open_copy(copies, keys, parts, create=False)
    try:
        return check_integrity(db), table_counts(db.conn, parts)
    finally:
        close_database(db)


def read_manifest(path: Path) -> dict:
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.getinfo(MANIFEST_ENTRY).file_size > MAX_SMALL_ENTRY:
                raise ValueError("the manifest is too large")
            manifest = json.loads(archive.read(MANIFEST_ENTRY).decode("utf-8"))
    except FileNotFoundError as exc:
        raise BackupError(str(path), reason="missing") from exc
    except (zipfile.BadZipFile, KeyError, ValueError, UnicodeDecodeError) as exc:
        raise BackupError(str(exc), reason="not_a_backup") from exc
    except OSError as exc:
        raise translate(exc) from exc
    if manifest.get("format") != FORMAT or manifest.get("version") not in READABLE_VERSIONS:
        raise BackupError("unknown backup format", reason="not_a_backup")
    return manifest


def _files_of(manifest: dict) -> dict[str, dict]:
    """Entry -> {sha256, bytes}; version 1 had only the one database file."""
    if manifest.get("version") == 1:
        return {DB_ENTRY: {"sha256": manifest.get("db_sha256"), "bytes": manifest.get("db_bytes")}}
    files = manifest.get("files")
    if not isinstance(files, dict) or DB_ENTRY not in files:
        raise BackupError("the manifest lists no database", reason="not_a_backup")
    return files


def check_backup(path: Path, unlock: Unlock, into: Path | None = None) -> BackupCheck:
    """Open a backup with ``unlock`` and check sums, manifest, integrity and counts.

    With ``into`` the extracted database and key file are left there (for a restore);
    otherwise they go to a temporary folder that is removed afterwards.
    """
    path = Path(path)
    manifest = read_manifest(path)
    files = _files_of(manifest)
    parts = tuple(p for p in PARTS if entry_of(p) in files)
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
            _extract(path, folder, [*files, KEYS_ENTRY], files)
        except zipfile.BadZipFile:  # a stored entry fails its CRC: changed on the medium
            check.problems.append("db_checksum")
            return check
        for entry, info in files.items():
            if _sha256(folder / entry) != info.get("sha256"):
                check.problems.append("db_checksum")
                break
        if _sha256(folder / KEYS_ENTRY) != manifest.get("keys_sha256"):
            check.problems.append("keys_checksum")
        slots = KeySlotFile.load(folder / KEYS_ENTRY)
        if slots.db_id != check.db_id:
            check.problems.append("keys_other_database")
        opened = unlock(slots)  # WrongPasswordError etc. go to the caller
        if opened.legacy_key is not None and manifest.get("version") == 1:
            keys = {"main": opened.legacy_key}
        else:
            keys = opened.first()
        if any(p not in keys for p in parts):
            raise BackupError(str(path), reason="needs_all_keys")
        sealed = manifest.get("kind") == SEALED
        mac = manifest_mac(manifest, keys["main"])
        if not sealed and not hmac.compare_digest(mac, str(manifest.get("mac", ""))):
            check.problems.append("manifest_mac")
        try:
            db = _open_copy(folder, keys, parts, create=False)
        except VagvalError:
            check.problems.append("does_not_open")
            return check
        try:
            report = check_integrity(db)
            if report.integrity != ["ok"]:
                check.problems.append("integrity")
            if report.cipher_integrity:
                check.problems.append("cipher_integrity")
            found = table_counts(db.conn, parts)
            if sealed:  # made without the keys: no counts to compare, its own MAC key
                check.counts = found
                if not _sealed_mac_holds(db.conn, manifest):
                    check.problems.append("manifest_mac")
            elif found != check.counts:
                check.problems.append("counts")
            check.unit_name = _setting(db.conn, "unit_name")
            check.administrators = tuple(
                r[0]
                for r in db.execute(
                    "SELECT username FROM users WHERE role = 'administrator' ORDER BY username"
                )
            )
            if _setting(db.conn, "db_id") != check.db_id:
                check.problems.append("db_id")
        except DriverError:
            check.problems.append("does_not_open")
        finally:
            close_database(db)
        check.entries = (*files, KEYS_ENTRY)
    return check


MAX_SMALL_ENTRY = 1 << 20  # the manifest and the key file are a few kilobytes


def _check_sizes(archive: zipfile.ZipFile, folder: Path, files: dict[str, dict]) -> None:
    """Before anything is unpacked: every entry stored (not compressed), of the size the
    manifest gives, and room for all of them on the disk."""
    total = 0
    for entry in [*files, KEYS_ENTRY]:
        info = archive.getinfo(entry)
        expected = files.get(entry, {}).get("bytes") if entry in files else None
        if info.compress_type != zipfile.ZIP_STORED or info.file_size != info.compress_size:
            raise BackupError(entry, reason="not_a_backup")
        if expected is not None and info.file_size != expected:
            raise BackupError(entry, reason="not_a_backup")
        if entry == KEYS_ENTRY and info.file_size > MAX_SMALL_ENTRY:
            raise BackupError(entry, reason="not_a_backup")
        total += info.file_size
    free = shutil.disk_usage(folder).free
    if total > free:
        raise BackupError(f"needs {total} bytes, {free} free", reason="no_room")


def _extract(path: Path, folder: Path, entries: list[str], files: dict[str, dict]) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            _check_sizes(archive, folder, files)
            for entry in entries:
                with archive.open(entry) as src, (folder / entry).open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
    except KeyError as exc:
        raise BackupError(str(exc), reason="not_a_backup") from exc
    except OSError as exc:
        raise translate(exc) from exc

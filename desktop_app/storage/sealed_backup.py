"""Storage layer: a sealed backup, made by the backup account without any key.

Every part of the database is encrypted on disk, so a backup that never decrypts can
copy the files as they are — but only when no one is writing them. The backup account
therefore takes the program's single-writer lock for itself (refused, with who and
where, while Vägval is open) and refuses a file left mid-write by a crash (a hot
journal: the next login rolls it back; then back up again). The ZIP has the same form
as the program's own backups, with the SHA-256 of every file, no table counts (they
cannot be read without the keys) and a manifest MAC under the backup account's key
(storage/backup_account.py). A restore opens it with a password or the recovery key as
usual and checks integrity, sums and the MAC.

What it did is noted in the audit outbox (storage/audit_outbox.py), which the next
login writes to the encrypted audit log.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from desktop_app import __version__
from desktop_app.core.domain.backup_rotation import RotationPolicy, backups_to_keep
from desktop_app.core.domain.backups import BackupResult
from desktop_app.core.errors import BackupError
from desktop_app.storage.audit_outbox import AuditOutbox
from desktop_app.storage.backup import (
    FORMAT,
    SEALED,
    VERSION,
    backup_name,
    entry_of,
    file_entries,
    list_backups,
    remove_leftovers,
    sealed_mac,
    write_archive,
)
from desktop_app.storage.backup_account import unlock_backup_account
from desktop_app.storage.errors import translate
from desktop_app.storage.keyslots import PARTS, KeySlotFile
from desktop_app.storage.lock import DatabaseLock
from desktop_app.storage.parts import part_path


def _hot_journals(db_path: Path) -> list[Path]:
    """Journals a writer left behind: with ``journal_mode = DELETE`` none exists between
    transactions, so any journal (or multi-file super-journal) means a cut-off write."""
    found = []
    for part in PARTS:
        journal = Path(str(part_path(db_path, part)) + "-journal")
        if journal.exists() and journal.stat().st_size > 0:
            found.append(journal)
    found.extend(p for p in db_path.parent.glob(db_path.name + "-mj*") if p.is_file())
    return found


def _copy(source: Path, target: Path) -> None:
    with source.open("rb") as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())


def write_sealed_backup(
    db_path: Path, password: str, folder: Path, now: datetime, policy: RotationPolicy | None = None
) -> BackupResult:
    """Copy the encrypted files into a backup in ``folder`` and rotate the folder."""
    db_path, folder = Path(db_path), Path(folder)
    keys_path = db_path.with_name(db_path.name + ".keys")
    slots = KeySlotFile.load(keys_path)
    mac_key = unlock_backup_account(slots, password)
    lock = DatabaseLock(db_path)
    lock.acquire(now, alone=True)  # DatabaseInUseError while the program has the database open
    final = folder / backup_name(slots.db_id, now)
    try:
        if _hot_journals(db_path):
            raise BackupError(str(db_path), reason="interrupted_write")
        parts = tuple(p for p in PARTS if part_path(db_path, p).exists())
        folder.mkdir(parents=True, exist_ok=True)
        remove_leftovers(folder, ".vagval-backup-", now)
        with tempfile.TemporaryDirectory(dir=folder, prefix=".vagval-backup-") as tmp:
            copies = Path(tmp)
            for part in parts:
                _copy(part_path(db_path, part), copies / entry_of(part))
            keys_bytes = keys_path.read_bytes()
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "kind": SEALED,
                "created_at": now.isoformat(timespec="seconds"),
                "app_version": __version__,
                "db_id": slots.db_id,
                "files": file_entries(copies, parts),
                "keys_sha256": hashlib.sha256(keys_bytes).hexdigest(),
                "audit": {},
            }
            manifest["mac"] = sealed_mac(manifest, mac_key)
            write_archive(final, copies, manifest, parts, keys_bytes)
        removed = _rotate(folder, slots.db_id, policy or RotationPolicy())
    except OSError as exc:
        with contextlib.suppress(OSError):
            final.unlink()
        raise translate(exc) from exc
    finally:
        lock.release()
    AuditOutbox(db_path).append(
        {"action": "sealed_backup", "file": final.name, "at": manifest["created_at"]}
        | ({"rotated": len(removed)} if removed else {})
    )
    return BackupResult(final, tuple(removed))


def _rotate(folder: Path, db_id: str, policy: RotationPolicy) -> list[Path]:
    found = list_backups(folder, db_id)
    keep = backups_to_keep([stamp for _, stamp in found], policy)
    removed = [path for path, stamp in found if stamp not in keep]
    for path in removed:
        with contextlib.suppress(OSError):
            path.unlink()
    return removed

"""Storage layer: the backups of one open database (implements the core's
``BackupStore``): write, list, delete, inspect, and read a backup's audit anchor."""

from __future__ import annotations

import hmac
from datetime import datetime
from pathlib import Path

from desktop_app.core.domain.audit import ChainAnchor
from desktop_app.core.domain.backups import BackupCheck
from desktop_app.core.errors import BackupError, VagvalError
from desktop_app.storage.backup import (
    Progress,
    check_backup,
    list_backups,
    manifest_mac,
    read_manifest,
    write_backup,
)
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.keyslots import KeySet, KeySlotFile, Unlocked


class VaultBackupStore:
    """Backups of one open database (implements the core's ``BackupStore``)."""

    def __init__(self, db_path: Path, keys: KeySet, keys_path: Path, db_id: str) -> None:
        self._db_path = db_path
        self._keys = keys
        self._keys_path = keys_path
        self._db_id = db_id

    def write(self, folder: Path, now: datetime, progress: Progress | None) -> Path:
        return write_backup(
            self._db_path, self._keys, self._keys_path, self._db_id, folder, now, progress
        )

    def list(self, folder: Path) -> list[tuple[Path, datetime]]:
        return list_backups(folder, self._db_id)

    def delete(self, path: Path) -> None:
        with translated_errors():
            path.unlink(missing_ok=True)

    def inspect(self, path: Path) -> BackupCheck:
        def known_key(slots: KeySlotFile) -> Unlocked:
            if slots.db_id != self._db_id:
                raise BackupError(str(path), reason="other_database")
            return Unlocked({p: [k] for p, k in self._keys.items()})

        return check_backup(path, known_key)

    def anchor_of(self, path: Path) -> ChainAnchor | None:
        """The audit anchor a backup's manifest keeps, if its MAC proves it was written
        under this database's present main key (None for older formats or keys)."""
        try:
            manifest = read_manifest(path)
        except VagvalError:
            return None
        audit = manifest.get("audit")
        mac = manifest_mac(manifest, self._keys["main"])
        if not audit or not hmac.compare_digest(mac, str(manifest.get("mac", ""))):
            return None
        try:
            return ChainAnchor(int(audit["last_id"]), str(audit["head"]), f"backup:{path.name}")
        except (KeyError, TypeError, ValueError):
            return None

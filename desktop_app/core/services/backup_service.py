"""Core layer: backups of the open database, their rotation and the reminder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.core.domain.audit import AuditAction, ChainAnchor
from desktop_app.core.domain.backup_rotation import RotationPolicy, backups_to_keep
from desktop_app.core.domain.backups import BackupCheck, BackupResult
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.ports import (
    BackupAccountStore,
    BackupStore,
    Clock,
    SettingsRepo,
    UnitOfWork,
)

BACKUP_FOLDER = "backup_folder"
UNIT_CREATED_AT = "unit_created_at"
BACKUP_REMINDER_DAYS = "backup_reminder_days"
LAST_BACKUP_AT = "last_backup_at"
BACKUP_ACCOUNT_KEY = "backup_account_key"  # read back by storage/backup.py
DEFAULT_REMINDER_DAYS = 7
MIN_REMINDER_DAYS, MAX_REMINDER_DAYS = 1, 90

Progress = Callable[[int, int], None]


class BackupService:
    def __init__(
        self,
        store: BackupStore,
        settings: SettingsRepo,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
        accounts: BackupAccountStore,
        policy: RotationPolicy | None = None,
    ) -> None:
        self._store = store
        self._settings = settings
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._clock = clock
        self.policy = policy or RotationPolicy()
        self._accounts = accounts

    # -- settings ---------------------------------------------------------------------
    def folder(self) -> str:
        return self._settings.get(BACKUP_FOLDER) or ""

    def set_folder(self, folder: str) -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        folder = folder.strip()
        if not folder:
            raise ValidationError("backup_folder", "required")
        with self._uow.transaction():
            self._settings.set(BACKUP_FOLDER, folder)
            self._audit.record(AuditAction.UPDATE, "unit", BACKUP_FOLDER)

    def reminder_days(self) -> int:
        value = self._settings.get(BACKUP_REMINDER_DAYS)
        return int(value) if value else DEFAULT_REMINDER_DAYS

    def set_reminder_days(self, days: int) -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        if not MIN_REMINDER_DAYS <= days <= MAX_REMINDER_DAYS:
            raise ValidationError(
                "backup_reminder_days",
                "out_of_range",
                minimum=MIN_REMINDER_DAYS,
                maximum=MAX_REMINDER_DAYS,
            )
        with self._uow.transaction():
            self._settings.set(BACKUP_REMINDER_DAYS, str(days))
            self._audit.record(AuditAction.UPDATE, "unit", BACKUP_REMINDER_DAYS, str(days))

    def last_backup(self) -> datetime | None:
        value = self._settings.get(LAST_BACKUP_AT)
        return datetime.fromisoformat(value) if value else None

    def reminder_due(self) -> bool:
        """True when the last backup is older than the unit's setting; with none yet,
        when the database is (a brand-new one is not "due" on its first day)."""
        last = self.last_backup()
        if last is None:
            created = self._settings.get(UNIT_CREATED_AT)
            last = datetime.fromisoformat(created) if created else None
        return last is None or self._clock() - last > timedelta(days=self.reminder_days())

    # -- backups ----------------------------------------------------------------------
    def _target(self, folder: Path | str | None) -> Path:
        chosen = str(folder) if folder else self.folder()
        if not chosen:
            raise ValidationError("backup_folder", "required")
        return Path(chosen)

    def backup_now(
        self, folder: Path | str | None = None, progress: Progress | None = None
    ) -> BackupResult:
        """Write and verify a backup, remember it, then rotate the folder."""
        require(self._actor(), Permission.MANAGE_UNIT)
        target = self._target(folder)
        now = self._clock()
        path = self._store.write(target, now, progress)
        with self._uow.transaction():
            self._settings.set(LAST_BACKUP_AT, now.isoformat(timespec="seconds"))
            if folder:
                self._settings.set(BACKUP_FOLDER, str(target))
            self._audit.record(AuditAction.BACKUP, "backup", path.name)
        return BackupResult(path, tuple(self.rotate(target)))

    def backups(self, folder: Path | str | None = None) -> list[tuple[Path, datetime]]:
        require(self._actor(), Permission.MANAGE_UNIT)
        return self._store.list(self._target(folder))

    def rotate(self, folder: Path | str | None = None) -> list[Path]:
        """Delete this database's backups the rotation does not keep; returns them."""
        require(self._actor(), Permission.MANAGE_UNIT)
        found = self._store.list(self._target(folder))
        keep = backups_to_keep([stamp for _, stamp in found], self.policy)
        removed = [path for path, stamp in found if stamp not in keep]
        for path in removed:
            self._store.delete(path)
        if removed:
            with self._uow.transaction():
                self._audit.record(AuditAction.DELETE, "backup", "", f"rotated={len(removed)}")
        return removed

    def anchors(self, since: datetime | None = None) -> list[ChainAnchor]:
        """The audit anchors kept in this database's backups in the backup folder (those
        made after ``since``, the last restore: older ones belong to the log before)."""
        if not self.folder():
            return []
        found = []
        for path, stamp in self._store.list(Path(self.folder())):
            if since is None or stamp > since:
                anchor = self._store.anchor_of(path)
                if anchor is not None:
                    found.append(anchor)
        return found

    def inspect(self, path: Path | str) -> BackupCheck:
        """Open a backup of this database with its key and check it (the restore preview)."""
        require(self._actor(), Permission.MANAGE_UNIT)
        check = self._store.inspect(Path(path))
        with self._uow.transaction():
            self._audit.record(AuditAction.READ, "backup", Path(path).name)
        return check

    # -- the backup account: scheduled backups that cannot read records ---------------
    def has_account(self) -> bool:
        return self._accounts.has_backup_account()

    def new_account(self) -> str:
        """Create (or replace) the backup account; returns its password, shown once."""
        require(self._actor(), Permission.MANAGE_UNIT)
        with self._uow.transaction():
            replaced = self._accounts.has_backup_account()
            password, mac_key = self._accounts.new_backup_account()
            self._settings.set(BACKUP_ACCOUNT_KEY, mac_key)
            action = AuditAction.UPDATE if replaced else AuditAction.CREATE
            self._audit.record(action, "backup_account")
        return password

    def remove_account(self) -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        if not self._accounts.has_backup_account():
            return
        with self._uow.transaction():
            self._accounts.remove_backup_account()
            self._settings.set(BACKUP_ACCOUNT_KEY, "")
            self._audit.record(AuditAction.DELETE, "backup_account")

    def record_sealed(self, entries: list[dict]) -> int:
        """Write what the backup account did while no one was logged in (its outbox) to
        the audit log, and count its newest backup as the last one. Any user's login
        does this: it only records. Returns how many entries were written."""
        written = 0
        with self._uow.transaction():
            last = self.last_backup()
            for entry in entries:
                try:
                    when = datetime.fromisoformat(str(entry["at"]))
                    name = str(entry["file"])
                except (KeyError, ValueError):
                    continue
                rotated = int(entry.get("rotated", 0) or 0)
                detail = "account=backup" + (f" rotated={rotated}" if rotated else "")
                self._audit.record(AuditAction.BACKUP, "backup", name, detail)
                if last is None or when > last:
                    last = when
                    self._settings.set(LAST_BACKUP_AT, when.isoformat(timespec="seconds"))
                written += 1
        return written

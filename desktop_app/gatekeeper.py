"""Logging in to one database file (no Qt): passwords with a growing delay after
failures, the recovery key, and a database's backups.

The storage layer and the services are imported on first use, so that the login window
can be shown before them (benchmarks/startup.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.roles import Role
from desktop_app.core.errors import (
    BackupError,
    LoginThrottledError,
    UserDisabledError,
    ValidationError,
    WrongPasswordError,
)
from desktop_app.core.services.login_throttle import LoginThrottle
from desktop_app.core.services.passwords import validate_new_password

if TYPE_CHECKING:
    from desktop_app.core.domain.backups import BackupCheck, BackupResult
    from desktop_app.session import Session
    from desktop_app.storage.backup import Unlock
    from desktop_app.storage.keyslots import KdfParams, KeySlotFile, Unlocked
    from desktop_app.storage.vault import OpenVault, Vault

Clock = Callable[[], datetime]


class Gatekeeper:
    """Logs users in to one database file, with a growing delay after failures."""

    def __init__(
        self,
        db_path: Path | str,
        *,
        clock: Clock = datetime.now,
        throttle: LoginThrottle | None = None,
        kdf: KdfParams | None = None,
    ) -> None:
        self._db_path = Path(db_path)
        self._kdf = kdf
        self._vault: Vault | None = None
        self.clock = clock
        if throttle is None:
            from desktop_app.storage.throttle_file import ThrottleFile

            throttle = LoginThrottle(store=ThrottleFile(self._db_path))
        self.throttle = throttle

    @property
    def db_path(self) -> Path:
        return self._db_path

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            from desktop_app.storage.vault import Vault

            self.exists()  # completes an interrupted restore
            self._vault = Vault(self._db_path, self._kdf)
        return self._vault

    def exists(self) -> bool:
        """A database (or its key file) is there; no storage import needed unless a
        restore was interrupted, which is completed first (never the new-unit wizard
        for a unit whose files are half moved)."""
        if self._db_path.with_name(self._db_path.name + ".restoring").exists():
            from desktop_app.storage.restore import finish_interrupted_restore

            finish_interrupted_restore(self._db_path)
        keys = self._db_path.with_name(self._db_path.name + ".keys")
        return self._db_path.exists() or keys.exists()

    def login(self, username: str, password: str, *, shared: bool = False) -> Session:
        """Log in; ``shared`` (scheduled backups) tolerates the program open on this PC."""
        wait = self.throttle.seconds_left(username)
        if wait > 0:
            raise LoginThrottledError(seconds=wait)
        try:
            vault = self.vault.unlock(username, password, shared=shared)
        except WrongPasswordError:
            delay = self.throttle.record_failure(username)
            raise WrongPasswordError(seconds=delay) from None
        return self._start(vault, username, password)

    def _start(self, vault: OpenVault, username: str, password: str) -> Session:
        from desktop_app.core.domain.roles import parts_of
        from desktop_app.storage.repos.users_repo import SqlUserRepo

        try:
            user = SqlUserRepo(vault.db).by_username(username)
            if user is None:
                raise WrongPasswordError()
            if not user.active:
                raise UserDisabledError()
            if vault.key_store.is_legacy(username):
                # A version-1 slot opened the new keys through the upgrade entry: the user
                # gets a slot of their own with only their role's keys.
                vault.key_store.set_password(username, password, user.role)
            vault.restrict(parts_of(user.role))
        except BaseException:
            vault.close()
            raise
        from desktop_app.session import Session

        session = Session(vault, user, self.clock)
        session.check_kept_anchor()
        failures = self.throttle.record_success(username)
        if failures:
            session.audit.record(AuditAction.LOGIN_AFTER_FAILURES, detail=f"failures={failures}")
        self._log_failed_logins(session)
        self._log_outbox(session)
        session.audit.record(AuditAction.LOGIN)
        return session

    def _log_outbox(self, session: Session) -> None:
        """What the backup account did since the last login, into the audit log."""
        from desktop_app.storage.audit_outbox import AuditOutbox

        outbox = AuditOutbox(self._db_path)
        entries = outbox.entries()
        if entries:
            session.backups.record_sealed(entries)
            outbox.clear()

    def sealed_backup(self, password: str, folder: Path | str) -> BackupResult:
        """A scheduled backup by the backup account: the encrypted files copied while
        the program is closed, with a password that opens no record."""
        from desktop_app.storage.sealed_backup import write_sealed_backup

        self.exists()  # completes an interrupted restore first
        return write_sealed_backup(self._db_path, password, Path(folder), self.clock())

    def _log_failed_logins(self, session: Session) -> None:
        """Failed logins (here or on the command line) since the last login go into the
        audit log now: the first moment the encrypted log can be written."""
        from desktop_app.core.services.login_throttle import username_key
        from desktop_app.storage.repos.users_repo import SqlUserRepo

        pending = self.throttle.unlogged()
        if not pending:
            return
        names = {username_key(u.username): u.username for u in SqlUserRepo(session.vault.db).list()}
        for failed in pending:
            when = datetime.fromtimestamp(failed.last).isoformat(timespec="seconds")
            who = names.get(failed.key, "?")
            session.audit.record(
                AuditAction.LOGIN_FAILED,
                "user",
                "",
                f"user={who} failures={failed.count} last={when}",
            )
        self.throttle.mark_logged(f.key for f in pending)

    # -- backups of this database file -------------------------------------------------
    def _password_unlock(self, username: str, password: str) -> Unlock:
        def unlock(slots: KeySlotFile) -> Unlocked:
            wait = self.throttle.seconds_left(username)
            if wait > 0:
                raise LoginThrottledError(seconds=wait)
            try:
                key = slots.unlock_password(username, password)
            except WrongPasswordError:
                raise WrongPasswordError(seconds=self.throttle.record_failure(username)) from None
            self.throttle.record_success(username)
            return key

        return unlock

    def current_unit(self) -> tuple[str, str] | None:
        """(database id, how to name it) of the database here, from its key file; None
        when there is none. Its unit's name is inside the encrypted file, which the
        backup's password need not open: it is named by its id and folder."""
        from desktop_app.core.errors import VagvalError

        try:
            slots = self.vault.load_slots()
        except VagvalError:
            return None
        return slots.db_id, f"id {slots.db_id[:8]} i {self._db_path.parent}"

    def _mark_other_unit(self, check: BackupCheck) -> BackupCheck:
        here = self.current_unit()
        if here is not None and check.db_id and here[0] != check.db_id:
            check.other_unit = here[1]
        return check

    def _unit_guard(self, other_unit_ok: bool, admin: str | None = None):
        def accept(check: BackupCheck) -> None:
            self._mark_other_unit(check)
            if check.other_unit and not other_unit_ok:
                raise BackupError(
                    str(check.path),
                    reason="other_unit",
                    backup_unit=check.unit_name or check.db_id[:8],
                    current_unit=check.other_unit,
                )
            if admin is not None and admin not in check.administrators:
                raise ValidationError("username", "not_an_administrator")

        return accept

    def inspect_backup(self, path: Path | str, username: str, password: str) -> BackupCheck:
        """Open a backup with the password that was valid when it was made, and check it;
        ``other_unit`` names this database's unit when the backup is another unit's."""
        from desktop_app.storage.backup import check_backup

        check = check_backup(Path(path), self._password_unlock(username, password))
        return self._mark_other_unit(check)

    def inspect_backup_with_recovery_key(self, path: Path | str, recovery_key: str) -> BackupCheck:
        from desktop_app.storage.backup import check_backup
        from desktop_app.storage.recovery_key import parse_recovery_key

        secret = parse_recovery_key(recovery_key)
        check = check_backup(Path(path), lambda slots: slots.unlock_recovery(secret))
        return self._mark_other_unit(check)

    def restore(
        self, path: Path | str, username: str, password: str, *, other_unit_ok: bool = False
    ) -> Session:
        """Replace this database with a checked backup (the current files are kept aside)
        and log in to it; the restore is the first entry of the restored audit log.
        Another unit's backup is refused unless ``other_unit_ok`` (the user confirmed)."""
        from desktop_app.storage.restore import restore_backup

        path = Path(path)
        unlock = self._password_unlock(username, password)
        guard = self._unit_guard(other_unit_ok)
        aside = restore_backup(path, unlock, self.db_path, self.clock(), guard)
        session = self.login(username, password)
        session.audit.record(AuditAction.RESTORE, "backup", path.name, f"aside={len(aside)}")
        return session

    def restore_with_recovery_key(
        self,
        path: Path | str,
        recovery_key: str,
        admin_username: str,
        new_password: str,
        *,
        other_unit_ok: bool = False,
    ) -> Session:
        """Every password forgotten and the database lost: the recovery key valid when
        the backup was made opens it; an administrator of the backup gets a new password."""
        from desktop_app.storage.recovery_key import parse_recovery_key
        from desktop_app.storage.restore import restore_backup

        validate_new_password(new_password, admin_username, field="new_password")
        secret = parse_recovery_key(recovery_key)
        path = Path(path)
        guard = self._unit_guard(other_unit_ok, admin_username)
        aside = restore_backup(
            path, lambda slots: slots.unlock_recovery(secret), self.db_path, self.clock(), guard
        )
        self._vault = None  # the restored key file
        session = self.login_with_recovery_key(recovery_key, admin_username, new_password)
        session.audit.record(
            AuditAction.RESTORE, "backup", path.name, f"aside={len(aside)} recovery_key"
        )
        return session

    def login_with_recovery_key(
        self, recovery_key: str, admin_username: str, new_password: str
    ) -> Session:
        """Every password forgotten: the recovery key sets a new one for an administrator."""
        from desktop_app.session import Session
        from desktop_app.storage.repos.users_repo import SqlUserRepo

        validate_new_password(new_password, admin_username, field="new_password")
        vault = self.vault.unlock_with_recovery_key(recovery_key)
        try:
            user = SqlUserRepo(vault.db).by_username(admin_username)
            if user is None or user.role != Role.ADMINISTRATOR:
                raise ValidationError("username", "not_an_administrator")
            with vault.uow.transaction():
                repo = SqlUserRepo(vault.db)
                repo.set_active(user.id, True)
                repo.mark_password_changed(user.id, must_change=False, now=self.clock())
            vault.key_store.set_password(user.username, new_password, user.role)
        except BaseException:
            vault.close()
            raise
        session = Session(vault, SqlUserRepo(vault.db).get(user.id) or user, self.clock)
        session.audit.record(AuditAction.RECOVERY_KEY_USED, "user", user.id)
        return session

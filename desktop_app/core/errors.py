"""Core layer: the program's own exceptions; every layer raises these, never a driver's.

Each error carries a machine-readable ``code`` the UI and CLI turn into a sentence;
the core never returns translated text.
"""

from __future__ import annotations

import errno


class VagvalError(Exception):
    """Base of every error the program raises on purpose."""

    code = "error"

    def __init__(self, detail: str = "", /, **params: object) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params = params


class WrongPasswordError(VagvalError):
    """Unknown user or wrong password (deliberately not told apart)."""

    code = "wrong_password"


class WrongRecoveryKeyError(VagvalError):
    code = "wrong_recovery_key"


class LoginThrottledError(VagvalError):
    """Too many failed attempts: wait ``params['seconds']`` before the next one."""

    code = "login_throttled"


class UserDisabledError(VagvalError):
    code = "user_disabled"


class KeyFileError(VagvalError):
    """The key-slot file is missing, unreadable or damaged."""

    code = "key_file_damaged"


class KeyFileMissingError(KeyFileError):
    code = "key_file_missing"


class DatabaseMissingError(VagvalError):
    code = "database_missing"


class DatabaseExistsError(VagvalError):
    code = "database_exists"


class DatabaseDamagedError(VagvalError):
    """The key is right but the file does not decrypt or fails its checks."""

    code = "database_damaged"


class DatabaseLockedError(VagvalError):
    code = "database_locked"


class StorageError(VagvalError):
    """Any other failure of the storage layer (disk full, read-only folder ...)."""

    code = "storage_error"


class BackupError(VagvalError):
    """A backup could not be written, read or restored; ``params['reason']`` says why."""

    code = "backup_error"


class DatabaseInUseError(VagvalError):
    """Another copy of the program has the database open (``params``: who, host, since)."""

    code = "database_in_use"


class LockLostError(VagvalError):
    """Another copy took the database over while this one held it (a computer that slept
    longer than the lock's patience); nothing more may be saved (``params``: who, host,
    since)."""

    code = "lock_lost"


class DuplicateClientError(VagvalError):
    """The personnummer (in any of its formats) is already on a client (``params``:
    code, client_id): the user opens that one instead of creating a second."""

    code = "duplicate_client"


class DuplicateParticipantError(VagvalError):
    """A participant with the same name and phone (or birth year) exists (``params``:
    code, participant_id): the user is asked to use that one."""

    code = "duplicate_participant"


class PermissionDeniedError(VagvalError):
    code = "permission_denied"


class NotFoundError(VagvalError):
    code = "not_found"


class ValidationError(VagvalError):
    """Bad input. ``field`` names the input, ``code`` says what is wrong with it."""

    def __init__(self, field: str, code: str, /, **params: object) -> None:
        super().__init__(f"{field}: {code}", **params)
        self.field = field
        self.code = code


def from_os_error(exc: OSError) -> StorageError:
    """A failed file operation as the program's error (disk full, read-only ...)."""
    if exc.errno == errno.ENOSPC:
        return StorageError(str(exc), reason="disk_full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(str(exc), reason="read_only")
    return StorageError(str(exc), reason="os_error")


class CancelledError(VagvalError):
    """The user stopped a long operation; nothing of it was saved."""

    code = "cancelled"


class UnexpectedError(VagvalError):
    """A bug, not bad input: ``detail`` is where its traceback was written."""

    code = "unexpected"

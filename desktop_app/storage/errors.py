"""Storage layer: translate SQLCipher driver errors into the program's own errors."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from desktop_app.core.errors import (
    DatabaseDamagedError,
    DatabaseLockedError,
    StorageError,
    VagvalError,
    from_os_error,
)
from desktop_app.storage.driver import DriverError

# SQLite's primary result codes (https://sqlite.org/rescode.html); SQLCipher reports a
# page whose HMAC fails as NOTADB or CORRUPT.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_CORRUPT = 5, 6, 8, 11
SQLITE_FULL, SQLITE_CONSTRAINT, SQLITE_NOTADB = 13, 19, 26
APPEND_ONLY = "append-only"  # the text our own triggers raise (migrations.py)


def translate(exc: BaseException) -> VagvalError:
    """Map a driver or OS error to the program's error by its SQLite result code (the
    driver's class and code, not its wording); keep our own errors as they are."""
    if isinstance(exc, VagvalError):
        return exc
    if isinstance(exc, OSError):
        return from_os_error(exc)
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseLockedError(str(exc))
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseDamagedError(str(exc))
    if primary == SQLITE_FULL:
        return StorageError(str(exc), reason="disk_full")
    if primary == SQLITE_READONLY:
        return StorageError(str(exc), reason="read_only")
    if primary == SQLITE_CONSTRAINT and APPEND_ONLY in str(exc):
        return StorageError(str(exc), reason="append_only")
    return StorageError(str(exc), reason="driver")


@contextlib.contextmanager
def translated_errors() -> Iterator[None]:
    """Raise the program's own error in place of any driver or OS error."""
    try:
        yield
    except (DriverError, OSError) as exc:
        raise translate(exc) from exc

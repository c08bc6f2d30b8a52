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


def translate(exc: BaseException) -> VagvalError:
    """Map a driver or OS error to the program's error; keep our own errors as they are."""
    if isinstance(exc, VagvalError):
        return exc
    message = str(exc).lower()
    if isinstance(exc, OSError):
        return from_os_error(exc)
    if "database is locked" in message or "database is busy" in message:
        return DatabaseLockedError(str(exc))
    if "not a database" in message or "malformed" in message or "hmac" in message:
        return DatabaseDamagedError(str(exc))
    if "disk is full" in message or "database or disk is full" in message:
        return StorageError(str(exc), reason="disk_full")
    if "readonly" in message or "read-only" in message:
        return StorageError(str(exc), reason="read_only")
    if "append-only" in message:
        return StorageError(str(exc), reason="append_only")
    return StorageError(str(exc), reason="driver")


@contextlib.contextmanager
def translated_errors() -> Iterator[None]:
    """Raise the program's own error in place of any driver or OS error."""
    try:
        yield
    except (DriverError, OSError) as exc:
        raise translate(exc) from exc

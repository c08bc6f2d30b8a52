"""Storage layer: one writer per database file.

A lock file beside the database (``vagval.db.lock``) names the computer, the
operating-system account, the process and when it was opened; a background thread
refreshes its heartbeat every minute. A second copy of the program (here or, for a
database on a network share, on another PC) is refused with those names. A lock is
stale, and taken over, when its process is gone (same computer) or its heartbeat is
older than ``STALE_AFTER`` (any computer), so a crash never locks a unit out.
Only the OS account and computer name are written: nothing from the register.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import threading
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.core.errors import DatabaseInUseError, LockLostError
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.location import is_network_path

HEARTBEAT_SECONDS = 60.0
STALE_AFTER = timedelta(minutes=10)


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _account() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment (a service account)
        return "?"


@dataclass(frozen=True)
class LockOwner:
    token: str
    account: str
    host: str
    pid: int
    since: str
    heartbeat: str

    @classmethod
    def me(cls, now: datetime) -> LockOwner:
        stamp = now.isoformat(timespec="seconds")
        return cls(uuid.uuid4().hex, _account(), socket.gethostname(), os.getpid(), stamp, stamp)

    def here(self) -> bool:
        return self.host == socket.gethostname()

    def stale(self, now: datetime) -> bool:
        try:
            beat = datetime.fromisoformat(self.heartbeat)
        except ValueError:
            return True
        if now - beat > STALE_AFTER:
            return True
        return self.here() and not _pid_alive(self.pid)


def read_owner(path: Path) -> LockOwner | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(**{k: data[k] for k in LockOwner.__dataclass_fields__})
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return LockOwner("", "?", "?", 0, "", "")  # unreadable: treated as stale


def _token(owner: LockOwner | None) -> str:
    return owner.token if owner else ""


# Locks this process holds, by lock path: a process may open its own database twice
# (two users' sessions in tests, a backup beside the program); the file goes with the last.
_HELD: dict[Path, tuple[DatabaseLock, int]] = {}
_HELD_GUARD = threading.Lock()


class DatabaseLock:
    """Hold the lock of one database file while it is open."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(Path(db_path))
        self.owner: LockOwner | None = None
        self.took_over: LockOwner | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._shared_with: DatabaseLock | None = None
        self.lost = threading.Event()  # another copy holds the lock now

    def acquire(
        self, now: datetime | None = None, *, shared: bool = False, alone: bool = False
    ) -> None:
        """Take the lock. ``shared`` (a scheduled backup) may also read while a copy of
        the program on this same computer holds it: SQLite's own locks are reliable
        locally, not across a network share. ``alone`` (a sealed backup, which copies
        the files without SQLite) is refused even by this process's own sessions."""
        now = now or datetime.now()
        key = self.path.resolve()
        with _HELD_GUARD:
            held = _HELD.get(key)
            if held is not None and alone:
                owner = held[0].owner or LockOwner.me(now)
                raise DatabaseInUseError(
                    str(self.path),
                    who=owner.account,
                    host=owner.host,
                    since=owner.since[:16].replace("T", " "),
                )
            if held is not None:
                _HELD[key] = (held[0], held[1] + 1)
                self._shared_with = held[0]
                return
            self._acquire_file(now, shared)
            if self.owner is not None:
                _HELD[key] = (self, 1)

    def _acquire_file(self, now: datetime, shared: bool) -> None:
        me = LockOwner.me(now)
        for _ in range(3):
            if self._create(me):
                break
            current = read_owner(self.path)
            if current is None:
                continue  # released in between: try again
            if not current.stale(now):
                if shared and current.here() and not is_network_path(self.path):
                    return  # on a network share SQLite's own locks cannot be trusted
                raise DatabaseInUseError(
                    str(self.path),
                    who=current.account,
                    host=current.host,
                    since=current.since[:16].replace("T", " "),
                )
            with contextlib.suppress(FileNotFoundError):
                os.replace(self.path, self.path.with_name(self.path.name + ".stale"))
            self.took_over = current
        else:
            raise DatabaseInUseError(str(self.path), who="?", host="?", since="?")
        if _token(read_owner(self.path)) != me.token:  # another copy won a stale lock
            current = read_owner(self.path) or me
            raise DatabaseInUseError(
                str(self.path), who=current.account, host=current.host, since=current.since
            )
        self.owner = me
        self._stop.clear()
        self._thread = threading.Thread(target=self._beat, name="vagval-lock", daemon=True)
        self._thread.start()

    def _create(self, owner: LockOwner) -> bool:
        with translated_errors():
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                return False
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(owner), fh)
                fh.flush()
                os.fsync(fh.fileno())
        return True

    def _beat(self) -> None:
        while not self._stop.wait(HEARTBEAT_SECONDS):
            self.heartbeat()

    def holder(self) -> DatabaseLock:
        return self._shared_with or self

    def check(self) -> bool:
        """Re-read the lock file: is it still ours? False (and ``lost`` set) when another
        copy has taken it over or removed it. A shared reader holds nothing to lose."""
        lock = self.holder()
        owner = lock.owner
        if lock.lost.is_set():
            return False
        if owner is None:
            return True
        try:
            text = lock.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = ""  # removed: nobody holds it now, and this copy no longer does
        except OSError:
            return True  # unreadable for a moment (an antivirus scan): ask again later
        try:
            token = str(json.loads(text).get("token", "")) if text else ""
        except (ValueError, AttributeError):
            return True  # half written by a program that does not replace atomically
        if token != owner.token:
            lock.lost.set()
            lock._stop.set()
            return False
        return True

    def ensure_held(self) -> None:
        """Raise ``LockLostError`` naming the new holder unless the lock is still ours."""
        if not self.check():
            current = read_owner(self.holder().path) or LockOwner("", "?", "?", 0, "", "")
            raise LockLostError(
                str(self.path),
                who=current.account,
                host=current.host,
                since=current.since[:16].replace("T", " "),
            )

    def heartbeat(self, now: datetime | None = None) -> None:
        owner = self.owner
        if owner is None or not self.check():
            return
        fresh = LockOwner(
            **{**asdict(owner), "heartbeat": (now or datetime.now()).isoformat(timespec="seconds")}
        )
        tmp = self.path.with_name(self.path.name + ".tmp")
        with contextlib.suppress(OSError):  # a missed beat only ages the lock
            tmp.write_text(json.dumps(asdict(fresh)), encoding="utf-8")
            os.replace(tmp, self.path)
            self.owner = fresh

    def release(self) -> None:
        key = self.path.resolve()
        with _HELD_GUARD:
            holder = self._shared_with or self
            held = _HELD.get(key)
            if held is not None and held[0] is holder:
                if held[1] > 1:
                    _HELD[key] = (holder, held[1] - 1)
                    self._shared_with = None
                    return
                del _HELD[key]
            holder._release_file()
            self._shared_with = None

    def _release_file(self) -> None:
        self._stop.set()
        owner, self.owner = self.owner, None
        if owner is not None and _token(read_owner(self.path)) == owner.token:
            with contextlib.suppress(OSError):
                self.path.unlink()

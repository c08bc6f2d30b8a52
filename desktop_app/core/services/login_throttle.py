"""Core layer: a growing delay after repeated failed logins, per username.

With a store (``ThrottleStore``; storage/throttle_file.py keeps it beside the database)
the failures outlive a restart of the program and hold for the command line too, and
are written to the audit log at the next login (a failed login cannot write to the
encrypted database: without the password there is no key). The store holds no
username, only a hash of it, and the time of the last failure.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60.0
MAX_ENTRIES = 200  # a flood of made-up usernames cannot grow the file without bound


class ThrottleStore(Protocol):
    def load(self) -> dict[str, dict]: ...
    def save(self, state: dict[str, dict]) -> None: ...


@dataclass(frozen=True)
class FailedLogins:
    """Failures not yet in the audit log, for one username (by its hash)."""

    key: str
    count: int
    last: float  # time.time() of the last failure


def username_key(username: str) -> str:
    return hashlib.sha256(username.strip().casefold().encode("utf-8")).hexdigest()[:24]


class LoginThrottle:
    def __init__(
        self, clock: Callable[[], float] = time.time, store: ThrottleStore | None = None
    ) -> None:
        self._clock = clock
        self._store = store
        self._state: dict[str, dict] = store.load() if store is not None else {}

    def _reload(self) -> None:
        if self._store is not None:  # another copy (the command line) may have written
            self._state = self._store.load()

    def _save(self) -> None:
        if self._store is not None:
            if len(self._state) > MAX_ENTRIES:
                newest = sorted(self._state, key=lambda k: self._state[k].get("last", 0))
                for key in newest[: len(self._state) - MAX_ENTRIES]:
                    del self._state[key]
            self._store.save(self._state)

    def delay_after(self, failures: int) -> float:
        if failures < FREE_ATTEMPTS:
            return 0.0
        return min(2.0 ** (failures - FREE_ATTEMPTS + 1), MAX_DELAY_SECONDS)

    def seconds_left(self, username: str) -> float:
        self._reload()
        until = float(self._state.get(username_key(username), {}).get("until", 0.0))
        # Capped: a clock set back must not lock anyone out for longer than the maximum.
        return min(max(0.0, until - self._clock()), MAX_DELAY_SECONDS)

    def failures(self, username: str) -> int:
        return int(self._state.get(username_key(username), {}).get("failures", 0))

    def record_failure(self, username: str) -> float:
        self._reload()
        key = username_key(username)
        entry = dict(self._state.get(key, {}))
        count = int(entry.get("failures", 0)) + 1
        delay = self.delay_after(count)
        now = self._clock()
        entry.update(failures=count, until=now + delay, last=now)
        self._state[key] = entry
        self._save()
        return delay

    def record_success(self, username: str) -> int:
        """Forget the failures; returns how many were not yet in the audit log."""
        self._reload()
        entry = self._state.pop(username_key(username), None)
        if entry is None:
            return 0
        self._save()
        return int(entry.get("failures", 0)) - int(entry.get("logged", 0))

    def unlogged(self) -> list[FailedLogins]:
        """Failures of every username not yet written to the audit log."""
        self._reload()
        return [
            FailedLogins(key, int(e.get("failures", 0)) - int(e.get("logged", 0)), e.get("last", 0))
            for key, e in self._state.items()
            if int(e.get("failures", 0)) > int(e.get("logged", 0))
        ]

    def mark_logged(self, keys: Iterable[str]) -> None:
        for key in keys:
            if key in self._state:
                self._state[key]["logged"] = self._state[key].get("failures", 0)
        self._save()

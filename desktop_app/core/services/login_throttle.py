"""Core layer: a growing delay after repeated failed logins, per username.

Kept in memory on purpose: a failed login must not write to any file.
"""

from __future__ import annotations

import time
from collections.abc import Callable

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60.0


class LoginThrottle:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures: dict[str, int] = {}
        self._blocked_until: dict[str, float] = {}

    @staticmethod
    def _key(username: str) -> str:
        return username.strip().casefold()

    def delay_after(self, failures: int) -> float:
        if failures < FREE_ATTEMPTS:
            return 0.0
        return min(2.0 ** (failures - FREE_ATTEMPTS + 1), MAX_DELAY_SECONDS)

    def seconds_left(self, username: str) -> float:
        until = self._blocked_until.get(self._key(username), 0.0)
        return max(0.0, until - self._clock())

    def failures(self, username: str) -> int:
        return self._failures.get(self._key(username), 0)

    def record_failure(self, username: str) -> float:
        key = self._key(username)
        count = self._failures.get(key, 0) + 1
        self._failures[key] = count
        delay = self.delay_after(count)
        self._blocked_until[key] = self._clock() + delay
        return delay

    def record_success(self, username: str) -> int:
        """Forget the failures; returns how many there were (for the audit log)."""
        key = self._key(username)
        self._blocked_until.pop(key, None)
        return self._failures.pop(key, 0)

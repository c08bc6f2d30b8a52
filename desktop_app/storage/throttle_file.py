"""Storage layer: the login throttle's state beside the database (``<db>.throttle``).

A small JSON file, private to the account (0600), written atomically. It holds hashes
of usernames, counts and times: nothing from the register. An unreadable file counts as
empty (the throttle is a brake, not a record; the audit log is the record).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path


def throttle_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".throttle")


class ThrottleFile:
    def __init__(self, db_path: Path) -> None:
        self.path = throttle_path(Path(db_path))

    def load(self) -> dict[str, dict]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, dict)}

    def save(self, state: dict[str, dict]) -> None:
        if not self.path.parent.is_dir():
            return  # no database folder (yet): nothing to protect
        tmp = self.path.with_name(self.path.name + ".tmp")
        with contextlib.suppress(OSError):  # a brake that cannot be written still brakes
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(state, fh)
            os.replace(tmp, self.path)

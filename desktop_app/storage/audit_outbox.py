"""Storage layer: what happened while no one was logged in, for the audit log.

The audit log is encrypted; a scheduled backup made by the backup account holds no key
to write it. It appends a line here (``<db>.outbox``, JSON lines, 0600: file names and
times, nothing from the register), and the next login writes each entry to the audit
log and empties the file.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path


class AuditOutbox:
    def __init__(self, db_path: Path) -> None:
        db_path = Path(db_path)
        self.path = db_path.with_name(db_path.name + ".outbox")

    def append(self, entry: dict) -> None:
        line = json.dumps(entry, sort_keys=True) + "\n"
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())

    def entries(self) -> list[dict]:
        """Every readable entry (a line cut off by a crash is skipped)."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return []
        found = []
        for line in lines:
            with contextlib.suppress(ValueError):
                entry = json.loads(line)
                if isinstance(entry, dict):
                    found.append(entry)
        return found

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

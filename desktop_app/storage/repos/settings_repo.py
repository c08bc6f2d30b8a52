"""Storage layer: unit-wide settings as key/value text."""

from __future__ import annotations

from collections.abc import Iterator

from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors


class SqlSettingsRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str) -> str | None:
        with translated_errors():
            row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str) -> None:
        with translated_errors():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def items(self) -> Iterator[tuple[str, str]]:
        with translated_errors():
            rows = self.db.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
        yield from ((r[0], r[1]) for r in rows)

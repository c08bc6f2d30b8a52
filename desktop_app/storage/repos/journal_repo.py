"""Storage layer: journal notes, appended as versions (triggers refuse edits)."""

from __future__ import annotations

from datetime import datetime

from desktop_app.core.domain.ids import ClientId, JournalNoteId, UserId
from desktop_app.core.domain.journal import JournalNote
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.repos.rows import dt, iso

_SELECT = (
    "SELECT n.id, n.client_id, n.root_id, n.version, n.title, n.text, n.written_by,"
    " coalesce(u.display_name, ''), n.written_at, n.superseded_by IS NULL"
    " FROM journal_notes n LEFT JOIN users u ON u.id = n.written_by"
)


def _note(r) -> JournalNote:
    return JournalNote(
        JournalNoteId(r[0]),
        ClientId(r[1]),
        JournalNoteId(r[2]),
        r[3],
        r[4],
        r[5],
        UserId(r[6]),
        r[7],
        dt(r[8]),
        bool(r[9]),
    )


class SqlJournalRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def insert(
        self,
        client_id: ClientId,
        title: str,
        text: str,
        by: UserId,
        at: datetime,
        corrects: JournalNote | None = None,
    ) -> JournalNoteId:
        """Append a note, or a new version of ``corrects`` (which then points to it)."""
        root = corrects.root_id if corrects else 0
        version = corrects.version + 1 if corrects else 1
        with translated_errors():
            cursor = self.db.execute(
                "INSERT INTO journal_notes (client_id, root_id, version, title, text,"
                " written_by, written_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [client_id, root, version, title, text, by, iso(at)],
            )
            note_id = JournalNoteId(cursor.lastrowid)
            if corrects is None:  # a first version is its own root (set once, from 0)
                self.db.execute("UPDATE journal_notes SET root_id = id WHERE id = ?", [note_id])
            else:
                self.db.execute(
                    "UPDATE journal_notes SET superseded_by = ? WHERE id = ?",
                    [note_id, corrects.id],
                )
        return note_id

    def get(self, note_id: JournalNoteId) -> JournalNote | None:
        with translated_errors():
            row = self.db.execute(f"{_SELECT} WHERE n.id = ?", [note_id]).fetchone()
        return _note(row) if row else None

    def for_client(self, client_id: ClientId) -> list[JournalNote]:
        with translated_errors():
            rows = self.db.execute(
                f"{_SELECT} WHERE n.client_id = ? ORDER BY n.written_at DESC, n.id DESC",
                [client_id],
            ).fetchall()
        return [_note(r) for r in rows]

    def current_titles(self, client_id: ClientId) -> list[str]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT title FROM journal_notes WHERE client_id = ? AND superseded_by IS NULL",
                [client_id],
            ).fetchall()
        return [r[0] for r in rows]

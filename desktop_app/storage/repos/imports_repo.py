"""Storage layer: the import history: imported files (to recognise one imported before)
and what each row made, with its fingerprint (to bring in only rows not already there,
and to undo an import as a whole)."""

from __future__ import annotations

from datetime import datetime

from desktop_app.core.domain.ids import UserId
from desktop_app.core.domain.imports import ImportedRow, ImportRecord
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.repos.purge_repo import SqlPurgeRepo
from desktop_app.storage.repos.rows import iso

# What else may hang on a client, besides the contacts an import made.
_CLIENT_USES = (
    "SELECT 1 FROM contacts WHERE client_id = :id",
    "SELECT 1 FROM journal_notes WHERE client_id = :id",
    "SELECT 1 FROM concern_reports WHERE client_id = :id",
    "SELECT 1 FROM client_links WHERE client_id = :id OR other_id = :id",
    "SELECT 1 FROM participants WHERE client_id = :id",
)


class SqlImportRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def imported(self, sha256: str, kind: str) -> tuple[str, str] | None:
        """(when, file name) when this file was imported as this kind before."""
        with translated_errors():
            row = self.db.execute(
                "SELECT imported_at, file_name FROM imports WHERE sha256 = ? AND kind = ?",
                [sha256, kind],
            ).fetchone()
        return (row[0], row[1]) if row else None

    def record_import(
        self, sha256: str, kind: str, file_name: str, rows: int, by: UserId, now: datetime
    ) -> int:
        with translated_errors():
            cursor = self.db.execute(
                "INSERT INTO imports (sha256, kind, file_name, rows, imported_at, imported_by)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [sha256, kind, file_name, rows, iso(now), by],
            )
        return int(cursor.lastrowid)

    def record_rows(self, import_id: int, rows: list[ImportedRow]) -> None:
        with translated_errors():
            self.db.conn.executemany(
                "INSERT INTO import_rows (import_id, fingerprint, entity, entity_id, previous)"
                " VALUES (?, ?, ?, ?, ?)",
                [(import_id, r.fingerprint, r.entity, r.entity_id, r.previous) for r in rows],
            )

    def fingerprints(self, kind: str) -> dict[str, int]:
        """How many rows with each fingerprint the imports of ``kind`` brought in (one
        per row: a row that made a client and a contact is counted once)."""
        with translated_errors():
            rows = self.db.execute(
                "SELECT r.fingerprint, count(DISTINCT r.rowid) FROM import_rows r"
                " JOIN imports i ON i.id = r.import_id"
                " WHERE i.kind = ? AND r.entity <> 'client' GROUP BY r.fingerprint",
                [kind],
            ).fetchall()
        return {fingerprint: int(n) for fingerprint, n in rows}

    def imports(self) -> list[ImportRecord]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT i.id, i.kind, i.file_name, i.rows, i.imported_at,"
                " coalesce(u.display_name, '')"
                " FROM imports i LEFT JOIN users u ON u.id = i.imported_by"
                " ORDER BY i.imported_at DESC, i.id DESC"
            ).fetchall()
        return [ImportRecord(*row) for row in rows]

    def rows_of(self, import_id: int) -> list[ImportedRow]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT fingerprint, entity, entity_id, previous FROM import_rows"
                " WHERE import_id = ? ORDER BY rowid",
                [import_id],
            ).fetchall()
        return [ImportedRow(*row) for row in rows]

    def delete_import(self, import_id: int) -> bool:
        with translated_errors():
            self.db.execute("DELETE FROM import_rows WHERE import_id = ?", [import_id])
            return self.db.execute("DELETE FROM imports WHERE id = ?", [import_id]).rowcount > 0

    def bare_client(self, client_id: int) -> bool:
        """Nothing hangs on the client: no contact, note, report, relation or course."""
        with translated_errors():
            return not any(
                self.db.execute(query, {"id": client_id}).fetchone() for query in _CLIENT_USES
            )

    def delete_client(self, client_id: int) -> None:
        SqlPurgeRepo(self.db).delete_clients([client_id])

    def delete_session(self, meeting_id: int) -> bool:
        """Remove an imported anonymous session; False if anyone's attendance was taken
        on it by name since (it is then no longer the import's alone)."""
        with translated_errors():
            named = self.db.execute(
                "SELECT 1 FROM attendance WHERE meeting_id = ? LIMIT 1", [meeting_id]
            ).fetchone()
            if named:
                return False
            return self.db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id]).rowcount > 0

"""Storage layer: purging (gallring): what is due, holds, deleting for real, the log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from desktop_app.core.domain.ids import UserId
from desktop_app.core.domain.purge import PurgeCandidate, PurgeKind, PurgeLogEntry
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors

_PARTICIPANT_LAST = """
    SELECT p.id, p.code, pi.name, max(
        substr(p.created_at, 1, 10),
        coalesce((SELECT max(substr(r.changed_at, 1, 10)) FROM registrations r
                  WHERE r.participant_id = p.id), ''),
        coalesce((SELECT max(m.day) FROM registrations r
                  JOIN meetings m ON m.activity_id = r.activity_id
                  WHERE r.participant_id = p.id), '')) AS last
    FROM participants p JOIN participant_identities pi ON pi.participant_id = p.id
    WHERE p.client_id IS NULL AND (pi.name <> '' OR pi.phone <> '')
"""


def _marks(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


class SqlPurgeRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def due_clients(self, before: date) -> list[PurgeCandidate]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT c.id, c.code, coalesce(i.name, ''), c.last_entry_at, c.purge_hold,"
                " c.purge_hold_reason FROM clients c"
                " LEFT JOIN client_identities i ON i.client_id = c.id"
                " WHERE c.last_entry_at < ? ORDER BY c.last_entry_at",
                [before.isoformat()],
            ).fetchall()
        return [
            PurgeCandidate(
                PurgeKind.CLIENT, r[0], r[1], r[2], date.fromisoformat(r[3][:10]), bool(r[4]), r[5]
            )
            for r in rows
        ]

    def due_participants(self, before: date) -> list[PurgeCandidate]:
        with translated_errors():
            rows = self.db.execute(
                f"SELECT * FROM ({_PARTICIPANT_LAST}) WHERE last < ? ORDER BY last",
                [before.isoformat()],
            ).fetchall()
        return [
            PurgeCandidate(PurgeKind.PARTICIPANT, r[0], r[1], r[2], date.fromisoformat(r[3]))
            for r in rows
        ]

    def due_contacts(self, before: date) -> list[PurgeCandidate]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT id, form, day FROM contacts WHERE client_id IS NULL AND day < ?"
                " ORDER BY day",
                [before.isoformat()],
            ).fetchall()
        return [
            PurgeCandidate(PurgeKind.CONTACT, r[0], "", r[1], date.fromisoformat(r[2]))
            for r in rows
        ]

    def due_outreach_persons(self, before: date) -> list[PurgeCandidate]:
        """Persons met in outreach whose alias is kept, last met (or added) before."""
        with translated_errors():
            rows = self.db.execute(
                "SELECT * FROM (SELECT p.id, a.alias, max(p.first_met,"
                " coalesce((SELECT max(o.day) FROM outreach_met m JOIN outreach o"
                " ON o.id = m.outreach_id WHERE m.person_id = p.id), '')) AS last"
                " FROM outreach_persons p JOIN outreach_aliases a ON a.person_id = p.id"
                " WHERE a.alias <> '') WHERE last < ? ORDER BY last",
                [before.isoformat()],
            ).fetchall()
        return [
            PurgeCandidate(
                PurgeKind.OUTREACH_PERSON, r[0], f"#{r[0]}", r[1], date.fromisoformat(r[2])
            )
            for r in rows
        ]

    def wipe_outreach_aliases(self, ids: Sequence[int]) -> int:
        if not ids:
            return 0
        with translated_errors():
            cursor = self.db.execute(
                f"DELETE FROM outreach_aliases WHERE person_id IN ({_marks(ids)})", list(ids)
            )
        return cursor.rowcount

    def set_hold(self, client_id: int, hold: bool, reason: str) -> bool:
        with translated_errors():
            cursor = self.db.execute(
                "UPDATE clients SET purge_hold = ?, purge_hold_reason = ? WHERE id = ?",
                [int(hold), reason if hold else "", client_id],
            )
        return cursor.rowcount == 1

    def delete_clients(self, ids: Sequence[int]) -> int:
        """Delete client records with everything that hangs on them (ON DELETE CASCADE);
        a course participant made from a client loses the name and phone too."""
        if not ids:
            return 0
        marks = _marks(ids)
        with translated_errors():
            self.db.execute(
                "DELETE FROM participant_identities WHERE participant_id IN"
                f" (SELECT id FROM participants WHERE client_id IN ({marks}))",
                list(ids),
            )
            self.db.execute(
                f"UPDATE participants SET client_id = NULL WHERE client_id IN ({marks})", list(ids)
            )
            self.db.execute(f"DELETE FROM clients_fts WHERE rowid IN ({marks})", list(ids))
            cursor = self.db.execute(f"DELETE FROM clients WHERE id IN ({marks})", list(ids))
            self.sweep()
        return cursor.rowcount

    def sweep(self) -> None:
        """Delete what the register part still holds for records gone from the main
        file (no foreign key reaches from one file into another)."""
        with translated_errors():
            for table, column, owner in (
                ("client_identities", "client_id", "clients"),
                ("journal_notes", "client_id", "clients"),
                ("contact_notes", "contact_id", "contacts"),
                ("concern_notes", "concern_id", "concern_reports"),
                ("booking_notes", "booking_id", "bookings"),
                ("participant_identities", "participant_id", "participants"),
            ):
                self.db.execute(
                    f"DELETE FROM {table} WHERE {column} NOT IN (SELECT id FROM main.{owner})"
                )
            self.db.execute(
                "DELETE FROM clients_fts WHERE rowid NOT IN (SELECT id FROM main.clients)"
            )
            self.db.execute(
                "DELETE FROM client_links WHERE client_id NOT IN (SELECT id FROM main.clients)"
                " OR other_id NOT IN (SELECT id FROM main.clients)"
            )

    def wipe_participants(self, ids: Sequence[int]) -> int:
        if not ids:
            return 0
        with translated_errors():
            cursor = self.db.execute(
                f"DELETE FROM participant_identities WHERE participant_id IN ({_marks(ids)})",
                list(ids),
            )
        return cursor.rowcount

    def delete_contacts(self, ids: Sequence[int]) -> int:
        if not ids:
            return 0
        with translated_errors():
            cursor = self.db.execute(
                f"DELETE FROM contacts WHERE client_id IS NULL AND id IN ({_marks(ids)})",
                list(ids),
            )
            self.sweep()
        return cursor.rowcount

    def log(
        self,
        at: datetime,
        user_id: UserId | None,
        username: str,
        kind: PurgeKind,
        count: int,
        rule_years: int,
        older_than: date,
    ) -> None:
        with translated_errors():
            self.db.execute(
                "INSERT INTO purge_log (at, user_id, username, kind, count, rule_years,"
                " older_than) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    at.isoformat(timespec="seconds"),
                    user_id,
                    username,
                    kind.value,
                    count,
                    rule_years,
                    older_than.isoformat(),
                ],
            )

    def entries(self) -> list[PurgeLogEntry]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT at, username, kind, count, rule_years, older_than FROM purge_log"
                " ORDER BY id DESC"
            ).fetchall()
        return [PurgeLogEntry(r[0], r[1], PurgeKind(r[2]), r[3], r[4], r[5]) for r in rows]

    def compact(self) -> None:
        """Make deleted text unrecoverable from the file: merge the search index's
        segments (FTS5 keeps deleted terms until merged), rebuild the file without free
        pages, and empty the write-ahead log. Runs outside any transaction."""
        with translated_errors():
            self.db.execute("INSERT INTO clients_fts (clients_fts) VALUES ('optimize')")
            for row in self.db.execute("PRAGMA database_list").fetchall():
                if row[1] != "temp" and row[2]:  # every part that is a file
                    self.db.execute(f"VACUUM {row[1]}")

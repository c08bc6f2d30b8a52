"""Storage layer: a client's relations, reports of concern, episodes and follow-up."""

from __future__ import annotations

from datetime import date, datetime

from desktop_app.core.domain.client_enums import FollowUpAnswer
from desktop_app.core.domain.ids import ClientId, ConcernReportId, UserId
from desktop_app.core.domain.journal import ConcernReport, Episode, FollowUpQuestion
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.repos.rows import d, iso


class SqlClientDetailsRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- relations --------------------------------------------------------------------
    def link(self, client_id: ClientId, other_id: ClientId, link: str, now: datetime) -> None:
        with translated_errors():
            self.db.execute(
                "INSERT OR IGNORE INTO client_links (client_id, other_id, link, created_at)"
                " VALUES (?, ?, ?, ?)",
                [client_id, other_id, link, iso(now)],
            )

    def unlink(self, client_id: ClientId, other_id: ClientId, link: str) -> None:
        with translated_errors():
            self.db.execute(
                "DELETE FROM client_links WHERE client_id = ? AND other_id = ? AND link = ?",
                [client_id, other_id, link],
            )

    def linked(self, client_id: ClientId, link: str) -> list[ClientId]:
        """Clients linked from this one (its relatives, or a couple's two members)."""
        with translated_errors():
            rows = self.db.execute(
                "SELECT other_id FROM client_links WHERE client_id = ? AND link = ? ORDER BY 1",
                [client_id, link],
            ).fetchall()
        return [ClientId(r[0]) for r in rows]

    def linking(self, other_id: ClientId, link: str) -> list[ClientId]:
        """Clients that link to this one (whom it is a relative of, its couple cases)."""
        with translated_errors():
            rows = self.db.execute(
                "SELECT client_id FROM client_links WHERE other_id = ? AND link = ? ORDER BY 1",
                [other_id, link],
            ).fetchall()
        return [ClientId(r[0]) for r in rows]

    # -- reports of concern -----------------------------------------------------------
    def add_concern(
        self, client_id: ClientId, on: date, recipient: str, by: UserId, note: str
    ) -> ConcernReportId:
        with translated_errors():
            cursor = self.db.execute(
                "INSERT INTO concern_reports (client_id, reported_on, recipient, reported_by)"
                " VALUES (?, ?, ?, ?)",
                [client_id, iso(on), recipient, by],
            )
            concern_id = ConcernReportId(cursor.lastrowid)
            if note:  # the note lives in the register part
                self.db.execute(
                    "INSERT INTO concern_notes (concern_id, note) VALUES (?, ?)", [concern_id, note]
                )
            self._count_open(client_id)
        return concern_id

    def close_concern(self, concern_id: ConcernReportId, on: date) -> ClientId | None:
        with translated_errors():
            row = self.db.execute(
                "SELECT client_id FROM concern_reports WHERE id = ?", [concern_id]
            ).fetchone()
            if row is None:
                return None
            self.db.execute(
                "UPDATE concern_reports SET closed_on = ? WHERE id = ?", [iso(on), concern_id]
            )
            self._count_open(ClientId(row[0]))
        return ClientId(row[0])

    def concern(self, concern_id: ConcernReportId) -> ConcernReport | None:
        with translated_errors():
            row = self.db.execute(
                "SELECT client_id FROM concern_reports WHERE id = ?", [concern_id]
            ).fetchone()
        if row is None:
            return None
        return next((c for c in self.concerns(ClientId(row[0])) if c.id == concern_id), None)

    def update_concern(
        self,
        concern_id: ConcernReportId,
        on: date,
        recipient: str,
        note: str,
        closed_on: date | None,
    ) -> None:
        with translated_errors():
            row = self.db.execute(
                "UPDATE concern_reports SET reported_on = ?, recipient = ?, closed_on = ?"
                " WHERE id = ? RETURNING client_id",
                [iso(on), recipient, iso(closed_on) if closed_on else None, concern_id],
            ).fetchone()
            self.db.execute("DELETE FROM concern_notes WHERE concern_id = ?", [concern_id])
            if note:
                self.db.execute(
                    "INSERT INTO concern_notes (concern_id, note) VALUES (?, ?)", [concern_id, note]
                )
            if row is not None:
                self._count_open(ClientId(row[0]))

    def delete_concern(self, concern_id: ConcernReportId) -> None:
        with translated_errors():
            self.db.execute("DELETE FROM concern_notes WHERE concern_id = ?", [concern_id])
            row = self.db.execute(
                "DELETE FROM concern_reports WHERE id = ? RETURNING client_id", [concern_id]
            ).fetchone()
            if row is not None:
                self._count_open(ClientId(row[0]))

    def _count_open(self, client_id: ClientId) -> None:
        self.db.execute(
            "UPDATE clients SET open_concerns = (SELECT count(*) FROM concern_reports"
            " WHERE client_id = ? AND closed_on IS NULL) WHERE id = ?",
            [client_id, client_id],
        )

    def open_concerns(self) -> list[tuple[str, ConcernReport]]:
        """Every open report of concern with its client's code, oldest first (no notes)."""
        with translated_errors():
            rows = self.db.execute(
                "SELECT c.code, r.id, r.client_id, r.reported_on, r.recipient, r.reported_by,"
                " coalesce(u.display_name, '') FROM concern_reports r"
                " JOIN clients c ON c.id = r.client_id LEFT JOIN users u ON u.id = r.reported_by"
                " WHERE r.closed_on IS NULL ORDER BY r.reported_on, r.id"
            ).fetchall()
        return [
            (
                r[0],
                ConcernReport(
                    ConcernReportId(r[1]), ClientId(r[2]), d(r[3]), r[4], UserId(r[5]), r[6], ""
                ),
            )
            for r in rows
        ]

    def concerns(self, client_id: ClientId) -> list[ConcernReport]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT r.id, r.client_id, r.reported_on, r.recipient, r.reported_by,"
                " coalesce(u.display_name, ''), coalesce(n.note, ''), r.closed_on"
                " FROM concern_reports r LEFT JOIN users u ON u.id = r.reported_by"
                " LEFT JOIN concern_notes n ON n.concern_id = r.id WHERE r.client_id = ?"
                " ORDER BY r.reported_on DESC, r.id DESC",
                [client_id],
            ).fetchall()
        return [
            ConcernReport(
                ConcernReportId(r[0]),
                ClientId(r[1]),
                d(r[2]),
                r[3],
                UserId(r[4]),
                r[5],
                r[6],
                d(r[7]),
            )
            for r in rows
        ]

    # -- episodes and follow-up -------------------------------------------------------
    def open_episode(self, client_id: ClientId, on: date) -> None:
        with translated_errors():
            self.db.execute(
                "INSERT INTO client_episodes (client_id, opened_on) VALUES (?, ?)",
                [client_id, iso(on)],
            )

    def close_episode(
        self,
        client_id: ClientId,
        on: date,
        reason: str,
        answers: dict[str, FollowUpAnswer],
        began: date | None = None,
    ) -> None:
        """Close the open episode on ``on``; one closed before it was opened (a case
        typed in afterwards) is taken back to ``began``, the case's first contact."""
        with translated_errors():
            row = self.db.execute(
                "SELECT id FROM client_episodes WHERE client_id = ? AND closed_on IS NULL"
                " ORDER BY id DESC LIMIT 1",
                [client_id],
            ).fetchone()
            if row is None:
                cursor = self.db.execute(
                    "INSERT INTO client_episodes (client_id, opened_on) VALUES (?, ?)",
                    [client_id, iso(on)],
                )
                episode_id = cursor.lastrowid
            else:
                episode_id = row[0]
            self.db.execute(
                "UPDATE client_episodes SET closed_on = ?, close_reason = ?,"
                " opened_on = CASE WHEN opened_on > ? THEN ? ELSE opened_on END WHERE id = ?",
                [iso(on), reason, iso(on), iso(began or on), episode_id],
            )
            for key, answer in answers.items():
                self.db.execute(
                    "INSERT OR REPLACE INTO followup_answers (episode_id, question_key, answer)"
                    " VALUES (?, ?, ?)",
                    [episode_id, key, answer.value],
                )

    def undo_close_episode(self, client_id: ClientId) -> str | None:
        """Open the last closed episode again, without its reason and answers; returns
        the reason it had (None when no episode was closed)."""
        with translated_errors():
            row = self.db.execute(
                "SELECT id, close_reason FROM client_episodes WHERE client_id = ?"
                " AND closed_on IS NOT NULL ORDER BY closed_on DESC, id DESC LIMIT 1",
                [client_id],
            ).fetchone()
            if row is None:
                return None
            self.db.execute("DELETE FROM followup_answers WHERE episode_id = ?", [row[0]])
            self.db.execute(
                "UPDATE client_episodes SET closed_on = NULL, close_reason = NULL WHERE id = ?",
                [row[0]],
            )
        return row[1]

    def episodes(self, client_id: ClientId) -> list[Episode]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT id, opened_on, closed_on, close_reason FROM client_episodes"
                " WHERE client_id = ? ORDER BY opened_on, id",
                [client_id],
            ).fetchall()
            answers: dict[int, dict[str, FollowUpAnswer]] = {r[0]: {} for r in rows}
            for episode_id, key, answer in self.db.execute(
                "SELECT a.episode_id, a.question_key, a.answer FROM followup_answers a"
                " JOIN client_episodes e ON e.id = a.episode_id WHERE e.client_id = ?",
                [client_id],
            ):
                answers[episode_id][key] = FollowUpAnswer(answer)
        return [Episode(d(r[1]), d(r[2]), r[3], answers[r[0]]) for r in rows]

    def follow_up_questions(self) -> list[FollowUpQuestion]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT key, text, builtin FROM followup_questions ORDER BY position"
            ).fetchall()
        return [FollowUpQuestion(r[0], r[1], bool(r[2])) for r in rows]

    def add_follow_up_question(self, key: str, text: str) -> None:
        with translated_errors():
            self.db.execute(
                "INSERT INTO followup_questions (key, text, builtin, position)"
                " VALUES (?, ?, 0, (SELECT coalesce(max(position), 0) + 1"
                " FROM followup_questions))",
                [key, text],
            )

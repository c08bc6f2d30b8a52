"""Storage layer: two participants found to be one person made one (the kept one gets
the other's registrations, attendance and answers, and the other is removed); and one
registered by mistake removed while nothing of theirs is history yet."""

from __future__ import annotations

from desktop_app.core.domain.courses import Participant
from desktop_app.core.domain.ids import ParticipantId
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.repos.participants_repo import _IDENTITY, _PARTICIPANT, _participant

# A registration of the other's for a course (or interest list) the kept one is also on:
# the one that holds a place, or attended, stays; the other goes.
_PLACE = "('registered', 'confirmed', 'attended')"
_SAME = (
    "((r.activity_id IS NOT NULL AND r.activity_id = x.activity_id)"
    " OR (r.activity_id IS NULL AND x.activity_id IS NULL AND r.type_id = x.type_id))"
)


class SqlParticipantMergeRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def everyone(self) -> list[Participant]:
        with translated_errors():
            rows = self.db.execute(
                f"SELECT {_PARTICIPANT} FROM participants p{_IDENTITY} ORDER BY p.id"
            ).fetchall()
        return [_participant(r) for r in rows]

    def merge(self, keep: ParticipantId, other: ParticipantId) -> dict[str, int]:
        """Move everything of ``other`` to ``keep`` and delete ``other``; returns how many
        registrations, attendance marks and answers moved."""
        ids = {"keep": keep, "other": other}
        with translated_errors():
            # Where both are on the same course, the kept one takes the other's place if
            # only the other held one.
            self.db.execute(
                f"UPDATE registrations AS r SET status = x.status, late_cancel = x.late_cancel"
                f" FROM registrations AS x WHERE r.participant_id = :keep"
                f" AND x.participant_id = :other AND {_SAME}"
                f" AND x.status IN {_PLACE} AND r.status NOT IN {_PLACE}",
                ids,
            )
            self.db.execute(
                f"DELETE FROM registrations AS x WHERE x.participant_id = :other AND EXISTS"
                f" (SELECT 1 FROM registrations r WHERE r.participant_id = :keep AND {_SAME})",
                ids,
            )
            registrations = self.db.execute(
                "UPDATE registrations SET participant_id = :keep WHERE participant_id = :other",
                ids,
            ).rowcount
            self.db.execute(
                "UPDATE attendance SET present = 1 WHERE participant_id = :keep AND meeting_id"
                " IN (SELECT meeting_id FROM attendance WHERE participant_id = :other"
                " AND present = 1)",
                ids,
            )
            attendance = self.db.execute(
                "UPDATE OR IGNORE attendance SET participant_id = :keep"
                " WHERE participant_id = :other",
                ids,
            ).rowcount
            answers = self.db.execute(
                "UPDATE OR IGNORE questionnaire_answers SET participant_id = :keep"
                " WHERE participant_id = :other",
                ids,
            ).rowcount
            client = self.db.execute(
                "SELECT client_id FROM participants WHERE id = :other", ids
            ).fetchone()
            self.db.execute("UPDATE participants SET client_id = NULL WHERE id = :other", ids)
            if client and client[0] is not None:
                self.db.execute(
                    "UPDATE participants SET client_id = ? WHERE id = ? AND client_id IS NULL",
                    [client[0], keep],
                )
            # What the kept one lacks (a phone number, a birth year) comes from the other.
            self.db.execute(
                "UPDATE participant_identities SET phone = (SELECT phone FROM"
                " participant_identities WHERE participant_id = :other)"
                " WHERE participant_id = :keep AND phone = '' AND EXISTS (SELECT 1 FROM"
                " participant_identities WHERE participant_id = :other AND phone <> '')",
                ids,
            )
            self.db.execute(
                "UPDATE participants SET birth_year = (SELECT birth_year FROM participants"
                " WHERE id = :other) WHERE id = :keep AND birth_year IS NULL",
                ids,
            )
            self.db.execute("DELETE FROM participant_identities WHERE participant_id = :other", ids)
            self.db.execute("DELETE FROM participants WHERE id = :other", ids)
        return {"registrations": registrations, "attendance": attendance, "answers": answers}

    def history(self, participant_id: ParticipantId) -> int:
        """Attendance marks and questionnaire answers of the participant."""
        with translated_errors():
            row = self.db.execute(
                "SELECT (SELECT count(*) FROM attendance WHERE participant_id = :id)"
                " + (SELECT count(*) FROM questionnaire_answers WHERE participant_id = :id)"
                " + (SELECT count(*) FROM registrations WHERE participant_id = :id"
                " AND status IN ('attended', 'no_show'))",
                {"id": participant_id},
            ).fetchone()
        return int(row[0])

    def delete(self, participant_id: ParticipantId) -> None:
        with translated_errors():
            ids = {"id": participant_id}
            self.db.execute("DELETE FROM participant_identities WHERE participant_id = :id", ids)
            self.db.execute("DELETE FROM participants WHERE id = :id", ids)  # cascades

    def set_client(self, participant_id: ParticipantId, client_id: int) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE participants SET client_id = ? WHERE id = ?", [client_id, participant_id]
            )

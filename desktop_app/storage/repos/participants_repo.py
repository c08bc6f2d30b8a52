"""Storage layer: participants, registrations (and interest), attendance, answers."""

from __future__ import annotations

from datetime import date, datetime

from desktop_app.core.domain.client_enums import Gender, ReferralSource
from desktop_app.core.domain.courses import (
    Participant,
    ParticipantDraft,
    Phase,
    Registration,
    RegistrationStatus,
)
from desktop_app.core.domain.ids import (
    ActivityId,
    ClientId,
    CourseTypeId,
    MeetingId,
    ParticipantId,
    RegistrationId,
    StatementId,
)
from desktop_app.core.errors import ValidationError
from desktop_app.storage.db import Database
from desktop_app.storage.driver import DriverError, DriverIntegrityError
from desktop_app.storage.errors import translate, translated_errors
from desktop_app.storage.repos.rows import d, dt, enum_or_none, iso

_PARTICIPANT = (
    "p.id, p.code, coalesce(pi.name, ''), coalesce(pi.phone, ''), p.municipality, p.district,"
    " p.referral, p.birth_year, p.gender, p.client_id"
)
# Names and phone numbers live in the courses part (storage/parts.py).
_IDENTITY = " LEFT JOIN participant_identities pi ON pi.participant_id = p.id"
_REGISTRATION = (
    f"SELECT r.id, r.status, r.joined_at, r.activity_id, r.type_id, r.left_on,"
    f" r.late_cancel, {_PARTICIPANT}, r.waitlisted_at, r.offer_until, r.invited_at"
    " FROM registrations r"
    " JOIN participants p ON p.id = r.participant_id" + _IDENTITY
)


def _participant(r, at: int = 0) -> Participant:
    return Participant(
        ParticipantId(r[at]),
        r[at + 1],
        ParticipantDraft(
            r[at + 2],
            r[at + 3],
            r[at + 4],
            r[at + 5],
            enum_or_none(ReferralSource, r[at + 6]),
            r[at + 7],
            Gender(r[at + 8]),
            ClientId(r[at + 9]) if r[at + 9] is not None else None,
        ),
    )


def _registration(r) -> Registration:
    return Registration(
        RegistrationId(r[0]),
        _participant(r, 7),
        RegistrationStatus(r[1]),
        dt(r[2]),
        ActivityId(r[3]) if r[3] is not None else None,
        CourseTypeId(r[4]) if r[4] is not None else None,
        d(r[5]),
        bool(r[6]),
        dt(r[17]) if r[17] else None,
        dt(r[18]) if r[18] else None,
        dt(r[19]) if r[19] else None,
    )


class SqlParticipantRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- participants -----------------------------------------------------------------
    def insert(self, draft: ParticipantDraft, now: datetime, prefix: str = "D") -> ParticipantId:
        with translated_errors():
            seq = self.db.execute(
                "SELECT coalesce(max(code_seq), 0) + 1 FROM participants WHERE code_year = ?",
                [now.year],
            ).fetchone()[0]
            cursor = self.db.execute(
                "INSERT INTO participants (code, code_year, code_seq, municipality,"
                " district, referral, birth_year, gender, client_id, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    f"{prefix}-{now.year}-{seq:03d}",
                    now.year,
                    seq,
                    draft.municipality,
                    draft.district,
                    draft.referral.value if draft.referral else None,
                    draft.birth_year,
                    draft.gender.value,
                    draft.client_id,
                    iso(now),
                ],
            )
            participant_id = ParticipantId(cursor.lastrowid)
            if draft.name or draft.phone:
                self.db.execute(
                    "INSERT INTO participant_identities (participant_id, name, phone)"
                    " VALUES (?, ?, ?)",
                    [participant_id, draft.name, draft.phone],
                )
        return participant_id

    def get(self, participant_id: ParticipantId) -> Participant | None:
        with translated_errors():
            row = self.db.execute(
                f"SELECT {_PARTICIPANT} FROM participants p{_IDENTITY} WHERE p.id = ?",
                [participant_id],
            ).fetchone()
        return _participant(row) if row else None

    def for_client(self, client_id: ClientId) -> Participant | None:
        with translated_errors():
            row = self.db.execute(
                f"SELECT {_PARTICIPANT} FROM participants p{_IDENTITY} WHERE p.client_id = ?",
                [client_id],
            ).fetchone()
        return _participant(row) if row else None

    def named(self, name: str) -> list[Participant]:
        """Participants with exactly this name (case and spacing aside)."""
        with translated_errors():
            rows = self.db.execute(
                f"SELECT {_PARTICIPANT} FROM participants p{_IDENTITY}"
                " WHERE lower(trim(pi.name)) = lower(trim(?)) ORDER BY p.id",
                [name],
            ).fetchall()
        return [_participant(r) for r in rows]

    def find(self, text: str, limit: int = 50) -> list[Participant]:
        like = f"%{text.strip()}%"
        with translated_errors():
            rows = self.db.execute(
                f"SELECT {_PARTICIPANT} FROM participants p{_IDENTITY} WHERE p.code LIKE ? OR pi.name LIKE ?"
                " ORDER BY p.id DESC LIMIT ?",
                [like, like, limit],
            ).fetchall()
        return [_participant(r) for r in rows]

    # -- registrations ----------------------------------------------------------------
    def register(
        self,
        participant_id: ParticipantId,
        status: RegistrationStatus,
        now: datetime,
        activity_id: ActivityId | None = None,
        type_id: CourseTypeId | None = None,
    ) -> RegistrationId:
        try:
            cursor = self.db.execute(
                "INSERT INTO registrations (activity_id, type_id, participant_id, status,"
                " joined_at, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                [activity_id, type_id, participant_id, status.value, iso(now), iso(now)],
            )
        except DriverIntegrityError as exc:
            row = self.db.execute(
                "SELECT p.code, r.status FROM registrations r"
                " JOIN participants p ON p.id = r.participant_id WHERE r.participant_id = ?"
                " AND (r.activity_id = ? OR (? IS NULL AND r.activity_id IS NULL"
                " AND r.type_id = ?))",
                [participant_id, activity_id, activity_id, type_id],
            ).fetchone()
            raise ValidationError(
                "participant",
                "already_registered",
                code=row[0] if row else "",
                status=RegistrationStatus(row[1]) if row else status,
            ) from exc
        except DriverError as exc:
            raise translate(exc) from exc
        return RegistrationId(cursor.lastrowid)

    def delete_registration(self, registration_id: RegistrationId) -> None:
        with translated_errors():
            self.db.execute("DELETE FROM registrations WHERE id = ?", [registration_id])

    def update_participant(self, participant_id: ParticipantId, draft: ParticipantDraft) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE participants SET municipality = ?, district = ?, referral = ?,"
                " birth_year = ?, gender = ? WHERE id = ?",
                [
                    draft.municipality,
                    draft.district,
                    draft.referral.value if draft.referral else None,
                    draft.birth_year,
                    draft.gender.value,
                    participant_id,
                ],
            )
            self.db.execute(
                "DELETE FROM participant_identities WHERE participant_id = ?", [participant_id]
            )
            if draft.name or draft.phone:
                self.db.execute(
                    "INSERT INTO participant_identities (participant_id, name, phone)"
                    " VALUES (?, ?, ?)",
                    [participant_id, draft.name, draft.phone],
                )

    def registration(self, registration_id: RegistrationId) -> Registration | None:
        with translated_errors():
            row = self.db.execute(f"{_REGISTRATION} WHERE r.id = ?", [registration_id]).fetchone()
        return _registration(row) if row else None

    def for_activity(self, activity_id: ActivityId) -> list[Registration]:
        with translated_errors():
            rows = self.db.execute(
                f"{_REGISTRATION} WHERE r.activity_id = ? ORDER BY r.joined_at, r.id", [activity_id]
            ).fetchall()
        return [_registration(r) for r in rows]

    def for_participant(self, participant_id: ParticipantId) -> list[Registration]:
        with translated_errors():
            rows = self.db.execute(
                f"{_REGISTRATION} WHERE r.participant_id = ? ORDER BY r.joined_at, r.id",
                [participant_id],
            ).fetchall()
        return [_registration(r) for r in rows]

    def interest(self, type_id: CourseTypeId) -> list[Registration]:
        with translated_errors():
            rows = self.db.execute(
                f"{_REGISTRATION} WHERE r.type_id = ? AND r.activity_id IS NULL"
                " AND r.status = 'interested' ORDER BY r.joined_at, r.id",
                [type_id],
            ).fetchall()
        return [_registration(r) for r in rows]

    def set_status(
        self,
        registration_id: RegistrationId,
        status: RegistrationStatus,
        now: datetime,
        late_cancel: bool = False,
    ) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE registrations SET status = ?, changed_at = ?, offer_until = NULL,"
                " late_cancel = max(late_cancel, ?) WHERE id = ?",
                [status.value, iso(now), int(late_cancel), registration_id],
            )

    def queue(self, activity_id: ActivityId) -> list[Registration]:
        """The waiting list and any offer, in queue order."""
        with translated_errors():
            rows = self.db.execute(
                f"{_REGISTRATION} WHERE r.activity_id = ? AND r.status IN ('waiting', 'offered')"
                " ORDER BY r.queue_pos, r.waitlisted_at, r.id",
                [activity_id],
            ).fetchall()
        return [_registration(r) for r in rows]

    def join_queue(self, registration_id: RegistrationId, now: datetime) -> None:
        """To the end of its activity's waiting list, joined now."""
        with translated_errors():
            self.db.execute(
                "UPDATE registrations SET status = 'waiting', changed_at = ?, waitlisted_at = ?,"
                " offer_until = NULL, queue_pos = 1 + (SELECT coalesce(max(queue_pos), 0)"
                " FROM registrations o WHERE o.activity_id = registrations.activity_id)"
                " WHERE id = ?",
                [iso(now), iso(now), registration_id],
            )

    def set_offer(self, registration_id: RegistrationId, until: datetime, now: datetime) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE registrations SET status = 'offered', changed_at = ?, offer_until = ?"
                " WHERE id = ?",
                [iso(now), iso(until), registration_id],
            )

    def set_invited(self, registration_ids: list[RegistrationId], now: datetime) -> None:
        with translated_errors():
            self.db.conn.executemany(
                "UPDATE registrations SET invited_at = ? WHERE id = ?",
                [[iso(now), reg_id] for reg_id in registration_ids],
            )

    def set_queue_order(self, ordered: list[RegistrationId]) -> None:
        """Number the queue anew in this order (a leader moved someone)."""
        with translated_errors():
            self.db.conn.executemany(
                "UPDATE registrations SET queue_pos = ? WHERE id = ?",
                [[n, reg_id] for n, reg_id in enumerate(ordered, start=1)],
            )

    def move_to_activity(self, registration_id: RegistrationId, activity_id: ActivityId) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE registrations SET activity_id = ? WHERE id = ?",
                [activity_id, registration_id],
            )

    def set_left(self, registration_id: RegistrationId, on: date | None) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE registrations SET left_on = ? WHERE id = ?", [iso(on), registration_id]
            )

    # -- attendance -------------------------------------------------------------------
    def attendance(self, meeting_id: MeetingId) -> dict[ParticipantId, bool]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT participant_id, present FROM attendance WHERE meeting_id = ?", [meeting_id]
            ).fetchall()
        return {ParticipantId(r[0]): bool(r[1]) for r in rows}

    def attendance_for_activity(self, activity_id: ActivityId) -> list[tuple[int, int, bool]]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT a.meeting_id, a.participant_id, a.present FROM attendance a"
                " JOIN meetings m ON m.id = a.meeting_id WHERE m.activity_id = ?",
                [activity_id],
            ).fetchall()
        return [(r[0], r[1], bool(r[2])) for r in rows]

    def record_attendance(self, meeting_id: MeetingId, present: dict[ParticipantId, bool]) -> None:
        with translated_errors():
            self.db.conn.executemany(
                "INSERT INTO attendance (meeting_id, participant_id, present) VALUES (?, ?, ?)"
                " ON CONFLICT (meeting_id, participant_id) DO UPDATE SET present = excluded.present",
                [[meeting_id, p, int(v)] for p, v in present.items()],
            )
            self.db.execute("UPDATE meetings SET attendance_taken = 1 WHERE id = ?", [meeting_id])

    # -- questionnaire ----------------------------------------------------------------
    def set_answers(
        self,
        activity_id: ActivityId,
        participant_id: ParticipantId,
        phase: Phase,
        values: dict[StatementId, int],
    ) -> None:
        with translated_errors():
            self.db.conn.executemany(
                "INSERT INTO questionnaire_answers (activity_id, participant_id, statement_id,"
                " phase, value) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE"
                " SET value = excluded.value",
                [[activity_id, participant_id, s, phase.value, v] for s, v in values.items()],
            )

    def clear_answers(
        self,
        activity_id: ActivityId,
        participant_id: ParticipantId,
        phase: Phase,
        statements: list[StatementId],
    ) -> None:
        with translated_errors():
            self.db.conn.executemany(
                "DELETE FROM questionnaire_answers WHERE activity_id = ? AND participant_id = ?"
                " AND phase = ? AND statement_id = ?",
                [[activity_id, participant_id, phase.value, s] for s in statements],
            )

    def answers(self, activity_id: ActivityId) -> list[tuple[int, int, str, int]]:
        """(participant, statement, phase, value) rows of one activity."""
        with translated_errors():
            rows = self.db.execute(
                "SELECT participant_id, statement_id, phase, value FROM questionnaire_answers"
                " WHERE activity_id = ?",
                [activity_id],
            ).fetchall()
        return [(r[0], r[1], r[2], r[3]) for r in rows]

"""Storage layer: course types, activities (occasions and groups) and their meetings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from desktop_app.core.domain.client_enums import TargetGroup
from desktop_app.core.domain.courses import (
    HOLDS_PLACE,
    OCCUPIES,
    Activity,
    ActivityDraft,
    ActivityKind,
    CalendarEntry,
    CourseType,
    Meeting,
    MeetingDraft,
    RegistrationStatus,
)
from desktop_app.core.domain.ids import (
    ActivityId,
    CourseTypeId,
    MeetingId,
    StatementId,
    UserId,
)
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.repos.rows import d, dt, enum_or_none, iso

_HOLDING = ", ".join(f"'{s.value}'" for s in HOLDS_PLACE)
_OCCUPYING = ", ".join(f"'{s.value}'" for s in OCCUPIES)
_ACTIVITY = f"""
    SELECT a.id, a.kind, a.name, a.venue, a.type_id, a.capacity, a.minimum, a.deadline,
           a.guests, a.rhythm_days, a.created_at, a.cancelled_on,
           (SELECT count(*) FROM meetings m WHERE m.activity_id = a.id AND NOT m.cancelled
              AND m.ends_at <= :now),
           (SELECT count(*) FROM registrations r WHERE r.activity_id = a.id
              AND r.status IN ({_HOLDING}) AND r.left_on IS NULL),
           (SELECT count(*) FROM registrations r WHERE r.activity_id = a.id
              AND r.status IN ('waiting', 'offered')),
           (SELECT min(starts_at) FROM meetings m WHERE m.activity_id = a.id AND NOT m.cancelled),
           (SELECT max(starts_at) FROM meetings m WHERE m.activity_id = a.id AND NOT m.cancelled),
           (SELECT group_concat(l.user_id) FROM activity_leaders l WHERE l.activity_id = a.id),
           (SELECT group_concat(u.display_name, ', ') FROM activity_leaders l
              JOIN users u ON u.id = l.user_id WHERE l.activity_id = a.id),
           (SELECT count(*) FROM meetings m WHERE m.activity_id = a.id AND NOT m.cancelled
              AND m.ends_at <= :now AND NOT m.attendance_taken)
    FROM activities a"""


def _ids(text: str | None) -> tuple[UserId, ...]:
    return tuple(UserId(int(x)) for x in text.split(",")) if text else ()


def _activity(r) -> Activity:
    draft = ActivityDraft(
        kind=ActivityKind(r[1]),
        name=r[2],
        venue=r[3],
        type_id=CourseTypeId(r[4]) if r[4] is not None else None,
        capacity=r[5],
        minimum=r[6],
        deadline=d(r[7]),
        guests=r[8],
        rhythm_days=r[9],
        leaders=_ids(r[17]),
    )
    return Activity(
        ActivityId(r[0]),
        draft,
        dt(r[10]),
        d(r[11]),
        r[12],
        r[13],
        r[14],
        dt(r[15]) if r[15] else None,
        dt(r[16]) if r[16] else None,
        tuple(r[18].split(", ")) if r[18] else (),
        r[19],
    )


def _type_values(t: CourseType) -> list:
    return [
        t.name,
        t.meeting_minutes,
        t.meeting_count,
        t.capacity,
        t.minimum,
        t.target_group.value if t.target_group else None,
        t.default_venue,
        t.description,
        t.weekday,
        t.starts.strftime("%H:%M") if t.starts else None,
    ]


def _meeting(r, sequence: bool = True) -> Meeting:
    """A meeting row (``_MEETING``'s columns; the calendar's rows have no sequence)."""
    return Meeting(
        MeetingId(r[0]),
        ActivityId(r[1]),
        MeetingDraft(dt(r[2]), dt(r[3]), r[4], bool(r[5])),
        bool(r[6]),
        bool(r[7]),
        int(r[8] or 0),
        int(r[9] or 0) if sequence else 0,
    )


_MEETING = (
    "SELECT id, activity_id, starts_at, ends_at, venue, reunion, cancelled,"
    " attendance_taken, anonymous_attendance, sequence FROM meetings"
)


class SqlCourseRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- course types -----------------------------------------------------------------
    def types(self) -> list[CourseType]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT id, name, meeting_minutes, meeting_count, capacity, minimum,"
                " target_group, default_venue, retired_on, description, weekday, starts"
                " FROM course_types ORDER BY name"
            ).fetchall()
            statements: dict[int, list] = {}
            for type_id, sid, text in self.db.execute(
                "SELECT type_id, id, text FROM questionnaire_statements ORDER BY position"
            ):
                statements.setdefault(type_id, []).append((StatementId(sid), text))
        return [
            CourseType(
                CourseTypeId(r[0]),
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                enum_or_none(TargetGroup, r[6]),
                r[7],
                tuple(t for _, t in statements.get(r[0], [])),
                tuple(i for i, _ in statements.get(r[0], [])),
                date.fromisoformat(r[8]) if r[8] else None,
                r[9],
                r[10],
                time.fromisoformat(r[11]) if r[11] else None,
            )
            for r in rows
        ]

    def update_type(self, t: CourseType) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE course_types SET name = ?, meeting_minutes = ?, meeting_count = ?,"
                " capacity = ?, minimum = ?, target_group = ?, default_venue = ?,"
                " description = ?, weekday = ?, starts = ? WHERE id = ?",
                [*_type_values(t), t.id],
            )

    def set_type_retired(self, type_id: CourseTypeId, on: date | None) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE course_types SET retired_on = ? WHERE id = ?",
                [on.isoformat() if on else None, type_id],
            )

    def type_uses(self, type_id: CourseTypeId) -> int:
        """Activities and interest entries of the type."""
        with translated_errors():
            row = self.db.execute(
                "SELECT (SELECT count(*) FROM activities WHERE type_id = ?)"
                " + (SELECT count(*) FROM registrations WHERE type_id = ?)",
                [type_id, type_id],
            ).fetchone()
        return int(row[0])

    def delete_type(self, type_id: CourseTypeId) -> None:
        with translated_errors():
            self.db.execute("DELETE FROM questionnaire_statements WHERE type_id = ?", [type_id])
            self.db.execute("DELETE FROM course_types WHERE id = ?", [type_id])

    def insert_type(self, t: CourseType) -> CourseTypeId:
        with translated_errors():
            cursor = self.db.execute(
                "INSERT INTO course_types (name, meeting_minutes, meeting_count, capacity,"
                " minimum, target_group, default_venue, description, weekday, starts)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _type_values(t),
            )
            type_id = CourseTypeId(cursor.lastrowid)
            self.set_statements(type_id, t.statements)
        return type_id

    def set_statements(self, type_id: CourseTypeId, texts: Sequence[str]) -> None:
        with translated_errors():
            existing = self.db.execute(
                "SELECT id FROM questionnaire_statements WHERE type_id = ? ORDER BY position",
                [type_id],
            ).fetchall()
            for position, text in enumerate(texts, start=1):
                if position <= len(existing):
                    self.db.execute(
                        "UPDATE questionnaire_statements SET text = ? WHERE id = ?",
                        [text, existing[position - 1][0]],
                    )
                else:
                    self.db.execute(
                        "INSERT INTO questionnaire_statements (type_id, position, text)"
                        " VALUES (?, ?, ?)",
                        [type_id, position, text],
                    )

    # -- activities -------------------------------------------------------------------
    def insert_activity(self, draft: ActivityDraft, now: datetime) -> ActivityId:
        with translated_errors():
            cursor = self.db.execute(
                "INSERT INTO activities (kind, type_id, name, venue, capacity, minimum,"
                " deadline, guests, rhythm_days, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    draft.kind.value,
                    draft.type_id,
                    draft.name,
                    draft.venue,
                    draft.capacity,
                    draft.minimum,
                    iso(draft.deadline),
                    draft.guests,
                    draft.rhythm_days,
                    iso(now),
                ],
            )
            activity_id = ActivityId(cursor.lastrowid)
            self.set_leaders(activity_id, draft.leaders)
        return activity_id

    def update_activity(self, activity_id: ActivityId, draft: ActivityDraft) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE activities SET name = ?, venue = ?, capacity = ?, minimum = ?,"
                " deadline = ?, guests = ?, rhythm_days = ? WHERE id = ?",
                [
                    draft.name,
                    draft.venue,
                    draft.capacity,
                    draft.minimum,
                    iso(draft.deadline),
                    draft.guests,
                    draft.rhythm_days,
                    activity_id,
                ],
            )
            self.set_leaders(activity_id, draft.leaders)

    def set_leaders(self, activity_id: ActivityId, leaders: Sequence[UserId]) -> None:
        self.db.execute("DELETE FROM activity_leaders WHERE activity_id = ?", [activity_id])
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO activity_leaders (activity_id, user_id) VALUES (?, ?)",
            [[activity_id, u] for u in leaders],
        )

    def get_activity(self, activity_id: ActivityId, now: datetime) -> Activity | None:
        with translated_errors():
            row = self.db.execute(
                f"{_ACTIVITY} WHERE a.id = :id", {"id": activity_id, "now": iso(now)}
            ).fetchone()
        return _activity(row) if row else None

    def activities(self, kind: ActivityKind, now: datetime, since: date | None) -> list[Activity]:
        sql = f"{_ACTIVITY} WHERE a.kind = :kind"
        params = {"kind": kind.value, "now": iso(now)}
        if since is not None:
            sql += (
                " AND coalesce((SELECT max(ends_at) FROM meetings m"
                " WHERE m.activity_id = a.id), a.created_at) >= :since"
            )
            params["since"] = since.isoformat()
        with translated_errors():
            rows = self.db.execute(sql + " ORDER BY a.id DESC", params).fetchall()
        return [_activity(r) for r in rows]

    def cancel_activity(self, activity_id: ActivityId, on: date) -> int:
        """Cancelled from ``on``: its meetings from that day on are cancelled too (those
        held before stay in the history). Returns how many meetings were cancelled."""
        with translated_errors():
            self.db.execute(
                "UPDATE activities SET cancelled_on = ? WHERE id = ?", [iso(on), activity_id]
            )
            cursor = self.db.execute(
                "UPDATE meetings SET cancelled = 1, sequence = sequence + 1"
                " WHERE activity_id = ? AND day >= ?"
                " AND cancelled = 0",
                [activity_id, iso(on)],
            )
        return cursor.rowcount

    def uses(self, activity_id: ActivityId) -> tuple[int, int]:
        """(registrations of any status, attendances known only as a number)."""
        with translated_errors():
            row = self.db.execute(
                "SELECT (SELECT count(*) FROM registrations WHERE activity_id = ?),"
                " (SELECT coalesce(sum(anonymous_attendance), 0) FROM meetings"
                "  WHERE activity_id = ?)",
                [activity_id, activity_id],
            ).fetchone()
        return int(row[0]), int(row[1])

    def delete_activity(self, activity_id: ActivityId) -> None:
        """Remove an activity nobody was registered on (meetings and leaders go with it)."""
        with translated_errors():
            self.db.execute("DELETE FROM activities WHERE id = ?", [activity_id])

    # -- meetings ---------------------------------------------------------------------
    def insert_meetings(self, activity_id: ActivityId, drafts: Sequence[MeetingDraft]) -> None:
        with translated_errors():
            self.db.conn.executemany(
                "INSERT INTO meetings (activity_id, starts_at, ends_at, day, venue, reunion)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    [
                        activity_id,
                        iso(m.starts_at),
                        iso(m.ends_at),
                        m.starts_at.date().isoformat(),
                        m.venue,
                        int(m.reunion),
                    ]
                    for m in drafts
                ],
            )

    def meetings(self, activity_id: ActivityId) -> list[Meeting]:
        with translated_errors():
            rows = self.db.execute(
                f"{_MEETING} WHERE activity_id = ? ORDER BY starts_at", [activity_id]
            ).fetchall()
        return [_meeting(r) for r in rows]

    def meeting(self, meeting_id: MeetingId) -> Meeting | None:
        with translated_errors():
            row = self.db.execute(f"{_MEETING} WHERE id = ?", [meeting_id]).fetchone()
        return _meeting(row) if row else None

    def move_meeting(self, meeting_id: MeetingId, draft: MeetingDraft) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE meetings SET starts_at = ?, ends_at = ?, day = ?, venue = ?,"
                " sequence = sequence + 1 WHERE id = ?",
                [
                    iso(draft.starts_at),
                    iso(draft.ends_at),
                    draft.starts_at.date().isoformat(),
                    draft.venue,
                    meeting_id,
                ],
            )

    def insert_past_session(
        self, activity_id: ActivityId, meeting: MeetingDraft, anonymous: int
    ) -> MeetingId:
        with translated_errors():
            cursor = self.db.execute(
                "INSERT INTO meetings (activity_id, starts_at, ends_at, day, venue,"
                " attendance_taken, anonymous_attendance) VALUES (?, ?, ?, ?, ?, 1, ?)",
                [
                    activity_id,
                    iso(meeting.starts_at),
                    iso(meeting.ends_at),
                    meeting.starts_at.date().isoformat(),
                    meeting.venue,
                    anonymous,
                ],
            )
        return MeetingId(cursor.lastrowid)

    def set_head_count(self, meeting_id: MeetingId, count: int) -> None:
        """A session's attendance as a number (no names): it took place with ``count``."""
        with translated_errors():
            self.db.execute(
                "UPDATE meetings SET anonymous_attendance = ?, attendance_taken = 1,"
                " cancelled = 0 WHERE id = ?",
                [count, meeting_id],
            )

    def delete_meeting(self, meeting_id: MeetingId) -> bool:
        """Remove a meeting on which nothing was recorded (False if anything was)."""
        with translated_errors():
            return (
                self.db.execute(
                    "DELETE FROM meetings WHERE id = ? AND attendance_taken = 0"
                    " AND anonymous_attendance = 0"
                    " AND NOT EXISTS (SELECT 1 FROM attendance WHERE meeting_id = meetings.id)",
                    [meeting_id],
                ).rowcount
                > 0
            )

    def cancel_meeting(self, meeting_id: MeetingId) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE meetings SET cancelled = 1, sequence = sequence + 1 WHERE id = ?",
                [meeting_id],
            )

    def calendar(self, start: date, end: date) -> list[CalendarEntry]:
        """Meetings from ``start`` to ``end`` (inclusive), with their leaders."""
        with translated_errors():
            rows = self.db.execute(
                "SELECT m.id, m.activity_id, m.starts_at, m.ends_at,"
                " CASE WHEN m.venue = '' THEN a.venue ELSE m.venue END, m.reunion, m.cancelled,"
                " m.attendance_taken, m.anonymous_attendance, a.name, a.kind,"
                " (SELECT group_concat(user_id) FROM activity_leaders l"
                "  WHERE l.activity_id = a.id)"
                " FROM meetings m JOIN activities a ON a.id = m.activity_id"
                " WHERE m.day BETWEEN ? AND ? AND a.cancelled_on IS NULL ORDER BY m.starts_at",
                [start.isoformat(), end.isoformat()],
            ).fetchall()
        return [
            CalendarEntry(_meeting(r, sequence=False), r[9], ActivityKind(r[10]), _ids(r[11]))
            for r in rows
        ]

    def count_holding(self, activity_id: ActivityId) -> int:
        with translated_errors():
            return self.db.execute(
                f"SELECT count(*) FROM registrations WHERE activity_id = ?"
                f" AND status IN ({_OCCUPYING}) AND left_on IS NULL",
                [activity_id],
            ).fetchone()[0]

    def has_status(self, activity_id: ActivityId, status: RegistrationStatus) -> int:
        with translated_errors():
            return self.db.execute(
                "SELECT count(*) FROM registrations WHERE activity_id = ? AND status = ?",
                [activity_id, status.value],
            ).fetchone()[0]

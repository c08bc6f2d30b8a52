"""Core layer: course types, course occasions, recurring groups, meetings, calendar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.changes import describe_changes
from desktop_app.core.domain.courses import (
    Activity,
    ActivityDraft,
    ActivityKind,
    CourseType,
    Meeting,
    MeetingDraft,
)
from desktop_app.core.domain.ids import ActivityId, CourseTypeId, MeetingId
from desktop_app.core.domain.removal import RemovalReason
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.course_calendar import CourseCalendar
from desktop_app.core.services.course_validation import (
    YEARS_AHEAD,
    latest_meeting,
    sessions_ahead,
    validate_activity,
    validate_meeting,
    validate_meetings,
)
from desktop_app.core.services.hygiene import clean_text
from desktop_app.core.services.ports import Clock, UnitOfWork
from desktop_app.core.services.ports_work import CourseRepo

ENTITY = "activity"


class CourseService(CourseCalendar):
    def __init__(
        self,
        courses: CourseRepo,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
    ) -> None:
        self._courses = courses  # storage's SqlCourseRepo
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._clock = clock

    def _allowed(self) -> User:
        actor = self._actor()
        require(actor, Permission.MANAGE_COURSES)
        return actor

    # -- course types -----------------------------------------------------------------
    def types(self) -> list[CourseType]:
        self._allowed()
        return self._courses.types()

    def type(self, type_id: CourseTypeId) -> CourseType:
        found = next((t for t in self.types() if t.id == type_id), None)
        if found is None:
            raise NotFoundError("course_type", id=type_id)
        return found

    def create_type(self, course_type: CourseType) -> CourseType:
        self._allowed()
        name = clean_text("type_name", course_type.name, 120, required=True)
        if any(t.name.casefold() == name.casefold() for t in self._courses.types()):
            raise ValidationError("type_name", "taken")
        if course_type.minimum > course_type.capacity or course_type.capacity < 1:
            raise ValidationError(
                "minimum",
                "above_capacity",
                minimum=course_type.minimum,
                capacity=course_type.capacity,
            )
        statements = tuple(
            clean_text("statements", s, 300) for s in course_type.statements if s.strip()
        )
        course_type = _checked_defaults(course_type)
        with self._uow.transaction():
            type_id = self._courses.insert_type(
                replace(course_type, name=name, statements=statements)
            )
            self._audit.record(AuditAction.CREATE, "course_type", type_id)
        return self.type(type_id)

    def update_type(self, course_type: CourseType) -> CourseType:
        """Correct a type's name and defaults (the questionnaire stays: answers refer
        to its statements)."""
        self._allowed()
        old = self.type(course_type.id)
        name = clean_text("type_name", course_type.name, 120, required=True)
        if any(
            t.name.casefold() == name.casefold() and t.id != old.id for t in self._courses.types()
        ):
            raise ValidationError("type_name", "taken")
        if course_type.minimum > course_type.capacity or course_type.capacity < 1:
            raise ValidationError(
                "minimum",
                "above_capacity",
                minimum=course_type.minimum,
                capacity=course_type.capacity,
            )
        fixed = replace(
            _checked_defaults(course_type),
            name=name,
            statements=old.statements,
            statement_ids=old.statement_ids,
        )
        with self._uow.transaction():
            self._courses.update_type(fixed)
            self._audit.record(
                AuditAction.UPDATE, "course_type", old.id, describe_changes(old, fixed)
            )
        return self.type(old.id)

    def retire_type(self, type_id: CourseTypeId, retired: bool = True) -> CourseType:
        """Avveckla (or bring back): no new courses of it; its history stays."""
        self._allowed()
        self.type(type_id)
        on = self._clock().date() if retired else None
        with self._uow.transaction():
            self._courses.set_type_retired(type_id, on)
            self._audit.record(
                AuditAction.UPDATE, "course_type", type_id, "retired" if retired else "active"
            )
        return self.type(type_id)

    def delete_type(self, type_id: CourseTypeId, reason: RemovalReason) -> None:
        """Remove a type never used; one in use is retired instead (the message says so)."""
        self._allowed()
        self.type(type_id)
        uses = self._courses.type_uses(type_id)
        if uses:
            raise ValidationError("type_name", "in_use", uses=uses)
        reason = RemovalReason(reason)
        with self._uow.transaction():
            self._courses.delete_type(type_id)
            self._audit.record(AuditAction.DELETE, "course_type", type_id, f"reason={reason.value}")

    # -- occasions and groups ---------------------------------------------------------
    def create_occasion(self, draft: ActivityDraft, meetings: list[MeetingDraft]) -> Activity:
        self._allowed()
        draft = validate_activity(replace(draft, kind=ActivityKind.COURSE))
        if draft.type_id is not None and self.type(draft.type_id).retired_on is not None:
            raise ValidationError("type_name", "not_current")
        checked = validate_meetings(meetings, draft)
        with self._uow.transaction():
            activity_id = self._courses.insert_activity(draft, self._clock())
            self._courses.insert_meetings(activity_id, checked)
            self._audit.record(AuditAction.CREATE, ENTITY, activity_id, "course")
        return self.get(activity_id)

    def create_group(
        self, draft: ActivityDraft, first: datetime, minutes: int, until: date
    ) -> Activity:
        """A recurring group; its sessions are generated ahead up to ``until``."""
        self._allowed()
        draft = validate_activity(replace(draft, kind=ActivityKind.GROUP))
        validate_meeting(MeetingDraft(first, first + timedelta(minutes=max(minutes, 0))))
        if until < first.date():
            raise ValidationError("until", "before_start")
        if datetime.combine(until, first.time()) > latest_meeting(self._clock()):
            raise ValidationError("until", "too_far", years=YEARS_AHEAD)
        sessions = sessions_ahead(
            first, minutes, draft.rhythm_days or 14, datetime.combine(until, first.time())
        )
        with self._uow.transaction():
            activity_id = self._courses.insert_activity(draft, self._clock())
            self._courses.insert_meetings(activity_id, sessions)
            self._audit.record(AuditAction.CREATE, ENTITY, activity_id, "group")
        return self.get(activity_id)

    def update(self, activity_id: ActivityId, draft: ActivityDraft) -> Activity:
        self._allowed()
        current = self.get(activity_id)
        draft = validate_activity(
            replace(draft, kind=current.draft.kind, type_id=current.draft.type_id)
        )
        holding = self._courses.count_holding(activity_id)
        if draft.capacity < holding:
            raise ValidationError("capacity", "below_registered", registered=holding)
        with self._uow.transaction():
            self._courses.update_activity(activity_id, draft)
            self._audit.record(
                AuditAction.UPDATE, ENTITY, activity_id, describe_changes(current.draft, draft)
            )
        return self.get(activity_id)

    def cancel(self, activity_id: ActivityId, reason: RemovalReason) -> int:
        """Ställ in: no more meetings from today (held ones stay, with their attendance
        and statistics); the course or group stays in the history as cancelled. Returns
        how many meetings were cancelled."""
        self._allowed()
        activity = self.get(activity_id)
        if activity.cancelled_on is not None:
            raise ValidationError("activity", "cancelled")
        reason = RemovalReason(reason)
        with self._uow.transaction():
            count = self._courses.cancel_activity(activity_id, self._clock().date())
            self._audit.record(
                AuditAction.UPDATE,
                ENTITY,
                activity_id,
                f"cancelled reason={reason.value} meetings={count}",
            )
        return count

    def delete(self, activity_id: ActivityId, reason: RemovalReason) -> None:
        """Remove a course or group created by mistake: only while nobody is registered
        and no attendance is recorded (otherwise it is cancelled, never deleted)."""
        self._allowed()
        activity = self.get(activity_id)
        registrations, anonymous = self._courses.uses(activity_id)
        if registrations or anonymous:
            raise ValidationError("activity", "in_use", registrations=registrations)
        reason = RemovalReason(reason)
        with self._uow.transaction():
            self._courses.delete_activity(activity_id)
            self._audit.record(
                AuditAction.DELETE,
                ENTITY,
                activity_id,
                f"{activity.draft.kind.value} reason={reason.value}",
            )

    def get(self, activity_id: ActivityId) -> Activity:
        self._allowed()
        activity = self._courses.get_activity(activity_id, self._clock())
        if activity is None:
            raise NotFoundError(ENTITY, id=activity_id)
        return activity

    def activities(self, kind: ActivityKind, since: date | None = None) -> list[Activity]:
        self._allowed()
        return self._courses.activities(kind, self._clock(), since)

    # -- meetings ---------------------------------------------------------------------
    def meetings(self, activity_id: ActivityId) -> list[Meeting]:
        self._allowed()
        return self._courses.meetings(activity_id)

    def meeting(self, meeting_id: MeetingId) -> Meeting:
        self._allowed()
        meeting = self._courses.meeting(meeting_id)
        if meeting is None:
            raise NotFoundError("meeting", id=meeting_id)
        return meeting

    def add_meeting(self, activity_id: ActivityId, meeting: MeetingDraft) -> None:
        self._allowed()
        activity = self.get(activity_id)
        existing = [m.draft for m in self._courses.meetings(activity_id) if not m.cancelled]
        validate_meetings([*existing, meeting], activity.draft)
        with self._uow.transaction():
            self._courses.insert_meetings(activity_id, [validate_meeting(meeting)])
            self._audit.record(AuditAction.UPDATE, ENTITY, activity_id, "meeting added")

    def move_meeting(self, meeting_id: MeetingId, new: MeetingDraft) -> None:
        """Move a meeting (or a group session) to another time or room."""
        self._allowed()
        meeting = self._courses.meeting(meeting_id)
        if meeting is None:
            raise NotFoundError("meeting", id=meeting_id)
        activity = self.get(meeting.activity_id)
        others = [
            m.draft
            for m in self._courses.meetings(meeting.activity_id)
            if m.id != meeting_id and not m.cancelled
        ]
        new = replace(new, reunion=meeting.draft.reunion)
        validate_meetings([*others, new], activity.draft)
        with self._uow.transaction():
            self._courses.move_meeting(meeting_id, validate_meeting(new))
            self._audit.record(
                AuditAction.UPDATE, "meeting", meeting_id, describe_changes(meeting.draft, new)
            )

    def cancel_meeting(self, meeting_id: MeetingId) -> None:
        self._allowed()
        with self._uow.transaction():
            self._courses.cancel_meeting(meeting_id)
            self._audit.record(AuditAction.UPDATE, "meeting", meeting_id, "cancelled")

    def remove_meeting(self, meeting_id: MeetingId, reason: RemovalReason) -> None:
        """A meeting added by mistake, removed; one with attendance is history (cancel
        it: "ägde inte rum"), and a course keeps at least one meeting (cancel the course)."""
        self._allowed()
        meeting = self.meeting(meeting_id)
        reason = RemovalReason(reason)
        if meeting.attendance_taken or meeting.anonymous:
            raise ValidationError("meeting", "in_use")
        others = [m for m in self._courses.meetings(meeting.activity_id) if m.id != meeting_id]
        if not others:
            raise ValidationError("meeting", "last_meeting")
        with self._uow.transaction():
            if not self._courses.delete_meeting(meeting_id):
                raise ValidationError("meeting", "in_use")
            self._audit.record(
                AuditAction.DELETE,
                "meeting",
                meeting_id,
                f"activity={meeting.activity_id} day={meeting.draft.starts_at.date()} "
                f"reason={reason.value}",
            )

    def record_past_session(
        self, group_name: str, meeting: MeetingDraft, attended: int, leaders: tuple = ()
    ) -> tuple[MeetingId, int | None]:
        """A group session that already took place with ``attended`` anonymous attendances
        (from a spreadsheet); an unknown group is created, meeting every 14 days. Returns
        the session and, when the group had already met that day, the head count it had
        before (None for a new session)."""
        self._allowed()
        meeting = validate_meeting(meeting)
        if meeting.starts_at > self._clock():
            raise ValidationError("day", "in_future")
        if attended < 0:
            raise ValidationError("participants", "negative")
        group = next(
            (
                g
                for g in self._courses.activities(ActivityKind.GROUP, self._clock(), None)
                if g.draft.name.casefold() == group_name.casefold()
            ),
            None,
        )
        with self._uow.transaction():
            if group is None:
                draft = validate_activity(
                    ActivityDraft(
                        ActivityKind.GROUP,
                        group_name,
                        meeting.venue,
                        capacity=max(attended, 12),
                        rhythm_days=14,
                        leaders=leaders,
                    )
                )
                activity_id = self._courses.insert_activity(draft, self._clock())
            else:
                activity_id = group.id
            same_day = next(
                (
                    m
                    for m in self._courses.meetings(activity_id)
                    if m.draft.starts_at.date() == meeting.starts_at.date()
                ),
                None,
            )
            if same_day is not None:  # the group met that day: its session, not a second
                self._courses.set_head_count(same_day.id, attended)
                self._audit.record(
                    AuditAction.UPDATE, "meeting", same_day.id, f"imported={attended}"
                )
                return same_day.id, same_day.anonymous
            meeting_id = self._courses.insert_past_session(activity_id, meeting, attended)
            self._audit.record(
                AuditAction.CREATE,
                "meeting",
                meeting_id,
                f"group={activity_id} imported={attended}",
            )
        return meeting_id, None

    def record_head_count(self, meeting_id: MeetingId, count: int) -> None:
        """A held session's attendance as a head count (anonymous groups: no names)."""
        self._allowed()
        meeting = self.meeting(meeting_id)
        if meeting.draft.starts_at > self._clock():
            raise ValidationError("day", "in_future")
        if not 0 <= count <= 500:
            raise ValidationError("participants", "out_of_range", minimum=0, maximum=500)
        with self._uow.transaction():
            self._courses.set_head_count(meeting_id, count)
            self._audit.record(
                AuditAction.UPDATE,
                "meeting",
                meeting_id,
                f"head_count={meeting.anonymous}→{count}",
            )


def _checked_defaults(course_type: CourseType) -> CourseType:
    """The description cleaned; the usual weekday a real one (0 = Monday)."""
    if course_type.weekday is not None and not 0 <= course_type.weekday <= 6:
        raise ValidationError("weekday", "out_of_range", minimum=0, maximum=6)
    description = clean_text("description", course_type.description, 2000, multiline=True)
    return replace(course_type, description=description)

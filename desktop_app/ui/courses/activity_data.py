"""UI layer: what the course/group window shows, loaded in one call on the worker."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.domain.courses import (
    Activity,
    CourseSummary,
    CourseType,
    Meeting,
    Registration,
)
from desktop_app.core.domain.ids import ActivityId
from desktop_app.session import Session


@dataclass(frozen=True)
class ActivityData:
    activity: Activity
    meetings: list[Meeting]
    registrations: list[Registration]
    queue: list[Registration]  # the waiting list in order (an offer keeps its place)
    summary: CourseSummary
    course_type: CourseType | None
    answers: list[tuple[int, int, str, int]]
    attendance: list[tuple[int, int, bool]]  # (meeting, participant, present)
    unit_name: str
    districts: tuple[str, ...]


def load_activity(session: Session, activity_id: ActivityId) -> ActivityData:
    courses, registrations = session.courses, session.registrations
    activity = courses.get(activity_id)
    type_id = activity.draft.type_id
    return ActivityData(
        activity=activity,
        meetings=courses.meetings(activity_id),
        registrations=registrations.registrations(activity_id),
        queue=registrations.waiting_list(activity_id),
        summary=registrations.summary(activity_id),
        course_type=courses.type(type_id) if type_id else None,
        answers=registrations.answers(activity_id),
        attendance=registrations.attendance_rows(activity_id),
        unit_name=session.unit.unit_name(),
        districts=tuple(session.unit.districts()),
    )

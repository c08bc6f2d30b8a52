"""Core layer: the course summary: meetings held, participants, attendance, no-shows,
age bands, municipalities, districts and the questionnaire's change per statement."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from statistics import mean

from desktop_app.core.domain.courses import (
    HOLDS_PLACE,
    Activity,
    CourseSummary,
    CourseType,
    Meeting,
    MeetingAttendance,
    Phase,
    Registration,
    RegistrationStatus,
    StatementChange,
)
from desktop_app.core.domain.periods import Period

AGE_BANDS = (
    (0, 17, "<18"),
    (18, 25, "18–25"),
    (26, 35, "26–35"),
    (36, 45, "36–45"),
    (46, 55, "46–55"),
    (56, 200, "56+"),
)
UNKNOWN_AGE = "unknown"


def age_band(birth_year: int | None, year: int) -> str:
    if birth_year is None:
        return UNKNOWN_AGE
    age = year - birth_year
    return next((label for low, high, label in AGE_BANDS if low <= age <= high), UNKNOWN_AGE)


def is_held(meeting: Meeting, now: datetime) -> bool:
    """A meeting that took place as far as the records show: past, not cancelled, and
    with attendance recorded."""
    return (
        not meeting.cancelled
        and meeting.draft.ends_at <= now
        and (meeting.attendance_taken or meeting.anonymous > 0)
    )


def attended_meetings(
    participant_id: int,
    meetings: list[Meeting],
    attendance: list[tuple[int, int, bool]],
    now: datetime,
) -> tuple[list[Meeting], list[Meeting]]:
    """(the held meetings the participant attended, all held meetings)."""
    held = [m for m in meetings if is_held(m, now)]
    present = {m for m, p, ok in attendance if ok and p == participant_id}
    return [m for m in held if m.id in present], held


def summarize(
    activity: Activity,
    meetings: list[Meeting],
    registrations: list[Registration],
    attendance: list[tuple[int, int, bool]],
    answers: list[tuple[int, int, str, int]],
    course_type: CourseType | None,
    now: datetime,
    period: Period | None = None,
) -> CourseSummary:
    """The whole course, or with *period* only its meetings starting in the period: a
    group that runs for years reports a year's attendances, persons and ages."""
    if period is not None:
        meetings = [m for m in meetings if period.start <= m.draft.starts_at.date() <= period.end]
    planned = [m for m in meetings if not m.cancelled]
    past = [m for m in planned if m.draft.ends_at <= now]
    # Held: a past meeting with its attendance recorded (by name or as a head count). A
    # past one without is "närvaro saknas", flagged, and never counted as held with 0.
    held = [m for m in past if is_held(m, now)]
    held_ids = {m.id for m in held}
    missing = [m for m in past if not is_held(m, now)]
    holding = [r for r in registrations if r.status in HOLDS_PLACE]
    recorded = [(m, p, present) for m, p, present in attendance if m in held_ids]
    present = sum(1 for _, _, ok in recorded if ok)
    year = (planned[0].draft.starts_at if planned else now).year
    people = {r.participant.id: r.participant for r in holding}
    if period is not None:  # the persons who came in the period, not today's list
        came = {p for _, p, ok in recorded if ok}
        people = {
            r.participant.id: r.participant for r in registrations if r.participant.id in came
        }
    questionnaire = []
    if course_type is not None:
        for statement_id, text in zip(
            course_type.statement_ids, course_type.statements, strict=True
        ):
            before = {
                p: v for p, s, ph, v in answers if s == statement_id and ph == Phase.BEFORE.value
            }
            after = {
                p: v for p, s, ph, v in answers if s == statement_id and ph == Phase.AFTER.value
            }
            both = before.keys() & after.keys()
            questionnaire.append(
                StatementChange(
                    text,
                    mean(before[p] for p in both) if both else None,
                    mean(after[p] for p in both) if both else None,
                    len(both),
                )
            )
    ages = [year - p.draft.birth_year for p in people.values() if p.draft.birth_year]
    per_meeting = [
        MeetingAttendance(
            m,
            sum(1 for mid, _, ok in recorded if mid == m.id and ok) + m.anonymous,
            sum(1 for mid, _, _ in recorded if mid == m.id),
        )
        for m in held
    ]
    return CourseSummary(
        activity=activity,
        meetings_upcoming=len(planned) - len(past),
        per_meeting=per_meeting,
        genders=dict(Counter(p.draft.gender.value for p in people.values())),
        referrals=dict(
            Counter(p.draft.referral.value if p.draft.referral else "" for p in people.values())
        ),
        ages=(min(ages), max(ages), mean(ages)) if ages else None,
        ages_known=len(ages),
        meetings_planned=len(planned),
        meetings_held=len(held),
        meetings_without_attendance=len(missing),
        participants=len(holding),
        unique_persons=len(people),
        attendances=present + sum(m.anonymous for m in held),
        attendance_rate=present / len(recorded) if recorded else None,
        no_shows=sum(1 for r in registrations if r.status == RegistrationStatus.NO_SHOW),
        late_cancellations=sum(1 for r in registrations if r.late_cancel),
        age_bands=dict(Counter(age_band(p.draft.birth_year, year) for p in people.values())),
        municipalities=dict(Counter(p.draft.municipality for p in people.values())),
        districts=dict(Counter(p.draft.district or "" for p in people.values())),
        questionnaire=questionnaire,
    )

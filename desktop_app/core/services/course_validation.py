"""Core layer: checking activities (course occasions, groups) and their meetings."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from desktop_app.core.domain.courses import ActivityDraft, ActivityKind, MeetingDraft
from desktop_app.core.errors import ValidationError

MAX_CAPACITY = 500
MAX_RHYTHM_DAYS = 90


def validate_activity(draft: ActivityDraft) -> ActivityDraft:
    name = " ".join(draft.name.split())
    if not name:
        raise ValidationError("activity_name", "required")
    if not 1 <= draft.capacity <= MAX_CAPACITY:
        raise ValidationError("capacity", "out_of_range", minimum=1, maximum=MAX_CAPACITY)
    if not 1 <= draft.minimum <= draft.capacity:
        raise ValidationError("minimum", "above_capacity")
    rhythm = draft.rhythm_days
    if draft.kind == ActivityKind.GROUP and (rhythm is None or not 1 <= rhythm <= MAX_RHYTHM_DAYS):
        raise ValidationError("rhythm_days", "out_of_range", minimum=1, maximum=MAX_RHYTHM_DAYS)
    return replace(
        draft, name=name, venue=" ".join(draft.venue.split()), guests=draft.guests.strip()
    )


def validate_meeting(meeting: MeetingDraft) -> MeetingDraft:
    if meeting.ends_at <= meeting.starts_at:
        raise ValidationError("ends_at", "ends_before_start")
    if (meeting.ends_at - meeting.starts_at).total_seconds() > 16 * 3600:
        raise ValidationError("ends_at", "too_long_meeting")
    return replace(meeting, venue=" ".join(meeting.venue.split()))


def validate_meetings(meetings: list[MeetingDraft], draft: ActivityDraft) -> list[MeetingDraft]:
    checked = sorted((validate_meeting(m) for m in meetings), key=lambda m: m.starts_at)
    if draft.kind == ActivityKind.COURSE and not checked:
        raise ValidationError("meetings", "required")
    ordinary = [m for m in checked if not m.reunion]
    reunions = [m for m in checked if m.reunion]
    if reunions and (
        not ordinary or min(r.starts_at for r in reunions) <= max(m.ends_at for m in ordinary)
    ):
        raise ValidationError("meetings", "reunion_before_course")
    if draft.deadline and ordinary and draft.deadline > ordinary[0].starts_at.date():
        raise ValidationError("deadline", "after_start")
    return checked


def overlaps(a: MeetingDraft, b: MeetingDraft) -> bool:
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def sessions_ahead(
    first: datetime, minutes: int, rhythm_days: int, until: datetime, venue: str = ""
) -> list[MeetingDraft]:
    """A recurring group's sessions from ``first`` every ``rhythm_days`` up to ``until``."""
    sessions, start = [], first
    while start <= until:
        sessions.append(MeetingDraft(start, start + timedelta(minutes=minutes), venue))
        start += timedelta(days=rhythm_days)
    return sessions

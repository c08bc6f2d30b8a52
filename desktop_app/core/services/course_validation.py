"""Core layer: checking activities (course occasions, groups) and their meetings."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from desktop_app.core.domain.courses import (
    ActivityDraft,
    ActivityKind,
    CalendarEntry,
    Clash,
    MeetingDraft,
)
from desktop_app.core.domain.ids import ActivityId, UserId
from desktop_app.core.errors import ValidationError
from desktop_app.core.services.hygiene import clean_text

MAX_CAPACITY = 500
MAX_RHYTHM_DAYS = 90
MAX_NAME = 120  # as the name fields' maxLength
MAX_VENUE = 120
MAX_GUESTS = 500
EARLIEST_MEETING = datetime(2000, 1, 1)
YEARS_AHEAD = 5  # a meeting can be planned at most this far ahead
MANY_SESSIONS = 200  # the UI asks before a group gets more sessions than this


def validate_activity(draft: ActivityDraft) -> ActivityDraft:
    name = clean_text("activity_name", draft.name, MAX_NAME, required=True)
    venue = clean_text("venue", draft.venue, MAX_VENUE)
    guests = clean_text("text", draft.guests, MAX_GUESTS, multiline=True)
    if not 1 <= draft.capacity <= MAX_CAPACITY:
        raise ValidationError("capacity", "out_of_range", minimum=1, maximum=MAX_CAPACITY)
    if not 1 <= draft.minimum <= draft.capacity:
        raise ValidationError(
            "minimum", "above_capacity", minimum=draft.minimum, capacity=draft.capacity
        )
    rhythm = draft.rhythm_days
    if draft.kind == ActivityKind.GROUP and (rhythm is None or not 1 <= rhythm <= MAX_RHYTHM_DAYS):
        raise ValidationError("rhythm_days", "out_of_range", minimum=1, maximum=MAX_RHYTHM_DAYS)
    return replace(draft, name=name, venue=venue, guests=guests)


def latest_meeting(now: datetime | None = None) -> datetime:
    now = now or datetime.now()
    return now.replace(year=now.year + YEARS_AHEAD, month=12, day=31, hour=23, minute=59)


def validate_meeting(meeting: MeetingDraft) -> MeetingDraft:
    if meeting.starts_at < EARLIEST_MEETING:
        raise ValidationError("at", "too_early", earliest=EARLIEST_MEETING.date().isoformat())
    latest = latest_meeting()
    if meeting.starts_at > latest:
        raise ValidationError("at", "too_late", latest=latest.date().isoformat())
    if meeting.ends_at <= meeting.starts_at:
        raise ValidationError("ends_at", "ends_before_start")
    if (meeting.ends_at - meeting.starts_at).total_seconds() > 16 * 3600:
        raise ValidationError("ends_at", "too_long_meeting")
    return replace(meeting, venue=clean_text("venue", meeting.venue, MAX_VENUE))


def validate_meetings(meetings: list[MeetingDraft], draft: ActivityDraft) -> list[MeetingDraft]:
    checked = sorted((validate_meeting(m) for m in meetings), key=lambda m: m.starts_at)
    if draft.kind == ActivityKind.COURSE and not checked:
        raise ValidationError("meetings", "required")
    ordinary = [m for m in checked if not m.reunion]
    reunions = [m for m in checked if m.reunion]
    if reunions and (
        not ordinary or min(r.starts_at for r in reunions) <= max(m.ends_at for m in ordinary)
    ):
        last = max(m.ends_at for m in ordinary).date().isoformat() if ordinary else "–"
        raise ValidationError(
            "meetings",
            "reunion_before_course",
            reunion=min(r.starts_at for r in reunions).date().isoformat(),
            last=last,
        )
    if draft.deadline and ordinary and draft.deadline > ordinary[0].starts_at.date():
        raise ValidationError(
            "deadline",
            "after_start",
            deadline=draft.deadline.isoformat(),
            start=ordinary[0].starts_at.date().isoformat(),
        )
    return checked


def overlaps(a: MeetingDraft, b: MeetingDraft) -> bool:
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def session_count(first: datetime, rhythm_days: int, until: datetime) -> int:
    """How many sessions ``sessions_ahead`` would make, without making them."""
    if until < first:
        return 0
    return int((until - first) / timedelta(days=rhythm_days)) + 1


def sessions_ahead(
    first: datetime, minutes: int, rhythm_days: int, until: datetime, venue: str = ""
) -> list[MeetingDraft]:
    """A recurring group's sessions from ``first`` every ``rhythm_days`` up to ``until``."""
    sessions, start = [], first
    while start <= until:
        sessions.append(MeetingDraft(start, start + timedelta(minutes=minutes), venue))
        start += timedelta(days=rhythm_days)
    return sessions


def find_clashes(
    draft: MeetingDraft,
    leaders: tuple[UserId, ...],
    entries: list[CalendarEntry],
    own_activity: ActivityId | None,
) -> tuple[Clash, ...]:
    """The meetings among ``entries`` of other activities that overlap ``draft`` in the
    same room or with one of its leaders."""
    found = []
    venue = draft.venue.casefold()
    for other in entries:
        o = other.meeting
        if o.activity_id == own_activity or not overlaps(draft, o.draft):
            continue
        room = bool(venue) and venue == o.draft.venue.casefold()
        leader = bool(set(leaders) & set(other.leaders))
        if room or leader:
            found.append(
                Clash(
                    o.activity_id,
                    other.activity_name,
                    o.draft.starts_at,
                    o.draft.ends_at,
                    room,
                    leader,
                )
            )
    return tuple(found)

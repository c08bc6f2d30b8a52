"""Core layer: the calendar of every meeting of every course and group, with what each
clashes with (the same room or leader at once), and the clash check for meetings about
to be saved (mixed into ``CourseService``, which provides the repository and checks)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop_app.core.domain.courses import CalendarEntry, Clash, MeetingDraft
from desktop_app.core.domain.ids import ActivityId, MeetingId, UserId
from desktop_app.core.services.course_validation import find_clashes


class CourseCalendar:
    # -- calendar ---------------------------------------------------------------------
    def calendar(self, start: date, end: date) -> list[CalendarEntry]:
        """Every meeting in the period (a cancelled one too, marked so), each with what
        it clashes with: the same room or leader at the same time."""
        self._allowed()
        entries = self._courses.calendar(start, end)
        by_day: dict[date, list[CalendarEntry]] = {}  # a clash is within a day
        for e in entries:
            if not e.meeting.cancelled:
                by_day.setdefault(e.meeting.draft.starts_at.date(), []).append(e)
        return [
            e
            if e.meeting.cancelled
            else replace(
                e,
                clashes=find_clashes(
                    e.meeting.draft,
                    e.leaders,
                    by_day[e.meeting.draft.starts_at.date()],
                    e.meeting.activity_id,
                ),
            )
            for e in entries
        ]

    def clashes(
        self,
        meetings: list[MeetingDraft],
        leaders: tuple[UserId, ...],
        activity_id: ActivityId | None = None,
        moving: MeetingId | None = None,
    ) -> list[Clash]:
        """What meetings about to be saved would clash with (their own activity's other
        meetings and the one being moved aside), for the warning before saving."""
        self._allowed()
        if not meetings:
            return []
        days = [m.starts_at.date() for m in meetings]
        entries = [
            e
            for e in self._courses.calendar(min(days), max(days))
            if not e.meeting.cancelled and e.meeting.id != moving
        ]
        found: dict[tuple, Clash] = {}
        for meeting in meetings:
            for clash in find_clashes(meeting, leaders, entries, activity_id):
                found[(clash.activity_id, clash.starts_at)] = clash
        return sorted(found.values(), key=lambda c: c.starts_at)

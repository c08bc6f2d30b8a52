"""Reports layer: an activity's meetings as an iCalendar file for the leaders' own
calendars. Participants appear by pseudonymous code only, never by name."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar, Event

from desktop_app.core.domain.courses import Activity, Meeting
from desktop_app.reports.atomic import atomic_path


def write_ical(
    activity: Activity,
    meetings: list[Meeting],
    participant_codes: list[str],
    path: Path | str,
    description: str = "",
) -> Path:
    calendar = Calendar()
    calendar.add("prodid", "-//Vägval//Kurser//SV")
    calendar.add("version", "2.0")
    for meeting in meetings:
        if meeting.cancelled:
            continue
        event = Event()
        event.add("uid", f"vagval-meeting-{activity.id}-{meeting.id}@vagval")
        event.add("summary", activity.draft.name)
        event.add("dtstart", meeting.draft.starts_at)
        event.add("dtend", meeting.draft.ends_at)
        event.add("location", meeting.draft.venue or activity.draft.venue)
        text = description
        if participant_codes:
            text += ("\n" if text else "") + ", ".join(participant_codes)
        if text:
            event.add("description", text)
        calendar.add_component(event)
    path = Path(path)
    with atomic_path(path) as tmp:
        tmp.write_bytes(calendar.to_ical())
    return path

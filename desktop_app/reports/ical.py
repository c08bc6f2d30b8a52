"""Reports layer: an activity's meetings as an iCalendar file (RFC 5545) for the leaders'
own calendars. Participants appear by pseudonymous code only, never by name.

Every event has a stable UID (a later export updates the same event), DTSTAMP, times
in Europe/Stockholm with its VTIMEZONE, a SEQUENCE that grows each time the meeting is
moved or cancelled, and STATUS: a cancelled meeting is sent as CANCELLED rather than
left out, so a calendar that imported it before takes it away.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from desktop_app.core.domain.courses import Activity, Meeting
from desktop_app.reports.atomic import atomic_path

TIME_ZONE = ZoneInfo("Europe/Stockholm")


def event_uid(db_id: str, meeting: Meeting) -> str:
    return f"vagval-{db_id[:8]}-meeting-{meeting.id}@vagval"


def build_calendar(
    activity: Activity,
    meetings: list[Meeting],
    participant_codes: list[str],
    *,
    db_id: str = "",
    description: str = "",
    now: datetime | None = None,
) -> Calendar:
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", "-//Vägval//Kurser//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for meeting in meetings:
        event = Event()
        event.add("uid", event_uid(db_id, meeting))
        event.add("dtstamp", stamp)
        event.add("summary", activity.draft.name)
        event.add("dtstart", meeting.draft.starts_at.replace(tzinfo=TIME_ZONE))
        event.add("dtend", meeting.draft.ends_at.replace(tzinfo=TIME_ZONE))
        event.add("sequence", meeting.sequence)
        event.add("status", "CANCELLED" if meeting.cancelled else "CONFIRMED")
        event.add("location", meeting.draft.venue or activity.draft.venue)
        text = description
        if participant_codes and not meeting.cancelled:
            text += ("\n" if text else "") + ", ".join(participant_codes)
        if text:
            event.add("description", text)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def write_ical(
    activity: Activity,
    meetings: list[Meeting],
    participant_codes: list[str],
    path: Path | str,
    *,
    db_id: str = "",
    description: str = "",
) -> Path:
    calendar = build_calendar(
        activity, meetings, participant_codes, db_id=db_id, description=description
    )
    path = Path(path)
    with atomic_path(path) as tmp:
        tmp.write_bytes(calendar.to_ical())
    return path


def build_booking_calendar(
    bookings: list, *, db_id: str = "", summary: str = "Besök %1", now: datetime | None = None
) -> Calendar:
    """A counsellor's booked visits as events named by the client's code only (never a
    name, never the note); a cancelled booking is sent as CANCELLED."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", "-//Vägval//Bokningar//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for booking in bookings:
        event = Event()
        event.add("uid", f"vagval-{db_id[:8]}-booking-{booking.id}@vagval")
        event.add("dtstamp", stamp)
        event.add("summary", summary.replace("%1", booking.code))
        event.add("dtstart", booking.draft.starts_at.replace(tzinfo=TIME_ZONE))
        event.add("dtend", booking.draft.ends_at.replace(tzinfo=TIME_ZONE))
        event.add("sequence", booking.sequence)  # a moved or cancelled visit replaces the old
        event.add("status", "CONFIRMED" if booking.counts else "CANCELLED")
        if booking.draft.room:
            event.add("location", booking.draft.room)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def write_booking_ical(bookings: list, path: Path | str, **options) -> Path:
    path = Path(path)
    with atomic_path(path) as tmp:
        tmp.write_bytes(build_booking_calendar(bookings, **options).to_ical())
    return path

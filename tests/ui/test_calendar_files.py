"""Calendar files valid by RFC 5545, exported through "Exportera kalender…": DTSTAMP,
stable UIDs, Europe/Stockholm with its VTIMEZONE, SEQUENCE growing with each move,
cancelled sessions sent as CANCELLED, current members' codes only, never names."""

from datetime import date, datetime, timedelta

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop_app.core.domain.courses import ActivityDraft, ActivityKind, MeetingDraft
from tests.ui.test_course_corrections import _window
from tests.ui.test_courses_page import _people

REQUIRED = ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "SEQUENCE", "STATUS")


def _export(qtbot, window, file_dialogs):
    before = set(file_dialogs.folder.iterdir())
    window.message.clear()  # the previous export's "Sparad" must not count
    button = next(b for b in window.findChildren(QPushButton) if b.text().startswith("Exportera"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sparad" in window.message.text(), timeout=5000)
    [path] = set(file_dialogs.folder.iterdir()) - before
    return path.read_bytes()


def check_rfc5545(data: bytes) -> Calendar:
    """The properties RFC 5545 requires, on every part of the file."""
    calendar = Calendar.from_ical(data)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    events = calendar.walk("VEVENT")
    assert events
    for event in events:
        for name in REQUIRED:
            assert name in event, name
        stamp = event.decoded("DTSTAMP")
        assert stamp.utcoffset() == timedelta(0)  # DTSTAMP in UTC
        for name in ("DTSTART", "DTEND"):
            assert event[name].params["TZID"] == "Europe/Stockholm"
            assert "Europe/Stockholm" in zones  # a VTIMEZONE for every TZID used
    assert len({str(e["UID"]) for e in events}) == len(events)
    return calendar


def test_a_groups_calendar_file_is_valid_and_follows_the_changes(qtbot, ops, vault, file_dialogs):
    s = vault.session
    start = (datetime.now() + timedelta(days=3)).replace(hour=13, minute=0, second=0, microsecond=0)
    group = s.courses.create_group(
        ActivityDraft(ActivityKind.GROUP, "Samtalsgrupp", "Rum", capacity=8, rhythm_days=14),
        start,
        90,
        (start + timedelta(days=40)).date(),
    )
    stays, leaves = _people(vault, 2)
    for person in (stays, leaves):
        s.registrations.register(group.id, person.id)
    leaving = next(
        r for r in s.registrations.registrations(group.id) if r.participant.id == leaves.id
    )
    s.registrations.leave_group(leaving.id, date.today())
    window = _window(qtbot, ops, vault, group)
    first = check_rfc5545(_export(qtbot, window, file_dialogs))
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    text = first.to_ical().decode()
    assert stays.code in text and leaves.code not in text  # current members only
    assert "Person" not in text  # codes, never names

    meetings = s.courses.meetings(group.id)
    moved, cancelled = meetings[0], meetings[1]
    s.courses.move_meeting(
        moved.id,
        MeetingDraft(moved.draft.starts_at + timedelta(hours=1), moved.draft.ends_at + timedelta(hours=1), "Rum"),
    )  # fmt: skip
    s.courses.cancel_meeting(cancelled.id)
    window.reload()
    qtbot.waitUntil(lambda: window.data.meetings[1].cancelled, timeout=5000)
    second = check_rfc5545(_export(qtbot, window, file_dialogs))
    events = {str(e["UID"]): e for e in second.walk("VEVENT")}
    assert list(events) == uids  # the same events, updated in place
    by_start = sorted(events.values(), key=lambda e: e.decoded("DTSTART"))
    assert int(by_start[0]["SEQUENCE"]) == 1 and by_start[0]["STATUS"] == "CONFIRMED"
    assert int(by_start[1]["SEQUENCE"]) == 1 and by_start[1]["STATUS"] == "CANCELLED"
    assert by_start[0].decoded("DTSTART").hour == 14

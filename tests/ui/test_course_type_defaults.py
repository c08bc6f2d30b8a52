"""A course type carries its usual weekday, start time, length and description: a new
occasion starts from them (five Tuesday evenings, not five 09.00 meetings to retype), and
moving the first meeting moves the others that were not set by hand."""

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QPushButton

from desktop_app.ui.courses.course_type_dialog import CourseTypeDialog
from desktop_app.ui.courses.occasion_dialog import OccasionDialog
from desktop_app.ui.pages.courses_page import CoursesPage


def _visible(parent, kind):
    return next(d for d in parent.findChildren(kind) if d.isVisible())


def test_an_occasion_starts_from_the_type_and_follows_its_first_meeting(qtbot, ops, vault):
    page = CoursesPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: bool(page.types), timeout=5000)
    relatives = next(t for t in page.types if t.name == "Anhörigkurs")
    page.type_choice.setCurrentIndex(page.type_choice.findData(relatives.id))
    qtbot.mouseClick(page.edit_type_button, Qt.MouseButton.LeftButton)
    dialog = _visible(page, CourseTypeDialog)
    assert dialog.weekday.currentData() == 1 and dialog.starts.time().hour() == 18
    dialog.weekday.setCurrentIndex(dialog.weekday.findData(2))  # Wednesdays instead
    dialog.description.setPlainText("Fem kvällar för anhöriga.")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(
        lambda: any(
            t.weekday == 2 and t.description == "Fem kvällar för anhöriga."
            for t in vault.session.courses.types()
        ),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    page.types = vault.session.courses.types()
    qtbot.mouseClick(page.findChild(QPushButton, "newOccasion"), Qt.MouseButton.LeftButton)
    occasion = _visible(page, OccasionDialog)
    occasion.type.setCurrentIndex(occasion.type.findData(relatives.id))
    starts = [row.draft("").starts_at for row in occasion.meeting_rows]
    assert len(starts) == 5
    assert all(s.weekday() == 2 and s.time() == time(18, 0) for s in starts)
    assert starts[0].date() >= (datetime.now() + timedelta(days=14)).date()
    assert all(b - a == timedelta(days=7) for a, b in zip(starts, starts[1:], strict=False))
    ends = [row.draft("").ends_at for row in occasion.meeting_rows]
    assert all(e - s == timedelta(minutes=150) for s, e in zip(starts, ends, strict=True))
    assert "ons" in occasion.meeting_rows[0].start.text()  # the weekday beside the date
    # The fourth meeting is set by hand; then the first moves a week: the rest follow.
    fourth = occasion.meeting_rows[3]
    fourth.start.setDateTime(QDateTime(starts[3] + timedelta(days=1)))
    occasion.meeting_rows[0].start.setDateTime(QDateTime(starts[0] + timedelta(days=7)))
    moved = [row.draft("").starts_at for row in occasion.meeting_rows]
    assert moved[0] == starts[0] + timedelta(days=7)
    assert moved[1] == starts[1] + timedelta(days=7) and moved[2] == starts[2] + timedelta(days=7)
    assert moved[3] == starts[3] + timedelta(days=1)  # set by hand: stays
    assert moved[4] == starts[4] + timedelta(days=7)
    occasion.reject()

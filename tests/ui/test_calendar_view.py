"""The calendar as a course leader uses it: a full month cell says "+N till", the week
is an hour grid, a clash says with what, a cancelled meeting is struck through, a
double-click opens the course, and saving a clashing meeting warns first."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop_app.core.domain.courses import ActivityDraft, ActivityKind, MeetingDraft
from desktop_app.ui.courses.activity_dialog import ActivityDialog
from desktop_app.ui.courses.occasion_dialog import OccasionDialog
from desktop_app.ui.models.calendar_model import FIRST_HOUR, HTML_ROLE
from desktop_app.ui.pages.courses_page import CoursesPage

DAY = date.today() + timedelta(days=3)


def _at(hour):
    return datetime.combine(DAY, datetime.min.time()).replace(hour=hour)


def _occasion(vault, name, hour, room, hours=2):
    medvind = next(t for t in vault.session.courses.types() if t.name.startswith("MedVind"))
    return vault.session.courses.create_occasion(
        ActivityDraft(ActivityKind.COURSE, name, room, medvind.id, 5, 1),
        [MeetingDraft(_at(hour), _at(hour) + timedelta(hours=hours), room)],
    )


@pytest.fixture
def page(qtbot, ops, vault):
    _occasion(vault, "Kurs A", 9, "Rum 1")
    _occasion(vault, "Kurs B", 10, "Rum 1")
    _occasion(vault, "Kurs C", 13, "Rum 2")
    cancelled = _occasion(vault, "Kurs D", 18, "Rum 3")
    vault.session.courses.cancel_meeting(vault.session.courses.meetings(cancelled.id)[0].id)
    page = CoursesPage(vault.session, ops)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: bool(page.types), timeout=5000)
    page.tabs.setCurrentWidget(page.calendar)
    page.calendar.anchor = DAY
    page.calendar.reload()
    qtbot.waitUntil(lambda: len(page.calendar.model.entries_on(DAY)) == 4, timeout=5000)
    return page


def _month_index(model):
    offset = (DAY - model.first).days
    return model.index(offset // 7, offset % 7)


def test_a_full_month_cell_says_how_many_more(page):
    model = page.calendar.model
    text = model.data(_month_index(model))
    assert "Kurs A ⚠" in text and "+2 till" in text


def test_the_week_is_an_hour_grid(qtbot, page):
    calendar = page.calendar
    calendar.mode.setCurrentIndex(calendar.mode.findData("week"))
    qtbot.waitUntil(
        lambda: calendar.model.week_grid and bool(calendar.model.entries_on(DAY)), timeout=5000
    )
    model = calendar.model
    assert model.headerData(0, Qt.Orientation.Vertical) == f"{FIRST_HOUR:02d}.00"
    column = DAY.weekday()
    nine = model.index(9 - FIRST_HOUR, column)
    assert "09.00 Kurs A ⚠" in model.data(nine)
    assert model.data(model.index(11 - FIRST_HOUR, column)) == "⋮"  # Kurs B goes on
    tip = model.data(nine, Qt.ItemDataRole.ToolTipRole)
    assert "krock med Kurs B 10.00–12.00 (samma lokal)" in tip
    evening = model.index(18 - FIRST_HOUR, column)
    assert "(inställd)" in model.data(evening) and "<s" in model.data(evening, HTML_ROLE)
    assert "⚠" not in model.data(model.index(13 - FIRST_HOUR, column))


def test_double_click_opens_the_course(qtbot, page):
    calendar = page.calendar
    calendar.mode.setCurrentIndex(calendar.mode.findData("week"))
    qtbot.waitUntil(
        lambda: calendar.model.week_grid and bool(calendar.model.entries_on(DAY)), timeout=5000
    )
    index = calendar.model.index(13 - FIRST_HOUR, DAY.weekday())
    calendar.table.scrollTo(index)
    rect = calendar.table.visualRect(index)
    assert rect.isValid() and calendar.table.viewport().rect().contains(rect.center())
    qtbot.mouseClick(calendar.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(calendar.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: any(w.isVisible() for w in page.findChildren(ActivityDialog)), timeout=5000
    )
    window = next(w for w in page.findChildren(ActivityDialog) if w.isVisible())
    qtbot.waitUntil(lambda: window.data is not None, timeout=5000)
    assert window.data.activity.draft.name == "Kurs C"
    window.close()


def test_saving_a_clashing_meeting_warns_first(qtbot, page, vault, monkeypatch):
    warned = []

    def warning(parent, title, text, *args, **kwargs):
        warned.append(text)
        return answers.pop(0)

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "warning", warning)
    qtbot.mouseClick(page.findChild(QPushButton, "newOccasion"), Qt.MouseButton.LeftButton)
    dialog = next(d for d in page.findChildren(OccasionDialog) if d.isVisible())
    dialog.name.setText("Kurs E")
    dialog.venue.setText("Rum 2")
    dialog.meeting_rows[0].start.setDateTime(QDateTime(_at(14)))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: len(warned) == 1, timeout=5000)
    assert "krock med Kurs C" in warned[0] and "samma lokal" in warned[0]
    assert dialog.isVisible()  # went back: nothing saved
    names = [a.draft.name for a in vault.session.courses.activities(ActivityKind.COURSE)]
    assert "Kurs E" not in names
    dialog.buttons.accepted.emit()  # save anyway
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    names = [a.draft.name for a in vault.session.courses.activities(ActivityKind.COURSE)]
    assert "Kurs E" in names

"""Attendance ticks are never lost without a question: choosing another meeting or
closing the course window asks "Spara närvaron?" (save, discard or stay)."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.domain.courses import (
    ActivityDraft,
    ActivityKind,
    MeetingDraft,
    ParticipantDraft,
)
from desktop_app.ui.courses.activity_dialog import ActivityDialog

B = QMessageBox.StandardButton


def _past_course(vault):
    relatives = next(t for t in vault.session.courses.types() if t.name == "Anhörigkurs")
    first = (datetime.now() - timedelta(days=15)).replace(
        hour=18, minute=0, second=0, microsecond=0
    )
    meetings = [
        MeetingDraft(first + timedelta(days=7 * n), first + timedelta(days=7 * n, hours=2))
        for n in range(2)
    ]
    course = vault.session.courses.create_occasion(
        ActivityDraft(ActivityKind.COURSE, "Anhörigkurs höst", "", relatives.id, 8, 1), meetings
    )
    reg = vault.session.registrations
    for i in range(2):
        p = reg.create_participant(ParticipantDraft(name=f"Anhörig {i}"))
        reg.register(course.id, p.id)
    return course


@pytest.fixture
def window(qtbot, ops, vault):
    course = _past_course(vault)
    window = ActivityDialog(vault.session, ops, course.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.attendance.model.rowCount() == 2, timeout=5000)
    window.tabs.setCurrentWidget(window.attendance)
    return window


def _tick_first(qtbot, window):
    table = window.attendance.table
    table.setFocus()
    table.setCurrentIndex(window.attendance.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert window.attendance.unsaved()


def _answer(monkeypatch, button):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_choosing_another_meeting_asks_and_stay_keeps_the_ticks(qtbot, window, monkeypatch):
    asked = _answer(monkeypatch, B.Cancel)
    _tick_first(qtbot, window)
    combo = window.attendance.meeting
    shown = combo.currentIndex()
    combo.setCurrentIndex(0 if shown else 1)
    assert asked and "inte sparad" in asked[0]
    assert combo.currentIndex() == shown  # stayed on the meeting with the ticks
    assert window.attendance.unsaved()


def test_choosing_another_meeting_can_save_the_ticks_first(qtbot, window, vault, monkeypatch):
    _answer(monkeypatch, B.Save)
    _tick_first(qtbot, window)
    shown = window.attendance.shown
    combo = window.attendance.meeting
    combo.setCurrentIndex(0 if combo.currentIndex() else 1)
    qtbot.waitUntil(lambda: window.message.text() == "Närvaron är sparad.", timeout=5000)
    _, present = vault.session.registrations.attendance(shown.id)
    assert sorted(present.values()) == [False, True]


def test_closing_the_window_asks_and_saves(qtbot, window, vault, monkeypatch):
    asked = _answer(monkeypatch, B.Save)
    _tick_first(qtbot, window)
    shown = window.attendance.shown
    window.close()
    assert asked
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    _, present = vault.session.registrations.attendance(shown.id)
    assert sorted(present.values()) == [False, True]


def test_escape_with_discard_closes_without_saving(qtbot, window, vault, monkeypatch):
    asked = _answer(monkeypatch, B.Discard)
    _tick_first(qtbot, window)
    shown = window.attendance.shown
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert asked and not window.isVisible()
    assert vault.session.registrations.attendance(shown.id)[1] == {}


def test_nothing_is_asked_without_changes(qtbot, window, monkeypatch):
    asked = _answer(monkeypatch, B.Cancel)
    window.close()
    assert not asked and not window.isVisible()

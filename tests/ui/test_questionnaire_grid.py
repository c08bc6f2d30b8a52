"""The questionnaire grid: the leader types each paper form as a row of digits, Enter
goes to the next participant; saved answers are shown again, a change stays marked until
saved, and a slip cannot silently overwrite someone else's answers."""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.domain.courses import (
    ActivityDraft,
    ActivityKind,
    MeetingDraft,
    ParticipantDraft,
    Phase,
)
from desktop_app.ui.courses.activity_dialog import ActivityDialog


def _window(qtbot, ops, vault, n=3):
    s = vault.session
    medvind = next(t for t in s.courses.types() if t.name.startswith("MedVind"))
    start = (datetime.now() + timedelta(days=5)).replace(hour=9, minute=0, second=0, microsecond=0)
    course = s.courses.create_occasion(
        ActivityDraft(ActivityKind.COURSE, "MedVind enkät", "", medvind.id, 12, 1),
        [MeetingDraft(start, start + timedelta(hours=6))],
    )
    people = [
        s.registrations.create_participant(ParticipantDraft(name=f"Man {i}")) for i in range(n)
    ]
    for p in people:
        s.registrations.register(course.id, p.id)
    window = ActivityDialog(s, ops, course.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.questionnaire.model.rowCount() == n, timeout=5000)
    window.tabs.setCurrentWidget(window.questionnaire)
    return window, course, people


def _type(qtbot, grid, keys):
    for key in keys:
        if key == "\n":
            qtbot.keyClick(grid, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(grid, key)


def test_typing_the_forms_row_by_row_and_saving(qtbot, ops, vault):
    window, course, people = _window(qtbot, ops, vault)
    tab = window.questionnaire
    grid = tab.grid
    grid.setFocus()
    assert grid.currentIndex().row() == 0 and grid.currentIndex().column() == 1
    _type(qtbot, grid, ["4", "5", "2", "\n", "3", "3", "1", "\n"])
    model = tab.model
    assert [model.value(0, c) for c in (1, 2, 3)] == [4, 5, 2]
    assert [model.value(1, c) for c in (1, 2, 3)] == [3, 3, 1]
    assert grid.currentIndex().row() == 2  # ready for the third form
    assert "6 ändrade svar" in tab.state.text()
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()  # visible before saving
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.message.text() == "Svaren är sparade.", timeout=5000)
    qtbot.waitUntil(lambda: not tab.model.unsaved() and tab.model.value(0, 1) == 4, timeout=5000)
    answers = ops.call(lambda: vault.session.registrations.answers(course.id))
    mine = sorted((p, v) for p, _, phase, v in answers if phase == Phase.BEFORE.value)
    assert mine == sorted(
        [(people[0].id, v) for v in (4, 5, 2)] + [(people[1].id, v) for v in (3, 3, 1)]
    )
    # The saved answers are shown again; the after-phase is its own grid.
    assert tab.model.value(1, 3) == 1
    tab.phase.setCurrentIndex(1)
    assert tab.model.value(0, 1) is None


def test_a_slip_shows_as_a_change_and_delete_clears(qtbot, ops, vault):
    window, course, people = _window(qtbot, ops, vault, n=2)
    reg = vault.session.registrations
    statements = window.data.course_type.statement_ids
    ops.call(lambda: reg.record_answers(course.id, people[1].id, Phase.BEFORE, {statements[0]: 2}))
    window.reload()
    qtbot.waitUntil(lambda: window.questionnaire.model.value(1, 1) == 2, timeout=5000)
    tab, grid = window.questionnaire, window.questionnaire.grid
    grid.setFocus()
    grid.setCurrentIndex(tab.model.index(1, 1))
    qtbot.keyClicks(grid, "5")  # a slip over someone's saved answer
    tip = tab.model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "sparat: 2" in tip
    grid.setCurrentIndex(tab.model.index(1, 1))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.message.text() == "Svaren är sparade.", timeout=5000)
    assert ops.call(lambda: reg.answers(course.id)) == []


def test_closing_with_unsaved_answers_asks(qtbot, ops, vault, monkeypatch):
    window, _, _ = _window(qtbot, ops, vault, n=1)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel,
    )
    window.questionnaire.grid.setFocus()
    qtbot.keyClicks(window.questionnaire.grid, "3")
    window.close()
    assert asked and "Enkätsvar" in asked[0] and window.isVisible()

"""The background helper: results for a closed owner are dropped; every failure, the
program's own or a bug, reaches ``on_error`` so a form can enable itself again; a bug is
written to the crash log and shown once."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.core.errors import UnexpectedError, ValidationError
from desktop_app.ui import crash


def test_a_result_for_a_closed_window_is_dropped(qtbot, ops):
    owner = QWidget()
    gate, delivered = threading.Event(), []
    ops.run(owner, gate.wait, lambda _: delivered.append(owner.windowTitle()))
    owner.deleteLater()  # the user closes the window while its operation runs
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=2000)
    gate.set()
    qtbot.waitUntil(lambda: not ops.busy, timeout=2000)
    assert delivered == []  # no "Internal C++ object already deleted"


def test_a_bug_in_the_worker_reaches_on_error_and_the_crash_log(qtbot, ops, tmp_path, monkeypatch):
    monkeypatch.setattr(crash, "_log_dir", tmp_path)
    button = QPushButton("Spara")
    qtbot.addWidget(button)
    button.setEnabled(False)
    errors = []

    def failed(error):
        errors.append(error)
        button.setEnabled(True)

    ops.run(button, lambda: 1 / 0, None, failed)
    qtbot.waitUntil(lambda: bool(errors), timeout=2000)
    assert isinstance(errors[0], UnexpectedError) and button.isEnabled()
    assert [p.name.startswith("fel-") for p in tmp_path.iterdir()] == [True]


def test_a_failing_callback_shows_the_crash_dialog_once_and_frees_the_form(
    qtbot, ops, tmp_path, monkeypatch
):
    monkeypatch.setattr(crash, "_log_dir", tmp_path)
    shown = []
    monkeypatch.setattr("desktop_app.ui.ops.show_crash", lambda log: shown.append(log))
    owner = QWidget()
    qtbot.addWidget(owner)
    errors = []
    ops.run(owner, lambda: 7, lambda _: [][1], errors.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert len(shown) == 1 and isinstance(errors[0], UnexpectedError)


def test_the_programs_own_error_reaches_on_error_as_it_is(qtbot, ops):
    owner = QWidget()
    qtbot.addWidget(owner)
    errors = []

    def refuse():
        raise ValidationError("name", "required")

    ops.run(owner, refuse, None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=2000)
    assert errors[0].code == "required"


def test_the_owner_must_be_given(ops):
    import pytest

    with pytest.raises(TypeError):
        ops.run(lambda: 1)  # the old call without an owner

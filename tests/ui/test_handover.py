"""The hand-over from the wizard or the forced password change to the main window runs
inside the real event loop (``exec``), where Qt's quit-on-last-window rule fires: the
program must still be running, with its main window, after each hand-over.

Each test runs in a fresh interpreter: PySide 6.12 aborts at exit (a refcount error on
``False``) after two full program flows in nested ``exec()`` runs in one process."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWizard

from desktop_app.app import VagvalApp
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from tests.ui.crawler import log_in


class QuitWatcher(QObject):
    """Counts the Quit events Qt posts to the application (e.g. on the last window)."""

    def __init__(self) -> None:
        super().__init__()
        self.quits = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Quit:
            self.quits += 1
        return super().eventFilter(obj, event)


ISOLATED = "VAGVAL_HANDOVER_ISOLATED"


def isolated(test):
    """Run ``test`` alone in a child pytest; the parent passes when the child does."""

    def run_in_child(request, *args, **kwargs):
        if os.environ.get(ISOLATED):
            return test(*args, **kwargs)
        child = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", request.node.nodeid],
            env={**os.environ, ISOLATED: "1"},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert child.returncode == 0, child.stdout[-3000:] + child.stderr[-3000:]

    params = list(inspect.signature(test).parameters.values())
    request = inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD)
    run_in_child.__signature__ = inspect.Signature([request, *params])
    run_in_child.__name__ = test.__name__
    return run_in_child


def _in_event_loop(qapp, script, timeout_ms=30_000, expect_quit=False) -> QuitWatcher:
    """Run ``script`` from inside ``qapp.exec()``, every step at the outer loop's level:
    ``script`` is a list of (ready, action) pairs; a timer runs each action once its
    ``ready()`` holds. No step may spin a nested event loop (``qtbot.waitUntil``,
    ``qtbot.wait``): Qt delivers the quit it posts on the last window only to the
    outermost loop, so a nested one would hide the very failure this tests. If the
    program quits, ``exec`` returns before the script ends and the test fails."""
    watcher = QuitWatcher()
    qapp.installEventFilter(watcher)
    failure: list[BaseException] = []
    steps = list(script)
    timer = QTimer()
    clock = QElapsedTimer()

    def tick() -> None:
        try:
            if clock.elapsed() > timeout_ms:
                raise AssertionError(f"timed out with {len(steps)} steps left")
            if steps and steps[0][0]():
                steps.pop(0)[1]()
            if not steps:
                timer.stop()
                qapp.exit(0)
        except BaseException as exc:  # re-raised below, outside the event loop
            failure.append(exc)
            timer.stop()
            qapp.exit(1)

    timer.timeout.connect(tick)
    clock.start()
    timer.start(20)
    qapp.exec()
    timer.stop()
    qapp.removeEventFilter(watcher)
    if failure:
        raise failure[0]
    if not expect_quit:
        assert not steps, f"the program quit with {len(steps)} steps left"
    return watcher


def _now():
    return True


@pytest.fixture
def make_app(qapp, tmp_path):
    made = []

    def make(db_path) -> VagvalApp:
        app = VagvalApp(db_path, tmp_path / "config" / "config.json", tmp_path / "data")
        made.append(app)
        return app

    yield make
    for app in made:  # every exec() emits aboutToQuit: only this test's app may listen
        qapp.aboutToQuit.disconnect(app.shutdown)


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@isolated
def test_first_start_keeps_running_into_the_main_window(qtbot, qapp, tmp_path, make_app):
    app = make_app(tmp_path / "data" / "vagval.db")

    wizard = None
    settled = QElapsedTimer()

    def fill_unit() -> None:
        nonlocal wizard
        app.start()
        wizard = app.wizard
        qtbot.keyClicks(wizard.unit_page.unit_name, "KAST Testby")
        _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))

    def fill_admin() -> None:
        qtbot.keyClicks(wizard.admin_page.username, "anna")
        qtbot.keyClicks(wizard.admin_page.display_name, "Anna Berg")
        qtbot.keyClicks(wizard.admin_page.passwords.password, "Fyren-vid-hamnen-7")
        qtbot.keyClicks(wizard.admin_page.passwords.repeat, "Fyren-vid-hamnen-7")
        _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))

    def finish() -> None:
        wizard.recovery_page.panel.confirm.setChecked(True)
        _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    script = [
        (_now, fill_unit),
        (_now, fill_admin),
        (lambda: wizard.session is not None, finish),
        (lambda: app.main_window is not None, settled.start),
        (lambda: settled.elapsed() > 300, lambda: None),  # a posted quit lands by now
    ]
    watcher = _in_event_loop(qapp, script)
    assert app.main_window.isVisible()
    assert watcher.quits == 0, "the program quit during the hand-over"


@isolated
def test_forced_password_change_keeps_running_into_the_main_window(qtbot, qapp, vault, make_app):
    vault.session.users.add_user(NewUser("bo", "Bo Berg", Role.COUNSELLOR), "Tillfalligt-losen-9")
    vault.session.close()
    app = make_app(vault.path)

    settled = QElapsedTimer()

    def change() -> None:
        dialog = app.password_dialog
        qtbot.keyClicks(dialog.old, "Tillfalligt-losen-9")
        qtbot.keyClicks(dialog.passwords.password, "Eget-starkt-losen-2026")
        qtbot.keyClicks(dialog.passwords.repeat, "Eget-starkt-losen-2026")
        qtbot.keyClick(dialog.passwords.repeat, Qt.Key.Key_Return)

    script = [
        (_now, app.start),
        (_now, lambda: log_in(qtbot, app.login_window, "bo", "Tillfalligt-losen-9")),
        (lambda: app.password_dialog is not None and app.password_dialog.isVisible(), change),
        (lambda: app.main_window is not None, settled.start),
        (lambda: settled.elapsed() > 300, lambda: None),
    ]
    watcher = _in_event_loop(qapp, script)
    assert app.main_window.isVisible()
    assert watcher.quits == 0, "the program quit during the hand-over"


@isolated
def test_closing_the_main_window_quits(qtbot, qapp, vault, make_app):
    vault.session.close()
    app = make_app(vault.path)

    script = [
        (_now, app.start),
        (_now, lambda: log_in(qtbot, app.login_window, vault.admin, vault.password)),
        (lambda: app.main_window is not None, lambda: app.main_window.close()),
        (lambda: False, lambda: None),  # only the quit ends the loop
    ]
    watcher = _in_event_loop(qapp, script, timeout_ms=15_000, expect_quit=True)
    assert watcher.quits >= 1

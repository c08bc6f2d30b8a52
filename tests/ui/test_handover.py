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
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
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


def _in_event_loop(qapp, steps) -> QuitWatcher:
    """Run ``steps`` from inside ``qapp.exec()``; the watcher says whether Qt wanted to quit."""
    watcher = QuitWatcher()
    qapp.installEventFilter(watcher)
    failure: list[BaseException] = []

    def drive() -> None:
        try:
            steps()
        except BaseException as exc:  # re-raised below, outside the event loop
            failure.append(exc)
        finally:
            qapp.exit(0)

    QTimer.singleShot(0, drive)
    qapp.exec()
    qapp.removeEventFilter(watcher)
    if failure:
        raise failure[0]
    return watcher


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

    def steps() -> None:
        app.start()
        wizard = app.wizard
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.keyClicks(wizard.unit_page.unit_name, "KAST Testby")
        _click(qtbot, next_button)
        _click(qtbot, next_button)
        qtbot.keyClicks(wizard.admin_page.username, "anna")
        qtbot.keyClicks(wizard.admin_page.display_name, "Anna Berg")
        qtbot.keyClicks(wizard.admin_page.passwords.password, "Fyren-vid-hamnen-7")
        qtbot.keyClicks(wizard.admin_page.passwords.repeat, "Fyren-vid-hamnen-7")
        _click(qtbot, next_button)
        qtbot.waitUntil(lambda: wizard.session is not None, timeout=15_000)
        wizard.recovery_page.panel.confirm.setChecked(True)
        _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
        qtbot.waitUntil(lambda: app.main_window is not None, timeout=10_000)
        qtbot.wait(200)  # a posted quit would be delivered by now
        assert app.main_window.isVisible()

    watcher = _in_event_loop(qapp, steps)
    assert watcher.quits == 0, "the program quit during the hand-over"


@isolated
def test_forced_password_change_keeps_running_into_the_main_window(qtbot, qapp, vault, make_app):
    vault.session.users.add_user(NewUser("bo", "Bo Berg", Role.COUNSELLOR), "Tillfalligt-losen-9")
    vault.session.close()
    app = make_app(vault.path)

    def steps() -> None:
        app.start()
        login = app.login_window
        log_in(qtbot, login, "bo", "Tillfalligt-losen-9")
        qtbot.waitUntil(
            lambda: app.password_dialog is not None and app.password_dialog.isVisible(),
            timeout=10_000,
        )
        dialog = app.password_dialog
        qtbot.keyClicks(dialog.old, "Tillfalligt-losen-9")
        qtbot.keyClicks(dialog.passwords.password, "Eget-starkt-losen-2026")
        qtbot.keyClicks(dialog.passwords.repeat, "Eget-starkt-losen-2026")
        qtbot.keyClick(dialog.passwords.repeat, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: app.main_window is not None, timeout=10_000)
        qtbot.wait(200)
        assert app.main_window.isVisible()

    watcher = _in_event_loop(qapp, steps)
    assert watcher.quits == 0, "the program quit during the hand-over"


@isolated
def test_closing_the_main_window_quits(qtbot, qapp, vault, make_app):
    vault.session.close()
    app = make_app(vault.path)

    def steps() -> None:
        app.start()
        login = app.login_window
        log_in(qtbot, login, vault.admin, vault.password)
        qtbot.waitUntil(lambda: app.main_window is not None, timeout=10_000)
        app.main_window.close()
        qtbot.wait(200)

    watcher = _in_event_loop(qapp, steps)
    assert watcher.quits >= 1

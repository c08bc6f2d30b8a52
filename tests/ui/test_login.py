"""Login with the right and a wrong password, the delay, and the recovery dialog."""

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.services.login_throttle import LoginThrottle
from desktop_app.session import Gatekeeper
from desktop_app.ui.dialogs.recovery_dialog import RecoveryDialog
from desktop_app.ui.login_window import LoginWindow
from tests.conftest import files_of


@pytest.fixture
def closed_vault(vault):
    vault.session.close()
    return vault


@pytest.fixture
def login(qtbot, ops, closed_vault):
    window = LoginWindow(Gatekeeper(closed_vault.path), ops)
    qtbot.addWidget(window)
    window.show()
    return window


def _type(qtbot, window, username, password):
    window.username.clear()
    qtbot.keyClicks(window.username, username)
    qtbot.keyClicks(window.password, password)


def test_right_password_logs_in(qtbot, login, closed_vault):
    _type(qtbot, login, "anna", closed_vault.password)
    with qtbot.waitSignal(login.logged_in, timeout=5000) as signal:
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    session = signal.args[0]
    assert session.user.username == "anna"
    session.close()


def test_wrong_password_says_so_and_touches_no_file(qtbot, login, closed_vault):
    before = files_of(closed_vault.path)
    _type(qtbot, login, "anna", "fel-losenord-1")
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: login.message.isVisible(), timeout=5000)
    assert login.message.text() == "Fel användarnamn eller lösenord."
    assert login.password.text() == ""
    assert files_of(closed_vault.path) == before


def test_repeated_failures_disable_the_button_with_a_countdown(qtbot, ops, closed_vault):
    clock = [0.0]
    gate = Gatekeeper(closed_vault.path, throttle=LoginThrottle(lambda: clock[0]))
    window = LoginWindow(gate, ops)
    qtbot.addWidget(window)
    window.show()
    for _ in range(3):
        qtbot.waitUntil(lambda: window.login_button.isEnabled(), timeout=5000)
        _type(qtbot, window, "anna", "fel-losenord-1")
        qtbot.mouseClick(window.login_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.message.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "Vänta" in window.message.text(), timeout=5000)
    assert not window.login_button.isEnabled()
    clock[0] += 100
    qtbot.waitUntil(lambda: window.login_button.isEnabled(), timeout=3000)


def test_demo_logins_are_shown_in_demo_mode(qtbot, ops, closed_vault):
    from desktop_app.demo.generator import DEMO_ACCOUNTS

    window = LoginWindow(Gatekeeper(closed_vault.path), ops, demo_accounts=DEMO_ACCOUNTS)
    qtbot.addWidget(window)
    text = window.findChild(type(window.message), "demoLogins").text()
    assert all(a.username in text and a.password in text for a in DEMO_ACCOUNTS)


def test_recovery_dialog_sets_a_new_password(qtbot, ops, closed_vault):
    gate = Gatekeeper(closed_vault.path)
    dialog = RecoveryDialog(gate, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.key, "nonsense-key")
    qtbot.keyClicks(dialog.username, "anna")
    qtbot.keyClicks(dialog.passwords.password, "Aterstallt-losen-77")
    qtbot.keyClicks(dialog.passwords.repeat, "Aterstallt-losen-77")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "stämmer inte" in dialog.message.text(), timeout=5000)
    dialog.key.clear()
    qtbot.keyClicks(dialog.key, closed_vault.recovery_key)
    with qtbot.waitSignal(dialog.recovered, timeout=5000) as signal:
        dialog.buttons.accepted.emit()
    signal.args[0].close()
    gate.login("anna", "Aterstallt-losen-77").close()

"""The whole program: first start -> wizard -> main window; temporary password ->
forced change -> main window; log out -> login."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop_app.app import VagvalApp
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.paths import AppConfig


def _app(tmp_path, db_path):
    return VagvalApp(db_path, tmp_path / "config" / "config.json", tmp_path / "data")


def test_first_start_runs_the_wizard_then_opens_the_main_window(qtbot, tmp_path):
    app = _app(tmp_path, tmp_path / "data" / "vagval.db")
    app.start()
    wizard = app.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.unit_page.unit_name.setText("KAST Testby")
    wizard.next()
    wizard.next()
    wizard.admin_page.username.setText("anna")
    wizard.admin_page.display_name.setText("Anna Berg")
    wizard.admin_page.passwords.password.setText("Fyren-vid-hamnen-7")
    wizard.admin_page.passwords.repeat.setText("Fyren-vid-hamnen-7")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.session is not None, timeout=10_000)
    wizard.recovery_page.panel.confirm.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=5000)
    assert app.main_window.windowTitle() == "Vägval – KAST Testby"
    config = AppConfig.load(tmp_path / "config" / "config.json")
    assert config.database == str(tmp_path / "data" / "vagval.db")
    assert config.last_username == "anna"
    app.logout()
    assert app.main_window is None and app.login_window.isVisible()
    assert app.login_window.username.text() == "anna"
    app.shutdown()


def test_temporary_password_must_be_changed_before_the_main_window(qtbot, vault, tmp_path):
    vault.session.users.add_user(NewUser("bo", "Bo Berg", Role.COUNSELLOR), "Tillfalligt-losen-9")
    vault.session.close()
    app = _app(tmp_path, vault.path)
    app.start()
    login = app.login_window
    qtbot.keyClicks(login.username, "bo")
    qtbot.keyClicks(login.password, "Tillfalligt-losen-9")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: app.password_dialog is not None and app.password_dialog.isVisible(), timeout=5000
    )
    assert app.main_window is None
    dialog = app.password_dialog
    qtbot.keyClicks(dialog.old, "Tillfalligt-losen-9")
    qtbot.keyClicks(dialog.passwords.password, "Eget-starkt-losen-2026")
    qtbot.keyClicks(dialog.passwords.repeat, "Eget-starkt-losen-2026")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=5000)
    assert not app.session.user.must_change_password
    app.shutdown()

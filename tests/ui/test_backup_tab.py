"""Administration › Säkerhetskopior: the reminder, backing up with progress, checking."""

from PySide6.QtCore import Qt

from desktop_app.ui.main_window import MainWindow


def test_reminder_backup_now_and_check(qtbot, ops, vault, tmp_path):
    from desktop_app.core.services.backup_service import UNIT_CREATED_AT
    from desktop_app.storage.repos.settings_repo import SqlSettingsRepo

    # a unit that has worked a month without a backup (a new one is not due at once)
    SqlSettingsRepo(vault.session.vault.db).set(UNIT_CREATED_AT, "2020-01-01T09:00:00")
    window = MainWindow(vault.session, ops, unit_name="KAST Testby")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.backup_reminder.isVisible(), timeout=5000)
    assert "ännu" in window.backup_reminder.toolTip()

    qtbot.mouseClick(window.backup_reminder, Qt.MouseButton.LeftButton)
    admin = window.page_widgets["administration"]
    tab = admin.backup_tab
    assert admin.tabs.currentWidget() is tab and tab.isVisible()
    qtbot.waitUntil(lambda: "ingen ännu" in tab.last.text(), timeout=5000)
    tab.folder.setText(str(tmp_path / "usb"))
    qtbot.keyClick(
        tab, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: "gjord och kontrollerad" in tab.message.text(), timeout=10000)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: not window.backup_reminder.isVisible(), timeout=5000)
    assert vault.session.backups.folder() == str(tmp_path / "usb")
    assert tab.progress_dialog.maximum() > 0  # the page counts reached the dialog

    tab.table.selectRow(0)
    qtbot.mouseClick(
        admin.findChild(type(tab.backup_button), "checkBackup"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: "Kopian är hel" in tab.message.text(), timeout=10000)
    assert "KAST Testkommun" in tab.message.text()


def test_restore_from_the_administration_asks_to_log_out(qtbot, ops, vault, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = MainWindow(vault.session, ops)
    qtbot.addWidget(window)
    window.show()
    window.show_backups()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    button = window.findChild(type(window.backup_reminder), "restoreFromBackup")
    with qtbot.waitSignal(window.restore_requested, timeout=3000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_backup_account_is_created_shown_once_renewed_and_removed(
    qtbot, ops, vault, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.session import Gatekeeper
    from desktop_app.ui.dialogs.backup_account_dialog import BackupAccountDialog

    shown = []

    def capture(dialog):
        shown.append(dialog.password.text())
        return 0

    monkeypatch.setattr(BackupAccountDialog, "exec", capture)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = MainWindow(vault.session, ops)
    qtbot.addWidget(window)
    window.show()
    window.show_backups()
    tab = window.page_widgets["administration"].backup_tab
    qtbot.waitUntil(lambda: "Inget konto" in tab.account_status.text(), timeout=5000)
    assert not tab.remove_account_button.isEnabled()
    qtbot.mouseClick(tab.account_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    assert tab.remove_account_button.isEnabled() and "Nytt lösenord" in tab.account_button.text()
    qtbot.mouseClick(tab.account_button, Qt.MouseButton.LeftButton)  # a new password
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    assert shown[0] != shown[1]
    actions = [
        e.action.value
        for e in ops.call(vault.session.audit.entries)
        if e.entity == "backup_account"
    ]
    assert actions[-2:] in (["create", "update"], ["update", "create"])
    qtbot.mouseClick(tab.remove_account_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.remove_account_button.isEnabled(), timeout=5000)
    assert "delete" in [
        e.action.value
        for e in ops.call(vault.session.audit.entries)
        if e.entity == "backup_account"
    ]
    window.close()
    vault.session.close()
    import pytest

    from desktop_app.core.errors import WrongPasswordError

    with pytest.raises(WrongPasswordError):
        Gatekeeper(vault.path).sealed_backup(shown[1], tmp_path / "b")


def test_a_brand_new_database_does_not_nag_for_a_backup(qtbot, ops, tmp_path):
    from desktop_app.core.domain.roles import Role
    from desktop_app.core.domain.users import NewUser
    from desktop_app.session import create_unit

    session, _ = create_unit(
        tmp_path / "ny" / "vagval.db",
        "Ny enhet",
        NewUser("eva", "Eva Exempel", Role.ADMINISTRATOR),
        "Hemligt-losen-123",
    )
    window = MainWindow(session, ops, unit_name="Ny enhet")
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)  # the reminder check has run
    assert not window.backup_reminder.isVisible()
    window.shutdown()
    session.close()

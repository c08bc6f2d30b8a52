"""Administration › Säkerhetskopior: the reminder, backing up with progress, checking."""

from PySide6.QtCore import Qt

from desktop_app.ui.main_window import MainWindow


def test_reminder_backup_now_and_check(qtbot, ops, vault, tmp_path):
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

"""The main window locks at once, with a message, when another copy takes the database
over; only logging out is left."""

from PySide6.QtWidgets import QPushButton

from tests.storage.test_lock_loss import taken_over


def test_the_window_locks_at_once_when_the_lock_is_lost(qtbot, ops, vault):
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(vault.session, ops)
    qtbot.addWidget(window)
    window.show()
    taken_over(vault.path)
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    assert "KANSLI-PC2" in window.lock_screen.message.text()
    assert not window.lock_screen.unlock_button.isEnabled()
    logout = [b for b in window.lock_screen.findChildren(QPushButton) if b.text() == "Logga ut"]
    assert logout and logout[0].isEnabled()

"""Personal data copied from the program is cleared from the clipboard after a while."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.ui.clipboard_guard import CLEAR_AFTER_MS, ClipboardGuard


def test_default_is_thirty_seconds():
    assert CLEAR_AFTER_MS == 30_000


def _field(qtbot, text):
    field = QLineEdit(text)
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=3000)
    return field


def test_copied_name_is_cleared_after_the_delay(qtbot):
    clipboard = QApplication.clipboard()
    guard = ClipboardGuard(clipboard, after_ms=300)
    try:
        field = _field(qtbot, "Hemlig Persson 19900101-0017")
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert clipboard.text() == "Hemlig Persson 19900101-0017"
        assert guard.pending
        qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    finally:
        guard.deleteLater()


def test_newer_text_is_left_alone(qtbot):
    clipboard = QApplication.clipboard()
    guard = ClipboardGuard(clipboard, after_ms=300)
    try:
        field = _field(qtbot, "Hemlig Persson")
        field.selectAll()
        field.copy()
        assert guard.pending
        field.close()  # the user switches to another program ...
        qtbot.waitUntil(lambda: QApplication.focusWindow() is None, timeout=3000)
        clipboard.setText("Inköpslista")  # ... and copies there before the time ran out
        assert not guard.pending
        qtbot.wait(600)
        assert clipboard.text() == "Inköpslista"
    finally:
        guard.deleteLater()


def test_locking_clears_what_was_copied(qtbot, ops, vault):
    from desktop_app.ui import clipboard_guard
    from desktop_app.ui.main_window import MainWindow

    guard = clipboard_guard.install(QApplication.instance())
    try:
        window = MainWindow(vault.session, ops)
        qtbot.addWidget(window)
        window.show()
        field = _field(qtbot, "Klientens namn")
        field.selectAll()
        field.copy()
        assert guard.pending
        window.lock()
        assert QApplication.clipboard().text() == ""
    finally:
        clipboard_guard._guard = None
        guard.deleteLater()

"""The main window: pages per role, locking by hand and when idle, log out."""

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.session import Gatekeeper
from desktop_app.ui.main_window import MainWindow

ALL_PAGES = [
    "Översikt",
    "Klienter",
    "Bokningar",
    "Grupper och kurser",
    "Uppsökande och utbildning",
    "Statistik",
    "Administration",
]


@pytest.fixture
def window(qtbot, ops, vault):
    window = MainWindow(vault.session, ops, unit_name="KAST Testby")
    qtbot.addWidget(window)
    window.show()
    yield window
    window.shutdown()


def _nav(window):
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_every_part_has_a_page_and_the_status_bar_says_who(window):
    assert _nav(window) == ALL_PAGES
    assert window.windowTitle() == "Vägval – KAST Testby"
    assert window.user_label.text() == "Inloggad: Anna Administratör (administratör)"
    keys = (
        "overview",
        "clients",
        "bookings",
        "courses",
        "outreach",
        "statistics",
        "administration",
    )
    for row, key in enumerate(keys):
        window.nav.setCurrentRow(row)
        assert window.page_widgets[key].isVisible()


@pytest.mark.parametrize(
    "role,expected",
    [
        (Role.STATISTICS, ["Statistik"]),
        (
            Role.COURSE_LEADER,
            ["Översikt", "Grupper och kurser", "Uppsökande och utbildning", "Statistik"],
        ),
        (Role.COUNSELLOR, ALL_PAGES[:6]),
    ],
)
def test_pages_follow_the_role(qtbot, ops, vault, role, expected):
    vault.session.users.add_user(NewUser("bo", "Bo Berg", role), "Tillfalligt-losen-9")
    session = Gatekeeper(vault.path).login("bo", "Tillfalligt-losen-9")
    window = MainWindow(session, ops)
    qtbot.addWidget(window)
    assert _nav(window) == expected
    window.shutdown()
    session.close()


def test_lock_hides_data_and_needs_the_password(qtbot, window, vault):
    window.nav.setCurrentRow(list(window.page_widgets).index("administration"))
    admin = window.page_widgets["administration"]
    qtbot.waitUntil(lambda: admin.model.rowCount() == 1, timeout=5000)
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    assert window.locked
    assert window.stack.currentWidget() is window.lock_screen
    assert admin.model.rowCount() == 0
    assert not window.statusBar().isVisible()
    assert window.windowTitle() == "Vägval – låst"
    qtbot.keyClicks(window.lock_screen.password, "fel-losenord-1")
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Fel lösenord" in window.lock_screen.message.text(), timeout=5000)
    assert window.locked
    qtbot.keyClicks(window.lock_screen.password, vault.password)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    assert window.stack.currentIndex() == 0
    qtbot.waitUntil(lambda: admin.model.rowCount() == 1, timeout=5000)
    actions = [e.action.value for e in vault.session.audit.entries(limit=5)]
    assert "lock" in actions and "unlock" in actions


def test_ctrl_l_locks(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked


def test_locks_itself_when_idle_and_not_while_busy(qtbot, window):
    window.idle.set_interval_ms(400)
    for _ in range(4):  # activity keeps it open
        qtbot.wait(150)
        qtbot.mouseMove(window.nav, window.nav.rect().center())
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=3000)


def test_logout_button_asks_the_app_to_log_out(qtbot, window):
    with qtbot.waitSignal(window.logout_requested, timeout=1000):
        qtbot.mouseClick(window.logout_button, Qt.MouseButton.LeftButton)


def test_help_menu_shows_the_user_guide(qtbot, window):
    dialog = window.show_user_guide()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for heading in ("Kom igång", "Säkerhetskopior och återställning", "För IT-personal"):
        assert heading in text
    assert "/VERYSILENT" in text


def _draft_dialog(window, qtbot):
    from PySide6.QtWidgets import QDialog, QPlainTextEdit, QVBoxLayout

    dialog = QDialog(window)
    edit = QPlainTextEdit(dialog)
    QVBoxLayout(dialog).addWidget(edit)
    dialog.open()
    qtbot.waitExposed(dialog)
    edit.setFocus()
    qtbot.keyClicks(edit, "Samtalet handlade om " * 50)  # a 1,000-character draft
    return dialog, edit


def test_ctrl_l_in_a_dialog_locks_and_the_draft_is_there_after_unlocking(qtbot, window, vault):
    dialog, edit = _draft_dialog(window, qtbot)
    draft = edit.toPlainText()
    assert len(draft) == 1050
    qtbot.keyClick(edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert not dialog.isVisible()  # nothing confidential on screen
    assert dialog.result() == 0 and edit.toPlainText() == draft  # hidden, not rejected
    qtbot.keyClicks(window.lock_screen.password, vault.password)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    assert dialog.isVisible() and edit.toPlainText() == draft
    dialog.close()


def test_logging_out_from_the_lock_screen_says_the_drafts_go(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dialog, _ = _draft_dialog(window, qtbot)
    window.lock()
    asked = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    logged_out = []
    window.logout_requested.connect(lambda: logged_out.append(True))
    logout = next(
        b
        for b in window.lock_screen.findChildren(type(window.lock_button))
        if b.text() == "Logga ut"
    )
    qtbot.mouseClick(logout, Qt.MouseButton.LeftButton)
    assert asked and "1 fönster är öppet" in asked[0] and not logged_out  # "No": stays locked
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(logout, Qt.MouseButton.LeftButton)
    assert logged_out and not dialog.isVisible()

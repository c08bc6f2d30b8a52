"""Every main window fits a 1366×768 screen and its own minimum size with nothing cut or
pushed out (dialogs are checked as the crawler opens them); screenshots of both sizes
are written for a person to look at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from desktop_app.demo.generator import DEMO_ACCOUNTS, DemoSpec, build_demo
from desktop_app.gatekeeper import Gatekeeper
from desktop_app.ui.login_window import LoginWindow
from desktop_app.ui.main_window import MainWindow
from tests.ui.crawler import SCREEN, clipped_children


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("sizes") / "demo.db"
    build_demo(path, DemoSpec(clients=20, years=1, contacts=60))
    return path


def _settle(qtbot, ops) -> None:
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
    for _ in range(5):
        QApplication.processEvents()


def _sizes(window):
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    return [QSize(*SCREEN), minimum]


def test_the_login_window_shows_its_whole_content(qtbot, ops, demo_path, tmp_path):
    window = LoginWindow(Gatekeeper(demo_path), ops, demo_accounts=DEMO_ACCOUNTS)
    qtbot.addWidget(window)
    window.show()
    _settle(qtbot, ops)
    assert clipped_children(window) == []  # as it opens
    for size in _sizes(window):
        window.resize(size)
        _settle(qtbot, ops)
        assert clipped_children(window) == [], size
    window.grab().save(str(tmp_path / "login.png"))


@pytest.mark.parametrize("username", ["admin", "radgivare", "kursledare", "statistik"])
def test_every_page_fits_the_screen_and_the_minimum_size(qtbot, ops, demo_path, tmp_path, username):
    account = next(a for a in DEMO_ACCOUNTS if a.username == username)
    session = Gatekeeper(demo_path).login(account.username, account.password)
    window = MainWindow(session, ops, unit_name="Demo")
    qtbot.addWidget(window)
    window.show()
    try:
        for size in _sizes(window):
            window.resize(size)
            for row in range(window.nav.count()):
                window.nav.setCurrentRow(row)
                _settle(qtbot, ops)
                assert window.width() <= SCREEN[0] and window.height() <= SCREEN[1]
                assert clipped_children(window) == [], (size, window.nav.item(row).text())
            window.grab().save(str(tmp_path / f"{username}-{size.width()}x{size.height()}.png"))
    finally:
        window.shutdown()
        ops.call(session.close)


def test_the_wizard_keeps_its_password_fields_when_an_error_shows(qtbot, ops, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    from desktop_app.ui.dialogs.setup_wizard import SetupWizard

    wizard = SetupWizard(ops, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.unit_page.unit_name, "KAST Testby")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    page = wizard.admin_page
    qtbot.keyClicks(page.username, "Anna Berg!")  # not a valid username
    qtbot.keyClicks(page.display_name, "Anna")
    qtbot.keyClicks(page.passwords.password, "Fyren-vid-hamnen-7")
    qtbot.keyClicks(page.passwords.repeat, "Fyren-vid-hamnen-7")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.error.isVisible, timeout=2000)
    _settle(qtbot, ops)
    assert clipped_children(wizard) == []
    assert page.passwords.password.height() >= page.passwords.password.minimumSizeHint().height()
    wizard.grab().save(str(tmp_path / "wizard-error.png"))


def test_the_client_list_needs_no_horizontal_scrollbar_at_the_default_size(qtbot, ops, demo_path):
    account = next(a for a in DEMO_ACCOUNTS if a.username == "radgivare")
    session = Gatekeeper(demo_path).login(account.username, account.password)
    window = MainWindow(session, ops, unit_name="Demo")  # opens at its default 1100×720
    qtbot.addWidget(window)
    window.show()
    try:
        _settle(qtbot, ops)
        window.nav.setCurrentRow(list(window.page_widgets).index("clients"))
        table = window.page_widgets["clients"].table
        qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=5000)
        _settle(qtbot, ops)
        assert table.horizontalScrollBar().maximum() == 0  # every column, Väntat too, shows
    finally:
        window.shutdown()
        ops.call(session.close)

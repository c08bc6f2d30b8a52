"""The crawler: the real application on a generated demo database, logged in through the
login window as each role; every page, tab, button and menu action clicked, every dialog
filled empty and as it came. Any crash dialog, uncaught exception, crash log, window
larger than the screen or click that hangs fails the test."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import Qt

from desktop_app.app import VagvalApp
from desktop_app.demo.generator import DEMO_ACCOUNTS, DemoSpec, build_demo
from desktop_app.ui import crash
from tests.ui.crawler import Crawler, log_in

ROLES = {a.username: a for a in DEMO_ACCOUNTS if a.username != "radgivare2"}


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    build_demo(folder / "vagval.db", DemoSpec(clients=30, years=2, contacts=120))
    return folder


@pytest.fixture
def crash_logs(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setattr(crash, "_log_dir", folder)
    thread_errors: list = []
    monkeypatch.setattr(threading, "excepthook", lambda args: thread_errors.append(args))
    yield folder, thread_errors


def _copy(demo_files, tmp_path):
    target = tmp_path / "db"
    shutil.copytree(demo_files, target)
    return target / "vagval.db"


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _crawl_pages(qtbot, crawler, window) -> None:
    """Every page reached by clicking its item in the navigation, then explored."""
    nav = window.nav
    for row in range(nav.count()):
        item = nav.item(row)
        qtbot.mouseClick(
            nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
        )
        crawler.settle()
        assert nav.currentRow() == row
        crawler.explore(window.page_widgets[item.data(Qt.ItemDataRole.UserRole)], depth=0)


@pytest.mark.parametrize("username", list(ROLES))
def test_crawl_every_page_as(
    username, qtbot, qapp, demo_files, tmp_path, crash_logs, file_dialogs, printing
):
    account = ROLES[username]
    logs, thread_errors = crash_logs
    app = VagvalApp(
        _copy(demo_files, tmp_path), tmp_path / "config.json", tmp_path / "data", remember=False
    )
    try:
        app.start()
        login = app.login_window
        log_in(qtbot, login, account.username, account.password)
        qtbot.waitUntil(lambda: app.main_window is not None, timeout=15_000)
        window = app.main_window
        qtbot.waitUntil(window.isVisible, timeout=5000)
        crawler = Crawler(qtbot, app.ops)
        crawler.check_fits(window)
        crawler.settle()

        _crawl_pages(qtbot, crawler, window)
        for action in crawler.menu_actions(window):
            crawler.activate(action, f"meny › {action.text()}", depth=0)

        # Lock and unlock through the lock screen, then log out.
        _click(qtbot, window.lock_button)
        assert window.locked
        qtbot.keyClicks(window.lock_screen.password, account.password)
        qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
        _click(qtbot, window.logout_button)
        qtbot.waitUntil(lambda: app.main_window is None, timeout=10_000)
        assert app.login_window is not None and app.login_window.isVisible()
        crawler.settle()

        report = crawler.report
        print(f"{username}: {report.clicks} clicks, {report.dialogs} dialogs")
        assert report.problems == []
        assert report.clicks > 20, report.clicked
        assert not thread_errors
        assert not (logs.exists() and list(logs.iterdir())), [p.read_text() for p in logs.iterdir()]
    finally:
        app.shutdown()


def _checked(crawler, thread_errors, logs) -> None:
    assert crawler.report.problems == []
    assert not thread_errors
    assert not (logs.exists() and list(logs.iterdir())), [p.read_text() for p in logs.iterdir()]


def test_crawl_the_first_run_wizard(qtbot, qapp, tmp_path, crash_logs, file_dialogs, printing):
    """A new unit's first start, end to end: each page tried empty first (it must not go
    on: Next disabled, or a sentence saying what is missing), then filled; the main
    window opens and every page of it is crawled."""
    from PySide6.QtWidgets import QWizard

    logs, thread_errors = crash_logs
    app = VagvalApp(tmp_path / "new" / "vagval.db", tmp_path / "config.json", tmp_path / "data")
    try:
        app.start()
        wizard = app.wizard
        crawler = Crawler(qtbot, app.ops)
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        crawler.check_fits(wizard)
        _click(qtbot, next_button)  # no unit name: refused in words, still on the page
        crawler.settle()
        # Empty: Next stays disabled (a mandatory field) or the page says what is missing.
        assert wizard.currentPage() is wizard.unit_page
        assert not next_button.isEnabled() or wizard.unit_page.error.text()
        qtbot.keyClicks(wizard.unit_page.unit_name, "KAST Testby")
        _click(qtbot, next_button)
        crawler.settle()
        crawler.check_fits(wizard)
        _click(qtbot, next_button)
        crawler.settle()
        admin = wizard.admin_page
        _click(qtbot, next_button)  # nothing typed: refused, still on the page
        crawler.settle()
        assert wizard.currentPage() is admin
        assert not next_button.isEnabled() or admin.error.text()
        crawler.check_fits(wizard)
        qtbot.keyClicks(admin.username, "anna")
        qtbot.keyClicks(admin.display_name, "Anna Berg")
        qtbot.keyClicks(admin.passwords.password, "Fyren-vid-hamnen-7")
        qtbot.keyClicks(admin.passwords.repeat, "Fyren-vid-hamnen-7")
        _click(qtbot, next_button)
        qtbot.waitUntil(lambda: wizard.session is not None, timeout=15_000)
        crawler.check_fits(wizard)
        wizard.recovery_page.panel.confirm.setChecked(True)
        _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
        qtbot.waitUntil(lambda: app.main_window is not None, timeout=15_000)
        window = app.main_window
        qtbot.waitUntil(window.isVisible, timeout=5000)
        crawler.check_fits(window)
        crawler.settle()
        _crawl_pages(qtbot, crawler, window)
        _checked(crawler, thread_errors, logs)
        assert crawler.report.clicks > 20
    finally:
        app.shutdown()


def test_crawl_the_forced_password_change(qtbot, qapp, vault, tmp_path, crash_logs):
    """A new colleague's first login: the temporary password must be changed; the form
    is tried empty and mismatched before the real change, then the main window opens."""
    from desktop_app.core.domain.roles import Role
    from desktop_app.core.domain.users import NewUser

    logs, thread_errors = crash_logs
    vault.session.users.add_user(NewUser("bo", "Bo Berg", Role.COUNSELLOR), "Tillfalligt-losen-9")
    vault.session.close()
    app = VagvalApp(vault.path, tmp_path / "config.json", tmp_path / "data", remember=False)
    try:
        app.start()
        crawler = Crawler(qtbot, app.ops)
        log_in(qtbot, app.login_window, "bo", "Tillfalligt-losen-9")
        qtbot.waitUntil(
            lambda: app.password_dialog is not None and app.password_dialog.isVisible(),
            timeout=10_000,
        )
        dialog = app.password_dialog
        crawler.check_fits(dialog)
        qtbot.keyClick(dialog.passwords.repeat, Qt.Key.Key_Return)  # empty
        qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.old, "Tillfalligt-losen-9")
        qtbot.keyClicks(dialog.passwords.password, "Eget-starkt-losen-2026")
        qtbot.keyClicks(dialog.passwords.repeat, "Eget-starkt-losen-2027")
        qtbot.keyClick(dialog.passwords.repeat, Qt.Key.Key_Return)  # not the same twice
        qtbot.waitUntil(lambda: "inte lika" in dialog.message.text(), timeout=5000)
        dialog.passwords.repeat.clear()
        qtbot.keyClicks(dialog.passwords.repeat, "Eget-starkt-losen-2026")
        qtbot.keyClick(dialog.passwords.repeat, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: app.main_window is not None, timeout=10_000)
        qtbot.waitUntil(app.main_window.isVisible, timeout=5000)
        crawler.check_fits(app.main_window)
        crawler.settle()
        _checked(crawler, thread_errors, logs)
    finally:
        app.shutdown()

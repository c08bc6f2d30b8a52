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

        nav = window.nav
        for row in range(nav.count()):
            item = nav.item(row)
            qtbot.mouseClick(
                nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
            )
            crawler.settle()
            assert nav.currentRow() == row
            page = window.page_widgets[item.data(Qt.ItemDataRole.UserRole)]
            crawler.explore(page, depth=0)
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

"""Every file the program creates is private to the user's account (0600 on POSIX):
exports, crash logs, the settings file, backups, the throttle and the database parts."""

from __future__ import annotations

import os
import sys

import pytest

from desktop_app.paths import AppConfig
from desktop_app.reports import tabular
from desktop_app.reports.document import Document, Section, Table
from desktop_app.reports.pdf import render_pdf

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def _mode(path):
    return oct(path.stat().st_mode & 0o777)


@pytest.fixture(autouse=True)
def open_umask():
    old = os.umask(0o022)  # an ordinary desktop: new files would be world-readable
    yield
    os.umask(old)


def test_exports_are_private(tmp_path):
    doc = Document("Rapport", sections=[Section("", table=Table(["A"], [["1"]]))])
    for name, write in (
        ("r.pdf", render_pdf),
        ("r.csv", tabular.write_csv),
        ("r.xlsx", tabular.write_xlsx),
    ):
        write(doc, tmp_path / name)
        assert _mode(tmp_path / name) == "0o600", name


def test_settings_and_crash_logs_are_private(tmp_path):
    AppConfig().save(tmp_path / "config" / "config.json")
    assert _mode(tmp_path / "config" / "config.json") == "0o600"
    import threading

    from desktop_app.ui import crash

    saved = sys.excepthook, threading.excepthook, crash._log_dir
    crash.install_excepthook(tmp_path / "logs")
    try:
        raise ValueError("provfel")
    except ValueError:
        log = crash.record_crash(*sys.exc_info())
    finally:
        sys.excepthook, threading.excepthook, crash._log_dir = saved
    assert log is not None and _mode(log) == "0o600"
    assert _mode(tmp_path / "logs") == "0o700"


def test_database_files_and_backups_are_private(vault, tmp_path):
    backup = vault.session.backups.backup_now(tmp_path / "usb").path
    vault.session.close()
    assert _mode(backup) == "0o600"
    for path in vault.path.parent.iterdir():
        if path.is_file():
            assert _mode(path) == "0o600", path.name

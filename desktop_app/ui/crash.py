"""UI layer: an unexpected error shows a Swedish message and is written to a log file,
instead of a traceback in a console nobody sees."""

from __future__ import annotations

import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.paths import write_private_text

_log_dir: Path | None = None


def install_excepthook(log_dir: Path) -> None:
    """Uncaught errors on the UI thread and on worker threads end in the crash log."""
    global _log_dir
    _log_dir = log_dir

    def hook(exc_type, exc, tb) -> None:
        show_crash(record_crash(exc_type, exc, tb))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        record_crash(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def record_crash(exc_type, exc, tb) -> Path | None:
    """Write the traceback to the crash-log folder; the path, or None if it can't be written."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.stderr.write(text)
    if _log_dir is None:
        return None
    log = _log_dir / f"fel-{datetime.now():%Y%m%d-%H%M%S-%f}.log"
    try:
        _log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_private_text(log, text)
    except OSError:
        return None
    return log


def crash_message(log: Path | None) -> str:
    message = QCoreApplication.translate(
        "Crash",
        "Ett oväntat fel inträffade. Det du redan sparat finns kvar. "
        "Starta om programmet om något ser fel ut.",
    )
    if log is not None:
        message += "\n\n" + QCoreApplication.translate("Crash", "Teknisk information: %1").replace(
            "%1", str(log)
        )
    return message


def show_crash(log: Path | None) -> None:
    if QApplication.instance() is not None:
        QMessageBox.critical(None, "Vägval", crash_message(log))

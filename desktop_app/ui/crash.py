"""UI layer: an unexpected error shows a Swedish message and is written to a log file,
instead of a traceback in a console nobody sees."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox


def install_excepthook(log_dir: Path) -> None:
    def hook(exc_type, exc, tb) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log = log_dir / f"fel-{datetime.now():%Y%m%d-%H%M%S}.log"
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            log.write_text(text, encoding="utf-8")
        except OSError:
            log = None
        sys.stderr.write(text)
        if QApplication.instance() is not None:
            message = QCoreApplication.translate(
                "Crash",
                "Ett oväntat fel inträffade. Det du redan sparat finns kvar. "
                "Starta om programmet om något ser fel ut.",
            )
            if log is not None:
                message += "\n\n" + QCoreApplication.translate(
                    "Crash", "Teknisk information: %1"
                ).replace("%1", str(log))
            QMessageBox.critical(None, "Vägval", message)

    sys.excepthook = hook

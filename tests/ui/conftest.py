import os

import pytest

from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_thread_gc import MainThreadGc
from desktop_app.ui.ops import Ops


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread(qapp):
    """As in the program: no cycle collection on the database worker thread."""
    collector = MainThreadGc()
    collector.start()
    yield collector
    collector.stop()


@pytest.fixture
def ops(qapp, request):
    # Set the database up first so it is closed last: work the test left queued (an audit
    # record on lock, a refresh) must finish before the fixture closes the connection.
    if "vault" in request.fixturenames:
        request.getfixturevalue("vault")
    install_translators(qapp, "sv")
    ops = Ops()
    yield ops
    ops.shutdown()


class FileDialogAnswers:
    """Answers Qt's static file dialogs as a user would: with a path under ``tmp_path``."""

    def __init__(self, folder):
        self.folder = folder
        self.save_path = None  # None: a fresh file in ``folder`` named as suggested
        self.open_path = None  # None: the dialog is cancelled
        self.asked: list[str] = []

    def get_save(self, parent=None, caption="", suggested="", *args, **kwargs):
        self.asked.append(caption)
        if self.save_path is not None:
            return str(self.save_path), ""
        name = os.path.basename(str(suggested)) or "fil"
        return str(self.folder / f"{len(self.asked)}-{name}"), ""

    def get_open(self, parent=None, caption="", *args, **kwargs):
        self.asked.append(caption)
        return ("" if self.open_path is None else str(self.open_path)), ""

    def get_folder(self, parent=None, caption="", *args, **kwargs):
        self.asked.append(caption)
        return str(self.folder)


@pytest.fixture
def file_dialogs(monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "dialog-files"
    folder.mkdir(exist_ok=True)
    answers = FileDialogAnswers(folder)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answers.get_save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answers.get_open)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", answers.get_folder)
    return answers


@pytest.fixture
def printing(monkeypatch, tmp_path):
    """Print dialogs answered with "Skriv ut" to a PDF file under ``tmp_path``."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QDialog

    folder = tmp_path / "printed"
    folder.mkdir(exist_ok=True)
    printed: list = []

    def to_pdf(printer) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = folder / f"utskrift-{len(printed) + 1}.pdf"
        printer.setOutputFileName(str(path))
        printed.append(path)

    def print_exec(dialog) -> int:
        to_pdf(dialog.printer())
        return QDialog.DialogCode.Accepted

    def preview_exec(dialog) -> int:
        to_pdf(dialog.printer())
        dialog.paintRequested.emit(dialog.printer())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_exec)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview_exec)
    return printed

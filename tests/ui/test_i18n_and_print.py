"""Swedish standard buttons from Qt's own translation, English as second language,
and the recovery key sheet through the print path."""

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.paths import resource
from desktop_app.session import Gatekeeper
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.login_window import LoginWindow
from desktop_app.ui.recovery_key_output import build_sheet, print_sheet


def _remove(app, translators):
    for translator in translators:
        app.removeTranslator(translator)


def test_standard_buttons_say_avbryt(qapp):
    translators = install_translators(qapp, "sv")
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
        )
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"Avbryt", "Spara"}
    finally:
        _remove(qapp, translators)


@pytest.mark.skipif(
    not resource("i18n", "vagval_en.qm").exists(),
    reason="translations are compiled by scripts/setup.sh",
)
def test_english_is_the_second_language(qtbot, qapp, vault, ops):
    translators = install_translators(qapp, "en")
    try:
        window = LoginWindow(Gatekeeper(vault.path), ops)
        qtbot.addWidget(window)
        assert window.login_button.text() == "Log in"
        assert QCoreApplication.translate("Messages", "Fel användarnamn eller lösenord.") == (
            "Wrong username or password."
        )
    finally:
        _remove(qapp, translators)
        install_translators(qapp, "sv")


def test_recovery_key_prints(qapp, tmp_path, vault):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "utskrift.pdf"
    printer.setOutputFileName(str(out))
    sheet = build_sheet("KAST Testby", Path(vault.path), vault.recovery_key)
    assert print_sheet(None, sheet, printer)
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert vault.recovery_key.split("-")[0] in text
        assert "KAST Testby" in text


@pytest.mark.skipif(
    not resource("i18n", "vagval_en.qm").exists(),
    reason="translations are compiled by scripts/setup.sh",
)
def test_the_key_figures_speak_english_on_screen(qtbot, qapp, vault, ops):
    from desktop_app.ui.pages.statistics_page import StatisticsPage

    translators = install_translators(qapp, "en")
    try:
        page = StatisticsPage(vault.session, ops)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.table is not None, timeout=5000)
        headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(14)]
        assert headers[3] == "Mar" and headers[10] == "Oct" and headers[13] == "Total"
        assert "Mars" not in headers
    finally:
        _remove(qapp, translators)
        install_translators(qapp, "sv")


def test_an_english_window_shows_no_swedish_source_text(qtbot, qapp, vault, ops):
    """Every page of the main window in English: no button, label, tab, group title,
    navigation item or table header still shows a Swedish text that has an English one."""
    import importlib.util
    import sys
    from pathlib import Path

    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QGroupBox,
        QLabel,
        QListWidget,
        QTabWidget,
    )

    from desktop_app.ui.main_window import MainWindow

    scripts = Path(__file__).resolve().parents[2] / "scripts"
    sys.path.insert(0, str(scripts))
    try:
        spec = importlib.util.spec_from_file_location(
            "translations_en", scripts / "translations_en.py"
        )
        english = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(english)
    finally:
        sys.path.remove(str(scripts))
    swedish = {
        (k if isinstance(k, str) else k[1]): v
        for k, v in english.EN.items()
        if isinstance(v, str) and v != (k if isinstance(k, str) else k[1])
    }
    assert {"Klienter", "Bokningar", "Ny klient (Ctrl+N)"} <= set(swedish)  # it can fail
    translators = install_translators(qapp, "en")
    try:
        window = MainWindow(vault.session, ops, unit_name="KAST")
        qtbot.addWidget(window)
        window.show()
        found, clipped = [], []
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            qtbot.wait(150)
            page = window.pages.currentWidget()
            texts = [window.nav.item(n).text() for n in range(window.nav.count())]
            texts += [
                w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)
            ]
            texts += [w.title() for w in page.findChildren(QGroupBox)]
            for tabs in page.findChildren(QTabWidget):
                texts += [tabs.tabText(n) for n in range(tabs.count())]
            for view in page.findChildren(QAbstractItemView):
                model = view.model()
                if model is None or isinstance(view, QListWidget):
                    continue
                titles = [
                    str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                    for c in range(model.columnCount())
                ]
                texts += titles
                header = getattr(view, "horizontalHeader", lambda: None)()
                if header is not None and view.isVisible():  # English titles are not clipped
                    wide = header.fontMetrics().horizontalAdvance
                    clipped += [
                        (view.objectName(), t)
                        for c, t in enumerate(titles)
                        if not header.isSectionHidden(c) and header.sectionSize(c) < wide(t) + 8
                    ]
            found += [(window.nav.item(row).text(), t) for t in texts if t in swedish]
        assert found == []
        assert clipped == []
        window.shutdown()
    finally:
        _remove(qapp, translators)
        install_translators(qapp, "sv")

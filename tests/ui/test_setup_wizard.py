"""The first-start wizard driven with the keyboard and mouse, against a real database."""

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from desktop_app.session import Gatekeeper
from desktop_app.ui.dialogs.setup_wizard import SetupWizard

PASSWORD = "Fyren-vid-hamnen-7"


def _next(qtbot, wizard):
    button = wizard.button(QWizard.WizardButton.NextButton)
    if wizard.currentPage() is wizard.admin_page:
        button = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def wizard(qtbot, ops, tmp_path):
    wizard = SetupWizard(ops, tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    yield wizard
    if wizard.session is not None:
        ops.call(wizard.session.close)


def _fill_until_recovery(qtbot, wizard, tmp_path):
    qtbot.keyClicks(wizard.unit_page.unit_name, "KAST Testby")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.location_page
    assert wizard.location_page.database_path() == tmp_path / "data" / "vagval.db"
    _next(qtbot, wizard)
    page = wizard.admin_page
    qtbot.keyClicks(page.username, "anna.berg")
    qtbot.keyClicks(page.display_name, "Anna Berg")
    qtbot.keyClicks(page.passwords.password, "kort")
    assert not page.isComplete()
    assert "Minst 10 tecken" in page.passwords.hint.text()
    page.passwords.password.clear()
    qtbot.keyClicks(page.passwords.password, PASSWORD)
    qtbot.keyClicks(page.passwords.repeat, PASSWORD)
    assert page.isComplete()
    _next(qtbot, wizard)
    recovery = wizard.recovery_page
    qtbot.waitUntil(lambda: wizard.session is not None, timeout=10_000)
    return recovery


def test_wizard_creates_database_and_shows_recovery_key_once(qtbot, wizard, tmp_path):
    recovery = _fill_until_recovery(qtbot, wizard, tmp_path)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    key_text = recovery.panel.key_label.text()
    assert len(key_text.split()) == 11
    assert not recovery.isComplete()  # the key must be confirmed as kept
    recovery.panel.confirm.click()
    assert recovery.isComplete() and finish.isEnabled()
    with qtbot.waitSignal(wizard.created, timeout=5000) as created:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    session = created.args[0]
    assert session.user.username == "anna.berg"
    assert session.unit.unit_name() == "KAST Testby"
    # The shown key really opens the database.
    key = "-".join(key_text.split())
    ops_session = Gatekeeper(session.db_path).login_with_recovery_key(
        key, "anna.berg", "Nytt-efter-nyckel-9"
    )
    ops_session.close()


def test_recovery_key_saved_as_pdf(qtbot, wizard, tmp_path, monkeypatch):
    recovery = _fill_until_recovery(qtbot, wizard, tmp_path)
    target = tmp_path / "nyckel"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(recovery.panel.save_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "nyckel.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Sparad" in recovery.panel.status.text()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert recovery.panel.key_label.text().split()[0] in text
        assert "KAST Testby" in text


def test_existing_database_in_folder_is_refused(qtbot, wizard, tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "vagval.db").write_bytes(b"x")
    qtbot.keyClicks(wizard.unit_page.unit_name, "KAST Testby")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.location_page
    assert "finns redan" in wizard.location_page.error.text()


def test_weak_password_keeps_the_commit_button_disabled(qtbot, wizard):
    qtbot.keyClicks(wizard.unit_page.unit_name, "KAST")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    page = wizard.admin_page
    qtbot.keyClicks(page.username, "bo")
    qtbot.keyClicks(page.display_name, "Bo")
    qtbot.keyClicks(page.passwords.password, "aaaaaaaaaaaa")
    qtbot.keyClicks(page.passwords.repeat, "aaaaaaaaaaaa")
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()

"""A damaged database at login leads to the restore dialog, and the restore works."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.session import Gatekeeper
from desktop_app.ui.login_window import LoginWindow


@pytest.fixture
def backed_up(vault, tmp_path):
    vault.session.clients.create(ClientDraft(name="Före skadan"))
    path = vault.session.backups.backup_now(tmp_path / "usb").path
    vault.session.close()
    return vault, path


def test_flipped_byte_at_login_offers_restore_from_backup(qtbot, ops, backed_up, monkeypatch):
    vault, backup = backed_up
    data = bytearray(vault.path.read_bytes())
    data[4096 * 10 + 99] ^= 0x40
    vault.path.write_bytes(bytes(data))

    window = LoginWindow(Gatekeeper(vault.path), ops, last_username="anna")
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.password, vault.password)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "restore_dialog", None) is not None, timeout=5000)
    dialog = window.restore_dialog
    assert dialog.isVisible()
    assert "skadad" in dialog.intro.text() and "skadad" in window.message.text()
    assert dialog.username.text() == "anna"

    dialog.file.setText(str(backup))
    qtbot.keyClicks(dialog.password, "fel-losenord-9")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert "Fel användarnamn eller lösenord" in dialog.message.text()
    assert not dialog.restore_button.isEnabled()

    dialog.password.clear()
    qtbot.keyClicks(dialog.password, vault.password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=5000)
    assert "KAST Testkommun" in dialog.summary.text() and "Kopian är hel" in dialog.summary.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.logged_in, timeout=10000) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    session = signal.args[0]
    try:
        names = [c.draft.name for c in session.clients.page(ClientQuery(status=StatusFilter.ALL))]
        assert names == ["Före skadan"]
        assert session.integrity().sound
    finally:
        session.close()
    aside = [p.name for p in vault.path.parent.iterdir() if ".replaced-" in p.name]
    assert any(n.startswith("vagval.db.replaced-") for n in aside)  # a folder of the files

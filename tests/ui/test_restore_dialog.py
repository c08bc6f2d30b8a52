"""A damaged database at login leads to the restore dialog, and the restore works."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.session import Gatekeeper


@pytest.fixture
def backed_up(vault, tmp_path):
    vault.session.clients.create(ClientDraft(name="Före skadan"))
    path = vault.session.backups.backup_now(tmp_path / "usb").path
    vault.session.close()
    return vault, path


def test_a_flipped_byte_found_after_login_offers_restore_from_backup(
    qtbot, backed_up, monkeypatch, tmp_path
):
    """Unlocking reads only what it needs; every page is checked right after, in the
    background, and a damaged one logs out to the restore dialog."""
    from desktop_app.app import VagvalApp

    vault, backup = backed_up
    data = bytearray(vault.path.read_bytes())
    data[4096 * 10 + 99] ^= 0x40
    vault.path.write_bytes(bytes(data))

    monkeypatch.setattr("desktop_app.app.show_error", lambda *a, **k: None)  # the logout's
    app = VagvalApp(vault.path, tmp_path / "config" / "config.json", tmp_path / "data")
    app.start()
    window = app.login_window
    window.username.setText("anna")
    qtbot.keyClicks(window.password, vault.password)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            app.login_window is not None
            and getattr(app.login_window, "restore_dialog", None) is not None
        ),
        timeout=10_000,
    )
    window = app.login_window
    dialog = window.restore_dialog
    assert app.main_window is None and app.session is None
    assert dialog.isVisible()
    assert "skadad" in dialog.intro.text()
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
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=10_000)
    session = app.session
    names = app.ops.call(
        lambda: [c.draft.name for c in session.clients.page(ClientQuery(status=StatusFilter.ALL))]
    )
    assert names == ["Före skadan"]
    assert app.ops.call(session.check_pages) == []
    app.shutdown()
    aside = [p.name for p in vault.path.parent.iterdir() if ".replaced-" in p.name]
    assert any(n.startswith("vagval.db.replaced-") for n in aside)  # a folder of the files


def test_restore_with_the_recovery_key_from_the_login_window(qtbot, ops, backed_up, monkeypatch):
    from desktop_app.ui.dialogs.restore_dialog import RestoreDialog

    vault, backup = backed_up
    for path in vault.path.parent.iterdir():  # the PC was lost: only the backup is left
        path.unlink()
    dialog = RestoreDialog(Gatekeeper(vault.path), ops)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.recovery_key.isVisible()
    qtbot.mouseClick(dialog.use_recovery, Qt.MouseButton.LeftButton)
    assert dialog.recovery_key.isVisible() and not dialog.password.isVisible()
    dialog.file.setText(str(backup))
    qtbot.keyClicks(dialog.username, "anna")
    qtbot.keyClicks(dialog.recovery_key, vault.recovery_key)
    qtbot.keyClick(dialog.recovery_key, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=5000)
    qtbot.keyClicks(dialog.new_password, "Nytt-losen-456")
    qtbot.keyClicks(dialog.repeat_password, "Nytt-losen-456")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.restored, timeout=10000) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    signal.args[0].close()
    Gatekeeper(vault.path).login("anna", "Nytt-losen-456").close()


def test_another_units_backup_is_named_before_it_replaces_this_one(
    qtbot, ops, backed_up, monkeypatch, tmp_path
):
    from desktop_app.core.domain.roles import Role
    from desktop_app.core.domain.users import NewUser
    from desktop_app.session import create_unit
    from desktop_app.ui.dialogs.restore_dialog import RestoreDialog

    vault, _ = backed_up
    other, _ = create_unit(
        tmp_path / "annan" / "vagval.db",
        "FAST Grannkommun",
        NewUser("anna", "Anna Annan", Role.ADMINISTRATOR),
        vault.password,
    )
    backup = other.backups.backup_now(tmp_path / "grannen").path
    other.close()
    dialog = RestoreDialog(Gatekeeper(vault.path), ops, username="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file.setText(str(backup))
    qtbot.keyClicks(dialog.password, vault.password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=5000)
    assert "annan enhet (FAST Grannkommun)" in dialog.summary.text()
    assert f"i {vault.path.parent})" in dialog.summary.text()
    asked = []

    def no(parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "ANNAN enhet: FAST Grannkommun" in asked[0] and str(vault.path.parent) in asked[0]
    session = Gatekeeper(vault.path).login("anna", vault.password)
    try:
        assert session.unit.unit_name() == "KAST Testkommun"
    finally:
        session.close()

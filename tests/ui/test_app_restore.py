"""The whole program: restore chosen in Administration logs out, restores from the
login window and logs in to the restored database."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.app import VagvalApp
from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
from desktop_app.core.domain.clients import ClientDraft


def test_restore_from_the_administration_logs_out_restores_and_logs_in(
    qtbot, vault, tmp_path, monkeypatch
):
    vault.session.clients.create(ClientDraft(name="I kopian"))
    backup = vault.session.backups.backup_now(tmp_path / "usb").path
    vault.session.clients.create(ClientDraft(name="Efter kopian"))
    vault.session.close()
    app = VagvalApp(vault.path, tmp_path / "config" / "config.json", tmp_path / "data")
    app.start()
    login = app.login_window
    login.username.setText("anna")
    qtbot.keyClicks(login.password, vault.password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=5000)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    app.main_window.show_backups()
    app.main_window.page_widgets["administration"].backup_tab._restore()
    qtbot.waitUntil(lambda: app.main_window is None and app.login_window is not None, timeout=5000)
    dialog = app.login_window.restore_dialog
    assert dialog.isVisible() and dialog.username.text() == "anna"
    dialog.file.setText(str(backup))
    qtbot.keyClicks(dialog.password, vault.password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=10_000)
    session = app.session
    names = app.ops.call(
        lambda: [c.draft.name for c in session.clients.page(ClientQuery(status=StatusFilter.ALL))]
    )
    assert names == ["I kopian"]
    app.shutdown()

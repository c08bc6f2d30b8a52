"""Administration: add a staff member through the dialog, disable, settings."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.dialogs.user_dialog import NewUserDialog
from desktop_app.ui.models.users_table_model import UsersTableModel
from desktop_app.ui.pages.administration_page import AdministrationPage


@pytest.fixture
def page(qtbot, ops, vault):
    page = AdministrationPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    return page


def test_add_staff_member_with_the_keyboard(qtbot, page, vault):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(NewUserDialog)
    qtbot.keyClicks(dialog.username, "bo.berg")
    qtbot.keyClicks(dialog.display_name, "Bo Berg")
    dialog.role.setCurrentIndex(1)  # course leader
    qtbot.keyClick(dialog.display_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    users = {u.username: u for u in vault.session.users.list_users()}
    assert users["bo.berg"].role.value == "course_leader"
    assert users["bo.berg"].must_change_password


def test_bad_username_is_explained_in_the_dialog(qtbot, page):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(NewUserDialog)
    qtbot.keyClicks(dialog.username, "Bo Berg!")
    qtbot.keyClicks(dialog.display_name, "Bo")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert dialog.message.text().startswith("Användarnamnet får bara innehålla")
    assert dialog.isVisible()


def test_disable_and_settings(qtbot, page, vault, monkeypatch):
    from desktop_app.core.domain.roles import Role
    from desktop_app.core.domain.users import NewUser

    vault.session.users.add_user(NewUser("bo", "Bo Berg", Role.COUNSELLOR), "Tillfalligt-losen-9")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    row = next(r for r in range(2) if page.model.user_at(r).username == "bo")
    page.table.selectRow(row)
    assert page.disable_button.isEnabled()
    monkeypatch.setattr(page, "_confirm", lambda question: True)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *a: None)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not next(u for u in vault.session.users.list_users() if u.username == "bo").active,
        timeout=5000,
    )
    page.idle_minutes.setValue(3)
    with qtbot.waitSignal(page.settings_changed, timeout=5000):
        qtbot.mouseClick(
            page.findChild(type(page.add_button), "saveSettings"), Qt.MouseButton.LeftButton
        )
    assert vault.session.unit.idle_lock_minutes() == 3


def test_users_model_passes_the_model_tester(qtmodeltester, vault):
    model = UsersTableModel()
    model.set_rows(vault.session.users.list_users())
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_districts_and_follow_up_questions(qtbot, page, vault):
    box = page.register_settings
    box.districts.setPlainText("Rosengård\n\nVäster\n  Centrum ")
    box._save_districts()
    qtbot.waitUntil(
        lambda: vault.session.unit.districts() == ["Centrum", "Rosengård", "Väster"], timeout=5000
    )
    box.question.setText("Har du fått stöd av anhöriga?")
    box._add_question()
    qtbot.waitUntil(lambda: "anhöriga" in box.questions.text(), timeout=5000)
    assert len(vault.session.clients.follow_up_questions()) == 3


def test_change_the_encryption_keys_from_the_administration(qtbot, page, vault, monkeypatch):
    from desktop_app.core.domain.clients import ClientDraft
    from desktop_app.storage.keyslots import KeySlotFile

    old_keys = vault.path.with_name("vagval.db.keys").read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Nya krypteringsnycklar" in page.settings_message.text(), timeout=20_000
    )
    assert page.rotate_button.isEnabled()
    stale = vault.path.parent / "gammal.keys"
    stale.write_bytes(old_keys)
    old_main = KeySlotFile.load(stale).unlock_password("anna", vault.password).keys["main"]
    assert all(k != vault.session.vault.main_key for k in old_main)
    vault.session.clients.create(ClientDraft(name="Efter bytet"))
    assert vault.session.audit.entries(entity="encryption_keys", limit=1)


def test_likely_duplicate_participants_are_merged_from_the_administration(
    qtbot, page, ops, vault, monkeypatch
):
    from PySide6.QtWidgets import QPushButton

    from desktop_app.core.domain.courses import ParticipantDraft
    from desktop_app.ui.dialogs.participant_duplicates import ParticipantDuplicatesDialog

    reg = vault.session.registrations
    first = reg.create_participant(ParticipantDraft(name="Johan Lind", phone="0701234567"))
    second = reg.create_participant(
        ParticipantDraft(name="Johan Lind", phone="070-123 45 67"), allow_same=True
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(
        page.findChild(QPushButton, "participantDuplicates"), Qt.MouseButton.LeftButton
    )
    dialog = next(d for d in page.findChildren(ParticipantDuplicatesDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.model.data(dialog.model.index(0, 0)) == first.code
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.keep_first, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Inga troliga dubbletter" in dialog.message.text(), timeout=5000)
    found = ops.call(lambda: reg.find_participants("Johan"))
    assert [p.id for p in found] == [first.id]
    entries = ops.call(lambda: vault.session.audit.entries(entity="participant"))
    assert any(f"merged={second.code}" in e.detail for e in entries)

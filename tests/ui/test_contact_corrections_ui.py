"""Correcting and removing contacts the way a counsellor does: the card's Samtal tab
(select, Ändra…, Ta bort…) and the list of unregistered contacts."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
from desktop_app.core.domain.contacts import ContactDraft
from desktop_app.session import municipalities
from desktop_app.ui.client_card.card_dialog import ClientCardDialog
from desktop_app.ui.dialogs.client_dialog import ClientFormOptions
from desktop_app.ui.dialogs.contact_dialog import ContactDialog
from desktop_app.ui.pages.clients_page import ClientsPage

WHEN = (datetime.now() - timedelta(days=3)).replace(hour=10, minute=0, second=0, microsecond=0)


def _options(vault):
    return ClientFormOptions(municipalities(), tuple(vault.session.users.colleagues()), ())


def _draft(vault, client_id=None, minutes=600):
    return ContactDraft(
        WHEN,
        ContactForm.VISIT,
        ContactKind.CHANGE,
        minutes,
        vault.session.user.id,
        client_id=client_id,
    )


def _visible(parent, kind):
    return next(d for d in parent.findChildren(kind) if d.isVisible())


def test_a_contact_is_corrected_and_removed_from_the_card(qtbot, ops, vault, monkeypatch):
    s = vault.session
    client = s.clients.create(ClientDraft(name="Rättad Person"))
    contact = s.contacts.register(_draft(vault, client.id))
    card = ClientCardDialog(s, ops, _options(vault), client.id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    card.tabs.setCurrentWidget(card.contacts)
    tab = card.contacts
    assert not tab.edit_button.isEnabled()
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = _visible(card, ContactDialog)
    assert dialog.minutes.value() == 600 and "Ändra samtal" in dialog.windowTitle()
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "60")
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.data.contacts[0].draft.minutes == 60, timeout=5000)
    assert tab.model.data(tab.model.index(0, 3)) == "60"
    entry = s.audit.entries(entity="contact", entity_id=contact.id, limit=1)[0]
    assert entry.action == AuditAction.UPDATE and "minutes=600→60" in entry.detail

    tab.table.selectRow(0)
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, label, items, *a: (items[1], True)
    )
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.data.contacts == [], timeout=5000)
    entry = s.audit.entries(entity="contact", entity_id=contact.id, limit=1)[0]
    assert entry.action == AuditAction.DELETE and "reason=duplicate" in entry.detail


def test_a_contact_saved_on_the_wrong_client_is_moved(qtbot, ops, vault):
    s = vault.session
    wrong, right = s.clients.create(ClientDraft()), s.clients.create(ClientDraft())
    s.contacts.register(_draft(vault, wrong.id, 45))
    card = ClientCardDialog(s, ops, _options(vault), wrong.id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    card.tabs.setCurrentWidget(card.contacts)
    card.contacts.table.selectRow(0)
    qtbot.mouseClick(card.contacts.edit_button, Qt.MouseButton.LeftButton)
    dialog = _visible(card, ContactDialog)
    dialog.client_code.clear()
    qtbot.keyClicks(dialog.client_code, right.code.lower())
    qtbot.keyClick(dialog.client_code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.data.contacts == [], timeout=5000)
    assert [c.draft.minutes for c in ops.call(lambda: s.contacts.for_client(right.id))] == [45]


def test_unregistered_contacts_are_listed_corrected_and_removed(qtbot, ops, vault, monkeypatch):
    from desktop_app.ui.dialogs.unregistered_contacts import UnregisteredContactsDialog

    s = vault.session
    s.contacts.register_unregistered(_draft(vault, None, 20))
    page = ClientsPage(s, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.options is not None, timeout=5000)
    qtbot.mouseClick(page.unregistered_list_button, Qt.MouseButton.LeftButton)
    listing = _visible(page, UnregisteredContactsDialog)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=5000)
    listing.table.selectRow(0)
    qtbot.mouseClick(listing.edit_button, Qt.MouseButton.LeftButton)
    dialog = _visible(listing, ContactDialog)
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "25")
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            listing.model.rowCount() == 1 and listing.model.data(listing.model.index(0, 3)) == "25"
        ),
        timeout=5000,
    )
    listing.table.selectRow(0)
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, label, items, *a: (items[2], True)
    )
    qtbot.mouseClick(listing.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 0, timeout=5000)
    today = date.today()
    assert ops.call(lambda: s.contacts.unregistered(today - timedelta(days=30), today)) == []


def test_a_known_personnummer_offers_to_open_that_client(qtbot, ops, vault):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.ui.dialogs.client_dialog import ClientDialog

    s = vault.session
    known = s.clients.create(ClientDraft(name="Redan Här", personal_id="19850312-1231"))
    page = ClientsPage(s, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.options is not None, timeout=5000)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = _visible(page, ClientDialog)
    qtbot.keyClicks(dialog.personal_id, "8503121231")
    seen = []

    def click_open():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text() == "Öppna")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def wait_for_box():
        if any(
            isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
        ):
            click_open()
        else:
            QTimer.singleShot(50, wait_for_box)

    QTimer.singleShot(50, wait_for_box)
    qtbot.keyClick(dialog.personal_id, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert known.code in seen[0]
    qtbot.waitUntil(
        lambda: any(
            c.isVisible() and c.client_id == known.id for c in page.findChildren(ClientCardDialog)
        ),
        timeout=5000,
    )


def test_a_relative_link_is_undone_from_either_card(qtbot, ops, vault):
    s = vault.session
    client, relative = s.clients.create(ClientDraft()), s.clients.create(ClientDraft())
    s.clients.link_relative(client.id, relative.id)
    card = ClientCardDialog(s, ops, _options(vault), relative.id)  # the other end
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    assert card.data.relative_of
    tab = card.relations
    card.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.code, client.code)
    qtbot.mouseClick(tab.unlink_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not card.data.relative_of, timeout=5000)
    assert s.clients.relatives(client.id) == []
    entry = s.audit.entries(entity="client", entity_id=client.id, limit=5)
    assert any(e.detail == f"unlinked={relative.id}" for e in entry)
    qtbot.keyClicks(tab.code, client.code)
    qtbot.mouseClick(tab.unlink_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "inte kopplad" in tab.message.text(), timeout=5000)

"""Booking from the client card, the way a counsellor does it: a visit booked, moved,
held (the contact appears), another missed and the mark undone, a mistake removed;
a clash is said when it is saved."""

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop_app.core.domain.bookings import BookingDraft, BookingStatus
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.contact_enums import ContactForm
from desktop_app.ui.bookings.booking_dialog import BookingDialog
from tests.ui.test_card_corrections import _card
from tests.ui.test_contact_corrections_ui import _visible


def test_a_visit_is_booked_moved_held_and_a_missed_one_corrected(qtbot, ops, vault, monkeypatch):
    s = vault.session
    client = s.clients.create(ClientDraft(name="Bokad Person"))
    yesterday = (datetime.now() - timedelta(days=1)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    s.bookings.book(BookingDraft(client.id, yesterday, 45, ContactForm.VISIT, s.user.id))
    card = _card(qtbot, ops, vault, client.id)
    card.tabs.setCurrentWidget(card.bookings)
    tab = card.bookings
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    assert tab.next_label.text() == "Nästa besök: " + yesterday.strftime("%Y-%m-%d %H:%M")

    # A new visit next week, then moved an hour later.
    qtbot.mouseClick(tab.buttons["newBooking"], Qt.MouseButton.LeftButton)
    dialog = _visible(card, BookingDialog)
    week = (datetime.now() + timedelta(days=7)).replace(hour=9, minute=0, second=0, microsecond=0)
    dialog.at.setDateTime(QDateTime(week))
    qtbot.keyClicks(dialog.room, "Rum 2")
    qtbot.keyClick(dialog.room, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    tab.table.selectRow(0)  # newest first
    qtbot.mouseClick(tab.buttons["moveBooking"], Qt.MouseButton.LeftButton)
    moving = _visible(card, BookingDialog)
    assert moving.room.text() == "Rum 2"
    moving.at.setDateTime(QDateTime(week + timedelta(hours=1)))
    qtbot.keyClick(moving.room, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            tab.model.index(0, 0).data() == (week + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
        ),
        timeout=5000,
    )

    # Yesterday's visit was held: it becomes the contact in one step.
    tab.table.selectRow(1)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("stödsamtal", True))
    qtbot.mouseClick(tab.buttons["heldBooking"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.contacts.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: tab.model.index(1, 5).data() == "genomförd", timeout=5000)
    tab.table.selectRow(1)
    assert not tab.buttons["reopenBooking"].isEnabled()  # corrected through the contact
    assert not tab.buttons["removeBooking"].isEnabled()

    # The coming one is cancelled by the client, which was a mistake: opened again.
    tab.table.selectRow(0)
    tab.buttons["cancelBooking"].menu().actions()[0].trigger()
    qtbot.waitUntil(lambda: tab.model.index(0, 5).data() == "avbokad av klienten", timeout=5000)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.buttons["reopenBooking"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.index(0, 5).data() == "bokad", timeout=5000)
    # And a mistaken booking is removed, after a question.
    tab.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.buttons["removeBooking"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    assert [b.status for b in s.bookings.for_client(client.id)] == [BookingStatus.HELD]


def test_a_clash_is_said_and_a_bad_time_explained(qtbot, ops, vault, monkeypatch):
    s = vault.session
    other = s.clients.create(ClientDraft())
    client = s.clients.create(ClientDraft())
    at = (datetime.now() + timedelta(days=2)).replace(hour=13, minute=0, second=0, microsecond=0)
    s.bookings.book(BookingDraft(other.id, at, 60, ContactForm.VISIT, s.user.id))
    card = _card(qtbot, ops, vault, client.id)
    card.tabs.setCurrentWidget(card.bookings)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    qtbot.mouseClick(card.bookings.buttons["newBooking"], Qt.MouseButton.LeftButton)
    dialog = _visible(card, BookingDialog)
    dialog.at.setDateTime(QDateTime(at - timedelta(days=900)))
    qtbot.keyClick(dialog.room, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert "kan inte vara före" in dialog.message.text() and dialog.isVisible()
    dialog.at.setDateTime(QDateTime(at + timedelta(minutes=30)))
    qtbot.keyClick(dialog.room, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "1 annan bokning" in told[0]  # the Swedish singular


def test_the_card_opens_on_its_timeline_and_prints_the_confidentiality_line_on_each_page(
    qtbot, ops, vault, printing
):
    """The timeline holds contacts, bookings, journal versions and reports of concern;
    Förhandsgranska prints from the preview; every printed page carries the line."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QPushButton

    from desktop_app.core.domain.contact_enums import ContactKind
    from desktop_app.core.domain.contacts import ContactDraft

    s = vault.session
    client = s.clients.create(ClientDraft(name="Lång Historia"))
    start = datetime.now().replace(second=0, microsecond=0) - timedelta(days=200)
    for n in range(60):  # enough for several printed pages
        s.contacts.register(
            ContactDraft(
                start + timedelta(days=3 * n),
                ContactForm.PHONE,
                ContactKind.SUPPORT,
                30,
                s.user.id,
                note=f"Samtal nummer {n}",
                client_id=client.id,
            )
        )
    s.journal.add(client.id, "Första samtalet", "Text")
    s.bookings.book(
        BookingDraft(
            client.id,
            datetime.now().replace(second=0, microsecond=0) + timedelta(days=2),
            45,
            ContactForm.VISIT,
            s.user.id,
        )
    )
    s.journal.report_concern(client.id, start.date(), "Socialtjänsten i Lund", "Oro")
    card = _card(qtbot, ops, vault, client.id)
    assert card.tabs.currentWidget() is card.timeline
    whats = {card.timeline.model.index(r, 1).data() for r in range(card.timeline.model.rowCount())}
    assert {"Samtal", "Bokat besök", "Journal", "Orosanmälan", "Ärendet öppnat"} <= whats
    assert card.timeline.model.index(0, 1).data() == "Bokat besök"  # newest first
    qtbot.mouseClick(card.findChild(QPushButton, "previewCard"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(printing) and printing[0].exists(), timeout=10000)
    pages = PdfReader(printing[0]).pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        text = " ".join(page.extract_text().split())
        assert "sekretessbelagda uppgifter" in text and client.code in text
        assert f"Sida {number} av {len(pages)}" in text

"""The Bokningar page: my week or the unit's, a day, clashes marked in words and colour,
a client card opened from a visit, the shown days printed, saved as PDF and exported
as a calendar file that names clients by code only."""

from datetime import datetime, timedelta

from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from desktop_app.core.domain.bookings import BookingDraft
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.contact_enums import ContactForm
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.ui.client_card.card_dialog import ClientCardDialog
from desktop_app.ui.main_window import MainWindow


def test_the_week_the_day_clashes_and_the_exports(qtbot, ops, vault, file_dialogs):
    s = vault.session
    colleague = s.users.add_user(
        NewUser("bo", "Bo Kollega", Role.COUNSELLOR),
        "Tillfalligt-losen-9",
        must_change_password=False,
    )
    a = s.clients.create(ClientDraft(name="Hemlig Namnsson"))
    b = s.clients.create(ClientDraft())
    c = s.clients.create(ClientDraft())
    monday = (datetime.now() + timedelta(days=7 - datetime.now().weekday())).replace(
        hour=9, minute=0, second=0, microsecond=0
    )  # next week's Monday
    s.bookings.book(BookingDraft(a.id, monday, 60, ContactForm.VISIT, s.user.id, "Rum 1"))
    s.bookings.book(
        BookingDraft(b.id, monday + timedelta(minutes=30), 45, ContactForm.PHONE, s.user.id)
    )
    s.bookings.book(
        BookingDraft(c.id, monday + timedelta(days=2), 45, ContactForm.VISIT, colleague.id, "Rum 1")
    )
    window = MainWindow(s, ops, unit_name="KAST Testby")
    qtbot.addWidget(window)
    window.show()
    keys = list(window.page_widgets)
    window.nav.setCurrentRow(keys.index("bookings"))
    page = window.page_widgets["bookings"]
    page.day.setDate(QDate(monday.date()))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)  # mine only
    status = page.model.index(0, 6).data()
    assert f"⚠ krock med {b.code}" in status
    assert page.model.data(page.model.index(0, 6), Qt.ItemDataRole.ForegroundRole) is not None
    assert page.summary.text() == "2 bokade besök · 2 krockar"
    page.who.setCurrentIndex(page.who.findData(None))  # the whole unit
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    page.span.setCurrentIndex(page.span.findData("day"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: page.who.findData(colleague.id) >= 0, timeout=5000)
    page.who.setCurrentIndex(page.who.findData(colleague.id))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert "Boka ett besök från klientkortet" in page.summary.text()
    page.span.setCurrentIndex(page.span.findData("week"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)

    # The unit's week, saved as PDF and as a calendar file: codes, never names.
    page.who.setCurrentIndex(page.who.findData(None))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    qtbot.mouseClick(page.findChild(QPushButton, "icsBookings"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Sparad"), timeout=5000)
    ics = next(file_dialogs.folder.glob("*.ics")).read_bytes()
    events = [e for e in Calendar.from_ical(ics).walk("VEVENT")]
    assert sorted(str(e["summary"]) for e in events) == sorted(f"Besök {x.code}" for x in (a, b, c))
    assert b"Hemlig" not in ics
    assert all(int(e["sequence"]) == 0 for e in events)  # none moved yet
    page.message.clear()
    qtbot.mouseClick(page.findChild(QPushButton, "pdfBookings"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Sparad"), timeout=5000)
    text = "".join(
        p.extract_text() for p in PdfReader(next(file_dialogs.folder.glob("*.pdf"))).pages
    )
    assert a.code in text and "Hemlig" not in text and "krock" in text

    # The week as an hour grid: the clashing visits in Monday's nine o'clock, marked.
    from desktop_app.ui.models.calendar_model import FIRST_HOUR

    page.span.setCurrentIndex(page.span.findData("grid"))
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.grid, timeout=5000)
    cell = page.grid_model.index(9 - FIRST_HOUR, 0)
    qtbot.waitUntil(lambda: a.code in (page.grid_model.data(cell) or ""), timeout=5000)
    assert "⚠" in page.grid_model.data(cell) and b.code in page.grid_model.data(cell)
    page.span.setCurrentIndex(page.span.findData("week"))
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.table, timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)

    # A visit's client card opens with Enter.
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(x.isVisible() for x in window.findChildren(ClientCardDialog)), timeout=5000
    )
    card = next(x for x in window.findChildren(ClientCardDialog) if x.isVisible())
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    assert card.data.client.id == a.id
    card.close()
    window.shutdown()

"""The start page: my clients and their last contact, who has waited too long, open
reports of concern, this week's meetings, only the reminders that are due; a client
opens from it; a role sees only what it may read."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.courses import MeetingDraft
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.session import Gatekeeper
from desktop_app.ui.client_card.card_dialog import ClientCardDialog
from desktop_app.ui.main_window import MainWindow


def _texts(view) -> list[str]:
    return [view.item(n).text() for n in range(view.count())]


def test_a_counsellors_start_page(qtbot, ops, vault):
    from desktop_app.core.services.backup_service import UNIT_CREATED_AT
    from desktop_app.storage.repos.settings_repo import SqlSettingsRepo

    s, today = vault.session, date.today()
    # a unit created today (a database migrated from version 1 has no such date)
    SqlSettingsRepo(s.vault.db).set(UNIT_CREATED_AT, datetime.now().isoformat(timespec="seconds"))
    mine = s.clients.create(ClientDraft(name="Bo Berg", responsible_id=s.user.id))
    youth = s.clients.create(
        ClientDraft(requested_on=today - timedelta(days=3), birth_year=today.year - 16)
    )
    s.journal.report_concern(mine.id, today, "Socialtjänsten <Huddinge>")
    from desktop_app.core.domain.bookings import BookingDraft
    from desktop_app.core.domain.contact_enums import ContactForm

    soon = (datetime.now() + timedelta(hours=1)).replace(second=0, microsecond=0)
    if soon.date() == today:  # a visit later today, booked with me
        s.bookings.book(BookingDraft(mine.id, soon, 45, ContactForm.VISIT, s.user.id, "Rum 2"))
    monday = today - timedelta(days=today.weekday())
    start = datetime.combine(monday, datetime.min.time()).replace(hour=18)
    if start < datetime.now():
        s.courses.record_past_session(
            "Samtalsgrupp", MeetingDraft(start, start.replace(hour=20)), 4
        )
    window = MainWindow(s, ops, unit_name="KAST Testby")
    qtbot.addWidget(window)
    window.show()
    page = window.page_widgets["overview"]
    assert window.nav.item(0).text() == "Översikt" and page.isVisible()  # the first page
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    assert any(t.startswith(mine.code) and "Bo Berg" in t for t in _texts(page.lists["mine"]))
    assert any(t.startswith(youth.code) for t in _texts(page.lists["waiting"]))
    assert _texts(page.lists["concerns"])[0].endswith("Socialtjänsten <Huddinge>")
    if soon.date() == today:
        booked = _texts(page.lists["bookings"])
        assert booked == [f"i dag {soon:%H:%M} · {mine.code} · Rum 2"]
        mine_line = next(t for t in _texts(page.lists["mine"]) if t.startswith(mine.code))
        assert "nästa besök" in mine_line
    if start < datetime.now():
        assert any("Samtalsgrupp" in t for t in _texts(page.lists["meetings"]))
    # a brand-new unit is not due for a backup; the audit review of last month is
    assert not page.backup.isVisible() and page.review.isVisible()
    # a client opens from the start page (Enter on the line)
    view = page.lists["mine"]
    view.setCurrentRow(next(n for n, t in enumerate(_texts(view)) if t.startswith(mine.code)))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(c.isVisible() for c in window.findChildren(ClientCardDialog)), timeout=5000
    )
    card = next(c for c in window.findChildren(ClientCardDialog) if c.isVisible())
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    assert card.data.client.id == mine.id
    card.close()
    window.shutdown()


def test_a_course_leader_sees_no_clients_on_the_start_page(qtbot, ops, vault):
    vault.session.clients.create(ClientDraft(name="Bo Berg"))
    vault.session.users.add_user(
        NewUser("kl", "Kim Ledare", Role.COURSE_LEADER), "Tillfalligt-losen-9"
    )
    session = Gatekeeper(vault.path).login("kl", "Tillfalligt-losen-9")
    try:
        window = MainWindow(session, ops)
        qtbot.addWidget(window)
        window.show()
        page = window.page_widgets["overview"]
        qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
        for key in ("mine", "waiting", "concerns"):
            assert not page.boxes[key].isVisible()  # the role may not read clients
        assert page.boxes["meetings"].isVisible()
        assert "Bo Berg" not in " ".join(t for v in page.lists.values() for t in _texts(v))
        window.shutdown()
    finally:
        session.close()

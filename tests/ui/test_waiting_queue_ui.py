"""The waiting queue in the course window, through its buttons: a cancellation offers
the place to the first in line, "Nej" passes it on, a move needs a reason, and after the
deadline "registrera ändå" asks for one."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop_app.core.domain.courses import (
    ActivityDraft,
    ActivityKind,
    MeetingDraft,
    ParticipantDraft,
    RegistrationStatus,
)
from desktop_app.ui.courses.activity_dialog import ActivityDialog
from desktop_app.ui.courses.participant_dialog import ParticipantDialog

S = RegistrationStatus


def _course(vault, capacity, deadline=None, kind=ActivityKind.COURSE):
    start = (datetime.now() + timedelta(days=10)).replace(hour=9, minute=0, second=0, microsecond=0)
    medvind = next(t for t in vault.session.courses.types() if t.name.startswith("MedVind"))
    return vault.session.courses.create_occasion(
        ActivityDraft(kind, "MedVind kö", "", medvind.id, capacity, 1, deadline=deadline),
        [MeetingDraft(start, start + timedelta(hours=6))],
    )


def _registered(vault, course, n):
    reg = vault.session.registrations
    people = [
        reg.create_participant(ParticipantDraft(name=f"Person {i}", phone=f"070-00000{i}"))
        for i in range(n)
    ]
    for p in people:
        reg.register(course.id, p.id)
    return people


@pytest.fixture
def open_window(qtbot, ops, vault):
    def open_(course):
        window = ActivityDialog(vault.session, ops, course.id)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.data is not None, timeout=5000)
        window.tabs.setCurrentIndex(1)
        return window

    return open_


def _select(window, name):
    model = window.registrations.model
    row = next(
        n
        for n in range(model.rowCount())
        if model.registration_at(n).participant.draft.name == name
    )
    window.registrations.table.selectRow(row)


def _cell(window, name, title):
    model = window.registrations.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    row = next(
        n
        for n in range(model.rowCount())
        if model.registration_at(n).participant.draft.name == name
    )
    return model.index(row, column).data()


def _status_of(window, name):
    return next(r.status for r in window.data.registrations if r.participant.draft.name == name)


def test_a_cancellation_offers_the_place_and_no_passes_it_on(qtbot, open_window, vault):
    course = _course(vault, capacity=1)
    _registered(vault, course, 3)
    window = open_window(course)
    tab = window.registrations
    assert _cell(window, "Person 1", "Plats i kön") == "1"
    assert _cell(window, "Person 2", "Plats i kön") == "2"
    assert _cell(window, "Person 2", "I kön sedan")  # the time joined is shown
    assert "2 i kön" in tab.counts.text()
    _select(window, "Person 0")
    tab.status.setCurrentIndex(tab.status.findText("avbokad"))
    qtbot.mouseClick(tab.change, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "erbjuds nu Person 1" in window.message.text(), timeout=5000)
    assert "070-000001" in window.message.text() and "svar senast" in window.message.text()
    qtbot.waitUntil(lambda: _status_of(window, "Person 1") == S.OFFERED, timeout=5000)
    assert "svar senast" in _cell(window, "Person 1", "Status")
    _select(window, "Person 1")
    assert tab.answers.isVisible()
    qtbot.mouseClick(tab.findChild(type(tab.change), "offerNo"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "erbjuds nu Person 2" in window.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: _status_of(window, "Person 1") == S.CANCELLED, timeout=5000)
    _select(window, "Person 2")
    qtbot.mouseClick(tab.findChild(type(tab.change), "offerYes"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _status_of(window, "Person 2") == S.REGISTERED, timeout=5000)
    # "deltog" and "uteblev" follow from attendance: the status list never offers them.
    _select(window, "Person 2")
    offered = {tab.status.itemText(i) for i in range(tab.status.count())}
    assert offered and not offered & {"deltog", "uteblev", "erbjuden plats"}
    window.close()


def test_moving_someone_in_the_queue_asks_for_a_reason(qtbot, open_window, vault, monkeypatch):
    course = _course(vault, capacity=1)
    _registered(vault, course, 4)
    window = open_window(course)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (1, True))
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, label, items, *a: (items[0], True)
    )
    _select(window, "Person 3")
    qtbot.mouseClick(window.registrations.queue_move, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _cell(window, "Person 3", "Plats i kön") == "1", timeout=5000)
    assert _cell(window, "Person 1", "Plats i kön") == "2"
    detail = vault.session.audit.entries(entity="registration", limit=50)
    assert any("reason=referred" in e.detail for e in detail)
    window.close()


def test_after_the_deadline_registering_anyway_takes_a_reason(
    qtbot, open_window, vault, monkeypatch
):
    course = _course(vault, capacity=5, deadline=date.today() - timedelta(days=1))
    window = open_window(course)
    assert "Sista anmälningsdag" in window.registrations.counts.text()
    assert "passerad" in window.registrations.counts.text()
    asked = []

    def answer(parent, title, label, items, *a, **k):
        asked.append(label)
        return (items[0], True)

    monkeypatch.setattr(QInputDialog, "getItem", answer)
    add = window.registrations.findChild(type(window.registrations.change), "addParticipant")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    dialog = next(d for d in window.findChildren(ParticipantDialog) if d.isVisible())
    qtbot.keyClicks(dialog.name, "Sen Anmalan")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.data and window.data.registrations), timeout=5000)
    assert asked and "Sista anmälningsdag var" in asked[0]
    assert window.data.registrations[0].status == S.REGISTERED
    window.close()


def test_a_full_group_never_takes_more_than_its_places(qtbot, open_window, vault):
    start = (datetime.now() - timedelta(days=3)).replace(hour=18, minute=0, second=0, microsecond=0)
    group = vault.session.courses.create_group(
        ActivityDraft(ActivityKind.GROUP, "Samtalsgrupp", capacity=2, rhythm_days=14),
        start,
        90,
        date.today() + timedelta(days=40),
    )
    _registered(vault, group, 3)
    window = open_window(group)
    assert "2 av 2 platser i gruppen, 1 i kön" in window.registrations.counts.text()
    assert _status_of(window, "Person 2") == S.WAITING
    window.close()

"""Booked visits: made, moved, held (the contact in one step), missed (counted),
cancelled by the client or by us, a wrong mark undone, a mistaken booking removed;
clashes marked; the first booking is the first time offered; audited without the note;
the note lives in the register part."""

from datetime import date, datetime, timedelta

import pytest

from desktop_app.core.domain import periods
from desktop_app.core.domain.bookings import BookingDraft, BookingStatus
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
from desktop_app.core.domain.measures import Measure
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.core.errors import PermissionDeniedError, ValidationError
from desktop_app.session import Gatekeeper

NOW = datetime.now().replace(second=0, microsecond=0)


def _draft(s, client_id, starts_at, minutes=45, room="Rum 2", note=""):
    return BookingDraft(client_id, starts_at, minutes, ContactForm.VISIT, s.user.id, room, note)


def test_a_booking_is_held_missed_or_cancelled_and_every_mark_can_be_undone(vault):
    s = vault.session
    client = s.clients.create(ClientDraft(requested_on=NOW.date() - timedelta(days=3)))
    past = (NOW - timedelta(days=1)).replace(hour=10, minute=0)
    first = s.bookings.book(_draft(s, client.id, past, note="Tolk behövs"))
    # The first booking is the first time offered: the request no longer waits.
    assert s.clients.summary(client.id).draft.first_offered_on == past.date()
    held = s.bookings.held(first.id, ContactKind.SUPPORT)
    assert held.status == BookingStatus.HELD and held.contact_id is not None
    [contact] = s.contacts.for_client(client.id)
    assert (contact.draft.at, contact.draft.minutes, contact.draft.form) == (
        past,
        45,
        ContactForm.VISIT,
    )
    with pytest.raises(ValidationError) as info:
        s.bookings.held(first.id, ContactKind.SUPPORT)  # not twice
    assert info.value.code == "not_open"
    with pytest.raises(ValidationError) as info:
        s.bookings.reopen(first.id)  # corrected through the contact instead
    assert info.value.code == "was_held"

    missed = s.bookings.book(_draft(s, client.id, past.replace(hour=14)))
    s.bookings.no_show(missed.id)
    year = periods.year(past.year)
    assert s.statistics.monthly(Measure.NO_SHOWS, year)[1] == 1
    s.bookings.reopen(missed.id)  # it was a mistake
    assert s.statistics.monthly(Measure.NO_SHOWS, year)[1] == 0
    s.bookings.cancel(missed.id, by_client=True)
    assert s.bookings.for_client(client.id)[0].status == BookingStatus.CANCELLED_BY_CLIENT

    coming = s.bookings.book(_draft(s, client.id, NOW + timedelta(days=2)))
    with pytest.raises(ValidationError) as info:
        s.bookings.no_show(coming.id)
    assert info.value.code == "not_yet"
    moved = s.bookings.move(coming.id, _draft(s, client.id, NOW + timedelta(days=3), 60))
    assert (moved.draft.minutes, moved.sequence) == (60, 1)  # a calendar file replaces it
    with pytest.raises(ValidationError) as info:  # the same again is no correction
        s.bookings.move(coming.id, _draft(s, client.id, NOW + timedelta(days=3), 60))
    assert (info.value.field, info.value.code) == ("booking", "unchanged")
    assert s.bookings.next_for([client.id]) == {client.id: NOW + timedelta(days=3)}
    s.bookings.remove(coming.id)
    assert [b.id for b in s.bookings.for_client(client.id)] == [missed.id, first.id]
    entries = [e for e in s.audit.entries(limit=40) if e.entity == "booking"]
    assert len(entries) >= 7 and not any("Tolk" in repr(e) for e in s.audit.entries(limit=80))


def test_clashes_are_marked_for_the_same_counsellor_or_room(vault):
    s = vault.session
    a = s.clients.create(ClientDraft())
    b = s.clients.create(ClientDraft())
    at = (NOW + timedelta(days=1)).replace(hour=9, minute=0)
    first = s.bookings.book(_draft(s, a.id, at, 60, "Rum 1"))
    assert first.clashes == ()
    second = s.bookings.book(_draft(s, b.id, at + timedelta(minutes=30), 45, "Rum 2"))
    assert second.clashes == (first.id,)  # the same counsellor
    day = s.bookings.between(at.date(), at.date())
    assert {x.id: x.clashes for x in day} == {first.id: (second.id,), second.id: (first.id,)}
    s.bookings.cancel(second.id, by_client=False)
    assert all(not x.clashes for x in s.bookings.between(at.date(), at.date()))
    assert [x.code for x in s.bookings.between(at.date(), at.date(), s.user.id)] == [
        a.code,
        b.code,
    ]


def test_bad_bookings_are_refused(vault):
    s = vault.session
    client = s.clients.create(ClientDraft())
    for draft, field in (
        (_draft(s, client.id, NOW, minutes=2), "minutes"),
        (_draft(s, client.id, NOW - timedelta(days=800)), "at"),
        (_draft(s, client.id, NOW, room="x" * 61), "room"),
    ):
        with pytest.raises(ValidationError) as info:
            s.bookings.book(draft)
        assert info.value.field == field
    assert s.bookings.for_client(client.id) == []


def test_a_course_leader_may_not_book_or_read_bookings(vault):
    s = vault.session
    client = s.clients.create(ClientDraft())
    booked = s.bookings.book(_draft(s, client.id, NOW + timedelta(days=1), note="Hemlig"))
    s.users.add_user(
        NewUser("kim", "Kim", Role.COURSE_LEADER), "Tillfalligt-losen-9", must_change_password=False
    )
    kim = Gatekeeper(vault.path).login("kim", "Tillfalligt-losen-9")
    try:
        for refused in (
            lambda: kim.bookings.between(date.today(), date.today() + timedelta(days=7)),
            lambda: kim.bookings.book(_draft(kim, client.id, NOW + timedelta(days=1))),
            lambda: kim.bookings.cancel(booked.id, True),
        ):
            with pytest.raises(PermissionDeniedError):
                refused()
        # The note is in the register part: the course leader's key does not open it.
        assert kim.vault.db.execute("SELECT count(*) FROM booking_notes").fetchone() == (0,)
    finally:
        kim.close()


def test_the_register_extract_lists_every_booking_and_a_purge_removes_them(vault):
    s = vault.session
    client = s.clients.create(ClientDraft())
    booked = s.bookings.book(_draft(s, client.id, NOW + timedelta(days=4), note="Tolk: arabiska"))
    extract = s.register_extracts.extract(client.id)
    assert [(b.id, b.draft.note) for b in extract.bookings] == [(booked.id, "Tolk: arabiska")]
    s.vault.db.execute("DELETE FROM clients WHERE id = ?", [client.id])  # as a purge does
    from desktop_app.storage.repos.purge_repo import SqlPurgeRepo

    SqlPurgeRepo(s.vault.db).sweep()
    assert s.vault.db.execute("SELECT count(*) FROM booking_notes").fetchone() == (0,)
    assert s.vault.db.execute("SELECT count(*) FROM bookings").fetchone() == (0,)

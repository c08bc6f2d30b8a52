"""Contacts (registered, unregistered, couples counted once) and the journal."""

from datetime import date, datetime, timedelta

import pytest

from desktop_app.core.domain.client_enums import TargetGroup
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind, Participants
from desktop_app.core.domain.contacts import ContactDraft
from desktop_app.core.errors import StorageError, ValidationError
from desktop_app.storage.errors import translated_errors


def _contact(vault, client_id=None, **changes):
    values = dict(
        at=datetime.now().replace(microsecond=0) - timedelta(hours=1),
        form=ContactForm.PHONE,
        kind=ContactKind.ADVICE,
        minutes=25,
        staff_id=vault.session.user.id,
        client_id=client_id,
    )
    values.update(changes)
    return ContactDraft(**values)


def test_contact_updates_the_client_and_is_listed(vault):
    client = vault.session.clients.create(ClientDraft())
    contact = vault.session.contacts.register(_contact(vault, client.id, note="Bokade besök"))
    listed = vault.session.contacts.for_client(client.id)
    assert [c.id for c in listed] == [contact.id]
    assert listed[0].staff_name == "Anna Administratör"
    fresh = vault.session.clients.summary(client.id)
    assert fresh.contact_count == 1 and fresh.last_contact_on == contact.draft.at.date()


@pytest.mark.parametrize(
    "changes,field",
    [
        (dict(minutes=-5), "minutes"),
        (dict(minutes=9999), "minutes"),
        (dict(at=datetime.now() + timedelta(days=2)), "at"),
        (dict(note="x" * 3000), "note"),
    ],
)
def test_bad_contacts_are_refused(vault, changes, field):
    client = vault.session.clients.create(ClientDraft())
    with pytest.raises(ValidationError) as info:
        vault.session.contacts.register(_contact(vault, client.id, **changes))
    assert info.value.field == field
    assert vault.session.contacts.for_client(client.id) == []


def test_unregistered_contact_counts_without_a_client(vault):
    today = date.today()
    vault.session.contacts.register_unregistered(
        _contact(
            vault, target_group=TargetGroup.BUYER, municipality="0180", kind=ContactKind.ADVICE
        )
    )
    with pytest.raises(ValidationError):
        vault.session.contacts.register_unregistered(_contact(vault, municipality="nope"))
    unregistered = vault.session.contacts.unregistered(today - timedelta(days=1), today)
    assert len(unregistered) == 1 and unregistered[0].draft.municipality == "0180"
    counts = vault.session.contacts.count_by_participation(today - timedelta(days=1), today)
    assert counts == {"unregistered": 1}


def test_a_couple_contact_counts_once_and_shows_for_both(vault):
    clients, contacts = vault.session.clients, vault.session.contacts
    a, b = clients.create(ClientDraft()), clients.create(ClientDraft())
    couple = clients.create_couple(ClientDraft(), (a.id, b.id))
    contact = contacts.register(_contact(vault, couple.id))
    assert contact.draft.participants == Participants.COUPLE
    contacts.register(_contact(vault, a.id))
    assert [c.id for c in contacts.for_client(b.id)] == [contact.id]
    assert len(contacts.for_client(a.id)) == 2
    today = date.today()
    counts = contacts.count_by_participation(today - timedelta(days=1), today)
    assert counts == {"couple": 1, "client": 1}


def test_journal_corrections_are_new_versions(vault):
    client = vault.session.clients.create(ClientDraft())
    journal = vault.session.journal
    first = journal.add(client.id, "Första samtalet", "Pratade om  situationen.")
    fixed = journal.correct(first.id, "Första samtalet", "Pratade om situationen hemma.")
    assert (fixed.root_id, fixed.version, fixed.current) == (first.id, 2, True)
    notes = journal.notes(client.id)
    assert [(n.version, n.current) for n in notes] == [(2, True), (1, False)]
    assert notes[1].text == "Pratade om  situationen."  # the old text stays visible
    assert notes[0].written_by_name == "Anna Administratör"
    with pytest.raises(ValidationError):
        journal.correct(first.id, "X", "Y")  # only the newest version can be corrected
    with pytest.raises(ValidationError):
        journal.add(client.id, "", "text")


def test_journal_text_cannot_be_edited_in_the_database(vault):
    client = vault.session.clients.create(ClientDraft())
    note = vault.session.journal.add(client.id, "Titel", "Text")
    with pytest.raises(StorageError), translated_errors():
        vault.session.vault.db.execute(
            "UPDATE journal_notes SET text = 'ändrad' WHERE id = ?", [note.id]
        )
    assert vault.session.journal.notes(client.id)[0].text == "Text"


def test_journal_titles_are_searchable(vault):
    from desktop_app.core.domain.client_query import ClientQuery

    client = vault.session.clients.create(ClientDraft(anonymous=True))
    vault.session.journal.add(client.id, "Orosanmälan diskuterad", "Text")
    assert [c.id for c in vault.session.clients.page(ClientQuery(text="orosanm"))] == [client.id]


def test_reports_of_concern_flag_the_client_even_when_anonymous(vault):
    client = vault.session.clients.create(ClientDraft(anonymous=True))
    journal = vault.session.journal
    report = journal.report_concern(client.id, date.today(), "Socialtjänsten Malmö", "Barn 4 år")
    assert report.open and report.reported_by_name == "Anna Administratör"
    assert vault.session.clients.summary(client.id).open_concerns == 1
    with pytest.raises(ValidationError):
        journal.report_concern(client.id, date.today(), "  ")
    journal.close_concern(report.id, date.today())
    assert vault.session.clients.summary(client.id).open_concerns == 0

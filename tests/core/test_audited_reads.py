"""Reads that show identities are in the audit log: what was listed and how many rows,
a search term only as its keyed hash (never the term: it may be a personnummer)."""

import re

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.courses import ParticipantDraft
from tests.core.test_contacts_and_journal import _contact
from tests.core.test_courses import _occasion

PNR = "19900101-0017"


def _reads(session, entity):
    return [
        e for e in session.audit.entries(entity=entity, limit=100) if e.action == AuditAction.READ
    ]


def test_a_search_by_personnummer_is_logged_as_a_keyed_hash_with_its_hits(vault):
    s = vault.session
    s.clients.create(ClientDraft(name="Sökt Person", personal_id=PNR))
    found = s.clients.page(ClientQuery(text=PNR, status=StatusFilter.ALL))
    assert len(found) == 1
    entry = _reads(s, "client_list")[0]
    digest = s.audit.term_digest(PNR)
    assert entry.detail == f"term={digest} hits=1"
    assert PNR not in entry.detail and "19900101" not in entry.detail
    # The same term gives the same hash (an administrator can look for it), another not.
    assert s.audit.term_digest(f"  {PNR} ") == digest != s.audit.term_digest("19900101-0025")
    s.clients.page(ClientQuery(status=StatusFilter.ALL))
    assert _reads(s, "client_list")[0].detail == "hits=1"


def test_contact_notes_concerns_and_participant_lists_are_logged(vault):
    s = vault.session
    client = s.clients.create(ClientDraft(name="Läst Person"))
    s.contacts.register(_contact(vault, client.id, note="Samtal om hemmet"))
    before = len(_reads(s, "client"))
    s.contacts.for_client(client.id)
    s.journal.concerns(client.id)
    details = [e.detail for e in _reads(s, "client")[: len(_reads(s, "client")) - before]]
    assert sorted(details) == ["hits=0", "hits=1"]

    occasion = _occasion(vault)
    person = s.registrations.create_participant(
        ParticipantDraft(name="Per Telefon", phone="070-123 45 67", municipality="0180")
    )
    s.registrations.register(occasion.id, person.id)
    s.registrations.registrations(occasion.id)
    assert _reads(s, "participants")[0].detail == "hits=1"
    s.registrations.find_participants("070-123")
    entry = _reads(s, "participant")[0]
    # the term as a keyed hash, never the number typed (a hex hash may hold "070" by chance)
    assert re.fullmatch(r"term=[0-9a-f]+ hits=\d+", entry.detail), entry.detail

"""Purging (gallring): the review, holds, deleting for real, the log, frozen statistics."""

from datetime import date, datetime, timedelta

import pytest

from desktop_app.core.domain import periods
from desktop_app.core.domain.client_enums import Gender
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.outreach_persons import OutreachPersonDraft
from desktop_app.core.domain.purge import PurgeKind, PurgeRules
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.unit_work import Arena, OutreachDraft
from desktop_app.core.domain.users import NewUser
from desktop_app.core.errors import PermissionDeniedError, ValidationError
from desktop_app.session import Gatekeeper
from tests.sqlcipher_pages import plaintext_of_parts

OLD_NAME = "Gammelsson Raderas"
NEW_NAME = "Nysson Behålls"


def _age(session, client_id, when):
    session.vault.db.execute(
        "UPDATE clients SET last_entry_at = ? WHERE id = ?", [when.isoformat(), client_id]
    )


@pytest.fixture
def register(vault):
    s = vault.session
    old = s.clients.create(ClientDraft(name=OLD_NAME, personal_id="19900101-0017"))
    s.journal.add(old.id, "Samtal", "Journaltext om Gammelsson som ska bort")
    kept = s.clients.create(ClientDraft(name=NEW_NAME))
    held = s.clients.create(ClientDraft(name="Hållsson Sparas"))
    six_years_ago = datetime.now() - timedelta(days=6 * 366)
    _age(s, old.id, six_years_ago)
    _age(s, held.id, six_years_ago)
    return vault, old, kept, held


def test_review_lists_what_is_due_and_marks_holds(register):
    vault, old, kept, held = register
    purging = vault.session.purging
    purging.set_hold(held.id, True, "Begäran från tingsrätten")
    review = purging.review()
    due = {c.id for c in review.due(PurgeKind.CLIENT)}
    assert due == {old.id}
    listed = {c.id: c for c in review.candidates if c.kind == PurgeKind.CLIENT}
    assert listed[held.id].hold and listed[held.id].hold_reason == "Begäran från tingsrätten"
    assert kept.id not in listed
    assert review.cutoffs[PurgeKind.CLIENT].year == date.today().year - 5
    with pytest.raises(ValidationError):
        purging.set_hold(held.id, True, "  ")


def test_purge_deletes_for_real_and_logs_without_personal_data(register):
    vault, old, kept, held = register
    s = vault.session
    s.purging.set_hold(held.id, True, "Pågående ärende")
    frozen_before = s.vault.db.execute("SELECT * FROM frozen_periods").fetchall()
    key = s.vault._keys
    assert OLD_NAME.encode() in plaintext_of_parts(vault.path, key)  # the scan can see it

    counts = s.purging.purge(s.purging.review().candidates)  # held ones are skipped
    assert counts[PurgeKind.CLIENT] == 1
    db = s.vault.db
    assert db.execute("SELECT count(*) FROM clients WHERE id = ?", [old.id]).fetchone()[0] == 0
    assert (
        db.execute("SELECT count(*) FROM journal_notes WHERE client_id = ?", [old.id]).fetchone()[0]
        == 0
    )
    assert {r[0] for r in db.execute("SELECT id FROM clients")} == {kept.id, held.id}
    assert db.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert db.execute("SELECT * FROM frozen_periods").fetchall() == frozen_before

    plain = plaintext_of_parts(vault.path, key)
    for gone in (OLD_NAME, "Gammelsson", "199001010017", "Journaltext om Gammelsson"):
        assert gone.encode() not in plain, gone
    assert NEW_NAME.encode() in plain  # what stays is still there

    log = s.purging.log()
    assert [(e.kind, e.count, e.rule_years) for e in log] == [(PurgeKind.CLIENT, 1, 5)]
    row = db.execute("SELECT * FROM purge_log").fetchone()
    assert not any(OLD_NAME in str(v) or old.code in str(v) for v in row)
    assert s.audit.entries(entity="purge")[0].detail.startswith("client=1")
    assert s.integrity().sound and s.audit.broken_links() == []


def test_nothing_is_purged_that_is_no_longer_due(register):
    vault, old, _, _ = register
    s = vault.session
    review = s.purging.review()
    _age(s, old.id, datetime.now())  # a new entry after the review was printed
    assert s.purging.purge(review.candidates)[PurgeKind.CLIENT] == 1  # only the other one
    assert s.clients.get(old.id).draft.name == OLD_NAME


def test_rules_are_configurable_and_checked(vault):
    purging = vault.session.purging
    assert purging.rules() == PurgeRules(5, 2, 2)
    purging.set_rules(PurgeRules(3, 1, 1))
    assert purging.rules().client_years == 3
    with pytest.raises(ValidationError):
        purging.set_rules(PurgeRules(0, 1, 1))


def test_participants_and_unregistered_contacts_by_their_own_rules(vault):
    s = vault.session
    db = s.vault.db
    long_ago = (datetime.now() - timedelta(days=3 * 366)).isoformat(timespec="seconds")
    cursor = db.execute(
        "INSERT INTO participants (code, code_year, code_seq, created_at)"
        " VALUES ('D-2020-001', 2020, 1, ?)",
        [long_ago],
    )
    db.execute(
        "INSERT INTO participant_identities (participant_id, name, phone)"
        " VALUES (?, 'Deltagare Gammal', '070-1')",
        [cursor.lastrowid],
    )
    day = long_ago[:10]
    cursor = db.execute(
        "INSERT INTO contacts (client_id, at, day, month, form, kind, minutes, created_at)"
        " VALUES (NULL, ?, ?, ?, 'phone', 'counselling', 10, ?)",
        [long_ago, day, day[:7], long_ago],
    )
    db.execute(
        "INSERT INTO contact_notes (contact_id, note) VALUES (?, 'Ringde om sin bror')",
        [cursor.lastrowid],
    )
    review = s.purging.review()
    assert len(review.due(PurgeKind.PARTICIPANT)) == 1
    assert len(review.due(PurgeKind.CONTACT)) == 1
    counts = s.purging.purge(review.candidates)
    assert counts == {
        PurgeKind.CLIENT: 0,
        PurgeKind.PARTICIPANT: 1,
        PurgeKind.CONTACT: 1,
        PurgeKind.OUTREACH_PERSON: 0,
    }
    assert db.execute("SELECT count(*) FROM participants").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM participant_identities").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM contact_notes").fetchone()[0] == 0
    assert b"Ringde om sin bror" not in plaintext_of_parts(vault.path, s.vault._keys)


@pytest.mark.parametrize("role", [Role.COUNSELLOR, Role.COURSE_LEADER, Role.STATISTICS])
def test_only_administrators_purge(vault, role):
    vault.session.users.add_user(NewUser("xavier", "X", role), "Tillfalligt-losen-9")
    session = Gatekeeper(vault.path).login("xavier", "Tillfalligt-losen-9")
    try:
        for call in (session.purging.review, lambda: session.purging.purge([])):
            with pytest.raises(PermissionDeniedError):
                call()
    finally:
        session.close()


def test_set_aside_copies_are_listed_and_expire_with_the_purge(vault, tmp_path):
    from datetime import datetime, timedelta

    from desktop_app.session import Gatekeeper

    s = vault.session
    backup = s.backups.backup_now(tmp_path / "usb").path
    s.close()
    session = Gatekeeper(vault.path).restore(backup, vault.admin, vault.password)
    try:
        review = session.purging.review()
        assert [c.name[: len("vagval.db.replaced-")] for c in review.set_aside] == [
            "vagval.db.replaced-"
        ]
        assert review.set_aside[0].size > 0 and review.set_aside_due() == []
        session.purging.purge(review.due())
        assert len(session.purging.review().set_aside) == 1  # younger than 30 days: kept
    finally:
        session.close()
    later = Gatekeeper(vault.path, clock=lambda: datetime.now() + timedelta(days=31))
    session = later.login(vault.admin, vault.password)
    try:
        review = session.purging.review()
        assert len(review.set_aside_due()) == 1
        session.purging.purge(review.due())
        assert session.purging.review().set_aside == []
        assert not [p for p in vault.path.parent.iterdir() if ".replaced-" in p.name]
    finally:
        session.close()


def test_an_outreach_alias_goes_by_the_participants_rule_and_the_person_stays_counted(vault):
    s = vault.session
    three_years_ago = date.today() - timedelta(days=3 * 366)
    old = s.outreach_persons.add(
        OutreachPersonDraft("Gatunamn Gammal", Gender.WOMAN, 1970, three_years_ago)
    )
    s.work.record_outreach(OutreachDraft(three_years_ago, Arena.STREET, 1, met=(old,)))
    recent = s.outreach_persons.add(OutreachPersonDraft("Gatunamn Ny", Gender.WOMAN, 1990))
    review = s.purging.review()
    assert [(c.id, c.last_entry) for c in review.due(PurgeKind.OUTREACH_PERSON)] == [
        (old, three_years_ago)
    ]
    counts = s.purging.purge(review.candidates)
    assert counts[PurgeKind.OUTREACH_PERSON] == 1
    shown = {p.id: p.shown for p in s.outreach_persons.persons()}
    assert shown == {old: f"#{old}", recent: "Gatunamn Ny"}
    year = periods.year(three_years_ago.year)
    assert s.reports.outreach(year).met[0].persons == 1  # still counted
    assert b"Gatunamn Gammal" not in plaintext_of_parts(vault.path, s.vault._keys)
    assert s.purging.log()[0].kind == PurgeKind.OUTREACH_PERSON

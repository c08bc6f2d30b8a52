"""Keys per role hold in the files: with the course leader's or the statistics user's
own password and the program's own key-file code, no name, personal identity number,
phone number, journal or note text can be read from any file the program keeps."""

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.core.domain.client_enums import Gender
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
from desktop_app.core.domain.contacts import ContactDraft
from desktop_app.core.domain.courses import ParticipantDraft
from desktop_app.core.domain.outreach_persons import OutreachPersonDraft
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.core.errors import WrongPasswordError
from desktop_app.session import Gatekeeper
from desktop_app.storage.keyslots import KeySlotFile
from tests.conftest import MIGRATED
from tests.sqlcipher_pages import plaintext_of

FIXTURES = Path(__file__).parent.parent / "fixtures" / "v1"
TEMP = "Tillfalligt-losen-9"
CANARIES = (
    "Kanariefagel Namnsson",
    "198112189876",
    "Kanarieanteckning",
    "Kanariejournaltext",
    "Kanarierubrik",
    "Kanarieoro",
)
PHONE = "070-111 22 33"


def _fill(session):
    for name, role in (("bo", Role.COUNSELLOR), ("kim", Role.COURSE_LEADER)):
        session.users.add_user(NewUser(name, name, role), TEMP, must_change_password=False)
    session.users.add_user(NewUser("siv", "siv", Role.STATISTICS), TEMP, must_change_password=False)
    a = session.clients.create(
        ClientDraft(name="Kanariefagel Namnsson", personal_id="198112189876")
    )
    b = session.clients.create(ClientDraft(name="Kanariefagel Anhorig"))
    session.clients.link_relative(a.id, b.id)
    session.contacts.register(
        ContactDraft(
            at=datetime(2026, 3, 4, 10, 0),
            form=ContactForm.PHONE,
            kind=ContactKind.SUPPORT,
            minutes=30,
            staff_id=session.user.id,
            note="Kanarieanteckning om samtalet",
            client_id=a.id,
        )
    )
    session.journal.add(a.id, "Kanarierubrik", "Kanariejournaltext om klienten")
    session.journal.report_concern(a.id, date(2026, 3, 5), "Socialtjänsten", "Kanarieoro")
    session.registrations.create_participant(
        ParticipantDraft(name="Kanarie Deltagare", phone=PHONE)
    )


def _readable(folder: Path, keys: list[bytes]) -> bytes:
    """Everything any of ``keys`` decrypts in any file the program keeps in ``folder``
    (databases, parts, copies set aside, key files as they are)."""
    out = bytearray()
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        out += path.read_bytes()
        for key in keys:
            out += plaintext_of(path, key)
    return bytes(out)


def _keys_of(db_path: Path, username: str, password: str) -> list[bytes]:
    keys = []
    for name in ("vagval.db.keys", "vagval.db.keys.bak"):
        path = db_path.with_name(name)
        if not path.exists():
            continue
        opened = KeySlotFile.load(path).unlock_password(username, password)
        keys += [k for options in opened.keys.values() for k in options]
        if opened.legacy_key:
            keys.append(opened.legacy_key)
    return keys


def _assert_blind(db_path: Path, username: str, *, sees_courses: bool) -> None:
    data = _readable(db_path.parent, _keys_of(db_path, username, TEMP))
    for canary in CANARIES:
        assert canary.encode() not in data, (username, canary)
    assert (PHONE.encode() in data) is sees_courses, username


def test_roles_read_only_their_parts_of_a_new_database(vault):
    _fill(vault.session)
    # A person met in outreach: the alias is for those who do outreach, not statistics.
    vault.session.outreach_persons.add(OutreachPersonDraft("Kanariealias", Gender.WOMAN, 1990))
    admin_keys = list(vault.session.vault._keys.values())
    vault.session.close()
    everything = _readable(vault.path.parent, admin_keys)
    assert all(c.encode() in everything for c in CANARIES)  # the scan can see them
    _assert_blind(vault.path, "siv", sees_courses=False)
    _assert_blind(vault.path, "kim", sees_courses=True)
    assert b"Kanariealias" not in _readable(vault.path.parent, _keys_of(vault.path, "siv", TEMP))
    assert b"Kanariealias" in _readable(vault.path.parent, _keys_of(vault.path, "kim", TEMP))
    # The screens agree: the course leader's session sees participants, not clients.
    kim = Gatekeeper(vault.path).login("kim", TEMP)
    try:
        assert kim.vault.parts == ("main", "courses")
        assert kim.vault.db.execute("SELECT count(*) FROM client_identities").fetchone() == (0,)
    finally:
        kim.close()


def _migrated(tmp_path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(FIXTURES / "data", folder)
    return folder / "vagval.db"


def test_a_version_1_database_is_migrated_and_nothing_is_lost(tmp_path):
    path = _migrated(tmp_path)
    session = Gatekeeper(path).login("anna", "Hemligt-losen-123")
    try:
        client = next(iter(session.clients.page(_all())))
        names = {c.draft.name for c in session.clients.page(_all())}
        assert names == {"Kanariefagel Namnsson", "Kanariefagel Anhorig"}
        by_name = {c.draft.name: c for c in session.clients.page(_all())}
        a = by_name["Kanariefagel Namnsson"]
        assert a.draft.personal_id == "198112189876"
        assert [n.text for n in session.journal.notes(a.id)] == ["Kanariejournaltext om klienten"]
        assert [c.draft.note for c in session.contacts.for_client(a.id)] == [
            "Kanarieanteckning om samtalet"
        ]
        assert [c.note for c in session.journal.concerns(a.id)] == ["Kanarieoro anteckning"]
        assert session.integrity().sound
        assert session.audit.broken_links() == []
        assert client is not None
    finally:
        session.close()
    assert not list(path.parent.glob("*.before-v10-*"))  # held the names under the old key
    for name in ("bo", "kim", "siv"):  # each colleague's first login upgrades their slot
        Gatekeeper(path).login(name, TEMP).close()
    admin = Gatekeeper(path).login("anna", "Hemligt-losen-123")
    admin.new_recovery_key()  # the old recovery slot is the last version-1 entry
    admin.close()
    assert KeySlotFile.load(path.with_name("vagval.db.keys")).upgrade is None
    _assert_blind(path, "siv", sees_courses=False)
    _assert_blind(path, "kim", sees_courses=True)


def _all():
    from desktop_app.core.domain.client_query import ClientQuery, StatusFilter

    return ClientQuery(status=StatusFilter.ALL)


def test_a_disabled_user_opens_nothing_and_a_key_change_locks_out_old_key_files(vault):
    _fill(vault.session)
    old_keys = vault.path.with_name("vagval.db.keys").read_bytes()
    bo = next(u for u in vault.session.users.list_users() if u.username == "bo")
    vault.session.users.disable_user(bo.id)
    for name in ("vagval.db.keys", "vagval.db.keys.bak"):
        with pytest.raises(WrongPasswordError):
            KeySlotFile.load(vault.path.with_name(name)).unlock_password("bo", TEMP)
    steps = []
    # A migrated database still has its version-1 recovery slot: the change drops it.
    dropped = vault.session.rotate_keys(lambda done, total: steps.append((done, total)))
    assert dropped == (1 if MIGRATED else 0)
    assert steps[-1] == (3, 3)
    vault.session.clients.create(ClientDraft(name="Efter nyckelbytet"))
    vault.session.close()
    # A copy of the old key file (with Bo's slot) opens nothing written after the change.
    stale = _keys_from(vault.path, old_keys, "bo")
    data = _readable(vault.path.parent, stale)
    assert b"Efter nyckelbytet" not in data and b"Kanariefagel" not in data
    Gatekeeper(vault.path).login("anna", "Hemligt-losen-123").close()
    Gatekeeper(vault.path).login("siv", TEMP).close()


def _keys_from(db_path: Path, key_file: bytes, username: str) -> list[bytes]:
    copy = db_path.parent.parent / "old.keys"
    copy.write_bytes(key_file)
    opened = KeySlotFile.load(copy).unlock_password(username, TEMP)
    copy.unlink()
    return [k for options in opened.keys.values() for k in options]


def test_the_command_line_changes_the_keys(vault):
    import subprocess
    import sys

    vault.session.close()
    before = vault.path.with_name("vagval.db.keys").read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "rotate-keys", "--db", str(vault.path)]
        + ["--user", vault.admin],
        input=vault.password + "\n",
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "Nya krypteringsnycklar är i bruk" in done.stdout
    assert "3 av 3 delar" in done.stderr
    assert vault.path.with_name("vagval.db.keys").read_bytes() != before
    Gatekeeper(vault.path).login(vault.admin, vault.password).close()

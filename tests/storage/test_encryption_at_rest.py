"""No plaintext at rest, and the connection settings asserted at open."""

from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.session import Gatekeeper
from desktop_app.storage.db import REQUIRED_PRAGMAS
from tests.conftest import SECRET_NAME, files_of


def test_names_never_reach_the_disk(vault):
    vault.session.users.add_user(
        NewUser("zacke", SECRET_NAME, Role.COUNSELLOR), "Tillfalligt-losen-9"
    )
    vault.session.unit.set_unit_name("Enheten Plaintextsson")
    # Look while the connection is open and after close, in every part.
    for stage in ("open", "closed"):
        files = files_of(vault.path)
        assert "vagval.db" in files and "vagval.db.keys" in files
        assert {"vagval.db.register", "vagval.db.courses"} <= set(files)
        for name, data in files.items():
            for needle in (SECRET_NAME, "Plaintextsson", "zacke", "administrator"):
                for encoding in ("utf-8", "utf-16-le"):
                    assert needle.encode(encoding) not in data, (needle, name, stage)
        assert not files["vagval.db"].startswith(b"SQLite format 3")
        if stage == "open":
            vault.session.close()


def test_pragmas_are_set_and_checked(vault):
    db = vault.session.vault.db
    for name, expected in REQUIRED_PRAGMAS.items():
        assert str(db.execute(f"PRAGMA {name}").fetchone()[0]).lower() == expected.lower()
    assert db.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_database_and_key_file_are_private_to_the_user(vault):
    vault.session.close()
    for path in (vault.path, vault.path.with_name("vagval.db.keys")):
        assert path.stat().st_mode & 0o077 == 0


def test_reopened_database_has_the_data(vault):
    vault.session.users.add_user(NewUser("bo", "Bo Berg", Role.COUNSELLOR), "Tillfalligt-losen-9")
    vault.session.close()
    session = Gatekeeper(vault.path).login(vault.admin, vault.password)
    try:
        assert [u.username for u in session.users.list_users()] == ["anna", "bo"]
        assert session.integrity().sound
    finally:
        session.close()


def test_backups_hold_no_plaintext(vault, tmp_path):
    from desktop_app.core.domain.clients import ClientDraft

    vault.session.clients.create(ClientDraft(name=SECRET_NAME))
    vault.session.users.add_user(NewUser("zacke", "Zacke Z", Role.COUNSELLOR), "Tillfalligt-los-9")
    path = vault.session.backups.backup_now(tmp_path / "usb").path
    data = path.read_bytes()
    for needle in (SECRET_NAME, "Plaintextsson", "zacke", "KAST Testkommun", "administrator"):
        for encoding in ("utf-8", "utf-16-le"):
            assert needle.encode(encoding) not in data, needle
    assert b"SQLite format 3" not in data

"""The backup account: scheduled backups made without any key, which its password
cannot turn into a reading of the register."""

import json
import zipfile
from pathlib import Path

import pytest

from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.errors import BackupError, DatabaseInUseError, WrongPasswordError
from desktop_app.messages import describe
from desktop_app.session import Gatekeeper
from desktop_app.storage.backup import MANIFEST_ENTRY, read_manifest
from desktop_app.storage.backup_account import BACKUP_SLOT
from desktop_app.storage.keyslots import KeySlotFile
from tests.conftest import ADMIN, ADMIN_PASSWORD, SECRET_NAME


def _account(vault) -> str:
    for i in range(3):
        vault.session.clients.create(ClientDraft(name=f"{SECRET_NAME} {i}"))
    password = vault.session.backups.new_account()
    vault.session.close()
    return password


def test_the_backup_account_copies_the_encrypted_files_and_a_restore_opens_them(vault, tmp_path):
    password = _account(vault)
    gate = Gatekeeper(vault.path)
    result = gate.sealed_backup(password, tmp_path / "nightly")
    assert result.path.parent == tmp_path / "nightly"
    assert result.path.stat().st_mode & 0o777 == 0o600
    manifest = read_manifest(result.path)
    assert manifest["kind"] == "sealed" and "counts" not in manifest
    with zipfile.ZipFile(result.path) as archive:
        for name in archive.namelist():
            assert SECRET_NAME.encode() not in archive.read(name), name
    # An administrator checks it with her password: sound, every row there.
    check = gate.inspect_backup(result.path, ADMIN, ADMIN_PASSWORD)
    assert check.sound, check.problems
    assert check.counts["clients"] == 3
    # The next login writes what the account did into the audit log.
    session = gate.login(ADMIN, ADMIN_PASSWORD)
    try:
        rows = [
            e
            for e in session.audit.entries()
            if e.entity == "backup" and "account=backup" in (e.detail or "")
        ]
        assert [r.entity_id for r in rows] == [result.path.name]
        assert session.backups.last_backup() is not None
    finally:
        session.close()
    assert not vault.path.with_name("vagval.db.outbox").exists()


def test_the_backup_password_opens_no_part_and_a_wrong_one_is_refused(vault, tmp_path):
    password = _account(vault)
    slots = KeySlotFile.load(vault.path.with_name("vagval.db.keys"))
    assert slots.slots[BACKUP_SLOT]["kind"] == "backup"
    assert BACKUP_SLOT not in slots.grants  # no key of any part is sealed to it
    with pytest.raises(WrongPasswordError):
        slots.unlock_password("backup", password)
    with pytest.raises(WrongPasswordError):
        Gatekeeper(vault.path).sealed_backup(
            ("B" if password[0] == "A" else "A") + password[1:], tmp_path / "b"
        )
    with pytest.raises(WrongPasswordError):
        Gatekeeper(vault.path).sealed_backup("ett helt annat lösenord", tmp_path / "b")


def test_a_sealed_backup_waits_for_the_program_and_for_a_cut_off_write(vault, tmp_path):
    password = _account(vault)
    gate = Gatekeeper(vault.path)
    session = gate.login(ADMIN, ADMIN_PASSWORD)
    try:
        with pytest.raises(DatabaseInUseError):
            gate.sealed_backup(password, tmp_path / "b")
    finally:
        session.close()
    journal = vault.path.with_name("vagval.db-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 504)
    with pytest.raises(BackupError) as caught:
        gate.sealed_backup(password, tmp_path / "b")
    assert "logga in i Vägval en gång" in describe(caught.value)
    assert not list((tmp_path / "b").glob("*.vvbak")) if (tmp_path / "b").exists() else True
    journal.unlink()
    assert gate.sealed_backup(password, tmp_path / "b").path.exists()


def test_a_changed_sealed_manifest_and_a_removed_account_are_caught(vault, tmp_path):
    password = _account(vault)
    gate = Gatekeeper(vault.path)
    path = gate.sealed_backup(password, tmp_path / "b").path
    tampered = tmp_path / "b" / ("X" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == MANIFEST_ENTRY:
                doc = json.loads(data)
                doc["created_at"] = "2020-01-01T00:00:00"
                data = json.dumps(doc).encode()
            dst.writestr(info, data)
    check = gate.inspect_backup(tampered, ADMIN, ADMIN_PASSWORD)
    assert "manifest_mac" in check.problems and not check.sound
    session = gate.login(ADMIN, ADMIN_PASSWORD)
    try:
        session.backups.remove_account()
        assert not session.backups.has_account()
    finally:
        session.close()
    with pytest.raises(WrongPasswordError):
        gate.sealed_backup(password, tmp_path / "b")


def test_the_command_line_creates_the_account_and_runs_the_scheduled_backup(
    vault, tmp_path, monkeypatch, capsys
):
    from desktop_app.cli.main import main

    vault.session.close()
    monkeypatch.setenv("VAGVAL_PASSWORD", ADMIN_PASSWORD)
    assert main(["backup-account", "--db", str(vault.path), "--user", ADMIN, "create"]) == 0
    password = capsys.readouterr().out.strip()
    monkeypatch.delenv("VAGVAL_PASSWORD")
    monkeypatch.setenv("VAGVAL_BACKUP_PASSWORD", password)
    folder = tmp_path / "nightly"
    assert main(["sealed-backup", "--db", str(vault.path), "--to", str(folder)]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.exists() and printed.parent == folder.resolve()
    monkeypatch.setenv("VAGVAL_BACKUP_PASSWORD", "fel")
    assert main(["sealed-backup", "--db", str(vault.path), "--to", str(folder)]) == 2
    assert "lösenord" in capsys.readouterr().err.lower()


def test_a_sealed_backup_restores_with_the_recovery_key(vault, tmp_path):
    password = _account(vault)
    gate = Gatekeeper(vault.path)
    path = gate.sealed_backup(password, tmp_path / "b").path
    session = gate.login(ADMIN, ADMIN_PASSWORD)
    try:
        session.clients.create(ClientDraft(name="Efter kopian"))
    finally:
        session.close()
    session = gate.restore_with_recovery_key(path, vault.recovery_key, ADMIN, "Nytt-losen-4567")
    try:
        from desktop_app.core.domain.client_query import ClientQuery, StatusFilter

        assert session.clients.count(ClientQuery(status=StatusFilter.ALL)) == 3
    finally:
        session.close()

"""Restores that a unit can trust: never without a database, never another unit's
without a confirmation, possible with the recovery key alone, nothing unpacked before
its size is checked, no temporary copy left behind for good."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
import zipfile
from datetime import datetime

import pytest

from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.core.errors import BackupError, ValidationError
from desktop_app.messages import describe
from desktop_app.session import Gatekeeper, create_unit
from desktop_app.storage.backup import DB_ENTRY, remove_leftovers
from desktop_app.storage.restore import journal_path

PW = "Hemligt-losen-123"


def _backup(vault, tmp_path, clients=2):
    for i in range(clients):
        vault.session.clients.create(ClientDraft(name=f"Kopierad Person {i}"))
    path = vault.session.backups.backup_now(tmp_path / "usb").path
    vault.session.clients.create(ClientDraft(name="Efter Kopian"))
    vault.session.close()
    return path


def _count(session, table="clients"):
    return session.vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.mark.parametrize("moves_done", [1, 3, 5])
def test_a_restore_killed_between_its_moves_is_completed_at_the_next_start(
    vault, tmp_path, moves_done
):
    backup = _backup(vault, tmp_path)
    script = textwrap.dedent(
        f"""
        import os
        from desktop_app.session import Gatekeeper
        real, done = os.replace, [0]
        def dying_replace(src, dst):
            if str(dst).startswith({str(vault.path.parent)!r}) and not str(src).endswith(".tmp"):
                if done[0] == {moves_done}:
                    os._exit(9)  # power lost in the middle of the swap
                done[0] += 1
            real(src, dst)
        os.replace = dying_replace
        Gatekeeper({str(vault.path)!r}).restore({str(backup)!r}, "anna", {PW!r})
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.returncode == 9, out.stderr
    assert journal_path(vault.path).exists()
    gate = Gatekeeper(vault.path)
    assert gate.exists()  # the login window, never the new-unit wizard
    session = gate.login("anna", PW)
    try:
        assert _count(session) == 2  # the backup, whole
        assert session.integrity().sound
    finally:
        session.close()
    assert not journal_path(vault.path).exists()
    assert not list(vault.path.parent.glob(".vagval-restore-*"))


def _other_unit_backup(tmp_path):
    other = tmp_path / "annan" / "vagval.db"
    session, key = create_unit(
        other, "FAST Grannkommun", NewUser("anna", "Anna Annan", Role.ADMINISTRATOR), PW
    )
    session.clients.create(ClientDraft(name="Grannens Klient"))
    path = session.backups.backup_now(tmp_path / "grannens-usb").path
    session.close()
    return path, key


def test_another_units_backup_needs_a_confirmation_naming_both_units(vault, tmp_path):
    vault.session.clients.create(ClientDraft(name="Vår Klient"))
    vault.session.close()
    backup, _ = _other_unit_backup(tmp_path)
    gate = Gatekeeper(vault.path)
    check = gate.inspect_backup(backup, "anna", PW)
    here = f"id {Gatekeeper(vault.path).current_unit()[0][:8]} i {vault.path.parent}"
    assert check.sound and check.other_unit == here
    with pytest.raises(BackupError) as info:
        gate.restore(backup, "anna", PW)
    text = describe(info.value)
    assert "FAST Grannkommun" in text and here in text
    session = gate.login("anna", PW)  # nothing changed
    try:
        assert _count(session) == 1
    finally:
        session.close()
    session = gate.restore(backup, "anna", PW, other_unit_ok=True)
    try:
        assert session.unit.unit_name() == "FAST Grannkommun"
    finally:
        session.close()


def test_a_backup_restores_with_the_recovery_key_alone(vault, tmp_path):
    backup = _backup(vault, tmp_path)
    for path in vault.path.parent.iterdir():  # the PC was lost: nothing left here
        path.unlink()
    gate = Gatekeeper(vault.path)
    assert not gate.exists()
    with pytest.raises(ValidationError):
        gate.restore_with_recovery_key(backup, vault.recovery_key, "ingen-admin", "Nytt-losen-456")
    assert not gate.exists()
    session = gate.restore_with_recovery_key(backup, vault.recovery_key, "anna", "Nytt-losen-456")
    try:
        assert _count(session) == 2
        assert session.audit.entries(entity="backup", limit=1)[0].detail.endswith("recovery_key")
    finally:
        session.close()
    Gatekeeper(vault.path).login("anna", "Nytt-losen-456").close()


def test_sizes_are_checked_before_anything_is_unpacked(vault, tmp_path):
    backup = _backup(vault, tmp_path)
    with zipfile.ZipFile(backup) as archive:
        items = {n: archive.read(n) for n in archive.namelist()}
    swollen = tmp_path / "uppblåst.vvbak"
    with zipfile.ZipFile(swollen, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in items.items():
            archive.writestr(name, data + (b"\0" * 10_000_000 if name == DB_ENTRY else b""))
    with pytest.raises(BackupError) as info:
        Gatekeeper(vault.path).inspect_backup(swollen, "anna", PW)
    assert info.value.params["reason"] == "not_a_backup"


def test_leftover_temporary_copies_are_removed_by_the_next_backup(vault, tmp_path):
    folder = tmp_path / "usb"
    stale = folder / ".vagval-backup-abandoned"
    stale.mkdir(parents=True)
    (stale / "vagval.db").write_bytes(b"\0" * 4096)
    old = time.time() - 7 * 3600
    os.utime(stale, (old, old))
    fresh = folder / ".vagval-backup-running"
    fresh.mkdir()
    assert remove_leftovers(folder, ".vagval-backup-", datetime.now()) == [stale]
    stale.mkdir()
    os.utime(stale, (old, old))
    vault.session.backups.backup_now(folder)
    assert not stale.exists() and fresh.exists()

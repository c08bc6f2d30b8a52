"""Encrypted backups: consistent, verified, rotated, restorable on a fresh folder."""

import time
import zipfile
from datetime import datetime, timedelta

import pytest

from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.errors import BackupError, StorageError, WrongPasswordError
from desktop_app.session import Gatekeeper
from desktop_app.storage.backup import DB_ENTRY, KEYS_ENTRY, MANIFEST_ENTRY, read_manifest
from desktop_app.storage.vault import Vault
from tests.conftest import SECRET_NAME

ALL = ClientQuery(status=StatusFilter.ALL)


def _clients(session, n, name=SECRET_NAME):
    for i in range(n):
        session.clients.create(ClientDraft(name=f"{name} {i}"))


def test_backup_is_named_by_time_checked_and_holds_the_snapshot(vault, tmp_path):
    _clients(vault.session, 3)
    folder = tmp_path / "usb"
    result = vault.session.backups.backup_now(folder)
    assert result.path.parent == folder
    assert result.path.name.startswith("Vagval-") and result.path.suffix == ".vvbak"
    stamp = datetime.now().strftime("%Y-%m-%d_")
    assert stamp in result.path.name
    with zipfile.ZipFile(result.path) as archive:
        assert sorted(archive.namelist()) == sorted(
            [DB_ENTRY, f"{DB_ENTRY}.courses", f"{DB_ENTRY}.register", KEYS_ENTRY, MANIFEST_ENTRY]
        )
    check = vault.session.backups.inspect(result.path)
    assert check.sound, check.problems
    assert check.unit_name == "KAST Testkommun"
    assert check.counts["clients"] == 3
    assert vault.session.backups.last_backup() is not None
    assert vault.session.backups.folder() == str(folder)


def test_backup_is_consistent_while_others_write(vault, tmp_path):
    import threading

    _clients(vault.session, 40)
    stop = threading.Event()
    writes = []

    def writer():
        # Another piece of work keeps saving clients (and their names in the register
        # part) while the copy is made: it waits for the copy, never fails.
        n = 0
        while not stop.is_set():
            vault.session.clients.create(ClientDraft(name=f"Mitt i {n}"))
            writes.append(n)
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(writes) < 3:
            time.sleep(0.01)
        # The copy itself, on its own connection (the service would also write an audit
        # row on the session's connection, which the writer thread is using).
        result = vault.session.vault.backup_store().write(tmp_path / "b", datetime.now(), None)
    finally:
        stop.set()
        thread.join()
    check = vault.session.backups.inspect(result)
    assert check.sound, check.problems
    # One snapshot of every part: as many names as clients, as index rows as clients.
    assert check.counts["clients"] == check.counts["client_identities"]
    assert 40 < check.counts["clients"] <= 40 + len(writes)
    assert vault.session.clients.count(ALL) == 40 + len(writes)


def test_backup_opens_with_password_or_recovery_key_on_a_fresh_folder(vault, tmp_path):
    _clients(vault.session, 2)
    path = vault.session.backups.backup_now(tmp_path / "usb").path
    vault.session.close()

    fresh = tmp_path / "new-pc" / "vagval.db"
    gate = Gatekeeper(fresh)
    check = gate.inspect_backup(path, vault.admin, vault.password)
    assert check.sound and check.counts["clients"] == 2
    assert gate.inspect_backup_with_recovery_key(path, vault.recovery_key).sound
    with pytest.raises(WrongPasswordError):
        gate.inspect_backup(path, vault.admin, "fel-losenord-123")

    session = gate.restore(path, vault.admin, vault.password)
    try:
        names = {c.draft.name for c in session.clients.page(ALL)}
        assert names == {f"{SECRET_NAME} 0", f"{SECRET_NAME} 1"}
        assert session.integrity().sound
        assert session.audit.entries(entity="backup")[0].action == "restore"
    finally:
        session.close()
    opened = Vault(fresh).unlock_with_recovery_key(vault.recovery_key)
    assert opened.db.execute("SELECT count(*) FROM clients").fetchone()[0] == 2
    opened.close()


def test_restore_keeps_the_current_files_aside(vault, tmp_path):
    _clients(vault.session, 1)
    path = vault.session.backups.backup_now(tmp_path / "usb").path
    _clients(vault.session, 4, "Efter kopian")
    vault.session.close()
    session = Gatekeeper(vault.path).restore(path, vault.admin, vault.password)
    try:
        assert session.vault.db.execute("SELECT count(*) FROM clients").fetchone()[0] == 1
    finally:
        session.close()
    folders = [p for p in vault.path.parent.iterdir() if ".replaced-" in p.name]
    assert len(folders) == 1 and folders[0].name.startswith("vagval.db.replaced-")
    aside = sorted(p.name for p in folders[0].iterdir())
    assert {"vagval.db", "vagval.db.keys", "vagval.db.register", "vagval.db.courses"} <= set(aside)
    old = folders[0] / "vagval.db"
    kept = Vault(old).unlock(vault.admin, vault.password)
    assert kept.db.execute("SELECT count(*) FROM clients").fetchone()[0] == 5
    kept.close()


def _rewrite_entry(path, entry, change):
    with zipfile.ZipFile(path) as archive:
        items = {name: archive.read(name) for name in archive.namelist()}
    items[entry] = change(items[entry])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in items.items():
            archive.writestr(name, data)


def _flip(offset):
    def change(data):
        data = bytearray(data)
        data[offset] ^= 0x01
        return bytes(data)

    return change


@pytest.mark.parametrize(
    "entry,change,problem",
    [
        (DB_ENTRY, _flip(5000), "db_checksum"),
        (MANIFEST_ENTRY, lambda d: d.replace(b'"clients": 2', b'"clients": 3'), "manifest_mac"),
    ],
)
def test_a_changed_backup_is_not_sound_and_is_not_restored(vault, tmp_path, entry, change, problem):
    _clients(vault.session, 2)
    path = vault.session.backups.backup_now(tmp_path / "usb").path
    _rewrite_entry(path, entry, change)
    check = vault.session.backups.inspect(path)
    assert problem in check.problems
    vault.session.close()
    before = vault.path.read_bytes()
    with pytest.raises(BackupError):
        Gatekeeper(vault.path).restore(path, vault.admin, vault.password)
    assert vault.path.read_bytes() == before


def test_a_file_that_is_no_backup_says_so(vault, tmp_path):
    bogus = tmp_path / "x.vvbak"
    bogus.write_bytes(b"not a zip")
    with pytest.raises(BackupError) as info:
        vault.session.backups.inspect(bogus)
    assert info.value.params["reason"] == "not_a_backup"
    with pytest.raises(BackupError):
        read_manifest(bogus)


def test_rotation_keeps_days_weeks_and_months(vault, tmp_path):
    from desktop_app.core.domain.backup_rotation import RotationPolicy

    session = vault.session
    start = datetime(2026, 1, 1, 9, 0)
    now = {"t": start}
    session.backups._clock = lambda: now["t"]
    session.backups.policy = RotationPolicy(daily=3, weekly=2, monthly=2)
    folder = tmp_path / "usb"
    for day in range(0, 40, 4):
        now["t"] = start + timedelta(days=day)
        session.backups.backup_now(folder)
    kept = [stamp for _, stamp in session.backups.backups(folder)]
    # Newest three days, the newest of two weeks and the newest of two months.
    # Days 36, 32, 28 are the three newest days; the newest of ISO weeks 6 and 5 and
    # of February and January are among them, so nothing older survives.
    assert kept == [start + timedelta(days=d) for d in (36, 32, 28)]
    other = folder / "Vagval-ffffffff-2026-01-01_090000.vvbak"
    other.write_bytes(b"another unit's backup")
    session.backups.rotate(folder)
    assert other.exists()


def test_reminder_follows_the_units_setting(vault):
    from desktop_app.core.services.backup_service import LAST_BACKUP_AT, UNIT_CREATED_AT
    from desktop_app.storage.repos.settings_repo import SqlSettingsRepo

    backups, settings = vault.session.backups, SqlSettingsRepo(vault.session.vault.db)
    now = datetime(2026, 5, 1, 12, 0)
    backups._clock = lambda: now
    settings.set(UNIT_CREATED_AT, "2026-05-01T09:00:00")
    assert not backups.reminder_due()  # a brand-new database: not due on its first day
    settings.set(UNIT_CREATED_AT, "2026-04-01T09:00:00")
    assert backups.reminder_due()  # never backed up in a month
    settings.set(LAST_BACKUP_AT, "2026-04-26T12:00:00")
    assert not backups.reminder_due()
    backups.set_reminder_days(3)
    assert backups.reminder_due()


def test_a_folder_that_cannot_be_written_says_so_and_leaves_nothing(vault, tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(StorageError):
        vault.session.backups.backup_now(not_a_folder / "sub")
    assert vault.session.backups.last_backup() is None

"""A full disk or a folder that cannot be written: said in Swedish, nothing half-saved,
and the program works again once there is room."""

import errno
import tempfile

import pytest

from desktop_app.core.domain.client_query import ClientQuery, StatusFilter
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.errors import StorageError
from desktop_app.messages import describe

ALL = ClientQuery(status=StatusFilter.ALL)


def _fill_disk(db):
    """SQLite reports SQLITE_FULL, exactly as on a full disk, once the file may not grow."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def _free_disk(db):
    db.execute("PRAGMA max_page_count = 1073741823")


def test_full_disk_saves_nothing_and_recovers(vault):
    s = vault.session
    s.clients.create(ClientDraft(name="Före"))
    before = s.clients.count(ALL)
    audit_before = len(s.audit.entries(limit=10_000))
    _fill_disk(s.vault.db)
    with pytest.raises(StorageError) as info:
        for i in range(200):  # a page or two is often still free: keep writing
            s.clients.create(ClientDraft(name=f"Efter {i} " + "x" * 90))
    assert info.value.params["reason"] == "disk_full"
    assert (
        describe(info.value) == "Disken är full. Inget har sparats; frigör utrymme och försök igen."
    )
    failed_at = s.clients.count(ALL)
    # Every client saved before the failure is whole (row, search entry, audit entry) ...
    db = s.vault.db
    assert db.execute("SELECT count(*) FROM clients_fts").fetchone()[0] == failed_at
    assert len(s.audit.entries(limit=10_000)) == audit_before + (failed_at - before)
    _free_disk(db)
    # ... and once there is room again the program carries on.
    s.clients.create(ClientDraft(name="När det finns plats igen"))
    assert s.clients.count(ALL) == failed_at + 1
    assert s.integrity().sound


def test_backup_to_a_full_or_read_only_medium(vault, tmp_path, monkeypatch):
    s = vault.session
    for code, reason, text in (
        (errno.ENOSPC, "disk_full", "Disken är full"),
        (errno.EROFS, "read_only", "går inte att skriva i"),
    ):

        def broken(*args, _code=code, **kwargs):
            raise OSError(_code, "injected")

        monkeypatch.setattr(tempfile, "TemporaryDirectory", broken)
        with pytest.raises(StorageError) as info:
            s.backups.backup_now(tmp_path / "usb")
        assert info.value.params["reason"] == reason
        assert text in describe(info.value)
        monkeypatch.undo()
    assert list((tmp_path / "usb").glob("*.vvbak")) == []
    assert s.backups.last_backup() is None
    assert s.backups.backup_now(tmp_path / "usb").path.exists()  # room again: it works

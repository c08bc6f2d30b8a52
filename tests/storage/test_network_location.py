"""A database on a network share: detected, kept with a rollback journal, and a backup
that would read beside the open program is refused there."""

from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.core.errors import DatabaseInUseError
from desktop_app.storage.location import is_network_path
from desktop_app.storage.lock import DatabaseLock

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//filserver/enheten /mnt/enheten cifs rw,vers=3.0 0 0
filserver:/export /srv/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/enheten/lokal ext4 rw 0 0
"""


@pytest.mark.parametrize(
    "path,network",
    [
        ("/home/anna/vagval.db", False),
        ("/mnt/enheten/vagval.db", True),
        ("/srv/nfs/kast/vagval.db", True),
        ("/mnt/enheten/lokal/vagval.db", False),  # the deepest mount decides
        ("/mnt/enhetenX/vagval.db", False),
    ],
)
def test_network_shares_are_told_from_local_disks(path, network):
    assert is_network_path(path, mounts=MOUNTS) is network


def test_the_test_folder_is_local(tmp_path):
    assert is_network_path(tmp_path / "vagval.db") is False


def test_every_part_keeps_a_rollback_journal(vault):
    db = vault.session.vault.db
    for part in ("main", "courses", "register"):
        assert db.execute(f"PRAGMA {part}.journal_mode").fetchone()[0] == "delete"


def test_a_shared_backup_is_refused_on_a_network_share(vault, monkeypatch):
    monkeypatch.setattr("desktop_app.storage.lock.is_network_path", lambda p: True)
    with pytest.raises(DatabaseInUseError):
        # a second program's lock (not this process's shared hold)
        DatabaseLock(Path(vault.path))._acquire_file(datetime.now(), shared=True)
    monkeypatch.setattr("desktop_app.storage.lock.is_network_path", lambda p: False)
    second = DatabaseLock(Path(vault.path))
    second._acquire_file(datetime.now(), shared=True)  # local: allowed beside the program
    assert second.owner is None

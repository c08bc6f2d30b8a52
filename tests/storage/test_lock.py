"""One writer: a second copy is told who has the database; a crashed copy's lock is stale."""

import getpass
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta

import pytest

from desktop_app.core.errors import DatabaseInUseError
from desktop_app.messages import describe
from desktop_app.session import Gatekeeper
from desktop_app.storage.lock import lock_path

HOLDER = textwrap.dedent(
    """
    import sys, time
    from desktop_app.session import Gatekeeper
    session = Gatekeeper(sys.argv[1]).login(sys.argv[2], sys.argv[3])
    print("ready", flush=True)
    time.sleep(120)
    """
)


@pytest.fixture
def closed(vault):
    vault.session.close()
    return vault


def _hold(vault):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault.path), vault.admin, vault.password],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_second_copy_is_told_who_has_it_and_a_killed_copy_is_recognised(closed):
    proc = _hold(closed)
    try:
        with pytest.raises(DatabaseInUseError) as info:
            Gatekeeper(closed.path).login(closed.admin, closed.password)
        text = describe(info.value)
        assert getpass.getuser() in text and socket.gethostname() in text
        assert "redan öppen" in text
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert lock_path(closed.path).exists()  # the crash left its lock behind
    session = Gatekeeper(closed.path).login(closed.admin, closed.password)
    try:
        assert session.vault.lock.took_over is not None
        assert session.vault.lock.took_over.pid == proc.pid
        assert session.integrity().sound
    finally:
        session.close()
    assert not lock_path(closed.path).exists()


def _foreign_lock(vault, minutes_ago):
    beat = (datetime.now() - timedelta(minutes=minutes_ago)).isoformat(timespec="seconds")
    owner = {
        "token": "x",
        "account": "bertil",
        "host": "KONTOR-PC-7",
        "pid": 4242,
        "since": beat,
        "heartbeat": beat,
    }
    lock_path(vault.path).write_text(json.dumps(owner), encoding="utf-8")


def test_a_live_lock_from_another_computer_refuses(closed):
    _foreign_lock(closed, minutes_ago=1)
    with pytest.raises(DatabaseInUseError) as info:
        Gatekeeper(closed.path).login(closed.admin, closed.password)
    assert "bertil" in describe(info.value) and "KONTOR-PC-7" in describe(info.value)
    # Even a scheduled backup on this PC may not read under another computer's lock.
    with pytest.raises(DatabaseInUseError):
        Gatekeeper(closed.path).login(closed.admin, closed.password, shared=True)


def test_an_old_heartbeat_from_another_computer_is_stale(closed):
    _foreign_lock(closed, minutes_ago=11)
    session = Gatekeeper(closed.path).login(closed.admin, closed.password)
    try:
        assert session.vault.lock.took_over.host == "KONTOR-PC-7"
    finally:
        session.close()


def test_lock_file_names_no_one_from_the_register(closed):
    session = Gatekeeper(closed.path).login(closed.admin, closed.password)
    try:
        data = lock_path(closed.path).read_text(encoding="utf-8")
        assert closed.admin not in json.loads(data).values()
        assert "KAST" not in data
        before = json.loads(data)["heartbeat"]
        session.vault.lock.heartbeat(datetime.now() + timedelta(minutes=1))
        assert json.loads(lock_path(closed.path).read_text())["heartbeat"] > before
    finally:
        session.close()


def test_a_backup_may_run_beside_the_program_on_the_same_pc(closed, tmp_path):
    proc = _hold(closed)
    try:
        session = Gatekeeper(closed.path).login(closed.admin, closed.password, shared=True)
        try:
            path = session.backups.backup_now(tmp_path / "usb").path
        finally:
            session.close()
        assert path.exists()
        assert lock_path(closed.path).exists()  # the program's lock is untouched
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()

"""Crash safety: SIGKILL a process in the middle of writes, again and again.

Each child logs in, then saves clients as fast as it can (each save is one transaction:
the client row, its search-index row and its audit entry) and prints the number of
every save that returned. The parent kills it at a random moment and opens the file:
it must open (the dead copy's lock recognised as stale), pass the integrity and cipher
integrity checks and the audit chain, hold every save that was reported and no half one.
"""

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.session import Gatekeeper, create_unit
from desktop_app.storage.keyslots import KdfParams

KILLS_PER_TEST = 26  # two tests: 52 kills in the suite
PASSWORD = "Krasch-losen-123"
CHEAP_KDF = KdfParams(time_cost=1, memory_cost_kib=1024, parallelism=1)  # fast child start

WRITER = textwrap.dedent(
    """
    import sys
    from desktop_app.core.domain.clients import ClientDraft
    from desktop_app.session import Gatekeeper
    session = Gatekeeper(sys.argv[1]).login("anna", sys.argv[2])
    start = int(sys.argv[3])
    print("ready", flush=True)
    n = start
    while True:
        session.clients.create(ClientDraft(name=f"Krasch {n}"))
        print(n, flush=True)
        n += 1
    """
)


def _check(path, reported):
    session = Gatekeeper(path).login("anna", PASSWORD)
    try:
        assert session.integrity().sound, session.integrity()
        assert session.audit.broken_links() == []
        db = session.vault.db
        # The names are in the register part: a save touches two files, and a kill must
        # never leave one without the other.
        names = {r[0] for r in db.execute("SELECT name FROM client_identities").fetchall()}
        assert {f"Krasch {n}" for n in reported} <= names
        clients = db.execute("SELECT count(*) FROM clients").fetchone()[0]
        indexed = db.execute("SELECT count(*) FROM clients_fts").fetchone()[0]
        audited = db.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'create' AND entity = 'client'"
        ).fetchone()[0]
        identities = db.execute("SELECT count(*) FROM client_identities").fetchone()[0]
        assert clients == indexed == audited == identities  # no half transaction
        return clients
    finally:
        session.close()


@pytest.mark.parametrize("seed", [1, 2])
def test_killed_writers_never_damage_the_database(tmp_path, seed):
    path = tmp_path / "vagval.db"
    session, _ = create_unit(
        path, "Krasch", NewUser("anna", "Anna", Role.ADMINISTRATOR), PASSWORD, kdf=CHEAP_KDF
    )
    session.close()
    rng = random.Random(seed)
    survived, committed = 0, 0
    for _ in range(KILLS_PER_TEST):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), PASSWORD, str(committed)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.005, 0.15))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        reported = [int(line) for line in out.split() if line.isdigit()]
        committed = _check(path, reported)
        survived += 1
    assert survived == KILLS_PER_TEST
    assert committed > KILLS_PER_TEST  # the children really wrote
    print(f"crash safety: {survived} kills survived, {committed} clients committed")

"""A lock that is never lost silently: when another copy takes the database over (this
computer slept past the lock's patience), nothing more is saved from here and the
window locks at once with a message naming the other copy."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.errors import LockLostError
from desktop_app.messages import describe
from desktop_app.storage.lock import LockOwner, lock_path


def taken_over(db_path):
    """What a second copy does to a lock whose heartbeat is old: writes its own."""
    path = lock_path(db_path)
    other = LockOwner("other-token", "kim", "KANSLI-PC2", 4242, "2026-12-02T08:00:00", "")
    other = LockOwner(**{**other.__dict__, "heartbeat": datetime.now().isoformat()})
    path.write_text(json.dumps(other.__dict__), encoding="utf-8")


def test_a_lost_lock_refuses_every_write_and_says_who_has_it(vault):
    s = vault.session
    s.clients.create(ClientDraft(name="Före Övertagandet"))
    taken_over(vault.path)
    assert s.lock_lost()
    with pytest.raises(LockLostError) as info:
        s.clients.create(ClientDraft(name="Efter Övertagandet"))
    text = describe(info.value)
    assert "kim" in text and "KANSLI-PC2" in text and "Inget mer sparas" in text
    with pytest.raises(LockLostError):
        s.audit.record(AuditAction.READ, "client", 1)
    count = s.vault.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    s.close()  # logs out without writing, and leaves the other copy's lock alone
    assert "other-token" in lock_path(vault.path).read_text()
    lock_path(vault.path).unlink()
    from desktop_app.session import Gatekeeper

    again = Gatekeeper(vault.path).login(vault.admin, vault.password)
    try:
        rows = again.vault.db.execute("SELECT action FROM audit_log ORDER BY id").fetchall()
        assert [r[0] for r in rows[count:]] == ["login"]  # no logout after the takeover
    finally:
        again.close()


def test_a_lock_file_half_written_by_something_else_is_not_a_takeover(vault):
    path = lock_path(vault.path)
    saved = path.read_text(encoding="utf-8")
    path.write_text('{"token": "abc', encoding="utf-8")  # torn: no owner can be read
    assert not vault.session.lock_lost()
    path.write_text(saved, encoding="utf-8")
    path.unlink()  # removed: this copy no longer holds it
    assert vault.session.lock_lost()
    path.write_text(saved, encoding="utf-8")  # let the fixture close normally

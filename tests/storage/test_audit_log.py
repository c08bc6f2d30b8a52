"""The audit log is append-only and hash-chained."""

import pytest

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.core.errors import PermissionDeniedError, StorageError
from desktop_app.session import Gatekeeper
from desktop_app.storage.errors import translated_errors


def test_reads_and_changes_are_recorded_with_who_and_what(vault):
    audit = vault.session.audit
    audit.record(AuditAction.READ, "client", 17)
    bo = vault.session.users.add_user(
        NewUser("bo", "Bo Berg", Role.COUNSELLOR), "Tillfalligt-losen-9"
    )
    newest = audit.entries(limit=2)
    assert (newest[0].action, newest[0].entity, newest[0].entity_id) == (
        AuditAction.CREATE,
        "user",
        str(bo.id),
    )
    assert (newest[1].action, newest[1].entity_id, newest[1].username) == (
        AuditAction.READ,
        "17",
        "anna",
    )
    assert audit.entries(entity="client", entity_id=17)[0].action == AuditAction.READ


@pytest.mark.parametrize("sql", ["UPDATE audit_log SET detail = 'x'", "DELETE FROM audit_log"])
def test_update_and_delete_are_refused(vault, sql):
    db = vault.session.vault.db
    count = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(StorageError), translated_errors():
        db.execute(sql)
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == count


def test_chain_detects_an_edited_or_removed_row(vault):
    audit = vault.session.audit
    for i in range(5):
        audit.record(AuditAction.READ, "client", i)
    assert audit.broken_links() == []
    db = vault.session.vault.db
    # Someone with the key drops the trigger and edits a row, then deletes another.
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("DROP TRIGGER audit_log_no_delete")
    edited = db.execute("SELECT id FROM audit_log WHERE entity_id = '2'").fetchone()[0]
    db.execute("UPDATE audit_log SET entity_id = '99' WHERE id = ?", [edited])
    assert audit.broken_links() == [edited]
    removed = db.execute("SELECT id FROM audit_log WHERE entity_id = '3'").fetchone()[0]
    db.execute("DELETE FROM audit_log WHERE id = ?", [removed])
    assert removed + 1 in audit.broken_links()


def test_only_administrators_read_the_log(vault):
    vault.session.users.add_user(NewUser("bo", "Bo Berg", Role.COUNSELLOR), "Tillfalligt-losen-9")
    session = Gatekeeper(vault.path).login("bo", "Tillfalligt-losen-9")
    try:
        with pytest.raises(PermissionDeniedError):
            session.audit.entries()
    finally:
        session.close()

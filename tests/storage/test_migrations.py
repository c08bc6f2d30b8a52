"""Migrations: numbered, one transaction each, applied on open, file copied aside first."""

import pytest

from desktop_app.core.errors import StorageError
from desktop_app.session import Gatekeeper
from desktop_app.storage import migrations as m
from desktop_app.storage.migrations import MIGRATIONS, Migration, current_version, migrate


def test_new_database_is_at_the_latest_version(vault):
    db = vault.session.vault.db
    assert current_version(db) == m.LATEST
    versions = [r[0] for r in db.execute("SELECT version FROM schema_migrations ORDER BY 1")]
    assert versions == [mig.version for mig in MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))


def _extra(version, sql):
    return Migration(version, f"test_{version}", lambda db: [db.execute(s) for s in sql])


def test_pending_migration_runs_once_after_a_copy_aside(vault):
    db = vault.session.vault.db
    steps = (*MIGRATIONS, _extra(m.LATEST + 1, ["CREATE TABLE extra (x INTEGER)"]))
    assert migrate(db, vault.path, steps) == [m.LATEST + 1]
    copies = list(vault.path.parent.glob("vagval.db.before-v*"))
    assert len(copies) == 1
    assert not copies[0].read_bytes().startswith(b"SQLite format 3")
    assert migrate(db, vault.path, steps) == []
    assert len(list(vault.path.parent.glob("vagval.db.before-v*"))) == 1


def test_failing_migration_leaves_nothing_half_done(vault):
    db = vault.session.vault.db
    bad = _extra(m.LATEST + 1, ["CREATE TABLE half (x INTEGER)", "THIS IS NOT SQL"])
    with pytest.raises(StorageError):
        migrate(db, vault.path, (*MIGRATIONS, bad))
    assert "half" not in db.table_names()
    assert current_version(db) == m.LATEST


def test_database_newer_than_program_is_refused(vault):
    db = vault.session.vault.db
    db.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")
    vault.session.vault.close()
    with pytest.raises(StorageError) as info:
        Gatekeeper(vault.path).login(vault.admin, vault.password)
    assert info.value.params["reason"] == "schema_too_new"

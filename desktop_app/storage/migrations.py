"""Storage layer: numbered schema migrations, one transaction each, applied on open.

Before migrating an existing database the file is copied aside (after a WAL
checkpoint, so the copy is complete); the copy stays encrypted with the same key.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.core.errors import StorageError
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.parts import ATTACHED, part_path
from desktop_app.storage.schema_audit import m011_keyed_audit_chain, m012_retired_course_types
from desktop_app.storage.schema_bookings import m021_bookings
from desktop_app.storage.schema_clients import m002_clients, m003_client_list_indexes
from desktop_app.storage.schema_courses import (
    m004_courses,
    m015_waiting_queue,
    m016_course_type_defaults,
    m017_invitations,
)
from desktop_app.storage.schema_outreach_persons import m020_outreach_persons
from desktop_app.storage.schema_parts import m010_parts
from desktop_app.storage.schema_safety import m009_purging_and_reviews
from desktop_app.storage.schema_unit_work import (
    m005_unit_work,
    m006_anonymous_attendance,
    m007_frozen_periods,
    m008_statistics_indexes,
    m013_import_rows,
    m014_meeting_sequence,
    m018_frozen_sections,
    m019_outreach_counters,
)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Database], None]


def _m001_initial(db: Database) -> None:
    db.execute(
        """CREATE TABLE settings (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL
           )"""
    )
    db.execute(
        """CREATE TABLE users (
               id INTEGER PRIMARY KEY,
               username TEXT NOT NULL UNIQUE COLLATE NOCASE,
               display_name TEXT NOT NULL,
               role TEXT NOT NULL CHECK (role IN
                   ('administrator','counsellor','course_leader','statistics')),
               active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
               must_change_password INTEGER NOT NULL DEFAULT 0,
               created_at TEXT NOT NULL,
               password_changed_at TEXT
           )"""
    )
    db.execute(
        """CREATE TABLE audit_log (
               id INTEGER PRIMARY KEY,
               at TEXT NOT NULL,
               user_id INTEGER,
               username TEXT NOT NULL,
               action TEXT NOT NULL,
               entity TEXT NOT NULL DEFAULT '',
               entity_id TEXT NOT NULL DEFAULT '',
               detail TEXT NOT NULL DEFAULT '',
               prev_hash TEXT NOT NULL,
               hash TEXT NOT NULL
           )"""
    )
    db.execute("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)")
    db.execute("CREATE INDEX audit_log_user ON audit_log (user_id, at)")
    for event in ("UPDATE", "DELETE"):
        db.execute(
            f"""CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"""
        )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial", _m001_initial),
    Migration(2, "clients", m002_clients),
    Migration(3, "client list indexes", m003_client_list_indexes),
    Migration(4, "courses and groups", m004_courses),
    Migration(5, "outreach, education, surveys, goals", m005_unit_work),
    Migration(6, "anonymous attendance", m006_anonymous_attendance),
    Migration(7, "frozen statistics", m007_frozen_periods),
    Migration(8, "statistics indexes", m008_statistics_indexes),
    Migration(9, "purging and audit reviews", m009_purging_and_reviews),
    Migration(10, "identities in their own parts", m010_parts),
    Migration(11, "keyed audit chain", m011_keyed_audit_chain),
    Migration(12, "retired course types", m012_retired_course_types),
    Migration(13, "imported rows", m013_import_rows),
    Migration(14, "meeting sequence", m014_meeting_sequence),
    Migration(15, "waiting queue", m015_waiting_queue),
    Migration(16, "course type defaults", m016_course_type_defaults),
    Migration(17, "invitations", m017_invitations),
    Migration(18, "frozen sections", m018_frozen_sections),
    Migration(19, "outreach counters", m019_outreach_counters),
    Migration(20, "outreach persons", m020_outreach_persons),
    Migration(21, "bookings", m021_bookings),
)
PARTS_VERSION = 10  # from here on the courses and register parts exist as files
LATEST = MIGRATIONS[-1].version


def current_version(db: Database) -> int:
    with translated_errors():
        db.execute(
            """CREATE TABLE IF NOT EXISTS schema_migrations (
                   version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"""
        )
        row = db.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def migrate(db: Database, path: Path | None, migrations=MIGRATIONS) -> list[int]:
    """Apply pending migrations; returns the versions applied."""
    version = current_version(db)
    known = migrations[-1].version if migrations else 0
    if version > known:
        raise StorageError(
            f"schema version {version} is newer than {known}", reason="schema_too_new"
        )
    pending = [m for m in migrations if m.version > version]
    if not pending:
        return []
    if version > 0 and path is not None:
        copy_aside(db, path, pending[-1].version)
    applied = []
    for migration in pending:
        with translated_errors(), db.atomic():
            migration.apply(db)
            db.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                [migration.version, migration.name, datetime.now().isoformat(timespec="seconds")],
            )
        applied.append(migration.version)
    return applied


def copy_aside(db: Database, path: Path, target_version: int) -> Path:
    """Copy the (encrypted) files beside themselves before they are migrated: the main
    file as ``<name>.before-v<N>-<time>``, each part as ``<part name>.before-…``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.name}.before-v{target_version}-{stamp}")
    with translated_errors():
        shutil.copy2(path, copy)
        for part in ATTACHED:
            source = part_path(path, part)
            if source.is_file():
                shutil.copy2(
                    source, source.with_name(f"{source.name}.before-v{target_version}-{stamp}")
                )
    return copy


def copies_aside(path: Path, from_version: int) -> list[Path]:
    """The copies made before migrating to ``from_version`` or any later version."""
    found = []
    for copy in path.parent.glob("*.before-v*-*"):
        if not copy.name.startswith(path.name + "."):
            continue
        version = copy.name.rpartition(".before-v")[2].partition("-")[0]
        if version.isdigit() and int(version) >= from_version:
            found.append(copy)
    return sorted(found)

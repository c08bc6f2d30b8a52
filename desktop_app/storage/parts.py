"""Storage layer: the database in parts, each a SQLCipher file with its own key.

``main`` (``vagval.db``) holds everything a count needs and nothing that names anyone:
every role holds its key. ``courses`` (``vagval.db.courses``) holds course
participants' names and phone numbers (administrator, counsellor, course leader).
``register`` (``vagval.db.register``) holds clients' names and personal identity
numbers, the search index over them, journal notes, contact and concern notes and
relations (administrator, counsellor).

Every part is attached to the one connection under its own name, so a query reads
``journal_notes`` or ``participant_identities`` without saying where they live. A
role without a part's key gets an empty in-memory stand-in with the same tables: the
same queries run and find nothing, and the file itself is never opened.

The files use a rollback journal, not WAL: SQLite commits a transaction that touches
several attached files atomically across all of them only in rollback mode (with a
super-journal); in WAL mode each file would commit on its own.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from desktop_app.core.errors import DatabaseDamagedError, DatabaseMissingError, StorageError
from desktop_app.storage.db import Database, apply_pragmas, key_pragma_value
from desktop_app.storage.driver import DriverError
from desktop_app.storage.errors import translate

PARTS = ("main", "courses", "register")
ATTACHED = ("courses", "register")

COURSES_DDL = (
    """CREATE TABLE {s}.participant_identities (
        participant_id INTEGER PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT ''
    )""",
)

REGISTER_DDL = (
    """CREATE TABLE {s}.client_identities (
        client_id INTEGER PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        personal_id TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE VIRTUAL TABLE {s}.clients_fts USING fts5 (
        code, name, personal_id, titles,
        tokenize = "unicode61 remove_diacritics 2"
    )""",
    # No foreign keys: SQLite cannot point from one file into another. Deleting a
    # client deletes these rows explicitly (storage/repos/purge_repo.py).
    """CREATE TABLE {s}.client_links (
        client_id INTEGER NOT NULL,
        other_id INTEGER NOT NULL,
        link TEXT NOT NULL CHECK (link IN ('relative', 'member')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (client_id, other_id, link),
        CHECK (client_id <> other_id)
    )""",
    "CREATE INDEX {s}.client_links_other ON client_links (other_id)",
    """CREATE TABLE {s}.journal_notes (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL,
        root_id INTEGER NOT NULL,
        version INTEGER NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        written_by INTEGER,
        written_at TEXT NOT NULL,
        superseded_by INTEGER,
        UNIQUE (root_id, version)
    )""",
    "CREATE INDEX {s}.journal_client ON journal_notes (client_id, written_at)",
    # A saved note is never edited in place (SOSFS 2014:5): only the link to the
    # version that corrects it may be set, once (and a first version's root, from 0).
    """CREATE TRIGGER {s}.journal_notes_immutable BEFORE UPDATE ON journal_notes
       WHEN NEW.title IS NOT OLD.title OR NEW.text IS NOT OLD.text
         OR NEW.written_by IS NOT OLD.written_by OR NEW.written_at IS NOT OLD.written_at
         OR NEW.client_id IS NOT OLD.client_id
         OR (NEW.root_id IS NOT OLD.root_id AND OLD.root_id <> 0)
         OR NEW.version IS NOT OLD.version OR OLD.superseded_by IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'journal notes are append-only'); END""",
    """CREATE TABLE {s}.contact_notes (
        contact_id INTEGER PRIMARY KEY,
        note TEXT NOT NULL
    )""",
    """CREATE TABLE {s}.concern_notes (
        concern_id INTEGER PRIMARY KEY,
        note TEXT NOT NULL
    )""",
)

DDL = {"courses": COURSES_DDL, "register": REGISTER_DDL}

# Tables a part gained after migration 10, by name: made when a part is created and, in
# a part file made before them, when it is first attached by a role holding its key
# (a migration run by a role without that key only sees the stand-in).
ADDED = {
    "courses": {
        # The aliases of persons met in outreach (main.outreach_persons holds the rest).
        "outreach_aliases": """CREATE TABLE {s}.outreach_aliases (
            person_id INTEGER PRIMARY KEY,
            alias TEXT NOT NULL DEFAULT '' COLLATE NOCASE
        )""",
    },
    "register": {
        # A booking's note (main.bookings holds the time, form, counsellor and room).
        "booking_notes": """CREATE TABLE {s}.booking_notes (
            booking_id INTEGER PRIMARY KEY,
            note TEXT NOT NULL
        )""",
    },
}


def part_path(db_path: Path, part: str) -> Path:
    db_path = Path(db_path)
    return db_path if part == "main" else db_path.with_name(f"{db_path.name}.{part}")


def part_files(db_path: Path) -> list[Path]:
    """Every part's file with the journals SQLite may leave beside it."""
    return [
        Path(str(part_path(db_path, part)) + suffix)
        for part in PARTS
        for suffix in ("", "-journal", "-wal", "-shm")
    ]


def create_schema(db: Database, part: str) -> None:
    for statement in DDL[part]:
        db.execute(statement.format(s=part))
    add_missing(db, part)


def add_missing(db: Database, part: str) -> None:
    """Create the tables of ``ADDED`` the attached part does not have yet."""
    for name, statement in ADDED.get(part, {}).items():
        found = db.execute(
            f"SELECT 1 FROM {part}.sqlite_master WHERE type = 'table' AND name = ?", [name]
        ).fetchone()
        if found is None:
            db.execute(statement.format(s=part))


def attach(db: Database, part: str, path: Path, keys: list[bytes], *, create: bool) -> bytes:
    """Attach the part's file with the first of ``keys`` that opens it; returns that key.
    With ``create`` a missing file is made (empty) with ``keys[0]``."""
    path = Path(path)
    if not create and not path.is_file():
        raise DatabaseMissingError(str(path))
    last: Exception | None = None
    for key in keys:
        try:
            db.execute(f"ATTACH DATABASE ? AS {part} KEY ?", [str(path), _key_text(key)])
            db.execute(f"SELECT count(*) FROM {part}.sqlite_master").fetchone()
        except DriverError as exc:
            last = exc
            _detach(db, part)
            continue
        try:
            apply_pragmas(db.conn, part)
            add_missing(db, part)
        except (DriverError, StorageError):
            _detach(db, part)
            raise
        return key
    if last is not None and "not a database" in str(last):
        raise DatabaseDamagedError(f"{path}: {last}") from last
    raise translate(last) if isinstance(last, DriverError) else StorageError(str(path))


def attach_stand_in(db: Database, part: str) -> None:
    """An empty in-memory part for a role without its key."""
    try:
        db.execute(f"ATTACH DATABASE ':memory:' AS {part} KEY ''")
        create_schema(db, part)
    except DriverError as exc:
        raise translate(exc) from exc


def attached_files(db: Database) -> dict[str, str]:
    """Schema name -> file for every attached part that is a file (not a stand-in)."""
    rows = db.execute("PRAGMA database_list").fetchall()
    return {r[1]: r[2] for r in rows if r[1] in ATTACHED and r[2]}


def detach(db: Database, part: str) -> None:
    _detach(db, part)


def _detach(db: Database, part: str) -> None:
    with contextlib.suppress(DriverError):
        db.execute(f"DETACH DATABASE {part}")


def _key_text(key: bytes) -> str:
    return key_pragma_value(key)[1:-1]  # x'..' without the surrounding double quotes

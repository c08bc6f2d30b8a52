"""Storage layer: migration 20: the pseudonymous register of persons met in outreach.
What the figures count (gender, birth year, first met, the days met) is in the main
file; the alias is in the courses part (storage/parts.py: ``outreach_aliases``), which
the statistics role cannot open. The purge log learns the new kind, and the outreach
index the arena (a key-figure row narrowed to one arena)."""

from __future__ import annotations

from desktop_app.storage.db import Database

_TABLES = (
    """CREATE TABLE outreach_persons (
        id INTEGER PRIMARY KEY,
        gender TEXT NOT NULL DEFAULT 'not_stated',
        birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
        first_met TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE outreach_met (
        outreach_id INTEGER NOT NULL REFERENCES outreach (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES outreach_persons (id) ON DELETE CASCADE,
        PRIMARY KEY (outreach_id, person_id)
    )""",
    "CREATE INDEX outreach_met_person ON outreach_met (person_id)",
)


def m020_outreach_persons(db: Database) -> None:
    for statement in _TABLES:
        db.execute(statement)
    # A key-figure row may count one arena: the covering index holds it too.
    db.execute("DROP INDEX outreach_month_day")
    db.execute(
        "CREATE INDEX outreach_month_day ON outreach (month, day, contacts, new_persons, arena)"
    )
    # SQLite cannot widen a CHECK in place: the (small) purge log is copied over.
    db.execute(
        """CREATE TABLE purge_log_new (
               id INTEGER PRIMARY KEY,
               at TEXT NOT NULL,
               user_id INTEGER REFERENCES users (id),
               username TEXT NOT NULL,
               kind TEXT NOT NULL
                   CHECK (kind IN ('client', 'participant', 'contact', 'outreach_person')),
               count INTEGER NOT NULL CHECK (count > 0),
               rule_years INTEGER NOT NULL,
               older_than TEXT NOT NULL
           )"""
    )
    db.execute("INSERT INTO purge_log_new SELECT * FROM purge_log")
    db.execute("DROP TABLE purge_log")
    db.execute("ALTER TABLE purge_log_new RENAME TO purge_log")

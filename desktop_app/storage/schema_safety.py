"""Storage layer: migration 9: purge holds and the purge log, audit reviews."""

from __future__ import annotations

from desktop_app.storage.db import Database


def m009_purging_and_reviews(db: Database) -> None:
    # A record that must be kept (an ongoing case, a request from the authorities)
    # is held back from purging with a reason.
    db.execute("ALTER TABLE clients ADD COLUMN purge_hold INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE clients ADD COLUMN purge_hold_reason TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX clients_last_entry ON clients (last_entry_at)")
    # What was purged, when and by whom: counts and the rule, never a name or a code.
    db.execute(
        """CREATE TABLE purge_log (
               id INTEGER PRIMARY KEY,
               at TEXT NOT NULL,
               user_id INTEGER REFERENCES users (id),
               username TEXT NOT NULL,
               kind TEXT NOT NULL CHECK (kind IN ('client', 'participant', 'contact')),
               count INTEGER NOT NULL CHECK (count > 0),
               rule_years INTEGER NOT NULL,
               older_than TEXT NOT NULL
           )"""
    )
    # The monthly log review: who reviewed which period, with a comment.
    db.execute(
        """CREATE TABLE audit_reviews (
               id INTEGER PRIMARY KEY,
               at TEXT NOT NULL,
               user_id INTEGER REFERENCES users (id),
               username TEXT NOT NULL,
               period_start TEXT NOT NULL,
               period_end TEXT NOT NULL,
               comment TEXT NOT NULL DEFAULT '',
               CHECK (period_end >= period_start)
           )"""
    )

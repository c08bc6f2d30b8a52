"""Storage layer: migration 11: a keyed audit chain and its anchors.

From this migration on every audit row's hash is an HMAC-SHA256 under a random chain
key kept in the (encrypted) main file: only someone who can open the database can
extend or re-hash the chain. Rows written before it keep their unkeyed SHA-256 links;
``audit_keyed_from`` is the first keyed row. The key lives in the file rather than being
derived afresh from the main key so that a key change ("Byt krypteringsnycklar") leaves
the chain, and every anchor printed or kept in a backup, verifiable.
"""

from __future__ import annotations

import secrets

from desktop_app.storage.db import Database

CHAIN_KEY = "audit_chain_key"
KEYED_FROM = "audit_keyed_from"


def m012_retired_course_types(db: Database) -> None:
    """A course type in use is retired (kept in the history), never deleted."""
    db.execute("ALTER TABLE course_types ADD COLUMN retired_on TEXT")


def m011_keyed_audit_chain(db: Database) -> None:
    first = db.execute("SELECT coalesce(max(id), 0) + 1 FROM audit_log").fetchone()[0]
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?), (?, ?)",
        [CHAIN_KEY, secrets.token_hex(32), KEYED_FROM, str(first)],
    )
    # Each monthly review records the chain's head it was made against (an anchor).
    db.execute("ALTER TABLE audit_reviews ADD COLUMN chain_last_id INTEGER")
    db.execute("ALTER TABLE audit_reviews ADD COLUMN chain_head TEXT NOT NULL DEFAULT ''")

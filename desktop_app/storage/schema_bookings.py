"""Storage layer: migration 21: booked visits. The note is in the register part
(``booking_notes``); what a calendar and the figures need is here."""

from __future__ import annotations

from desktop_app.storage.db import Database


def m021_bookings(db: Database) -> None:
    db.execute(
        """CREATE TABLE bookings (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
            starts_at TEXT NOT NULL,
            day TEXT NOT NULL,
            month TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes > 0),
            form TEXT NOT NULL,
            staff_id INTEGER REFERENCES users (id),
            room TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN
                ('booked', 'held', 'no_show', 'cancelled_by_client', 'cancelled_by_us')),
            contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
            sequence INTEGER NOT NULL DEFAULT 0,  -- each change: a calendar file's SEQUENCE
            created_at TEXT NOT NULL,
            changed_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX bookings_day ON bookings (day, staff_id)")
    db.execute("CREATE INDEX bookings_client ON bookings (client_id, starts_at)")
    db.execute("CREATE INDEX bookings_month_status ON bookings (month, day, status)")

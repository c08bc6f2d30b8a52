"""Benchmark the client register on a large generated database.

Usage: python benchmarks/clients.py [--quick] [--keep PATH]
Full: 20,000 clients and 1,000,000 contacts; --quick: a tenth. Prints one JSON object per
line: {"figure": ..., "ms": ..., "floor_ms": ...}; floor_ms is the bare SQL the figure
rests on, timed in the same run. Not a timed test: nothing fails on a slow machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

# This folder holds statistics.py, which would shadow the standard library's module.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

import statistics  # noqa: E402  (the standard library's, now)

from benchmarks.harness import emit, timed  # noqa: E402
from desktop_app.core.domain.bookings import BookingDraft  # noqa: E402
from desktop_app.core.domain.client_query import ClientQuery, fts_query  # noqa: E402
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind  # noqa: E402
from desktop_app.core.domain.contacts import ContactDraft  # noqa: E402
from desktop_app.demo.generator import DEMO_ACCOUNTS, DemoSpec, build_demo  # noqa: E402
from desktop_app.session import Gatekeeper  # noqa: E402
from desktop_app.ui.client_card.card_data import load_card  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database here")
    args = parser.parse_args()
    clients, contacts = (2_000, 100_000) if args.quick else (20_000, 1_000_000)
    folder = tempfile.TemporaryDirectory(prefix="vagval-bench-")
    path = args.keep or Path(folder.name) / "bench.db"
    if not path.exists():
        start = time.perf_counter()
        build_demo(path, DemoSpec(seed=7, clients=clients, years=1, contacts=contacts))
        emit(
            "build_database",
            (time.perf_counter() - start) * 1000,
            clients=clients,
            contacts=contacts,
        )
    session = Gatekeeper(path).login("radgivare", DEMO_ACCOUNTS[1].password)
    db = session.vault.db
    try:
        query = ClientQuery()
        ms = timed(lambda: (session.clients.count(query), session.clients.page(query)), 20)
        floor = timed(
            lambda: db.execute(
                "SELECT c.* FROM clients c WHERE c.closed_on IS NULL"
                " ORDER BY c.last_contact_on DESC, c.id DESC LIMIT 200"
            ).fetchall(),
            20,
        )
        emit("client_list_first_page", ms, floor)

        name = db.execute("SELECT name FROM clients WHERE name <> '' LIMIT 1").fetchone()[0]
        typed = [name[: i + 1] for i in range(min(len(name), 10))]

        def search_all(fn) -> float:
            return statistics.median(timed(lambda t=t: fn(t), 3) for t in typed)

        ms = search_all(
            lambda t: (
                session.clients.count(ClientQuery(text=t)),
                session.clients.page(ClientQuery(text=t)),
            )
        )
        floor = search_all(
            lambda t: db.execute(
                "SELECT rowid FROM clients_fts WHERE clients_fts MATCH ? LIMIT 200", [fts_query(t)]
            ).fetchall()
        )
        emit("client_search_keystroke", ms, floor, typed=name)

        busiest, count = db.execute(
            "SELECT id, contact_count FROM clients ORDER BY contact_count DESC LIMIT 1"
        ).fetchone()
        if count < 500:  # the figure is defined for a card with 500 contacts
            when = datetime.now().replace(microsecond=0) - timedelta(days=1)
            extra = [
                ContactDraft(
                    at=when,
                    form=ContactForm.VISIT,
                    kind=ContactKind.CHANGE,
                    minutes=45,
                    staff_id=session.user.id,
                    client_id=busiest,
                )
            ]
            admin = Gatekeeper(path).login("admin", DEMO_ACCOUNTS[0].password)
            with admin.transaction():
                admin.bulk_writer().add_contacts(extra * (500 - count), admin.user.id)
                admin.bulk_writer().finish()
            admin.close()
            count = 500
        ms = timed(lambda: load_card(session, busiest), 10)
        floor = timed(
            lambda: db.execute(
                "SELECT * FROM contacts WHERE client_id = ? ORDER BY at DESC LIMIT 500", [busiest]
            ).fetchall(),
            10,
        )
        emit("client_card_open", ms, floor, contacts=count)

        when = datetime.now().replace(microsecond=0) - timedelta(hours=1)
        draft = ContactDraft(
            at=when,
            form=ContactForm.PHONE,
            kind=ContactKind.ADVICE,
            minutes=20,
            staff_id=session.user.id,
            client_id=busiest,
        )
        ms = timed(lambda: session.contacts.register(draft), 30)

        def bare_insert() -> None:
            with db.atomic():
                db.execute(
                    "INSERT INTO contacts (client_id, at, day, month, form, kind, minutes,"
                    " staff_id, participants, note, created_at) VALUES"
                    " (?, ?, ?, ?, 'phone', 'advice', 20, ?, 'client', '', ?)",
                    [
                        busiest,
                        when.isoformat(),
                        when.date().isoformat(),
                        when.strftime("%Y-%m"),
                        session.user.id,
                        when.isoformat(),
                    ],
                )

        floor = timed(bare_insert, 30)
        emit("contact_register", ms, floor)

        # A week of bookings for the counsellor and the unit: the start page and the
        # Bokningar page's week rest on them.
        today = datetime.now().date()
        monday = today - timedelta(days=today.weekday())
        ids = [c.id for c in session.clients.page(ClientQuery(), 0, 200)]
        for n, client_id in enumerate(ids[:150]):
            day = monday + timedelta(days=n % 7)
            at = datetime.combine(day, datetime.min.time()).replace(hour=8 + n % 9)
            staff = session.user.id
            session.bookings.book(
                BookingDraft(client_id, at, 45, ContactForm.VISIT, staff, f"Rum {n % 4}")
            )
        sunday = monday + timedelta(days=6)
        ms = timed(lambda: session.bookings.between(monday, sunday), 20)
        floor = timed(
            lambda: db.execute(
                "SELECT * FROM bookings WHERE day BETWEEN ? AND ? ORDER BY starts_at",
                [monday.isoformat(), sunday.isoformat()],
            ).fetchall(),
            20,
        )
        emit("calendar_week", ms, floor, bookings=150)
        ms = timed(session.overview.load, 10)
        floor = timed(
            lambda: (
                session.clients.page(ClientQuery(responsible_id=session.user.id), 0, 8),
                session.bookings.between(today, sunday, session.user.id),
            ),
            10,
        )
        emit("start_page_open", ms, floor)
    finally:
        session.close()
        folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

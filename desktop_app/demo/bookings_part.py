"""Demo: booked visits for the coming two weeks (a few clashing) and a few past ones
held or missed, so the start page and Bokningar show a counsellor's week."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from desktop_app.core.domain.bookings import BookingDraft
from desktop_app.core.domain.client_query import ClientQuery
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
from desktop_app.core.domain.roles import Role
from desktop_app.session import Session

SHOWN = 30  # bookings at most, whatever the size of the register


def bookings_part(session: Session, spec, today: date | None = None) -> None:
    rng = random.Random(f"{spec.seed}:bookings")
    today = today or date.today()
    staff = [u.id for u in session.users.list_users() if u.role == Role.COUNSELLOR]
    staff = staff or [session.user.id]
    clients = session.clients.page(ClientQuery(), 0, SHOWN)
    now = datetime.now()
    for n, client in enumerate(clients):
        days = rng.randint(-6, 13)
        day = today + timedelta(days=days)
        if day.weekday() >= 5:
            day += timedelta(days=7 - day.weekday())  # weekdays only
        at = datetime.combine(day, time(rng.choice((9, 10, 11, 13, 14, 15)), 0))
        form = rng.choice((ContactForm.VISIT, ContactForm.VISIT, ContactForm.PHONE))
        room = f"Rum {rng.randint(1, 3)}" if form == ContactForm.VISIT else ""
        booking = session.bookings.book(
            BookingDraft(client.id, at, rng.choice((45, 60)), form, rng.choice(staff), room)
        )
        if at < now:
            if rng.random() < 0.8:
                session.bookings.held(booking.id, ContactKind.CHANGE)
            else:
                session.bookings.no_show(booking.id)
        elif n % 11 == 5:
            session.bookings.cancel(booking.id, by_client=True)

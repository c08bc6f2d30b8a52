"""UI layer: the card's one timeline: contacts, booked visits, journal notes (each
version), reports of concern and the case's openings and closings, newest first."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QCoreApplication

from desktop_app.core.domain.bookings import OPEN
from desktop_app.ui.client_card.card_data import CardData
from desktop_app.ui.feedback import label_text


def _at(day) -> datetime:
    return day if isinstance(day, datetime) else datetime.combine(day, time())


def timeline(data: CardData, now: datetime) -> list[tuple[datetime, str, str]]:
    """(when, what, detail) for everything the card holds, newest first; a booking
    still to come is said so."""
    events: list[tuple[datetime, str, str]] = []
    for c in data.contacts:
        detail = f"{label_text(c.draft.form)} · {label_text(c.draft.kind)} · {c.draft.minutes} min"
        events.append(
            (
                c.draft.at,
                QCoreApplication.translate("Timeline", "Samtal"),
                f"{detail} · {c.staff_name}",
            )
        )
    for b in data.bookings:
        what = (
            QCoreApplication.translate("Timeline", "Bokat besök")
            if b.status in OPEN and b.draft.starts_at > now
            else QCoreApplication.translate("Timeline", "Besök")
        )
        detail = f"{label_text(b.status)} · {b.draft.minutes} min · {b.staff_name}"
        events.append(
            (b.draft.starts_at, what, detail + (f" · {b.draft.room}" if b.draft.room else ""))
        )
    for n in data.notes or []:
        what = (
            QCoreApplication.translate("Timeline", "Journal")
            if n.version == 1
            else QCoreApplication.translate("Timeline", "Journal, rättelse")
        )
        events.append((n.written_at, what, f"{n.title} · {n.written_by_name}"))
    for r in data.concerns:
        events.append(
            (_at(r.reported_on), QCoreApplication.translate("Timeline", "Orosanmälan"), r.recipient)
        )
        if r.closed_on:
            events.append(
                (
                    _at(r.closed_on),
                    QCoreApplication.translate("Timeline", "Orosanmälan avslutad"),
                    r.recipient,
                )
            )
    for e in data.episodes:
        events.append(
            (_at(e.opened_on), QCoreApplication.translate("Timeline", "Ärendet öppnat"), "")
        )
        if e.closed_on:
            events.append(
                (
                    _at(e.closed_on),
                    QCoreApplication.translate("Timeline", "Ärendet avslutat"),
                    label_text(e.close_reason),
                )
            )
    return sorted(events, key=lambda x: x[0], reverse=True)

"""Reports layer: a counsellor's (or the unit's) booked visits of a day or week as a
printable document: clients by code only, never a name or a note."""

from __future__ import annotations

from datetime import date

from desktop_app.core.domain.bookings import Booking
from desktop_app.reports.document import Document, Section, Table
from desktop_app.reports.translate import Translate, labeller, same


def bookings_document(
    bookings: list[Booking], title: str, unit: str, translate: Translate = same
) -> Document:
    label = labeller(translate)
    clash = translate("BookingDocuments", "krock")
    rows = [
        [
            b.draft.starts_at.strftime("%Y-%m-%d"),
            f"{b.draft.starts_at:%H:%M}–{b.draft.ends_at:%H:%M}",
            b.code,
            label(b.draft.form),
            b.staff_name,
            b.draft.room,
            label(b.status) + (f" ({clash})" if b.clashes else ""),
        ]
        for b in bookings
    ]
    table = Table(
        [
            translate("BookingDocuments", "Dag"),
            translate("BookingDocuments", "Tid"),
            translate("BookingDocuments", "Klient"),
            translate("BookingDocuments", "Form"),
            translate("BookingDocuments", "Hos"),
            translate("BookingDocuments", "Rum"),
            translate("BookingDocuments", "Status"),
        ],
        rows,
        [1.3, 1.3, 1.4, 1, 1.6, 1, 1.6],
        nowrap=(0, 1, 2),
    )
    section = Section(
        "",
        table=table if rows else None,
        empty_text=translate("BookingDocuments", "Inga bokade besök."),
    )
    return Document(
        title=title,
        facts=[
            (translate("BookingDocuments", "Enhet"), unit),
            (translate("BookingDocuments", "Utskrivet"), date.today().isoformat()),
        ],
        sections=[section],
        footer=translate("BookingDocuments", "Sekretess: klienter med kod, inga namn"),
    )

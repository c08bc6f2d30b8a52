"""Storage layer: contacts (samtal), registered and unregistered."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from desktop_app.core.domain.client_enums import TargetGroup
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind, Participants
from desktop_app.core.domain.contacts import Contact, ContactDraft
from desktop_app.core.domain.ids import ClientId, ContactId, UserId
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.repos.rows import dt, enum_or_none, iso

_SELECT = (
    "SELECT k.id, k.at, k.form, k.kind, k.minutes, k.staff_id, k.participants,"
    " coalesce(n.note, ''), k.client_id, k.target_group, k.municipality,"
    " coalesce(u.display_name, '') FROM contacts k LEFT JOIN users u ON u.id = k.staff_id"
    " LEFT JOIN contact_notes n ON n.contact_id = k.id"  # the note: register part
)


def _contact(r) -> Contact:
    return Contact(
        ContactId(r[0]),
        ContactDraft(
            at=dt(r[1]),
            form=ContactForm(r[2]),
            kind=ContactKind(r[3]),
            minutes=r[4],
            staff_id=UserId(r[5]),
            participants=Participants(r[6]),
            note=r[7],
            client_id=ClientId(r[8]) if r[8] is not None else None,
            target_group=enum_or_none(TargetGroup, r[9]),
            municipality=r[10],
        ),
        r[11],
    )


def _columns(draft: ContactDraft) -> list:
    """client_id, at, day, month, form, kind, minutes, staff_id, participants,
    target_group, municipality: as stored."""
    return [
        draft.client_id,
        iso(draft.at),
        draft.at.date().isoformat(),
        draft.at.strftime("%Y-%m"),
        draft.form.value,
        draft.kind.value,
        draft.minutes,
        draft.staff_id,
        draft.participants.value,
        draft.target_group.value if draft.target_group else None,
        draft.municipality,
    ]


class SqlContactRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def insert(self, draft: ContactDraft, user_id: UserId, now: datetime) -> ContactId:
        with translated_errors():
            cursor = self.db.execute(
                "INSERT INTO contacts (client_id, at, day, month, form, kind, minutes, staff_id,"
                " participants, target_group, municipality, created_at, created_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [*_columns(draft), iso(now), user_id],
            )
            contact_id = ContactId(cursor.lastrowid)
            self._write_note(contact_id, draft.note)
        return contact_id

    def update(self, contact_id: ContactId, draft: ContactDraft) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE contacts SET client_id = ?, at = ?, day = ?, month = ?, form = ?,"
                " kind = ?, minutes = ?, staff_id = ?, participants = ?, target_group = ?,"
                " municipality = ? WHERE id = ?",
                [*_columns(draft), contact_id],
            )
            self.db.execute("DELETE FROM contact_notes WHERE contact_id = ?", [contact_id])
            self._write_note(contact_id, draft.note)

    def _write_note(self, contact_id: ContactId, note: str) -> None:
        if note:  # the note lives in the register part
            self.db.execute(
                "INSERT INTO contact_notes (contact_id, note) VALUES (?, ?)", [contact_id, note]
            )

    def delete(self, contact_id: ContactId) -> None:
        with translated_errors():
            self.db.execute("DELETE FROM contact_notes WHERE contact_id = ?", [contact_id])
            self.db.execute("DELETE FROM contacts WHERE id = ?", [contact_id])

    def get(self, contact_id: ContactId) -> Contact | None:
        with translated_errors():
            row = self.db.execute(f"{_SELECT} WHERE k.id = ?", [contact_id]).fetchone()
        return _contact(row) if row else None

    def for_clients(
        self, client_ids: Sequence[ClientId], limit: int | None = None
    ) -> list[Contact]:
        marks = ", ".join("?" * len(client_ids))
        sql = f"{_SELECT} WHERE k.client_id IN ({marks}) ORDER BY k.at DESC, k.id DESC"
        params: list = list(client_ids)
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        with translated_errors():
            return [_contact(r) for r in self.db.execute(sql, params)]

    def unregistered(self, start: date, end: date) -> list[Contact]:
        with translated_errors():
            rows = self.db.execute(
                f"{_SELECT} WHERE k.client_id IS NULL AND k.day BETWEEN ? AND ? ORDER BY k.at DESC",
                [iso(start), iso(end)],
            ).fetchall()
        return [_contact(r) for r in rows]

    def count_by_participation(self, start: date, end: date) -> dict[str, int]:
        """Contacts in a period: on person cases, on couple cases, and unregistered."""
        with translated_errors():
            rows = self.db.execute(
                "SELECT CASE WHEN k.client_id IS NULL THEN 'unregistered'"
                " WHEN c.kind = 'couple' THEN 'couple' ELSE k.participants END, count(*)"
                " FROM contacts k LEFT JOIN clients c ON c.id = k.client_id"
                " WHERE k.day BETWEEN ? AND ? GROUP BY 1",
                [iso(start), iso(end)],
            ).fetchall()
        return {r[0]: r[1] for r in rows}

"""Storage layer: the pseudonymous register of persons met in outreach. The alias lives
in the courses part (``outreach_aliases``; a role without its key reads the stand-in and
finds none); everything the figures count lives in the main file."""

from __future__ import annotations

from datetime import date, datetime

from desktop_app.core.domain.client_enums import Gender
from desktop_app.core.domain.ids import OutreachPersonId
from desktop_app.core.domain.outreach_persons import (
    MetPerson,
    OutreachPerson,
    OutreachPersonDraft,
)
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.repos.rows import d, iso

_PERSONS = """
    SELECT p.id, coalesce(a.alias, ''), p.gender, p.birth_year, p.first_met,
           (SELECT max(o.day) FROM outreach_met m JOIN outreach o ON o.id = m.outreach_id
            WHERE m.person_id = p.id),
           (SELECT count(*) FROM outreach_met m WHERE m.person_id = p.id)
    FROM outreach_persons p LEFT JOIN outreach_aliases a ON a.person_id = p.id
"""


def _person(r) -> OutreachPerson:
    draft = OutreachPersonDraft(r[1], Gender(r[2]), r[3], d(r[4]))
    return OutreachPerson(OutreachPersonId(r[0]), draft, d(r[5]), r[6])


class SqlOutreachPersonRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def persons(self) -> list[OutreachPerson]:
        with translated_errors():
            rows = self.db.execute(f"{_PERSONS} ORDER BY a.alias = '', a.alias, p.id").fetchall()
        return [_person(r) for r in rows]

    def person(self, person_id: OutreachPersonId) -> OutreachPerson | None:
        with translated_errors():
            row = self.db.execute(f"{_PERSONS} WHERE p.id = ?", [person_id]).fetchone()
        return _person(row) if row else None

    def alias_owner(self, alias: str) -> OutreachPersonId | None:
        with translated_errors():
            row = self.db.execute(
                "SELECT person_id FROM outreach_aliases WHERE alias = ? COLLATE NOCASE", [alias]
            ).fetchone()
        return OutreachPersonId(row[0]) if row else None

    def insert(self, draft: OutreachPersonDraft, first_met: date, now: datetime):
        with translated_errors():
            cursor = self.db.execute(
                "INSERT INTO outreach_persons (gender, birth_year, first_met, created_at)"
                " VALUES (?, ?, ?, ?)",
                [draft.gender.value, draft.birth_year, iso(first_met), iso(now)],
            )
            person_id = OutreachPersonId(cursor.lastrowid)
            self.db.execute(
                "INSERT INTO outreach_aliases (person_id, alias) VALUES (?, ?)",
                [person_id, draft.alias],
            )
        return person_id

    def update(self, person_id: OutreachPersonId, draft: OutreachPersonDraft) -> bool:
        with translated_errors():
            cursor = self.db.execute(
                "UPDATE outreach_persons SET gender = ?, birth_year = ?, first_met = ?"
                " WHERE id = ?",
                [draft.gender.value, draft.birth_year, iso(draft.first_met), person_id],
            )
            self.db.execute(
                "INSERT INTO outreach_aliases (person_id, alias) VALUES (?, ?)"
                " ON CONFLICT (person_id) DO UPDATE SET alias = excluded.alias",
                [person_id, draft.alias],
            )
        return cursor.rowcount > 0

    def delete(self, person_id: OutreachPersonId) -> bool:
        """The person and the days they were ticked on (the outreach days stay)."""
        with translated_errors():
            cursor = self.db.execute("DELETE FROM outreach_persons WHERE id = ?", [person_id])
            self.db.execute("DELETE FROM outreach_aliases WHERE person_id = ?", [person_id])
        return cursor.rowcount > 0

    def met_between(self, start: date, end: date) -> list[MetPerson]:
        """Every person ticked on an outreach day of the period, once (no alias)."""
        with translated_errors():
            rows = self.db.execute(
                "SELECT p.gender, p.birth_year, p.first_met FROM outreach_persons p"
                " WHERE p.id IN (SELECT m.person_id FROM outreach_met m"
                " JOIN outreach o ON o.id = m.outreach_id WHERE o.day BETWEEN ? AND ?)",
                [iso(start), iso(end)],
            ).fetchall()
        return [MetPerson(Gender(r[0]), r[1], d(r[2])) for r in rows]

    def earliest_met(self, person_id: OutreachPersonId) -> date | None:
        with translated_errors():
            row = self.db.execute(
                "SELECT min(o.day) FROM outreach_met m JOIN outreach o ON o.id = m.outreach_id"
                " WHERE m.person_id = ?",
                [person_id],
            ).fetchone()
        return d(row[0]) if row else None

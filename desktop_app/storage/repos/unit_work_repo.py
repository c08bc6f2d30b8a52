"""Storage layer: outreach with materials, lectures and study visits, consultations."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

from desktop_app.core.domain.contact_enums import ContactForm
from desktop_app.core.domain.ids import (
    ConsultationId,
    EducationId,
    MaterialId,
    OutreachId,
    OutreachPersonId,
    UserId,
)
from desktop_app.core.domain.unit_work import (
    AdCounts,
    Arena,
    Consultation,
    ConsultationDraft,
    Education,
    EducationDraft,
    EducationKind,
    Material,
    Outreach,
    OutreachDraft,
)
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.repos.rows import d, iso

_OUTREACH_COLUMNS = (
    "day, month, arena, contacts, new_persons, women, men, others, mails, sms, replies, ads, note"
)


def _outreach_values(x: OutreachDraft) -> list:
    return [
        iso(x.day),
        x.day.strftime("%Y-%m"),
        x.arena.value,
        x.contacts,
        x.new_persons,
        x.women,
        x.men,
        x.others,
        x.mails,
        x.sms,
        x.replies,
        json.dumps(x.ads.__dict__),
        x.note,
    ]


class SqlUnitWorkRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- staff links ------------------------------------------------------------------
    def _set_staff(
        self, kind: str, record_id: int, staff: Sequence[UserId], new: bool = False
    ) -> None:
        if not new:  # a new record has no links yet
            self.db.execute(
                "DELETE FROM work_staff WHERE kind = ? AND record_id = ?", [kind, record_id]
            )
        if not staff:
            return
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO work_staff (kind, record_id, user_id) VALUES (?, ?, ?)",
            [[kind, record_id, u] for u in staff],
        )

    def _staff(self, kind: str) -> dict[int, tuple[UserId, ...]]:
        staff: dict[int, list] = {}
        for record_id, user_id in self.db.execute(
            "SELECT record_id, user_id FROM work_staff WHERE kind = ?", [kind]
        ):
            staff.setdefault(record_id, []).append(UserId(user_id))
        return {k: tuple(v) for k, v in staff.items()}

    # -- outreach ---------------------------------------------------------------------
    def insert_outreach(self, x: OutreachDraft, user: UserId, now: datetime) -> OutreachId:
        with translated_errors():
            cursor = self.db.execute(
                f"INSERT INTO outreach ({_OUTREACH_COLUMNS}, created_at, created_by)"
                f" VALUES ({', '.join('?' * 13)}, ?, ?)",
                [*_outreach_values(x), iso(now), user],
            )
            outreach_id = OutreachId(cursor.lastrowid)
            self._write_materials(outreach_id, x, new=True)
            self._write_met(outreach_id, x, new=True)
            self._set_staff("outreach", outreach_id, x.staff, new=True)
        return outreach_id

    def _write_met(self, outreach_id: OutreachId, x: OutreachDraft, new=False) -> None:
        """The register's persons met this day; anyone first met later is first met now."""
        if not new:
            self.db.execute("DELETE FROM outreach_met WHERE outreach_id = ?", [outreach_id])
        self.db.conn.executemany(
            "INSERT INTO outreach_met (outreach_id, person_id) VALUES (?, ?)",
            [[outreach_id, p] for p in x.met],
        )
        self.db.conn.executemany(
            "UPDATE outreach_persons SET first_met = ? WHERE id = ? AND first_met > ?",
            [[iso(x.day), p, iso(x.day)] for p in x.met],
        )

    def known_persons(self, ids: Sequence[OutreachPersonId]) -> set[OutreachPersonId]:
        """Which of ``ids`` are in the register of persons met in outreach."""
        if not ids:
            return set()
        with translated_errors():
            rows = self.db.execute(
                f"SELECT id FROM outreach_persons WHERE id IN ({', '.join('?' * len(ids))})",
                list(ids),
            ).fetchall()
        return {OutreachPersonId(r[0]) for r in rows}

    def _write_materials(self, outreach_id: OutreachId, x: OutreachDraft, new=False) -> None:
        if not new:
            self.db.execute("DELETE FROM outreach_materials WHERE outreach_id = ?", [outreach_id])
        if not any(x.materials.values()):
            return
        self.db.conn.executemany(
            "INSERT INTO outreach_materials (outreach_id, material_id, count) VALUES (?, ?, ?)",
            [[outreach_id, m, n] for m, n in x.materials.items() if n],
        )

    def update_outreach(self, outreach_id: OutreachId, x: OutreachDraft) -> None:
        columns = [c.strip() for c in _OUTREACH_COLUMNS.split(",")]
        with translated_errors():
            self.db.execute(
                f"UPDATE outreach SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                [*_outreach_values(x), outreach_id],
            )
            self._write_materials(outreach_id, x)
            self._write_met(outreach_id, x)
            self._set_staff("outreach", outreach_id, x.staff)

    def delete(self, table: str, record_id: int) -> bool:
        assert table in ("outreach", "education", "consultations")
        kind = {"outreach": "outreach", "education": "education", "consultations": "consultation"}[
            table
        ]
        with translated_errors():
            cursor = self.db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
            self.db.execute(
                "DELETE FROM work_staff WHERE kind = ? AND record_id = ?", [kind, record_id]
            )
        return cursor.rowcount > 0

    def day_of(self, table: str, record_id: int) -> date | None:
        """The day of an outreach, education or consultations record (None if gone)."""
        assert table in ("outreach", "education", "consultations")
        with translated_errors():
            row = self.db.execute(f"SELECT day FROM {table} WHERE id = ?", [record_id]).fetchone()
        return d(row[0]) if row else None

    def outreach(self, start: date, end: date) -> list[Outreach]:
        with translated_errors():
            rows = self.db.execute(
                f"SELECT id, {_OUTREACH_COLUMNS} FROM outreach WHERE day BETWEEN ? AND ?"
                " ORDER BY day DESC, id DESC",
                [iso(start), iso(end)],
            ).fetchall()
            materials: dict[int, dict] = {}
            for oid, mid, count in self.db.execute(
                "SELECT m.outreach_id, m.material_id, m.count FROM outreach_materials m"
                " JOIN outreach o ON o.id = m.outreach_id WHERE o.day BETWEEN ? AND ?",
                [iso(start), iso(end)],
            ):
                materials.setdefault(oid, {})[MaterialId(mid)] = count
            met: dict[int, list] = {}
            for oid, pid in self.db.execute(
                "SELECT m.outreach_id, m.person_id FROM outreach_met m"
                " JOIN outreach o ON o.id = m.outreach_id WHERE o.day BETWEEN ? AND ?"
                " ORDER BY m.person_id",
                [iso(start), iso(end)],
            ):
                met.setdefault(oid, []).append(OutreachPersonId(pid))
            staff = self._staff("outreach")
        return [
            Outreach(
                OutreachId(r[0]),
                OutreachDraft(
                    day=d(r[1]),
                    arena=Arena(r[3]),
                    contacts=r[4],
                    new_persons=r[5],
                    women=r[6],
                    men=r[7],
                    others=r[8],
                    mails=r[9],
                    sms=r[10],
                    replies=r[11],
                    materials=materials.get(r[0], {}),
                    staff=staff.get(r[0], ()),
                    note=r[13],
                    ads=AdCounts(**json.loads(r[12])),
                    met=tuple(met.get(r[0], ())),
                ),
            )
            for r in rows
        ]

    # -- materials --------------------------------------------------------------------
    def material_ids(self) -> set[MaterialId]:
        """The known materials' ids (cheap: no sums over the handed-out counts)."""
        with translated_errors():
            rows = self.db.execute("SELECT id FROM materials").fetchall()
        return {MaterialId(r[0]) for r in rows}

    def materials(self) -> list[Material]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT m.id, m.name, m.stock, coalesce(sum(o.count), 0), m.counter"
                " FROM materials m LEFT JOIN outreach_materials o ON o.material_id = m.id"
                " GROUP BY m.id ORDER BY m.counter, m.name"
            ).fetchall()
        return [Material(MaterialId(r[0]), r[1], r[2], r[3], bool(r[4])) for r in rows]

    def save_material(
        self, name: str, stock: int, material_id: MaterialId | None, counter: bool = False
    ) -> MaterialId:
        with translated_errors():
            if material_id is None:
                cursor = self.db.execute(
                    "INSERT INTO materials (name, stock, counter) VALUES (?, ?, ?)",
                    [name, stock, int(counter)],
                )
                return MaterialId(cursor.lastrowid)
            self.db.execute(
                "UPDATE materials SET name = ?, stock = ?, counter = ? WHERE id = ?",
                [name, stock, int(counter), material_id],
            )
        return material_id

    def delete_material(self, material_id: MaterialId) -> bool:
        with translated_errors():
            return self.db.execute("DELETE FROM materials WHERE id = ?", [material_id]).rowcount > 0

    # -- education --------------------------------------------------------------------
    def insert_education(self, x: EducationDraft, now: datetime) -> EducationId:
        with translated_errors():
            cursor = self.db.execute(
                "INSERT INTO education (day, month, kind, participants, audience, organisation,"
                " municipality, title, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    iso(x.day),
                    x.day.strftime("%Y-%m"),
                    x.kind.value,
                    x.participants,
                    x.audience,
                    x.organisation,
                    x.municipality,
                    x.title,
                    iso(now),
                ],
            )
            education_id = EducationId(cursor.lastrowid)
            self._set_staff("education", education_id, x.staff, new=True)
        return education_id

    def update_education(self, education_id: EducationId, x: EducationDraft) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE education SET day = ?, month = ?, kind = ?, participants = ?,"
                " audience = ?, organisation = ?, municipality = ?, title = ? WHERE id = ?",
                [
                    iso(x.day),
                    x.day.strftime("%Y-%m"),
                    x.kind.value,
                    x.participants,
                    x.audience,
                    x.organisation,
                    x.municipality,
                    x.title,
                    education_id,
                ],
            )
            self._set_staff("education", education_id, x.staff)

    def education(self, start: date, end: date) -> list[Education]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT id, day, kind, participants, audience, organisation, municipality, title"
                " FROM education WHERE day BETWEEN ? AND ? ORDER BY day DESC, id DESC",
                [iso(start), iso(end)],
            ).fetchall()
            staff = self._staff("education")
        return [
            Education(
                EducationId(r[0]),
                EducationDraft(
                    d(r[1]), EducationKind(r[2]), r[3], r[4], r[5], r[6], r[7], staff.get(r[0], ())
                ),
            )
            for r in rows
        ]

    # -- consultations ----------------------------------------------------------------
    def insert_consultation(self, x: ConsultationDraft, now: datetime) -> ConsultationId:
        with translated_errors():
            cursor = self.db.execute(
                "INSERT INTO consultations (day, month, profession, municipality, form, minutes,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    iso(x.day),
                    x.day.strftime("%Y-%m"),
                    x.profession,
                    x.municipality,
                    x.form.value,
                    x.minutes,
                    iso(now),
                ],
            )
            consultation_id = ConsultationId(cursor.lastrowid)
            self._set_staff("consultation", consultation_id, x.staff, new=True)
        return consultation_id

    def update_consultation(self, consultation_id: ConsultationId, x: ConsultationDraft) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE consultations SET day = ?, month = ?, profession = ?, municipality = ?,"
                " form = ?, minutes = ? WHERE id = ?",
                [
                    iso(x.day),
                    x.day.strftime("%Y-%m"),
                    x.profession,
                    x.municipality,
                    x.form.value,
                    x.minutes,
                    consultation_id,
                ],
            )
            self._set_staff("consultation", consultation_id, x.staff)

    def consultations(self, start: date, end: date) -> list[Consultation]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT id, day, profession, municipality, form, minutes FROM consultations"
                " WHERE day BETWEEN ? AND ? ORDER BY day DESC, id DESC",
                [iso(start), iso(end)],
            ).fetchall()
            staff = self._staff("consultation")
        return [
            Consultation(
                ConsultationId(r[0]),
                ConsultationDraft(
                    d(r[1]), r[2], r[3], ContactForm(r[4]), r[5], staff.get(r[0], ())
                ),
            )
            for r in rows
        ]

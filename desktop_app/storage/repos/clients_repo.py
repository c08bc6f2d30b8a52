"""Storage layer: client records, their search index and list pages."""

from __future__ import annotations

from datetime import date, datetime

from desktop_app.core.domain.client_enums import (
    CaseKind,
    ChildrenAnswer,
    CloseReason,
    Gender,
    ReferralSource,
    TargetGroup,
)
from desktop_app.core.domain.client_query import ClientQuery, SortKey, StatusFilter, fts_query
from desktop_app.core.domain.clients import ADULT_LIMIT_DAYS, YOUTH_LIMIT_DAYS, Client, ClientDraft
from desktop_app.core.domain.ids import ClientId, UserId
from desktop_app.core.errors import ValidationError
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.repos.rows import d, dt, enum_or_none, iso

DRAFT_COLUMNS = (
    "anonymous, kind, name, personal_id, birth_year, gender, municipality, district,"
    " target_group, referral, requested_on, first_offered_on, responsible_id,"
    " minor_children, lives_with_children"
)
# Names and personal identity numbers live in the register part (storage/parts.py);
# without its key the join finds nothing and they read as ''.
_IDENTITY = {"name": "coalesce(i.name, '')", "personal_id": "coalesce(i.personal_id, '')"}
_SELECT = (
    "SELECT c.id, c.code, "
    + ", ".join(_IDENTITY.get(x.strip(), "c." + x.strip()) for x in DRAFT_COLUMNS.split(","))
    + ", c.created_at, c.closed_on, c.close_reason, c.last_contact_on, c.contact_count,"
    " c.open_concerns, coalesce(u.display_name, '') FROM clients c"
    " LEFT JOIN users u ON u.id = c.responsible_id"
    " LEFT JOIN client_identities i ON i.client_id = c.id"
)
_SORT = {
    SortKey.CODE: "c.code_year {dir}, c.code_seq {dir}",
    SortKey.NAME: "coalesce(i.name, '') = '', i.name COLLATE NOCASE {dir}, c.id",
    # Plain column orders, so SQLite can walk an index and stop after one page.
    SortKey.LAST_CONTACT: "c.last_contact_on {dir}, c.id {dir}",
    SortKey.CREATED: "c.id {dir}",
    SortKey.WAITED: "c.requested_on {rdir}, c.id {rdir}",
    SortKey.MUNICIPALITY: "c.municipality {dir}, c.id",
    SortKey.TARGET_GROUP: "c.target_group {dir}, c.id",
}


def draft_values(draft: ClientDraft) -> list:
    """The main file's columns: name and personal identity number stay empty there."""
    return [
        int(draft.anonymous),
        draft.kind.value,
        "",
        "",
        draft.birth_year,
        draft.gender.value,
        draft.municipality,
        draft.district,
        draft.target_group.value if draft.target_group else None,
        draft.referral.value if draft.referral else None,
        iso(draft.requested_on),
        iso(draft.first_offered_on),
        draft.responsible_id,
        draft.minor_children.value,
        draft.lives_with_children.value,
    ]


def _client(r, members: tuple[ClientId, ...] = ()) -> Client:
    draft = ClientDraft(
        anonymous=bool(r[2]),
        kind=CaseKind(r[3]),
        name=r[4],
        personal_id=r[5],
        birth_year=r[6],
        gender=Gender(r[7]),
        municipality=r[8],
        district=r[9],
        target_group=enum_or_none(TargetGroup, r[10]),
        referral=enum_or_none(ReferralSource, r[11]),
        requested_on=d(r[12]),
        first_offered_on=d(r[13]),
        responsible_id=UserId(r[14]) if r[14] is not None else None,
        minor_children=ChildrenAnswer(r[15]),
        lives_with_children=ChildrenAnswer(r[16]),
    )
    return Client(
        id=ClientId(r[0]),
        code=r[1],
        draft=draft,
        created_at=dt(r[17]),
        closed_on=d(r[18]),
        close_reason=enum_or_none(CloseReason, r[19]),
        last_contact_on=d(r[20]),
        contact_count=r[21],
        open_concerns=r[22],
        responsible_name=r[23],
        members=members,
    )


def _fts_ids(personal_id: str) -> str:
    return f"{personal_id} {personal_id[2:]}" if personal_id else ""


class SqlClientRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def next_code_seq(self, year: int) -> int:
        with translated_errors():
            row = self.db.execute(
                "SELECT coalesce(max(code_seq), 0) + 1 FROM clients WHERE code_year = ?", [year]
            ).fetchone()
        return int(row[0])

    def insert(
        self, code: str, year: int, seq: int, draft: ClientDraft, user_id: UserId, now: datetime
    ) -> ClientId:
        stamp = iso(now)
        with translated_errors():
            taken = self.db.execute(
                "SELECT 1 FROM clients WHERE code = ? COLLATE NOCASE", [code]
            ).fetchone()
            if taken:
                raise ValidationError("code", "taken", code=code)
            cursor = self.db.execute(
                f"INSERT INTO clients (code, code_year, code_seq, {DRAFT_COLUMNS}, created_at,"
                " created_by, updated_at, last_entry_at)"
                f" VALUES (?, ?, ?, {', '.join('?' * 15)}, ?, ?, ?, ?)",
                [code, year, seq, *draft_values(draft), stamp, user_id, stamp, stamp],
            )
            client_id = ClientId(cursor.lastrowid)
            self._set_identity(client_id, draft)
            self.db.execute(
                "INSERT INTO clients_fts (rowid, code, name, personal_id, titles)"
                " VALUES (?, ?, ?, ?, '')",
                [client_id, code, draft.name, _fts_ids(draft.personal_id)],
            )
        return client_id

    def _set_identity(self, client_id: ClientId, draft: ClientDraft) -> None:
        self.db.execute("DELETE FROM client_identities WHERE client_id = ?", [client_id])
        if draft.name or draft.personal_id:
            self.db.execute(
                "INSERT INTO client_identities (client_id, name, personal_id) VALUES (?, ?, ?)",
                [client_id, draft.name, draft.personal_id],
            )

    def update(self, client_id: ClientId, draft: ClientDraft, now: datetime) -> None:
        columns = [c.strip() for c in DRAFT_COLUMNS.split(",")]
        assignments = ", ".join(f"{c} = ?" for c in columns)
        with translated_errors():
            self.db.execute(
                f"UPDATE clients SET {assignments}, updated_at = ?, last_entry_at = ? WHERE id = ?",
                [*draft_values(draft), iso(now), iso(now), client_id],
            )
            self._set_identity(client_id, draft)
            self.db.execute(
                "UPDATE clients_fts SET name = ?, personal_id = ? WHERE rowid = ?",
                [draft.name, _fts_ids(draft.personal_id), client_id],
            )

    def set_titles(self, client_id: ClientId, titles: str) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE clients_fts SET titles = ? WHERE rowid = ?", [titles, client_id]
            )

    def touch(self, client_id: ClientId, now: datetime) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE clients SET last_entry_at = ? WHERE id = ?", [iso(now), client_id]
            )

    def get(self, client_id: ClientId) -> Client | None:
        with translated_errors():
            row = self.db.execute(f"{_SELECT} WHERE c.id = ?", [client_id]).fetchone()
            if row is None:
                return None
            members = tuple(
                ClientId(r[0])
                for r in self.db.execute(
                    "SELECT other_id FROM client_links WHERE client_id = ? AND link = 'member'"
                    " ORDER BY other_id",
                    [client_id],
                )
            )
        return _client(row, members)

    def exists(self, client_id: ClientId) -> bool:
        with translated_errors():
            return (
                self.db.execute("SELECT 1 FROM clients WHERE id = ?", [client_id]).fetchone()
                is not None
            )

    def _where(self, query: ClientQuery, today: date) -> tuple[str, list]:
        where, params = [], []
        if query.text.strip():
            match = fts_query(query.text)
            if match:
                where.append("c.id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?)")
                params.append(match)
        if query.status == StatusFilter.ACTIVE:
            where.append("c.closed_on IS NULL")
        elif query.status == StatusFilter.CLOSED:
            where.append("c.closed_on IS NOT NULL")
        elif query.status == StatusFilter.WAITING_TOO_LONG:
            # Under-18s (by birth year, or by personal identity number) wait at most a day.
            where.append(
                "c.first_offered_on IS NULL AND c.requested_on IS NOT NULL AND"
                " c.requested_on < CASE WHEN c.birth_year IS NOT NULL AND ? - c.birth_year < 18"
                " THEN ? ELSE ? END"
            )
            params += [
                today.year,
                iso(date.fromordinal(today.toordinal() - YOUTH_LIMIT_DAYS)),
                iso(date.fromordinal(today.toordinal() - ADULT_LIMIT_DAYS)),
            ]
        if query.target_group is not None:
            where.append("c.target_group = ?")
            params.append(query.target_group.value)
        if query.responsible_id is not None:
            where.append("c.responsible_id = ?")
            params.append(query.responsible_id)
        if query.anonymous is not None:
            where.append("c.anonymous = ?")
            params.append(int(query.anonymous))
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def page(self, query: ClientQuery, today: date, offset: int, limit: int) -> list[Client]:
        where, params = self._where(query, today)
        direction = "DESC" if query.descending else "ASC"
        reverse = "ASC" if query.descending else "DESC"
        order = _SORT[query.sort].format(dir=direction, rdir=reverse)
        with translated_errors():
            rows = self.db.execute(
                f"{_SELECT}{where} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset]
            ).fetchall()
        return [_client(r) for r in rows]

    def count(self, query: ClientQuery, today: date) -> int:
        where, params = self._where(query, today)
        with translated_errors():
            return int(
                self.db.execute(f"SELECT count(*) FROM clients c{where}", params).fetchone()[0]
            )

    def set_closed(
        self, client_id: ClientId, closed_on: date | None, reason: CloseReason | None, now: datetime
    ) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE clients SET closed_on = ?, close_reason = ?, last_entry_at = ? WHERE id = ?",
                [iso(closed_on), reason.value if reason else None, iso(now), client_id],
            )

    def with_personal_id(self, personal_id: str) -> list[tuple[ClientId, str]]:
        """Clients (id, code) whose stored personnummer (always 12 digits) is this one."""
        with translated_errors():
            rows = self.db.execute(
                "SELECT c.id, c.code FROM client_identities i JOIN clients c"
                " ON c.id = i.client_id WHERE i.personal_id = ? ORDER BY c.id",
                [personal_id],
            ).fetchall()
        return [(ClientId(r[0]), r[1]) for r in rows]

    def first_contact_on(self, client_id: ClientId) -> date | None:
        with translated_errors():
            row = self.db.execute(
                "SELECT min(day) FROM contacts WHERE client_id = ?", [client_id]
            ).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def refresh_contacts(self, client_id: ClientId, now: datetime) -> None:
        """Count and latest day again after a contact was changed, moved or removed."""
        with translated_errors():
            self.db.execute(
                "UPDATE clients SET contact_count ="
                " (SELECT count(*) FROM contacts WHERE client_id = clients.id),"
                " last_contact_on = (SELECT max(day) FROM contacts WHERE client_id = clients.id),"
                " last_entry_at = ? WHERE id = ?",
                [iso(now), client_id],
            )

    def record_contact(self, client_id: ClientId, day: date, now: datetime) -> None:
        with translated_errors():
            self.db.execute(
                # a held contact is a time offered too: the first one closes the request
                # for help in the access figures (no longer "väntar längre än garantin")
                "UPDATE clients SET contact_count = contact_count + 1,"
                " last_contact_on = max(coalesce(last_contact_on, ''), ?1), last_entry_at = ?2,"
                " first_offered_on = CASE WHEN first_offered_on IS NULL"
                "  AND requested_on IS NOT NULL AND requested_on <= ?1 THEN ?1"
                "  ELSE first_offered_on END"
                " WHERE id = ?3",
                [iso(day), iso(now), client_id],
            )

"""Storage layer: the append-only, hash-chained audit log.

Each row's hash covers its content and the previous row's hash, so a removed or
edited row breaks the chain (``verify_chain``). Triggers refuse UPDATE and DELETE.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timedelta

from desktop_app.core.domain.audit import (
    CLIENT_ENTITIES,
    AuditAction,
    AuditEntry,
    AuditQuery,
    AuditReview,
    AuditRow,
)
from desktop_app.core.domain.ids import AuditEntryId, UserId
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors

GENESIS = "0" * 64
_FIELDS = "id, at, user_id, username, action, entity, entity_id, detail, prev_hash, hash"


def _row_hash(
    prev_hash: str,
    at: str,
    user_id,
    username: str,
    action: str,
    entity: str,
    entity_id: str,
    detail: str,
) -> str:
    payload = json.dumps(
        [prev_hash, at, user_id, username, action, entity, entity_id, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _entry(r) -> AuditEntry:
    return AuditEntry(
        AuditEntryId(r[0]),
        datetime.fromisoformat(r[1]),
        UserId(r[2]) if r[2] is not None else None,
        r[3],
        AuditAction(r[4]),
        r[5],
        r[6],
        r[7],
    )


class SqlAuditRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def append(
        self,
        at: datetime,
        user_id: UserId | None,
        username: str,
        action: AuditAction,
        entity: str,
        entity_id: str,
        detail: str,
    ) -> None:
        stamp = at.isoformat(timespec="microseconds")
        with translated_errors(), self.db.atomic():
            row = self.db.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
            prev = row[0] if row else GENESIS
            digest = _row_hash(
                prev, stamp, user_id, username, action.value, entity, entity_id, detail
            )
            self.db.execute(
                "INSERT INTO audit_log (at, user_id, username, action, entity, entity_id,"
                " detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [stamp, user_id, username, action.value, entity, entity_id, detail, prev, digest],
            )

    def entries(
        self,
        *,
        entity: str | None = None,
        entity_id: str | None = None,
        user_id: UserId | None = None,
        limit: int = 1000,
    ) -> list[AuditEntry]:
        where, params = [], []
        for column, value in (("entity", entity), ("entity_id", entity_id), ("user_id", user_id)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        sql = f"SELECT {_FIELDS} FROM audit_log"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC LIMIT ?"
        with translated_errors():
            rows = self.db.execute(sql, [*params, limit]).fetchall()
        return [_entry(r) for r in rows]

    def search(self, query: AuditQuery) -> list[AuditRow]:
        where, params = [], []
        if query.client_id is not None:
            where.append(f"((a.entity IN {CLIENT_ENTITIES!r} AND a.entity_id = ?) OR a.detail = ?)")
            params += [str(query.client_id), f"client={query.client_id}"]
        if query.user_id is not None:
            where.append("a.user_id = ?")
            params.append(query.user_id)
        if query.start is not None:
            where.append("a.at >= ?")
            params.append(query.start.isoformat())
        if query.end is not None:
            where.append("a.at < ?")
            params.append((query.end + timedelta(days=1)).isoformat())
        fields = ", ".join(f"a.{f.strip()}" for f in _FIELDS.split(",")[:8])
        sql = (
            f"SELECT {fields}, coalesce(c.code, c2.code, '') FROM audit_log a"
            f" LEFT JOIN clients c ON a.entity IN {CLIENT_ENTITIES!r}"
            "  AND c.id = CAST(a.entity_id AS INTEGER)"
            " LEFT JOIN clients c2 ON a.detail LIKE 'client=%'"
            "  AND c2.id = CAST(substr(a.detail, 8) AS INTEGER)"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.id DESC LIMIT ?"
        with translated_errors():
            rows = self.db.execute(sql, [*params, query.limit]).fetchall()
        return [AuditRow(_entry(r), r[8]) for r in rows]

    def add_review(
        self, at: datetime, user_id: UserId, username: str, start: date, end: date, comment: str
    ) -> None:
        with translated_errors():
            self.db.execute(
                "INSERT INTO audit_reviews (at, user_id, username, period_start, period_end,"
                " comment) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    at.isoformat(timespec="seconds"),
                    user_id,
                    username,
                    start.isoformat(),
                    end.isoformat(),
                    comment,
                ],
            )

    def reviews(self) -> list[AuditReview]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT at, username, period_start, period_end, comment FROM audit_reviews"
                " ORDER BY id DESC"
            ).fetchall()
        return [
            AuditReview(
                datetime.fromisoformat(r[0]),
                r[1],
                date.fromisoformat(r[2]),
                date.fromisoformat(r[3]),
                r[4],
            )
            for r in rows
        ]

    def verify_chain(self) -> list[int]:
        """Ids of rows whose hash or link does not match; empty when the chain is whole."""
        broken: list[int] = []
        prev = GENESIS
        with translated_errors():
            cursor = self.db.execute(f"SELECT {_FIELDS} FROM audit_log ORDER BY id")
            for r in cursor:
                expected = _row_hash(prev, r[1], r[2], r[3], r[4], r[5], r[6], r[7])
                if r[8] != prev or r[9] != expected:
                    broken.append(int(r[0]))
                prev = r[9]
        return broken

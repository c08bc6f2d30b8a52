"""Storage layer: the append-only, hash-chained audit log.

Each row's hash covers its content and the previous row's hash, so a removed or
edited row breaks the chain (``verify_chain``). Triggers refuse UPDATE and DELETE.
Rows from ``audit_keyed_from`` on are HMAC-SHA256 under the chain key kept in the main
file (storage/schema_audit.py); earlier rows keep their unkeyed SHA-256. The chain's
head (``head``) is kept outside the log as anchors: in the key file, in every backup's
manifest and in each review; ``check_anchor`` tells a log cut short from one rewritten.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import date, datetime, timedelta

from desktop_app.core.domain.audit import (
    CLIENT_ENTITIES,
    AnchorResult,
    AuditAction,
    AuditEntry,
    AuditQuery,
    AuditReview,
    AuditRow,
    ChainAnchor,
)
from desktop_app.core.domain.ids import AuditEntryId, UserId
from desktop_app.storage.db import Database
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.schema_audit import CHAIN_KEY, KEYED_FROM

GENESIS = "0" * 64
_FIELDS = "id, at, user_id, username, action, entity, entity_id, detail, prev_hash, hash"


def _row_hash(
    key: bytes | None,
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
    if key is None:  # rows written before the chain was keyed (migration 11)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


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
        self._chain: tuple[bytes, int] | None = None

    def _chain_key(self) -> tuple[bytes, int]:
        """The chain key and the first keyed row's id (read once)."""
        if self._chain is None:
            rows = dict(
                self.db.execute(
                    "SELECT key, value FROM settings WHERE key IN (?, ?)", [CHAIN_KEY, KEYED_FROM]
                ).fetchall()
            )
            self._chain = (bytes.fromhex(rows[CHAIN_KEY]), int(rows[KEYED_FROM]))
        return self._chain

    def _key_for(self, row_id: int) -> bytes | None:
        key, keyed_from = self._chain_key()
        return key if row_id >= keyed_from else None

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
        self.append_many([(at, user_id, username, action, entity, entity_id, detail)])

    def append_many(self, entries: list[tuple]) -> None:
        """Append entries in order, each chained to the one before (one INSERT batch)."""
        if not entries:
            return
        with translated_errors(), self.db.atomic():
            row = self.db.execute(
                "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
            ).fetchone()
            new_id, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
            values = []
            for at, user_id, username, action, entity, entity_id, detail in entries:
                stamp = at.isoformat(timespec="microseconds")
                fields = (stamp, user_id, username, action.value, entity, entity_id, detail)
                digest = _row_hash(self._key_for(new_id), prev, *fields)
                values.append((new_id, *fields, prev, digest))
                new_id, prev = new_id + 1, digest
            self.db.conn.executemany(
                "INSERT INTO audit_log (id, at, user_id, username, action, entity, entity_id,"
                " detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
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
    ) -> ChainAnchor | None:
        """Record a review with the chain's head at this moment; returns that anchor."""
        anchor = self.head()
        with translated_errors():
            self.db.execute(
                "INSERT INTO audit_reviews (at, user_id, username, period_start, period_end,"
                " comment, chain_last_id, chain_head) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    at.isoformat(timespec="seconds"),
                    user_id,
                    username,
                    start.isoformat(),
                    end.isoformat(),
                    comment,
                    anchor.last_id if anchor else None,
                    anchor.head if anchor else "",
                ],
            )
        return anchor

    def reviews(self) -> list[AuditReview]:
        with translated_errors():
            rows = self.db.execute(
                "SELECT at, username, period_start, period_end, comment, chain_last_id,"
                " chain_head FROM audit_reviews ORDER BY id DESC"
            ).fetchall()
        return [
            AuditReview(
                datetime.fromisoformat(r[0]),
                r[1],
                date.fromisoformat(r[2]),
                date.fromisoformat(r[3]),
                r[4],
                ChainAnchor(int(r[5]), r[6], "review") if r[5] is not None else None,
            )
            for r in rows
        ]

    def term_digest(self, term: str) -> str:
        """A keyed hash of a search term: the log can show that the same term was searched
        again (an administrator can hash a term to look for) without ever holding it."""
        key, _ = self._chain_key()
        normal = " ".join(term.split()).casefold()
        return hmac.new(key, b"term\x00" + normal.encode("utf-8"), hashlib.sha256).hexdigest()[:16]

    def head(self) -> ChainAnchor | None:
        """The chain's last row: its id and hash (None for an empty log)."""
        with translated_errors():
            row = self.db.execute(
                "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
            ).fetchone()
        return ChainAnchor(int(row[0]), row[1]) if row else None

    def check_anchor(self, anchor: ChainAnchor) -> AnchorResult:
        with translated_errors():
            row = self.db.execute(
                "SELECT hash FROM audit_log WHERE id = ?", [anchor.last_id]
            ).fetchone()
        if row is None:
            return AnchorResult.MISSING
        return AnchorResult.OK if hmac.compare_digest(row[0], anchor.head) else AnchorResult.CHANGED

    def verify_chain(self) -> list[int]:
        """Ids of rows whose hash or link does not match; empty when the chain is whole."""
        broken: list[int] = []
        prev = GENESIS
        with translated_errors():
            self._chain_key()
            cursor = self.db.execute(f"SELECT {_FIELDS} FROM audit_log ORDER BY id")
            for r in cursor:
                key = self._key_for(int(r[0]))
                expected = _row_hash(key, prev, r[1], r[2], r[3], r[4], r[5], r[6], r[7])
                if r[8] != prev or r[9] != expected:
                    broken.append(int(r[0]))
                prev = r[9]
        return broken

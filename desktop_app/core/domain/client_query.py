"""Core layer: what the client list asks for: search text, filters, sort, page."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.domain.client_enums import TargetGroup
from desktop_app.core.domain.ids import UserId


class StatusFilter(StrEnum):
    ALL = "all"
    ACTIVE = "active"
    CLOSED = "closed"
    WAITING_TOO_LONG = "waiting_too_long"


class SortKey(StrEnum):
    CODE = "code"
    NAME = "name"
    LAST_CONTACT = "last_contact"
    CREATED = "created"
    WAITED = "waited"
    MUNICIPALITY = "municipality"
    TARGET_GROUP = "target_group"


@dataclass(frozen=True)
class ClientQuery:
    text: str = ""
    status: StatusFilter = StatusFilter.ACTIVE
    target_group: TargetGroup | None = None
    responsible_id: UserId | None = None
    anonymous: bool | None = None
    sort: SortKey = SortKey.LAST_CONTACT
    descending: bool = True


def fts_query(text: str) -> str:
    """Turn typed words into an FTS5 prefix query (every word must match)."""
    stripped = text.strip()
    words = "".join(ch if ch.isalnum() else " " for ch in stripped).split()
    query = " ".join(f'"{w}"*' for w in words)
    # "19900101-0017" is one personal identity number; "2025-017" part of a code.
    if len(words) > 1 and all(ch.isdigit() or ch in "-+ " for ch in stripped):
        query = f'"{"".join(words)}"* OR ({query})'
    return query

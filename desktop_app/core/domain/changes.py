"""Core layer: what an edit changed, for the audit log: numbers, dates, choices and
yes/no before and after ("minutes=600→60"); text and names only as changed ("note"),
since free text may name someone and the log is read by roles that must not see names."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum


def _plain(value) -> str | None:
    """A value the log may show, or None when only the change may be told."""
    if value is None:
        return "-"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool | int | float):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return None


def describe_changes(old, new, *, skip: frozenset[str] = frozenset()) -> str:
    """``field=before→after`` or ``field`` for each field of two drafts that differs."""
    assert is_dataclass(old) and is_dataclass(new)
    parts = []
    for f in fields(old):
        if f.name in skip:
            continue
        before, after = getattr(old, f.name), getattr(new, f.name, None)
        if before == after:
            continue
        a, b = _plain(before), _plain(after)
        parts.append(f"{f.name}={a}→{b}" if a is not None and b is not None else f.name)
    return " ".join(parts) or "unchanged"

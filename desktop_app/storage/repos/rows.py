"""Storage layer: converting column values to domain values and back."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)


def d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def enum_or_none(kind: type[E], value: str | None) -> E | None:
    return kind(value) if value else None

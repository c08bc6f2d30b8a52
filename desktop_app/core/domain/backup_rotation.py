"""Core layer: which backups to keep (grandfather-father-son rotation).

The newest backup of each of the last ``daily`` days that have one is kept, likewise
the newest of each of the last ``weekly`` ISO weeks and ``monthly`` months; the rest
may be deleted. The newest backup of all is always kept.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _day(t: datetime) -> Hashable:
    return t.date()


def _week(t: datetime) -> Hashable:
    return t.isocalendar()[:2]


def _month(t: datetime) -> Hashable:
    return (t.year, t.month)


def backups_to_keep(stamps: Iterable[datetime], policy: RotationPolicy) -> set[datetime]:
    ordered = sorted(set(stamps), reverse=True)
    keep: set[datetime] = set(ordered[:1])
    buckets: tuple[tuple[Callable[[datetime], Hashable], int], ...] = (
        (_day, policy.daily),
        (_week, policy.weekly),
        (_month, policy.monthly),
    )
    for bucket_of, count in buckets:
        seen: set[Hashable] = set()
        for stamp in ordered:
            bucket = bucket_of(stamp)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(bucket)
            keep.add(stamp)
    return keep

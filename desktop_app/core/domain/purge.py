"""Core layer: purging (gallring): the rules and what a review lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class PurgeKind(StrEnum):
    CLIENT = "client"  # the whole record: contacts, journal, relations, children, closing
    PARTICIPANT = "participant"  # a course participant's name and phone
    CONTACT = "contact"  # an unregistered contact (no client record)


@dataclass(frozen=True)
class PurgeRules:
    """Years after the last entry (SoL 12 kap.: client records, default five)."""

    client_years: int = 5
    participant_years: int = 2
    contact_years: int = 2

    def years(self, kind: PurgeKind) -> int:
        return {
            PurgeKind.CLIENT: self.client_years,
            PurgeKind.PARTICIPANT: self.participant_years,
            PurgeKind.CONTACT: self.contact_years,
        }[kind]


MIN_YEARS, MAX_YEARS = 1, 50


@dataclass(frozen=True)
class PurgeCandidate:
    kind: PurgeKind
    id: int
    code: str  # a client's or participant's code; '' for a contact
    label: str  # name, or the contact's form, for the administrator's eyes only
    last_entry: date
    hold: bool = False
    hold_reason: str = ""


@dataclass(frozen=True)
class PurgeReview:
    cutoffs: dict[PurgeKind, date]
    candidates: list[PurgeCandidate]

    def due(self, kind: PurgeKind | None = None) -> list[PurgeCandidate]:
        return [c for c in self.candidates if (kind is None or c.kind == kind) and not c.hold]


@dataclass(frozen=True)
class PurgeLogEntry:
    at: str
    username: str
    kind: PurgeKind
    count: int
    rule_years: int
    older_than: str

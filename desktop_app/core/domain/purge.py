"""Core layer: purging (gallring): the rules and what a review lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum


class PurgeKind(StrEnum):
    CLIENT = "client"  # the whole record: contacts, journal, relations, children, closing
    PARTICIPANT = "participant"  # a course participant's name and phone
    CONTACT = "contact"  # an unregistered contact (no client record)
    # the alias of a person met in outreach (the figures stay, the person a number)
    OUTREACH_PERSON = "outreach_person"


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
            PurgeKind.OUTREACH_PERSON: self.participant_years,  # the same rule as names
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


# A copy set aside by a restore or a migration is kept this long, so that a wrong
# restore can be undone; after that the next purge removes it (it holds records the
# purges have removed from the live database since).
SET_ASIDE_DAYS = 30


@dataclass(frozen=True)
class SetAside:
    """A copy of the database set aside beside it (``…replaced-<time>``, ``…before-v<N>``)."""

    name: str
    made: datetime
    size: int

    def due(self, now: datetime) -> bool:
        return now - self.made > timedelta(days=SET_ASIDE_DAYS)


@dataclass(frozen=True)
class PurgeReview:
    cutoffs: dict[PurgeKind, date]
    candidates: list[PurgeCandidate]
    set_aside: list[SetAside] = field(default_factory=list)
    now: datetime | None = None

    def set_aside_due(self) -> list[SetAside]:
        return [s for s in self.set_aside if self.now is not None and s.due(self.now)]

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

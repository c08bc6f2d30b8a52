"""Core layer: the measures statistics are made of. Each is defined once here; its SQL
lives in storage (``stats_repo``), its Swedish name and definition in ``messages``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Measure(StrEnum):
    OUTREACH_CONTACTS = "outreach_contacts"  # Uppsök: contacts made in outreach
    OUTREACH_NEW_PERSONS = "outreach_new_persons"
    GROUP_ATTENDANCES = "group_attendances"  # Gruppdeltagare: attendances in groups/courses
    COUNSELLING = "counselling"  # Rådgivning och samtal: contacts, registered or not
    EDUCATION = "education"  # Studiebesök och utbildning: occasions
    EDUCATION_PARTICIPANTS = "education_participants"
    CONSULTATIONS = "consultations"
    PACKAGES = "packages"  # materials handed out
    UNIQUE_CLIENTS = "unique_clients"  # distinct clients with a contact (not additive)
    NEW_CLIENTS = "new_clients"


# Measures whose period total is not the sum of the months (the same person again).
DISTINCT = frozenset({Measure.UNIQUE_CLIENTS})
# Measures that count persons or their contacts: a small one can point at someone, so
# it is hidden in a report that leaves the unit. Lecture occasions, consultations with
# professionals and material handed out are not.
PERSON_COUNTS = frozenset(
    {
        Measure.OUTREACH_CONTACTS,
        Measure.OUTREACH_NEW_PERSONS,
        Measure.GROUP_ATTENDANCES,
        Measure.COUNSELLING,
        Measure.UNIQUE_CLIENTS,
        Measure.NEW_CLIENTS,
    }
)


@dataclass(frozen=True)
class KeyFigureRow:
    measure: Measure
    label: str  # the unit's own name for the row
    counted_from: str | None = None  # "2009-02": the unit began counting it that month


@dataclass(frozen=True)
class KeyFigureLayout:
    """How the unit prints its table: month columns and a total, or the total only
    (source 004's Prostitutionsgruppen); what a month before a row was counted shows
    (KAST prints "x", FAST leaves it blank)."""

    months: bool = True
    before_mark: str = "x"


# Source 004's rows: what a unit prints unless it chooses otherwise.
DEFAULT_ROWS = (
    KeyFigureRow(Measure.OUTREACH_CONTACTS, "Uppsök"),
    KeyFigureRow(Measure.GROUP_ATTENDANCES, "Gruppdeltagare"),
    KeyFigureRow(Measure.COUNSELLING, "Rådgivning och samtal"),
    KeyFigureRow(Measure.EDUCATION, "Studiebesök och utbildning"),
)


@dataclass(frozen=True)
class KeyFigureLine:
    row: KeyFigureRow
    values: tuple[int, ...]  # one per month of the period
    total: int


@dataclass(frozen=True)
class KeyFigureTable:
    months: tuple[tuple[int, int], ...]
    lines: tuple[KeyFigureLine, ...]
    frozen_at: str | None = None  # set when produced from a closed period's snapshot
    frozen_by: str = ""  # who froze it (their name)
    layout: KeyFigureLayout = KeyFigureLayout()


class RefreezeReason(StrEnum):
    """Why a frozen period's figures are replaced (a fixed list, kept in the audit log)."""

    CORRECTED = "corrected"  # registrations of the period were corrected afterwards
    ROWS_CHANGED = "rows_changed"  # the unit changed its key-figure rows
    OTHER = "other"


@dataclass(frozen=True)
class FrozenSnapshot:
    """A closed period's figures as they were when it was frozen (JSON texts)."""

    frozen_at: str
    key_figures: str
    clients: str
    sections: str  # {"municipalities": …}
    frozen_by: str  # the name of who froze it
    reason: str | None = None  # set when frozen anew

"""Core layer: the measures statistics are made of. Each is defined once here; its SQL
lives in storage (``stats_repo``), its Swedish name and definition in ``messages``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.domain.roles import Permission


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
    OUTREACH_STREET = "outreach_street"  # Uppsök on the street only
    GROUP_PERSONS = "group_persons"  # distinct persons present in groups/courses


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's marker)
    return text


@dataclass(frozen=True)
class MeasureSpec:
    """One row of the catalogue: a measure's Swedish name and definition (translated in
    the program), who may open the records behind a figure, and how it counts. A new
    measure is one row here plus its query in storage's ``stats_repo.QUERIES``."""

    name: str
    definition: str
    drill: Permission  # the permission that opens the records behind a figure
    persons: bool  # counts persons or their contacts: a small one is hidden outside
    distinct: bool = False  # the period total is not the sum of the months


CATALOGUE: dict[Measure, MeasureSpec] = {
    Measure.OUTREACH_CONTACTS: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Uppsök"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Summan av kontakterna i det uppsökande arbetet (alla arenor), efter dagen då de togs.",
        ),
        Permission.MANAGE_ACTIVITIES,
        persons=True,
    ),
    Measure.OUTREACH_NEW_PERSONS: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Nya personer i uppsökande"),
        QT_TRANSLATE_NOOP("Messages", "Summan av nya personer i det uppsökande arbetet."),
        Permission.MANAGE_ACTIVITIES,
        persons=True,
    ),
    Measure.GROUP_ATTENDANCES: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Gruppdeltagare"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Närvarotillfällen i grupper och kurser: varje person som "
            "var närvarande vid en träff räknas en gång per träff, "
            "plus importerade anonyma närvaron.",
        ),
        Permission.MANAGE_COURSES,
        persons=True,
    ),
    Measure.COUNSELLING: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Rådgivning och samtal"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Alla registrerade samtal, med klienter och oregistrerade; "
            "ett samtal med ett par räknas en gång.",
        ),
        Permission.READ_CLIENTS,
        persons=True,
    ),
    Measure.EDUCATION: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Studiebesök och utbildning"),
        QT_TRANSLATE_NOOP(
            "Messages", "Antal tillfällen: föreläsningar, utbildningar och studiebesök."
        ),
        Permission.MANAGE_ACTIVITIES,
        persons=False,
    ),
    Measure.EDUCATION_PARTICIPANTS: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Deltagare i utbildning"),
        QT_TRANSLATE_NOOP(
            "Messages", "Summan av deltagare vid föreläsningar, utbildningar och studiebesök."
        ),
        Permission.MANAGE_ACTIVITIES,
        persons=False,
    ),
    Measure.CONSULTATIONS: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Konsultationer"),
        QT_TRANSLATE_NOOP(
            "Messages", "Konsultationer till andra yrkesverksamma som inte hör till en klient."
        ),
        Permission.MANAGE_ACTIVITIES,
        persons=False,
    ),
    Measure.PACKAGES: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Utdelat material"),
        QT_TRANSLATE_NOOP("Messages", "Summan av utdelat material, t.ex. preventionspaket."),
        Permission.MANAGE_ACTIVITIES,
        persons=False,
    ),
    Measure.UNIQUE_CLIENTS: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Unika klienter"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Olika klienter med minst ett samtal; totalen räknar "
            "varje klient en gång för hela perioden.",
        ),
        Permission.READ_CLIENTS,
        persons=True,
        distinct=True,
    ),
    Measure.NEW_CLIENTS: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Nya klienter"),
        QT_TRANSLATE_NOOP("Messages", "Klienter som lades upp under perioden."),
        Permission.READ_CLIENTS,
        persons=True,
    ),
    Measure.OUTREACH_STREET: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Uppsök på gatan"),
        QT_TRANSLATE_NOOP(
            "Messages", "Summan av kontakterna i det uppsökande arbetet på gatan (arenan gata)."
        ),
        Permission.MANAGE_ACTIVITIES,
        persons=True,
    ),
    Measure.GROUP_PERSONS: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Gruppdeltagare (personer)"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Olika personer som var närvarande vid minst en träff i en grupp eller kurs; "
            "totalen räknar varje person en gång för hela perioden (anonyma närvaron "
            "räknas inte, de har ingen person).",
        ),
        Permission.MANAGE_COURSES,
        persons=True,
        distinct=True,
    ),
}

# Measures whose period total is not the sum of the months (the same person again).
DISTINCT = frozenset(m for m, spec in CATALOGUE.items() if spec.distinct)
# Measures that count persons or their contacts: a small one can point at someone, so
# it is hidden in a report that leaves the unit. Lecture occasions, consultations with
# professionals and material handed out are not.
PERSON_COUNTS = frozenset(m for m, spec in CATALOGUE.items() if spec.persons)


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

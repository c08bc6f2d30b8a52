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
    OUTREACH_COUNT = "outreach_count"  # one of an outreach day's counts (women, ads seen …)
    OUTREACH_COUNTER = "outreach_counter"  # one of the unit's own counters
    NO_SHOWS = "no_shows"  # booked visits the client missed (uteblev)


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
    # what a row of it may be narrowed to (KeyFigureRow.filter): "arena", "material",
    # "counter", "count"; required when the measure means nothing without it
    filter: str = ""
    filter_required: bool = False


CATALOGUE: dict[Measure, MeasureSpec] = {
    Measure.OUTREACH_CONTACTS: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Uppsök"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Summan av kontakterna i det uppsökande arbetet (alla arenor), efter dagen då de togs.",
        ),
        Permission.MANAGE_ACTIVITIES,
        persons=True,
        filter="arena",
    ),
    Measure.OUTREACH_NEW_PERSONS: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Nya personer i uppsökande"),
        QT_TRANSLATE_NOOP("Messages", "Summan av nya personer i det uppsökande arbetet."),
        Permission.MANAGE_ACTIVITIES,
        persons=True,
        filter="arena",
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
        filter="material",
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
    Measure.OUTREACH_COUNT: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Uppsökande, antal"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "En av siffrorna varje uppsökande dag har: kvinnor, män eller andra mötta, "
            "mejl, sms, svar, eller annonser sedda, nya, kvinnor, män, under 25, 25 och äldre.",
        ),
        Permission.MANAGE_ACTIVITIES,
        persons=True,
        filter="count",
        filter_required=True,
    ),
    Measure.OUTREACH_COUNTER: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Egen räknare"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Summan av en av enhetens egna räknare per uppsökande dag (t.ex. annonser "
            "”alltid kondom”).",
        ),
        Permission.MANAGE_ACTIVITIES,
        persons=False,
        filter="counter",
        filter_required=True,
    ),
    Measure.NO_SHOWS: MeasureSpec(
        QT_TRANSLATE_NOOP("Messages", "Uteblivna besök"),
        QT_TRANSLATE_NOOP(
            "Messages", "Bokade besök som klienten uteblev från, efter dagen för besöket."
        ),
        Permission.READ_CLIENTS,
        persons=True,
    ),
}

# An outreach day's counts besides its contacts (storage/repos/stats_repo.py sums them).
OUTREACH_COUNTS = (
    "women",
    "men",
    "others",
    "mails",
    "sms",
    "replies",
    "ads_seen",
    "ads_new",
    "ads_women",
    "ads_men",
    "ads_under_25",
    "ads_25_plus",
)
COUNT_PERSONS = frozenset({"women", "men", "others"})  # the counts that are persons


def counts_persons(row: KeyFigureRow) -> bool:
    """A row that counts persons or their contacts (a small one is hidden outside); an
    outreach day's count is persons only for women, men and others met."""
    if row.measure == Measure.OUTREACH_COUNT:
        return row.filter in COUNT_PERSONS
    return CATALOGUE[row.measure].persons


def filter_is_valid(
    measure: Measure, value: str, materials: set[int], counters: set[int], arenas: set[str]
) -> bool:
    spec = CATALOGUE[Measure(measure)]
    if not value:
        return not spec.filter_required
    if spec.filter == "arena":
        return value in arenas
    if spec.filter in ("material", "counter"):
        ids = materials if spec.filter == "material" else counters
        return value.isdigit() and int(value) in ids
    if spec.filter == "count":
        return value in OUTREACH_COUNTS
    return False


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
    # narrowed to (MeasureSpec.filter): an arena ("street"), a material's or counter's
    # id ("3"), or one of an outreach day's counts ("ads_seen"); '' counts all
    filter: str = ""


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

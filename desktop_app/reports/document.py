"""Reports layer: a printable document as plain data: a title, facts, sections with
paragraphs and tables. Rendered to PDF (reportlab), HTML (for the Qt print dialog), xlsx
and CSV from the same values: a table cell is text or a typed value (``Count``,
``Decimal``, ``Share``, ``Day``), so a spreadsheet gets a number where the paper shows
"1 234" or "12,5 %", and a report that leaves the unit can hide a small count of persons
without guessing which texts are numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Count:
    """A whole number. ``persons``: it counts people (or their contacts), so a small one
    can point at someone and a report that leaves the unit hides it."""

    value: int
    persons: bool = False


@dataclass(frozen=True)
class Decimal:
    value: float
    places: int = 1
    signed: bool = False  # a change: "+0,5"
    # a mean over the persons of this count (a mean age): hidden with it, and when the
    # count is not printed, hidden when it is small
    of: Count | None = None


@dataclass(frozen=True)
class Share:
    """A share 0..1 printed as a percentage; ``of`` is the count it is a share of (when
    that count is hidden, so is the share)."""

    value: float | None
    of: Count | None = None
    places: int = 1  # the most decimals shown ("12,5 %"; a cost share "41,05 %")


DEFAULT_PLACES = 1  # a share's decimals unless the unit chooses others


@dataclass(frozen=True)
class Day:
    value: date


Value = str | int | Count | Decimal | Share | Day


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[Value]]
    widths: list[float] | None = None  # relative column widths
    signing: bool = False  # tall ruled rows to sign by hand
    nowrap: tuple[int, ...] = ()  # columns never broken (codes): as wide as their text
    total: Count | None = None  # the number the counts of a breakdown add up to
    sums: bool = False  # the last row is the sum of the rows above (a Summa row)
    # (column, members): in every row that column is the sum of the member columns (a
    # breakdown across, e.g. referrals by municipality group); only it adds up to total
    row_sums: tuple[int, tuple[int, ...]] | None = None


@dataclass(frozen=True)
class Chart:
    """Bars per category (a month) for each series (a row); None: no bar (hidden)."""

    categories: list[str]
    series: list[tuple[str, list[int | None]]]


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    facts: list[tuple[str, Value]] = field(default_factory=list)
    table: Table | None = None
    empty_text: str = ""
    new_page: bool = False  # begins on a page of its own (a letter)
    level: int = 1  # 1 a chapter ("3. Måluppfyllelse"), 2 a sub-chapter ("3.1 …")
    text: str = ""  # the unit's own text in Markdown (headings, lists, bold)
    persons: bool = False  # holds counts of persons: the confidentiality line is printed
    legend: str = ""  # a line under the table (a scale, a note on hidden cells)
    sums: tuple[tuple[int, tuple[int, ...]], ...] = ()  # fact n = the sum of facts (…)
    chart: Chart | None = None  # drawn under the table in a PDF


@dataclass(frozen=True)
class Cover:
    """The first page of a yearly report, as source 004 sets it."""

    title: str  # "Verksamhetsberättelse 2009"
    lines: list[str]  # the activity, the section, the administration
    responsible: str = ""  # "Ansvarig: …"


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str = ""
    facts: list[tuple[str, Value]] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    footer: str = ""
    landscape: bool = False
    certificate: bool = False  # set as a certificate: centred, large, signature lines
    signatures: list[str] = field(default_factory=list)  # a line to sign above each
    signed_at: str = ""  # place and date beside the signatures
    cover: Cover | None = None
    contents_title: str = ""  # a table of contents with this heading, when set
    confidential: str = ""  # printed at the foot of each page with counts of persons

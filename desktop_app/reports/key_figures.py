"""Reports layer: the key-figure table (årssammanställning av nyckeltal) as CSV (as
Swedish Excel expects: semicolons, UTF-8 with BOM), XLSX (real numbers) and a document."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from desktop_app.core.domain.measures import (
    DISTINCT,
    KeyFigureLayout,
    KeyFigureTable,
    counts_persons,
)
from desktop_app.reports.atomic import atomic_path
from desktop_app.reports.cells import csv_row, text_row
from desktop_app.reports.disclosure import (
    DEFAULT_THRESHOLD,
    HIDDEN,
    Cell,
    Equation,
    suppress,
)
from desktop_app.reports.document import Chart, Decimal, Document, Section, Table
from desktop_app.reports.values import csv_value, spreadsheet

PREVIOUS = "%1 (året innan)"
CHANGE = "Förändring"


def _same(context: str, text: str, *_) -> str:
    return text


def _names(translate) -> tuple[list[str], str, str]:
    """The months, "Tot." and "Nyckeltal" (as the units print them; translated on screen)."""
    months = [
        translate("KeyFigures", "Jan"),
        translate("KeyFigures", "Feb"),
        translate("KeyFigures", "Mars"),
        translate("KeyFigures", "April"),
        translate("KeyFigures", "Maj"),
        translate("KeyFigures", "Juni"),
        translate("KeyFigures", "Juli"),
        translate("KeyFigures", "Aug"),
        translate("KeyFigures", "Sept"),
        translate("KeyFigures", "Okt"),
        translate("KeyFigures", "Nov"),
        translate("KeyFigures", "Dec"),
    ]
    return months, translate("KeyFigures", "Tot."), translate("KeyFigures", "Nyckeltal")


def header(
    table: KeyFigureTable, previous: KeyFigureTable | None = None, change=CHANGE, translate=_same
) -> list:
    if previous is not None:
        return [*header(table, translate=translate), change]
    months, total, first = _names(translate)
    if not table.layout.months:
        return [first, total]
    years = {y for y, _ in table.months}
    names = [months[m - 1] if len(years) == 1 else f"{months[m - 1]} {y}" for y, m in table.months]
    return [first, *names, total]


def hidden_cells(table: KeyFigureTable, threshold: int = DEFAULT_THRESHOLD) -> set[Cell]:
    """The cells (line, column; the last column the total) a report that leaves the unit
    hides: small person counts, and what would give them away through a row's total."""
    values = {
        (n, c): v
        for n, line in enumerate(table.lines)
        for c, v in enumerate((*line.values, line.total))
    }
    width = len(table.months)
    equations = [
        Equation(tuple((n, c) for c in range(width)), (n, width))
        for n, line in enumerate(table.lines)
        if line.row.measure not in DISTINCT  # a distinct count's total is no sum
    ]
    sensitive = [
        (n, c)
        for n, line in enumerate(table.lines)
        if counts_persons(line.row)
        for c in range(width + 1)
    ]
    return suppress(values, equations, sensitive, threshold)


def rows(table: KeyFigureTable, hidden: set[Cell] | frozenset = frozenset()) -> list[list]:
    """The table's rows as the unit prints them; a hidden cell reads ".." (the same shape
    either way); a month before the row was counted shows the unit's mark ("x" or blank);
    with the totals-only layout, the label and the total."""
    width, mark = len(table.months), table.layout.before_mark
    out = []
    for n, line in enumerate(table.lines):
        start = line.row.counted_from or ""
        cells = [
            HIDDEN
            if (n, c) in hidden
            else mark
            if c < width and f"{table.months[c][0]:04d}-{table.months[c][1]:02d}" < start
            else v
            for c, v in enumerate((*line.values, line.total))
        ]
        out.append([line.row.label, *(cells if table.layout.months else cells[-1:])])
    return out


def compared_rows(
    table: KeyFigureTable,
    previous: KeyFigureTable,
    hidden: set[Cell] | frozenset = frozenset(),
    previous_hidden: set[Cell] | frozenset = frozenset(),
    previous_label: str = PREVIOUS,
) -> list[list]:
    """Each row, then the same row a year earlier, with the change of the total in a last
    column ("+12"; ".." when either total is hidden)."""
    width = len(table.months)
    now, before = rows(table, hidden), rows(previous, previous_hidden)
    out = []
    for n, line in enumerate(table.lines):
        old = previous.lines[n] if n < len(previous.lines) else None
        shown = (n, width) not in hidden and (n, width) not in previous_hidden
        if old is None:
            change: object = ""
        elif shown:
            change = Decimal(line.total - old.total, 0, signed=True)
        else:
            change = HIDDEN
        out.append([*now[n], change])
        if old is not None:
            out.append([previous_label.replace("%1", line.row.label), *before[n][1:], ""])
    return out


def _rows_of(table, hidden, previous, previous_hidden) -> list[list]:
    if previous is None:
        return rows(table, hidden)
    return compared_rows(table, previous, hidden, previous_hidden)


def write_csv(
    table: KeyFigureTable,
    path: Path | str,
    hidden: set[Cell] | frozenset = frozenset(),
    previous: KeyFigureTable | None = None,
    previous_hidden: set[Cell] | frozenset = frozenset(),
) -> Path:
    path = Path(path)
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(csv_row(header(table, previous)))
        body = _rows_of(table, hidden, previous, previous_hidden)
        writer.writerows(csv_row([csv_value(c) for c in row]) for row in body)
    return path


def write_xlsx(
    table: KeyFigureTable,
    path: Path | str,
    title: str,
    hidden: set[Cell] | frozenset = frozenset(),
    previous: KeyFigureTable | None = None,
    previous_hidden: set[Cell] | frozenset = frozenset(),
) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Nyckeltal"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(header(table, previous))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in _rows_of(table, hidden, previous, previous_hidden):
        typed = [spreadsheet(c) for c in row]  # numbers stay numbers; hidden is ".."
        sheet.append([value for value, _ in typed])
        for cell, (_, number_format) in zip(sheet[sheet.max_row], typed, strict=False):
            if number_format and not isinstance(cell.value, str):
                cell.number_format = "+0;-0;0" if number_format == "0" else number_format
    for row in sheet.iter_rows():
        text_row(row)
    sheet.column_dimensions["A"].width = 30
    path = Path(path)
    with atomic_path(path) as tmp:
        book.save(tmp)
    return path


def document(
    table: KeyFigureTable,
    title: str,
    facts: list[tuple[str, str]],
    footer: str,
    hidden: set[Cell] | frozenset = frozenset(),
    hidden_note: str = "",
    previous: KeyFigureTable | None = None,
    previous_hidden: set[Cell] | frozenset = frozenset(),
    previous_label: str = PREVIOUS,
    change: str = CHANGE,
) -> Document:
    shown = table_of(table, hidden)
    if previous is not None:
        body = compared_rows(table, previous, hidden, previous_hidden, previous_label)
        shown = Table(header(table, previous, change), body, [*shown.widths, 1.3], nowrap=(0,))
    section = Section(
        "",
        table=shown,
        chart=chart_of(table, hidden),
        paragraphs=[hidden_note] if hidden and hidden_note else [],
        persons=True,
    )
    wide = table.layout.months and len(table.months) > 6
    return Document(title=title, facts=facts, sections=[section], footer=footer, landscape=wide)


def chart_of(
    table: KeyFigureTable, hidden: set[Cell] | frozenset = frozenset(), translate=_same
) -> Chart | None:
    """The months as bars, one colour per row (a hidden cell has no bar); none for a
    table of totals only or of a single month."""
    if not table.layout.months or len(table.months) < 2:
        return None
    names = header(replace(table, layout=KeyFigureLayout()), translate=translate)[1:-1]
    series = [
        (line.row.label, [None if (n, c) in hidden else v for c, v in enumerate(line.values)])
        for n, line in enumerate(table.lines)
    ]
    return Chart(names, series)


def table_of(
    table: KeyFigureTable, hidden: set[Cell] | frozenset = frozenset(), translate=_same
) -> Table:
    """The key figures as a document table (numbers stay numbers)."""
    widths = [3.2] + ([1.0] * len(table.months) if table.layout.months else []) + [1.1]
    return Table(
        header(table, translate=translate), rows(table, hidden), widths, nowrap=(0,)
    )  # labels unbroken

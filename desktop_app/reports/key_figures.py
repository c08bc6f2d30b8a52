"""Reports layer: the key-figure table (årssammanställning av nyckeltal) as CSV (as
Swedish Excel expects: semicolons, UTF-8 with BOM), XLSX (real numbers) and a document."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from desktop_app.core.domain.measures import KeyFigureTable
from desktop_app.reports.atomic import atomic_path
from desktop_app.reports.cells import csv_row, text_row
from desktop_app.reports.document import Document, Section, Table

MONTHS = ("Jan", "Feb", "Mars", "April", "Maj", "Juni", "Juli", "Aug", "Sept", "Okt", "Nov", "Dec")
TOTAL = "Tot."
FIRST_COLUMN = "Nyckeltal"


def header(table: KeyFigureTable) -> list[str]:
    years = {y for y, _ in table.months}
    names = [MONTHS[m - 1] if len(years) == 1 else f"{MONTHS[m - 1]} {y}" for y, m in table.months]
    return [FIRST_COLUMN, *names, TOTAL]


def rows(table: KeyFigureTable) -> list[list]:
    return [[line.row.label, *line.values, line.total] for line in table.lines]


def write_csv(table: KeyFigureTable, path: Path | str) -> Path:
    path = Path(path)
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(csv_row(header(table)))
        writer.writerows(csv_row(row) for row in rows(table))
    return path


def write_xlsx(table: KeyFigureTable, path: Path | str, title: str) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Nyckeltal"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(header(table))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows(table):
        sheet.append(row)  # ints stay numbers
    for row in sheet.iter_rows():
        text_row(row)
    sheet.column_dimensions["A"].width = 30
    path = Path(path)
    with atomic_path(path) as tmp:
        book.save(tmp)
    return path


def document(
    table: KeyFigureTable, title: str, facts: list[tuple[str, str]], footer: str
) -> Document:
    widths = [3.2] + [1.0] * len(table.months) + [1.1]
    section = Section(
        "", table=Table(header(table), [[str(c) for c in r] for r in rows(table)], widths)
    )
    return Document(
        title=title, facts=facts, sections=[section], footer=footer, landscape=len(table.months) > 6
    )

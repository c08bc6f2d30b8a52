"""Reports layer: any report document as Excel (one sheet, real numbers) or CSV (as Swedish
Excel expects: semicolons, UTF-8 with BOM). Each section's table follows its heading."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from desktop_app.reports.atomic import atomic_path
from desktop_app.reports.cells import as_text, csv_row
from desktop_app.reports.document import Document

_INT = re.compile(r"-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+|-?\d+")
_DECIMAL = re.compile(r"-?\d+,\d+")
_PERCENT = re.compile(r"(-?\d+(?:,\d+)?)[ \u00a0\u202f]?%")


def cell_value(text: str) -> tuple[object, str | None]:
    """A printed cell as Excel should hold it: (value, number format or None).
    "1 234" → 1234, "12,5" → 12.5, "94 %" → 0.94 shown as a percentage; anything else
    (names, "<3", dates) stays text."""
    text = text.strip()
    if _INT.fullmatch(text):
        return int(re.sub(r"\D", "", text)) * (-1 if text.startswith("-") else 1), None
    if _DECIMAL.fullmatch(text):
        return float(text.replace(",", ".")), None
    match = _PERCENT.fullmatch(text)
    if match:
        number = match.group(1)
        return float(number.replace(",", ".")) / 100, "0.0%" if "," in number else "0%"
    return text, None


def _lines(document: Document) -> list[tuple[str, list[str]]]:
    """(kind, cells) in reading order; kind is title, fact, heading, header, row or blank."""
    lines: list[tuple[str, list[str]]] = [("title", [document.title])]
    if document.subtitle:
        lines.append(("fact", [document.subtitle]))
    lines += [("fact", [name, value]) for name, value in document.facts]
    for section in document.sections:
        lines.append(("blank", []))
        if section.heading:
            lines.append(("heading", [section.heading]))
        lines += [("fact", [name, value]) for name, value in section.facts]
        lines += [("fact", [p]) for p in section.paragraphs]
        if section.table is not None:
            lines.append(("header", list(section.table.headers)))
            lines += [("row", [str(c) for c in row]) for row in section.table.rows]
        elif section.empty_text:
            lines.append(("fact", [section.empty_text]))
    if document.footer:
        lines += [("blank", []), ("fact", [document.footer])]
    return lines


def write_csv(document: Document, path: Path | str) -> Path:
    path = Path(path)
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerows(csv_row(cells) for _, cells in _lines(document))
    return path


def write_xlsx(document: Document, path: Path | str, sheet_title: str = "Rapport") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title[:31]
    bold = {"title": Font(bold=True, size=13), "heading": Font(bold=True, size=12)}
    for kind, cells in _lines(document):
        values = [cell_value(c) if kind == "row" else (c, None) for c in cells]
        sheet.append([value for value, _ in values])
        for cell, (_, number_format) in zip(sheet[sheet.max_row], values, strict=False):
            as_text(cell)
            if number_format:
                cell.number_format = number_format
            if kind in bold:
                cell.font = bold[kind]
            elif kind == "header":
                cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 34
    path = Path(path)
    with atomic_path(path) as tmp:
        book.save(tmp)
    return path

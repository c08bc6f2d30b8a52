"""Reports layer: any report document as Excel (one sheet) or CSV (as Swedish Excel
expects: semicolons, UTF-8 with BOM). Each section's table follows its heading. A typed
cell (``Count``, ``Share``, …) is written as the number it is, with the format it is
printed with; a text stays text (never parsed back into a number, never a formula)."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from desktop_app.reports import markup, values
from desktop_app.reports.atomic import atomic_path
from desktop_app.reports.cells import as_text, csv_row
from desktop_app.reports.document import Document


def _plain(text: str) -> list[str]:
    """The unit's own Markdown text as lines of plain text (no markup)."""
    return [
        ("• " if b.kind == "bullet" else f"{b.number}. " if b.kind == "number" else "")
        + _untag(b.inline)
        for b in markup.blocks(text)
    ]


def _untag(inline: str) -> str:
    from html import unescape

    for tag in ("<b>", "</b>", "<i>", "</i>"):
        inline = inline.replace(tag, "")
    return unescape(inline.replace("<br/>", "\n"))


def _lines(document: Document) -> list[tuple[str, list]]:
    """(kind, cells) in reading order; kind is title, fact, heading, header, row or blank."""
    cover = document.cover
    lines: list[tuple[str, list]] = [("title", [cover.title if cover else document.title])]
    if cover is not None:
        lines += [("fact", [line]) for line in (*cover.lines, cover.responsible) if line]
    elif document.subtitle:
        lines.append(("fact", [document.subtitle]))
    lines += [("fact", [name, value]) for name, value in document.facts]
    for section in document.sections:
        lines.append(("blank", []))
        if section.heading:
            lines.append(("heading", [section.heading]))
        lines += [("fact", [name, value]) for name, value in section.facts]
        lines += [("fact", [p]) for p in section.paragraphs]
        lines += [("fact", [p]) for p in _plain(section.text)]
        if section.table is not None and section.table.rows:
            lines.append(("header", list(section.table.headers)))
            lines += [("row", list(row)) for row in section.table.rows]
        elif section.empty_text and not section.paragraphs and not section.facts:
            lines.append(("fact", [section.empty_text]))
        if section.legend:
            lines.append(("fact", [section.legend]))
    for line in (document.confidential, document.footer):
        if line:
            lines += [("blank", []), ("fact", [line])]
    return lines


def write_csv(document: Document, path: Path | str) -> Path:
    path = Path(path)
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerows(
            csv_row([values.csv_value(c) for c in cells]) for _, cells in _lines(document)
        )
    return path


def write_xlsx(document: Document, path: Path | str, sheet_title: str = "Rapport") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title[:31]
    bold = {"title": Font(bold=True, size=13), "heading": Font(bold=True, size=12)}
    for kind, cells in _lines(document):
        typed = [values.spreadsheet(c) for c in cells]
        sheet.append([value for value, _ in typed])
        for cell, (_, number_format) in zip(sheet[sheet.max_row], typed, strict=False):
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

"""Reports layer: cells that a spreadsheet can never run. A course name or an audience
such as ``=HYPERLINK(...)`` or ``+cmd|' /C calc'!A0`` must reach the municipality as the
text it is (OWASP: CSV injection): in CSV such a cell gets a leading ``'``; in xlsx every
text is written as a string cell, never parsed as a formula. Numbers stay numbers."""

from __future__ import annotations

import re

from openpyxl.cell.cell import Cell

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_NUMBER = re.compile(r"[-+]?\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?(?:[ \u00a0\u202f]?%)?")


def csv_cell(value: object) -> object:
    """``value`` as a CSV cell Excel will show and never evaluate."""
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value.strip()):
        return "'" + value
    return value


def csv_row(values) -> list:
    return [csv_cell(v) for v in values]


def as_text(cell: Cell) -> None:
    """A text cell stays text: openpyxl would otherwise store "=..." as a formula."""
    if isinstance(cell.value, str):
        cell.data_type = "s"


def text_row(row) -> None:
    for cell in row:
        as_text(cell)

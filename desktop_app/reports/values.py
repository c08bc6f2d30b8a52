"""Reports layer: a table cell's printed text and its spreadsheet value, from one typed
value (see ``document``): "1 234", "12,5 %", "3,4", "2026-03-01"."""

from __future__ import annotations

from desktop_app.reports.document import Count, Day, Decimal, Share, Value
from desktop_app.reports.numbers import percent, thousands

HIDDEN = ".."  # a hidden cell, as Statistics Sweden prints it


def text(value: Value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return thousands(value)
    if isinstance(value, Count):
        return thousands(value.value)
    if isinstance(value, Share):
        return percent(value.value, value.places)
    if isinstance(value, Decimal):
        sign = "+" if value.signed and value.value >= 0 else ""
        return sign + f"{value.value:.{value.places}f}".replace(".", ",").replace("-", "−")
    if isinstance(value, Day):
        return value.value.isoformat()
    return str(value)


def spreadsheet(value: Value) -> tuple[object, str | None]:
    """(value, number format) for an xlsx cell: numbers as numbers, a share as a
    percentage with the decimals it is printed with, a date as a date."""
    if isinstance(value, (bool, str)):
        return str(value), None
    if isinstance(value, int):
        return value, "#,##0"
    if isinstance(value, Count):
        return value.value, "#,##0"
    if isinstance(value, Share):
        if value.value is None:
            return "–", None
        shown = percent(value.value, value.places)
        places = len(shown.split(",")[1].split()[0]) if "," in shown else 0
        return value.value, "0." + "0" * places + "%" if places else "0%"
    if isinstance(value, Decimal):
        return value.value, "0." + "0" * value.places if value.places else "0"
    if isinstance(value, Day):
        return value.value, "yyyy-mm-dd"
    return str(value), None


def csv_value(value: Value) -> object:
    """A CSV cell as Swedish Excel reads it: whole numbers bare, the rest as printed."""
    if isinstance(value, Count):
        return value.value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return text(value)


def with_percent_places(document, places: int):
    """The document with every share printed with the unit's decimals (a share that
    asks for its own, as a cost share's two, keeps them)."""
    from dataclasses import replace

    from desktop_app.reports.document import DEFAULT_PLACES

    def cell(value):
        if isinstance(value, Share) and value.places == DEFAULT_PLACES:
            return replace(value, places=places)
        return value

    def section(s):
        table = s.table
        if table is not None:
            table = replace(table, rows=[[cell(c) for c in row] for row in table.rows])
        return replace(s, facts=[(k, cell(v)) for k, v in s.facts], table=table)

    if places == DEFAULT_PLACES:
        return document
    return replace(document, sections=[section(s) for s in document.sections])

"""Reports layer: for reports that leave the unit, counts below a threshold (default 3)
are shown as "<3" so that no single person can be recognised from a small number."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.reports.document import Document, Section, Table

DEFAULT_THRESHOLD = 3


def mask(text: str, threshold: int = DEFAULT_THRESHOLD) -> str:
    stripped = text.strip()
    if stripped.isdigit() and 0 < int(stripped) < threshold:
        return f"<{threshold}"
    return text


def _table(table: Table, threshold: int) -> Table:
    return replace(
        table, rows=[[row[0], *(mask(c, threshold) for c in row[1:])] for row in table.rows]
    )


def _section(section: Section, threshold: int) -> Section:
    return replace(
        section,
        facts=[(k, mask(v, threshold)) for k, v in section.facts],
        table=_table(section.table, threshold) if section.table else None,
    )


def suppress(document: Document, threshold: int = DEFAULT_THRESHOLD) -> Document:
    """The same document with every small count (a bare number below the threshold,
    not in a row's first column) replaced by "<threshold"."""
    return replace(document, sections=[_section(s, threshold) for s in document.sections])

"""Reports layer: small counts hidden in any typed document that leaves the unit (the
client, per-municipality and yearly reports). Each section is one disclosure problem
(``disclosure.suppress``): its person counts (``Count(persons=True)``) below the
threshold are hidden, then whatever would give them back through the sums the section
prints: a breakdown's column adding up to its ``total``, a Summa row, facts that add up
(``Section.sums``). A share of a hidden count is hidden with it, and so is a mean over
its persons (a mean age), also over a count not printed that is itself small. Every hidden cell reads
".." and the document keeps its shape (the same rows and columns either way)."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.reports.disclosure import DEFAULT_THRESHOLD, HIDDEN, Equation, suppress
from desktop_app.reports.document import Count, Decimal, Document, Section, Share

_TOTAL = ("total", 0, 0)  # the breakdown's total: printed elsewhere, never hidden here


def _cells(section: Section) -> dict[tuple, object]:
    cells: dict[tuple, object] = {("f", n, 0): v for n, (_, v) in enumerate(section.facts)}
    if section.table is not None:
        for r, row in enumerate(section.table.rows):
            cells.update({("t", r, c): v for c, v in enumerate(row)})
    return cells


def _equations(section: Section, cells: dict[tuple, object]) -> list[Equation]:
    equations = [
        Equation(tuple(("f", p, 0) for p in parts), ("f", total, 0))
        for total, parts in section.sums
    ]
    table = section.table
    if table is None or not table.rows:
        return equations
    columns = {c for (kind, _, c), v in cells.items() if kind == "t" and isinstance(v, Count)}
    rows = len(table.rows)
    for c in sorted(columns):
        if table.sums:  # the last row is the Summa of the rows above
            members = tuple(("t", r, c) for r in range(rows - 1))
            equations.append(Equation(members, ("t", rows - 1, c)))
        elif table.total is not None and (table.row_sums is None or c == table.row_sums[0]):
            equations.append(Equation(tuple(("t", r, c) for r in range(rows)), _TOTAL))
    if table.row_sums is not None:
        across, parts = table.row_sums
        for r in range(rows):
            equations.append(Equation(tuple(("t", r, c) for c in parts), ("t", r, across)))
    return equations


def hidden_in(section: Section, threshold: int = DEFAULT_THRESHOLD) -> set[tuple]:
    cells = _cells(section)
    counts = {k: v for k, v in cells.items() if isinstance(v, Count)}
    values = {k: v.value for k, v in counts.items()}
    if section.table is not None and section.table.total is not None:
        values[_TOTAL] = section.table.total.value
    equations = [
        e for e in _equations(section, cells) if all(m in values for m in (*e.members, e.total))
    ]
    sensitive = [k for k, v in counts.items() if v.persons]
    hidden = suppress(values, equations, sensitive, threshold)
    if _TOTAL in hidden:  # the total is printed elsewhere: hide the whole breakdown instead
        hidden = {k for k in counts if k[0] == "t" and values[k] > 0} | (hidden - {_TOTAL})
    printed = {id(v) for v in counts.values()}
    shares = {
        k
        for k, v in cells.items()
        if isinstance(v, (Share, Decimal))
        and v.of is not None
        and (
            _id_in(v.of, counts, hidden)
            or (id(v.of) not in printed and v.of.persons and 0 < v.of.value < threshold)
        )
    }
    return hidden | shares


def _id_in(count: Count, counts: dict[tuple, Count], hidden: set[tuple]) -> bool:
    return any(counts[k] is count for k in hidden if k in counts)


def _apply(section: Section, hidden: set[tuple]) -> Section:
    if not hidden:
        return section
    facts = [
        (name, HIDDEN if ("f", n, 0) in hidden else v) for n, (name, v) in enumerate(section.facts)
    ]
    table = section.table
    if table is not None:
        rows = [
            [HIDDEN if ("t", r, c) in hidden else v for c, v in enumerate(row)]
            for r, row in enumerate(table.rows)
        ]
        table = replace(table, rows=rows)
    return replace(section, facts=facts, table=table)


def suppress_document(
    document: Document, threshold: int = DEFAULT_THRESHOLD, note: str = ""
) -> Document:
    """The same document with small person counts, and what would give them away, hidden;
    ``note`` (what ".." means) is added as the last line when anything was hidden."""
    sections = [_apply(s, hidden_in(s, threshold)) for s in document.sections]
    if sections != document.sections and note:
        sections.append(Section("", paragraphs=[note]))
    return replace(document, sections=sections)

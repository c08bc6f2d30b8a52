"""Reports layer: disclosure control for tables of counts, as statistical offices do it.

A table is its cells and the equations its printed totals make (a row's cells add up to
its total cell; a column's to its total row). **Primary** suppression hides every
person count below the threshold (1 or 2 of 3: zero is no person). **Secondary**
suppression then hides more cells until no hidden value can be worked out from what is
printed: every hidden cell must sit in a cycle of hidden cells, so each equation that
holds one holds at least two. Hidden cells print alike (".."), so a reader cannot tell a
small count from a secondary one, and learns nothing but that each is a count.

``determined`` is the attack: it solves the printed equations (exact fractions) and
returns every hidden cell whose value follows; the tests require it to find none.

Written by hand (a greedy heuristic and Gaussian elimination): Python has no well-kept
library for cell suppression (sdcTable and tau-Argus are R and Java), and the tables
here are small.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

Cell = tuple[int, int]
HIDDEN = ".."
DEFAULT_THRESHOLD = 3


@dataclass(frozen=True)
class Equation:
    """``members`` add up to ``total`` (a printed total cell)."""

    members: tuple[Cell, ...]
    total: Cell


def grid_equations(rows: int, columns: int, row_totals: bool, column_totals: bool) -> list:
    """The equations of a grid whose last column holds each row's total and/or whose
    last row holds each column's total (the corner is then both)."""
    body_rows = rows - 1 if column_totals else rows
    body_columns = columns - 1 if row_totals else columns
    equations = []
    if row_totals:
        for r in range(rows):
            members = tuple((r, c) for c in range(body_columns))
            equations.append(Equation(members, (r, columns - 1)))
    if column_totals:
        for c in range(columns):
            members = tuple((r, c) for r in range(body_rows))
            equations.append(Equation(members, (rows - 1, c)))
    return equations


def suppress(
    values: dict[Cell, int],
    equations: Iterable[Equation],
    sensitive: Iterable[Cell],
    threshold: int = DEFAULT_THRESHOLD,
) -> set[Cell]:
    """The cells to hide: the sensitive cells below ``threshold`` (not zero), then as
    many more as it takes that no hidden value can be worked out. A secondary cell is
    the smallest non-zero cell of an equation that would give a hidden one away (a total
    only when nothing else is left), so as little as possible is lost."""
    equations = list(equations)
    hidden = {c for c in sensitive if 0 < values[c] < threshold}
    while True:
        _no_lone_hidden(values, equations, hidden)
        exposed = determined(values, equations, hidden)
        if not exposed:
            return hidden
        # A hidden value still follows from several equations together: hide one more
        # cell in an equation of the first such cell, and look again.
        cell = min(exposed)
        eq = next(e for e in equations if cell in e.members or cell == e.total)
        before = len(hidden)
        _hide_one_more(values, eq, hidden)
        if len(hidden) == before:  # the equation is all hidden: widen to another one
            for other in equations:
                if cell in other.members or cell == other.total:
                    _hide_one_more(values, other, hidden)
            if len(hidden) == before:
                raise AssertionError("no cell left to hide")  # cannot happen: see tests


def _no_lone_hidden(values: dict[Cell, int], equations: list, hidden: set[Cell]) -> None:
    """Hide cells until no equation holds exactly one hidden cell."""
    changed = True
    while changed:
        changed = False
        for eq in equations:
            if sum(1 for c in (*eq.members, eq.total) if c in hidden) == 1:
                changed = _hide_one_more(values, eq, hidden) or changed


def _hide_one_more(values: dict[Cell, int], eq: Equation, hidden: set[Cell]) -> bool:
    candidates = [c for c in eq.members if c not in hidden and values[c] > 0]
    if not candidates and eq.total not in hidden:
        candidates = [eq.total]
    if not candidates:  # only zeros besides: one of them, so the sum stays open
        candidates = [c for c in eq.members if c not in hidden]
    if not candidates:
        return False
    hidden.add(min(candidates, key=lambda c: (values[c], c)))
    return True


def determined(
    values: dict[Cell, int], equations: Iterable[Equation], hidden: set[Cell]
) -> set[Cell]:
    """The hidden cells an attacker can work out exactly from the printed cells and the
    equations (linear algebra over the hidden cells as unknowns)."""
    unknowns = sorted(hidden)
    index = {c: n for n, c in enumerate(unknowns)}
    rows: list[list[Fraction]] = []
    for eq in equations:
        row = [Fraction(0)] * (len(unknowns) + 1)  # the last: the right-hand side
        for cell, sign in [(m, 1) for m in eq.members] + [(eq.total, -1)]:
            if cell in index:
                row[index[cell]] += sign
            else:
                row[-1] -= sign * values[cell]
        if any(row[:-1]):
            rows.append(row)
    pivots = _reduce(rows, len(unknowns))
    found = set()
    for row, column in pivots:
        if all(v == 0 for n, v in enumerate(row[:-1]) if n != column):
            found.add(unknowns[column])
    return found


def _reduce(rows: list[list[Fraction]], width: int) -> list[tuple[list[Fraction], int]]:
    """Reduced row echelon form in place; the (row, pivot column) pairs."""
    pivots = []
    top = 0
    for column in range(width):
        pick = next((r for r in range(top, len(rows)) if rows[r][column] != 0), None)
        if pick is None:
            continue
        rows[top], rows[pick] = rows[pick], rows[top]
        lead = rows[top][column]
        rows[top] = [v / lead for v in rows[top]]
        for r in range(len(rows)):
            if r != top and rows[r][column] != 0:
                factor = rows[r][column]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[top], strict=True)]
        pivots.append((top, column))
        top += 1
    return [(rows[r], column) for r, column in pivots]  # the rows as finally reduced

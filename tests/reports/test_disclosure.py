"""Disclosure control: the attack (solving a table's printed equations) finds no hidden
value, for random tables with row totals, column totals or both, and every small person
count is hidden."""

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.reports.disclosure import Equation, determined, grid_equations, suppress


def _table(body: list[list[int]], row_totals: bool, column_totals: bool) -> dict:
    rows = [list(r) + ([sum(r)] if row_totals else []) for r in body]
    if column_totals:
        rows.append([sum(r[c] for r in rows) for c in range(len(rows[0]))])
    return (
        {(r, c): v for r, row in enumerate(rows) for c, v in enumerate(row)},
        len(rows),
        len(rows[0]),
    )


def test_the_attack_finds_a_lone_hidden_cell():
    values = {(0, 0): 1, (0, 1): 5, (0, 2): 6}
    equations = [Equation(((0, 0), (0, 1)), (0, 2))]
    assert determined(values, equations, {(0, 0)}) == {(0, 0)}
    assert determined(values, equations, {(0, 0), (0, 1)}) == set()


def test_the_attack_sees_through_two_equations():
    # 2 × 2 with both totals: hiding one cell and its row total still gives it away
    # through its column.
    values, rows, columns = _table([[1, 4], [6, 7]], True, True)
    equations = grid_equations(rows, columns, True, True)
    assert (0, 0) in determined(values, equations, {(0, 0), (0, 2)})


def test_a_lone_small_count_and_its_row_total_are_hidden():
    values, rows, columns = _table([[0, 0, 1, 0]], True, False)
    equations = grid_equations(rows, columns, True, False)
    hidden = suppress(values, equations, list(values))
    assert hidden == {(0, 2), (0, 4)}  # the one person and the year's total


def test_two_hidden_cells_in_a_row_keep_the_total():
    values, rows, columns = _table([[1, 9, 0, 4]], True, False)
    equations = grid_equations(rows, columns, True, False)
    hidden = suppress(values, equations, list(values))
    assert hidden == {(0, 0), (0, 3)}  # the 1 and the smallest other, not the total
    assert determined(values, equations, hidden) == set()


small = st.integers(min_value=0, max_value=12) | st.integers(min_value=0, max_value=3)


@settings(max_examples=300, deadline=None)
@given(
    body=st.integers(min_value=1, max_value=6).flatmap(
        lambda width: st.lists(
            st.lists(small, min_size=width, max_size=width), min_size=1, max_size=6
        )
    ),
    row_totals=st.booleans(),
    column_totals=st.booleans(),
    threshold=st.sampled_from([3, 5]),
)
def test_no_hidden_value_can_be_worked_out(body, row_totals, column_totals, threshold):
    values, rows, columns = _table(body, row_totals, column_totals)
    equations = grid_equations(rows, columns, row_totals, column_totals)
    hidden = suppress(values, equations, list(values), threshold)
    assert all(c in hidden for c, v in values.items() if 0 < v < threshold)
    assert determined(values, equations, hidden) == set()


def test_the_demo_key_figures_hide_nothing_derivable_in_any_month_or_quarter(tmp_path):
    from datetime import date

    from desktop_app.core.domain import periods
    from desktop_app.core.domain.measures import DISTINCT, PERSON_COUNTS
    from desktop_app.demo.generator import DEMO_ACCOUNTS, DemoSpec, build_demo
    from desktop_app.reports.key_figures import hidden_cells
    from desktop_app.session import Gatekeeper

    path = tmp_path / "demo.db"
    build_demo(path, DemoSpec(clients=6, years=1, contacts=25))  # small: small counts
    session = Gatekeeper(path).login("admin", DEMO_ACCOUNTS[0].password)
    try:
        year = date.today().year
        chosen = [periods.quarter(year, q) for q in range(1, 5)]
        chosen += [periods.month(year, m) for m in range(1, 13)]
        chosen.append(periods.year(year))
        hid_something = False
        for period in chosen:
            table = session.statistics.key_figures(period)
            hidden = hidden_cells(table)
            width = len(table.months)
            values = {
                (n, c): v
                for n, line in enumerate(table.lines)
                for c, v in enumerate((*line.values, line.total))
            }
            equations = [
                Equation(tuple((n, c) for c in range(width)), (n, width))
                for n, line in enumerate(table.lines)
                if line.row.measure not in DISTINCT
            ]
            for (n, c), v in values.items():
                if table.lines[n].row.measure in PERSON_COUNTS and 0 < v < 3:
                    assert (n, c) in hidden, (period.label, n, c)
            assert determined(values, equations, hidden) == set(), period.label
            hid_something |= bool(hidden)
        assert hid_something  # the demo has small counts: the check is not empty
    finally:
        session.close()


def test_reports_of_one_period_reconcile_on_the_demo(tmp_path):
    """One meaning per word: the per-municipality report's clients, relatives and
    contacts add up to the client report's and the key figures' for the same period."""
    from datetime import date

    from desktop_app.core.domain import periods
    from desktop_app.core.domain.measures import Measure
    from desktop_app.demo.generator import DEMO_ACCOUNTS, DemoSpec, build_demo
    from desktop_app.session import Gatekeeper

    path = tmp_path / "demo.db"
    build_demo(path, DemoSpec(clients=40, years=1, contacts=200))
    session = Gatekeeper(path).login("admin", DEMO_ACCOUNTS[0].password)
    try:
        year = date.today().year
        for period in [periods.year(year), *periods.inside(periods.year(year))]:
            stats = session.statistics
            lines = stats.municipalities(period).lines
            clients = stats.clients(period)
            _, counselling = stats.monthly(Measure.COUNSELLING, period)
            assert sum(x.clients for x in lines) == clients.clients, period.label
            assert sum(x.relatives for x in lines) == clients.relatives, period.label
            assert sum(x.contacts for x in lines) == counselling, period.label
            assert clients.contacts + clients.unregistered_contacts == counselling
    finally:
        session.close()

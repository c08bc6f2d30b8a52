"""The statistics queries read a year from the month-led covering indexes, not the tables."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.domain.measures import Measure
from desktop_app.storage.repos import stats_repo


@pytest.mark.parametrize(
    "measure",
    [Measure.COUNSELLING, Measure.UNIQUE_CLIENTS, Measure.OUTREACH_CONTACTS, Measure.EDUCATION],
)
def test_a_years_figure_is_read_from_a_covering_index(vault, measure):
    sql = stats_repo.QUERIES[measure].monthly
    params = stats_repo._params(sql, date(2025, 1, 1), date(2025, 12, 31))
    plan = " ".join(
        r[3] for r in vault.session.vault.db.execute(f"EXPLAIN QUERY PLAN {sql}", params)
    )
    assert "COVERING INDEX" in plan and "_month_day" in plan, plan
    assert "TEMP B-TREE FOR GROUP BY" not in plan, plan  # months come in index order


def test_every_measure_is_one_catalogue_row_and_its_queries():
    """A new measure is a row of the catalogue (text, permission, how it counts) and its
    queries here: nothing else to touch (the English text aside)."""
    from desktop_app.core.domain.measures import CATALOGUE
    from desktop_app.core.services.statistics_service import StatisticsService
    from desktop_app.messages import MEASURES

    assert set(CATALOGUE) == set(Measure) == set(stats_repo.QUERIES)
    assert set(MEASURES) == {m.value for m in Measure}
    assert {m: s.drill for m, s in CATALOGUE.items()} == StatisticsService.DRILL_PERMISSION
    for measure, spec in CATALOGUE.items():
        queries = stats_repo.QUERIES[measure]
        assert queries.monthly and queries.drill
        assert (queries.total is not None) == spec.distinct, measure

"""Backup rotation (pure): what is kept, for any set of backup times."""

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.domain.backup_rotation import RotationPolicy, backups_to_keep

times = st.lists(
    st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 1, 1)), max_size=80
)
policies = st.builds(RotationPolicy, st.integers(0, 10), st.integers(0, 6), st.integers(0, 14))


@given(times, policies)
def test_kept_is_bounded_and_always_holds_the_newest(stamps, policy):
    keep = backups_to_keep(stamps, policy)
    assert keep <= set(stamps)
    assert len(keep) <= max(1, policy.daily + policy.weekly + policy.monthly + 1)
    if stamps:
        assert max(stamps) in keep
    for day in {s.date() for s in stamps}:
        newest_that_day = max(s for s in stamps if s.date() == day)
        days_newer = {s.date() for s in stamps if s.date() > day}
        if len(days_newer) < policy.daily:
            assert newest_that_day in keep


def test_a_year_of_daily_backups_keeps_seven_four_and_twelve():
    start = datetime(2026, 1, 1, 17, 0)
    stamps = [start + timedelta(days=d) for d in range(365)]
    keep = backups_to_keep(stamps, RotationPolicy())
    assert 12 <= len(keep) <= 7 + 4 + 12
    assert {start + timedelta(days=d) for d in range(358, 365)} <= keep
    assert len({(s.year, s.month) for s in keep}) == 12

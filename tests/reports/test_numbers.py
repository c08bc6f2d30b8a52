"""Percentages as people round them."""

from desktop_app.reports.numbers import percent


def test_half_up_with_one_decimal_and_no_trailing_zero():
    assert percent(0.125) == "12,5 %"
    assert percent(0.125, 0) == "13 %"  # half up: Python's round gives 12
    assert percent(0.4105) == "41,1 %"
    assert percent(0.5) == "50 %"
    assert percent(2 / 3) == "66,7 %"
    assert percent(None) == "–"

"""Core layer: report periods: month, quarter, year, custom, "förra kvartalet",
"hittills i år", and the months a period spans."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    kind: PeriodKind = PeriodKind.CUSTOM

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period cannot end before it starts")

    @property
    def label(self) -> str:
        if self.kind == PeriodKind.YEAR:
            return str(self.start.year)
        if self.kind == PeriodKind.QUARTER:
            return f"{self.start.year}Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == PeriodKind.MONTH:
            return self.start.strftime("%Y-%m")
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    def months(self) -> list[tuple[int, int]]:
        months, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    def shifted_years(self, years: int) -> Period:
        """The same period ``years`` earlier (29 February becomes the 28th)."""
        return Period(_shift(self.start, years), _shift(self.end, years), self.kind)


def _shift(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def inside(period: Period) -> list[Period]:
    """The quarters and months wholly inside ``period`` (not the period itself): a
    frozen year freezes them too."""
    found = []
    for y, m in period.months():
        candidates = [month(y, m)]
        if m % 3 == 1:
            candidates.append(quarter(y, (m - 1) // 3 + 1))
        found += [
            p for p in candidates if period.start <= p.start and p.end <= period.end and p != period
        ]
    return found


def month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)


def month(year: int, month_number: int) -> Period:
    return Period(date(year, month_number, 1), month_end(year, month_number), PeriodKind.MONTH)


def quarter(year: int, number: int) -> Period:
    if not 1 <= number <= 4:
        raise ValueError("quarter 1–4")
    first = 3 * (number - 1) + 1
    return Period(date(year, first, 1), month_end(year, first + 2), PeriodKind.QUARTER)


def year(number: int) -> Period:
    return Period(date(number, 1, 1), date(number, 12, 31), PeriodKind.YEAR)


def previous_quarter(today: date) -> Period:
    current = (today.month - 1) // 3 + 1
    return quarter(today.year - 1, 4) if current == 1 else quarter(today.year, current - 1)


def year_to_date(today: date) -> Period:
    return Period(date(today.year, 1, 1), today, PeriodKind.CUSTOM)


def parse_quarter(text: str) -> Period:
    """ "2009Q3" → the third quarter of 2009."""
    text = text.strip().upper()
    if len(text) != 6 or text[4] != "Q" or not text[:4].isdigit() or text[5] not in "1234":
        raise ValueError(text)
    return quarter(int(text[:4]), int(text[5]))

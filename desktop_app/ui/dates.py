"""UI layer: the Swedish date and time texts of ``reports.dates``, translated by Qt."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.reports import dates


def tr_dates(text: str) -> str:
    return QCoreApplication.translate("Dates", text)


def day_text(day: date, *, year: bool = True) -> str:
    return dates.day_text(day, tr_dates, year=year)


def span_text(start: datetime, end: datetime) -> str:
    return dates.span_text(start, end, tr_dates)


def moment_text(at: datetime) -> str:
    return dates.moment_text(at, tr_dates)


def short_moment_text(at: datetime) -> str:
    return dates.short_moment_text(at, tr_dates, date.today().year)

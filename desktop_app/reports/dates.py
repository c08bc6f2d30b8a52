"""Reports layer: dates and times as Swedish print writes them: "lör 16 jan 2027",
"18.00–20.30" (no Qt: the caller's ``tr`` translates the words, context "Dates")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's marker)
    return text


Tr = Callable[[str], str]
DAYS = (
    QT_TRANSLATE_NOOP("Dates", "mån"),
    QT_TRANSLATE_NOOP("Dates", "tis"),
    QT_TRANSLATE_NOOP("Dates", "ons"),
    QT_TRANSLATE_NOOP("Dates", "tor"),
    QT_TRANSLATE_NOOP("Dates", "fre"),
    QT_TRANSLATE_NOOP("Dates", "lör"),
    QT_TRANSLATE_NOOP("Dates", "sön"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "jan"),
    QT_TRANSLATE_NOOP("Dates", "feb"),
    QT_TRANSLATE_NOOP("Dates", "mar"),
    QT_TRANSLATE_NOOP("Dates", "apr"),
    QT_TRANSLATE_NOOP("Dates", "maj"),
    QT_TRANSLATE_NOOP("Dates", "jun"),
    QT_TRANSLATE_NOOP("Dates", "jul"),
    QT_TRANSLATE_NOOP("Dates", "aug"),
    QT_TRANSLATE_NOOP("Dates", "sep"),
    QT_TRANSLATE_NOOP("Dates", "okt"),
    QT_TRANSLATE_NOOP("Dates", "nov"),
    QT_TRANSLATE_NOOP("Dates", "dec"),
)

AT = QT_TRANSLATE_NOOP("Dates", "kl.")


def _same(text: str) -> str:
    return text


def day_text(day: date, tr: Tr = _same, *, year: bool = True) -> str:
    """ "lör 16 jan 2027" (without the year when ``year`` is false)."""
    text = f"{tr(DAYS[day.weekday()])} {day.day} {tr(MONTHS[day.month - 1])}"
    return f"{text} {day.year}" if year else text


def clock_text(at: datetime) -> str:
    """ "18.00": the Swedish way of writing a time of day."""
    return f"{at.hour:02d}.{at.minute:02d}"


def span_text(start: datetime, end: datetime, tr: Tr = _same) -> str:
    """ "lör 16 jan 2027, 18.00–20.30" (an end on another day gets its own date)."""
    if end.date() != start.date():
        return f"{day_text(start.date(), tr)}, {clock_text(start)} – {moment_text(end, tr)}"
    return f"{day_text(start.date(), tr)}, {clock_text(start)}–{clock_text(end)}"


def moment_text(at: datetime, tr: Tr = _same) -> str:
    """ "lör 16 jan 2027 kl. 18.00"."""
    return f"{day_text(at.date(), tr)} {tr(AT)} {clock_text(at)}"


def short_moment_text(at: datetime, tr: Tr = _same, this_year: int | None = None) -> str:
    """For a list: "lör 16 jan 18.00" (the year only when it is not ``this_year``)."""
    return f"{day_text(at.date(), tr, year=at.year != this_year)} {clock_text(at)}"

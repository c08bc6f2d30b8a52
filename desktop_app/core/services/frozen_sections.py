"""Core layer: the yearly report's other sections (access, outcomes, courses and groups,
outreach) as a frozen period keeps them, as JSON-ready dicts and back, so a purge after
freezing changes none of them."""

from __future__ import annotations

from dataclasses import asdict

from desktop_app.core.domain.outreach_persons import MetGroup
from desktop_app.core.domain.report_sections import (
    AccessReport,
    ActivityLine,
    CoursesReport,
    OutcomeLine,
    OutreachReport,
)

KEPT = ("access", "outcomes", "courses", "outreach")


def to_dict(name: str, value) -> object:
    if name == "outcomes":
        return [asdict(line) for line in value]
    return asdict(value)


def from_dict(name: str, data):
    if name == "access":
        return AccessReport(**data)
    if name == "outcomes":
        return [OutcomeLine(**line) for line in data]
    if name == "courses":
        return CoursesReport(
            [ActivityLine(**line) for line in data["lines"]],
            dict(data["municipalities"]),
            dict(data["districts"]),
            [tuple(q) for q in data["questionnaire"]],
        )
    return OutreachReport(
        **{
            **data,
            "by_audience": {k: tuple(v) for k, v in data["by_audience"].items()},
            "materials": tuple(tuple(m) for m in data.get("materials", ())),
            "counters": tuple(tuple(c) for c in data.get("counters", ())),
            "met": tuple(MetGroup(**m) for m in data.get("met", ())),
            "consultations_by_year": data.get("consultations_by_year", {}),
            "consultations_by_municipality": data.get("consultations_by_municipality", {}),
        }
    )

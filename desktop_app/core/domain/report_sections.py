"""Core layer: the report sections beyond the key figures: access, outcomes, courses and
groups, outreach and education. Numbers only."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.domain.outreach_persons import MetGroup


@dataclass(frozen=True)
class AccessReport:
    requests: int  # new requests for help in the period
    offered: int  # of which a first time has been offered
    within_limit: int  # offered within 7 days (24 hours for under-18s)
    still_waiting: int
    median_days: float | None
    longest_days: int | None

    @property
    def share_within_limit(self) -> float | None:
        return self.within_limit / self.offered if self.offered else None


@dataclass(frozen=True)
class OutcomeLine:
    question: str  # a built-in key or the unit's own question text
    builtin: bool
    answers: dict[str, int]  # answer value -> count

    @property
    def answered(self) -> int:
        return sum(self.answers.values())

    def share(self, answer: str) -> float | None:
        return self.answers.get(answer, 0) / self.answered if self.answered else None


@dataclass(frozen=True)
class ActivityLine:
    name: str
    kind: str
    meetings_held: int
    participants: int
    unique_persons: int
    attendances: int
    attendance_rate: float | None
    no_shows: int
    completed: bool


@dataclass(frozen=True)
class CoursesReport:
    lines: list[ActivityLine] = field(default_factory=list)
    # Each activity's unique persons by home municipality (code) and city district: a
    # person in two activities counts in both, as in each course's own summary.
    municipalities: dict[str, int] = field(default_factory=dict)
    districts: dict[str, int] = field(default_factory=dict)
    # (activity, statement, mean before, mean after, persons who answered both)
    questionnaire: list[tuple[str, str, float, float, int]] = field(default_factory=list)

    @property
    def occasions(self) -> int:
        return sum(1 for line in self.lines if line.kind == "course")

    @property
    def attendances(self) -> int:
        return sum(line.attendances for line in self.lines)


@dataclass(frozen=True)
class OutreachReport:
    contacts: int
    new_persons: int
    packages: int
    education_occasions: int
    education_participants: int
    consultations: int
    by_audience: dict[str, tuple[int, int]] = field(default_factory=dict)  # occasions, people
    by_arena: dict[str, int] = field(default_factory=dict)
    # (material, handed out in the period, the stock acquired): "78 (av 100)"
    materials: tuple[tuple[str, int, int], ...] = ()
    counters: tuple[tuple[str, int], ...] = ()  # the unit's own counts: (name, sum)
    # women, men, others met; mails, sms, replies; ads seen, new, by gender and age
    counts: dict[str, int] = field(default_factory=dict)
    # persons of the pseudonymous register met in the period, per gender
    met: tuple[MetGroup, ...] = ()
    # consultations to professionals: year -> municipality group (CostSharing.group, or
    # "all" without an agreement) -> count; and per municipality code
    consultations_by_year: dict[str, dict[str, int]] = field(default_factory=dict)
    consultations_by_municipality: dict[str, int] = field(default_factory=dict)
    home: str | None = None  # the agreement's own municipality

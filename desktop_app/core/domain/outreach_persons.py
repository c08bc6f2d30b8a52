"""Core layer: the optional pseudonymous register of persons met in outreach: an alias
the team recognises (no name needed), gender, birth year and the day first met, ticked
on each outreach day they were met; so unique persons, new persons and ages can be
counted per period ("43 kvinnor, varav 14 helt nya")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.core.domain.client_enums import Gender
from desktop_app.core.domain.ids import OutreachPersonId


@dataclass(frozen=True)
class OutreachPersonDraft:
    alias: str
    gender: Gender = Gender.NOT_STATED
    birth_year: int | None = None
    first_met: date | None = None  # None: the day of the first outreach they are ticked on


@dataclass(frozen=True)
class OutreachPerson:
    id: OutreachPersonId
    draft: OutreachPersonDraft
    last_met: date | None = None
    days_met: int = 0

    @property
    def shown(self) -> str:
        """The alias, or after purging (the alias wiped) the person's number."""
        return self.draft.alias or f"#{self.id}"


@dataclass(frozen=True)
class MetPerson:
    """One person met in a period, as the figures need them (no alias)."""

    gender: Gender
    birth_year: int | None
    first_met: date


@dataclass(frozen=True)
class MetGroup:
    """Persons of one gender met in a period: how many, how many met for the first time,
    how many under 18, and the mean age of the new and of the others (None: unknown)."""

    gender: str
    persons: int
    new: int
    under_18: int
    mean_age_new: float | None
    mean_age_others: float | None


def _mean(ages: list[int]) -> float | None:
    return sum(ages) / len(ages) if ages else None


def met_groups(persons: list[MetPerson], start: date, end: date) -> tuple[MetGroup, ...]:
    """Per gender (in Gender's order), each person once, then everyone ("all");
    ages at the period's end."""
    groups = []
    for gender in (*Gender, "all"):
        mine = [p for p in persons if gender == "all" or p.gender == gender]
        if not mine:
            continue
        new = [p for p in mine if start <= p.first_met <= end]
        others = [p for p in mine if p.first_met < start]
        age = lambda p: end.year - p.birth_year  # noqa: E731
        groups.append(
            MetGroup(
                str(gender),
                len(mine),
                len(new),
                sum(1 for p in mine if p.birth_year is not None and age(p) < 18),
                _mean([age(p) for p in new if p.birth_year is not None]),
                _mean([age(p) for p in others if p.birth_year is not None]),
            )
        )
    return tuple(groups)

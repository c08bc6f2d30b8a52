"""Core layer: municipalities sharing a unit's cost by population (source 001, Bilaga 2:
4.0 MSEK over 26 municipalities by their population on 31 December 2018)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

SETTING = "cost_sharing"  # where the unit's agreement is kept, as JSON


@dataclass(frozen=True)
class CostSharing:
    total_cost: int  # kronor a year
    as_of: date  # the date of the population figures
    parties: tuple[tuple[str, int], ...]  # (municipality code, population)
    # the unit's own municipality (its city): reported apart from the other parties, as
    # in "4 från Stockholms kommun, 4 från kranskommunerna, 12 från andra städer"
    home: str | None = None

    def group(self, code: str) -> str:
        """A municipality's group: "home", "agreement" (another party), "other", or
        "unknown"."""
        if code in ("unknown", "", None):
            return "unknown"
        if code == self.home:
            return "home"
        return "agreement" if code in dict(self.parties) else "other"

    @property
    def population(self) -> int:
        return sum(p for _, p in self.parties)

    def share(self, code: str) -> float | None:
        population = dict(self.parties).get(code)
        return population / self.population if population is not None and self.population else None

    def cost(self, code: str) -> int | None:
        share = self.share(code)
        return round(self.total_cost * share) if share is not None else None


def sharing_from_json(stored: str | None) -> CostSharing | None:
    if not stored:
        return None
    data = json.loads(stored)
    return CostSharing(
        data["total_cost"],
        date.fromisoformat(data["as_of"]),
        tuple((c, p) for c, p in data["parties"]),
        data.get("home"),
    )


def sharing_to_json(sharing: CostSharing) -> str:
    return json.dumps(
        {
            "total_cost": sharing.total_cost,
            "as_of": sharing.as_of.isoformat(),
            "parties": [list(p) for p in sharing.parties],
            "home": sharing.home,
        }
    )


@dataclass(frozen=True)
class MunicipalityLine:
    code: str
    clients: int
    contacts: int
    participants: int
    population_share: float | None  # of the agreement's parties
    cost: int | None
    use_share: float | None  # share of the parties' clients
    relatives: int = 0  # relatives are counted apart from clients, as in the client report


@dataclass(frozen=True)
class MunicipalityReport:
    lines: tuple[MunicipalityLine, ...]
    sharing: CostSharing | None

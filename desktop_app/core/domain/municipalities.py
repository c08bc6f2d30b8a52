"""Core layer: Sweden's 290 municipalities (SCB codes), read from the bundled CSV."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop_app.core.domain.client_enums import MUNICIPALITY_ABROAD, MUNICIPALITY_UNKNOWN


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str  # "Upplands Väsby kommun"
    short_name: str  # "Upplands Väsby"
    county: str


@cache
def load_municipalities(path: Path) -> tuple[Municipality, ...]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [
            Municipality(
                r["municipality_code"],
                r["municipality_name"],
                r["municipality_name_short"],
                r["county_name"],
            )
            for r in csv.DictReader(fh)
        ]
    return tuple(sorted(rows, key=lambda m: m.short_name))


def valid_municipality_codes(municipalities: tuple[Municipality, ...]) -> frozenset[str]:
    return frozenset(m.code for m in municipalities) | {MUNICIPALITY_UNKNOWN, MUNICIPALITY_ABROAD}

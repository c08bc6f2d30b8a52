"""Reports layer: numbers as Swedish reports print them: "87,5 %" (rounded half up, as
people do, not half to even as Python's round), "4 000 000"."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DEFAULT_DECIMALS = 1


def percent(share: float | None, decimals: int = DEFAULT_DECIMALS, *, trim: bool = True) -> str:
    """``share`` (0.125) as "12,5 %"; "–" for none. ``trim``: "50 %", not "50,0 %"."""
    if share is None:
        return "–"
    exponent = Decimal(1).scaleb(-decimals)
    value = (Decimal(str(share)) * 100).quantize(exponent, rounding=ROUND_HALF_UP)
    text = f"{value:f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",").replace("-", "−") + " %"


def thousands(value: int) -> str:
    """4000000 as "4 000 000" (a no-break space between the groups)."""
    return f"{value:,}".replace(",", "\u00a0")


def nice_step(highest: int, ticks: int) -> int:
    """A round step (1, 2, 5 times a power of ten) so ``ticks`` steps reach ``highest``:
    0, 25, 50, 75, 100 rather than 0, 78, 155, 232, 310; 0–4 for nothing at all."""
    raw = max(highest, 1) / ticks
    magnitude = 1
    while magnitude * 10 <= raw:
        magnitude *= 10
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= raw and float(step).is_integer():
            return max(1, int(step))
    return 10 * magnitude

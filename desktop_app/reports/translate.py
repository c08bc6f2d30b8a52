"""Reports layer: the ``translate(context, text)`` builders take. In the program it is
Qt's ``QCoreApplication.translate`` (lupdate finds the ``translate("Ctx", "…")`` calls in
reports/); on the command line the Swedish stays as written."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from desktop_app.core.domain.municipalities import load_municipalities
from desktop_app.messages import CONTEXT, label
from desktop_app.paths import resource

Translate = Callable[..., str]  # (context, text[, disambiguation, n]) as Qt's translate


def same(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


def labeller(translate: Translate) -> Callable[[object], str]:
    """The translated word for a stored choice (gender, target group …)."""
    return lambda value: label(value, lambda text: translate(CONTEXT, text))


@cache
def municipality_names() -> dict[str, str]:
    return {
        m.code: m.short_name for m in load_municipalities(resource("data", "municipalities.csv"))
    }

"""Core layer: password rules and a strength hint.

The rule is a minimum length (NIST SP 800-63B favours length over composition rules)
and not the username; the hint is a rough 0-4 score for the UI's strength bar.
"""

from __future__ import annotations

import secrets
from enum import IntEnum

from desktop_app.core.errors import ValidationError

MIN_LENGTH = 10
MAX_LENGTH = 256

_COMMON = {
    "password",
    "lösenord",
    "losenord",
    "qwerty",
    "123456",
    "sommar",
    "vinter",
    "hösten",
    "vagval",
    "vägval",
    "admin",
    "welcome",
    "välkommen",
}


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


def strength(password: str) -> Strength:
    if len(password) < MIN_LENGTH:
        return Strength.TOO_SHORT
    lowered = password.casefold()
    if any(word in lowered for word in _COMMON) and len(password) < 16:
        return Strength.WEAK
    classes = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    distinct = len(set(password))
    if distinct < 5:
        return Strength.WEAK
    score = 1 + (len(password) >= 14) + (len(password) >= 20) + (classes >= 3)
    return Strength(min(score, Strength.STRONG))


def validate_new_password(password: str, username: str = "", field: str = "password") -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(field, "too_short", minimum=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise ValidationError(field, "too_long", maximum=MAX_LENGTH)
    if username and username.strip().casefold() in password.casefold():
        raise ValidationError(field, "contains_username")
    if strength(password) <= Strength.WEAK:
        raise ValidationError(field, "too_weak")


def temporary_password() -> str:
    """A password for a new or reset account, to be changed at first login."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    groups = ["".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(4)]
    return "-".join(groups)

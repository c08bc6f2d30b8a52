"""Core layer: checking a client draft. Each problem names its field and what is wrong."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

from personnummer import personnummer

from desktop_app.core.domain.client_enums import MUNICIPALITY_UNKNOWN, CaseKind
from desktop_app.core.domain.clients import ClientDraft, birth_date_of
from desktop_app.core.errors import ValidationError
from desktop_app.core.services.hygiene import clean_text

MAX_NAME = 120
MAX_DISTRICT = 80
OLDEST_BIRTH_YEAR = 1900


_PERSONAL_ID_CHARACTERS = set("0123456789-+ ")
OLDEST_AGE = 120


def _luhn_ok(ten_digits: str) -> bool:
    """The control digit of the last ten digits (Skatteverket's Luhn rule)."""
    total = 0
    for i, ch in enumerate(ten_digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def normalize_personal_id(text: str) -> str:
    """A personnummer or samordningsnummer as 12 digits; raises, saying what is wrong,
    when it is not one. Only ASCII digits: other scripts' digits would be stored and
    never found by a search."""
    cleaned = unicodedata.normalize("NFC", text or "").strip()
    if not cleaned:
        return ""
    if not set(cleaned) <= _PERSONAL_ID_CHARACTERS:
        raise ValidationError("personal_id", "invalid")
    digits = "".join(ch for ch in cleaned if ch.isdigit())
    if len(digits) not in (10, 12):
        raise ValidationError("personal_id", "wrong_length")
    if not _luhn_ok(digits[-10:]):
        raise ValidationError("personal_id", "bad_checksum")
    try:
        parsed = personnummer.parse(cleaned)
    except (personnummer.PersonnummerException, ValueError, TypeError) as exc:
        raise ValidationError("personal_id", "no_date") from exc
    return parsed.format(True)


def validate_client(
    draft: ClientDraft, today: date, municipality_codes: frozenset[str]
) -> ClientDraft:
    name = clean_text("name", draft.name, MAX_NAME)
    personal_id = normalize_personal_id(draft.personal_id)
    if draft.anonymous and (name or personal_id):
        raise ValidationError("name" if name else "personal_id", "anonymous")
    if draft.kind == CaseKind.COUPLE and personal_id:
        raise ValidationError("personal_id", "couple")
    birth_year = draft.birth_year
    born = birth_date_of(personal_id)
    if born is not None:
        if born > today:
            raise ValidationError("personal_id", "in_future")
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        if age > OLDEST_AGE:
            raise ValidationError("personal_id", "implausible_age", age=age)
        birth_year = born.year
    elif birth_year is not None and not OLDEST_BIRTH_YEAR <= birth_year <= today.year:
        rule = "in_future" if birth_year > today.year else "out_of_range"
        raise ValidationError("birth_year", rule, minimum=OLDEST_BIRTH_YEAR, maximum=today.year)
    municipality = draft.municipality or MUNICIPALITY_UNKNOWN
    if municipality not in municipality_codes:
        raise ValidationError("municipality", "invalid")
    if draft.requested_on and draft.requested_on > today:
        raise ValidationError("requested_on", "in_future")
    if draft.first_offered_on:
        if draft.requested_on is None:
            raise ValidationError("requested_on", "required")
        if draft.first_offered_on < draft.requested_on:
            raise ValidationError("first_offered_on", "before_request")
    return replace(
        draft,
        name=name,
        personal_id=personal_id,
        birth_year=birth_year,
        municipality=municipality,
        district=clean_text("district", draft.district, MAX_DISTRICT),
    )

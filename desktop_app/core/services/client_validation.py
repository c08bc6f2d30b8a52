"""Core layer: checking a client draft. Each problem names its field and what is wrong."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from personnummer import personnummer

from desktop_app.core.domain.client_enums import MUNICIPALITY_UNKNOWN, CaseKind
from desktop_app.core.domain.clients import ClientDraft, birth_date_of
from desktop_app.core.errors import ValidationError

MAX_NAME = 120
OLDEST_BIRTH_YEAR = 1900


def normalize_personal_id(text: str) -> str:
    """A personnummer or samordningsnummer as 12 digits; raises when it is not one."""
    cleaned = text.strip()
    if not cleaned:
        return ""
    try:
        parsed = personnummer.parse(cleaned)
    except (personnummer.PersonnummerException, ValueError, TypeError) as exc:
        digits = "".join(ch for ch in cleaned if ch.isdigit())
        code = "wrong_length" if len(digits) not in (10, 12) else "invalid"
        raise ValidationError("personal_id", code) from exc
    return parsed.format(True)


def validate_client(
    draft: ClientDraft, today: date, municipality_codes: frozenset[str]
) -> ClientDraft:
    name = " ".join(draft.name.split())
    personal_id = normalize_personal_id(draft.personal_id)
    if draft.anonymous and (name or personal_id):
        raise ValidationError("name" if name else "personal_id", "anonymous")
    if draft.kind == CaseKind.COUPLE and personal_id:
        raise ValidationError("personal_id", "couple")
    if len(name) > MAX_NAME:
        raise ValidationError("name", "too_long", maximum=MAX_NAME)
    birth_year = draft.birth_year
    born = birth_date_of(personal_id)
    if born is not None:
        if born > today:
            raise ValidationError("personal_id", "in_future")
        birth_year = born.year
    elif birth_year is not None and not OLDEST_BIRTH_YEAR <= birth_year <= today.year:
        code = "in_future" if birth_year > today.year else "out_of_range"
        raise ValidationError("birth_year", code, minimum=OLDEST_BIRTH_YEAR, maximum=today.year)
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
        district=" ".join(draft.district.split()),
    )

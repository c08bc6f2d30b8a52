"""Core layer: what a participant must satisfy, and when two are the same person."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.core.domain.courses import ParticipantDraft
from desktop_app.core.errors import ValidationError
from desktop_app.core.services.hygiene import clean_text

MAX_PARTICIPANT_NAME = 120
MAX_PHONE = 40
MAX_DISTRICT = 80
PHONE_CHARACTERS = frozenset("0123456789+-() ")  # ASCII digits: other digits are never found


def validated_participant(
    draft: ParticipantDraft, municipality_codes: frozenset[str], this_year: int
) -> ParticipantDraft:
    draft = replace(
        draft,
        name=clean_text("name", draft.name, MAX_PARTICIPANT_NAME),
        phone=clean_text("phone", draft.phone, MAX_PHONE),
        district=clean_text("district", draft.district, MAX_DISTRICT),
    )
    if draft.municipality not in municipality_codes:
        raise ValidationError("municipality", "invalid")
    if draft.phone and not all(ch in PHONE_CHARACTERS for ch in draft.phone):
        raise ValidationError("phone", "invalid")
    if draft.birth_year is not None and not 1900 <= draft.birth_year <= this_year:
        raise ValidationError("birth_year", "out_of_range", minimum=1900, maximum=this_year)
    return draft


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def same_person(a: ParticipantDraft, b: ParticipantDraft) -> bool:
    """Same name (the caller checks it) and the same phone or the same birth year."""
    if a.phone and b.phone and _digits(a.phone) == _digits(b.phone):
        return True
    return a.birth_year is not None and a.birth_year == b.birth_year


def contradicts(a: ParticipantDraft, b: ParticipantDraft) -> bool:
    """Two records of one name that cannot be one person: different birth years, or
    different phone numbers."""
    if a.birth_year is not None and b.birth_year is not None and a.birth_year != b.birth_year:
        return True
    return bool(a.phone and b.phone and _digits(a.phone) != _digits(b.phone))

"""Core layer: turn one spreadsheet row into what a service records. Only parsing here
(words, numbers, dates, names); the services validate as for any other entry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.contact_enums import ContactForm
from desktop_app.core.domain.contacts import ContactDraft
from desktop_app.core.domain.ids import MaterialId, UserId
from desktop_app.core.domain.unit_work import (
    ConsultationDraft,
    EducationDraft,
    OutreachDraft,
)
from desktop_app.core.errors import ValidationError
from desktop_app.core.imports import words

KINDS = ("outreach", "education", "consultations", "contacts", "group-sessions")
REQUIRED = {
    "outreach": ("datum", "arena", "kontakter"),
    "education": ("datum", "typ", "deltagare"),
    "consultations": ("datum", "yrke", "kommun"),
    "contacts": ("datum", "klientkod", "form", "typ", "minuter"),
    "group-sessions": ("datum", "grupp", "deltagare"),
}


@dataclass(frozen=True)
class Lookups:
    municipality: Callable[[str], str]  # name or code -> code ("invalid" when unknown)
    staff: Callable[[str], UserId | None]  # username or name -> id
    package: MaterialId | None
    default_staff: UserId


@dataclass(frozen=True)
class ContactRow:
    client_code: str  # "" = unregistered
    draft: ContactDraft


@dataclass(frozen=True)
class GroupSessionRow:
    group: str
    starts_at: datetime
    ends_at: datetime
    participants: int
    venue: str
    staff: tuple[UserId, ...]


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValidationError("column", "bad_date", column="datum") from exc


def _int(column: str, value: str, default: int | None = None) -> int:
    value = value.strip().replace(" ", "")
    if not value:
        if default is None:
            raise ValidationError("column", "required", column=column)
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ValidationError("column", "not_a_number", column=column) from exc


def _word(column: str, value: str, table: dict):
    key = " ".join(value.strip().casefold().split())
    if key not in table:
        raise ValidationError("column", "unknown_word", column=column, value=value)
    return table[key]


def _staff(row: dict[str, str], lookups: Lookups) -> tuple[UserId, ...]:
    names = [n.strip() for n in row.get("personal", "").replace("/", ",").split(",") if n.strip()]
    ids = []
    for name in names:
        user = lookups.staff(name)
        if user is None:
            raise ValidationError("column", "unknown_staff", column="personal", value=name)
        ids.append(user)
    return tuple(ids)


def _municipality(row: dict[str, str], lookups: Lookups, column: str = "kommun") -> str:
    value = row.get(column, "").strip()
    if not value:
        return "unknown"
    code = lookups.municipality(value)
    if code == "invalid":
        raise ValidationError("column", "unknown_word", column=column, value=value)
    return code


def parse_row(kind: str, row: dict[str, str], lookups: Lookups):
    for column in REQUIRED[kind]:
        if column not in row:
            raise ValidationError("column", "missing_column", column=column)
    if kind == "outreach":
        contacts = _int("kontakter", row["kontakter"])
        packages = _int("paket", row.get("paket", ""), 0)
        materials = {lookups.package: packages} if packages and lookups.package else {}
        if packages and not lookups.package:
            raise ValidationError("column", "no_material", column="paket")
        return OutreachDraft(
            day=_day(row["datum"]),
            arena=_word("arena", row["arena"], words.ARENAS),
            contacts=contacts,
            new_persons=_int("nya_personer", row.get("nya_personer", ""), 0),
            materials=materials,
            staff=_staff(row, lookups),
            note=row.get("anteckning", ""),
        )
    if kind == "education":
        return EducationDraft(
            day=_day(row["datum"]),
            kind=_word("typ", row["typ"], words.EDUCATION_KINDS),
            participants=_int("deltagare", row["deltagare"]),
            audience=row.get("publik", ""),
            organisation=row.get("organisation", ""),
            municipality=_municipality(row, lookups),
            title=row.get("titel", ""),
            staff=_staff(row, lookups),
        )
    if kind == "consultations":
        form = (
            _word("form", row["form"], words.FORMS)
            if row.get("form", "").strip()
            else ContactForm.PHONE
        )
        return ConsultationDraft(
            day=_day(row["datum"]),
            profession=row["yrke"],
            municipality=_municipality(row, lookups),
            form=form,
            minutes=_int("minuter", row.get("minuter", ""), 0),
            staff=_staff(row, lookups),
        )
    if kind == "contacts":
        staff = _staff(row, lookups)
        group = row.get("målgrupp", "").strip()
        code = row["klientkod"].strip()
        return ContactRow(
            code,
            ContactDraft(
                at=datetime.combine(_day(row["datum"]), time(12, 0)),
                form=_word("form", row["form"], words.FORMS),
                kind=_word("typ", row["typ"], words.KINDS),
                minutes=_int("minuter", row["minuter"]),
                staff_id=staff[0] if staff else lookups.default_staff,
                target_group=_word("målgrupp", group, words.TARGET_GROUPS) if group else None,
                municipality=_municipality(row, lookups) if row.get("kommun", "").strip() else None,
            ),
        )
    if kind == "group-sessions":
        name = " ".join(row["grupp"].split())
        if not name:
            raise ValidationError("column", "required", column="grupp")
        start = datetime.combine(_day(row["datum"]), time(13, 0))
        return GroupSessionRow(
            name,
            start,
            start + timedelta(minutes=90),
            _int("deltagare", row["deltagare"]),
            row.get("plats", ""),
            _staff(row, lookups),
        )
    raise ValidationError("kind", "unknown_word", value=kind)


def client_draft_for(row: ContactRow) -> ClientDraft:
    """A client named only by code in a spreadsheet: created as it stands. The file
    says nothing of a request for help, so none is made up (it would wait for ever)."""
    d = row.draft
    return ClientDraft(target_group=d.target_group, municipality=d.municipality or "unknown")

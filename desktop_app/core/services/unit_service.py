"""Core layer: the unit's own settings (name, automatic lock)."""

from __future__ import annotations

import json
from collections.abc import Callable

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.journal import DEFAULT_NOTE_TEMPLATES, NoteTemplate
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.hygiene import clean_text
from desktop_app.core.services.ports import SettingsRepo, UnitOfWork
from desktop_app.core.services.waiting_queue import DEFAULT_OFFER_DAYS

UNIT_NAME = "unit_name"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
DISTRICTS = "districts"
OFFER_DAYS = "offer_days"
NOTE_TEMPLATES = "note_templates"
PERCENT_DECIMALS = "percent_decimals"
DEFAULT_PERCENT_DECIMALS = 1  # "87,5 %"
MAX_PERCENT_DECIMALS = 2
MAX_TEMPLATES = 30
MAX_OFFER_DAYS = 14
DEFAULT_IDLE_LOCK_MINUTES = 10
MIN_IDLE_LOCK_MINUTES = 1
MAX_IDLE_LOCK_MINUTES = 120


def validate_unit_name(name: str) -> str:
    return clean_text("unit_name", name, 120, required=True)


class UnitService:
    def __init__(
        self,
        settings: SettingsRepo,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
    ) -> None:
        self._settings = settings
        self._audit = audit
        self._uow = uow
        self._actor = actor

    def unit_name(self) -> str:
        return self._settings.get(UNIT_NAME) or ""

    def idle_lock_minutes(self) -> int:
        value = self._settings.get(IDLE_LOCK_MINUTES)
        return int(value) if value else DEFAULT_IDLE_LOCK_MINUTES

    def set_unit_name(self, name: str) -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        name = validate_unit_name(name)
        with self._uow.transaction():
            self._settings.set(UNIT_NAME, name)
            self._audit.record(AuditAction.UPDATE, "unit", "name")

    def set_idle_lock_minutes(self, minutes: int) -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        if not MIN_IDLE_LOCK_MINUTES <= minutes <= MAX_IDLE_LOCK_MINUTES:
            raise ValidationError(
                "idle_lock_minutes",
                "out_of_range",
                minimum=MIN_IDLE_LOCK_MINUTES,
                maximum=MAX_IDLE_LOCK_MINUTES,
            )
        with self._uow.transaction():
            self._settings.set(IDLE_LOCK_MINUTES, str(minutes))
            self._audit.record(AuditAction.UPDATE, "unit", IDLE_LOCK_MINUTES, str(minutes))

    def offer_days(self) -> int:
        """How many days a freed place is held for the one it is offered to."""
        value = self._settings.get(OFFER_DAYS)
        return int(value) if value else DEFAULT_OFFER_DAYS

    def set_offer_days(self, days: int) -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        if not 1 <= days <= MAX_OFFER_DAYS:
            raise ValidationError("offer_days", "out_of_range", minimum=1, maximum=MAX_OFFER_DAYS)
        with self._uow.transaction():
            self._settings.set(OFFER_DAYS, str(days))
            self._audit.record(AuditAction.UPDATE, "unit", OFFER_DAYS, str(days))

    def districts(self) -> list[str]:
        """The unit's own list of city districts (stadsdelsförvaltningar)."""
        value = self._settings.get(DISTRICTS)
        return list(json.loads(value)) if value else []

    def set_districts(self, names: list[str]) -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        cleaned = sorted({" ".join(n.split()) for n in names if n.strip()}, key=str.casefold)
        with self._uow.transaction():
            self._settings.set(DISTRICTS, json.dumps(cleaned, ensure_ascii=False))
            self._audit.record(AuditAction.UPDATE, "unit", DISTRICTS, str(len(cleaned)))

    # -- how shares are printed -------------------------------------------------------
    def percent_decimals(self) -> int:
        """The decimals of a printed percentage (rounded half up): 0, 1 or 2."""
        value = self._settings.get(PERCENT_DECIMALS)
        return int(value) if value else DEFAULT_PERCENT_DECIMALS

    def set_percent_decimals(self, decimals: int) -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        if not 0 <= decimals <= MAX_PERCENT_DECIMALS:
            raise ValidationError(
                "percent_decimals", "out_of_range", minimum=0, maximum=MAX_PERCENT_DECIMALS
            )
        with self._uow.transaction():
            self._settings.set(PERCENT_DECIMALS, str(decimals))
            self._audit.record(AuditAction.UPDATE, "unit", PERCENT_DECIMALS, str(decimals))

    # -- journal note templates -------------------------------------------------------
    def note_templates(self) -> list[NoteTemplate]:
        """The unit's templates for journal notes (two to start from unless changed)."""
        value = self._settings.get(NOTE_TEMPLATES)
        if value is None:
            return list(DEFAULT_NOTE_TEMPLATES)
        return [NoteTemplate(t["name"], t["text"]) for t in json.loads(value)]

    def set_note_templates(self, templates: list[NoteTemplate]) -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        if len(templates) > MAX_TEMPLATES:
            raise ValidationError("template", "too_many", maximum=MAX_TEMPLATES)
        cleaned, names = [], set()
        for t in templates:
            name = clean_text("template", t.name, 60, required=True)
            if name.casefold() in names:
                raise ValidationError("template", "duplicate", value=name)
            names.add(name.casefold())
            text = clean_text("text", t.text, 4000, multiline=True)
            cleaned.append({"name": name, "text": text})
        with self._uow.transaction():
            self._settings.set(NOTE_TEMPLATES, json.dumps(cleaned, ensure_ascii=False))
            self._audit.record(AuditAction.UPDATE, "unit", NOTE_TEMPLATES, str(len(cleaned)))

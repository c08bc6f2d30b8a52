"""Core layer: outreach (with materials handed out), lectures and study visits, and
consultations to professionals: validated, editable, deletable, audit-logged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.changes import describe_changes
from desktop_app.core.domain.ids import (
    ConsultationId,
    EducationId,
    MaterialId,
    OutreachId,
    OutreachPersonId,
)
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.unit_work import (
    AdCounts,
    Arena,
    Consultation,
    ConsultationDraft,
    ContactForm,
    Education,
    EducationDraft,
    EducationKind,
    Material,
    Outreach,
    OutreachDraft,
)
from desktop_app.core.domain.users import User
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.hygiene import clean_text
from desktop_app.core.services.ports import Clock, UnitOfWork
from desktop_app.core.services.ports_work import UnitWorkRepo

MAX_COUNT = 100_000
MAX_SHORT_TEXT = 200  # audience, organisation, title, profession, material
MAX_NOTE = 2000
TABLES = {"outreach": "outreach", "education": "education", "consultation": "consultations"}


def _count(field: str, value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(field, "not_a_number")
    if value < 0:
        raise ValidationError(field, "negative")
    if value > MAX_COUNT:
        raise ValidationError(field, "out_of_range", minimum=0, maximum=MAX_COUNT)
    return value


EARLIEST_DAY = date(2000, 1, 1)


def _past(day_field: str, day: date, today: date) -> None:
    if day > today:
        raise ValidationError(day_field, "in_future")
    if day < EARLIEST_DAY:
        raise ValidationError(day_field, "too_early", earliest=EARLIEST_DAY.isoformat())


def validate_outreach(
    x: OutreachDraft,
    today: date,
    materials: set[MaterialId],
    persons: Callable[[tuple[OutreachPersonId, ...]], set[OutreachPersonId]] = lambda ids: set(),
) -> OutreachDraft:
    _past("day", x.day, today)
    Arena(x.arena)
    for name in ("contacts", "new_persons", "women", "men", "others", "mails", "sms", "replies"):
        _count(name, getattr(x, name))
    if x.new_persons > x.contacts:
        raise ValidationError("new_persons", "more_than_contacts")
    if x.women + x.men + x.others > x.contacts:
        raise ValidationError("women", "split_more_than_contacts")
    for f in fields(AdCounts):
        _count("ads", getattr(x.ads, f.name))
    if x.ads.new > x.ads.seen:
        raise ValidationError("ads", "new_more_than_seen")
    for material, n in x.materials.items():
        if material not in materials:
            raise ValidationError("materials", "unknown")
        _count("materials", n)
    met = tuple(sorted(set(x.met)))
    if met and set(met) - persons(met):
        raise ValidationError("met", "unknown")
    note = clean_text("note", x.note, MAX_NOTE, multiline=True)
    return replace(x, arena=Arena(x.arena), note=note, met=met)


class UnitWorkService:
    def __init__(
        self,
        repo: UnitWorkRepo,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
        municipality_codes: frozenset[str],
    ) -> None:
        self._repo = repo  # storage's SqlUnitWorkRepo
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._clock = clock
        self._codes = municipality_codes

    def _allowed(self) -> User:
        actor = self._actor()
        require(actor, Permission.MANAGE_ACTIVITIES)
        return actor

    def _today(self) -> date:
        return self._clock().date()

    # -- outreach ---------------------------------------------------------------------
    def record_outreach(self, draft: OutreachDraft) -> OutreachId:
        actor = self._allowed()
        known = self._repo.material_ids() if draft.materials else set()
        draft = validate_outreach(draft, self._today(), known, self._repo.known_persons)
        with self._uow.transaction():
            outreach_id = self._repo.insert_outreach(draft, actor.id, self._clock())
            self._audit.record(AuditAction.CREATE, "outreach", outreach_id)
        return outreach_id

    def record_week(self, drafts: list[OutreachDraft]) -> list[OutreachId]:
        """Quick entry of a whole week: every day is saved, or none."""
        actor = self._allowed()
        known = self._repo.material_ids()
        checked = [
            validate_outreach(d, self._today(), known, self._repo.known_persons) for d in drafts
        ]
        with self._uow.transaction():
            ids = [self._repo.insert_outreach(d, actor.id, self._clock()) for d in checked]
            self._audit.record(AuditAction.CREATE, "outreach", ",".join(map(str, ids)), "week")
        return ids

    def update_outreach(self, outreach_id: OutreachId, draft: OutreachDraft) -> None:
        self._allowed()
        draft = validate_outreach(
            draft, self._today(), self._repo.material_ids(), self._repo.known_persons
        )
        old = self._old("outreach", outreach_id)
        with self._uow.transaction():
            self._repo.update_outreach(outreach_id, draft)
            self._audit.record(
                AuditAction.UPDATE, "outreach", outreach_id, describe_changes(old, draft)
            )

    def outreach(self, start: date, end: date) -> list[Outreach]:
        self._allowed()
        return self._repo.outreach(start, end)

    def _old(self, kind: str, record_id: int):
        """The saved draft of an outreach, education or consultation record."""
        day = self._repo.day_of(TABLES[kind], record_id)
        listed = (
            {
                "outreach": self._repo.outreach,
                "education": self._repo.education,
                "consultation": self._repo.consultations,
            }[kind](day, day)
            if day
            else []
        )
        found = next((r for r in listed if r.id == record_id), None)
        if found is None:
            raise NotFoundError(kind, id=record_id)
        return found.draft

    def delete(self, kind: str, record_id: int) -> None:
        """Delete an outreach, education or consultation record."""
        self._allowed()
        table = TABLES[kind]
        with self._uow.transaction():
            if not self._repo.delete(table, record_id):
                raise NotFoundError(kind, id=record_id)
            self._audit.record(AuditAction.DELETE, kind, record_id)

    # -- materials --------------------------------------------------------------------
    def materials(self) -> list[Material]:
        require(self._actor(), Permission.READ_STATISTICS)
        return self._repo.materials()

    def save_material(
        self, name: str, stock: int, material_id: MaterialId | None = None, counter: bool = False
    ) -> MaterialId:
        """A material handed out (with its stock), or ``counter``: the unit's own count
        per outreach day (ads seen with "alltid kondom" …), which has no stock."""
        self._allowed()
        name = clean_text("material", name, MAX_SHORT_TEXT, required=True)
        stock = 0 if counter else stock
        _count("stock", stock)
        with self._uow.transaction():
            saved = self._repo.save_material(name, stock, material_id, counter)
            detail = "counter" if counter else f"stock={stock}"
            self._audit.record(AuditAction.UPDATE, "material", saved, detail)
        return saved

    def delete_material(self, material_id: MaterialId) -> None:
        """Remove a material no outreach has handed out; one that was handed out is part
        of the figures: set its stock instead, or correct those outreach records."""
        self._allowed()
        found = next((m for m in self._repo.materials() if m.id == material_id), None)
        if found is None:
            raise NotFoundError("material", id=material_id)
        if found.handed_out:
            raise ValidationError("material", "in_use", handed_out=found.handed_out)
        with self._uow.transaction():
            self._repo.delete_material(material_id)
            self._audit.record(AuditAction.DELETE, "material", material_id)

    # -- lectures, trainings, study visits --------------------------------------------
    def _checked_education(self, draft: EducationDraft) -> EducationDraft:
        _past("day", draft.day, self._today())
        EducationKind(draft.kind)
        _count("participants", draft.participants)
        if draft.municipality not in self._codes:
            raise ValidationError("municipality", "invalid")
        draft = replace(
            draft,
            kind=EducationKind(draft.kind),
            audience=clean_text("text", draft.audience, MAX_SHORT_TEXT),
            organisation=clean_text("text", draft.organisation, MAX_SHORT_TEXT),
            title=clean_text("title", draft.title, MAX_SHORT_TEXT),
        )
        return draft

    def record_education(self, draft: EducationDraft) -> EducationId:
        self._allowed()
        draft = self._checked_education(draft)
        with self._uow.transaction():
            education_id = self._repo.insert_education(draft, self._clock())
            self._audit.record(AuditAction.CREATE, "education", education_id)
        return education_id

    def update_education(self, education_id: EducationId, draft: EducationDraft) -> None:
        self._allowed()
        draft = self._checked_education(draft)
        old = self._old("education", education_id)
        with self._uow.transaction():
            self._repo.update_education(education_id, draft)
            self._audit.record(
                AuditAction.UPDATE, "education", education_id, describe_changes(old, draft)
            )

    def education(self, start: date, end: date) -> list[Education]:
        self._allowed()
        return self._repo.education(start, end)

    # -- consultations ----------------------------------------------------------------
    def _checked_consultation(self, draft: ConsultationDraft) -> ConsultationDraft:
        _past("day", draft.day, self._today())
        profession = clean_text("profession", draft.profession, MAX_SHORT_TEXT, required=True)
        if draft.municipality not in self._codes:
            raise ValidationError("municipality", "invalid")
        _count("minutes", draft.minutes)
        if draft.minutes > 600:
            raise ValidationError("minutes", "out_of_range", minimum=0, maximum=600)
        return replace(draft, profession=profession, form=ContactForm(draft.form))

    def record_consultation(self, draft: ConsultationDraft) -> ConsultationId:
        self._allowed()
        draft = self._checked_consultation(draft)
        with self._uow.transaction():
            consultation_id = self._repo.insert_consultation(draft, self._clock())
            self._audit.record(AuditAction.CREATE, "consultation", consultation_id)
        return consultation_id

    def update_consultation(
        self, consultation_id: ConsultationId, draft: ConsultationDraft
    ) -> None:
        self._allowed()
        draft = self._checked_consultation(draft)
        old = self._old("consultation", consultation_id)
        with self._uow.transaction():
            self._repo.update_consultation(consultation_id, draft)
            self._audit.record(
                AuditAction.UPDATE, "consultation", consultation_id, describe_changes(old, draft)
            )

    def consultations(self, start: date, end: date) -> list[Consultation]:
        self._allowed()
        return self._repo.consultations(start, end)

"""Core layer: the pseudonymous register of persons met in outreach (optional: a unit
that keeps no register never sees it in a report): added, corrected and removed by the
staff who do outreach, every change audited without the alias."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.changes import describe_changes
from desktop_app.core.domain.client_enums import Gender
from desktop_app.core.domain.ids import OutreachPersonId
from desktop_app.core.domain.outreach_persons import (
    MetGroup,
    OutreachPerson,
    OutreachPersonDraft,
    met_groups,
)
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.client_validation import OLDEST_BIRTH_YEAR
from desktop_app.core.services.hygiene import clean_text
from desktop_app.core.services.ports import Clock, UnitOfWork
from desktop_app.core.services.ports_work import OutreachPersonRepo

MAX_ALIAS = 60
EARLIEST_DAY = date(2000, 1, 1)


class OutreachPersonService:
    def __init__(
        self,
        repo: OutreachPersonRepo,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
    ) -> None:
        self._repo = repo  # storage's SqlOutreachPersonRepo
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._clock = clock

    def _allowed(self) -> None:
        require(self._actor(), Permission.MANAGE_ACTIVITIES)

    def persons(self) -> list[OutreachPerson]:
        self._allowed()
        return self._repo.persons()

    def _checked(
        self, draft: OutreachPersonDraft, person_id: OutreachPersonId | None
    ) -> OutreachPersonDraft:
        today = self._clock().date()
        alias = clean_text("alias", draft.alias, MAX_ALIAS, required=True)
        owner = self._repo.alias_owner(alias)
        if owner is not None and owner != person_id:
            raise ValidationError("alias", "taken", alias=alias)
        year = draft.birth_year
        if year is not None and not OLDEST_BIRTH_YEAR <= year <= today.year:
            rule = "in_future" if year > today.year else "out_of_range"
            raise ValidationError("birth_year", rule, minimum=OLDEST_BIRTH_YEAR, maximum=today.year)
        first = draft.first_met
        if first is not None:
            if first > today:
                raise ValidationError("first_met", "in_future")
            if first < EARLIEST_DAY:
                raise ValidationError("first_met", "too_early", earliest=EARLIEST_DAY.isoformat())
        return replace(draft, alias=alias, gender=Gender(draft.gender))

    def add(self, draft: OutreachPersonDraft, met_on: date | None = None) -> OutreachPersonId:
        """A new person; first met on ``draft.first_met``, else the day they are met
        (``met_on``, the outreach day the person is added from), else today."""
        self._allowed()
        draft = self._checked(draft, None)
        first = draft.first_met or met_on or self._clock().date()
        with self._uow.transaction():
            person_id = self._repo.insert(draft, first, self._clock())
            self._audit.record(AuditAction.CREATE, "outreach_person", person_id)
        return person_id

    def update(self, person_id: OutreachPersonId, draft: OutreachPersonDraft) -> None:
        """A correction; the first meeting is never later than a day they were ticked."""
        self._allowed()
        old = self._repo.person(person_id)
        if old is None:
            raise NotFoundError("outreach_person", id=person_id)
        draft = self._checked(draft, person_id)
        earliest = self._repo.earliest_met(person_id)
        first = draft.first_met or old.draft.first_met
        if earliest is not None and first is not None and first > earliest:
            first = earliest
        draft = replace(draft, first_met=first)
        with self._uow.transaction():
            self._repo.update(person_id, draft)
            detail = describe_changes(old.draft, draft, skip=frozenset({"alias"}))
            if old.draft.alias != draft.alias:
                detail = f"alias {detail}" if detail != "unchanged" else "alias"
            self._audit.record(AuditAction.UPDATE, "outreach_person", person_id, detail)

    def remove(self, person_id: OutreachPersonId) -> None:
        """The person and their ticks; the outreach days stay (and a frozen period keeps
        its figures)."""
        self._allowed()
        with self._uow.transaction():
            if not self._repo.delete(person_id):
                raise NotFoundError("outreach_person", id=person_id)
            self._audit.record(AuditAction.DELETE, "outreach_person", person_id)

    def groups(self, start: date, end: date) -> tuple[MetGroup, ...]:
        """Unique and new persons met and their ages, per gender (no alias read)."""
        return met_groups(self._repo.met_between(start, end), start, end)

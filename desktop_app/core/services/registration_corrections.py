"""Core layer: correcting a registration beyond its status: moved to another occasion
(booked on the wrong one, or the person asks to change), or removed when it was made by
mistake (never for someone whose attendance is recorded: that is history, cancel it)."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.courses import (
    HOLDS_PLACE,
    ActivityKind,
    Registration,
    RegistrationStatus,
)
from desktop_app.core.domain.ids import ActivityId, RegistrationId
from desktop_app.core.domain.removal import RemovalReason
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.course_service import CourseService
from desktop_app.core.services.ports import UnitOfWork
from desktop_app.core.services.ports_work import ParticipantRepo
from desktop_app.core.services.registration_service import RegistrationService

S = RegistrationStatus
MOVABLE = frozenset({S.REGISTERED, S.CONFIRMED, S.WAITING, S.OFFERED})


class RegistrationCorrections:
    def __init__(
        self,
        repo: ParticipantRepo,
        registrations: RegistrationService,
        courses: CourseService,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
    ) -> None:
        self._repo = repo
        self._registrations = registrations
        self._courses = courses
        self._audit = audit
        self._uow = uow
        self._actor = actor

    def _registration(self, registration_id: RegistrationId) -> Registration:
        found = self._repo.registration(registration_id)
        if found is None or found.activity_id is None:
            raise NotFoundError("registration", id=registration_id)
        return found

    def _attended(self, registration: Registration) -> bool:
        assert registration.activity_id is not None
        return any(
            participant == registration.participant.id
            for _, participant, _ in self._registrations.attendance_rows(registration.activity_id)
        )

    def move(self, registration_id: RegistrationId, activity_id: ActivityId) -> Registration:
        """Move a registration not yet held to another occasion of the same kind: it gets
        a place there if one is free (else the waiting list, by the time of the move).
        Returns the new registration."""
        require(self._actor(), Permission.MANAGE_COURSES)
        registration = self._registration(registration_id)
        if activity_id == registration.activity_id:
            raise ValidationError("activity", "same_activity")
        source = self._courses.get(registration.activity_id)
        target = self._courses.get(activity_id)
        if registration.status not in MOVABLE or self._attended(registration):
            raise ValidationError("registration", "not_movable")
        if target.draft.kind != source.draft.kind or target.draft.kind != ActivityKind.COURSE:
            raise ValidationError("activity", "other_kind")
        with self._uow.transaction():
            moved = self._registrations.register(activity_id, registration.participant.id)
            self._repo.delete_registration(registration_id)
            self._audit.record(
                AuditAction.UPDATE,
                "registration",
                moved.id,
                f"moved_from={source.id} registration={registration_id} to={activity_id}",
            )
            self._registrations.settle(source.id)  # the place left is offered to the queue
        return moved

    def remove(self, registration_id: RegistrationId, reason: RemovalReason) -> None:
        """Remove a registration made by mistake; refused once attendance is recorded
        for the person (set the status instead: cancelled, or did not come)."""
        require(self._actor(), Permission.MANAGE_COURSES)
        registration = self._registration(registration_id)
        reason = RemovalReason(reason)
        if self._attended(registration) or registration.status in (S.ATTENDED, S.NO_SHOW):
            raise ValidationError("registration", "in_use")
        with self._uow.transaction():
            self._repo.delete_registration(registration_id)
            self._audit.record(
                AuditAction.DELETE,
                "registration",
                registration_id,
                f"activity={registration.activity_id} participant={registration.participant.id}"
                f" status={registration.status.value} reason={reason.value}"
                f" held_place={registration.status in HOLDS_PLACE}",
            )
            self._registrations.settle(registration.activity_id)

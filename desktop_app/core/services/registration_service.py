"""Core layer: participants, interest lists, and registrations with a waiting queue
(attendance, questionnaires and the summary in ``registration_attendance``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.courses import (
    INVITED,
    TRANSITIONS,
    Activity,
    ActivityDraft,
    LateReason,
    MeetingDraft,
    OfferAnswer,
    Participant,
    ParticipantDraft,
    QueueReason,
    Registration,
    RegistrationStatus,
)
from desktop_app.core.domain.ids import (
    ActivityId,
    ClientId,
    CourseTypeId,
    ParticipantId,
    RegistrationId,
)
from desktop_app.core.domain.removal import RemovalReason
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import DuplicateParticipantError, NotFoundError, ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.course_service import CourseService
from desktop_app.core.services.participant_rules import (
    contradicts,
    same_person,
    validated_participant,
)
from desktop_app.core.services.ports import Clock, UnitOfWork
from desktop_app.core.services.ports_work import ParticipantRepo
from desktop_app.core.services.registration_attendance import AttendanceRecords
from desktop_app.core.services.waiting_queue import DEFAULT_OFFER_DAYS, WaitingQueue

S = RegistrationStatus
LATE_CANCEL = timedelta(hours=48)


class RegistrationService(AttendanceRecords):
    def __init__(
        self,
        participants: ParticipantRepo,
        courses: CourseService,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
        municipality_codes: frozenset[str],
        offer_days: Callable[[], int] = lambda: DEFAULT_OFFER_DAYS,
    ) -> None:
        self._repo = participants  # storage's SqlParticipantRepo
        self._courses = courses
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._clock = clock
        self._codes = municipality_codes
        self._queue = WaitingQueue(participants, courses, audit, clock, offer_days)

    def _allowed(self) -> User:
        actor = self._actor()
        require(actor, Permission.MANAGE_COURSES)
        return actor

    # -- participants -----------------------------------------------------------------
    def _validated(self, draft: ParticipantDraft) -> ParticipantDraft:
        return validated_participant(draft, self._codes, self._clock().year)

    def create_participant(
        self, draft: ParticipantDraft, *, allow_same: bool = False
    ) -> Participant:
        """A new participant; one with the same name and phone (or birth year) is refused
        with its code (``allow_same``: the user said it is another person)."""
        self._allowed()
        draft = self._validated(draft)
        if draft.client_id is None and draft.name and not allow_same:
            for other in self._repo.named(draft.name):
                if same_person(other.draft, draft):
                    raise DuplicateParticipantError(
                        other.code, code=other.code, participant_id=other.id
                    )
        if draft.client_id is not None:
            existing = self._repo.for_client(draft.client_id)
            if existing is not None:
                return existing  # a client is one participant, wherever registered
            # Registered by name before the client was linked: the same person, probably.
            for other in [] if allow_same or not draft.name else self._repo.named(draft.name):
                if other.draft.client_id is None and not contradicts(other.draft, draft):
                    raise DuplicateParticipantError(
                        other.code,
                        code=other.code,
                        participant_id=other.id,
                        client_id=draft.client_id,
                    )
        with self._uow.transaction():
            participant_id = self._repo.insert(draft, self._clock())
            self._audit.record(AuditAction.CREATE, "participant", participant_id)
        return self._participant(participant_id)

    def _participant(self, participant_id: ParticipantId) -> Participant:
        participant = self._repo.get(participant_id)
        if participant is None:
            raise NotFoundError("participant", id=participant_id)
        return participant

    def of_client(self, client_id: ClientId) -> tuple[Participant | None, list[Registration]]:
        """The client's course participant record and every registration it has."""
        self._allowed()
        participant = self._repo.for_client(client_id)
        if participant is None:
            return None, []
        return participant, self._repo.for_participant(participant.id)

    def find_participants(self, text: str) -> list[Participant]:
        """Search participants by name or phone: audited with the term's keyed hash."""
        self._allowed()
        found = self._repo.find(text)
        self._audit.read("participant", "", len(found), text)
        return found

    # -- interest lists ---------------------------------------------------------------
    def express_interest(
        self, type_id: CourseTypeId, participant_id: ParticipantId
    ) -> Registration:
        self._allowed()
        self._courses.type(type_id)
        self._participant(participant_id)
        with self._uow.transaction():
            reg_id = self._repo.register(
                participant_id, S.INTERESTED, self._clock(), type_id=type_id
            )
            self._audit.record(AuditAction.CREATE, "registration", reg_id, "interest")
        return self._registration(reg_id)

    def interest(self, type_id: CourseTypeId) -> list[Registration]:
        """The interest list as shown (names, phone numbers): audited."""
        self._allowed()
        found = self._repo.interest(type_id)
        self._audit.read("interest_list", type_id, len(found))
        return found

    def remove_interest(self, registration_id: RegistrationId, reason: RemovalReason) -> None:
        """Take someone off an interest list (no longer interested, or put there twice).
        Only an interest entry: a registration on a course is cancelled by its status."""
        self._allowed()
        registration = self._registration(registration_id)
        if registration.status != S.INTERESTED or registration.activity_id is not None:
            raise ValidationError(
                "status",
                "not_allowed",
                current=registration.status,
                wanted=RegistrationStatus.CANCELLED,
            )
        reason = RemovalReason(reason)
        with self._uow.transaction():
            self._repo.delete_registration(registration_id)
            self._audit.record(
                AuditAction.DELETE,
                "registration",
                registration_id,
                f"interest participant={registration.participant.id} reason={reason.value}",
            )

    def update_participant(
        self, participant_id: ParticipantId, draft: ParticipantDraft
    ) -> Participant:
        """Correct a participant (a phone number typed wrong, the municipality): the
        audit log says which fields changed, never their values for name and phone."""
        self._allowed()
        old = self._participant(participant_id)
        draft = replace(self._validated(draft), client_id=old.draft.client_id)
        changed = [
            name
            for name in (
                "name",
                "phone",
                "municipality",
                "district",
                "referral",
                "birth_year",
                "gender",
            )
            if getattr(old.draft, name) != getattr(draft, name)
        ]
        if not changed:
            return old
        with self._uow.transaction():
            self._repo.update_participant(participant_id, draft)
            self._audit.record(
                AuditAction.UPDATE, "participant", participant_id, "changed=" + ",".join(changed)
            )
        return self._participant(participant_id)

    def minimum_reached(self, type_id: CourseTypeId) -> bool:
        self._allowed()
        return len(self._repo.interest(type_id)) >= self._courses.type(type_id).minimum

    def create_from_interest(
        self, type_id: CourseTypeId, draft: ActivityDraft, meetings: list[MeetingDraft]
    ) -> Activity:
        """Create the occasion for an interest list and invite everyone on it: the first
        ``capacity`` get a place, the rest join the queue in the order they came."""
        self._allowed()
        waiting = self._repo.interest(type_id)
        with self._uow.transaction():
            activity = self._courses.create_occasion(replace(draft, type_id=type_id), meetings)
            for n, registration in enumerate(waiting):
                self._repo.move_to_activity(registration.id, activity.id)
                if n < activity.draft.capacity:
                    self._repo.set_status(registration.id, S.REGISTERED, self._clock())
                else:
                    self._repo.join_queue(registration.id, self._clock())
            self._audit.record(
                AuditAction.UPDATE, "activity", activity.id, f"invited={len(waiting)}"
            )
        return self._courses.get(activity.id)

    # -- registrations ----------------------------------------------------------------
    def register(
        self,
        activity_id: ActivityId,
        participant_id: ParticipantId,
        *,
        late_reason: LateReason | None = None,
    ) -> Registration:
        """A place if one is free and nobody is in line, else the end of the queue. After
        the registration deadline only with ``late_reason`` ("registrera ändå")."""
        self._allowed()
        activity = self._courses.get(activity_id)
        self._participant(participant_id)
        if activity.cancelled_on is not None:
            raise ValidationError("activity", "cancelled")
        late = self._after_deadline(activity, late_reason)
        left = next(
            (
                r
                for r in self._repo.for_activity(activity_id)
                if r.participant.id == participant_id and r.left_on is not None
            ),
            None,
        )
        if left is not None:  # a member who left comes back to the group
            return self.rejoin_group(left.id)
        there = next(
            (r for r in self._repo.for_activity(activity_id) if r.participant.id == participant_id),
            None,
        )
        if there is not None:
            raise ValidationError(
                "participant",
                "already_registered",
                code=there.participant.code,
                status=there.status,
            )
        wait = self._queue.must_wait(activity)
        with self._uow.transaction():
            reg_id = self._repo.register(
                participant_id, S.REGISTERED, self._clock(), activity_id=activity_id
            )
            self._audit.record(AuditAction.CREATE, "registration", reg_id, late)
            if wait:
                self._queue.join(reg_id, "waiting list")
        return self._registration(reg_id)

    def _after_deadline(self, activity: Activity, late_reason: LateReason | None) -> str:
        """The audit detail of a registration; refused after the deadline without a reason."""
        deadline = activity.draft.deadline
        if deadline is None or self._clock().date() <= deadline:
            return ""
        if late_reason is None:
            raise ValidationError("deadline", "passed", deadline=deadline.isoformat())
        return f"after the deadline {deadline}: reason={LateReason(late_reason).value}"

    def registrations(self, activity_id: ActivityId) -> list[Registration]:
        """The participant list as shown (names, phone numbers): audited. Offers whose
        answer time ran out are passed on first."""
        self._allowed()
        with self._uow.transaction():
            self._queue.settle(activity_id)
        found = self._repo.for_activity(activity_id)
        self._audit.read("participants", activity_id, len(found))
        return found

    def waiting_list(self, activity_id: ActivityId) -> list[Registration]:
        """The queue in order: position 1 first (an offer keeps its place in it)."""
        self._allowed()
        return self._queue.queue(activity_id)

    def settle(self, activity_id: ActivityId) -> Registration | None:
        """Offer free places to the queue (inside the caller's transaction); the first."""
        offers = self._queue.settle(activity_id)
        return offers[0] if offers else None

    def _registration(self, registration_id: RegistrationId) -> Registration:
        registration = self._repo.registration(registration_id)
        if registration is None:
            raise NotFoundError("registration", id=registration_id)
        return registration

    def set_status(
        self, registration_id: RegistrationId, status: RegistrationStatus
    ) -> Registration | None:
        """Change a status (only the moves a user may make). When a place is freed it is
        offered to the first in the queue: that registration is returned."""
        self._allowed()
        registration = self._registration(registration_id)
        status = RegistrationStatus(status)
        if status not in TRANSITIONS[registration.status]:
            raise ValidationError(
                "status", "not_allowed", current=registration.status, wanted=status
            )
        assert registration.activity_id is not None or status == S.CANCELLED
        activity = self._courses.get(registration.activity_id) if registration.activity_id else None
        now = self._clock()
        late = bool(
            status == S.CANCELLED
            and activity
            and activity.first_meeting
            and activity.first_meeting - now < LATE_CANCEL
        )
        again = registration.status == S.CANCELLED and activity is not None
        with self._uow.transaction():
            if again and self._queue.must_wait(activity):
                self._queue.join(registration_id, "registered again: waiting list")
            else:
                self._repo.set_status(registration_id, status, now, late)
                self._audit.record(
                    AuditAction.UPDATE, "registration", registration_id, status.value
                )
            return self.settle(activity.id) if activity is not None else None

    def answer_offer(
        self, registration_id: RegistrationId, answer: OfferAnswer
    ) -> Registration | None:
        """The answer to an offered place: "Ja" takes it; "Nej" cancels; no answer puts
        the person last in the queue. The place then goes to the next: returned."""
        self._allowed()
        registration = self._registration(registration_id)
        answer = OfferAnswer(answer)
        if registration.status != S.OFFERED or registration.activity_id is None:
            raise ValidationError("registration", "not_offered")
        with self._uow.transaction():
            if answer == OfferAnswer.NO_ANSWER:
                self._queue.join(registration_id, "offer not answered: end of the queue")
            else:
                status = S.REGISTERED if answer == OfferAnswer.YES else S.CANCELLED
                self._repo.set_status(registration_id, status, self._clock())
                self._audit.record(
                    AuditAction.UPDATE, "registration", registration_id, f"offer {answer.value}"
                )
            return self.settle(registration.activity_id)

    def invite(self, activity_id: ActivityId) -> list[Registration]:
        """Mark everyone with a place (or an offer) as sent the invitation letter now;
        the letters and the call list are made from what is returned."""
        self._allowed()
        invited = [
            r
            for r in self._repo.for_activity(activity_id)
            if r.status in INVITED and r.left_on is None
        ]
        with self._uow.transaction():
            self._repo.set_invited([r.id for r in invited], self._clock())
            self._audit.record(
                AuditAction.EXPORT, "activity", activity_id, f"invitations={len(invited)}"
            )
        return [self._registration(r.id) for r in invited]

    def move_in_queue(
        self, registration_id: RegistrationId, position: int, reason: QueueReason
    ) -> None:
        """Move a waiting person to ``position`` in the queue; the reason is audited."""
        self._allowed()
        registration = self._registration(registration_id)
        with self._uow.transaction():
            self._queue.move(registration, position, reason)

    def leave_group(
        self, registration_id: RegistrationId, on: date | None = None
    ) -> Registration | None:
        """A member leaves the group on ``on`` (today when not given; not in the future,
        not before joining). The freed place is offered to the queue: returned."""
        self._allowed()
        registration = self._registration(registration_id)
        today = self._clock().date()
        on = on or today
        if on > today:
            raise ValidationError("day", "in_future")
        if on < registration.joined_at.date():
            raise ValidationError("day", "too_early", earliest=registration.joined_at.date())
        with self._uow.transaction():
            self._repo.set_left(registration_id, on)
            self._audit.record(AuditAction.UPDATE, "registration", registration_id, f"left={on}")
            return self.settle(registration.activity_id) if registration.activity_id else None

    def rejoin_group(self, registration_id: RegistrationId) -> Registration:
        """A member who left comes back: the same registration, no longer left; at the
        end of the queue when the group is full or others wait."""
        self._allowed()
        registration = self._registration(registration_id)
        if registration.left_on is None:
            raise ValidationError(
                "participant",
                "already_registered",
                code=registration.participant.code,
                status=registration.status,
            )
        activity = self._courses.get(registration.activity_id)
        wait = self._queue.must_wait(activity)
        with self._uow.transaction():
            self._repo.set_left(registration_id, None)
            self._audit.record(
                AuditAction.UPDATE,
                "registration",
                registration_id,
                f"rejoined (left {registration.left_on})",
            )
            if wait:
                self._queue.join(registration_id, "rejoined: waiting list")
        return self._registration(registration_id)

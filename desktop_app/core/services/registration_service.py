"""Core layer: participants, interest lists, registrations with a waiting list,
attendance per meeting, before/after questionnaires and the course summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.courses import (
    HOLDS_PLACE,
    TRANSITIONS,
    Activity,
    ActivityDraft,
    ActivityKind,
    CourseSummary,
    MeetingDraft,
    Participant,
    ParticipantDraft,
    Phase,
    Registration,
    RegistrationStatus,
)
from desktop_app.core.domain.ids import (
    ActivityId,
    ClientId,
    CourseTypeId,
    MeetingId,
    ParticipantId,
    RegistrationId,
    StatementId,
)
from desktop_app.core.domain.removal import RemovalReason
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import DuplicateParticipantError, NotFoundError, ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.course_service import CourseService
from desktop_app.core.services.course_summary import summarize
from desktop_app.core.services.participant_rules import (
    contradicts,
    same_person,
    validated_participant,
)
from desktop_app.core.services.ports import Clock, UnitOfWork
from desktop_app.core.services.ports_work import ParticipantRepo

S = RegistrationStatus
LATE_CANCEL = timedelta(hours=48)


class RegistrationService:
    def __init__(
        self,
        participants: ParticipantRepo,
        courses: CourseService,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
        municipality_codes: frozenset[str],
    ) -> None:
        self._repo = participants  # storage's SqlParticipantRepo
        self._courses = courses
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._clock = clock
        self._codes = municipality_codes

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
                "status", "not_allowed", current=registration.status.value, wanted="removed"
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
        ``capacity`` get a place, the rest go to the waiting list in the order they came."""
        self._allowed()
        waiting = self._repo.interest(type_id)
        with self._uow.transaction():
            activity = self._courses.create_occasion(replace(draft, type_id=type_id), meetings)
            for n, registration in enumerate(waiting):
                self._repo.move_to_activity(registration.id, activity.id)
                status = S.REGISTERED if n < activity.draft.capacity else S.WAITING
                self._repo.set_status(registration.id, status, self._clock())
            self._audit.record(
                AuditAction.UPDATE, "activity", activity.id, f"invited={len(waiting)}"
            )
        return self._courses.get(activity.id)

    # -- registrations ----------------------------------------------------------------
    def register(self, activity_id: ActivityId, participant_id: ParticipantId) -> Registration:
        """A place if there is one, else the waiting list (ordered by the time joined)."""
        self._allowed()
        activity = self._courses.get(activity_id)
        self._participant(participant_id)
        if activity.cancelled_on is not None:
            raise ValidationError("activity", "cancelled")
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
        full = self._repo_count(activity_id) >= activity.draft.capacity
        status = S.WAITING if full and activity.draft.kind == ActivityKind.COURSE else S.REGISTERED
        with self._uow.transaction():
            reg_id = self._repo.register(
                participant_id, status, self._clock(), activity_id=activity_id
            )
            self._audit.record(AuditAction.CREATE, "registration", reg_id, status.value)
        return self._registration(reg_id)

    def _repo_count(self, activity_id: ActivityId) -> int:
        return sum(
            1
            for r in self._repo.for_activity(activity_id)
            if r.status in HOLDS_PLACE and r.left_on is None
        )

    def registrations(self, activity_id: ActivityId) -> list[Registration]:
        """The participant list as shown (names, phone numbers): audited."""
        self._allowed()
        found = self._repo.for_activity(activity_id)
        self._audit.read("participants", activity_id, len(found))
        return found

    def waiting_list(self, activity_id: ActivityId) -> list[Registration]:
        self._allowed()
        return [r for r in self._repo.for_activity(activity_id) if r.status == S.WAITING]

    def _registration(self, registration_id: RegistrationId) -> Registration:
        registration = self._repo.registration(registration_id)
        if registration is None:
            raise NotFoundError("registration", id=registration_id)
        return registration

    def set_status(
        self, registration_id: RegistrationId, status: RegistrationStatus
    ) -> Registration | None:
        """Change a status (only the allowed moves). Returns the first on the waiting list
        when a place was freed, so the UI can offer it."""
        self._allowed()
        registration = self._registration(registration_id)
        status = RegistrationStatus(status)
        if status not in TRANSITIONS[registration.status]:
            raise ValidationError(
                "status", "not_allowed", current=registration.status.value, wanted=status.value
            )
        activity = self._courses.get(registration.activity_id) if registration.activity_id else None
        if (
            status in HOLDS_PLACE
            and registration.status not in HOLDS_PLACE
            and activity is not None
            and self._repo_count(activity.id) >= activity.draft.capacity
        ):
            raise ValidationError("capacity", "full")
        now = self._clock()
        late = bool(
            status == S.CANCELLED
            and activity
            and activity.first_meeting
            and activity.first_meeting - now < LATE_CANCEL
        )
        with self._uow.transaction():
            self._repo.set_status(registration_id, status, now, late)
            self._audit.record(AuditAction.UPDATE, "registration", registration_id, status.value)
        freed = registration.status in HOLDS_PLACE and status not in HOLDS_PLACE
        if freed and activity is not None:
            waiting = self.waiting_list(activity.id)
            return waiting[0] if waiting else None
        return None

    def offer_place(self, registration_id: RegistrationId) -> Registration:
        """Give a freed place to someone on the waiting list."""
        self.set_status(registration_id, S.REGISTERED)
        return self._registration(registration_id)

    def leave_group(self, registration_id: RegistrationId, on: date | None = None) -> None:
        """A member leaves the group on ``on`` (today when not given; not in the future,
        not before joining)."""
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

    def rejoin_group(self, registration_id: RegistrationId) -> Registration:
        """A member who left comes back: the same registration, no longer left."""
        self._allowed()
        registration = self._registration(registration_id)
        if registration.left_on is None:
            raise ValidationError("participant", "already_registered")
        with self._uow.transaction():
            self._repo.set_left(registration_id, None)
            self._audit.record(
                AuditAction.UPDATE,
                "registration",
                registration_id,
                f"rejoined (left {registration.left_on})",
            )
        return self._registration(registration_id)

    # -- attendance -------------------------------------------------------------------
    def attendance(self, meeting_id: MeetingId) -> tuple[list[Registration], dict]:
        """Who is expected at a meeting, and what has been recorded."""
        self._allowed()
        meeting = self._courses.meeting(meeting_id)
        expected = [
            r
            for r in self._repo.for_activity(meeting.activity_id)
            if r.status in HOLDS_PLACE
            and (r.left_on is None or r.left_on >= meeting.draft.starts_at.date())
        ]
        return expected, self._repo.attendance(meeting_id)

    def attendance_rows(self, activity_id: ActivityId) -> list[tuple[int, int, bool]]:
        """Every recorded (meeting, participant, present) of an activity."""
        self._allowed()
        return self._repo.attendance_for_activity(activity_id)

    def record_attendance(self, meeting_id: MeetingId, present: dict[ParticipantId, bool]) -> None:
        """Record a meeting's attendance; participants then read "deltog" or "uteblev"."""
        self._allowed()
        expected, _ = self.attendance(meeting_id)
        known = {r.participant.id for r in expected}
        if set(present) - known:
            raise ValidationError("attendance", "not_registered")
        meeting = self._courses.meeting(meeting_id)
        if meeting.draft.starts_at > self._clock() + timedelta(hours=12):
            raise ValidationError("attendance", "meeting_in_future")
        with self._uow.transaction():
            self._repo.record_attendance(meeting_id, {p: present.get(p, False) for p in known})
            self._update_outcomes(meeting.activity_id)
            self._audit.record(AuditAction.UPDATE, "meeting", meeting_id, "attendance")

    def _update_outcomes(self, activity_id: ActivityId) -> None:
        activity = self._courses.get(activity_id)
        if activity.draft.kind != ActivityKind.COURSE:
            return
        rows = self._repo.attendance_for_activity(activity_id)
        attended = {p for _, p, ok in rows if ok}
        seen = {p for _, p, _ in rows}
        for registration in self._repo.for_activity(activity_id):
            if registration.status not in HOLDS_PLACE:
                continue
            pid = registration.participant.id
            outcome = S.ATTENDED if pid in attended else S.NO_SHOW if pid in seen else None
            if outcome is not None and outcome != registration.status:
                self._repo.set_status(registration.id, outcome, self._clock())

    # -- questionnaire ----------------------------------------------------------------
    def record_answers(
        self,
        activity_id: ActivityId,
        participant_id: ParticipantId,
        phase: Phase,
        values: dict[StatementId, int],
    ) -> None:
        self._allowed()
        activity = self._courses.get(activity_id)
        if activity.draft.type_id is None:
            raise ValidationError("questionnaire", "none")
        statements = set(self._courses.type(activity.draft.type_id).statement_ids)
        for statement, value in values.items():
            if statement not in statements:
                raise ValidationError("questionnaire", "unknown_statement")
            if not isinstance(value, int) or not 1 <= value <= 5:
                raise ValidationError("answer", "out_of_range", minimum=1, maximum=5)
        with self._uow.transaction():
            self._repo.set_answers(activity_id, participant_id, Phase(phase), values)
            self._audit.record(AuditAction.UPDATE, "questionnaire", activity_id, phase)

    def answers(self, activity_id: ActivityId) -> list[tuple[int, int, str, int]]:
        self._allowed()
        return self._repo.answers(activity_id)

    # -- summary ----------------------------------------------------------------------
    def summary(self, activity_id: ActivityId) -> CourseSummary:
        self._allowed()
        activity = self._courses.get(activity_id)
        course_type = self._courses.type(activity.draft.type_id) if activity.draft.type_id else None
        summary = summarize(
            activity,
            self._courses.meetings(activity_id),
            self._repo.for_activity(activity_id),
            self._repo.attendance_for_activity(activity_id),
            self._repo.answers(activity_id),
            course_type,
            self._clock(),
        )
        anonymous = self._courses.anonymous_attendance(activity_id)
        if anonymous:  # imported sessions: attendances known only as a number
            summary = replace(summary, attendances=summary.attendances + anonymous)
        return summary

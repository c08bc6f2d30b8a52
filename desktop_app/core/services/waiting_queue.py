"""Core layer: the waiting list of a course occasion or group, kept as a queue.

A freed place is offered to the first in the queue and held for them ("erbjuden plats")
until they answer or the unit's answer time passes; a "Nej" or no answer passes it to the
next. While anyone waits or holds an offer, a new registration joins the queue's end, so
nobody overtakes those who waited. The queue is ordered by when each person joined it
(coming back puts you last); a leader may move someone, with a reason from a fixed
list, in the audit log.
Like CiviEvent's "pending from waitlist"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.courses import (
    OCCUPIES,
    Activity,
    ActivityKind,
    QueueReason,
    Registration,
    RegistrationStatus,
)
from desktop_app.core.domain.ids import ActivityId, RegistrationId
from desktop_app.core.errors import ValidationError
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.course_service import CourseService
from desktop_app.core.services.ports import Clock
from desktop_app.core.services.ports_work import ParticipantRepo

S = RegistrationStatus
DEFAULT_OFFER_DAYS = 2  # an offered place is held this long for an answer


class WaitingQueue:
    """Used inside the registration service's transactions; checks no permission."""

    def __init__(
        self,
        repo: ParticipantRepo,
        courses: CourseService,
        audit: AuditService,
        clock: Clock,
        offer_days: Callable[[], int],
    ) -> None:
        self._repo = repo
        self._courses = courses
        self._audit = audit
        self._clock = clock
        self._offer_days = offer_days

    def occupied(self, activity_id: ActivityId) -> int:
        """Places taken: participants still in it and offers not yet answered."""
        return sum(
            1
            for r in self._repo.for_activity(activity_id)
            if r.status in OCCUPIES and r.left_on is None
        )

    def must_wait(self, activity: Activity) -> bool:
        """A newcomer joins the queue: no place is free, or someone is already in line."""
        return (
            bool(self._repo.queue(activity.id))
            or self.occupied(activity.id) >= activity.draft.capacity
        )

    def queue(self, activity_id: ActivityId) -> list[Registration]:
        return self._repo.queue(activity_id)

    def join(self, registration_id: RegistrationId, detail: str) -> None:
        self._repo.join_queue(registration_id, self._clock())
        self._audit.record(AuditAction.UPDATE, "registration", registration_id, detail)

    def _offers_open(self, activity: Activity, now: datetime) -> bool:
        """No offers on a cancelled activity or for a course that has begun."""
        if activity.cancelled_on is not None:
            return False
        started = activity.first_meeting is not None and activity.first_meeting <= now
        return activity.draft.kind == ActivityKind.GROUP or not started

    def settle(self, activity_id: ActivityId) -> list[Registration]:
        """Offers whose time ran out go back to the end of the queue; every free place is
        offered to the first waiting. The new offers, first first. Inside a transaction."""
        now = self._clock()
        for r in self._repo.queue(activity_id):
            if r.status == S.OFFERED and r.offer_until is not None and r.offer_until <= now:
                self.join(r.id, "offer lapsed: back to the end of the queue")
        activity = self._courses.get(activity_id)
        if not self._offers_open(activity, now):
            return []
        free = activity.draft.capacity - self.occupied(activity_id)
        offers = []
        for r in self._repo.queue(activity_id):
            if free <= 0:
                break
            if r.status != S.WAITING:
                continue
            until = now + timedelta(days=self._offer_days())
            if activity.draft.kind == ActivityKind.COURSE and activity.first_meeting is not None:
                until = min(until, activity.first_meeting)
            self._repo.set_offer(r.id, until, now)
            self._audit.record(
                AuditAction.UPDATE, "registration", r.id, f"offered until={until:%Y-%m-%d %H:%M}"
            )
            offers.append(self._repo.registration(r.id))
            free -= 1
        return [o for o in offers if o is not None]

    def move(self, registration: Registration, position: int, reason: QueueReason) -> None:
        """Move a waiting person to ``position`` (1 = first) in the queue, with a reason."""
        if registration.status != S.WAITING or registration.activity_id is None:
            raise ValidationError("registration", "not_waiting")
        reason = QueueReason(reason)
        order = [r.id for r in self._repo.queue(registration.activity_id)]
        old = order.index(registration.id) + 1
        order.remove(registration.id)
        new = max(1, min(position, len(order) + 1))
        order.insert(new - 1, registration.id)
        self._repo.set_queue_order(order)
        self._audit.record(
            AuditAction.UPDATE,
            "registration",
            registration.id,
            f"queue {old}->{new} reason={reason.value}",
        )

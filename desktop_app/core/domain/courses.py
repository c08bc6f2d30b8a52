"""Core layer: courses and groups: course types, occasions and recurring groups (both
"activities" with meetings), participants, registrations, attendance, questionnaires."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from desktop_app.core.domain.client_enums import Gender, ReferralSource, TargetGroup
from desktop_app.core.domain.ids import (
    ActivityId,
    ClientId,
    CourseTypeId,
    MeetingId,
    ParticipantId,
    RegistrationId,
    StatementId,
    UserId,
)


class ActivityKind(StrEnum):
    COURSE = "course"
    GROUP = "group"


class RegistrationStatus(StrEnum):
    INTERESTED = "interested"
    REGISTERED = "registered"
    CONFIRMED = "confirmed"
    WAITING = "waiting"
    OFFERED = "offered"  # a freed place held for the first in the queue until they answer
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no_show"


S = RegistrationStatus
# The status changes a user may make by hand. "deltog" and "uteblev" follow from the
# attendance (corrected there); an offer is made by the waiting list and answered with
# ``OfferAnswer``; "anmäld" from "avbokad" registers again (a place or the queue's end).
TRANSITIONS: dict[RegistrationStatus, frozenset[RegistrationStatus]] = {
    S.INTERESTED: frozenset({S.CANCELLED}),
    S.REGISTERED: frozenset({S.CONFIRMED, S.CANCELLED}),
    S.CONFIRMED: frozenset({S.REGISTERED, S.CANCELLED}),
    S.WAITING: frozenset({S.CANCELLED}),
    S.OFFERED: frozenset(),
    S.CANCELLED: frozenset({S.REGISTERED}),
    S.ATTENDED: frozenset(),
    S.NO_SHOW: frozenset(),
}
# Statuses of a participant of the course (counted in its summary).
HOLDS_PLACE = frozenset({S.REGISTERED, S.CONFIRMED, S.ATTENDED, S.NO_SHOW})
# Statuses that take one of the places: the participants and an offer not yet answered.
OCCUPIES = HOLDS_PLACE | {S.OFFERED}
# In the queue for a place: waiting, or holding an offer.
QUEUED = frozenset({S.WAITING, S.OFFERED})
# Sent an invitation letter: those with a place (or one offered) not yet held.
INVITED = frozenset({S.REGISTERED, S.CONFIRMED, S.OFFERED})


class OfferAnswer(StrEnum):
    YES = "yes"  # takes the place: anmäld
    NO = "no"  # declines: avbokad, the place goes to the next
    NO_ANSWER = "no_answer"  # not reached: back to the end of the queue, the place goes on


class QueueReason(StrEnum):
    """Why a leader moves someone in the waiting queue (a fixed list, as removal
    reasons: free text could name someone, and the audit log is read by roles that
    must not see names)."""

    REFERRED = "referred"  # referred by the police or social services: goes first
    UNIT_PRIORITY = "unit_priority"  # the unit's own routine for who is offered first
    WRONG_ORDER = "wrong_order"  # a correction: the queue's order was wrong
    OTHER = "other"


class LateReason(StrEnum):
    """Why someone is registered after the registration deadline ("registrera ändå")."""

    REFERRED = "referred"  # referred today (police, social services)
    PLACE_FREED = "place_freed"  # a place became free late
    UNIT_DECISION = "unit_decision"
    OTHER = "other"


class Phase(StrEnum):
    BEFORE = "before"
    AFTER = "after"


@dataclass(frozen=True)
class CourseType:
    id: CourseTypeId
    name: str
    meeting_minutes: int
    meeting_count: int
    capacity: int
    minimum: int
    target_group: TargetGroup | None
    default_venue: str
    statements: tuple[str, ...] = ()
    statement_ids: tuple[StatementId, ...] = ()
    retired_on: date | None = None  # no new courses of a retired type; history kept
    description: str = ""  # what the course is: printed on its certificates
    weekday: int | None = None  # the usual day of its meetings (0 = Monday)
    starts: time | None = None  # the usual time of day its meetings begin


@dataclass(frozen=True)
class MeetingDraft:
    starts_at: datetime
    ends_at: datetime
    venue: str = ""
    reunion: bool = False


@dataclass(frozen=True)
class Meeting:
    id: MeetingId
    activity_id: ActivityId
    draft: MeetingDraft
    cancelled: bool = False
    attendance_taken: bool = False
    anonymous: int = 0  # attendances known only as a head count
    sequence: int = 0  # times moved or cancelled (the calendar event's SEQUENCE)


@dataclass(frozen=True)
class ActivityDraft:
    kind: ActivityKind
    name: str
    venue: str = ""
    type_id: CourseTypeId | None = None
    capacity: int = 12
    minimum: int = 1
    deadline: date | None = None
    guests: str = ""  # names or roles only
    rhythm_days: int | None = None  # groups: e.g. every 14 days
    leaders: tuple[UserId, ...] = ()


@dataclass(frozen=True)
class Activity:
    id: ActivityId
    draft: ActivityDraft
    created_at: datetime
    cancelled_on: date | None = None
    held_count: int = 0
    registered_count: int = 0
    waiting_count: int = 0  # waiting or holding an offer
    first_meeting: datetime | None = None
    last_meeting: datetime | None = None
    leader_names: tuple[str, ...] = ()
    missing_attendance: int = 0  # held meetings without recorded attendance (flagged)


@dataclass(frozen=True)
class ParticipantDraft:
    """A light-weight participant: anonymous participation must be possible."""

    name: str = ""
    phone: str = ""
    municipality: str = "unknown"
    district: str = ""
    referral: ReferralSource | None = None
    birth_year: int | None = None
    gender: Gender = Gender.NOT_STATED
    client_id: ClientId | None = None


@dataclass(frozen=True)
class Participant:
    id: ParticipantId
    code: str
    draft: ParticipantDraft


@dataclass(frozen=True)
class Registration:
    id: RegistrationId
    participant: Participant
    status: RegistrationStatus
    joined_at: datetime
    activity_id: ActivityId | None = None
    type_id: CourseTypeId | None = None
    left_on: date | None = None
    late_cancel: bool = False
    waitlisted_at: datetime | None = None  # when they (last) joined the waiting list
    offer_until: datetime | None = None  # an offered place is held until then
    invited_at: datetime | None = None  # the invitation letter was made then


@dataclass(frozen=True)
class StatementChange:
    statement: str
    before: float | None
    after: float | None
    answers: int

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class MeetingAttendance:
    meeting: Meeting
    present: int  # by name, plus any head count
    expected: int  # registrations recorded for it (0 for a head count only)


@dataclass(frozen=True)
class CourseSummary:
    activity: Activity
    meetings_planned: int
    meetings_held: int  # past, not cancelled, with attendance recorded
    meetings_without_attendance: int  # past meetings nobody recorded: flagged
    participants: int  # registrations that held a place
    unique_persons: int
    attendances: int
    attendance_rate: float | None
    no_shows: int
    late_cancellations: int
    age_bands: dict[str, int] = field(default_factory=dict)
    meetings_upcoming: int = 0  # not cancelled, not yet past
    per_meeting: list[MeetingAttendance] = field(default_factory=list)  # held, in order
    genders: dict[str, int] = field(default_factory=dict)  # unique persons by gender
    referrals: dict[str, int] = field(default_factory=dict)  # by referral ("" unknown)
    ages: tuple[int, int, float] | None = None  # youngest, oldest, mean (known ages)
    ages_known: int = 0
    municipalities: dict[str, int] = field(default_factory=dict)
    districts: dict[str, int] = field(default_factory=dict)
    questionnaire: list[StatementChange] = field(default_factory=list)

    @property
    def completed(self) -> bool:
        """Genomförd: every planned meeting is past and has its attendance recorded."""
        return self.meetings_planned > 0 and self.meetings_held == self.meetings_planned


@dataclass(frozen=True)
class Clash:
    """Another meeting at the same time in the same room or with the same leader."""

    activity_id: ActivityId
    activity_name: str
    starts_at: datetime
    ends_at: datetime
    same_room: bool
    same_leader: bool


@dataclass(frozen=True)
class CalendarEntry:
    meeting: Meeting
    activity_name: str
    kind: ActivityKind
    leaders: tuple[UserId, ...]
    clashes: tuple[Clash, ...] = ()  # a cancelled meeting clashes with nothing

    @property
    def clash(self) -> bool:
        return bool(self.clashes)

"""Core layer: a client (klient) or couple case, and what a counsellor enters for one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.core.domain.client_enums import (
    MUNICIPALITY_UNKNOWN,
    CaseKind,
    ChildrenAnswer,
    CloseReason,
    Gender,
    ReferralSource,
    TargetGroup,
)
from desktop_app.core.domain.ids import ClientId, UserId

ADULT_AGE = 18
ADULT_LIMIT_DAYS = 7  # access guarantee: a first time within 7 days
YOUTH_LIMIT_DAYS = 1  # and within 24 hours for under-18s


@dataclass(frozen=True)
class ClientDraft:
    """Everything optional but the kind: anonymous work is normal."""

    anonymous: bool = False
    kind: CaseKind = CaseKind.PERSON
    name: str = ""
    personal_id: str = ""  # 12 digits, personnummer or samordningsnummer
    birth_year: int | None = None
    gender: Gender = Gender.NOT_STATED
    municipality: str = MUNICIPALITY_UNKNOWN
    district: str = ""
    target_group: TargetGroup | None = None
    referral: ReferralSource | None = None
    requested_on: date | None = None
    first_offered_on: date | None = None
    responsible_id: UserId | None = None
    minor_children: ChildrenAnswer = ChildrenAnswer.UNKNOWN
    lives_with_children: ChildrenAnswer = ChildrenAnswer.UNKNOWN


@dataclass(frozen=True)
class Client:
    id: ClientId
    code: str
    draft: ClientDraft
    created_at: datetime
    closed_on: date | None = None
    close_reason: CloseReason | None = None
    last_contact_on: date | None = None
    contact_count: int = 0
    open_concerns: int = 0
    responsible_name: str = ""
    members: tuple[ClientId, ...] = field(default=())

    @property
    def active(self) -> bool:
        return self.closed_on is None

    @property
    def anonymous(self) -> bool:
        return self.draft.anonymous

    def age_on(self, day: date) -> int | None:
        return age_on(self.draft, day)

    def is_youth(self, day: date) -> bool:
        age = self.age_on(day)
        return age is not None and age < ADULT_AGE

    def days_waited(self, today: date) -> int | None:
        """Days from the request to the first offered time (or to today while waiting)."""
        requested = self.draft.requested_on
        if requested is None:
            return None
        return ((self.draft.first_offered_on or today) - requested).days

    def waiting_too_long(self, today: date) -> bool:
        if self.draft.requested_on is None or self.draft.first_offered_on is not None:
            return False
        limit = YOUTH_LIMIT_DAYS if self.is_youth(today) else ADULT_LIMIT_DAYS
        waited = self.days_waited(today)
        return waited is not None and waited > limit

    def offered_in_time(self) -> bool | None:
        d = self.draft
        if d.requested_on is None or d.first_offered_on is None:
            return None
        limit = YOUTH_LIMIT_DAYS if self.is_youth(d.requested_on) else ADULT_LIMIT_DAYS
        return (d.first_offered_on - d.requested_on).days <= limit


def birth_date_of(personal_id: str) -> date | None:
    if len(personal_id) != 12 or not personal_id.isdigit():
        return None
    day = int(personal_id[6:8])
    if day > 60:  # samordningsnummer
        day -= 60
    try:
        return date(int(personal_id[:4]), int(personal_id[4:6]), day)
    except ValueError:
        return None


def age_on(draft: ClientDraft, day: date) -> int | None:
    born = birth_date_of(draft.personal_id)
    if born is not None:
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
    if draft.birth_year is not None:
        return day.year - draft.birth_year
    return None

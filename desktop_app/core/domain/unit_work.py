"""Core layer: the unit's work outside client records: outreach, lectures and study
visits, consultations to professionals, user surveys and the year's goals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop_app.core.domain.contact_enums import ContactForm

__all__ = ["ContactForm"]
from desktop_app.core.domain.ids import (
    ConsultationId,
    EducationId,
    GoalId,
    MaterialId,
    OutreachId,
    OutreachPersonId,
    SurveyId,
    UserId,
)


class Arena(StrEnum):
    STREET = "street"
    INTERNET = "internet"
    PHONE_SMS = "phone_sms"
    OTHER_PLACE = "other_place"


class EducationKind(StrEnum):
    LECTURE = "lecture"
    TRAINING = "training"
    VISIT_US = "visit_us"
    VISIT_OTHER = "visit_other"


@dataclass(frozen=True)
class AdCounts:
    """Internet outreach: ads observed, as numbers only – never names or links."""

    seen: int = 0
    new: int = 0
    women: int = 0
    men: int = 0
    under_25: int = 0
    age_25_plus: int = 0


@dataclass(frozen=True)
class OutreachDraft:
    day: date
    arena: Arena
    contacts: int
    new_persons: int = 0
    women: int = 0
    men: int = 0
    others: int = 0  # trans persons, non-binary, not known
    mails: int = 0
    sms: int = 0
    replies: int = 0
    materials: dict[MaterialId, int] = field(default_factory=dict)
    staff: tuple[UserId, ...] = ()
    note: str = ""
    ads: AdCounts = AdCounts()
    # persons of the unit's pseudonymous register met this day (domain/outreach_persons.py)
    met: tuple[OutreachPersonId, ...] = ()


@dataclass(frozen=True)
class Outreach:
    id: OutreachId
    draft: OutreachDraft


@dataclass(frozen=True)
class Material:
    """Something handed out, e.g. prevention packages, with the number acquired."""

    id: MaterialId
    name: str
    stock: int
    handed_out: int = 0
    counter: bool = False  # the unit's own counter: counted per outreach day, no stock


@dataclass(frozen=True)
class EducationDraft:
    day: date
    kind: EducationKind
    participants: int
    audience: str = ""  # e.g. socialsekreterare, skolpersonal, polis, studenter
    organisation: str = ""
    municipality: str = "unknown"
    title: str = ""
    staff: tuple[UserId, ...] = ()


@dataclass(frozen=True)
class Education:
    id: EducationId
    draft: EducationDraft


@dataclass(frozen=True)
class ConsultationDraft:
    day: date
    profession: str
    municipality: str = "unknown"
    form: ContactForm = ContactForm.PHONE
    minutes: int = 0
    staff: tuple[UserId, ...] = ()


@dataclass(frozen=True)
class Consultation:
    id: ConsultationId
    draft: ConsultationDraft


@dataclass(frozen=True)
class Survey:
    id: SurveyId
    name: str
    year: int
    options: tuple[str, ...]  # the answer scale, best first: "stämmer mycket bra" …
    statements: tuple[str, ...]
    statement_ids: tuple[int, ...] = ()
    responses: int = 0


@dataclass(frozen=True)
class SurveyResponse:
    """One typed paper form: per statement the chosen option (1 = the first) or None."""

    id: int
    entered_at: datetime
    answers: tuple[int | None, ...]

    def typed(self) -> str:
        return "".join("0" if a is None else str(a) for a in self.answers)


@dataclass(frozen=True)
class StatementResult:
    statement: str
    counts: tuple[int, ...]  # per option; unanswered not counted
    answered: int

    def shares(self) -> tuple[float, ...]:
        return tuple(c / self.answered if self.answered else 0.0 for c in self.counts)


@dataclass(frozen=True)
class GoalDraft:
    year: int
    goal: str
    activity: str = ""
    score: int | None = None  # 1 ej uppnått, 2 delvis, 3 fullt ut
    comment: str = ""


@dataclass(frozen=True)
class Goal:
    id: GoalId
    draft: GoalDraft
    position: int = 0

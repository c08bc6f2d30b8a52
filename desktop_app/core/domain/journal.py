"""Core layer: journal notes (never edited in place: a correction is a new version)
and reports of concern (orosanmälan)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.core.domain.client_enums import FollowUpAnswer
from desktop_app.core.domain.ids import ClientId, ConcernReportId, JournalNoteId, UserId


@dataclass(frozen=True)
class JournalNote:
    id: JournalNoteId
    client_id: ClientId
    root_id: JournalNoteId  # the first version's id; shared by all versions
    version: int
    title: str
    text: str
    written_by: UserId
    written_by_name: str
    written_at: datetime
    current: bool  # False once a newer version exists


@dataclass(frozen=True)
class ConcernReport:
    id: ConcernReportId
    client_id: ClientId
    reported_on: date
    recipient: str  # which social services
    reported_by: UserId
    reported_by_name: str
    note: str
    closed_on: date | None = None

    @property
    def open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class FollowUpQuestion:
    key: str
    text: str  # a built-in question's text is chosen by the UI from its key
    builtin: bool


BUILTIN_FOLLOW_UPS = ("stopped_buying_sex", "stopped_porn")


@dataclass(frozen=True)
class Episode:
    """One period a case was open; reopening starts a new one."""

    opened_on: date
    closed_on: date | None
    close_reason: str | None
    follow_up: dict[str, FollowUpAnswer]


@dataclass(frozen=True)
class NoteTemplate:
    """A unit's start for a journal note, e.g. "Första samtalet" with its headings."""

    name: str
    text: str


DEFAULT_NOTE_TEMPLATES = (
    NoteTemplate(
        "Första samtalet",
        "Anledning till kontakten:\n\nSituationen i dag:\n\n"
        "Vad klienten vill förändra:\n\nÖverenskommelse och nästa steg:\n",
    ),
    NoteTemplate(
        "Uppföljande samtal",
        "Sedan sist:\n\nSamtalet handlade om:\n\nNästa steg:\n",
    ),
)

"""Core layer: report sections composed from the services (access, outcomes, courses and
groups, outreach and education) and the unit's own texts for the yearly report."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date, datetime
from statistics import median

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.clients import Client, ClientDraft
from desktop_app.core.domain.cost_sharing import SETTING as COST_SHARING
from desktop_app.core.domain.cost_sharing import sharing_from_json
from desktop_app.core.domain.courses import ActivityKind
from desktop_app.core.domain.ids import ClientId
from desktop_app.core.domain.periods import Period
from desktop_app.core.domain.report_sections import (
    AccessReport,
    ActivityLine,
    CoursesReport,
    OutcomeLine,
    OutreachReport,
)
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.domain.yearly_report import OLD_KEYS, TEXT_KEYS, ReportPart
from desktop_app.core.errors import ValidationError
from desktop_app.core.services import frozen_sections
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.client_service import ClientService
from desktop_app.core.services.course_service import CourseService
from desktop_app.core.services.outreach_person_service import OutreachPersonService
from desktop_app.core.services.ports import Clock, SettingsRepo, UnitOfWork
from desktop_app.core.services.ports_work import StatsRepo
from desktop_app.core.services.registration_service import RegistrationService
from desktop_app.core.services.unit_work_service import UnitWorkService

MAX_TEXT = 20_000
PARTS_SETTING = "yearly_report_parts"


class ReportService:
    """The reports built from several services (access, outcomes, courses, outreach,
    the yearly texts); it receives those services, never the session."""

    def __init__(
        self,
        *,
        clients: ClientService,
        courses: CourseService,
        registrations: RegistrationService,
        work: UnitWorkService,
        outreach_persons: OutreachPersonService,
        audit: AuditService,
        settings: SettingsRepo,
        stats: StatsRepo,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
    ) -> None:
        self._clients = clients
        self._courses = courses
        self._registrations = registrations
        self._work = work
        self._met = outreach_persons
        self._audit = audit
        self._settings = settings
        self._stats = stats
        self._uow = uow
        self._actor = actor
        self._clock = clock

    def _allowed(self) -> None:
        require(self._actor(), Permission.READ_STATISTICS)

    def _kept(self, period: Period, name: str):
        """The section as its frozen period keeps it, or None when the period is live."""
        frozen = self._stats.frozen(period.start, period.end)
        if frozen is None:
            return None
        kept = json.loads(frozen.sections).get(name)
        return None if kept is None else frozen_sections.from_dict(name, kept)

    def kept_sections(self, period: Period) -> set[str]:
        """The sections the period's freeze kept (none for a live period; a period frozen
        before these sections were kept has only the key figures, clients and
        municipalities)."""
        self._allowed()
        frozen = self._stats.frozen(period.start, period.end)
        return set(json.loads(frozen.sections)) if frozen is not None else set()

    def live_sections(self, period: Period) -> dict[str, object]:
        """Every section computed today, for freezing the period (an administrator's)."""
        require(self._actor(), Permission.MANAGE_UNIT)
        live = {
            "access": self._live_access(period),
            "outcomes": self._live_outcomes(period),
            "courses": self._live_courses(period),
            "outreach": self._live_outreach(period),
        }
        return {name: frozen_sections.to_dict(name, value) for name, value in live.items()}

    # -- access guarantee -------------------------------------------------------------
    def access(self, period: Period) -> AccessReport:
        """Requests for help made in the period, and how fast a first time was offered."""
        self._allowed()
        require(self._actor(), Permission.READ_CLIENTS)
        kept = self._kept(period, "access")
        return kept if kept is not None else self._live_access(period)

    def _live_access(self, period: Period) -> AccessReport:
        waits, within, waiting, requests = [], 0, 0, 0
        for requested, offered, birth_year, personal_id in self._stats.requests(
            period.start, period.end
        ):
            requests += 1
            if offered is None:
                waiting += 1
                continue
            draft = ClientDraft(
                birth_year=birth_year,
                personal_id=personal_id,
                requested_on=date.fromisoformat(requested),
                first_offered_on=date.fromisoformat(offered),
            )
            case = Client(ClientId(0), "", draft, datetime.min)
            waits.append(case.days_waited(period.end))
            within += bool(case.offered_in_time())
        return AccessReport(
            requests,
            len(waits),
            within,
            waiting,
            median(waits) if waits else None,
            max(waits) if waits else None,
        )

    # -- outcomes ---------------------------------------------------------------------
    def outcomes(self, period: Period) -> list[OutcomeLine]:
        """Follow-up answers of cases closed in the period, per question."""
        self._allowed()
        require(self._actor(), Permission.READ_CLIENTS)
        kept = self._kept(period, "outcomes")
        return kept if kept is not None else self._live_outcomes(period)

    def _live_outcomes(self, period: Period) -> list[OutcomeLine]:
        counts = self._stats.follow_up_counts(period.start, period.end)
        return [
            OutcomeLine(q.key if q.builtin else q.text, q.builtin, counts.get(q.key, {}))
            for q in self._clients.follow_up_questions()
        ]

    # -- courses and groups -----------------------------------------------------------
    def courses(self, period: Period) -> CoursesReport:
        self._allowed()
        require(self._actor(), Permission.MANAGE_COURSES)
        kept = self._kept(period, "courses")
        return kept if kept is not None else self._live_courses(period)

    def _live_courses(self, period: Period) -> CoursesReport:
        lines = []
        municipalities: Counter[str] = Counter()
        districts: Counter[str] = Counter()
        questionnaire = []
        met = {  # one read of the period's meetings: only those activities are summed
            e.meeting.activity_id
            for e in self._courses.calendar(period.start, period.end)
            if not e.meeting.cancelled
        }
        for kind in (ActivityKind.COURSE, ActivityKind.GROUP):
            for activity in self._courses.activities(kind):
                if activity.id not in met:
                    continue
                s = self._registrations.summary(activity.id, period)
                if not s.meetings_held:
                    continue
                municipalities.update(s.municipalities)
                districts.update({k: v for k, v in s.districts.items() if k})
                questionnaire += [
                    (activity.draft.name, q.statement, q.before, q.after, q.answers)
                    for q in s.questionnaire
                    if q.answers and q.before is not None and q.after is not None
                ]
                lines.append(
                    ActivityLine(
                        activity.draft.name,
                        kind.value,
                        s.meetings_held,
                        s.participants,
                        s.unique_persons,
                        s.attendances,
                        s.attendance_rate,
                        s.no_shows,
                        s.completed,
                    )
                )
        return CoursesReport(lines, dict(municipalities), dict(districts), questionnaire)

    # -- outreach and education -------------------------------------------------------
    def outreach(self, period: Period) -> OutreachReport:
        self._allowed()
        require(self._actor(), Permission.MANAGE_ACTIVITIES)
        kept = self._kept(period, "outreach")
        return kept if kept is not None else self._live_outreach(period)

    def _live_outreach(self, period: Period) -> OutreachReport:
        """Sums read in SQL: a year of outreach evenings is never built record by record."""
        work, stats = self._work, self._stats
        arenas = stats.outreach_by_arena(period.start, period.end)
        education = work.education(period.start, period.end)
        audience: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for e in education:
            key = e.draft.audience or ""
            audience[key][0] += 1
            audience[key][1] += e.draft.participants
        handed = stats.materials_handed_out(period.start, period.end)
        known = work.materials()
        materials = tuple(
            (m.name, handed.get(m.id, 0), m.stock)
            for m in known
            if handed.get(m.id) and not m.counter
        )
        counted = tuple((m.name, handed[m.id]) for m in known if m.counter and handed.get(m.id))
        consultations = work.consultations(period.start, period.end)
        sharing = sharing_from_json(self._settings.get(COST_SHARING))
        by_year: dict[str, Counter] = defaultdict(Counter)
        by_municipality: Counter = Counter()
        for c in consultations:
            place = c.draft.municipality
            group = sharing.group(place) if sharing else "all"
            by_year[str(c.draft.day.year)][group] += 1
            by_municipality[place] += 1
        return OutreachReport(
            materials=materials,
            counters=counted,
            counts=stats.outreach_counts(period.start, period.end),
            contacts=sum(contacts for _, contacts, _ in arenas.values()),
            new_persons=sum(new for _, _, new in arenas.values()),
            packages=sum(n for _, n, _ in materials),
            education_occasions=len(education),
            education_participants=sum(e.draft.participants for e in education),
            consultations=len(consultations),
            consultations_by_year={y: dict(c) for y, c in sorted(by_year.items())},
            consultations_by_municipality=dict(by_municipality.most_common()),
            home=sharing.home if sharing else None,
            by_audience={k: (v[0], v[1]) for k, v in audience.items()},
            by_arena={arena: days for arena, (days, _, _) in arenas.items()},
            met=self._met.groups(period.start, period.end),
        )

    # -- the unit's own texts for the yearly report -----------------------------------
    def texts(self, year: int) -> dict[str, str]:
        """The unit's texts for ``year`` (Markdown; '' where none is written)."""
        self._allowed()
        texts = {key: self._settings.get(f"yearly_text_{year}_{key}") or "" for key in TEXT_KEYS}
        for old, new in OLD_KEYS.items():  # a year written before the chapters existed
            if not texts[new]:
                texts[new] = self._settings.get(f"yearly_text_{year}_{old}") or ""
        return texts

    def starting_texts(self, year: int) -> tuple[dict[str, str], int | None]:
        """The texts to start editing ``year`` from: its own, or, when nothing is written
        for it yet, the latest earlier year's (and that year) as a start."""
        texts = self.texts(year)
        if any(texts.values()):
            return texts, None
        for earlier in range(year - 1, year - 11, -1):
            previous = self.texts(earlier)
            if any(previous.values()):
                return previous, earlier
        return texts, None

    def report_parts(self) -> tuple[ReportPart, ...]:
        """The figure sections the unit puts in its yearly report (all unless chosen)."""
        self._allowed()
        stored = self._settings.get(PARTS_SETTING)
        if stored is None:
            return tuple(ReportPart)
        return tuple(ReportPart(p) for p in stored.split(",") if p in set(ReportPart))

    def set_report_parts(self, parts: list[ReportPart]) -> None:
        require(self._actor(), Permission.MANAGE_ACTIVITIES)
        chosen = [ReportPart(p).value for p in ReportPart if p in set(parts)]
        with self._uow.transaction():
            self._settings.set(PARTS_SETTING, ",".join(chosen))
            self._audit.record(AuditAction.UPDATE, "yearly_report", 0, "parts")

    def set_texts(self, year: int, texts: dict[str, str]) -> None:
        require(self._actor(), Permission.MANAGE_ACTIVITIES)
        for key, text in texts.items():
            if key not in TEXT_KEYS:
                raise ValidationError("text", "unknown")
            if len(text) > MAX_TEXT:
                raise ValidationError("text", "too_long", maximum=MAX_TEXT)
        with self._uow.transaction():
            for key, text in texts.items():
                self._settings.set(f"yearly_text_{year}_{key}", text.strip())
            self._audit.record(AuditAction.UPDATE, "yearly_report", year, "texts")

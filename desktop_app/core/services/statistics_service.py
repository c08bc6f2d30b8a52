"""Core layer: statistics: the key figures per month for any period, with the unit's
own choice of rows; numbers only (the statistics role sees no names)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import date, datetime

from desktop_app.core.domain import periods
from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.client_report import ClientReport
from desktop_app.core.domain.cost_sharing import SETTING as COST_SHARING
from desktop_app.core.domain.cost_sharing import (
    CostSharing,
    MunicipalityLine,
    MunicipalityReport,
    sharing_from_json,
    sharing_to_json,
)
from desktop_app.core.domain.measures import (
    CATALOGUE,
    DEFAULT_ROWS,
    DISTINCT,
    KeyFigureLayout,
    KeyFigureLine,
    KeyFigureRow,
    KeyFigureTable,
    Measure,
    RefreezeReason,
    filter_is_valid,
)
from desktop_app.core.domain.periods import Period
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.unit_work import Arena
from desktop_app.core.domain.users import User
from desktop_app.core.errors import ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.course_summary import age_band
from desktop_app.core.services.ports import SettingsRepo, UnitOfWork
from desktop_app.core.services.ports_work import StatsRepo

KEY_FIGURE_ROWS = "key_figure_rows"
KEY_FIGURE_LAYOUT = "key_figure_layout"
MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


class StatisticsService:
    def __init__(
        self,
        repo: StatsRepo,
        settings: SettingsRepo,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
    ) -> None:
        self._repo = repo  # storage's SqlStatsRepo
        self._settings = settings
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._more_sections: Callable[[Period], dict] | None = None

    def keep_sections_of(self, live_sections: Callable[[Period], dict]) -> None:
        """Freezing also keeps the sections another service computes (the reports')."""
        self._more_sections = live_sections

    def _allowed(self) -> User:
        actor = self._actor()
        require(actor, Permission.READ_STATISTICS)
        return actor

    # -- which rows the unit prints ---------------------------------------------------
    def key_figure_rows(self) -> tuple[KeyFigureRow, ...]:
        stored = self._settings.get(KEY_FIGURE_ROWS)
        if not stored:
            return DEFAULT_ROWS
        return tuple(
            KeyFigureRow(
                Measure(r["measure"]), r["label"], r.get("counted_from"), r.get("filter", "")
            )
            for r in json.loads(stored)
        )

    def set_key_figure_rows(self, rows: list[KeyFigureRow]) -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        cleaned = []
        for row in rows:
            label = " ".join(row.label.split())
            if not label:
                raise ValidationError("label", "required")
            entry = {"measure": Measure(row.measure).value, "label": label}
            if row.filter or CATALOGUE[Measure(row.measure)].filter_required:
                if not filter_is_valid(row.measure, row.filter, *self._filter_choices()):
                    raise ValidationError("rows", "invalid")
                entry["filter"] = row.filter
            if row.counted_from:
                if not MONTH.fullmatch(row.counted_from):
                    raise ValidationError("counted_from", "invalid")
                entry["counted_from"] = row.counted_from
            cleaned.append(entry)
        if not cleaned:
            raise ValidationError("rows", "required")
        with self._uow.transaction():
            self._settings.set(KEY_FIGURE_ROWS, json.dumps(cleaned, ensure_ascii=False))
            self._audit.record(AuditAction.UPDATE, "unit", KEY_FIGURE_ROWS)

    def _filter_choices(self) -> tuple[set[int], set[int], set[str]]:
        """The materials, the unit's own counters and the arenas a row may name."""
        materials = self._repo.material_kinds()
        return (
            {m for m, counter in materials if not counter},
            {m for m, counter in materials if counter},
            {a.value for a in Arena},
        )

    def key_figure_layout(self) -> KeyFigureLayout:
        stored = self._settings.get(KEY_FIGURE_LAYOUT)
        if not stored:
            return KeyFigureLayout()
        data = json.loads(stored)
        return KeyFigureLayout(bool(data.get("months", True)), str(data.get("before_mark", "x")))

    def set_key_figure_layout(self, layout: KeyFigureLayout) -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        mark = layout.before_mark.strip()
        if len(mark) > 3:
            raise ValidationError("before_mark", "too_long", maximum=3)
        data = {"months": bool(layout.months), "before_mark": mark}
        with self._uow.transaction():
            self._settings.set(KEY_FIGURE_LAYOUT, json.dumps(data, ensure_ascii=False))
            self._audit.record(AuditAction.UPDATE, "unit", KEY_FIGURE_LAYOUT)

    # -- figures ----------------------------------------------------------------------
    def monthly(
        self, measure: Measure, period: Period, filter: str = ""
    ) -> tuple[tuple[int, ...], int]:
        """A measure's value per month of the period (narrowed to ``filter``, see
        KeyFigureRow), and its total for the period."""
        self._allowed()
        by_month = self._repo.monthly(measure, period.start, period.end, filter)
        values = tuple(by_month.get(f"{y:04d}-{m:02d}", 0) for y, m in period.months())
        if measure in DISTINCT:
            total = self._repo.distinct_total(measure, period.start, period.end)
        else:
            total = sum(values)
        return values, total

    def key_figures(
        self, period: Period, rows: tuple[KeyFigureRow, ...] | None = None
    ) -> KeyFigureTable:
        """The key figures; a closed period's come from its frozen snapshot."""
        self._allowed()
        frozen = self._repo.frozen(period.start, period.end)
        if frozen is not None:
            table = table_from_json(frozen.key_figures, frozen.frozen_at, frozen.frozen_by)
        else:
            table = self._live_key_figures(period, rows)
        return replace(table, layout=self.key_figure_layout())  # how it is printed today

    def _live_key_figures(
        self, period: Period, rows: tuple[KeyFigureRow, ...] | None = None
    ) -> KeyFigureTable:
        rows = rows or self.key_figure_rows()
        lines = tuple(
            KeyFigureLine(row, *self.monthly(row.measure, period, row.filter)) for row in rows
        )
        return KeyFigureTable(tuple(period.months()), lines)

    def clients(self, period: Period) -> ClientReport:
        """Clients in the period; relatives and couples counted apart."""
        self._allowed()
        frozen = self._repo.frozen(period.start, period.end)
        if frozen is not None:
            return ClientReport(**json.loads(frozen.clients))
        return self._live_clients(period)

    def frozen_at(self, period: Period) -> str | None:
        self._allowed()
        frozen = self._repo.frozen(period.start, period.end)
        return frozen.frozen_at if frozen else None

    def freeze(self, period: Period, now: datetime) -> None:
        """Close a period ("fastställ"): keep every report's figures for it, and for
        every quarter and month inside it, as they are today, so purging client records
        later changes none of them."""
        actor = self._actor()
        require(actor, Permission.MANAGE_UNIT)
        if self._repo.frozen(period.start, period.end) is not None:
            raise ValidationError("period", "already_frozen")
        if period.end >= now.date():
            raise ValidationError("period", "not_ended")
        with self._uow.transaction():
            self._snapshot(period, now, actor.id)
            self._audit.record(AuditAction.CREATE, "frozen_period", period.label)

    def refreeze(self, period: Period, reason: RefreezeReason, now: datetime) -> None:
        """Replace a frozen period's figures with today's (a registration corrected
        after the freeze), with the reason in the audit log: never silently."""
        actor = self._actor()
        require(actor, Permission.MANAGE_UNIT)
        reason = RefreezeReason(reason)
        old = self._repo.frozen(period.start, period.end)
        if old is None:
            raise ValidationError("period", "not_frozen")
        with self._uow.transaction():
            for part in [period, *periods.inside(period)]:
                self._repo.unfreeze(part.start, part.end)
            self._snapshot(period, now, actor.id, reason.value)
            self._audit.record(
                AuditAction.UPDATE,
                "frozen_period",
                period.label,
                f"frozen anew reason={reason.value} (was {old.frozen_at})",
            )

    def _snapshot(self, period: Period, now: datetime, by: int, reason: str | None = None) -> None:
        at = now.isoformat(timespec="seconds")
        for part in [period, *periods.inside(period)]:
            if self._repo.frozen(part.start, part.end) is not None:
                continue  # a quarter frozen before keeps its own figures
            sections = {"municipalities": municipalities_to_dict(self._live_municipalities(part))}
            if self._more_sections is not None:  # access, outcomes, courses, outreach
                sections.update(self._more_sections(part))
            self._repo.freeze(
                part.start,
                part.end,
                at,
                by,
                table_to_json(self._live_key_figures(part)),
                json.dumps(asdict(self._live_clients(part)), ensure_ascii=False),
                json.dumps(sections, ensure_ascii=False),
                reason,
            )

    # -- drill-down -------------------------------------------------------------------
    DRILL_PERMISSION = {m: spec.drill for m, spec in CATALOGUE.items()}

    def may_drill(self, measure: Measure) -> bool:
        return self._actor().may(self.DRILL_PERMISSION[Measure(measure)])

    def records(
        self, measure: Measure, period: Period, filter: str = ""
    ) -> list[tuple[str, str, int]]:
        """The records behind a figure: (day, what, number); client records by their
        pseudonymous code only, and only for roles that may read them."""
        actor = self._allowed()
        require(actor, self.DRILL_PERMISSION[Measure(measure)])
        rows = self._repo.drill(Measure(measure), period.start, period.end, filter)
        self._audit.record(AuditAction.READ, "statistics", measure.value, period.label)
        return rows

    # -- per municipality and cost sharing --------------------------------------------
    def cost_sharing(self) -> CostSharing | None:
        return sharing_from_json(self._settings.get(COST_SHARING))

    def set_cost_sharing(self, sharing: CostSharing, known_codes: frozenset[str]) -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        if sharing.total_cost < 0:
            raise ValidationError("total_cost", "negative")
        seen = set()
        for code, population in sharing.parties:
            if code not in known_codes:
                raise ValidationError("municipality", "invalid")
            if code in seen:
                raise ValidationError("municipality", "duplicate")
            if population <= 0:
                raise ValidationError("population", "negative")
            seen.add(code)
        if sharing.home is not None and sharing.home not in known_codes:
            raise ValidationError("municipality", "invalid")
        with self._uow.transaction():
            self._settings.set(COST_SHARING, sharing_to_json(sharing))
            self._audit.record(AuditAction.UPDATE, "unit", COST_SHARING)

    def municipalities(self, period: Period) -> MunicipalityReport:
        """Clients, contacts and course participants per home municipality, beside each
        party's share of the cost and of the use; a closed period's as frozen."""
        self._allowed()
        frozen = self._repo.frozen(period.start, period.end)
        if frozen is not None:
            kept = json.loads(frozen.sections).get("municipalities")
            if kept is not None:
                return municipalities_from_dict(kept)
        return self._live_municipalities(period)

    def clients_and_municipalities(self, period: Period) -> tuple[ClientReport, MunicipalityReport]:
        """Both reports of a period from one read of its clients (the yearly report)."""
        self._allowed()
        frozen = self._repo.frozen(period.start, period.end)
        if frozen is not None:
            return self.clients(period), self.municipalities(period)
        rows = self._repo.client_rows(period.start, period.end)
        return self._live_clients(period, rows), self._live_municipalities(period, rows)

    def _live_municipalities(self, period: Period, rows=None) -> MunicipalityReport:
        """ "Klienter" as in the client report (relatives apart); "Samtal" every contact
        of the period: clients', relatives', a couple's (in the couple's municipality) and
        unregistered ones with the municipality noted on them, so the column adds up to
        the key figures' Rådgivning och samtal."""
        if rows is None:
            rows = self._repo.client_rows(period.start, period.end)
        people = [r for r in rows if r.kind == "person" and r.target_group != "relative"]
        relatives = Counter(
            r.municipality for r in rows if r.kind == "person" and r.target_group == "relative"
        )
        clients = Counter(r.municipality for r in people)
        contacts: Counter = Counter()
        for r in rows:
            contacts[r.municipality] += r.contacts
        contacts.update(self._repo.unregistered_by_municipality(period.start, period.end))
        participants = self._repo.participants_by_municipality(period.start, period.end)
        sharing = self.cost_sharing()
        party_codes = {c for c, _ in sharing.parties} if sharing else set()
        party_clients = sum(n for code, n in clients.items() if code in party_codes)
        codes = sorted(
            set(clients) | set(relatives) | set(contacts) | set(participants) | party_codes,
            key=lambda c: (c == "unknown", -clients.get(c, 0), c),  # "okänt" last
        )
        lines = tuple(
            MunicipalityLine(
                code,
                clients.get(code, 0),
                contacts.get(code, 0),
                participants.get(code, 0),
                sharing.share(code) if sharing else None,
                sharing.cost(code) if sharing else None,
                clients.get(code, 0) / party_clients
                if code in party_codes and party_clients
                else None,
                relatives.get(code, 0),
            )
            for code in codes
        )
        return MunicipalityReport(lines, sharing)

    def _live_clients(self, period: Period, rows=None) -> ClientReport:
        if rows is None:
            rows = self._repo.client_rows(period.start, period.end)
        people = [r for r in rows if r.kind == "person" and r.target_group != "relative"]
        relatives = [r for r in rows if r.kind == "person" and r.target_group == "relative"]
        couples = [r for r in rows if r.kind == "couple"]

        def count(values) -> dict[str, int]:
            return dict(Counter(values).most_common())

        sharing = self.cost_sharing()
        groups: dict[str, Counter] = {}
        if sharing is not None:
            for r in people:
                key = r.referral or "unknown"
                groups.setdefault(key, Counter())[sharing.group(r.municipality)] += 1

        return ClientReport(
            clients=len(people),
            relatives=len(relatives),
            couples=len(couples),
            contacts=sum(r.contacts for r in rows),
            unregistered_contacts=self._repo.unregistered_contacts(period.start, period.end),
            new=sum(1 for r in people if r.new),
            continuing=sum(1 for r in people if not r.new),
            anonymous=sum(1 for r in people if r.anonymous),
            by_gender=count(r.gender for r in people),
            by_age=count(age_band(r.birth_year, period.end.year) for r in people),
            by_target_group=count(r.target_group or "unknown" for r in people),
            by_referral=count(r.referral or "unknown" for r in people),
            by_municipality=count(r.municipality for r in people),
            by_district=count(r.district for r in people if r.district),
            by_referral_group={k: dict(v) for k, v in groups.items()},
            home=sharing.home if sharing else None,
        )


def table_to_json(table: KeyFigureTable) -> str:
    return json.dumps(
        {
            "months": [list(m) for m in table.months],
            "lines": [
                {
                    "measure": line.row.measure.value,
                    "label": line.row.label,
                    "counted_from": line.row.counted_from,
                    "filter": line.row.filter,
                    "values": list(line.values),
                    "total": line.total,
                }
                for line in table.lines
            ],
        },
        ensure_ascii=False,
    )


def table_from_json(text: str, frozen_at: str, frozen_by: str = "") -> KeyFigureTable:
    data = json.loads(text)
    return KeyFigureTable(
        tuple(tuple(m) for m in data["months"]),
        tuple(
            KeyFigureLine(
                KeyFigureRow(
                    Measure(x["measure"]), x["label"], x.get("counted_from"), x.get("filter", "")
                ),
                tuple(x["values"]),
                x["total"],
            )
            for x in data["lines"]
        ),
        frozen_at=frozen_at,
        frozen_by=frozen_by,
    )


def municipalities_to_dict(report: MunicipalityReport) -> dict:
    return asdict(report)


def municipalities_from_dict(data: dict) -> MunicipalityReport:
    sharing = data.get("sharing")
    return MunicipalityReport(
        tuple(MunicipalityLine(**line) for line in data["lines"]),
        CostSharing(
            sharing["total_cost"],
            date.fromisoformat(sharing["as_of"]),
            tuple(tuple(p) for p in sharing["parties"]),
        )
        if sharing
        else None,
    )

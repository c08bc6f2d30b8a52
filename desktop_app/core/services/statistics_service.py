"""Core layer: statistics: the key figures per month for any period, with the unit's
own choice of rows; numbers only (the statistics role sees no names)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.client_report import ClientReport
from desktop_app.core.domain.measures import (
    DEFAULT_ROWS,
    DISTINCT,
    KeyFigureLine,
    KeyFigureRow,
    KeyFigureTable,
    Measure,
)
from desktop_app.core.domain.periods import Period
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.course_summary import age_band
from desktop_app.core.services.ports import SettingsRepo, UnitOfWork

KEY_FIGURE_ROWS = "key_figure_rows"


class StatisticsService:
    def __init__(
        self,
        repo: Any,
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

    def _allowed(self) -> User:
        actor = self._actor()
        require(actor, Permission.READ_STATISTICS)
        return actor

    # -- which rows the unit prints ---------------------------------------------------
    def key_figure_rows(self) -> tuple[KeyFigureRow, ...]:
        stored = self._settings.get(KEY_FIGURE_ROWS)
        if not stored:
            return DEFAULT_ROWS
        return tuple(KeyFigureRow(Measure(r["measure"]), r["label"]) for r in json.loads(stored))

    def set_key_figure_rows(self, rows: list[KeyFigureRow]) -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        cleaned = []
        for row in rows:
            label = " ".join(row.label.split())
            if not label:
                raise ValidationError("label", "required")
            cleaned.append({"measure": Measure(row.measure).value, "label": label})
        if not cleaned:
            raise ValidationError("rows", "required")
        with self._uow.transaction():
            self._settings.set(KEY_FIGURE_ROWS, json.dumps(cleaned, ensure_ascii=False))
            self._audit.record(AuditAction.UPDATE, "unit", KEY_FIGURE_ROWS)

    # -- figures ----------------------------------------------------------------------
    def monthly(self, measure: Measure, period: Period) -> tuple[tuple[int, ...], int]:
        """A measure's value per month of the period, and its total for the period."""
        self._allowed()
        by_month = self._repo.monthly(measure, period.start, period.end)
        values = tuple(by_month.get(f"{y:04d}-{m:02d}", 0) for y, m in period.months())
        if measure in DISTINCT:
            total = self._repo.distinct_total(measure, period.start, period.end)
        else:
            total = sum(values)
        return values, total

    def key_figures(
        self, period: Period, rows: tuple[KeyFigureRow, ...] | None = None
    ) -> KeyFigureTable:
        self._allowed()
        rows = rows or self.key_figure_rows()
        lines = tuple(KeyFigureLine(row, *self.monthly(row.measure, period)) for row in rows)
        return KeyFigureTable(tuple(period.months()), lines)

    def clients(self, period: Period) -> ClientReport:
        """Clients in the period; relatives and couples counted apart."""
        self._allowed()
        rows = self._repo.client_rows(period.start, period.end)
        people = [r for r in rows if r.kind == "person" and r.target_group != "relative"]
        relatives = [r for r in rows if r.kind == "person" and r.target_group == "relative"]
        couples = [r for r in rows if r.kind == "couple"]

        def count(values) -> dict[str, int]:
            return dict(Counter(values).most_common())

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
        )

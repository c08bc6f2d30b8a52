"""Core layer: purging (gallring) after a review the administrator confirms.

Client records go a number of years (default five, SoL 12 kap.) after their last
entry; course participants' names and unregistered contacts by their own rules, and
the aliases of persons met in outreach by the participants' rule (the person stays a
number in the figures). A
record on hold is never purged. The purge log keeps counts, the rule and who did
it, never a name; frozen statistics are separate and stay as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.purge import (
    MAX_YEARS,
    MIN_YEARS,
    PurgeCandidate,
    PurgeKind,
    PurgeLogEntry,
    PurgeReview,
    PurgeRules,
)
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.ports import (
    Clock,
    PurgeRepo,
    SetAsideStore,
    SettingsRepo,
    UnitOfWork,
)

SETTING = {
    PurgeKind.CLIENT: "purge_client_years",
    PurgeKind.PARTICIPANT: "purge_participant_years",
    PurgeKind.CONTACT: "purge_contact_years",
}


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class PurgeService:
    def __init__(
        self,
        repo: PurgeRepo,
        settings: SettingsRepo,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
        set_aside: SetAsideStore | None = None,
    ) -> None:
        self._set_aside = set_aside
        self._repo = repo
        self._settings = settings
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._clock = clock

    def rules(self) -> PurgeRules:
        defaults = PurgeRules()
        values = {
            kind: int(self._settings.get(key) or defaults.years(kind))
            for kind, key in SETTING.items()
        }
        return PurgeRules(
            values[PurgeKind.CLIENT], values[PurgeKind.PARTICIPANT], values[PurgeKind.CONTACT]
        )

    def set_rules(self, rules: PurgeRules) -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        for kind, key in SETTING.items():
            if not MIN_YEARS <= rules.years(kind) <= MAX_YEARS:
                raise ValidationError(key, "out_of_range", minimum=MIN_YEARS, maximum=MAX_YEARS)
        with self._uow.transaction():
            for kind, key in SETTING.items():
                self._settings.set(key, str(rules.years(kind)))
            self._audit.record(
                AuditAction.UPDATE,
                "unit",
                "purge_rules",
                f"{rules.client_years}/{rules.participant_years}/{rules.contact_years}",
            )

    def review(self) -> PurgeReview:
        """Everything due for purging today, held records included (marked)."""
        require(self._actor(), Permission.MANAGE_UNIT)
        review = self._due()
        with self._uow.transaction():
            self._audit.record(
                AuditAction.READ, "purge_review", "", f"due={len(review.candidates)}"
            )
        return review

    def _due(self) -> PurgeReview:
        rules, today = self.rules(), self._clock().date()
        cutoffs = {kind: years_before(today, rules.years(kind)) for kind in PurgeKind}
        candidates = (
            self._repo.due_clients(cutoffs[PurgeKind.CLIENT])
            + self._repo.due_participants(cutoffs[PurgeKind.PARTICIPANT])
            + self._repo.due_contacts(cutoffs[PurgeKind.CONTACT])
            + self._repo.due_outreach_persons(cutoffs[PurgeKind.OUTREACH_PERSON])
        )
        copies = self._set_aside.list() if self._set_aside is not None else []
        return PurgeReview(cutoffs, candidates, copies, self._clock())

    def set_hold(self, client_id: int, hold: bool, reason: str = "") -> None:
        require(self._actor(), Permission.MANAGE_UNIT)
        reason = " ".join(reason.split())
        if hold and not reason:
            raise ValidationError("purge_hold_reason", "required")
        with self._uow.transaction():
            if not self._repo.set_hold(client_id, hold, reason):
                raise NotFoundError(str(client_id))
            self._audit.record(AuditAction.UPDATE, "client", client_id, f"purge_hold={int(hold)}")

    def purge(self, confirmed: Iterable[PurgeCandidate]) -> dict[PurgeKind, int]:
        """Purge what the administrator confirmed, if it is still due and not held, then
        compact the file so the bytes are gone. Returns the counts per kind."""
        actor = self._actor()
        require(actor, Permission.MANAGE_UNIT)
        review = self._due()  # checked again now: a record may have changed since the review
        due = {(c.kind, c.id) for c in review.due()}
        chosen: dict[PurgeKind, list[int]] = {kind: [] for kind in PurgeKind}
        for candidate in confirmed:
            if (candidate.kind, candidate.id) in due:
                chosen[candidate.kind].append(candidate.id)
        rules, now = self.rules(), self._clock()
        counts = {kind: 0 for kind in PurgeKind}
        with self._uow.transaction():
            counts[PurgeKind.CLIENT] = self._repo.delete_clients(chosen[PurgeKind.CLIENT])
            counts[PurgeKind.PARTICIPANT] = self._repo.wipe_participants(
                chosen[PurgeKind.PARTICIPANT]
            )
            counts[PurgeKind.CONTACT] = self._repo.delete_contacts(chosen[PurgeKind.CONTACT])
            counts[PurgeKind.OUTREACH_PERSON] = self._repo.wipe_outreach_aliases(
                chosen[PurgeKind.OUTREACH_PERSON]
            )
            for kind, count in counts.items():
                if count:
                    self._repo.log(
                        now,
                        actor.id,
                        actor.username,
                        kind,
                        count,
                        rules.years(kind),
                        review.cutoffs[kind],
                    )
            self._audit.record(
                AuditAction.PURGE,
                "purge",
                "",
                " ".join(f"{kind.value}={count}" for kind, count in counts.items()),
            )
        if any(counts.values()):
            self._repo.compact()
        self._remove_set_aside(review)
        return counts

    def _remove_set_aside(self, review: PurgeReview) -> None:
        """Copies set aside more than SET_ASIDE_DAYS ago hold what purges removed: gone."""
        due = review.set_aside_due()
        if self._set_aside is None or not due:
            return
        for copy in due:
            self._set_aside.delete(copy.name)
        with self._uow.transaction():
            self._audit.record(AuditAction.PURGE, "set_aside", "", f"removed={len(due)}")

    def log(self) -> list[PurgeLogEntry]:
        require(self._actor(), Permission.MANAGE_UNIT)
        return self._repo.entries()

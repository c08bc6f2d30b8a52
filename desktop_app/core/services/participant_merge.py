"""Core layer: likely duplicate participants (same name, and the same phone number or
birth year) listed for an administrator, two found to be one person merged, and one
registered by mistake removed (not once they have attendance or answers: history)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Protocol

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.courses import Participant
from desktop_app.core.domain.ids import ClientId, ParticipantId
from desktop_app.core.domain.removal import RemovalReason
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.participant_rules import same_person
from desktop_app.core.services.ports import UnitOfWork


class ParticipantMergeRepo(Protocol):
    """Implemented by storage's ``SqlParticipantMergeRepo``."""

    def everyone(self) -> list[Participant]: ...
    def merge(self, keep: ParticipantId, other: ParticipantId) -> dict[str, int]: ...
    def history(self, participant_id: ParticipantId) -> int: ...
    def delete(self, participant_id: ParticipantId) -> None: ...
    def set_client(self, participant_id: ParticipantId, client_id: int) -> None: ...


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


class ParticipantMergeService:
    def __init__(
        self,
        repo: ParticipantMergeRepo,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
    ) -> None:
        self._repo = repo
        self._audit = audit
        self._uow = uow
        self._actor = actor

    def likely_duplicates(self) -> list[tuple[Participant, Participant]]:
        """Pairs that are probably one person (older first in each pair)."""
        require(self._actor(), Permission.MANAGE_UNIT)
        by_name: dict[str, list[Participant]] = defaultdict(list)
        everyone = self._repo.everyone()
        for participant in everyone:
            if participant.draft.name.strip():
                by_name[_key(participant.draft.name)].append(participant)
        pairs = [
            (a, b)
            for group in by_name.values()
            for i, a in enumerate(group)
            for b in group[i + 1 :]
            if same_person(a.draft, b.draft)
        ]
        self._audit.read("participant", "likely_duplicates", len(pairs))
        return pairs

    def merge(self, keep: ParticipantId, other: ParticipantId) -> dict[str, int]:
        """Make ``other`` part of ``keep``: registrations (where both are on one course,
        the one holding a place stays), attendance (present if either was), answers and
        a client link move; ``other`` is removed. Audit-logged with both codes."""
        require(self._actor(), Permission.MANAGE_UNIT)
        if keep == other:
            raise ValidationError("participant", "same_person")
        known = {p.id: p for p in self._repo.everyone()}
        for participant_id in (keep, other):
            if participant_id not in known:
                raise NotFoundError("participant", id=participant_id)
        with self._uow.transaction():
            moved = self._repo.merge(keep, other)
            self._audit.record(
                AuditAction.UPDATE,
                "participant",
                keep,
                f"merged={known[other].code} "
                + " ".join(f"{k}={v}" for k, v in sorted(moved.items())),
            )
        return moved

    def delete(self, participant_id: ParticipantId, reason: RemovalReason) -> None:
        """Remove a participant registered by mistake, with their registrations and
        interest entries; refused once attendance or answers are recorded (those are
        history; such a participant is removed by the purge rules)."""
        require(self._actor(), Permission.MANAGE_COURSES)
        reason = RemovalReason(reason)
        if not any(p.id == participant_id for p in self._repo.everyone()):
            raise NotFoundError("participant", id=participant_id)
        if self._repo.history(participant_id):
            raise ValidationError("participant", "in_use")
        with self._uow.transaction():
            self._repo.delete(participant_id)
            self._audit.record(
                AuditAction.DELETE, "participant", participant_id, f"reason={reason.value}"
            )

    def link_client(self, participant_id: ParticipantId, client_id: ClientId) -> Participant:
        """A participant registered by name is the client now linked: one person, so the
        client's registrations and the participant's are the same from here on."""
        actor = self._actor()
        require(actor, Permission.MANAGE_COURSES)
        require(actor, Permission.READ_CLIENTS)
        found = next((p for p in self._repo.everyone() if p.id == participant_id), None)
        if found is None:
            raise NotFoundError("participant", id=participant_id)
        if any(p.draft.client_id == client_id for p in self._repo.everyone()):
            raise ValidationError("participant", "already_linked")
        with self._uow.transaction():
            self._repo.set_client(participant_id, client_id)
            self._audit.record(
                AuditAction.UPDATE, "participant", participant_id, f"client={client_id}"
            )
        return next(p for p in self._repo.everyone() if p.id == participant_id)

"""Core layer: writing and reading the audit log."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.core.domain.audit import AuditAction, AuditEntry
from desktop_app.core.domain.ids import UserId
from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.services.access import require
from desktop_app.core.services.ports import AuditRepo, Clock


class AuditService:
    def __init__(self, repo: AuditRepo, actor: Callable[[], User | None], clock: Clock) -> None:
        self._repo = repo
        self._actor = actor
        self._clock = clock

    def record(
        self, action: AuditAction, entity: str = "", entity_id: object = "", detail: str = ""
    ) -> None:
        actor = self._actor()
        self._repo.append(
            self._clock(),
            actor.id if actor else None,
            actor.username if actor else "(system)",
            action,
            entity,
            "" if entity_id is None else str(entity_id),
            detail,
        )

    def entries(
        self,
        *,
        entity: str | None = None,
        entity_id: object = None,
        user_id: UserId | None = None,
        limit: int = 1000,
    ) -> list[AuditEntry]:
        actor = self._actor()
        if actor is None:
            raise ValueError("no actor")
        require(actor, Permission.READ_AUDIT)
        return self._repo.entries(
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            user_id=user_id,
            limit=limit,
        )

    def broken_links(self) -> list[int]:
        return self._repo.verify_chain()

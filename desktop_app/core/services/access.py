"""Core layer: the permission check every service calls before it acts."""

from __future__ import annotations

from desktop_app.core.domain.roles import Permission
from desktop_app.core.domain.users import User
from desktop_app.core.errors import PermissionDeniedError


def require(actor: User, permission: Permission) -> None:
    if not actor.may(permission):
        raise PermissionDeniedError(
            permission.value, permission=permission.value, role=actor.role.value
        )

"""Core layer: staff accounts and the logged-in actor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.core.domain.ids import UserId
from desktop_app.core.domain.roles import Permission, Role, permissions_of


@dataclass(frozen=True)
class User:
    id: UserId
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    created_at: datetime

    def may(self, permission: Permission) -> bool:
        return self.active and permission in permissions_of(self.role)


@dataclass(frozen=True)
class NewUser:
    username: str
    display_name: str
    role: Role

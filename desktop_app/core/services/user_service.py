"""Core layer: staff accounts: add, disable, enable, reset, change own password."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.ids import UserId
from desktop_app.core.domain.roles import Permission, Role
from desktop_app.core.domain.users import NewUser, User
from desktop_app.core.errors import NotFoundError, ValidationError, WrongPasswordError
from desktop_app.core.services.access import require
from desktop_app.core.services.audit_service import AuditService
from desktop_app.core.services.hygiene import clean_text
from desktop_app.core.services.passwords import validate_new_password
from desktop_app.core.services.ports import Clock, KeyStore, UnitOfWork, UserRepo

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
ENTITY = "user"


def validate_new_user(new: NewUser) -> NewUser:
    username = new.username.strip().casefold()
    if not username:
        raise ValidationError("username", "required")
    if not USERNAME_PATTERN.match(username) or username == "recovery":
        raise ValidationError("username", "invalid")
    display_name = clean_text("display_name", new.display_name, 80, required=True)
    return NewUser(username, display_name, Role(new.role))


class UserService:
    def __init__(
        self,
        users: UserRepo,
        keys: KeyStore,
        audit: AuditService,
        uow: UnitOfWork,
        actor: Callable[[], User],
        clock: Clock,
    ) -> None:
        self._users = users
        self._keys = keys
        self._audit = audit
        self._uow = uow
        self._actor = actor
        self._clock = clock

    def _admin(self) -> User:
        actor = self._actor()
        require(actor, Permission.MANAGE_USERS)
        return actor

    def _get(self, user_id: UserId) -> User:
        user = self._users.get(user_id)
        if user is None:
            raise NotFoundError(ENTITY, id=user_id)
        return user

    def list_users(self) -> list[User]:
        self._admin()
        return self._users.list()

    def colleagues(self) -> list[User]:
        """Active staff, for choosing who is responsible or who held a contact."""
        return [u for u in self._users.list() if u.active]

    def add_user(
        self, new: NewUser, initial_password: str, *, must_change_password: bool = True
    ) -> User:
        self._admin()
        new = validate_new_user(new)
        if self._users.by_username(new.username) is not None:
            raise ValidationError("username", "taken")
        validate_new_password(initial_password, new.username)
        # The database row first: a slot without a row could never log in.
        with self._uow.transaction():
            user = self._users.add(
                new.username,
                new.display_name,
                new.role,
                must_change_password=must_change_password,
                now=self._clock(),
            )
            self._audit.record(AuditAction.CREATE, ENTITY, user.id, f"role={new.role.value}")
        self._keys.set_password(user.username, initial_password, user.role)
        return user

    def update_user(self, user_id: UserId, display_name: str, role: Role) -> User:
        self._admin()
        user = self._get(user_id)
        checked = validate_new_user(NewUser(user.username, display_name, role))
        if user.role == Role.ADMINISTRATOR and role != Role.ADMINISTRATOR:
            self._ensure_other_admin(user)
        with self._uow.transaction():
            self._users.update(user_id, checked.display_name, checked.role)
            self._audit.record(AuditAction.UPDATE, ENTITY, user_id, f"role={role.value}")
        if role != user.role:
            # The slot gets exactly the new role's keys (a key change takes back what the
            # person may already have read with the old ones).
            self._keys.grant(user.username, role)
        return self._get(user_id)

    def _ensure_other_admin(self, user: User) -> None:
        others = [
            u
            for u in self._users.list()
            if u.active and u.role == Role.ADMINISTRATOR and u.id != user.id
        ]
        if not others:
            raise ValidationError("role", "last_administrator")

    def disable_user(self, user_id: UserId) -> User:
        actor = self._admin()
        user = self._get(user_id)
        if user.id == actor.id:
            raise ValidationError("user", "cannot_disable_self")
        if user.role == Role.ADMINISTRATOR:
            self._ensure_other_admin(user)
        with self._uow.transaction():
            self._users.set_active(user_id, False)
            self._audit.record(AuditAction.USER_DISABLED, ENTITY, user_id)
        # Removing the slot makes the password useless, not only refused.
        self._keys.remove(user.username)
        return self._get(user_id)

    def enable_user(self, user_id: UserId, new_password: str) -> User:
        """Re-enable an account; its old slot is gone, so it gets a new password."""
        self._admin()
        user = self._get(user_id)
        validate_new_password(new_password, user.username)
        with self._uow.transaction():
            self._users.set_active(user_id, True)
            self._users.mark_password_changed(user_id, must_change=True, now=self._clock())
            self._audit.record(AuditAction.USER_ENABLED, ENTITY, user_id)
        self._keys.set_password(user.username, new_password, user.role)
        return self._get(user_id)

    def reset_password(self, user_id: UserId, new_password: str) -> None:
        """An administrator sets a temporary password, to be changed at next login."""
        self._admin()
        user = self._get(user_id)
        if not user.active:
            raise ValidationError("user", "disabled")
        validate_new_password(new_password, user.username)
        with self._uow.transaction():
            self._users.mark_password_changed(user_id, must_change=True, now=self._clock())
            self._audit.record(AuditAction.PASSWORD_RESET, ENTITY, user_id)
        self._keys.set_password(user.username, new_password, user.role)

    def change_own_password(self, old_password: str, new_password: str) -> None:
        actor = self._actor()
        if not self._keys.check_password(actor.username, old_password):
            raise WrongPasswordError()
        if old_password == new_password:
            raise ValidationError("new_password", "same_as_old")
        validate_new_password(new_password, actor.username, field="new_password")
        with self._uow.transaction():
            self._users.mark_password_changed(actor.id, must_change=False, now=self._clock())
            self._audit.record(AuditAction.PASSWORD_CHANGED, ENTITY, actor.id)
        self._keys.set_password(actor.username, new_password, actor.role)

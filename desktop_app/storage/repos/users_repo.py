"""Storage layer: staff accounts."""

from __future__ import annotations

from datetime import datetime

from desktop_app.core.domain.ids import UserId
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import User
from desktop_app.core.errors import ValidationError
from desktop_app.storage.db import Database
from desktop_app.storage.driver import DriverError, DriverIntegrityError
from desktop_app.storage.errors import translate, translated_errors

_COLUMNS = "id, username, display_name, role, active, must_change_password, created_at"


def _user(row) -> User:
    return User(
        id=UserId(row[0]),
        username=row[1],
        display_name=row[2],
        role=Role(row[3]),
        active=bool(row[4]),
        must_change_password=bool(row[5]),
        created_at=datetime.fromisoformat(row[6]),
    )


class SqlUserRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        username: str,
        display_name: str,
        role: Role,
        *,
        must_change_password: bool,
        now: datetime,
    ) -> User:
        try:
            cursor = self.db.execute(
                "INSERT INTO users (username, display_name, role, must_change_password,"
                " created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    username,
                    display_name,
                    role.value,
                    int(must_change_password),
                    now.isoformat(timespec="seconds"),
                    now.isoformat(timespec="seconds"),
                ],
            )
        except DriverIntegrityError as exc:
            raise ValidationError("username", "taken") from exc
        except DriverError as exc:
            raise translate(exc) from exc
        user = self.get(UserId(cursor.lastrowid))
        assert user is not None
        return user

    def get(self, user_id: UserId) -> User | None:
        with translated_errors():
            row = self.db.execute(
                f"SELECT {_COLUMNS} FROM users WHERE id = ?", [user_id]
            ).fetchone()
        return _user(row) if row else None

    def by_username(self, username: str) -> User | None:
        with translated_errors():
            row = self.db.execute(
                f"SELECT {_COLUMNS} FROM users WHERE username = ?", [username.strip()]
            ).fetchone()
        return _user(row) if row else None

    def list(self) -> list[User]:
        with translated_errors():
            rows = self.db.execute(
                f"SELECT {_COLUMNS} FROM users ORDER BY active DESC, display_name COLLATE NOCASE"
            ).fetchall()
        return [_user(r) for r in rows]

    def set_active(self, user_id: UserId, active: bool) -> None:
        with translated_errors():
            self.db.execute("UPDATE users SET active = ? WHERE id = ?", [int(active), user_id])

    def update(self, user_id: UserId, display_name: str, role: Role) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE users SET display_name = ?, role = ? WHERE id = ?",
                [display_name, role.value, user_id],
            )

    def mark_password_changed(self, user_id: UserId, *, must_change: bool, now: datetime) -> None:
        with translated_errors():
            self.db.execute(
                "UPDATE users SET must_change_password = ?, password_changed_at = ? WHERE id = ?",
                [int(must_change), now.isoformat(timespec="seconds"), user_id],
            )

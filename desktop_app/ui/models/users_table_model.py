"""UI layer: staff accounts as a table (rows are handed in by the page)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.core.domain.users import User
from desktop_app.ui.feedback import role_text
from desktop_app.ui.models.column_model import GREY, Column, ColumnTableModel


def _status(user: User) -> str:
    if not user.active:
        return QCoreApplication.translate("UsersTableModel", "Avstängd")
    if user.must_change_password:
        return QCoreApplication.translate("UsersTableModel", "Aktiv – tillfälligt lösenord")
    return QCoreApplication.translate("UsersTableModel", "Aktiv")


class UsersTableModel(ColumnTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("UsersTableModel", "Användarnamn"), lambda m, u: u.username),
        Column(QT_TRANSLATE_NOOP("UsersTableModel", "Namn"), lambda m, u: u.display_name),
        Column(QT_TRANSLATE_NOOP("UsersTableModel", "Roll"), lambda m, u: role_text(u.role)),
        Column(QT_TRANSLATE_NOOP("UsersTableModel", "Status"), lambda m, u: _status(u)),
    )
    row_colour = staticmethod(lambda m, u: None if u.active else GREY)

    def user_at(self, row: int) -> User | None:
        return self.row_at(row)

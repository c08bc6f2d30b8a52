"""UI layer: staff accounts as a table (rows are handed in by the page)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.domain.users import User
from desktop_app.ui.feedback import role_text

Index = QModelIndex | QPersistentModelIndex


class UsersTableModel(QAbstractTableModel):
    COLUMNS = ("username", "display_name", "role", "status")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[User] = []

    def set_rows(self, rows: list[User]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def user_at(self, row: int) -> User | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Användarnamn"), self.tr("Namn"), self.tr("Roll"), self.tr("Status"))[
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        user = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "username":
                return user.username
            if column == "display_name":
                return user.display_name
            if column == "role":
                return role_text(user.role)
            if not user.active:
                return self.tr("Avstängd")
            if user.must_change_password:
                return self.tr("Aktiv – tillfälligt lösenord")
            return self.tr("Aktiv")
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QBrush(QColor("#888888"))
        return None

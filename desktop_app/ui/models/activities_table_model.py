"""UI layer: course occasions or groups as a table (rows handed in by the page)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.domain.courses import Activity

Index = QModelIndex | QPersistentModelIndex


class ActivitiesTableModel(QAbstractTableModel):
    def __init__(self, type_names: dict[int, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Activity] = []
        self.type_names = type_names or {}

    def set_rows(self, rows: list[Activity]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def activity_at(self, row: int) -> Activity | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or not 0 <= section < 6
        ):
            return None
        return (
            self.tr("Namn"),
            self.tr("Kurstyp"),
            self.tr("Första träffen"),
            self.tr("Sista träffen"),
            self.tr("Platser"),
            self.tr("Läge"),
        )[section]

    def _state(self, a: Activity) -> str:
        if a.cancelled_on:
            return self.tr("inställd")
        now = datetime.now()
        if a.last_meeting and a.last_meeting < now:
            return self.tr("avslutad")
        if a.first_meeting and a.first_meeting <= now:
            return self.tr("pågår")
        return self.tr("planerad")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and a.cancelled_on:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ForegroundRole and a.missing_attendance and index.column() == 5:
            return QBrush(QColor("#b35c00"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return a.draft.name
        if column == 1:
            return self.type_names.get(a.draft.type_id, "") if a.draft.type_id else ""
        if column in (2, 3):
            when = a.first_meeting if column == 2 else a.last_meeting
            return when.strftime("%Y-%m-%d %H:%M") if when else ""
        if column == 4:
            text = f"{a.registered_count}/{a.draft.capacity}"
            if a.waiting_count:
                text += " " + self.tr("(+%1 väntar)").replace("%1", str(a.waiting_count))
            return text
        state = self._state(a)
        if a.missing_attendance:
            state += ", " + self.tr("närvaro saknas (%1)").replace("%1", str(a.missing_attendance))
        return state

"""UI layer: one meeting's attendance as tick boxes (Space toggles, arrows move)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.domain.courses import Registration
from desktop_app.core.domain.ids import ParticipantId

Index = QModelIndex | QPersistentModelIndex


class AttendanceModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Registration] = []
        self._present: dict[ParticipantId, bool] = {}
        self._saved: dict[ParticipantId, bool] = {}

    def set_rows(self, rows: list[Registration], present: dict[ParticipantId, bool]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._present = {r.participant.id: present.get(r.participant.id, False) for r in rows}
        self._saved = dict(self._present)
        self.endResetModel()

    def present(self) -> dict[ParticipantId, bool]:
        return dict(self._present)

    def changed(self) -> bool:
        """Ticks differ from what was loaded (saved, or nothing yet)."""
        return self._present != self._saved

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or not 0 <= section < 2
        ):
            return None
        return (self.tr("Närvarande"), self.tr("Deltagare"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        registration = self._rows[index.row()]
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            present = self._present[registration.participant.id]
            return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        if index.column() == 1 and role == Qt.ItemDataRole.DisplayRole:
            p = registration.participant
            return f"{p.code}  {p.draft.name}".strip()
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        participant = self._rows[index.row()].participant.id
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self._present[participant] = checked
        self.dataChanged.emit(index, index, [role])
        return True

    def set_all(self, present: bool) -> None:
        for key in self._present:
            self._present[key] = present
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

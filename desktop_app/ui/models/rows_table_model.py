"""UI layer: a read-only table of text rows, each carrying the record it shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[list[str]] = []
        self._records: list[Any] = []
        self._tooltips: list[str] = []

    def set_rows(self, rows: list[list[str]], records: list[Any] | None = None) -> None:
        self.beginResetModel()
        self._rows = [list(map(str, r)) for r in rows]
        self._records = list(records) if records is not None else [None] * len(rows)
        self.endResetModel()

    def set_tooltips(self, tooltips: list[str]) -> None:
        """One hover text per row (e.g. what a figure counts)."""
        self._tooltips = list(tooltips)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def record_at(self, row: int) -> Any:
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            row = index.row()
            return self._tooltips[row] if 0 <= row < len(self._tooltips) else None
        if (
            role != Qt.ItemDataRole.DisplayRole
            or not index.isValid()
            or not 0 <= index.row() < len(self._rows)
        ):
            return None
        return self._rows[index.row()][index.column()]

"""UI layer: the one table model the pages use: rows handed in by the page, columns
declared once (title, text, optional colour), as Picard's ``Column``s and Vorta's
``_HEADERS``. A model never reads the database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
GREY = QBrush(QColor("#888888"))
AMBER = QBrush(QColor("#b35c00"))


@dataclass(frozen=True)
class Column:
    title: str  # Swedish source text, marked with QT_TRANSLATE_NOOP in the model's context
    text: Callable[[Any, Any], str]  # (model, row) -> what the cell shows
    colour: Callable[[Any, Any], QBrush | None] | None = None
    key: Callable[[Any, Any], Any] | None = None  # what sorts the column (else its text)


class ColumnTableModel(QAbstractTableModel):
    columns: Sequence[Column] = ()
    row_colour: Callable[[Any, Any], QBrush | None] | None = None  # for whole rows
    translate_titles = True  # False: the titles are handed in already translated

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sorted: tuple[int, Qt.SortOrder] | None = None  # kept for new rows

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted is not None:
            self._rows.sort(key=self._sort_key(self._sorted[0]), reverse=self._reverse())
        self.endResetModel()

    def _sort_key(self, column: int) -> Callable[[Any], Any]:
        declared = self.columns[column]
        if declared.key is not None:

            def key(row: Any) -> tuple:
                value = declared.key(self, row)
                return (1, 0) if value is None else (0, value)  # empty ones last

            return key
        return lambda row: str(declared.text(self, row)).casefold()

    def _reverse(self) -> bool:
        return self._sorted is not None and self._sorted[1] == Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a column title (the view's sorting enabled)."""
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sorted = (column, order)
        self._rows.sort(key=self._sort_key(column), reverse=self._reverse())
        self.layoutChanged.emit()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def tooltip(self, row: int) -> str | None:
        """A row's hover text (none unless a subclass gives one)."""
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or not 0 <= section < len(self.columns)
        ):
            return None
        title = self.columns[section].title
        if not self.translate_titles:
            return title
        return QCoreApplication.translate(type(self).__name__, title)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(self, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            whole = type(self).row_colour
            colour = whole(self, row) if whole is not None else None
            if colour is None and column.colour is not None:
                colour = column.colour(self, row)
            return colour
        return None

"""UI layer: a read-only table of text rows, each carrying the record it shows; the
column titles are handed in (already translated) by the window that shows it."""

from __future__ import annotations

from typing import Any

from desktop_app.ui.models.column_model import Column, ColumnTableModel


def _cell(i: int):
    return lambda model, row: row[i] if i < len(row) else ""


class RowsTableModel(ColumnTableModel):
    translate_titles = False

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self.columns = tuple(Column(title, _cell(i)) for i, title in enumerate(headers))
        self._records: list[Any] = []
        self._tooltips: list[str] = []

    def set_rows(self, rows: list[list[str]], records: list[Any] | None = None) -> None:
        self._records = list(records) if records is not None else [None] * len(rows)
        super().set_rows([list(map(str, r)) for r in rows])

    def set_tooltips(self, tooltips: list[str]) -> None:
        """One hover text per row (e.g. what a figure counts)."""
        self._tooltips = list(tooltips)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def tooltip(self, row: int) -> str | None:
        return self._tooltips[row] if 0 <= row < len(self._tooltips) else None

    def record_at(self, row: int) -> Any:
        return self._records[row] if 0 <= row < len(self._records) else None

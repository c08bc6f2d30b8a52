"""UI layer: an activity's registrations (or an interest list) as a table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.domain.courses import Registration
from desktop_app.ui.feedback import label_text

Index = QModelIndex | QPersistentModelIndex


class RegistrationsTableModel(QAbstractTableModel):
    def __init__(self, municipality_names: dict[str, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Registration] = []
        self.names = municipality_names or {}

    def set_rows(self, rows: list[Registration]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def registration_at(self, row: int) -> Registration | None:
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
            self.tr("Kod"),
            self.tr("Namn"),
            self.tr("Telefon"),
            self.tr("Kommun"),
            self.tr("Status"),
            self.tr("Anmäld"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role != Qt.ItemDataRole.DisplayRole
            or not index.isValid()
            or not 0 <= index.row() < len(self._rows)
        ):
            return None
        r = self._rows[index.row()]
        p = r.participant.draft
        status = label_text(r.status)
        if r.left_on:
            status += " " + self.tr("(slutat %1)").replace("%1", r.left_on.isoformat())
        elif r.late_cancel:
            status += " " + self.tr("(sent)")
        return (
            r.participant.code,
            p.name or self.tr("(anonym)"),
            p.phone,
            self.names.get(p.municipality) or label_text(p.municipality),
            status,
            r.joined_at.strftime("%Y-%m-%d"),
        )[index.column()]

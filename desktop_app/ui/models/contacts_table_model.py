"""UI layer: a client's contacts as a table (rows handed in by the card)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.domain.contacts import Contact
from desktop_app.ui.feedback import label_text

Index = QModelIndex | QPersistentModelIndex


class ContactsTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Contact] = []

    def set_rows(self, rows: list[Contact]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or not 0 <= section < 7
        ):
            return None
        return (
            self.tr("Datum"),
            self.tr("Form"),
            self.tr("Typ"),
            self.tr("Minuter"),
            self.tr("Medarbetare"),
            self.tr("Deltog"),
            self.tr("Anteckning"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role != Qt.ItemDataRole.DisplayRole
            or not index.isValid()
            or not 0 <= index.row() < len(self._rows)
        ):
            return None
        contact = self._rows[index.row()]
        d = contact.draft
        return (
            d.at.strftime("%Y-%m-%d %H:%M"),
            label_text(d.form),
            label_text(d.kind),
            str(d.minutes),
            contact.staff_name,
            label_text(d.participants),
            d.note,
        )[index.column()]

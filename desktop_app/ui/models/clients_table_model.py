"""UI layer: the client list as a table that loads in pages (canFetchMore/fetchMore);
the page hands it the rows, the model never reads the database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.domain.client_query import SortKey
from desktop_app.core.domain.clients import Client
from desktop_app.ui.feedback import label_text

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    ("code", SortKey.CODE),
    ("name", SortKey.NAME),
    ("target_group", SortKey.TARGET_GROUP),
    ("municipality", SortKey.MUNICIPALITY),
    ("responsible", None),
    ("last_contact", SortKey.LAST_CONTACT),
    ("waited", SortKey.WAITED),
    ("status", None),
)


class ClientsTableModel(QAbstractTableModel):
    more_wanted = Signal(int)  # offset of the next page
    sort_requested = Signal(object, bool)  # SortKey, descending

    def __init__(self, municipality_names: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self._names = municipality_names
        self._rows: list[Client] = []
        self._total = 0
        self._loading = False
        self.today = date.today()

    # -- feeding ----------------------------------------------------------------------
    def reset(self, total: int, rows: list[Client]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self._loading = False
        self.today = date.today()
        self.endResetModel()

    def append(self, rows: list[Client]) -> None:
        self._loading = False
        if not rows:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def clear(self) -> None:
        self.reset(0, [])

    @property
    def total(self) -> int:
        return self._total

    def client_at(self, row: int) -> Client | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._loading = True
            self.more_wanted.emit(len(self._rows))

    # -- the table --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or not 0 <= section < len(COLUMNS)
        ):
            return None
        return (
            self.tr("Kod"),
            self.tr("Namn"),
            self.tr("Målgrupp"),
            self.tr("Hemkommun"),
            self.tr("Ansvarig"),
            self.tr("Senaste kontakt"),
            self.tr("Väntat"),
            self.tr("Status"),
        )[section]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    def _text(self, client: Client, column: str) -> str:
        d = client.draft
        if column == "code":
            return client.code
        if column == "name":
            if d.anonymous:
                return self.tr("(anonym)")
            return d.name
        if column == "target_group":
            return label_text(d.target_group) if d.target_group else ""
        if column == "municipality":
            return self._names.get(d.municipality) or label_text(d.municipality)
        if column == "responsible":
            return client.responsible_name
        if column == "last_contact":
            return client.last_contact_on.isoformat() if client.last_contact_on else ""
        if column == "waited":
            waited = client.days_waited(self.today)
            if waited is None:
                return ""
            return QCoreApplication.translate("ClientsTableModel", "%n dagar", "", waited)
        flags = [self.tr("Aktiv") if client.active else self.tr("Avslutad")]
        if client.waiting_too_long(self.today):
            flags.append(self.tr("väntar för länge"))
        if client.open_concerns:
            flags.append(self.tr("orosanmälan"))
        return ", ".join(flags)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        client = self._rows[index.row()]
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(client, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "status" and client.open_concerns:
                return QBrush(QColor("#b3261e"))
            if column == "waited" and client.waiting_too_long(self.today):
                return QBrush(QColor("#b35c00"))
            if column == "name" and client.draft.anonymous:
                return QBrush(QColor("#666666"))
            if not client.active:
                return QBrush(QColor("#777777"))
        return None

"""UI layer: the client list as a table that loads in pages (canFetchMore/fetchMore);
the page hands it the rows, the model never reads the database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.domain.client_query import SortKey
from desktop_app.core.domain.clients import Client
from desktop_app.ui import theme_colors
from desktop_app.ui.feedback import label_text
from desktop_app.ui.models.column_model import AMBER, Column, ColumnTableModel, Index


def _red() -> QBrush:
    return QBrush(QColor(theme_colors.active["danger"]))


def _anonymous() -> QBrush:
    return QBrush(QColor(theme_colors.active["muted"]))


def _dim(model, client: Client) -> QBrush | None:
    return None if client.active else _anonymous()  # closed: dimmed, as muted text


def _name(model, client: Client) -> str:
    if client.draft.anonymous:
        return QCoreApplication.translate("ClientsTableModel", "(anonym)")
    return client.draft.name


def _waited(model, client: Client) -> str:
    waited = client.days_waited(model.today)
    if waited is None:
        return ""
    return QCoreApplication.translate("ClientsTableModel", "%n dagar", "", waited)


def _status(model, client: Client) -> str:
    flags = [
        QCoreApplication.translate("ClientsTableModel", "Aktiv")
        if client.active
        else QCoreApplication.translate("ClientsTableModel", "Avslutad")
    ]
    if client.waiting_too_long(model.today):
        flags.append(QCoreApplication.translate("ClientsTableModel", "väntar för länge"))
    if client.open_concerns:
        flags.append(QCoreApplication.translate("ClientsTableModel", "orosanmälan"))
    return ", ".join(flags)


class ClientsTableModel(ColumnTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("ClientsTableModel", "Kod"), lambda m, c: c.code, _dim),
        Column(
            QT_TRANSLATE_NOOP("ClientsTableModel", "Namn"),
            _name,
            lambda m, c: _anonymous() if c.draft.anonymous else _dim(m, c),
        ),
        Column(
            QT_TRANSLATE_NOOP("ClientsTableModel", "Målgrupp"),
            lambda m, c: label_text(c.draft.target_group) if c.draft.target_group else "",
            _dim,
        ),
        Column(
            QT_TRANSLATE_NOOP("ClientsTableModel", "Hemkommun"),
            lambda m, c: m.names.get(c.draft.municipality) or label_text(c.draft.municipality),
            _dim,
        ),
        Column(
            QT_TRANSLATE_NOOP("ClientsTableModel", "Ansvarig"),
            lambda m, c: c.responsible_name,
            _dim,
        ),
        Column(
            QT_TRANSLATE_NOOP("ClientsTableModel", "Senaste kontakt"),
            lambda m, c: c.last_contact_on.isoformat() if c.last_contact_on else "",
            _dim,
        ),
        Column(
            QT_TRANSLATE_NOOP("ClientsTableModel", "Väntat"),
            _waited,
            lambda m, c: AMBER if c.waiting_too_long(m.today) else _dim(m, c),
        ),
        Column(
            QT_TRANSLATE_NOOP("ClientsTableModel", "Status"),
            _status,
            lambda m, c: _red() if c.open_concerns else _dim(m, c),
        ),
    )
    sort_keys = (
        SortKey.CODE,
        SortKey.NAME,
        SortKey.TARGET_GROUP,
        SortKey.MUNICIPALITY,
        None,
        SortKey.LAST_CONTACT,
        SortKey.WAITED,
        None,
    )
    more_wanted = Signal(int)  # offset of the next page
    sort_requested = Signal(object, bool)  # SortKey, descending

    def __init__(self, municipality_names: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.names = municipality_names
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.sort_keys[column] if 0 <= column < len(self.sort_keys) else None
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

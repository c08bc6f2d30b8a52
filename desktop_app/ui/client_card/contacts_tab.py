"""UI layer: the card's contacts (samtal), newest first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.client_card.card_data import CONTACTS_SHOWN, CardData
from desktop_app.ui.models.contacts_table_model import ContactsTableModel


class ContactsTab(QWidget):
    new_requested = Signal()
    edit_requested = Signal(object)  # Contact
    delete_requested = Signal(object)  # Contact

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContactsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # as wide as the first rows' contents: 500 contacts are not measured one by one
        self.table.horizontalHeader().setResizeContentsPrecision(50)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        new = QPushButton(self.tr("Nytt samtal (Ctrl+K)"))
        new.setObjectName("newContact")
        new.clicked.connect(self.new_requested)
        self.edit_button = QPushButton(self.tr("Ändra…"))
        self.edit_button.setObjectName("editContact")
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button = QPushButton(self.tr("Ta bort…"))
        self.delete_button.setObjectName("deleteContact")
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.table.doubleClicked.connect(lambda _: self._emit(self.edit_requested))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()
        for button in (self.edit_button, self.delete_button):
            button.setAutoDefault(False)  # Enter in the card never removes a contact
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _emit(self, signal) -> None:
        contact = self.selected()
        if contact is not None:
            signal.emit(contact)

    def set_data(self, data: CardData) -> None:
        self.model.set_rows(data.contacts)
        self._selection_changed()
        count = data.client.contact_count
        text = self.tr("%n samtal", "", count)
        if len(data.contacts) >= CONTACTS_SHOWN:
            text += " " + self.tr("(de senaste %1 visas)").replace("%1", str(CONTACTS_SHOWN))
        self.summary.setText(text)

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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContactsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        new = QPushButton(self.tr("Nytt samtal (Ctrl+K)"))
        new.setObjectName("newContact")
        new.clicked.connect(self.new_requested)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def set_data(self, data: CardData) -> None:
        self.model.set_rows(data.contacts)
        count = data.client.contact_count
        text = self.tr("%n samtal", "", count)
        if len(data.contacts) >= CONTACTS_SHOWN:
            text += " " + self.tr("(de senaste %1 visas)").replace("%1", str(CONTACTS_SHOWN))
        self.summary.setText(text)

"""UI layer: the unregistered contacts of a period (anonymous calls that count in the
statistics but belong to no client), to correct or remove."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.session import Session
from desktop_app.ui.dialogs.client_dialog import ClientFormOptions
from desktop_app.ui.dialogs.contact_dialog import ContactDialog
from desktop_app.ui.dialogs.removal import ask_removal_reason
from desktop_app.ui.feedback import error_text
from desktop_app.ui.models.contacts_table_model import UnregisteredContactsModel
from desktop_app.ui.ops import Ops


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class UnregisteredContactsDialog(QDialog):
    changed = Signal()

    def __init__(
        self, session: Session, ops: Ops, options: ClientFormOptions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.ops, self.options = session, ops, options
        self.setWindowTitle(self.tr("Oregistrerade kontakter"))
        self.setObjectName("unregisteredContacts")
        today = date.today()
        self.start = QDateEdit(_qdate(today - timedelta(days=30)), calendarPopup=True)
        self.end = QDateEdit(_qdate(today), calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.refresh)
        self.model = UnregisteredContactsModel(self)
        self.table = QTableView()
        self.table.setObjectName("unregisteredTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.edit_button = QPushButton(self.tr("Ändra…"))
        self.edit_button.setObjectName("editUnregistered")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Ta bort…"))
        self.delete_button.setObjectName("deleteUnregistered")
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.edit_button, self.delete_button):
            button.setAutoDefault(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.count = QLabel()
        self.message = QLabel(wordWrap=True)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Från:")))
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("till:")))
        period.addWidget(self.end)
        period.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(760, 460)
        self._selection_changed()
        self.refresh()

    def refresh(self) -> None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        contacts = self.session.contacts
        self.ops.run(
            self,
            lambda: contacts.unregistered(start, end),
            self._loaded,
            lambda e: self.message.setText(error_text(e)),
        )

    def _loaded(self, rows) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n kontakter", "", len(rows)))
        self._selection_changed()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def edit_selected(self) -> None:
        contact = self.selected()
        if contact is None:
            return
        dialog = ContactDialog(self.session, self.ops, self.options, None, self, contact=contact)
        dialog.saved.connect(lambda _: self._changed())
        dialog.open()

    def delete_selected(self) -> None:
        contact = self.selected()
        if contact is None:
            return
        reason = ask_removal_reason(
            self,
            self.tr("Ta bort kontakten %1? Den räknas inte längre i statistiken.").replace(
                "%1", contact.draft.at.strftime("%Y-%m-%d %H:%M")
            ),
        )
        if reason is None:
            return
        contacts = self.session.contacts
        self.ops.run(
            self,
            lambda: contacts.delete(contact.id, reason),
            lambda _: (self.message.setText(self.tr("Kontakten är borttagen.")), self._changed()),
            lambda e: self.message.setText(error_text(e)),
        )

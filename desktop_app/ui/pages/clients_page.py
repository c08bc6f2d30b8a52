"""UI layer: Klienter: search as you type, filters, a paged list; Ctrl+F searches,
Enter opens, Ctrl+N makes a new client, Ctrl+K registers a contact."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.client_enums import TargetGroup
from desktop_app.core.domain.client_query import ClientQuery, SortKey, StatusFilter
from desktop_app.core.domain.clients import Client
from desktop_app.core.services.client_service import PAGE_SIZE
from desktop_app.session import Session, municipalities
from desktop_app.ui.client_card.card_dialog import ClientCardDialog
from desktop_app.ui.dialogs.client_dialog import ClientDialog, ClientFormOptions
from desktop_app.ui.dialogs.contact_dialog import ContactDialog
from desktop_app.ui.feedback import show_error
from desktop_app.ui.models.clients_table_model import ClientsTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.choices import EnumCombo

SEARCH_DELAY_MS = 120


class ClientsPage(QWidget):
    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.options: ClientFormOptions | None = None
        self._generation = 0
        self._sort = (SortKey.LAST_CONTACT, True)
        self._cards: list = []
        names = {m.code: m.short_name for m in municipalities()}

        heading = QLabel(self.tr("Klienter"))
        font = QFont()
        font.setPointSize(18)
        font.setBold(True)
        heading.setFont(font)
        self.search = QLineEdit(
            placeholderText=self.tr("Sök på kod, namn, personnummer eller journalrubrik (Ctrl+F)")
        )
        self.search.setObjectName("clientSearch")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        for text, value in (
            (self.tr("Aktiva"), StatusFilter.ACTIVE),
            (self.tr("Avslutade"), StatusFilter.CLOSED),
            (self.tr("Alla"), StatusFilter.ALL),
            (self.tr("Väntar för länge"), StatusFilter.WAITING_TOO_LONG),
        ):
            self.status.addItem(text, value)
        self.target_group = EnumCombo(TargetGroup, empty=self.tr("Alla målgrupper"))
        self.responsible = QComboBox()
        self.responsible.addItem(self.tr("Alla medarbetare"), None)
        self.anonymous = QComboBox()
        for text, value in (
            (self.tr("Anonyma och med namn"), None),
            (self.tr("Bara anonyma"), True),
            (self.tr("Bara med namn"), False),
        ):
            self.anonymous.addItem(text, value)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.status, self.target_group, self.responsible, self.anonymous):
            filters.addWidget(combo, 1)

        self.model = ClientsTableModel(names, self)
        self.table = QTableView()
        self.table.setObjectName("clientsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # At the default window size every column shows without a horizontal scrollbar:
        # the name takes what is left, the others are as narrow as their content, but
        # never narrower than their title in the language shown ("Home municipality").
        for column, width in enumerate((95, 0, 105, 100, 110, 125, 70, 80)):
            if width:
                self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(50)
        self.table.doubleClicked.connect(lambda index: self.open_client(index.row()))
        self.table.installEventFilter(self)

        self.count_label = QLabel()
        self.count_label.setObjectName("clientCount")
        self.new_button = QPushButton(self.tr("Ny klient (Ctrl+N)"))
        self.new_button.setObjectName("newClient")
        self.contact_button = QPushButton(self.tr("Nytt samtal (Ctrl+K)"))
        self.unregistered_button = QPushButton(self.tr("Oregistrerad kontakt…"))
        self.new_button.clicked.connect(self.new_client)
        self.contact_button.clicked.connect(self.new_contact)
        self.unregistered_button.clicked.connect(self.new_unregistered_contact)
        self.unregistered_list_button = QPushButton(self.tr("Oregistrerade kontakter…"))
        self.unregistered_list_button.setObjectName("unregisteredList")
        self.unregistered_list_button.clicked.connect(self.show_unregistered)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        for button in (
            self.unregistered_list_button,
            self.unregistered_button,
            self.contact_button,
            self.new_button,
        ):
            bottom.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        for keys, slot in (
            ("Ctrl+F", self.focus_search),
            ("Ctrl+N", self.new_client),
            ("Ctrl+K", self.new_contact),
        ):
            QShortcut(
                QKeySequence(keys),
                self,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self._open_single = False  # Enter in the search box: open a single match
        self._pending_open = None  # a card asked for before the form's options loaded
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._enter_in_search)
        for combo in (self.status, self.target_group, self.responsible, self.anonymous):
            combo.currentIndexChanged.connect(self.reload)
        self.model.more_wanted.connect(self._load_more)
        self.model.sort_requested.connect(self._sort_by)

    # -- loading ----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.options is None:
            self._load_options()
        self.reload()

    def _load_options(self) -> None:
        session = self.session

        def load() -> ClientFormOptions:
            return ClientFormOptions(
                municipalities(), tuple(session.users.colleagues()), tuple(session.unit.districts())
            )

        def loaded(options: ClientFormOptions) -> None:
            self.options = options
            for user in options.colleagues:
                self.responsible.addItem(user.display_name, user.id)
            pending, self._pending_open = self._pending_open, None
            if pending is not None:
                self.open_client_id(pending)

        self.ops.run(self, load, loaded, lambda e: show_error(self, e))

    def query(self) -> ClientQuery:
        sort, descending = self._sort
        return ClientQuery(
            text=self.search.text(),
            status=self.status.currentData(),
            target_group=self.target_group.value(),
            responsible_id=self.responsible.currentData(),
            anonymous=self.anonymous.currentData(),
            sort=sort,
            descending=descending,
        )

    def reload(self) -> None:
        self._generation += 1
        generation, query, clients = self._generation, self.query(), self.session.clients

        open_single, self._open_single = self._open_single, False

        def load():
            total = clients.count(query)
            elsewhere = None  # none here: how many the other status filters hold
            if total == 0 and query.status != StatusFilter.ALL:
                elsewhere = clients.count(replace(query, status=StatusFilter.ALL))
            return total, clients.page(query, 0, PAGE_SIZE), elsewhere

        def loaded(result) -> None:
            if generation != self._generation:
                return  # a newer search has started
            total, rows, elsewhere = result
            self.model.reset(total, rows)
            self.count_label.setText(self._count_text(total, elsewhere, query))
            if rows and not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            if open_single and total == 1:  # Enter on an exact code opens the card at once
                self.open_client(0)

        self.ops.run(self, load, loaded, lambda e: show_error(self, e))

    def _load_more(self, offset: int) -> None:
        generation, query, clients = self._generation, self.query(), self.session.clients

        def loaded(rows) -> None:
            if generation == self._generation:
                self.model.append(rows)

        self.ops.run(
            self,
            lambda: clients.page(query, offset, PAGE_SIZE),
            loaded,
            lambda e: show_error(self, e),
        )

    def _sort_by(self, key: SortKey, descending: bool) -> None:
        self._sort = (key, descending)
        self.reload()

    def clear_sensitive(self) -> None:
        self.model.clear()
        self.search.clear()
        for card in self._cards:
            card.close()
        self._cards.clear()

    def refresh(self) -> None:
        self.reload()

    # -- keyboard ---------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _count_text(self, total: int, elsewhere: int | None, query: ClientQuery) -> str:
        text = self.tr("%n klienter", "", total)
        if elsewhere:
            return (
                text
                + " – "
                + self.tr("%n till bland alla klienter: välj ”Alla” för att se dem.", "", elsewhere)
            )
        if total == 0 and elsewhere == 0 and not query.text.strip():
            return self.tr("Inga klienter ännu. Lägg upp den första med ”Ny klient” (Ctrl+N).")
        return text

    def _enter_in_search(self) -> None:
        self._search_timer.stop()
        self._open_single = True
        self.reload()
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_client(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def selected_client(self) -> Client | None:
        return self.model.client_at(self.table.currentIndex().row())

    # -- actions ----------------------------------------------------------------------
    def open_client(self, row: int) -> None:
        client = self.model.client_at(row)
        if client is not None:
            self.open_client_id(client.id)

    def open_client_id(self, client_id) -> None:
        if self.options is None:  # opened from the start page before the options loaded
            self._pending_open = client_id
            return
        card = ClientCardDialog(self.session, self.ops, self.options, client_id, self)
        card.changed.connect(self.reload)
        card.open_other.connect(self.open_client_id)  # a relation's link
        card.finished.connect(
            lambda _=0, c=card: self._cards.remove(c) if c in self._cards else None
        )
        self._cards.append(card)
        card.open()

    def new_client(self) -> None:
        if self.options is None:
            return
        dialog = ClientDialog(self.session, self.ops, self.options, parent=self)
        dialog.saved.connect(self._created)
        dialog.open_existing.connect(self.open_client_id)
        dialog.open()

    def _created(self, client: Client) -> None:
        self.reload()
        card = ClientCardDialog(self.session, self.ops, self.options, client.id, self)
        card.changed.connect(self.reload)
        card.open_other.connect(self.open_client_id)  # a relation's link
        self._cards.append(card)
        card.open()

    def new_contact(self) -> None:
        client = self.selected_client()
        if client is None or self.options is None:
            return
        dialog = ContactDialog(self.session, self.ops, self.options, client, self)
        dialog.saved.connect(lambda _: self.reload())
        dialog.open()

    def show_unregistered(self) -> None:
        if self.options is None:
            return
        from desktop_app.ui.dialogs.unregistered_contacts import UnregisteredContactsDialog

        self.unregistered_dialog = UnregisteredContactsDialog(
            self.session, self.ops, self.options, self
        )
        self.unregistered_dialog.open()

    def new_unregistered_contact(self) -> None:
        if self.options is None:
            return
        dialog = ContactDialog(self.session, self.ops, self.options, None, self)
        dialog.open()

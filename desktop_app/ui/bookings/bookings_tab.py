"""UI layer: the card's booked visits, newest first, and what became of each: held
(the contact in one step), missed, cancelled by the client or by us; a wrong mark
undone, a mistaken booking removed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.bookings import OPEN, Booking, BookingStatus
from desktop_app.core.domain.contact_enums import ContactKind
from desktop_app.core.domain.users import User
from desktop_app.session import Session
from desktop_app.ui.bookings.booking_dialog import BookingDialog
from desktop_app.ui.feedback import error_text, label_text
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.row_table import row_table


class BookingsTab(QWidget):
    changed = Signal()  # a booking changed: the card reloads (a held one is a contact)

    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.ops = session, ops
        self.client_id = None
        self.code = ""
        self.colleagues: tuple[User, ...] = ()
        self.bookings: list[Booking] = []
        self.model = RowsTableModel(
            [
                self.tr("Tid"),
                self.tr("Längd"),
                self.tr("Form"),
                self.tr("Hos"),
                self.tr("Rum"),
                self.tr("Status"),
                self.tr("Anteckning"),
            ],
            self,
        )
        self.table = row_table(self.model, "bookingsTable")
        self.table.doubleClicked.connect(lambda _: self.move())
        self.next_label = QLabel()
        self.next_label.setObjectName("nextBooking")
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("bookingsMessage")
        buttons = {}
        for name, text, slot in (
            ("newBooking", self.tr("Boka besök…"), self.book),
            ("moveBooking", self.tr("Flytta…"), self.move),
            ("heldBooking", self.tr("Genomfört…"), self.held),
            ("noShowBooking", self.tr("Uteblev"), self.no_show),
            ("cancelBooking", self.tr("Avboka"), None),
            ("reopenBooking", self.tr("Öppna igen"), self.reopen),
            ("removeBooking", self.tr("Ta bort…"), self.remove),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)  # Enter in the card changes no booking
            if slot is not None:
                button.clicked.connect(lambda _=False, s=slot: s())
            buttons[name] = button
        self.buttons = buttons
        menu = QMenu(self)
        menu.addAction(self.tr("Avbokad av klienten"), lambda: self.cancel(True))
        menu.addAction(self.tr("Avbokad av oss"), lambda: self.cancel(False))
        buttons["cancelBooking"].setMenu(menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        row = QHBoxLayout()
        row.addWidget(self.next_label, 1)
        for button in buttons.values():
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self._update()

    # -- data -------------------------------------------------------------------------
    def show_client(
        self, client_id, code: str, colleagues: tuple[User, ...], bookings: list[Booking]
    ) -> None:
        """The card's bookings, read with the card (no second trip to the database)."""
        self.client_id, self.code, self.colleagues = client_id, code, colleagues
        self._loaded(bookings)

    def _loaded(self, bookings: list[Booking]) -> None:
        self.bookings = bookings
        self.model.set_rows(
            [
                [
                    b.draft.starts_at.strftime("%Y-%m-%d %H:%M"),
                    self.tr("%1 min").replace("%1", str(b.draft.minutes)),
                    label_text(b.draft.form),
                    b.staff_name,
                    b.draft.room,
                    label_text(b.status),
                    b.draft.note,
                ]
                for b in bookings
            ]
        )
        coming = sorted((b for b in bookings if b.status in OPEN), key=lambda b: b.draft.starts_at)
        self.next_label.setText(
            self.tr("Nästa besök: %1").replace(
                "%1", coming[0].draft.starts_at.strftime("%Y-%m-%d %H:%M")
            )
            if coming
            else self.tr("Inget besök bokat.")
        )
        self._update()

    def _failed(self, error) -> None:
        self.message.setText(error_text(error))

    def selected(self) -> Booking | None:
        rows = self.table.selectionModel().selectedRows()
        return self.bookings[rows[0].row()] if rows and rows[0].row() < len(self.bookings) else None

    def _update(self) -> None:
        chosen = self.selected()
        is_open = chosen is not None and chosen.status in OPEN
        for name in ("moveBooking", "heldBooking", "noShowBooking", "cancelBooking"):
            self.buttons[name].setEnabled(is_open)
        self.buttons["reopenBooking"].setEnabled(
            chosen is not None and chosen.status not in OPEN and chosen.status != BookingStatus.HELD
        )
        self.buttons["removeBooking"].setEnabled(
            chosen is not None and chosen.status != BookingStatus.HELD
        )

    # -- actions ----------------------------------------------------------------------
    def book(self) -> BookingDialog | None:
        if self.client_id is None:
            return None
        dialog = BookingDialog(
            self.session, self.ops, self.client_id, self.code, self.colleagues, parent=self
        )
        dialog.saved.connect(lambda _: self._done())
        dialog.open()
        return dialog

    def move(self) -> None:
        booking = self.selected()
        if booking is None or booking.status not in OPEN:
            return
        dialog = BookingDialog(
            self.session, self.ops, self.client_id, self.code, self.colleagues, booking, self
        )
        dialog.saved.connect(lambda _: self._done())
        dialog.open()

    def _run(self, call) -> None:
        self.message.clear()
        self.ops.run(self, call, lambda _: self._done(), self._failed)

    def _done(self) -> None:
        self.changed.emit()  # the card reads itself again, its bookings with it

    def held(self) -> None:
        booking = self.selected()
        if booking is None:
            return
        kinds = [label_text(k) for k in ContactKind]
        text, ok = QInputDialog.getItem(
            self,
            self.tr("Genomfört besök"),
            self.tr("Besöket blir ett samtal %1. Vilken typ av samtal?").replace(
                "%1", booking.draft.starts_at.strftime("%Y-%m-%d %H:%M")
            ),
            kinds,
            1,
            False,
        )
        if not ok:
            return
        kind = list(ContactKind)[kinds.index(text)]
        bookings = self.session.bookings
        self._run(lambda: bookings.held(booking.id, kind))

    def no_show(self) -> None:
        booking = self.selected()
        if booking is not None:
            bookings = self.session.bookings
            self._run(lambda: bookings.no_show(booking.id))

    def cancel(self, by_client: bool) -> None:
        booking = self.selected()
        if booking is not None:
            bookings = self.session.bookings
            self._run(lambda: bookings.cancel(booking.id, by_client))

    def reopen(self) -> None:
        booking = self.selected()
        if booking is not None:
            bookings = self.session.bookings
            self._run(lambda: bookings.reopen(booking.id))

    def remove(self) -> None:
        booking = self.selected()
        if booking is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort bokning"),
            self.tr(
                "Ta bort bokningen %1? Gör det bara om den bokades av misstag; ett besök som "
                "ställdes in avbokas i stället."
            ).replace("%1", booking.draft.starts_at.strftime("%Y-%m-%d %H:%M")),
        )
        if answer == QMessageBox.StandardButton.Yes:
            bookings = self.session.bookings
            self._run(lambda: bookings.remove(booking.id))

"""UI layer: booked visits as a day or a week, one counsellor's or the unit's, clashes
marked (text and colour); a visit's client card opens with a double-click or Enter;
the shown days printed, saved as PDF, or exported as a calendar file (ICS) with client
codes, never names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.bookings import Booking
from desktop_app.reports.booking_documents import bookings_document
from desktop_app.reports.html import render_html
from desktop_app.reports.ical import write_booking_ical
from desktop_app.reports.pdf import render_pdf
from desktop_app.session import Session
from desktop_app.ui.feedback import error_text, label_text
from desktop_app.ui.models.calendar_model import (
    DAY_NAMES,
    ENTRIES_ROLE,
    HTML_ROLE,
    CalendarModel,
)
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.html_delegate import HtmlDelegate
from desktop_app.ui.widgets.row_table import row_table

CLASH = QColor("#a4262c")  # with the text "krock": never colour alone


@dataclass(frozen=True)
class _Slot:
    starts_at: datetime
    ends_at: datetime
    venue: str


@dataclass(frozen=True)
class _Held:
    draft: _Slot
    cancelled: bool


@dataclass(frozen=True)
class GridEntry:
    """A booking as the hour grid of the calendar (CalendarModel) draws an entry."""

    meeting: _Held
    activity_name: str
    client_id: object
    clash: bool
    clashes: tuple = ()

    @classmethod
    def of(cls, b: Booking) -> GridEntry:
        slot = _Slot(b.draft.starts_at, b.draft.ends_at, b.draft.room)
        return cls(
            _Held(slot, not b.counts),
            f"{b.code} · {b.staff_name}",
            b.draft.client_id,
            bool(b.clashes),
        )


class BookingRows(RowsTableModel):
    def row_colour(self, row: list[str]):
        return CLASH if "⚠" in row[-1] else None


class BookingsPage(QWidget):
    open_client = Signal(object)  # ClientId

    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.ops = session, ops
        self.bookings: list[Booking] = []
        self.unit_name = ""
        heading = QLabel(self.tr("Bokningar"))
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.span = QComboBox()
        self.span.setObjectName("bookingSpan")
        self.span.addItem(self.tr("Dag"), "day")
        self.span.addItem(self.tr("Vecka"), "week")
        self.span.addItem(self.tr("Vecka, timmar"), "grid")
        self.span.setCurrentIndex(1)
        self.who = QComboBox()
        self.who.setObjectName("bookingWho")
        self.who.addItem(self.tr("Mina"), session.user.id)
        self.who.addItem(self.tr("Hela enheten"), None)
        self.day = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setObjectName("bookingDay")
        earlier, today, later = (QPushButton(t) for t in ("◀", self.tr("I dag"), "▶"))
        earlier.setToolTip(self.tr("Föregående dag eller vecka"))
        later.setToolTip(self.tr("Nästa dag eller vecka"))
        earlier.clicked.connect(lambda: self._step(-1))
        later.clicked.connect(lambda: self._step(1))
        today.clicked.connect(lambda: self.day.setDate(QDate.currentDate()))
        self.print_button = QPushButton(self.tr("Skriv ut…"))
        self.print_button.setObjectName("printBookings")
        self.print_button.clicked.connect(lambda: self.choose_printer())
        self.pdf_button = QPushButton(self.tr("Spara som PDF…"))
        self.pdf_button.setObjectName("pdfBookings")
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.ics_button = QPushButton(self.tr("Kalenderfil (ICS)…"))
        self.ics_button.setObjectName("icsBookings")
        self.ics_button.setToolTip(self.tr("För den egna kalendern: klienternas koder, inga namn"))
        self.ics_button.clicked.connect(lambda: self.save_ics())
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        for widget in (self.span, self.who, earlier, today, self.day, later):
            top.addWidget(widget)
        self.model = BookingRows(
            [
                self.tr("Dag"),
                self.tr("Tid"),
                self.tr("Klient"),
                self.tr("Form"),
                self.tr("Hos"),
                self.tr("Rum"),
                self.tr("Status"),
            ],
            self,
        )
        self.table = row_table(self.model, "bookingsCalendar")
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            lambda: self._open(self.table.currentIndex().row()),
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.grid_model = CalendarModel(self)
        self.grid = QTableView()
        self.grid.setObjectName("bookingsGrid")
        self.grid.setModel(self.grid_model)
        self.grid.setItemDelegate(HtmlDelegate(HTML_ROLE, self.grid))
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.doubleClicked.connect(self._open_cell)
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.grid)
        self.summary = QLabel()
        self.summary.setObjectName("bookingsSummary")
        self.message = QLabel(wordWrap=True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        for button in (self.print_button, self.pdf_button, self.ics_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(top)
        layout.addWidget(self.views, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        for signal in (self.span.currentIndexChanged, self.who.currentIndexChanged):
            signal.connect(lambda _: self.refresh())
        self.day.dateChanged.connect(lambda _: self.refresh())
        self._colleagues_loaded = False

    # -- the shown days ---------------------------------------------------------------
    def days(self) -> tuple[date, date]:
        day = self.day.date().toPython()
        if self.span.currentData() == "day":
            return day, day
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)

    def _step(self, step: int) -> None:
        days = 1 if self.span.currentData() == "day" else 7
        self.day.setDate(self.day.date().addDays(step * days))

    def title(self) -> str:
        start, end = self.days()
        who = self.who.currentText()
        if start == end:
            return (
                self.tr("Bokade besök %1 (%2)").replace("%1", start.isoformat()).replace("%2", who)
            )
        return (
            self.tr("Bokade besök %1–%2 (%3)")
            .replace("%1", start.isoformat())
            .replace("%2", end.isoformat())
            .replace("%3", who)
        )

    # -- loading ----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._colleagues_loaded:
            self._colleagues_loaded = True
            self.ops.run(self, self.session.users.colleagues, self._colleagues)
        self.refresh()

    def _colleagues(self, users) -> None:
        for user in users:
            if user.id != self.session.user.id:
                self.who.addItem(user.display_name, user.id)

    def refresh(self) -> None:
        (start, end), staff = self.days(), self.who.currentData()
        bookings, unit = self.session.bookings, self.session.unit
        self.ops.run(
            self,
            lambda: (bookings.between(start, end, staff), unit.unit_name()),
            self._loaded,
            lambda e: self.message.setText(error_text(e)),
        )

    def clear_sensitive(self) -> None:
        self.model.set_rows([])
        self.bookings = []

    def _loaded(self, result: tuple[list[Booking], str]) -> None:
        bookings, self.unit_name = result  # the unit's name for the printout, read here
        self.bookings = bookings
        codes = {b.id: b.code for b in bookings}
        rows = []
        for b in bookings:
            status = label_text(b.status)
            if b.clashes:
                others = ", ".join(codes.get(c, "?") for c in b.clashes)
                status += " · " + self.tr("⚠ krock med %1").replace("%1", others)
            rows.append(
                [
                    QCoreApplication.translate(
                        "CalendarModel", DAY_NAMES[b.draft.starts_at.weekday()]
                    )
                    + b.draft.starts_at.strftime(" %Y-%m-%d"),
                    f"{b.draft.starts_at:%H:%M}–{b.draft.ends_at:%H:%M}",
                    b.code,
                    label_text(b.draft.form),
                    b.staff_name,
                    b.draft.room,
                    status,
                ]
            )
        self.model.set_rows(rows, bookings)
        self.model.set_tooltips([row[-1] for row in rows])  # the whole status with its clash
        grid = self.span.currentData() == "grid"
        self.views.setCurrentWidget(self.grid if grid else self.table)
        if grid:
            start, _ = self.days()
            self.grid_model.set_period(start, 1, None, [GridEntry.of(b) for b in bookings])
        clashes = sum(1 for b in bookings if b.clashes)
        text = self.tr("%n bokade besök", "", len(bookings))
        if clashes:
            text += " · " + self.tr("%n krockar", "", clashes)
        self.summary.setText(
            text
            if bookings
            else self.tr("Inga bokade besök de här dagarna. Boka ett besök från klientkortet.")
        )

    def _open_cell(self, index) -> None:
        entries = self.grid_model.data(index, ENTRIES_ROLE) or []
        if entries:
            self.open_client.emit(entries[0].client_id)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.bookings):
            self.open_client.emit(self.bookings[row].draft.client_id)

    # -- output -----------------------------------------------------------------------
    def document(self):
        return bookings_document(
            self.bookings, self.title(), self.unit_name, QCoreApplication.translate
        )

    def _audited(self, action: AuditAction) -> None:
        audit, title = self.session.audit, self.title()
        self.ops.run(self, lambda: audit.record(action, "bookings", "", title))

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        text = QTextDocument()
        text.setHtml(render_html(self.document()))
        text.print_(printer)
        self._audited(AuditAction.PRINT)

    def save_pdf(self) -> None:
        start, _ = self.days()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Spara som PDF"), f"bokningar-{start}.pdf", self.tr("PDF-filer (*.pdf)")
        )
        if not path:
            return
        document = self.document()
        self.ops.run(
            self,
            lambda: render_pdf(document, path),
            lambda _: self._saved(path),
            lambda e: self.message.setText(error_text(e)),
        )
        self._audited(AuditAction.EXPORT)

    def save_ics(self) -> None:
        start, _ = self.days()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Spara kalenderfil"),
            f"bokningar-{start}.ics",
            self.tr("Kalenderfiler (*.ics)"),
        )
        if not path:
            return
        bookings, db_id = list(self.bookings), self.session.db_id
        summary = self.tr("Besök %1")
        self.ops.run(
            self,
            lambda: write_booking_ical(bookings, path, db_id=db_id, summary=summary),
            lambda _: self._saved(path),
            lambda e: self.message.setText(error_text(e)),
        )
        self._audited(AuditAction.EXPORT)

    def _saved(self, path: str) -> None:
        self.message.setText(self.tr("Sparad: %1").replace("%1", path))

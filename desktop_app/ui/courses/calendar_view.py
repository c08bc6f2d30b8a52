"""UI layer: the calendar of every meeting of every course and group (month or week)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.reports.dates import clock_text
from desktop_app.session import Session
from desktop_app.ui.feedback import show_error
from desktop_app.ui.models.calendar_model import ENTRIES_ROLE, HTML_ROLE, CalendarModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.html_delegate import HtmlDelegate

MONTHS = (
    QT_TRANSLATE_NOOP("CalendarView", "januari"),
    QT_TRANSLATE_NOOP("CalendarView", "februari"),
    QT_TRANSLATE_NOOP("CalendarView", "mars"),
    QT_TRANSLATE_NOOP("CalendarView", "april"),
    QT_TRANSLATE_NOOP("CalendarView", "maj"),
    QT_TRANSLATE_NOOP("CalendarView", "juni"),
    QT_TRANSLATE_NOOP("CalendarView", "juli"),
    QT_TRANSLATE_NOOP("CalendarView", "augusti"),
    QT_TRANSLATE_NOOP("CalendarView", "september"),
    QT_TRANSLATE_NOOP("CalendarView", "oktober"),
    QT_TRANSLATE_NOOP("CalendarView", "november"),
    QT_TRANSLATE_NOOP("CalendarView", "december"),
)


def month_grid_start(day: date) -> date:
    first = day.replace(day=1)
    return first - timedelta(days=first.weekday())


class CalendarView(QWidget):
    """Double-click opens a meeting's course or group (a menu when a cell has several)."""

    open_requested = Signal(object)  # ActivityId

    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.anchor = date.today()
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Månad"), "month")
        self.mode.addItem(self.tr("Vecka"), "week")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        previous = QPushButton("◀")
        following = QPushButton("▶")
        today = QPushButton(self.tr("Idag"))
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        today.clicked.connect(self.go_today)
        self.model = CalendarModel(self)
        self.table = QTableView()
        self.table.setObjectName("calendarTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(HtmlDelegate(HTML_ROLE, self.table))
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._open(index))
        self.table.activated.connect(lambda index: self._open(index))  # Enter on a cell
        self.legend = QLabel(
            self.tr(
                "⚠ = krock: samma lokal eller samma ledare samtidigt (hovra för att se med "
                "vad). Dubbelklicka för att öppna."
            )
        )
        top = QHBoxLayout()
        top.addWidget(previous)
        top.addWidget(following)
        top.addWidget(today)
        top.addWidget(self.title, 1)
        top.addWidget(self.mode)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.mode.currentIndexChanged.connect(lambda _: self.reload())

    def period(self) -> tuple[date, int, int | None]:
        if self.mode.currentData() == "week":
            return self.anchor - timedelta(days=self.anchor.weekday()), 1, None
        return month_grid_start(self.anchor), 6, self.anchor.month

    def step(self, direction: int) -> None:
        if self.mode.currentData() == "week":
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def go_today(self) -> None:
        self.anchor = date.today()
        self.reload()

    def reload(self) -> None:
        first, weeks, month = self.period()
        last = first + timedelta(days=7 * weeks - 1)
        courses = self.session.courses
        if month is None:
            self.title.setText(
                self.tr("Vecka %1, %2")
                .replace("%1", str(first.isocalendar()[1]))
                .replace("%2", str(first.year))
            )
        else:
            self.title.setText(f"{self.tr(MONTHS[month - 1]).capitalize()} {self.anchor.year}")
        self.ops.run(
            self,
            lambda: courses.calendar(first, last),
            lambda entries: self.model.set_period(first, weeks, month, entries),
            lambda e: show_error(self, e),
        )

    def _open(self, index) -> None:
        entries = self.model.data(index, ENTRIES_ROLE) or []
        if not entries:
            return
        chosen = entries[0]
        if len(entries) > 1:
            menu = QMenu(self)
            actions = {
                menu.addAction(f"{clock_text(e.meeting.draft.starts_at)} {e.activity_name}"): e
                for e in entries
            }
            picked = menu.exec(
                self.table.viewport().mapToGlobal(self.table.visualRect(index).center())
            )
            if picked is None:
                return
            chosen = actions[picked]
        self.open_requested.emit(chosen.meeting.activity_id)

    def clear_sensitive(self) -> None:
        self.model.set_period(self.model.first, self.model.weeks, self.model.month, [])

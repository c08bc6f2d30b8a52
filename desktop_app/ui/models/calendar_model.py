"""UI layer: the calendar as a month grid (6 weeks × 7 days: a cell lists its first
meetings and "+N till") or a week as an hour grid (hours × 7 days: a meeting in the hour
it begins, the hours it lasts shaded). Clashes of room or leader are red and say with
what; a cancelled meeting is struck through. ``HTML_ROLE`` gives the cell as rich text
for the calendar's delegate; the display text is the same in plain words."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.domain.courses import CalendarEntry
from desktop_app.reports.dates import clock_text
from desktop_app.ui import theme_colors
from desktop_app.ui.courses.clash_warning import clash_text

Index = QModelIndex | QPersistentModelIndex
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRIES_ROLE = Qt.ItemDataRole.UserRole + 2  # the meetings the cell shows
DAY_NAMES = (
    QT_TRANSLATE_NOOP("CalendarModel", "mån"),
    QT_TRANSLATE_NOOP("CalendarModel", "tis"),
    QT_TRANSLATE_NOOP("CalendarModel", "ons"),
    QT_TRANSLATE_NOOP("CalendarModel", "tor"),
    QT_TRANSLATE_NOOP("CalendarModel", "fre"),
    QT_TRANSLATE_NOOP("CalendarModel", "lör"),
    QT_TRANSLATE_NOOP("CalendarModel", "sön"),
)
MONTH_CELL_ENTRIES = 2  # then "+N till" (a cell holds four lines)
FIRST_HOUR, LAST_HOUR = 7, 22  # the week grid's rows; earlier or later go to the edge


def _red() -> QColor:
    return QColor(theme_colors.active["danger"])


def _span(entry: CalendarEntry) -> str:
    d = entry.meeting.draft
    return f"{clock_text(d.starts_at)}–{clock_text(d.ends_at)}"


class CalendarModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.first = date.today()
        self.weeks = 6
        self.month: int | None = date.today().month
        self._entries: dict[date, list[CalendarEntry]] = {}

    @property
    def week_grid(self) -> bool:
        return self.month is None

    def set_period(
        self, first: date, weeks: int, month: int | None, entries: list[CalendarEntry]
    ) -> None:
        """``month`` None: one week as an hour grid."""
        self.beginResetModel()
        self.first, self.weeks, self.month = first, weeks, month
        self._entries = {}
        for entry in entries:
            self._entries.setdefault(entry.meeting.draft.starts_at.date(), []).append(entry)
        self.endResetModel()

    def day_at(self, index: Index) -> date:
        if self.week_grid:
            return self.first + timedelta(days=index.column())
        return self.first + timedelta(days=index.row() * 7 + index.column())

    def entries_on(self, day: date) -> list[CalendarEntry]:
        return self._entries.get(day, [])

    @staticmethod
    def _row_of(at: datetime) -> int:
        return min(max(at.hour, FIRST_HOUR), LAST_HOUR) - FIRST_HOUR

    def entries_at(self, index: Index) -> list[CalendarEntry]:
        """The meetings a cell shows: a day's, or in the week grid those beginning in
        its hour."""
        entries = self.entries_on(self.day_at(index))
        if not self.week_grid:
            return entries
        return [e for e in entries if self._row_of(e.meeting.draft.starts_at) == index.row()]

    def _ongoing(self, index: Index) -> list[CalendarEntry]:
        """Week grid: meetings that began in an earlier hour and still go on."""
        hour = time(FIRST_HOUR + index.row())
        start = datetime.combine(self.day_at(index), hour)
        return [
            e
            for e in self.entries_on(self.day_at(index))
            if self._row_of(e.meeting.draft.starts_at) < index.row()
            and e.meeting.draft.ends_at > start
        ]

    # -- texts ------------------------------------------------------------------------
    def _line(self, entry: CalendarEntry, rich: bool) -> str:
        text = f"{clock_text(entry.meeting.draft.starts_at)} {entry.activity_name}"
        if entry.meeting.cancelled:
            text += " (" + self.tr("inställd") + ")"
        if not rich:
            return text + (" ⚠" if entry.clash else "")
        html = escape(text)
        if entry.meeting.cancelled:
            return f"<s style='color: #888888'>{html}</s>"
        if entry.clash:
            return f"<span style='color: {_red().name()}'>{html} ⚠</span>"
        return html

    def _lines(self, index: Index, rich: bool) -> list[str]:
        entries = self.entries_at(index)
        if self.week_grid:
            lines = [self._line(e, rich) for e in entries]
            if not entries and self._ongoing(index):
                lines.append("⋮")
            return lines
        day = self.day_at(index)
        lines = [f"<b>{day.day}</b>" if rich else str(day.day)]
        lines += [self._line(e, rich) for e in entries[:MONTH_CELL_ENTRIES]]
        if len(entries) > MONTH_CELL_ENTRIES:
            more = self.tr("+%1 till").replace("%1", str(len(entries) - MONTH_CELL_ENTRIES))
            lines.append(f"<i>{more}</i>" if rich else more)
        return lines

    # -- the model --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return LAST_HOUR - FIRST_HOUR + 1 if self.week_grid else self.weeks

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            name = self.tr(DAY_NAMES[section])
            if self.week_grid:
                day = self.first + timedelta(days=section)
                return f"{name} {day.day}/{day.month}"
            return name
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            if self.week_grid:
                return f"{FIRST_HOUR + section:02d}.00"
            return self.tr("v. %1").replace(
                "%1", str((self.first + timedelta(days=7 * section)).isocalendar()[1])
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        day = self.day_at(index)
        entries = self.entries_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(self._lines(index, rich=False))
        if role == HTML_ROLE:
            return "<br>".join(self._lines(index, rich=True))
        if role == ENTRIES_ROLE:
            return entries
        if role == Qt.ItemDataRole.ToolTipRole and entries:
            return "\n".join(self._tooltip(e) for e in entries)
        if role == Qt.ItemDataRole.ForegroundRole:
            if any(e.clash for e in entries):
                return QBrush(_red())
            if self.month is not None and day.month != self.month:
                return QBrush(QColor("#999999"))
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.week_grid and (entries or self._ongoing(index)):
                return QBrush(QColor("#e4ecf2"))
            if day == date.today():
                return QBrush(QColor("#eef4fb"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def _tooltip(self, e: CalendarEntry) -> str:
        text = f"{_span(e)} {e.activity_name}"
        if e.meeting.draft.venue:
            text += f" ({e.meeting.draft.venue})"
        if e.meeting.cancelled:
            text += " – " + self.tr("inställd")
        return "\n".join([text] + ["  ⚠ " + clash_text(c) for c in e.clashes])

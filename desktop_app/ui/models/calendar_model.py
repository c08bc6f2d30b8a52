"""UI layer: the calendar as a month grid (6 weeks x 7 days) or one week's days; each
cell lists its meetings, clashes of room or leader in red."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.domain.courses import CalendarEntry

Index = QModelIndex | QPersistentModelIndex
DAY_NAMES = (
    QT_TRANSLATE_NOOP("CalendarModel", "mån"),
    QT_TRANSLATE_NOOP("CalendarModel", "tis"),
    QT_TRANSLATE_NOOP("CalendarModel", "ons"),
    QT_TRANSLATE_NOOP("CalendarModel", "tor"),
    QT_TRANSLATE_NOOP("CalendarModel", "fre"),
    QT_TRANSLATE_NOOP("CalendarModel", "lör"),
    QT_TRANSLATE_NOOP("CalendarModel", "sön"),
)


class CalendarModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.first = date.today()
        self.weeks = 6
        self.month = date.today().month
        self._entries: dict[date, list[CalendarEntry]] = {}

    def set_period(
        self, first: date, weeks: int, month: int | None, entries: list[CalendarEntry]
    ) -> None:
        self.beginResetModel()
        self.first, self.weeks, self.month = first, weeks, month
        self._entries = {}
        for entry in entries:
            self._entries.setdefault(entry.meeting.draft.starts_at.date(), []).append(entry)
        self.endResetModel()

    def day_at(self, index: Index) -> date:
        return self.first + timedelta(days=index.row() * 7 + index.column())

    def entries_on(self, day: date) -> list[CalendarEntry]:
        return self._entries.get(day, [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.weeks

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return self.tr(DAY_NAMES[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.weeks:
            return self.tr("v. %1").replace(
                "%1", str((self.first + timedelta(days=7 * section)).isocalendar()[1])
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        day = self.day_at(index)
        entries = self.entries_on(day)
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [str(day.day)]
            for e in entries:
                mark = " ⚠" if e.clash else ""
                lines.append(f"{e.meeting.draft.starts_at:%H:%M} {e.activity_name}{mark}")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole and entries:
            return "\n".join(
                f"{e.meeting.draft.starts_at:%H:%M}–{e.meeting.draft.ends_at:%H:%M} "
                f"{e.activity_name} ({e.meeting.draft.venue})"
                + (" – " + self.tr("krock: samma lokal eller kursledare") if e.clash else "")
                for e in entries
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            if any(e.clash for e in entries):
                return QBrush(QColor("#b3261e"))
            if self.month is not None and day.month != self.month:
                return QBrush(QColor("#999999"))
        if role == Qt.ItemDataRole.BackgroundRole and day == date.today():
            return QBrush(QColor("#eef4fb"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

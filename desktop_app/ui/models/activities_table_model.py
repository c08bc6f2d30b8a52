"""UI layer: course occasions or groups as a table (rows handed in by the page)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.core.domain.courses import Activity
from desktop_app.ui.dates import short_moment_text
from desktop_app.ui.models.column_model import AMBER, GREY, Column, ColumnTableModel


def _when(moment: datetime | None) -> str:
    return short_moment_text(moment) if moment else ""


def _places(a: Activity) -> str:
    text = f"{a.registered_count}/{a.draft.capacity}"
    if a.waiting_count:
        text += " " + QCoreApplication.translate("ActivitiesTableModel", "(+%1 i kön)").replace(
            "%1", str(a.waiting_count)
        )
    return text


def _state(a: Activity) -> str:
    now = datetime.now()
    if a.cancelled_on:
        state = QCoreApplication.translate("ActivitiesTableModel", "inställd")
    elif a.last_meeting and a.last_meeting < now:
        state = QCoreApplication.translate("ActivitiesTableModel", "avslutad")
    elif a.first_meeting and a.first_meeting <= now:
        state = QCoreApplication.translate("ActivitiesTableModel", "pågår")
    else:
        state = QCoreApplication.translate("ActivitiesTableModel", "planerad")
    if a.missing_attendance:
        state += ", " + QCoreApplication.translate(
            "ActivitiesTableModel", "närvaro saknas (%1)"
        ).replace("%1", str(a.missing_attendance))
    return state


class ActivitiesTableModel(ColumnTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("ActivitiesTableModel", "Namn"), lambda m, a: a.draft.name),
        Column(
            QT_TRANSLATE_NOOP("ActivitiesTableModel", "Kurstyp"),
            lambda m, a: m.type_names.get(a.draft.type_id, "") if a.draft.type_id else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("ActivitiesTableModel", "Första träffen"),
            lambda m, a: _when(a.first_meeting),
            key=lambda m, a: a.first_meeting,
        ),
        Column(
            QT_TRANSLATE_NOOP("ActivitiesTableModel", "Sista träffen"),
            lambda m, a: _when(a.last_meeting),
            key=lambda m, a: a.last_meeting,
        ),
        Column(
            QT_TRANSLATE_NOOP("ActivitiesTableModel", "Platser"),
            lambda m, a: _places(a),
            key=lambda m, a: (a.registered_count, a.waiting_count),
        ),
        Column(
            QT_TRANSLATE_NOOP("ActivitiesTableModel", "Läge"),
            lambda m, a: _state(a),
            lambda m, a: AMBER if a.missing_attendance else None,
        ),
    )
    row_colour = staticmethod(lambda m, a: GREY if a.cancelled_on else None)

    def __init__(self, type_names: dict[int, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.type_names = type_names or {}

    def activity_at(self, row: int) -> Activity | None:
        return self.row_at(row)

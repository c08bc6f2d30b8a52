"""UI layer: ask for one date (today by default, none in the future)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


def ask_date(parent: QWidget, title: str, label: str, initial: date | None = None) -> date | None:
    """The chosen date, or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName("askDate")
    day = initial or date.today()
    edit = QDateEdit(QDate(day.year, day.month, day.day), calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate.currentDate())
    edit.setObjectName("askDateEdit")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(label))
    layout.addWidget(edit)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.date().toPython()

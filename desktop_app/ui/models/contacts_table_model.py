"""UI layer: a client's contacts as a table (rows handed in by the card)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.ui.feedback import label_text
from desktop_app.ui.models.column_model import Column, ColumnTableModel


class ContactsTableModel(ColumnTableModel):
    columns = (
        Column(
            QT_TRANSLATE_NOOP("ContactsTableModel", "Datum"),
            lambda m, c: c.draft.at.strftime("%Y-%m-%d %H:%M"),
        ),
        Column(
            QT_TRANSLATE_NOOP("ContactsTableModel", "Form"), lambda m, c: label_text(c.draft.form)
        ),
        Column(
            QT_TRANSLATE_NOOP("ContactsTableModel", "Typ"), lambda m, c: label_text(c.draft.kind)
        ),
        Column(
            QT_TRANSLATE_NOOP("ContactsTableModel", "Minuter"), lambda m, c: str(c.draft.minutes)
        ),
        Column(QT_TRANSLATE_NOOP("ContactsTableModel", "Medarbetare"), lambda m, c: c.staff_name),
        Column(
            QT_TRANSLATE_NOOP("ContactsTableModel", "Deltog"),
            lambda m, c: label_text(c.draft.participants),
        ),
        Column(QT_TRANSLATE_NOOP("ContactsTableModel", "Anteckning"), lambda m, c: c.draft.note),
    )


class UnregisteredContactsModel(ColumnTableModel):
    columns = (
        Column(
            QT_TRANSLATE_NOOP("UnregisteredContactsModel", "Datum"),
            lambda m, c: c.draft.at.strftime("%Y-%m-%d %H:%M"),
        ),
        Column(
            QT_TRANSLATE_NOOP("UnregisteredContactsModel", "Form"),
            lambda m, c: label_text(c.draft.form),
        ),
        Column(
            QT_TRANSLATE_NOOP("UnregisteredContactsModel", "Typ"),
            lambda m, c: label_text(c.draft.kind),
        ),
        Column(
            QT_TRANSLATE_NOOP("UnregisteredContactsModel", "Minuter"),
            lambda m, c: str(c.draft.minutes),
        ),
        Column(
            QT_TRANSLATE_NOOP("UnregisteredContactsModel", "Målgrupp"),
            lambda m, c: label_text(c.draft.target_group) if c.draft.target_group else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("UnregisteredContactsModel", "Medarbetare"), lambda m, c: c.staff_name
        ),
        Column(
            QT_TRANSLATE_NOOP("UnregisteredContactsModel", "Anteckning"), lambda m, c: c.draft.note
        ),
    )

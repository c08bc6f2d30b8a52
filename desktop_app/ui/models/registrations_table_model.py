"""UI layer: an activity's registrations (or an interest list) as a table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.core.domain.courses import Registration
from desktop_app.ui.feedback import label_text
from desktop_app.ui.models.column_model import Column, ColumnTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegistrationsTableModel", text)


def _status(r: Registration) -> str:
    status = label_text(r.status)
    if r.left_on:
        return status + " " + _tr("(slutat %1)").replace("%1", r.left_on.isoformat())
    if r.late_cancel:
        return status + " " + _tr("(sent)")
    return status


def _municipality(model, r: Registration) -> str:
    code = r.participant.draft.municipality
    return model.names.get(code) or label_text(code)


class RegistrationsTableModel(ColumnTableModel):
    columns = (
        Column(
            QT_TRANSLATE_NOOP("RegistrationsTableModel", "Kod"), lambda m, r: r.participant.code
        ),
        Column(
            QT_TRANSLATE_NOOP("RegistrationsTableModel", "Namn"),
            lambda m, r: r.participant.draft.name or _tr("(anonym)"),
        ),
        Column(
            QT_TRANSLATE_NOOP("RegistrationsTableModel", "Telefon"),
            lambda m, r: r.participant.draft.phone,
        ),
        Column(QT_TRANSLATE_NOOP("RegistrationsTableModel", "Kommun"), _municipality),
        Column(QT_TRANSLATE_NOOP("RegistrationsTableModel", "Status"), lambda m, r: _status(r)),
        Column(
            QT_TRANSLATE_NOOP("RegistrationsTableModel", "Anmäld"),
            lambda m, r: r.joined_at.strftime("%Y-%m-%d"),
        ),
    )

    def __init__(self, municipality_names: dict[str, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.names = municipality_names or {}

    def registration_at(self, row: int) -> Registration | None:
        return self.row_at(row)

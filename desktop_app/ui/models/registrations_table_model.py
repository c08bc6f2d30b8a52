"""UI layer: an activity's registrations (or an interest list) as a table: those with
a place first, then the queue in its order (position, time joined, an offer's answer
time), then those who cancelled."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.core.domain.courses import Registration, RegistrationStatus
from desktop_app.core.domain.ids import RegistrationId
from desktop_app.ui.dates import day_text, short_moment_text
from desktop_app.ui.feedback import label_text
from desktop_app.ui.models.column_model import AMBER, Column, ColumnTableModel

S = RegistrationStatus


def _status(r: Registration) -> str:
    status = label_text(r.status)
    if r.left_on:
        return (
            status
            + " "
            + QCoreApplication.translate("RegistrationsTableModel", "(slutat %1)").replace(
                "%1", day_text(r.left_on)
            )
        )
    if r.status == S.OFFERED and r.offer_until is not None:
        return (
            status
            + " "
            + QCoreApplication.translate("RegistrationsTableModel", "(svar senast %1)").replace(
                "%1", short_moment_text(r.offer_until)
            )
        )
    if r.late_cancel:
        return status + " " + QCoreApplication.translate("RegistrationsTableModel", "(sent)")
    return status


def _municipality(model, r: Registration) -> str:
    code = r.participant.draft.municipality
    return model.names.get(code) or label_text(code)


def _position(model, r: Registration) -> str:
    position = model.positions.get(r.id)
    return str(position) if position is not None else ""


def _queued_since(model, r: Registration) -> str:
    if r.id not in model.positions or r.waitlisted_at is None:
        return ""
    return short_moment_text(r.waitlisted_at)


class RegistrationsTableModel(ColumnTableModel):
    columns = (
        Column(
            QT_TRANSLATE_NOOP("RegistrationsTableModel", "Kod"), lambda m, r: r.participant.code
        ),
        Column(
            QT_TRANSLATE_NOOP("RegistrationsTableModel", "Namn"),
            lambda m, r: (
                r.participant.draft.name
                or QCoreApplication.translate("RegistrationsTableModel", "(anonym)")
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("RegistrationsTableModel", "Telefon"),
            lambda m, r: r.participant.draft.phone,
        ),
        Column(QT_TRANSLATE_NOOP("RegistrationsTableModel", "Kommun"), _municipality),
        Column(
            QT_TRANSLATE_NOOP("RegistrationsTableModel", "Status"),
            lambda m, r: _status(r),
            lambda m, r: AMBER if r.status == S.OFFERED else None,
        ),
        Column(QT_TRANSLATE_NOOP("RegistrationsTableModel", "Plats i kön"), _position),
        Column(QT_TRANSLATE_NOOP("RegistrationsTableModel", "I kön sedan"), _queued_since),
        Column(
            QT_TRANSLATE_NOOP("RegistrationsTableModel", "Inbjuden"),
            lambda m, r: short_moment_text(r.invited_at) if r.invited_at else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("RegistrationsTableModel", "Anmäld"),
            lambda m, r: day_text(r.joined_at.date()),
        ),
    )

    def __init__(self, municipality_names: dict[str, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.names = municipality_names or {}
        self.positions: dict[RegistrationId, int] = {}

    def set_rows(self, rows: Sequence[Registration], queue: Sequence[Registration] = ()) -> None:
        """``queue``: the waiting list in its order (position 1 first)."""
        self.positions = {r.id: n for n, r in enumerate(queue, start=1)}
        last = len(self.positions) + 1

        def order(r: Registration) -> tuple[int, int]:
            if r.id in self.positions:
                return 1, self.positions[r.id]
            return (2 if r.status == S.CANCELLED or r.left_on else 0), last

        super().set_rows(sorted(rows, key=order))

    def registration_at(self, row: int) -> Registration | None:
        return self.row_at(row)

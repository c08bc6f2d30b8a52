"""UI layer: the before/after questionnaire as a grid: one row per participant, one
column per statement, for the phase chosen. Saved answers are shown; a change stays
marked (bold, amber, its old value in the tooltip) until it is saved."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop_app.core.domain.courses import Participant, Phase
from desktop_app.core.domain.ids import ParticipantId, StatementId
from desktop_app.ui.models.column_model import AMBER

Index = QModelIndex | QPersistentModelIndex
Key = tuple[ParticipantId, StatementId, Phase]


class QuestionnaireModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.people: list[Participant] = []
        self.statements: list[tuple[StatementId, str]] = []
        self.phase = Phase.BEFORE
        self._saved: dict[Key, int] = {}
        self._pending: dict[Key, int | None] = {}

    def set_data(
        self,
        people: list[Participant],
        statements: list[tuple[StatementId, str]],
        answers: list[tuple[int, int, str, int]],
    ) -> None:
        self.beginResetModel()
        self.people = list(people)
        self.statements = list(statements)
        self._saved = {(ParticipantId(p), StatementId(s), Phase(ph)): v for p, s, ph, v in answers}
        self._pending = {}
        self.endResetModel()

    def set_phase(self, phase: Phase) -> None:
        self.beginResetModel()
        self.phase = Phase(phase)
        self.endResetModel()

    # -- values -----------------------------------------------------------------------
    def _key(self, row: int, column: int) -> Key:
        return self.people[row].id, self.statements[column - 1][0], self.phase

    def value(self, row: int, column: int) -> int | None:
        key = self._key(row, column)
        return self._pending[key] if key in self._pending else self._saved.get(key)

    def set_value(self, row: int, column: int, value: int | None) -> None:
        if not (0 <= row < len(self.people) and 1 <= column <= len(self.statements)):
            return
        key = self._key(row, column)
        if self._saved.get(key) == value:
            self._pending.pop(key, None)  # back to what is saved: no change
        else:
            self._pending[key] = value
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def unsaved(self) -> bool:
        return bool(self._pending)

    def changes(self) -> dict[tuple[ParticipantId, Phase], dict[StatementId, int | None]]:
        out: dict[tuple[ParticipantId, Phase], dict[StatementId, int | None]] = {}
        for (person, statement, phase), value in self._pending.items():
            out.setdefault((person, phase), {})[statement] = value
        return out

    # -- the model --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1 + len(self.statements)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(self.statements):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Deltagare") if section == 0 else str(section)
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return self.statements[section - 1][1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        row, column = index.row(), index.column()
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                p = self.people[row]
                return f"{p.code}  {p.draft.name}".strip()
            return None
        changed = self._key(row, column) in self._pending
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(row, column)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and changed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and changed:
            return AMBER
        if role == Qt.ItemDataRole.ToolTipRole and changed:
            old = self._saved.get(self._key(row, column))
            return self.tr("Ändrad, inte sparad (sparat: %1)").replace(
                "%1", "–" if old is None else str(old)
            )
        return None

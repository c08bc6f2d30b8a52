"""UI layer: Administration › Dubbletter bland kursdeltagare: pairs that are probably one
person (same name, and the same phone number or birth year), merged on request."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.courses import Participant
from desktop_app.session import Session
from desktop_app.ui.feedback import error_text
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.row_table import row_table


def _who(p: Participant) -> list[str]:
    return [p.code, p.draft.name, p.draft.phone, str(p.draft.birth_year or "")]


class ParticipantDuplicatesDialog(QDialog):
    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.pairs: list[tuple[Participant, Participant]] = []
        self._done = ""  # what the last merge did, kept above the reloaded list
        self.setWindowTitle(self.tr("Dubbletter bland kursdeltagare"))
        intro = QLabel(
            self.tr(
                "Deltagare med samma namn och samma telefonnummer eller födelseår är troligen "
                "samma person. Slå ihop dem: anmälningar, närvaro och svar flyttas till den som "
                "behålls (är båda anmälda till samma kurs behålls den anmälan som har plats)."
            ),
            wordWrap=True,
        )
        columns = [self.tr("Kod"), self.tr("Namn"), self.tr("Telefon"), self.tr("Född")]
        self.model = RowsTableModel(columns + columns, self)
        self.table = row_table(self.model, "duplicatePairs")
        self.keep_first = QPushButton(self.tr("Slå ihop, behåll den vänstra…"))
        self.keep_first.setObjectName("mergeKeepFirst")
        self.keep_first.clicked.connect(lambda: self._merge(0))
        self.keep_second = QPushButton(self.tr("Slå ihop, behåll den högra…"))
        self.keep_second.setObjectName("mergeKeepSecond")
        self.keep_second.clicked.connect(lambda: self._merge(1))
        for button in (self.keep_first, self.keep_second):
            button.setAutoDefault(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("duplicatesMessage")
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.keep_first)
        row.addWidget(self.keep_second)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(860, 420)
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        merge = self.session.participant_merge
        self.ops.run(self, merge.likely_duplicates, self._loaded, self._failed)

    def _loaded(self, pairs) -> None:
        self.pairs = pairs
        self.model.set_rows([_who(a) + _who(b) for a, b in pairs])
        none = self.tr("Inga troliga dubbletter.") if not pairs else ""
        self.message.setText(" ".join(t for t in (self._done, none) if t))
        self._update_buttons()

    def _failed(self, error) -> None:
        self.message.setText(error_text(error))

    def _selected(self) -> tuple[Participant, Participant] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.keep_first.setEnabled(chosen)
        self.keep_second.setEnabled(chosen)

    def _merge(self, keep_index: int) -> None:
        pair = self._selected()
        if pair is None:
            return
        keep, other = pair[keep_index], pair[1 - keep_index]
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Slå ihop %1 med %2? %2 tas bort; det kan inte ångras.")
            .replace("%1", keep.code)
            .replace("%2", other.code),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        merge = self.session.participant_merge

        def merged(_moved) -> None:
            self._done = (
                self.tr("%1 är nu en del av %2.").replace("%1", other.code).replace("%2", keep.code)
            )
            self.refresh()

        self.ops.run(self, lambda: merge.merge(keep.id, other.id), merged, self._failed)

"""UI layer: the questionnaire tab: the before/after answers of every participant as a
grid to type from the paper forms: a digit 1–5 fills the cell and moves to the next
statement, Enter goes to the next participant, Delete clears; saved answers are shown
and changes stay marked until "Spara svaren"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.courses import Phase, RegistrationStatus
from desktop_app.ui.courses.activity_data import ActivityData
from desktop_app.ui.models.questionnaire_model import QuestionnaireModel
from desktop_app.ui.widgets.unsaved import Unsaved, ask_unsaved

ANSWERING = frozenset(
    {RegistrationStatus.REGISTERED, RegistrationStatus.CONFIRMED, RegistrationStatus.ATTENDED}
)


class AnswerGrid(QTableView):
    """Keys as a leader types from a pile of forms."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        model: QuestionnaireModel = self.model()
        index = self.currentIndex()
        key, text = event.key(), event.text()
        if index.isValid() and text in {"1", "2", "3", "4", "5"} and index.column() > 0:
            model.set_value(index.row(), index.column(), int(text))
            last = model.columnCount() - 1
            if index.column() < last:
                self.setCurrentIndex(model.index(index.row(), index.column() + 1))
            return
        if index.isValid() and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            model.set_value(index.row(), index.column(), None)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            row = min(index.row() + 1, model.rowCount() - 1) if index.isValid() else 0
            self.setCurrentIndex(model.index(row, 1))
            return
        super().keyPressEvent(event)


class QuestionnaireTab(QWidget):
    save_requested = Signal(object)  # {(participant id, Phase): {statement: value or None}}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = QComboBox()
        self.phase.setObjectName("questionnairePhase")
        self.phase.addItem(self.tr("Före kursen"), Phase.BEFORE.value)
        self.phase.addItem(self.tr("Efter kursen"), Phase.AFTER.value)
        self.phase.currentIndexChanged.connect(
            lambda _: self.model.set_phase(Phase(self.phase.currentData()))
        )
        self.model = QuestionnaireModel(self)
        self.grid = AnswerGrid()
        self.grid.setObjectName("questionnaireGrid")
        self.grid.setModel(self.model)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.horizontalHeader().setStretchLastSection(False)
        self.legend = QLabel(wordWrap=True)
        self.legend.setObjectName("questionnaireLegend")
        self.state = QLabel()
        self.model.dataChanged.connect(lambda *_: self._show_state())
        self.model.modelReset.connect(lambda: self._show_state())
        self.save = QPushButton(self.tr("Spara svaren"))
        self.save.setObjectName("saveAnswers")
        self.save.clicked.connect(lambda: self._save())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Enkät:")))
        top.addWidget(self.phase)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Skriv 1–5 (1 = stämmer inte alls … 5 = stämmer helt): nästa påstående "
                    "väljs. Enter går till nästa deltagare, Delete tar bort ett svar."
                )
            )
        )
        layout.addWidget(self.grid, 1)
        layout.addLayout(bottom)

    def unsaved(self) -> bool:
        return self.model.unsaved()

    def ask_unsaved(self) -> Unsaved:
        """ "Spara enkätsvaren?" for answers typed and not saved."""
        if not self.unsaved():
            return Unsaved.DISCARD
        answer = ask_unsaved(
            self,
            self.tr("Spara enkätsvaren?"),
            self.tr("Enkätsvar är ändrade men inte sparade. Spara dem?"),
        )
        if answer == Unsaved.SAVE:
            self._save()
        return answer

    def _save(self) -> None:
        if self.model.unsaved():
            self.save_requested.emit(self.model.changes())

    def _show_state(self) -> None:
        changed = sum(len(v) for v in self.model.changes().values())
        self.state.setText(self.tr("%n ändrade svar, inte sparade", "", changed) if changed else "")
        self.save.setEnabled(bool(changed))

    def set_data(self, data: ActivityData) -> None:
        course_type = data.course_type
        statements = (
            list(zip(course_type.statement_ids, course_type.statements, strict=True))
            if course_type is not None
            else []
        )
        answered = {p for p, _, _, _ in data.answers}
        people = [
            r.participant
            for r in data.registrations
            if r.status in ANSWERING or r.participant.id in answered
        ]
        self.model.set_data(people, statements, data.answers)
        self.model.set_phase(Phase(self.phase.currentData()))
        self.legend.setText(
            "<br>".join(f"<b>{n}</b> {text}" for n, (_, text) in enumerate(statements, 1))
            if statements
            else self.tr("Kurstypen har ingen enkät.")
        )
        self.grid.setEnabled(bool(statements))
        if people and statements:
            self.grid.setCurrentIndex(self.model.index(0, 1))

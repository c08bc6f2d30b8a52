"""UI layer: the paper forms typed into a survey, to find a wrong key press and correct
or remove that form."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.unit_work import Survey
from desktop_app.core.errors import ValidationError
from desktop_app.session import Session
from desktop_app.ui.feedback import error_text
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops


class SurveyResponsesDialog(QDialog):
    def __init__(
        self, session: Session, ops: Ops, survey: Survey, parse, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.ops, self.survey, self.parse = session, ops, survey, parse
        self.setWindowTitle(self.tr("Inmatade svar – %1").replace("%1", survey.name))
        self.setObjectName("surveyResponses")
        self.model = RowsTableModel([self.tr("Nr"), self.tr("Inmatad"), self.tr("Svar")], self)
        self.table = QTableView()
        self.table.setObjectName("responsesTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self.correct())
        self.correct_button = QPushButton(self.tr("Rätta…"))
        self.correct_button.setObjectName("correctResponse")
        self.correct_button.clicked.connect(self.correct)
        self.delete_button = QPushButton(self.tr("Ta bort…"))
        self.delete_button.setObjectName("deleteResponse")
        self.delete_button.clicked.connect(self.delete)
        for button in (self.correct_button, self.delete_button):
            button.setAutoDefault(False)
        self.message = QLabel(wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.correct_button)
        row.addWidget(self.delete_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(520, 420)
        self.refresh()

    def refresh(self) -> None:
        surveys, survey_id = self.session.surveys, self.survey.id
        self.ops.run(
            self,
            lambda: surveys.responses(survey_id),
            lambda rows: self.model.set_rows(
                [
                    [str(n), r.entered_at.strftime("%Y-%m-%d %H:%M"), r.typed()]
                    for n, r in enumerate(rows, 1)
                ],
                rows,
            ),
            lambda e: self.message.setText(error_text(e)),
        )

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def _run(self, call, done_text: str) -> None:
        self.ops.run(
            self,
            call,
            lambda _: (self.message.setText(done_text), self.refresh()),
            lambda e: self.message.setText(error_text(e)),
        )

    def correct(self) -> None:
        response = self._selected()
        if response is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Rätta formuläret"),
            self.tr("Ett svar per påstående (0 = obesvarat):"),
            text=response.typed(),
        )
        if not ok:
            return
        try:
            answers = self.parse(text, len(self.survey.statements))
        except ValidationError as error:
            self.message.setText(error_text(error))
            return
        surveys, survey_id = self.session.surveys, self.survey.id
        self._run(
            lambda: surveys.correct_response(survey_id, response.id, answers),
            self.tr("Formuläret är rättat."),
        )

    def delete(self) -> None:
        response = self._selected()
        if response is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort"),
            self.tr("Ta bort formuläret %1 (%2)?")
            .replace("%1", response.typed())
            .replace("%2", response.entered_at.strftime("%Y-%m-%d %H:%M")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        surveys, survey_id = self.session.surveys, self.survey.id
        self._run(
            lambda: surveys.delete_response(survey_id, response.id),
            self.tr("Formuläret är borttaget."),
        )

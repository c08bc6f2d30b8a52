"""UI layer: the user survey: define it, type in the paper forms fast, see the shares."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.unit_work import Survey
from desktop_app.core.errors import ValidationError
from desktop_app.core.services.survey_service import DEFAULT_OPTIONS
from desktop_app.reports.numbers import percent
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.dialogs.removal import ask_removal_reason
from desktop_app.ui.feedback import error_text
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.form_parts import error_label


def parse_answers(text: str, statements: int) -> list[int | None]:
    """ "1120" or "1 1 2 -": one digit per statement; 0, - or a blank = not answered."""
    text = text.strip()
    marks = text.split() if " " in text else list(text)
    if len(marks) != statements:
        raise ValidationError("answer", "wrong_count", expected=statements)
    answers: list[int | None] = []
    for mark in marks:
        if mark in ("0", "-"):
            answers.append(None)
        elif mark.isdigit():
            answers.append(int(mark))
        else:
            raise ValidationError("answer", "not_a_number")
    return answers


class SurveyDialog(FormDialog):
    saved = Signal()

    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.setWindowTitle(self.tr("Ny brukarenkät"))
        self.name = QLineEdit(self.tr("Brukarenkät %1").replace("%1", str(date.today().year)))
        self.year = QSpinBox(minimum=2000, maximum=2100, value=date.today().year)
        self.statements = QPlainTextEdit()
        self.statements.setPlaceholderText(self.tr("Ett påstående per rad"))
        self.options = QPlainTextEdit("\n".join(DEFAULT_OPTIONS))
        self.options.setMaximumHeight(110)
        form = QFormLayout()
        form.addRow(self.tr("Namn:"), self.name)
        form.addRow(self.tr("År:"), self.year)
        form.addRow(self.tr("Påståenden:"), self.statements)
        form.addRow(self.tr("Svarsalternativ (bäst först):"), self.options)
        self.finish_layout(form)
        self.field_widgets = {
            "survey_name": self.name,
            "year": self.year,
            "statements": self.statements,
            "options": self.options,
        }
        self.resize(560, 480)

    def submit(self) -> None:
        surveys = self.session.surveys
        name, year = self.name.text(), self.year.value()
        statements = self.statements.toPlainText().splitlines()
        options = tuple(self.options.toPlainText().splitlines())
        self.save(
            lambda: surveys.create_survey(name, year, statements, options),
            lambda _: (self.accept(), self.saved.emit()),
        )


class SurveyTab(QWidget):
    changed = Signal()

    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.survey = QComboBox()
        self.survey.setObjectName("survey")
        new = QPushButton(self.tr("Ny enkät…"))
        new.clicked.connect(self.new_survey)
        self.responses_button = QPushButton(self.tr("Inmatade svar…"))
        self.responses_button.setObjectName("surveyResponsesButton")
        self.responses_button.clicked.connect(self.show_responses)
        self.rename_button = QPushButton(self.tr("Byt namn…"))
        self.rename_button.setObjectName("renameSurvey")
        self.rename_button.clicked.connect(self.rename_survey)
        self.delete_button = QPushButton(self.tr("Ta bort enkäten…"))
        self.delete_button.setObjectName("deleteSurvey")
        self.delete_button.clicked.connect(self.delete_survey)
        self.entry = QLineEdit()
        self.entry.setObjectName("surveyEntry")
        self.entry.setPlaceholderText(
            self.tr("Ett svar per påstående, t.ex. 1123 (0 = obesvarat), Enter sparar")
        )
        self.entered = QLabel()
        self.entered.setObjectName("surveyEntered")
        self.message = error_label()
        self.model = RowsTableModel([self.tr("Påstående")], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.survey, 1)
        top.addWidget(self.responses_button)
        top.addWidget(self.rename_button)
        top.addWidget(self.delete_button)
        top.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Mata in pappersenkäterna:")))
        layout.addWidget(self.entry)
        layout.addWidget(self.entered)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.entry.returnPressed.connect(self.save_entry)
        self.survey.currentIndexChanged.connect(lambda _: self.load_results())

    def current(self) -> Survey | None:
        return self.survey.currentData()

    def refresh(self) -> None:
        surveys = self.session.surveys
        self.ops.run(
            self, surveys.surveys, self._loaded, lambda e: self.message.setText(error_text(e))
        )

    def _loaded(self, surveys: list[Survey]) -> None:
        current = self.current()
        self.survey.blockSignals(True)
        self.survey.clear()
        for s in surveys:
            self.survey.addItem(f"{s.name} ({s.year})", s)
        index = next(
            (
                i
                for i in range(self.survey.count())
                if current and self.survey.itemData(i).id == current.id
            ),
            0,
        )
        self.survey.setCurrentIndex(index)
        self.survey.blockSignals(False)
        self.load_results()

    def load_results(self) -> None:
        survey = self.current()
        if survey is None:
            self.model.set_rows([])
            return
        surveys = self.session.surveys

        def loaded(result) -> None:
            fresh, results = result
            self.model = RowsTableModel(
                [self.tr("Påstående"), *fresh.options, self.tr("Svar")], self
            )
            self.table.setModel(self.model)
            self.model.set_rows(
                [
                    [r.statement]
                    + [f"{c} ({percent(s)})" for c, s in zip(r.counts, r.shares(), strict=True)]
                    + [str(r.answered)]
                    for r in results
                ]
            )
            self.entered.setText(self.tr("%1 enkäter inmatade").replace("%1", str(fresh.responses)))

        self.ops.run(
            self,
            lambda: (surveys.survey(survey.id), surveys.results(survey.id)),
            loaded,
            lambda e: self.message.setText(error_text(e)),
        )

    def save_entry(self) -> None:
        survey = self.current()
        if survey is None:
            return
        try:
            answers = parse_answers(self.entry.text(), len(survey.statements))
        except ValidationError as error:
            self.message.setText(error_text(error))
            return
        surveys = self.session.surveys

        def done(_) -> None:
            self.entry.clear()
            self.message.clear()
            self.load_results()

        self.ops.run(
            self,
            lambda: surveys.record_response(survey.id, answers),
            done,
            lambda e: self.message.setText(error_text(e)),
        )

    def show_responses(self) -> None:
        survey = self.current()
        if survey is None:
            return
        from desktop_app.ui.work.survey_responses import SurveyResponsesDialog

        dialog = SurveyResponsesDialog(self.session, self.ops, survey, parse_answers, self)
        dialog.finished.connect(lambda _: self.load_results())
        dialog.open()

    def rename_survey(self) -> None:
        survey = self.current()
        if survey is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Byt namn"), self.tr("Enkätens namn:"), text=survey.name
        )
        if not ok:
            return
        surveys = self.session.surveys
        self.ops.run(
            self,
            lambda: surveys.rename(survey.id, name),
            lambda _: self.refresh(),
            lambda e: self.message.setText(error_text(e)),
        )

    def delete_survey(self) -> None:
        survey = self.current()
        if survey is None:
            return
        reason = ask_removal_reason(
            self,
            self.tr("Ta bort enkäten %1 och de %2 formulär som matats in i den?")
            .replace("%1", survey.name)
            .replace("%2", str(survey.responses)),
        )
        if reason is None:
            return
        surveys = self.session.surveys
        self.ops.run(
            self,
            lambda: surveys.delete(survey.id, reason),
            lambda _: self.refresh(),
            lambda e: self.message.setText(error_text(e)),
        )

    def new_survey(self) -> None:
        dialog = SurveyDialog(self.session, self.ops, self)
        dialog.saved.connect(self.refresh)
        dialog.open()

    def clear_sensitive(self) -> None:
        self.entry.clear()

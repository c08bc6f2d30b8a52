"""UI layer: the year's goals (verksamhetsmål) with activity, fulfilment 1–3 and comment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.unit_work import Goal, GoalDraft
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.feedback import error_text
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops


class GoalDialog(FormDialog):
    saved = Signal()

    def __init__(
        self,
        session: Session,
        ops: Ops,
        year: int,
        goal: Goal | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.year = year
        self.goal_record = goal
        self.setWindowTitle(self.tr("Verksamhetsmål %1").replace("%1", str(year)))
        self.goal = QPlainTextEdit(goal.draft.goal if goal else "")
        self.goal.setObjectName("goalText")
        self.activity = QPlainTextEdit(goal.draft.activity if goal else "")
        self.score = QComboBox()
        for text, value in (
            (self.tr("ej bedömt"), None),
            (self.tr("1 – ej uppnått"), 1),
            (self.tr("2 – delvis"), 2),
            (self.tr("3 – fullt ut"), 3),
        ):
            self.score.addItem(text, value)
        if goal and goal.draft.score:
            self.score.setCurrentIndex(goal.draft.score)
        self.comment = QPlainTextEdit(goal.draft.comment if goal else "")
        for box in (self.goal, self.activity, self.comment):
            box.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Operativt mål:"), self.goal)
        form.addRow(self.tr("Aktivitet:"), self.activity)
        form.addRow(self.tr("Måluppfyllelse:"), self.score)
        form.addRow(self.tr("Kommentar:"), self.comment)
        self.finish_layout(form)
        self.field_widgets = {"goal": self.goal, "score": self.score}
        self.resize(560, 440)

    def submit(self) -> None:
        draft = GoalDraft(
            self.year,
            self.goal.toPlainText(),
            self.activity.toPlainText(),
            self.score.currentData(),
            self.comment.toPlainText(),
        )
        surveys = self.session.surveys
        goal_id = self.goal_record.id if self.goal_record else None
        self.save(
            lambda: surveys.save_goal(draft, goal_id), lambda _: (self.accept(), self.saved.emit())
        )


class GoalsTab(QWidget):
    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.year = QSpinBox(minimum=2000, maximum=2100, value=date.today().year)
        self.model = RowsTableModel(
            [
                self.tr("Operativt mål"),
                self.tr("Aktivitet"),
                self.tr("Måluppfyllelse"),
                self.tr("Kommentar"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda i: self.edit(self.model.record_at(i.row())))
        add = QPushButton(self.tr("Nytt mål…"))
        add.setObjectName("newGoal")
        add.clicked.connect(lambda: self.edit(None))
        edit = QPushButton(self.tr("Ändra…"))
        edit.setObjectName("editGoal")
        edit.clicked.connect(self._edit_selected)
        remove = QPushButton(self.tr("Ta bort…"))
        remove.setObjectName("removeGoal")
        remove.clicked.connect(self.remove)
        self.message = QLabel(wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("År:")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(edit)
        top.addWidget(remove)
        top.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Skala 1–3: 1 = ej uppnått, 2 = delvis, 3 = fullt ut. "
                    "Dubbelklicka för att ändra."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.year.valueChanged.connect(lambda _: self.refresh())

    def refresh(self) -> None:
        surveys, year = self.session.surveys, self.year.value()

        def loaded(goals: list[Goal]) -> None:
            self.model.set_rows(
                [
                    [g.draft.goal, g.draft.activity, str(g.draft.score or "–"), g.draft.comment]
                    for g in goals
                ],
                goals,
            )
            self.table.resizeRowsToContents()

        self.ops.run(
            self, lambda: surveys.goals(year), loaded, lambda e: self.message.setText(error_text(e))
        )

    def edit(self, goal: Goal | None) -> None:
        dialog = GoalDialog(self.session, self.ops, self.year.value(), goal, self)
        dialog.saved.connect(self.refresh)
        dialog.open()

    def _selected(self) -> Goal | None:
        rows = self.table.selectionModel().selectedRows()
        goal = self.model.record_at(rows[0].row()) if rows else None
        if goal is None:
            self.message.setText(self.tr("Välj ett mål i listan först."))
        return goal

    def _edit_selected(self) -> None:
        goal = self._selected()
        if goal is not None:
            self.edit(goal)

    def remove(self) -> None:
        goal = self._selected()
        if goal is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort mål"),
            self.tr("Ta bort målet ”%1”?").replace("%1", goal.draft.goal[:60]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        surveys = self.session.surveys
        self.ops.run(
            self,
            lambda: surveys.delete_goal(goal.id),
            lambda _: self.refresh(),
            lambda e: self.message.setText(error_text(e)),
        )

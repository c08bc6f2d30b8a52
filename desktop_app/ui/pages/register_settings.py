"""UI layer: the client register's own lists: city districts and follow-up questions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.session import Session
from desktop_app.ui.feedback import error_text, label_text
from desktop_app.ui.ops import Ops


class RegisterSettingsBox(QGroupBox):
    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Klientregistret"))
        self.session = session
        self.ops = ops
        self.districts = QPlainTextEdit()
        self.districts.setObjectName("districts")
        self.districts.setPlaceholderText(self.tr("En stadsdel per rad"))
        self.districts.setMaximumHeight(110)
        save = QPushButton(self.tr("Spara stadsdelarna"))
        save.setObjectName("saveDistricts")
        save.clicked.connect(self._save_districts)
        self.questions = QLabel(wordWrap=True)
        self.question = QLineEdit(placeholderText=self.tr("Ny egen uppföljningsfråga"))
        self.question.setObjectName("newQuestion")
        add = QPushButton(self.tr("Lägg till frågan"))
        add.clicked.connect(self._add_question)
        self.message = QLabel(wordWrap=True)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Stadsdelar (valbara på klientkortet):")))
        left.addWidget(self.districts)
        left.addWidget(save)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Uppföljningsfrågor vid avslut:")))
        right.addWidget(self.questions)
        row = QHBoxLayout()
        row.addWidget(self.question, 1)
        row.addWidget(add)
        right.addLayout(row)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        session = self.session
        self.ops.run(
            self,
            lambda: (session.unit.districts(), session.clients.follow_up_questions()),
            self._loaded,
            lambda e: self.message.setText(error_text(e)),
        )

    def _loaded(self, result) -> None:
        districts, questions = result
        self.districts.setPlainText("\n".join(districts))
        self.questions.setText(
            "\n".join("• " + (label_text(q.key) if q.builtin else q.text) for q in questions)
        )

    def _save_districts(self) -> None:
        names = self.districts.toPlainText().splitlines()
        unit = self.session.unit
        self.ops.run(
            self,
            lambda: unit.set_districts(names),
            lambda _: (self.message.setText(self.tr("Stadsdelarna är sparade.")), self.refresh()),
            lambda e: self.message.setText(error_text(e)),
        )

    def _add_question(self) -> None:
        text, clients = self.question.text(), self.session.clients
        self.ops.run(
            self,
            lambda: clients.add_follow_up_question(text),
            lambda _: (self.question.clear(), self.refresh()),
            lambda e: self.message.setText(error_text(e)),
        )

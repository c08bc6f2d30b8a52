"""UI layer: closing a case with follow-up answers, reopening (the client came back),
undoing a closing made by mistake (so it can be closed again as it should), and the
case history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.client_enums import CloseReason, FollowUpAnswer
from desktop_app.ui.client_card.card_data import CardData
from desktop_app.ui.feedback import label_text
from desktop_app.ui.widgets.choices import EnumCombo


class ClosingTab(QWidget):
    close_requested = Signal(object, object, object)  # date, reason, {key: answer}
    reopen_requested = Signal()
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.closed_on = QDateEdit(date.today(), calendarPopup=True)
        self.closed_on.setDisplayFormat("yyyy-MM-dd")
        self.reason = EnumCombo(CloseReason)
        self.reason.setObjectName("closeReason")
        self.questions_box = QGroupBox(self.tr("Uppföljning"))
        self.questions = QFormLayout(self.questions_box)
        self.answers: dict[str, EnumCombo] = {}
        self.close_button = QPushButton(self.tr("Avsluta ärendet"))
        self.close_button.setObjectName("closeCase")
        self.close_button.clicked.connect(self._close)
        self.reopen_button = QPushButton(self.tr("Återöppna ärendet"))
        self.reopen_button.setObjectName("reopenCase")
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.reopen_button.setToolTip(self.tr("Klienten har kommit tillbaka: ett nytt ärende"))
        self.undo_button = QPushButton(self.tr("Ångra avslutet…"))
        self.undo_button.setObjectName("undoClosing")
        self.undo_button.setToolTip(
            self.tr("Avslutet var fel: ärendet blir aktivt som om det aldrig avslutats")
        )
        self.undo_button.clicked.connect(self.undo_requested)
        self.history = QLabel(wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Avslutsdatum:"), self.closed_on)
        form.addRow(self.tr("Orsak:"), self.reason)
        self.form_box = QGroupBox(self.tr("Avsluta"))
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.questions_box)
        box_layout.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_box)
        closed_row = QHBoxLayout()
        closed_row.addWidget(self.reopen_button)
        closed_row.addWidget(self.undo_button)
        closed_row.addStretch(1)
        layout.addLayout(closed_row)
        layout.addWidget(QLabel("<b>" + self.tr("Historik") + "</b>"))
        layout.addWidget(self.history)
        layout.addStretch(1)

    def _close(self) -> None:
        answers = {k: c.value() for k, c in self.answers.items() if c.value() is not None}
        self.close_requested.emit(self.closed_on.date().toPython(), self.reason.value(), answers)

    def set_data(self, data: CardData) -> None:
        while self.questions.rowCount():
            self.questions.removeRow(0)
        self.answers = {}
        for question in data.questions:
            combo = EnumCombo(FollowUpAnswer, empty=self.tr("ej besvarad"))
            text = label_text(question.key) if question.builtin else question.text
            self.questions.addRow(text + ":", combo)
            self.answers[question.key] = combo
        active = data.client.active
        self.form_box.setVisible(active)
        self.reopen_button.setVisible(not active)
        self.undo_button.setVisible(not active)
        texts = {q.key: (label_text(q.key) if q.builtin else q.text) for q in data.questions}
        lines = []
        for episode in data.episodes:
            line = self.tr("Öppnad %1").replace("%1", episode.opened_on.isoformat())
            if episode.closed_on:
                line += ", " + self.tr("avslutad %1 (%2)").replace(
                    "%1", episode.closed_on.isoformat()
                ).replace("%2", label_text(episode.close_reason))
            for key, answer in episode.follow_up.items():
                line += f"<br>&nbsp;&nbsp;{texts.get(key, key)}: {label_text(answer)}"
            lines.append(line)
        self.history.setText("<br>".join(lines))

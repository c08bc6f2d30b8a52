"""UI layer: relatives (anhöriga) and couples (par) of a case."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.client_enums import CaseKind
from desktop_app.core.domain.clients import Client
from desktop_app.ui.client_card.card_data import CardData
from desktop_app.ui.client_card.texts import one_line
from desktop_app.ui.widgets.form_parts import error_label


class RelationsTab(QWidget):
    link_relative_requested = Signal(str)  # code of the relative
    couple_requested = Signal(str)  # code of the other person
    unlink_requested = Signal(str)  # code of a relative (either way) to unlink
    open_requested = Signal(object)  # ClientId of a related card to open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.relatives = QLabel(wordWrap=True)
        self.relative_of = QLabel(wordWrap=True)
        self.couples = QLabel(wordWrap=True)
        for label in (self.relatives, self.relative_of, self.couples):
            label.setTextFormat(Qt.TextFormat.RichText)  # each code a link to its card
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.linkActivated.connect(lambda link: self.open_requested.emit(int(link)))
        self.code = QLineEdit(placeholderText=self.tr("Kod, t.ex. K-2026-014"))
        self.code.setObjectName("relationCode")
        link = QPushButton(self.tr("Koppla som anhörig"))
        link.setObjectName("linkRelative")
        link.clicked.connect(lambda: self.link_relative_requested.emit(self.code.text()))
        self.couple_button = QPushButton(self.tr("Registrera par med"))
        self.couple_button.clicked.connect(lambda: self.couple_requested.emit(self.code.text()))
        self.unlink_button = QPushButton(self.tr("Ta bort kopplingen"))
        self.unlink_button.setObjectName("unlinkRelative")
        self.unlink_button.clicked.connect(lambda: self.unlink_requested.emit(self.code.text()))
        self.message = error_label()
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(link)
        row.addWidget(self.couple_button)
        row.addWidget(self.unlink_button)
        layout = QVBoxLayout(self)
        for title, label in (
            (self.tr("Anhöriga till klienten"), self.relatives),
            (self.tr("Klienten är anhörig till"), self.relative_of),
            (self.tr("Par"), self.couples),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(label)
            layout.addWidget(box)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)

    @staticmethod
    def _lines(clients: list[Client], empty: str) -> str:
        """One line per client: the code a link to the card, the name as plain text."""
        if not clients:
            return escape(empty)
        return "<br>".join(
            f"<a href='{c.id}'>{escape(c.code)}</a> {escape(one_line(c)[len(c.code) :])}"
            for c in clients
        )

    def set_data(self, data: CardData) -> None:
        none = self.tr("Inga")
        self.relatives.setText(self._lines(data.relatives, none))
        self.relative_of.setText(self._lines(data.relative_of, none))
        if data.client.draft.kind == CaseKind.COUPLE:
            self.couples.setText(
                escape(self.tr("Parets personer:")) + "<br>" + self._lines(data.members, none)
            )
            self.couple_button.setEnabled(False)
        else:
            self.couples.setText(self._lines(data.couples, none))
            self.couple_button.setEnabled(True)
        self.message.clear()
        self.code.clear()

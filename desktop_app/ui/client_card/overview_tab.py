"""UI layer: the card's overview: the record at a glance, with its warnings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.domain.client_enums import ChildrenAnswer
from desktop_app.core.domain.clients import CaseKind
from desktop_app.ui.client_card.card_data import CardData
from desktop_app.ui.client_card.texts import overview_facts
from desktop_app.ui.feedback import label_text
from desktop_app.ui.theme_colors import active


class OverviewTab(QWidget):
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warnings = QLabel(wordWrap=True)
        self.warnings.setObjectName("cardWarnings")
        self.warnings.setStyleSheet(
            f"background: {active['warning_bg']}; color: {active['warning_text']};"
            f" border: 1px solid {active['warning_text']}; border-radius: 4px; padding: 6px;"
        )
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        edit = QPushButton(self.tr("Ändra uppgifter…"))
        edit.setObjectName("editClient")
        edit.clicked.connect(self.edit_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(edit)
        self.recent = QLabel(wordWrap=True)
        self.recent.setObjectName("recentContacts")
        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings)
        layout.addLayout(self.grid)
        layout.addSpacing(12)
        layout.addWidget(QLabel("<b>" + self.tr("Senaste samtal") + "</b>"))
        layout.addWidget(self.recent)
        layout.addStretch(1)
        layout.addLayout(row)

    def set_data(self, data: CardData) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        facts = overview_facts(data.client, date.today(), data.members)
        half = (len(facts) + 1) // 2
        for i, (label, value) in enumerate(facts):
            column = 0 if i < half else 2
            name = QLabel(f"<b>{label}</b>")
            text = QLabel(value)
            text.setTextFormat(Qt.TextFormat.PlainText)  # "<Huddinge>" is a word, not markup
            text.setWordWrap(True)
            self.grid.addWidget(name, i % half, column)
            self.grid.addWidget(text, i % half, column + 1)
        warnings = []
        client = data.client
        if client.open_concerns:
            warnings.append(self.tr("Öppen orosanmälan om barn (se fliken Barn)."))
        asked = client.draft.minor_children != ChildrenAnswer.UNKNOWN
        if client.draft.kind == CaseKind.PERSON and client.contact_count and not asked:
            warnings.append(self.tr("Frågan om barn under 18 år är inte ställd (fliken Barn)."))
        if client.waiting_too_long(date.today()):
            warnings.append(
                self.tr("Väntar på en första tid längre än tillgänglighetsgarantin tillåter.")
            )
        lines = [
            f"{c.draft.at:%Y-%m-%d %H:%M} · {label_text(c.draft.form)} · "
            f"{label_text(c.draft.kind)} · {c.draft.minutes} min · {c.staff_name}"
            + (f" – {c.draft.note}" if c.draft.note else "")
            for c in data.contacts[:5]
        ]
        summary = self.tr("%n samtal totalt", "", client.contact_count)
        self.recent.setText("\n".join([*lines, summary]) if lines else self.tr("Inga samtal ännu."))
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))

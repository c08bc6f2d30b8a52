"""UI layer: the unit writes the yearly report's own texts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.session import Session
from desktop_app.ui.feedback import error_text
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.form_parts import error_label


class YearlyTextsDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        session: Session,
        ops: Ops,
        year: int,
        texts: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.year = year
        self.setWindowTitle(self.tr("Verksamhetsberättelse %1 – texter").replace("%1", str(year)))
        self.edits = {
            key: QPlainTextEdit(texts.get(key, ""))
            for key in ("description", "changes", "conclusions")
        }
        self.message = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Verksamhetsbeskrivning:"), self.edits["description"])
        form.addRow(self.tr("Viktiga förändringar under året:"), self.edits["changes"])
        form.addRow(self.tr("Sammanfattning och slutsatser:"), self.edits["conclusions"])
        form.addRow(self.message)
        form.addRow(buttons)
        self.resize(680, 560)

    def submit(self) -> None:
        texts = {key: edit.toPlainText() for key, edit in self.edits.items()}
        reports, year = self.session.reports, self.year
        self.ops.run(
            self,
            lambda: reports.set_texts(year, texts),
            lambda _: (self.accept(), self.saved.emit()),
            lambda e: self.message.setText(error_text(e)),
        )

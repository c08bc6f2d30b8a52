"""UI layer: the unit writes the yearly report's own texts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops


class YearlyTextsDialog(FormDialog):
    saved = Signal()

    def __init__(
        self,
        session: Session,
        ops: Ops,
        year: int,
        texts: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.year = year
        self.setWindowTitle(self.tr("Verksamhetsberättelse %1 – texter").replace("%1", str(year)))
        self.edits = {
            key: QPlainTextEdit(texts.get(key, ""))
            for key in ("description", "changes", "conclusions")
        }
        form = QFormLayout()
        form.addRow(self.tr("Verksamhetsbeskrivning:"), self.edits["description"])
        form.addRow(self.tr("Viktiga förändringar under året:"), self.edits["changes"])
        form.addRow(self.tr("Sammanfattning och slutsatser:"), self.edits["conclusions"])
        self.finish_layout(form)
        self.resize(680, 560)

    def submit(self) -> None:
        texts = {key: edit.toPlainText() for key, edit in self.edits.items()}
        reports, year = self.session.reports, self.year
        self.save(
            lambda: reports.set_texts(year, texts), lambda _: (self.accept(), self.saved.emit())
        )

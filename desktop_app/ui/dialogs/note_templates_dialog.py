"""UI layer: the unit's templates for journal notes (Administration): add, rename,
change and remove, saved together."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.journal import NoteTemplate
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops


class NoteTemplatesDialog(FormDialog):
    def __init__(
        self, session: Session, ops: Ops, templates: list[NoteTemplate], parent: QWidget | None
    ) -> None:
        """``templates``: the unit's now, read on the worker by the caller."""
        super().__init__(ops, parent)
        self.session = session
        self.setWindowTitle(self.tr("Journalmallar"))
        self.templates = [NoteTemplate(t.name, t.text) for t in templates]
        self.names = QListWidget()
        self.names.setObjectName("templateNames")
        self.name = QLineEdit()
        self.name.setObjectName("templateName")
        self.text = QPlainTextEdit()
        self.text.setObjectName("templateText")
        self.text.setTabChangesFocus(True)
        add = QPushButton(self.tr("Ny mall"))
        add.setObjectName("addTemplate")
        add.clicked.connect(self._add)
        self.remove = QPushButton(self.tr("Ta bort mallen"))
        self.remove.setObjectName("removeTemplate")
        self.remove.clicked.connect(self._remove)
        left = QVBoxLayout()
        left.addWidget(self.names, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        left.addLayout(buttons)
        form = QFormLayout()
        form.addRow(self.tr("Namn:"), self.name)
        form.addRow(self.tr("Text:"), self.text)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addLayout(form, 3)
        self.field_widgets = {"template": self.name, "text": self.text}
        self.finish_layout(row)
        self.resize(760, 460)
        self._current = -1
        self.names.currentRowChanged.connect(self._show)
        self.name.textEdited.connect(lambda _text: self._keep())
        self.text.textChanged.connect(lambda: self._keep())
        self._refill(0)

    def _refill(self, row: int) -> None:
        self.names.blockSignals(True)
        self.names.clear()
        self.names.addItems([t.name or self.tr("(utan namn)") for t in self.templates])
        self.names.blockSignals(False)
        self._current = -1
        if self.templates:
            self.names.setCurrentRow(max(0, min(row, len(self.templates) - 1)))
        self._show(self.names.currentRow())

    def _show(self, row: int) -> None:
        self._current = -1  # no keeping while the fields are filled
        template = self.templates[row] if 0 <= row < len(self.templates) else None
        self.name.setText(template.name if template else "")
        self.text.setPlainText(template.text if template else "")
        for widget in (self.name, self.text, self.remove):
            widget.setEnabled(template is not None)
        self._current = row

    def _keep(self) -> None:
        if 0 <= self._current < len(self.templates):
            name, text = self.name.text(), self.text.toPlainText()
            self.templates[self._current] = NoteTemplate(name, text)
            item = self.names.item(self._current)
            if item is not None:
                item.setText(name or self.tr("(utan namn)"))

    def _add(self) -> None:
        self.templates.append(NoteTemplate(self.tr("Ny mall"), ""))
        self._refill(len(self.templates) - 1)
        self.name.setFocus()
        self.name.selectAll()

    def _remove(self) -> None:
        row = self.names.currentRow()
        if 0 <= row < len(self.templates):
            del self.templates[row]
            self._refill(row)

    def submit(self) -> None:
        unit, templates = self.session.unit, list(self.templates)
        self.save(lambda: unit.set_note_templates(templates))

"""UI layer: the journal: notes signed and dated by the program; a correction is a new
version and the old text stays visible."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.journal import JournalNote, NoteTemplate
from desktop_app.ui.client_card.card_data import CardData
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops


class NoteDialog(FormDialog):
    """``make_call(title, text)`` returns the service call that saves the note."""

    def __init__(
        self,
        ops: Ops,
        title: str,
        note: JournalNote | None,
        make_call,
        parent: QWidget | None,
        templates: list[NoteTemplate] = (),
    ) -> None:
        super().__init__(ops, parent)
        self.make_call = make_call
        self.templates = list(templates)
        self.setWindowTitle(title)
        self.title = QLineEdit(note.title if note else "")
        self.title.setObjectName("noteTitle")
        self.text = QPlainTextEdit(note.text if note else "")
        self.text.setObjectName("noteText")
        self.text.setTabChangesFocus(True)  # Tab moves on; the note is plain text
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.submit)
        self.text.setToolTip(self.tr("Ctrl+Enter eller Ctrl+S sparar."))
        form = QFormLayout()
        self.template = QComboBox()
        self.template.setObjectName("noteTemplate")
        if self.templates and note is None:  # a new note may start from a template
            self.template.addItem(self.tr("(ingen mall)"), None)
            for n, template in enumerate(self.templates):
                self.template.addItem(template.name, n)
            self.template.activated.connect(self._use_template)
            form.addRow(self.tr("Mall:"), self.template)
        else:
            self.template.setVisible(False)
        form.addRow(self.tr("Rubrik:"), self.title)
        signed = QLabel(
            self.tr(
                "Anteckningen signeras med ditt namn och tiden när du "
                "sparar. Den kan inte ändras i efterhand, bara rättas "
                "med en ny version."
            ),
            wordWrap=True,
        )
        layout = self.finish_layout(form, self.text, signed)
        layout.setStretchFactor(self.text, 1)
        self.field_widgets = {"title": self.title, "text": self.text}
        self.resize(560, 420)

    def _use_template(self, index: int) -> None:
        chosen = self.template.itemData(index)
        if chosen is None:
            return
        template = self.templates[chosen]
        if self.text.toPlainText().strip():
            answer = QMessageBox.question(
                self,
                self.tr("Använd mallen"),
                self.tr("Ersätta det du har skrivit med mallen ”%1”?").replace("%1", template.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if not self.title.text().strip():
            self.title.setText(template.name)
        self.text.setPlainText(template.text)
        self.text.setFocus()
        cursor = self.text.textCursor()  # at the end of the first heading, to write on
        first = template.text.find("\n")
        cursor.setPosition(first if first >= 0 else len(template.text))
        self.text.setTextCursor(cursor)

    def submit(self) -> None:
        self.save(self.make_call(self.title.text(), self.text.toPlainText()))


class JournalTab(QWidget):
    add_requested = Signal()
    correct_requested = Signal(object)  # JournalNote

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTextBrowser()
        self.view.setObjectName("journalView")
        self.notes: list[JournalNote] = []
        self.current = QComboBox()
        add = QPushButton(self.tr("Ny anteckning…"))
        add.setObjectName("newNote")
        add.clicked.connect(self.add_requested)
        correct = QPushButton(self.tr("Rätta vald anteckning…"))
        correct.clicked.connect(self._correct)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Anteckning:")))
        row.addWidget(self.current, 1)
        row.addWidget(correct)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def _correct(self) -> None:
        note = self.current.currentData()
        if note is not None:
            self.correct_requested.emit(note)

    def set_data(self, data: CardData) -> None:
        self.notes = data.notes or []
        self.current.clear()
        for note in self.notes:
            if note.current:
                self.current.addItem(f"{note.written_at:%Y-%m-%d} {note.title}", note)
        self.view.setHtml(
            render_notes(
                self.notes,
                self.tr("Inga anteckningar ännu."),
                self.tr("version %1, ersatt av en rättelse"),
                self.tr("rättelse, version %1"),
            )
        )


def render_notes(notes: list[JournalNote], empty: str, superseded: str, corrected: str) -> str:
    if not notes:
        return f"<p><i>{escape(empty)}</i></p>"
    parts = []
    for note in notes:
        style = "" if note.current else " style='color: #777777'"
        marks = []
        if not note.current:
            marks.append(superseded.replace("%1", str(note.version)))
        elif note.version > 1:
            marks.append(corrected.replace("%1", str(note.version)))
        mark = f" <i>({escape(', '.join(marks))})</i>" if marks else ""
        text = escape(note.text).replace("\n", "<br>")
        parts.append(
            f"<div{style}><p><b>{escape(note.title)}</b>{mark}<br>"
            f"<small>{note.written_at:%Y-%m-%d %H:%M} · {escape(note.written_by_name)}</small>"
            f"</p><p>{text}</p><hr></div>"
        )
    return "".join(parts)

"""UI layer: the unit's own key-figure table: which measures it prints, in what order,
under what names (source 004's four rows unless the unit chooses otherwise)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.measures import DEFAULT_ROWS, KeyFigureRow, Measure
from desktop_app.messages import MEASURES
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.feedback import tr_message
from desktop_app.ui.ops import Ops


class RowEditor(QWidget):
    """One row: the measure counted, the name printed, and its place."""

    moved = Signal(object, int)  # this row, -1 up or +1 down
    removed = Signal(object)

    def __init__(self, row: KeyFigureRow) -> None:
        super().__init__()
        self.measure = QComboBox()
        self.measure.setObjectName("rowMeasure")
        for measure in Measure:
            name, definition = MEASURES[measure.value]
            self.measure.addItem(tr_message(name), measure.value)
            self.measure.setItemData(
                self.measure.count() - 1, tr_message(definition), Qt.ItemDataRole.ToolTipRole
            )
        self.measure.setCurrentIndex(self.measure.findData(row.measure.value))
        self.label = QLineEdit(row.label)
        self.label.setObjectName("rowLabel")
        self.label.setPlaceholderText(
            self.tr("Namnet i tabellen, t.ex. ”Uppsök (antal kontakter)”")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.measure, 2)
        layout.addWidget(self.label, 3)
        for text, tip, step in (("↑", self.tr("Flytta upp"), -1), ("↓", self.tr("Flytta ned"), 1)):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, s=step: self.moved.emit(self, s))
            layout.addWidget(button)
        remove = QPushButton(self.tr("Ta bort"))
        remove.setObjectName("removeRow")
        remove.clicked.connect(lambda: self.removed.emit(self))
        layout.addWidget(remove)

    def row(self) -> KeyFigureRow:
        return KeyFigureRow(Measure(self.measure.currentData()), self.label.text())


class KeyFigureRowsDialog(FormDialog):
    saved = Signal()

    def __init__(
        self,
        session: Session,
        ops: Ops,
        rows: tuple[KeyFigureRow, ...],
        parent: QWidget | None = None,
    ) -> None:
        """``rows``: the unit's rows now, read on the worker by the caller."""
        super().__init__(ops, parent)
        self.session = session
        self.setWindowTitle(self.tr("Nyckeltalstabellens rader"))
        self.setObjectName("keyFigureRowsDialog")
        self.rows_box = QVBoxLayout()
        self.editors: list[RowEditor] = []
        add = QPushButton(self.tr("Lägg till rad"))
        add.setObjectName("addRow")
        add.clicked.connect(lambda: self._add(KeyFigureRow(Measure.COUNSELLING, "")))
        default = QPushButton(self.tr("Återställ källans fyra rader"))
        default.clicked.connect(lambda: self._fill(DEFAULT_ROWS))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(default)
        buttons.addStretch(1)
        intro = QLabel(
            self.tr(
                "Välj vad varje rad räknar och vad den heter i tabellen. Håll muspekaren "
                "över ett mått för att se hur det räknas."
            ),
            wordWrap=True,
        )
        self.finish_layout(intro, self.rows_box, buttons)
        self.field_widgets = {}
        self.setMinimumWidth(620)
        self._fill(rows)

    def _fill(self, rows) -> None:
        for editor in list(self.editors):
            self._remove(editor)
        for row in rows:
            self._add(row)

    def _add(self, row: KeyFigureRow) -> RowEditor:
        editor = RowEditor(row)
        editor.moved.connect(lambda e, step: self._move(e, step))
        editor.removed.connect(lambda e: self._remove(e))
        self.editors.append(editor)
        self.rows_box.addWidget(editor)
        return editor

    def _remove(self, editor: RowEditor) -> None:
        self.editors.remove(editor)
        editor.setParent(None)
        editor.deleteLater()

    def _move(self, editor: RowEditor, step: int) -> None:
        index = self.editors.index(editor)
        target = index + step
        if not 0 <= target < len(self.editors):
            return
        self.editors[index], self.editors[target] = self.editors[target], self.editors[index]
        self.rows_box.removeWidget(editor)
        self.rows_box.insertWidget(target, editor)

    def submit(self) -> None:
        rows, stats = [e.row() for e in self.editors], self.session.statistics
        self.save(lambda: stats.set_key_figure_rows(rows), lambda _: self._saved())

    def _saved(self) -> None:
        self.accept()
        self.saved.emit()

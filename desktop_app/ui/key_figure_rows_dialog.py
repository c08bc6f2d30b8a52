"""UI layer: the unit's own key-figure table: which measures it prints, in what order,
under what names, from which month each was counted (source 004's four rows unless the
unit chooses otherwise); month columns or the year's totals only, and what a month
before a row was counted shows ("x" or blank)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.measures import (
    DEFAULT_ROWS,
    KeyFigureLayout,
    KeyFigureRow,
    Measure,
)
from desktop_app.messages import MEASURES
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.feedback import tr_message
from desktop_app.ui.ops import Ops

DEFAULT_LAYOUT = KeyFigureLayout()


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
        self.counted_from = QLineEdit(row.counted_from or "")
        self.counted_from.setObjectName("rowCountedFrom")
        self.counted_from.setPlaceholderText(self.tr("från ÅÅÅÅ-MM"))
        self.counted_from.setToolTip(
            self.tr("Första månaden raden räknades; månader före visas med tecknet nedan.")
        )
        self.counted_from.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.measure, 2)
        layout.addWidget(self.label, 3)
        layout.addWidget(self.counted_from, 1)
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
        start = self.counted_from.text().strip() or None
        return KeyFigureRow(Measure(self.measure.currentData()), self.label.text(), start)


class KeyFigureRowsDialog(FormDialog):
    saved = Signal()

    def __init__(
        self,
        session: Session,
        ops: Ops,
        rows: tuple[KeyFigureRow, ...],
        layout: KeyFigureLayout = DEFAULT_LAYOUT,
        parent: QWidget | None = None,
    ) -> None:
        """``rows`` and ``layout``: the unit's now, read on the worker by the caller."""
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
        self.totals_only = QCheckBox(self.tr("Skriv bara årets summa (inga månadskolumner)"))
        self.totals_only.setObjectName("totalsOnly")
        self.totals_only.setChecked(not layout.months)
        self.before_mark = QLineEdit(layout.before_mark)
        self.before_mark.setObjectName("beforeMark")
        self.before_mark.setMaxLength(3)
        self.before_mark.setMinimumWidth(60)
        options = QFormLayout()
        options.addRow(self.totals_only)
        options.addRow(self.tr("Månader innan raden räknades visas som:"), self.before_mark)
        self.finish_layout(intro, self.rows_box, buttons, options)
        self.field_widgets = {"before_mark": self.before_mark}
        self.setMinimumWidth(720)
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
        layout = KeyFigureLayout(not self.totals_only.isChecked(), self.before_mark.text())

        def save() -> None:
            stats.set_key_figure_rows(rows)
            stats.set_key_figure_layout(layout)

        self.save(save, lambda _: self._saved())

    def _saved(self) -> None:
        self.accept()
        self.saved.emit()

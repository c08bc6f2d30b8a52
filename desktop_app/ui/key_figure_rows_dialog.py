"""UI layer: the unit's own key-figure table: which measures it prints, in what order,
under what names, from which month each was counted (source 004's four rows unless the
unit chooses otherwise); month columns or the year's totals only, and what a month
before a row was counted shows ("x" or blank)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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
    CATALOGUE,
    DEFAULT_ROWS,
    OUTREACH_COUNTS,
    KeyFigureLayout,
    KeyFigureRow,
    Measure,
)
from desktop_app.core.domain.unit_work import Arena, Material
from desktop_app.messages import MEASURES
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.feedback import label_text, tr_message
from desktop_app.ui.ops import Ops

DEFAULT_LAYOUT = KeyFigureLayout()
COUNT_NAMES = {
    "women": QT_TRANSLATE_NOOP("KeyFigureRows", "kvinnor mötta"),
    "men": QT_TRANSLATE_NOOP("KeyFigureRows", "män mötta"),
    "others": QT_TRANSLATE_NOOP("KeyFigureRows", "andra mötta"),
    "mails": QT_TRANSLATE_NOOP("KeyFigureRows", "mejl skickade"),
    "sms": QT_TRANSLATE_NOOP("KeyFigureRows", "sms skickade"),
    "replies": QT_TRANSLATE_NOOP("KeyFigureRows", "svar på mejl och sms"),
    "ads_seen": QT_TRANSLATE_NOOP("KeyFigureRows", "annonser sedda"),
    "ads_new": QT_TRANSLATE_NOOP("KeyFigureRows", "nya annonser"),
    "ads_women": QT_TRANSLATE_NOOP("KeyFigureRows", "annonser, kvinnor"),
    "ads_men": QT_TRANSLATE_NOOP("KeyFigureRows", "annonser, män"),
    "ads_under_25": QT_TRANSLATE_NOOP("KeyFigureRows", "annonser, under 25 år"),
    "ads_25_plus": QT_TRANSLATE_NOOP("KeyFigureRows", "annonser, 25 år och äldre"),
}
Choices = dict[str, list[tuple[str, str]]]  # filter kind -> (value, text)


def filter_choices(materials: list[Material]) -> Choices:
    """What a row may be narrowed to, per kind of filter (MeasureSpec.filter)."""

    def count_name(key: str) -> str:
        return QCoreApplication.translate("KeyFigureRows", COUNT_NAMES[key])

    return {
        "arena": [(a.value, label_text(a)) for a in Arena],
        "material": [(str(m.id), m.name) for m in materials if not m.counter],
        "counter": [(str(m.id), m.name) for m in materials if m.counter],
        "count": [(key, count_name(key)) for key in OUTREACH_COUNTS],
    }


class RowEditor(QWidget):
    """One row: the measure counted, the name printed, and its place."""

    moved = Signal(object, int)  # this row, -1 up or +1 down
    removed = Signal(object)

    def __init__(self, row: KeyFigureRow, choices: Choices | None = None) -> None:
        super().__init__()
        self.choices = choices or {}
        self.measure = QComboBox()
        self.measure.setObjectName("rowMeasure")
        for measure in Measure:
            name, definition = MEASURES[measure.value]
            self.measure.addItem(tr_message(name), measure.value)
            self.measure.setItemData(
                self.measure.count() - 1, tr_message(definition), Qt.ItemDataRole.ToolTipRole
            )
        self.measure.setCurrentIndex(self.measure.findData(row.measure.value))
        self.filter = QComboBox()
        self.filter.setObjectName("rowFilter")
        self.filter.setToolTip(self.tr("Vad raden räknar av måttet: en arena, ett material …"))
        self._fill_filter(row.filter)
        self.measure.currentIndexChanged.connect(lambda _: self._fill_filter(""))
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
        layout.addWidget(self.filter, 2)
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

    def _fill_filter(self, chosen: str) -> None:
        """The choices the measure can be narrowed to; hidden when it has none."""
        spec = CATALOGUE[Measure(self.measure.currentData())]
        self.filter.clear()
        if not spec.filter_required:
            self.filter.addItem(self.tr("alla"), "")
        for value, text in self.choices.get(spec.filter, []):
            self.filter.addItem(text, value)
        self.filter.setCurrentIndex(max(self.filter.findData(chosen), 0))
        self.filter.setVisible(bool(spec.filter))

    def row(self) -> KeyFigureRow:
        start = self.counted_from.text().strip() or None
        chosen = self.filter.currentData() if self.filter.count() else ""
        return KeyFigureRow(
            Measure(self.measure.currentData()), self.label.text(), start, chosen or ""
        )


class KeyFigureRowsDialog(FormDialog):
    saved = Signal()

    def __init__(
        self,
        session: Session,
        ops: Ops,
        rows: tuple[KeyFigureRow, ...],
        layout: KeyFigureLayout = DEFAULT_LAYOUT,
        parent: QWidget | None = None,
        choices: Choices | None = None,
    ) -> None:
        """``rows`` and ``layout``: the unit's now, read on the worker by the caller;
        ``choices``: what rows may be narrowed to (``filter_choices``)."""
        super().__init__(ops, parent)
        self.session = session
        self.choices = choices or {}
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
        self.setMinimumWidth(900)
        self._fill(rows)

    def _fill(self, rows) -> None:
        for editor in list(self.editors):
            self._remove(editor)
        for row in rows:
            self._add(row)

    def _add(self, row: KeyFigureRow) -> RowEditor:
        editor = RowEditor(row, self.choices)
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

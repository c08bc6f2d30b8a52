"""UI layer: the materials handed out in outreach (prevention packages, brochures), each
with the number acquired, and the unit's own counters per outreach day (ads seen with
"alltid kondom" …); added, corrected, and removed while nothing is counted on them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.unit_work import Material
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.feedback import error_text
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.row_table import row_table


class MaterialDialog(FormDialog):
    """One material: its name and the number acquired (the stock)."""

    def __init__(
        self, session: Session, ops: Ops, material: Material | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.material = material
        self.setWindowTitle(
            self.tr("Nytt material") if material is None else self.tr("Ändra material")
        )
        self.name = QLineEdit(material.name if material else "")
        self.name.setObjectName("materialName")
        self.name.setPlaceholderText(self.tr("t.ex. Preventionspaket"))
        self.stock = QSpinBox(minimum=0, maximum=100_000)
        self.stock.setObjectName("materialStock")
        self.stock.setValue(material.stock if material else 100)
        self.counter = QCheckBox(self.tr("Egen räknare: räknas per uppsökande dag, delas inte ut"))
        self.counter.setObjectName("materialCounter")
        self.counter.setChecked(bool(material and material.counter))
        self.counter.toggled.connect(lambda on: self.stock.setEnabled(not on))
        self.stock.setEnabled(not self.counter.isChecked())
        form = QFormLayout()
        form.addRow(self.tr("Namn:"), self.name)
        form.addRow(self.counter)
        form.addRow(self.tr("Antal anskaffade (lager):"), self.stock)
        self.finish_layout(form)
        self.field_widgets = {"material": self.name, "stock": self.stock}

    def submit(self) -> None:
        work, name, stock = self.session.work, self.name.text(), self.stock.value()
        material_id = self.material.id if self.material else None
        counter = self.counter.isChecked()
        self.save(lambda: work.save_material(name, stock, material_id, counter))


class MaterialsDialog(QDialog):
    changed = Signal()

    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.materials: list[Material] = []
        self.setWindowTitle(self.tr("Material och egna räknare"))
        self.model = RowsTableModel(
            [self.tr("Material"), self.tr("Anskaffade"), self.tr("Utdelade / räknade")], self
        )
        self.table = row_table(self.model, "materialsTable")
        self.table.doubleClicked.connect(lambda index: self._edit_row(index.row()))
        self.add_button = QPushButton(self.tr("Nytt…"))
        self.add_button.setObjectName("newMaterial")
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button = QPushButton(self.tr("Ändra…"))
        self.edit_button.setObjectName("editMaterial")
        self.edit_button.clicked.connect(lambda: self._edit(self._selected()))
        self.remove_button = QPushButton(self.tr("Ta bort…"))
        self.remove_button.setObjectName("removeMaterial")
        self.remove_button.clicked.connect(self._remove)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("materialsMessage")
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        self.ops.run(self, self.session.work.materials, self._loaded, self._failed)

    def _loaded(self, materials: list[Material]) -> None:
        self.materials = materials
        self.model.set_rows(
            [
                [m.name, self.tr("egen räknare") if m.counter else str(m.stock), str(m.handed_out)]
                for m in materials
            ]
        )
        self._update_buttons()

    def _failed(self, error) -> None:
        self.message.setText(error_text(error))

    def _selected(self) -> Material | None:
        rows = self.table.selectionModel().selectedRows()
        return self.materials[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _edit_row(self, row: int) -> None:
        if 0 <= row < len(self.materials):
            self._edit(self.materials[row])

    def _edit(self, material: Material | None) -> None:
        dialog = MaterialDialog(self.session, self.ops, material, self)
        dialog.accepted.connect(self._saved)
        dialog.open()

    def _saved(self) -> None:
        self.message.clear()
        self.refresh()
        self.changed.emit()

    def _remove(self) -> None:
        material = self._selected()
        if material is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort material"),
            self.tr("Ta bort %1?").replace("%1", material.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        work = self.session.work
        self.ops.run(
            self, lambda: work.delete_material(material.id), lambda _: self._saved(), self._failed
        )

"""UI layer: the records behind one figure of the statistics (for those allowed)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from desktop_app.ui.feedback import label_text
from desktop_app.ui.models.rows_table_model import RowsTableModel


def _what(text: str) -> str:
    first, sep, rest = text.partition(" – ")
    return label_text(first) + (sep + rest if sep else "") if first else text


class DrillDialog(QDialog):
    def __init__(self, title: str, rows: list[tuple[str, str, int]], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = RowsTableModel([self.tr("Datum"), self.tr("Vad"), self.tr("Antal")], self)
        self.model.set_rows(
            [[day, _what(what) or self.tr("(oregistrerad)"), n] for day, what, n in rows]
        )
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        total = QLabel(
            self.tr("%1 poster, summa %2")
            .replace("%1", str(len(rows)))
            .replace("%2", str(sum(n for _, _, n in rows)))
        )
        total.setObjectName("drillTotal")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(total)
        layout.addWidget(buttons)
        self.resize(560, 420)

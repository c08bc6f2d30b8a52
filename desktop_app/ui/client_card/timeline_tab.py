"""UI layer: the card's first tab, where the counsellor starts: one timeline of
everything that happened, newest first (ui/client_card/timeline.py)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from desktop_app.ui.client_card.card_data import CardData
from desktop_app.ui.client_card.timeline import timeline
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.widgets.row_table import row_table


class TimelineTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsTableModel([self.tr("När"), self.tr("Vad"), self.tr("Detaljer")], self)
        self.table = row_table(self.model, "timelineTable")
        # Widths from the font, not from every row (a long history stays quick to open).
        header = self.table.horizontalHeader()
        wide = self.fontMetrics().horizontalAdvance
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, wide("2026-12-31 23:59") + 24)
        self.table.setColumnWidth(1, wide("Orosanmälan avslutad") + 24)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr("Inget har hänt än. Boka ett besök eller registrera ett samtal (Ctrl+K).")
        )
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def set_data(self, data: CardData) -> None:
        events = timeline(data, datetime.now())
        self.model.set_rows(
            [
                [when.strftime("%Y-%m-%d %H:%M").removesuffix(" 00:00"), what, detail]
                for when, what, detail in events
            ]
        )
        self.empty.setVisible(not events)
        if events and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

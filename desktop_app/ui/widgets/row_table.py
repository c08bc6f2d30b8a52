"""UI layer: the program's list table: whole rows, one at a time, no row numbers,
columns stretched to the width, read-only."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def row_table(model: QAbstractItemModel, name: str = "") -> QTableView:
    table = QTableView()
    if name:
        table.setObjectName(name)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table

"""UI layer: combo boxes for the fixed choices, the municipalities and optional dates."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QDateEdit, QHBoxLayout, QWidget

from desktop_app.core.domain.client_enums import MUNICIPALITY_ABROAD, MUNICIPALITY_UNKNOWN
from desktop_app.core.domain.municipalities import Municipality
from desktop_app.ui.feedback import label_text


class EnumCombo(QComboBox):
    """Choices of one enum, shown translated; optionally with an empty first entry."""

    def __init__(self, kind: type[StrEnum], *, empty: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._kind = kind
        if empty is not None:
            self.addItem(empty, None)
        for value in kind:
            self.addItem(label_text(value), value)

    def value(self):
        data = self.currentData()  # Qt hands back a plain str
        return None if data is None else self._kind(data)

    def set_value(self, value) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


class MunicipalityCombo(QComboBox):
    """All 290 municipalities plus "okänd" and "utanför Sverige", found by typing."""

    def __init__(
        self, municipalities: tuple[Municipality, ...], *, empty: str | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if empty is not None:
            self.addItem(empty, None)
        self.addItem(label_text("unknown"), MUNICIPALITY_UNKNOWN)
        self.addItem(label_text("abroad"), MUNICIPALITY_ABROAD)
        for m in municipalities:
            self.addItem(m.short_name, m.code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def value(self) -> str | None:
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return "invalid"  # typed text that is no municipality: the service says so
        return self.itemData(index)

    def set_value(self, code: str | None) -> None:
        self.setCurrentIndex(max(self.findData(code), 0))


class OptionalDateEdit(QWidget):
    """A date that may be left out: a tick box and a date field with a calendar."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.edit = QDateEdit(calendarPopup=True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.enabled)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))

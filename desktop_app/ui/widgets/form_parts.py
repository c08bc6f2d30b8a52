"""UI layer: small parts every form uses: the red line that says what is wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b3261e;"


def error_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setObjectName("errorLabel")
    label.setStyleSheet(ERROR_STYLE)
    return label

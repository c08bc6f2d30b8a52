"""UI layer: small parts every form uses: the red line that says what is wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop_app.ui.theme_colors import tone


def error_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setObjectName("errorLabel")
    label.setStyleSheet(tone("danger"))
    return label


class LengthHint(QLabel):
    """Shows "n / max" beside a text field and turns red past the limit: the field never
    cuts what was typed or pasted; the service refuses it with its own sentence."""

    def __init__(self, field, maximum: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lengthHint")
        self._field = field
        self._maximum = maximum
        field.textChanged.connect(lambda *_: self._update())  # QLineEdit's carries the text
        self._update()

    def _length(self) -> int:
        text = self._field.text() if hasattr(self._field, "text") else ""
        if hasattr(self._field, "toPlainText"):
            text = self._field.toPlainText()
        return len(text)

    def _update(self) -> None:
        length = self._length()
        self.setText(f"{length} / {self._maximum}")
        self.setStyleSheet(tone("danger") if length > self._maximum else tone("muted"))

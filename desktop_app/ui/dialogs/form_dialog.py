"""UI layer: the one dialog base for "form → service call → close, or say what is wrong":
an error line, Save/Cancel, the buttons disabled while the call runs and enabled again on
any error (the form keeps what was typed), focus on the field the error names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QVBoxLayout, QWidget

from desktop_app.core.errors import VagvalError, ValidationError
from desktop_app.ui.feedback import error_text
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.form_parts import error_label

SAVE_CANCEL = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel


class FormDialog(QDialog):
    """Subclasses build their form, call ``finish_layout(form)`` and implement
    ``submit()``, which calls ``save(call, on_saved)``. ``field_widgets`` maps a
    ``Field`` value to the widget that gets the focus when that field is refused."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, buttons=SAVE_CANCEL) -> None:
        super().__init__(parent)
        self.ops = ops
        self.message = error_label()
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.field_widgets: dict[str, QWidget] = {}

    def finish_layout(self, *parts: QLayout | QWidget) -> QVBoxLayout:
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        return layout

    def submit(self) -> None:
        raise NotImplementedError

    def save(self, call: Callable[[], Any], on_saved: Callable[[Any], None] | None = None) -> None:
        """Run ``call`` on the worker; on success ``on_saved(result)`` (default: close)."""
        self.message.clear()
        self.buttons.setEnabled(False)

        def saved(result: Any) -> None:
            self.buttons.setEnabled(True)
            if on_saved is None:
                self.accept()
            else:
                on_saved(result)

        self.ops.run(self, call, saved, self.failed)

    def failed(self, error: VagvalError) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_text(error))
        if isinstance(error, ValidationError):
            widget = self.field_widgets.get(str(error.field))
            if widget is not None:
                widget.setFocus()

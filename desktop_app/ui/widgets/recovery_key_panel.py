"""UI layer: the recovery key shown once, with "save as PDF", "print" and a
confirmation that it has been kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.errors import from_os_error
from desktop_app.ui import recovery_key_output
from desktop_app.ui.feedback import error_text


class RecoveryKeyPanel(QWidget):
    confirmed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sheet = None
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(15)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setStyleSheet(
            "QLabel { border: 2px solid #444; border-radius: 6px; "
            "padding: 14px; background: #fffdf5; color: #111; }"
        )
        self.save_button = QPushButton(self.tr("Spara som PDF…"))
        self.save_button.setObjectName("savePdf")
        self.print_button = QPushButton(self.tr("Skriv ut…"))
        self.save_button.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)
        self.confirm = QCheckBox(
            self.tr("Jag har skrivit ut eller sparat nyckeln på ett säkert ställe.")
        )
        self.confirm.setObjectName("confirmSaved")
        self.confirm.toggled.connect(self.confirmed_changed)
        self.status = QLabel(wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.confirm)
        layout.addWidget(self.status)

    def show_key(self, key: str, unit_name: str, db_path: Path) -> None:
        groups = key.split("-")
        self.key_label.setText(
            "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))
        )
        # Never cut: the window widens to the key in whatever monospace font is found.
        self.key_label.setMinimumWidth(self.key_label.sizeHint().width())
        self._sheet = recovery_key_output.build_sheet(unit_name, db_path, key)

    def is_confirmed(self) -> bool:
        return self.confirm.isChecked()

    def _save(self) -> None:
        try:
            path = recovery_key_output.save_pdf(self, self._sheet)
        except OSError as exc:
            self.status.setText(error_text(from_os_error(exc)))
            return
        if path:
            self.status.setText(self.tr("Sparad: %1").replace("%1", str(path)))

    def _print(self) -> None:
        if recovery_key_output.print_sheet(self, self._sheet):
            self.status.setText(self.tr("Skickad till skrivaren."))

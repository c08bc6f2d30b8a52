"""UI layer: the backup account's password, shown once, with the scheduled task's
command line to use it in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class BackupAccountDialog(QDialog):
    def __init__(self, password: str, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Konto för schemalagd säkerhetskopiering"))
        intro = QLabel(
            self.tr(
                "Kontot kan bara kopiera de krypterade filerna: dess lösenord öppnar inga "
                "uppgifter. Lösenordet visas bara nu. Lägg det i den schemalagda uppgiftens "
                "miljövariabel VAGVAL_BACKUP_PASSWORD; ett tidigare konto slutar gälla."
            ),
            wordWrap=True,
        )
        self.password = QLineEdit(password)
        self.password.setObjectName("backupAccountPassword")
        self.password.setReadOnly(True)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.password.setFont(font)
        self.password.setMinimumWidth(560)
        copy = QPushButton(self.tr("Kopiera"))
        copy.setObjectName("copyBackupPassword")
        copy.setAutoDefault(False)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(password))
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(copy)
        command = QLineEdit(f'vagval-admin sealed-backup --db "{db_path}" --to "MAPP"')
        command.setReadOnly(True)
        command.setFont(font)
        hint = QLabel(
            self.tr(
                "Kopian görs bara när Vägval är stängt (t.ex. på natten). Den kommer med i "
                "granskningsloggen vid nästa inloggning."
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Kommandot för den schemalagda uppgiften:")))
        layout.addWidget(command)
        layout.addWidget(hint)
        layout.addWidget(buttons)

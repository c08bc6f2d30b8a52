"""UI layer: restore the database from a backup: choose, preview, then replace.

Reached from the login window (a damaged database opens it by itself) and, after a
log-out, from Administration. The backup is opened with the password that was valid
when it was made; the current files are kept aside, never deleted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.backups import BackupCheck
from desktop_app.core.errors import VagvalError
from desktop_app.session import Gatekeeper, Session
from desktop_app.ui.backup_preview import preview_html
from desktop_app.ui.feedback import error_text
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.form_parts import error_label


class RestoreDialog(QDialog):
    restored = Signal(object)  # Session

    def __init__(
        self,
        gate: Gatekeeper,
        ops: Ops,
        *,
        username: str = "",
        damaged: bool = False,
        start_folder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.gate = gate
        self.ops = ops
        self.start_folder = start_folder
        self.check: BackupCheck | None = None
        self.setWindowTitle(self.tr("Återställ från säkerhetskopia"))
        self.setObjectName("restoreDialog")
        intro = self.tr(
            "Välj en säkerhetskopia (.vvbak) och logga in med det lösenord som gällde när "
            "kopian gjordes. Du ser vad kopian innehåller innan något ändras. Den nuvarande "
            "databasen läggs åt sidan i samma mapp, den raderas inte."
        )
        if damaged:
            intro = (
                self.tr(
                    "Databasen är skadad: krypteringskontrollen hittade sidor som har ändrats "
                    "eller inte kan läsas. Inget har skrivits i den. Återställ den senaste "
                    "hela säkerhetskopian."
                )
                + "\n\n"
                + intro
            )
        self.intro = QLabel(intro, wordWrap=True)
        self.intro.setObjectName("restoreIntro")
        self.file = QLineEdit()
        self.file.setObjectName("backupFile")
        choose = QPushButton(self.tr("Välj…"))
        choose.clicked.connect(self._choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        self.username = QLineEdit(username)
        self.username.setObjectName("restoreUsername")
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setObjectName("restorePassword")
        self.preview_button = QPushButton(self.tr("Visa innehåll"))
        self.preview_button.setObjectName("previewBackup")
        self.preview_button.clicked.connect(self.preview)
        self.password.returnPressed.connect(self.preview)  # Enter previews
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("backupSummary")
        self.message = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Återställ"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        for field in (self.file, self.username, self.password):
            field.textChanged.connect(self._changed)

        form = QFormLayout()
        form.addRow(self.tr("Säkerhetskopia:"), file_row)
        form.addRow(self.tr("Användarnamn:"), self.username)
        form.addRow(self.tr("Lösenord:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.preview_button)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Välj säkerhetskopia"),
            self.start_folder,
            self.tr("Vägval-säkerhetskopior (*.vvbak)"),
        )
        if path:
            self.file.setText(path)

    def _changed(self) -> None:
        self.check = None
        self.summary.clear()
        self.restore_button.setEnabled(False)

    def _inputs(self) -> tuple[Path, str, str] | None:
        path, user, password = self.file.text().strip(), self.username.text(), self.password.text()
        if not path or not user or not password:
            self.message.setText(
                self.tr("Välj en säkerhetskopia och skriv användarnamn och lösenord.")
            )
            return None
        return Path(path), user, password

    def preview(self) -> None:
        inputs = self._inputs()
        if inputs is None:
            return
        self.message.clear()
        self.summary.setText(self.tr("Kontrollerar kopian…"))
        self.preview_button.setEnabled(False)
        gate = self.gate  # the worker must not hold the dialog itself
        self.ops.run(self, lambda: gate.inspect_backup(*inputs), self._previewed, self._failed)

    def _previewed(self, check: BackupCheck) -> None:
        self.preview_button.setEnabled(True)
        self.check = check
        self.summary.setText(preview_html(check))
        self.adjustSize()  # the preview adds lines: make room instead of clipping them
        self.restore_button.setEnabled(check.sound)
        if check.sound:
            self.restore_button.setFocus()

    def restore(self) -> None:
        inputs = self._inputs()
        if inputs is None or self.check is None or not self.check.sound:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Återställ databasen"),
            self.tr(
                "Databasen ersätts med kopian från %1. Den nuvarande databasen läggs åt sidan "
                "i en mapp med namnet ”…replaced-<tid>” bredvid den. Fortsätta?"
            ).replace("%1", self.check.created_at.replace("T", " ")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_button.setEnabled(False)
        self.summary.setText(self.tr("Återställer…"))
        gate = self.gate
        self.ops.run(self, lambda: gate.restore(*inputs), self._restored, self._failed)

    def _restored(self, session: Session) -> None:
        self.password.clear()
        self.accept()
        self.restored.emit(session)

    def _failed(self, error: VagvalError) -> None:
        self.preview_button.setEnabled(True)
        self.summary.clear()
        self.message.setText(error_text(error))

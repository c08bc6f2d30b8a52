"""UI layer: restore the database from a backup: choose, preview, then replace.

Reached from the login window (a damaged database opens it by itself) and, after a
log-out, from Administration. The backup is opened with the password that was valid
when it was made; the current files are kept aside, never deleted.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop_app.core.domain.backups import BackupCheck
from desktop_app.core.errors import VagvalError
from desktop_app.session import Gatekeeper, Session
from desktop_app.ui import theme_colors
from desktop_app.ui.backup_preview import preview_html
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops

OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel


class RestoreDialog(FormDialog):
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
        super().__init__(ops, parent, buttons=OK_CANCEL)
        self.gate = gate
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
        # Every password forgotten (or the PC lost): the recovery key of that time.
        self.use_recovery = QCheckBox(
            self.tr("Jag har inte lösenordet – använd återställningsnyckeln")
        )
        self.use_recovery.setObjectName("restoreWithRecoveryKey")
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("restoreRecoveryKey")
        self.recovery_key.setPlaceholderText("XXXXX-XXXXX-…")
        self.new_password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new_password.setObjectName("restoreNewPassword")
        self.repeat_password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat_password.setObjectName("restoreRepeatPassword")
        self.preview_button = QPushButton(self.tr("Visa innehåll"))
        self.preview_button.setObjectName("previewBackup")
        self.preview_button.clicked.connect(self.preview)
        self.password.returnPressed.connect(self.preview)  # Enter previews
        self.recovery_key.returnPressed.connect(self.preview)
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("backupSummary")
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Återställ"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        for field in (self.file, self.username, self.password, self.recovery_key):
            field.textChanged.connect(self._changed)
        self.use_recovery.toggled.connect(self._mode_changed)

        form = QFormLayout()
        self.form = form
        form.addRow(self.tr("Säkerhetskopia:"), file_row)
        form.addRow(self.tr("Användarnamn:"), self.username)
        form.addRow(self.tr("Lösenord:"), self.password)
        form.addRow("", self.use_recovery)
        form.addRow(self.tr("Återställningsnyckel:"), self.recovery_key)
        form.addRow(self.tr("Nytt lösenord:"), self.new_password)
        form.addRow(self.tr("Upprepa lösenordet:"), self.repeat_password)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.preview_button)
        self.field_widgets = {"password": self.password, "recovery_key": self.recovery_key}
        self.finish_layout(self.intro, form, row, self.summary)
        self.setMinimumWidth(600)
        self._mode_changed(False)

    def _mode_changed(self, recovery: bool) -> None:
        self.form.setRowVisible(self.password, not recovery)
        for field in (self.recovery_key, self.new_password, self.repeat_password):
            self.form.setRowVisible(field, recovery)
        label = self.form.labelForField(self.username)
        label.setText(self.tr("Administratör i kopian:") if recovery else self.tr("Användarnamn:"))
        self._changed()
        self.adjustSize()

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
        path, user = self.file.text().strip(), self.username.text()
        secret = self.recovery_key.text() if self.use_recovery.isChecked() else self.password.text()
        if not path or not user or not secret:
            self.message.setText(
                self.tr("Välj en säkerhetskopia och skriv användarnamn och lösenord.")
                if not self.use_recovery.isChecked()
                else self.tr(
                    "Välj en säkerhetskopia och skriv administratörens användarnamn och "
                    "återställningsnyckeln."
                )
            )
            return None
        return Path(path), user, secret

    def preview(self) -> None:
        inputs = self._inputs()
        if inputs is None:
            return
        self.message.clear()
        self.summary.setText(self.tr("Kontrollerar kopian…"))
        self.preview_button.setEnabled(False)
        gate = self.gate  # the worker must not hold the dialog itself
        path, user, secret = inputs
        if self.use_recovery.isChecked():
            work = lambda: gate.inspect_backup_with_recovery_key(path, secret)  # noqa: E731
        else:
            work = lambda: gate.inspect_backup(path, user, secret)  # noqa: E731
        self.ops.run(self, work, self._previewed, self.failed)

    def _previewed(self, check: BackupCheck) -> None:
        self.preview_button.setEnabled(True)
        self.check = check
        text = preview_html(check)
        if check.other_unit:
            warning = (
                self.tr(
                    "⚠ Kopian kommer från en annan enhet (%1) än databasen här (%2). "
                    "Återställ bara om %2 verkligen ska ersättas."
                )
                .replace("%1", check.unit_name)
                .replace("%2", check.other_unit)
            )
            danger = theme_colors.active["danger"]
            text += f"<p style='color:{danger}'><b>{escape(warning)}</b></p>"
        self.summary.setText(text)
        self.adjustSize()  # the preview adds lines: make room instead of clipping them
        self.restore_button.setEnabled(check.sound)
        if check.sound:
            self.restore_button.setFocus()

    def submit(self) -> None:
        self.restore()

    def restore(self) -> None:
        inputs = self._inputs()
        if inputs is None or self.check is None or not self.check.sound:
            return
        path, user, secret = inputs
        recovery = self.use_recovery.isChecked()
        new_password = self.new_password.text()
        if recovery and new_password != self.repeat_password.text():
            self.message.setText(self.tr("Lösenorden är inte lika."))
            return
        question = self.tr(
            "Databasen ersätts med kopian från %1. Den nuvarande databasen läggs åt sidan "
            "i en mapp med namnet ”…replaced-<tid>” bredvid den. Fortsätta?"
        ).replace("%1", self.check.created_at.replace("T", " "))
        other = self.check.other_unit
        if other:
            question = (
                self.tr(
                    "Kopian är från en ANNAN enhet: %1. Databasen här hör till %2 och "
                    "ersätts helt av %1."
                )
                .replace("%1", self.check.unit_name)
                .replace("%2", other)
                + "\n\n"
                + question
            )
        answer = QMessageBox.question(self, self.tr("Återställ databasen"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.summary.setText(self.tr("Återställer…"))
        gate, ok = self.gate, bool(other)
        if recovery:
            work = lambda: gate.restore_with_recovery_key(  # noqa: E731
                path, secret, user, new_password, other_unit_ok=ok
            )
        else:
            work = lambda: gate.restore(path, user, secret, other_unit_ok=ok)  # noqa: E731
        self.save(work, self._restored)

    def _restored(self, session: Session) -> None:
        for field in (self.password, self.recovery_key, self.new_password, self.repeat_password):
            field.clear()
        self.accept()
        self.restored.emit(session)

    def failed(self, error: VagvalError) -> None:
        super().failed(error)
        self.preview_button.setEnabled(True)
        self.summary.clear()
        self.restore_button.setEnabled(self.check is not None and self.check.sound)

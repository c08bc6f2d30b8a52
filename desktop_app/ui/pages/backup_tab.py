"""UI layer: Administration › Säkerhetskopior: where, how often, back up now, check, restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.backups import BackupCheck, BackupResult
from desktop_app.core.services.backup_service import MAX_REMINDER_DAYS, MIN_REMINDER_DAYS
from desktop_app.session import Session
from desktop_app.ui.backup_preview import preview_html
from desktop_app.ui.dialogs.backup_account_dialog import BackupAccountDialog
from desktop_app.ui.feedback import error_text
from desktop_app.ui.models.rows_table_model import RowsTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.theme_colors import tone
from desktop_app.ui.widgets.worker_progress import WorkerProgress


def _size(path: Path) -> str:
    try:
        return f"{path.stat().st_size / 1_048_576:.1f} MB".replace(".", ",")
    except OSError:
        return ""


class BackupTab(QWidget):
    restore_requested = Signal()
    backed_up = Signal()

    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.files: list[Path] = []
        self.progress_dialog: QProgressDialog | None = None
        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.folder.setPlaceholderText(self.tr("t.ex. ett USB-minne eller en nätverksmapp"))
        choose = QPushButton(self.tr("Välj…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.reminder = QSpinBox(minimum=MIN_REMINDER_DAYS, maximum=MAX_REMINDER_DAYS)
        self.reminder.setObjectName("backupReminderDays")
        self.reminder.setSuffix(self.tr(" dagar"))
        save = QPushButton(self.tr("Spara inställningarna"))
        save.clicked.connect(self._save_settings)
        self.last = QLabel()
        self.last.setObjectName("lastBackup")
        self.backup_button = QPushButton(self.tr("Säkerhetskopiera nu"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.setShortcut("Ctrl+Shift+B")
        self.backup_button.clicked.connect(self.backup_now)
        self.model = RowsTableModel([self.tr("Gjord"), self.tr("Storlek"), self.tr("Fil")], self)
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        check = QPushButton(self.tr("Kontrollera vald kopia"))
        check.setObjectName("checkBackup")
        check.clicked.connect(self.check_selected)
        restore = QPushButton(self.tr("Återställ från säkerhetskopia…"))
        restore.setObjectName("restoreFromBackup")
        restore.clicked.connect(self._restore)
        self.account_status = QLabel(wordWrap=True)
        self.account_status.setObjectName("backupAccountStatus")
        self.account_button = QPushButton(self.tr("Skapa konto…"))
        self.account_button.setObjectName("createBackupAccount")
        self.account_button.clicked.connect(self._new_account)
        self.remove_account_button = QPushButton(self.tr("Ta bort kontot…"))
        self.remove_account_button.setObjectName("removeBackupAccount")
        self.remove_account_button.clicked.connect(self._remove_account)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("backupMessage")
        self.message.setTextFormat(Qt.TextFormat.RichText)

        form = QFormLayout()
        form.addRow(self.tr("Mapp för säkerhetskopior:"), folder_row)
        form.addRow(self.tr("Påminn när senaste kopian är äldre än:"), self.reminder)
        form.addRow("", save)
        form.addRow(self.tr("Senaste säkerhetskopia:"), self.last)
        rotation = QLabel(
            self.tr(
                "Kopiorna är krypterade med samma nyckel som databasen och öppnas med samma "
                "lösenord eller återställningsnyckeln. Mappen rensas automatiskt: de senaste 7 "
                "dagarna, 4 veckorna och 12 månaderna sparas."
            ),
            wordWrap=True,
        )
        buttons = QHBoxLayout()
        for button in (self.backup_button, check, restore):
            buttons.addWidget(button)
        buttons.addStretch(1)
        account_row = QHBoxLayout()
        account_row.addWidget(self.account_status, 1)
        account_row.addWidget(self.account_button)
        account_row.addWidget(self.remove_account_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rotation)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(QLabel("<b>" + self.tr("Schemalagd säkerhetskopiering") + "</b>"))
        layout.addLayout(account_row)

    # -- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        backups = self.session.backups

        def load():
            folder = backups.folder()
            # File sizes are read here, on the worker: the folder may be a slow share.
            found = [(p, t, _size(p)) for p, t in backups.backups(folder)] if folder else []
            return (
                folder,
                backups.reminder_days(),
                backups.last_backup(),
                backups.reminder_due(),
                found,
                backups.has_account(),
            )

        self.ops.run(self, load, self._loaded, lambda e: self.message.setText(error_text(e)))

    def _loaded(self, result) -> None:
        folder, days, last, due, found, account = result
        self._show_account(account)
        self.folder.setText(folder)
        self.reminder.setValue(days)
        text = self.tr("ingen ännu") if last is None else last.strftime("%Y-%m-%d %H:%M")
        if due:
            text += " – " + self.tr("dags att säkerhetskopiera")
        self.last.setText(text)
        self.last.setStyleSheet(tone("danger") if due else "")
        self.files = [path for path, _, _ in found]
        self.model.set_rows(
            [[stamp.strftime("%Y-%m-%d %H:%M:%S"), size, path.name] for path, stamp, size in found]
        )

    # -- actions ----------------------------------------------------------------------
    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Välj mapp för säkerhetskopior"), self.folder.text()
        )
        if path:
            self.folder.setText(path)

    def _save_settings(self) -> None:
        folder, days, backups = self.folder.text(), self.reminder.value(), self.session.backups

        def save():
            backups.set_folder(folder)
            backups.set_reminder_days(days)

        self.ops.run(
            self,
            save,
            lambda _: (
                self.message.setText(self.tr("Inställningarna är sparade.")),
                self.refresh(),
            ),
            lambda e: self.message.setText(error_text(e)),
        )

    def backup_now(self) -> None:
        folder, backups = self.folder.text().strip(), self.session.backups
        if self.progress_dialog is not None:  # the previous backup's, closed by now
            self.progress_dialog.deleteLater()
        dialog = QProgressDialog(self.tr("Säkerhetskopierar…"), "", 0, 0, self)
        dialog.setWindowTitle(self.tr("Säkerhetskopia"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        progress = WorkerProgress(dialog)
        self.progress_dialog = dialog
        self.backup_button.setEnabled(False)

        def finished(result: BackupResult) -> None:
            dialog.close()
            self.backup_button.setEnabled(True)
            text = self.tr("Säkerhetskopian är gjord och kontrollerad: %1").replace(
                "%1", str(result.path)
            )
            if result.removed:
                text += "<br>" + self.tr(
                    "%n äldre kopior rensades enligt rotationen.", "", len(result.removed)
                )
            self.message.setText(text)
            self.refresh()
            self.backed_up.emit()

        def failed(error) -> None:
            dialog.close()
            self.backup_button.setEnabled(True)
            self.message.setText(error_text(error))

        self.ops.run(
            self, lambda: backups.backup_now(folder or None, progress.moved.emit), finished, failed
        )

    def check_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Välj en kopia i listan."))
            return
        path = self.files[rows[0].row()]
        self.message.setText(self.tr("Kontrollerar %1…").replace("%1", path.name))
        backups = self.session.backups
        self.ops.run(
            self,
            lambda: backups.inspect(path),
            self._checked,
            lambda e: self.message.setText(error_text(e)),
        )

    def _checked(self, check: BackupCheck) -> None:
        self.message.setText(preview_html(check))

    def _restore(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Återställ från säkerhetskopia"),
            self.tr(
                "För att återställa loggas du ut; återställningen görs sedan från "
                "inloggningsfönstret. Logga ut nu?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit()

    # -- the backup account -----------------------------------------------------------
    def _show_account(self, exists: bool) -> None:
        self.account_status.setText(
            self.tr("Det finns ett konto för schemalagd säkerhetskopiering.")
            if exists
            else self.tr(
                "Inget konto för schemalagd säkerhetskopiering. Ett sådant konto kan bara "
                "kopiera de krypterade filerna, inte läsa något."
            )
        )
        self.account_button.setText(
            self.tr("Nytt lösenord…") if exists else self.tr("Skapa konto…")
        )
        self.remove_account_button.setEnabled(exists)

    def _new_account(self) -> None:
        if self.remove_account_button.isEnabled() and not self._confirm(
            self.tr("Ge kontot ett nytt lösenord? Det gamla slutar gälla direkt.")
        ):
            return
        backups, db_path = self.session.backups, self.session.db_path

        def created(password: str) -> None:
            self._show_account(True)
            BackupAccountDialog(password, db_path, self).exec()

        self.ops.run(
            self, backups.new_account, created, lambda e: self.message.setText(error_text(e))
        )

    def _remove_account(self) -> None:
        if not self._confirm(
            self.tr("Ta bort kontot? Schemalagda säkerhetskopior med det slutar fungera.")
        ):
            return
        self.ops.run(
            self,
            self.session.backups.remove_account,
            lambda _: self._show_account(False),
            lambda e: self.message.setText(error_text(e)),
        )

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Schemalagd säkerhetskopiering"), text)
        return answer == QMessageBox.StandardButton.Yes

    def clear_sensitive(self) -> None:
        self.message.clear()

"""UI layer: Administration: staff accounts, the unit's settings, a new recovery key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.users import User
from desktop_app.core.services.passwords import temporary_password
from desktop_app.core.services.unit_service import (
    MAX_IDLE_LOCK_MINUTES,
    MAX_OFFER_DAYS,
    MIN_IDLE_LOCK_MINUTES,
)
from desktop_app.session import Session
from desktop_app.ui.dialogs.note_templates_dialog import NoteTemplatesDialog
from desktop_app.ui.dialogs.participant_duplicates import ParticipantDuplicatesDialog
from desktop_app.ui.dialogs.user_dialog import NewUserDialog
from desktop_app.ui.feedback import error_text, show_error
from desktop_app.ui.models.users_table_model import UsersTableModel
from desktop_app.ui.ops import Ops
from desktop_app.ui.pages.audit_tab import AuditTab
from desktop_app.ui.pages.backup_tab import BackupTab
from desktop_app.ui.pages.purge_tab import PurgeTab
from desktop_app.ui.pages.register_settings import RegisterSettingsBox
from desktop_app.ui.widgets.recovery_key_panel import RecoveryKeyPanel
from desktop_app.ui.widgets.worker_progress import WorkerProgress


class AdministrationPage(QWidget):
    settings_changed = Signal()

    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        heading = QLabel(self.tr("Administration"))
        font = QFont()
        font.setPointSize(18)
        font.setBold(True)
        heading.setFont(font)

        self.model = UsersTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(200)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Ny medarbetare…"))
        self.add_button.setObjectName("addUser")
        self.reset_button = QPushButton(self.tr("Återställ lösenord…"))
        self.disable_button = QPushButton(self.tr("Stäng av"))
        self.enable_button = QPushButton(self.tr("Aktivera…"))
        self.add_button.clicked.connect(self._add)
        self.reset_button.clicked.connect(self._reset)
        self.disable_button.clicked.connect(self._disable)
        self.enable_button.clicked.connect(self._enable)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.disable_button, self.enable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        staff = QGroupBox(self.tr("Medarbetare"))
        staff_layout = QVBoxLayout(staff)
        staff_layout.addWidget(self.table)
        staff_layout.addLayout(buttons)

        self.unit_name = QLineEdit()
        self.unit_name.setObjectName("unitNameSetting")
        self.idle_minutes = QSpinBox(minimum=MIN_IDLE_LOCK_MINUTES, maximum=MAX_IDLE_LOCK_MINUTES)
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setSuffix(self.tr(" minuter"))
        self.percent_decimals = QSpinBox(minimum=0, maximum=2)
        self.percent_decimals.setObjectName("percentDecimals")
        self.percent_decimals.setToolTip(self.tr("Till exempel 87,5 % med en decimal"))
        self.offer_days = QSpinBox(minimum=1, maximum=MAX_OFFER_DAYS)
        self.offer_days.setObjectName("offerDays")
        self.offer_days.setSuffix(self.tr(" dagar"))
        self.offer_days.setToolTip(
            self.tr("Så länge hålls en ledig plats åt den som står först på väntelistan")
        )
        save = QPushButton(self.tr("Spara inställningarna"))
        save.setObjectName("saveSettings")
        save.clicked.connect(self._save_settings)
        new_key = QPushButton(self.tr("Ny återställningsnyckel…"))
        new_key.clicked.connect(self._new_recovery_key)
        self.rotate_button = QPushButton(self.tr("Byt krypteringsnycklar…"))
        self.rotate_button.setObjectName("rotateKeys")
        self.rotate_button.setToolTip(
            self.tr("Efter att någon slutat: gamla nyckelfiler och kopior öppnar inget nytt")
        )
        self.rotate_button.clicked.connect(self._rotate_keys)
        duplicates = QPushButton(self.tr("Dubbletter bland kursdeltagare…"))
        duplicates.setObjectName("participantDuplicates")
        duplicates.clicked.connect(
            lambda: ParticipantDuplicatesDialog(self.session, self.ops, self).open()
        )
        templates = QPushButton(self.tr("Journalmallar…"))
        templates.setObjectName("noteTemplates")
        templates.clicked.connect(self._edit_note_templates)
        self.settings_message = QLabel(wordWrap=True)
        unit = QGroupBox(self.tr("Enheten"))
        form = QFormLayout(unit)
        form.addRow(self.tr("Enhetens namn:"), self.unit_name)
        form.addRow(self.tr("Lås automatiskt efter:"), self.idle_minutes)
        form.addRow(self.tr("Svarstid för erbjuden plats:"), self.offer_days)
        form.addRow(self.tr("Decimaler i procent i rapporterna:"), self.percent_decimals)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addStretch(1)
        form.addRow(row)
        tools = QHBoxLayout()  # on a row of their own: the page fits its window's width
        for button in (new_key, self.rotate_button, duplicates, templates):
            tools.addWidget(button)
        tools.addStretch(1)
        form.addRow(tools)
        form.addRow(self.settings_message)

        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(staff, 1)
        general_layout.addWidget(unit)
        self.register_settings = RegisterSettingsBox(session, ops)
        general_layout.addWidget(self.register_settings)
        self.backup_tab = BackupTab(session, ops)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("administrationTabs")
        self.tabs.addTab(general, self.tr("Medarbetare och enheten"))
        self.tabs.addTab(self.backup_tab, self.tr("Säkerhetskopior"))
        self.purge_tab = PurgeTab(session, ops)
        self.tabs.addTab(self.purge_tab, self.tr("Gallring"))
        self.audit_tab = AuditTab(session, ops)
        self.tabs.addTab(self.audit_tab, self.tr("Granskningslogg"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------
    def _tab_changed(self, _index: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current in (self.backup_tab, self.purge_tab, self.audit_tab):
            current.refresh()
            return
        self.register_settings.refresh()

        def load():
            return (
                self.session.users.list_users(),
                self.session.unit.unit_name(),
                self.session.unit.idle_lock_minutes(),
                self.session.unit.offer_days(),
                self.session.unit.percent_decimals(),
            )

        self.ops.run(self, load, self._loaded, lambda e: show_error(self, e))

    def _loaded(self, result) -> None:
        users, name, minutes, offer_days, decimals = result
        self.model.set_rows(users)
        self.unit_name.setText(name)
        self.idle_minutes.setValue(minutes)
        self.offer_days.setValue(offer_days)
        self.percent_decimals.setValue(decimals)
        self._update_buttons()

    def clear_sensitive(self) -> None:
        self.model.clear()
        for tab in (self.backup_tab, self.purge_tab, self.audit_tab):
            tab.clear_sensitive()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    # -- staff ------------------------------------------------------------------------
    def selected_user(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected_user()
        me = self.session.user
        self.reset_button.setEnabled(bool(user and user.active))
        self.disable_button.setEnabled(bool(user and user.active and user.id != me.id))
        self.enable_button.setEnabled(bool(user and not user.active))

    def _add(self) -> None:
        dialog = NewUserDialog(self.session, self.ops, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def _run(self, fn, done_text: str) -> None:
        def done(_):
            QMessageBox.information(self, self.tr("Vägval"), done_text)
            self.refresh()

        self.ops.run(self, fn, done, lambda e: show_error(self, e))

    def _reset(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        password = temporary_password()
        if not self._confirm(
            self.tr("Återställ lösenordet för %1?").replace("%1", user.display_name)
        ):
            return
        self._run(
            lambda: self.session.users.reset_password(user.id, password),
            self.tr(
                "Nytt tillfälligt lösenord för %1: %2\n\nLämna det personligen; det "
                "måste bytas vid nästa inloggning."
            )
            .replace("%1", user.display_name)
            .replace("%2", password),
        )

    def _disable(self) -> None:
        user = self.selected_user()
        if user is None or not self._confirm(
            self.tr("Stänga av %1? Kontot kan inte längre logga in.").replace(
                "%1", user.display_name
            )
        ):
            return
        self._run(
            lambda: self.session.users.disable_user(user.id),
            self.tr("%1 är avstängd.").replace("%1", user.display_name),
        )

    def _enable(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        password = temporary_password()
        self._run(
            lambda: self.session.users.enable_user(user.id, password),
            self.tr("%1 är aktiverad igen med det tillfälliga lösenordet %2.")
            .replace("%1", user.display_name)
            .replace("%2", password),
        )

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Vägval"), question)
        return answer == QMessageBox.StandardButton.Yes

    # -- the unit ---------------------------------------------------------------------
    def _edit_note_templates(self) -> None:
        """The templates are read on the worker, then the dialog opens with them."""
        unit = self.session.unit

        def opened(templates) -> None:
            NoteTemplatesDialog(self.session, self.ops, templates, self).open()

        self.ops.run(self, unit.note_templates, opened, lambda e: show_error(self, e))

    def _save_settings(self) -> None:
        name, minutes = self.unit_name.text(), self.idle_minutes.value()
        offer_days, decimals = self.offer_days.value(), self.percent_decimals.value()

        def save():
            self.session.unit.set_unit_name(name)
            self.session.unit.set_idle_lock_minutes(minutes)
            self.session.unit.set_offer_days(offer_days)
            self.session.unit.set_percent_decimals(decimals)

        def done(_):
            self.settings_message.setText(self.tr("Inställningarna är sparade."))
            self.settings_changed.emit()

        self.ops.run(self, save, done, lambda e: self.settings_message.setText(error_text(e)))

    def _new_recovery_key(self) -> None:
        if not self._confirm(
            self.tr("Skapa en ny återställningsnyckel? Den gamla slutar fungera direkt.")
        ):
            return
        self.ops.run(
            self,
            self.session.new_recovery_key,
            self._show_recovery_key,
            lambda e: show_error(self, e),
        )

    def _rotate_keys(self) -> None:
        if not self._confirm(
            self.tr(
                "Byta krypteringsnycklar? Varje del av databasen krypteras om med nya nycklar "
                "och alla aktiva konton får dem. Gamla kopior av nyckelfilen och äldre "
                "säkerhetskopior öppnar inget som sparas från och med nu. Gör en ny "
                "säkerhetskopia efteråt. Det tar några sekunder till några minuter."
            )
        ):
            return
        dialog = QProgressDialog(self.tr("Krypterar om databasen…"), "", 0, 0, self)
        dialog.setWindowTitle(self.tr("Byt krypteringsnycklar"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        progress = WorkerProgress(dialog)
        self.rotate_button.setEnabled(False)
        session = self.session

        def done(dropped: int) -> None:
            dialog.close()
            self.rotate_button.setEnabled(True)
            text = self.tr("Nya krypteringsnycklar är i bruk. Gör en ny säkerhetskopia nu.")
            if dropped:
                text += " " + self.tr(
                    "%n konton från före uppdateringen måste få nya lösenord.", "", dropped
                )
            self.settings_message.setText(text)

        def failed(error) -> None:
            dialog.close()
            self.rotate_button.setEnabled(True)
            show_error(self, error)

        self.ops.run(self, lambda: session.rotate_keys(progress.moved.emit), done, failed)

    def _show_recovery_key(self, key: str) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(
            QCoreApplication.translate("AdministrationPage", "Ny återställningsnyckel")
        )
        panel = RecoveryKeyPanel()
        panel.show_key(key, self.unit_name.text(), self.session.db_path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setEnabled(False)
        panel.confirmed_changed.connect(close.setEnabled)
        layout = QVBoxLayout(dialog)
        layout.addWidget(panel)
        layout.addWidget(buttons)
        dialog.exec()

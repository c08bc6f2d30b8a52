"""UI layer: first start: the unit, where the database lives, the first administrator
and the recovery key (shown once)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.core.errors import VagvalError, ValidationError
from desktop_app.core.services.passwords import validate_new_password
from desktop_app.core.services.unit_service import validate_unit_name
from desktop_app.core.services.user_service import validate_new_user
from desktop_app.paths import DATABASE_FILE
from desktop_app.session import Session, create_unit
from desktop_app.ui.feedback import error_text
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.form_parts import error_label
from desktop_app.ui.widgets.password_fields import NewPasswordFields
from desktop_app.ui.widgets.recovery_key_panel import RecoveryKeyPanel


def _error_label() -> QLabel:
    label = error_label()
    label.hide()
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class UnitPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Välkommen till Vägval"))
        self.setSubTitle(
            self.tr(
                "Vägval håller enhetens klienter, samtal, kurser och statistik "
                "i en krypterad databas på den här datorn. Börja med enhetens "
                "namn."
            )
        )
        self.unit_name = QLineEdit(placeholderText=self.tr("t.ex. KAST Malmö"))
        self.unit_name.setObjectName("unitName")
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Enhetens namn:"), self.unit_name)
        form.addRow(self.error)
        self.registerField("unitName*", self.unit_name)

    def validatePage(self) -> bool:
        try:
            validate_unit_name(self.unit_name.text())
        except ValidationError as exc:
            _show(self.error, error_text(exc))
            return False
        return True


class LocationPage(QWizardPage):
    def __init__(self, default_folder: Path) -> None:
        super().__init__()
        self.default_folder = default_folder
        self.setTitle(self.tr("Var ska databasen ligga?"))
        self.setSubTitle(
            self.tr(
                "Standard är din egen datamapp. Välj en gemensam mapp om flera "
                "personer ska använda samma databas på den här datorn."
            )
        )
        self.folder = QLineEdit(str(default_folder))
        self.folder.setObjectName("folder")
        choose = QPushButton(self.tr("Välj mapp…"))
        choose.clicked.connect(self._choose)
        reset = QPushButton(self.tr("Standardmappen"))
        reset.clicked.connect(lambda: self.folder.setText(str(self.default_folder)))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        row.addWidget(reset)
        self.file_label = QLabel(wordWrap=True)
        self.file_label.setObjectName("databaseFile")
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Mapp:")))
        layout.addLayout(row)
        layout.addWidget(self.file_label)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Databasen och dess nyckelfil är krypterade. Säkerhetskopior görs senare under "
                    "Administration."
                ),
                wordWrap=True,
            ),
            0,
        )
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.folder.textChanged.connect(self._update)
        self._update()

    def database_path(self) -> Path:
        return Path(self.folder.text().strip()).expanduser() / DATABASE_FILE

    def _update(self) -> None:
        # A long path wraps after its separators (zero-width spaces), never cut off.
        shown = str(self.database_path()).replace("/", "/\u200b").replace("\\", "\\\u200b")
        self.file_label.setText(self.tr("Databasfil: %1").replace("%1", shown))
        _show(self.error, "")
        self.completeChanged.emit()

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Välj mapp för databasen"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def isComplete(self) -> bool:
        return bool(self.folder.text().strip())

    def validatePage(self) -> bool:
        path = self.database_path()
        if path.exists() or path.with_name(path.name + ".keys").exists():
            _show(
                self.error,
                self.tr(
                    "Det finns redan en Vägval-databas i mappen. Välj en annan "
                    "mapp, eller avbryt och öppna den befintliga."
                ),
            )
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=path.parent):
                pass
        except OSError:
            _show(
                self.error,
                self.tr(
                    "Det går inte att skriva i mappen. Välj en mapp där du har skrivrättighet."
                ),
            )
            return False
        return True


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Första administratören"))
        self.setSubTitle(
            self.tr(
                "Administratören lägger sedan till övriga medarbetare; var och "
                "en får ett eget användarnamn och lösenord."
            )
        )
        self.username = QLineEdit(placeholderText=self.tr("t.ex. anna.berg"))
        self.username.setObjectName("adminUsername")
        self.display_name = QLineEdit(placeholderText=self.tr("t.ex. Anna Berg"))
        self.display_name.setObjectName("adminName")
        self.passwords = NewPasswordFields()
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Användarnamn:"), self.username)
        form.addRow(self.tr("Namn:"), self.display_name)
        # The error line sits below the form, not in it: a wrapping label inside the
        # form layout squeezed the password fields to 10 px when it appeared.
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.passwords)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for edit in (self.username, self.display_name):
            edit.textChanged.connect(self.completeChanged)
        self.passwords.changed.connect(self.completeChanged)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Skapa databasen"))

    def new_user(self) -> NewUser:
        return NewUser(self.username.text(), self.display_name.text(), Role.ADMINISTRATOR)

    def isComplete(self) -> bool:
        return bool(
            self.username.text().strip()
            and self.display_name.text().strip()
            and self.passwords.is_acceptable()
        )

    def validatePage(self) -> bool:
        try:
            user = validate_new_user(self.new_user())
            validate_new_password(self.passwords.text(), user.username)
        except ValidationError as exc:
            _show(self.error, error_text(exc))
            return False
        return True


class RecoveryPage(QWizardPage):
    """Creates the database on entry, then shows the recovery key once."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Återställningsnyckel"))
        self.setSubTitle(
            self.tr(
                "Om alla lösenord glöms bort kan databasen bara låsas upp med "
                "den här nyckeln. Den visas bara nu: skriv ut den eller spara "
                "den som PDF och förvara den inlåst."
            )
        )
        self.progress = QProgressBar(maximum=0)
        self.status = QLabel(self.tr("Skapar den krypterade databasen…"))
        self.panel = RecoveryKeyPanel()
        self.panel.confirmed_changed.connect(self.completeChanged)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        for widget in (self.status, self.progress, self.panel, self.error):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.panel.hide()

    def initializePage(self) -> None:
        self._wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
        self._wizard.create_database(self._created, self._failed)

    def _created(self, key: str) -> None:
        self.panel.show_key(key, self._wizard.unit_name(), self._wizard.database_path())
        self.progress.hide()
        self.status.hide()
        self.panel.show()
        self.completeChanged.emit()

    def _failed(self, error: VagvalError) -> None:
        self.progress.hide()
        self.status.hide()
        _show(
            self.error, self.tr("Databasen kunde inte skapas: %1").replace("%1", error_text(error))
        )
        self._wizard.setOption(QWizard.WizardOption.NoCancelButton, False)

    def isComplete(self) -> bool:
        return self._wizard.session is not None and self.panel.is_confirmed()


class SetupWizard(QWizard):
    """Emits ``created(session)`` when the database exists and the key was confirmed."""

    created = Signal(object)

    def __init__(self, ops: Ops, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.session: Session | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Vägval – ny databas"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 520)
        self.unit_page = UnitPage()
        self.location_page = LocationPage(default_folder)
        self.admin_page = AdminPage()
        self.recovery_page = RecoveryPage(self)
        for page in (self.unit_page, self.location_page, self.admin_page, self.recovery_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Börja använda Vägval"))

    def unit_name(self) -> str:
        return self.unit_page.unit_name.text()

    def database_path(self) -> Path:
        return self.location_page.database_path()

    def create_database(self, on_done, on_error) -> None:
        unit, path = self.unit_name(), self.database_path()
        admin, password = self.admin_page.new_user(), self.admin_page.passwords.text()
        self.admin_page.passwords.clear()

        def done(result) -> None:
            self.session, self.recovery_key = result
            on_done(self.recovery_key)

        self.ops.run(self, lambda: create_unit(path, unit, admin, password), done, on_error)

    def accept(self) -> None:
        if self.session is None:
            return
        super().accept()
        self.created.emit(self.session)

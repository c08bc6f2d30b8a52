"""UI layer: an administrator adds a staff member with a temporary password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser, User
from desktop_app.core.errors import VagvalError
from desktop_app.core.services.passwords import temporary_password
from desktop_app.session import Session
from desktop_app.ui.feedback import error_text, role_text
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.form_parts import error_label


class NewUserDialog(QDialog):
    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.created: User | None = None
        self.setWindowTitle(self.tr("Ny medarbetare"))
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("newDisplayName")
        self.role = QComboBox()
        self.role.setObjectName("newRole")
        for role in (Role.COUNSELLOR, Role.COURSE_LEADER, Role.STATISTICS, Role.ADMINISTRATOR):
            self.role.addItem(role_text(role), role)
        self.password = temporary_password()
        shown = QLineEdit(self.password, readOnly=True)
        shown.setObjectName("temporaryPassword")
        form = QFormLayout()
        form.addRow(self.tr("Användarnamn:"), self.username)
        form.addRow(self.tr("Namn:"), self.display_name)
        form.addRow(self.tr("Roll:"), self.role)
        form.addRow(self.tr("Tillfälligt lösenord:"), shown)
        note = QLabel(
            self.tr(
                "Lämna det tillfälliga lösenordet till medarbetaren personligen. "
                "Det måste bytas vid första inloggningen."
            ),
            wordWrap=True,
        )
        self.message = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _submit(self) -> None:
        new = NewUser(self.username.text(), self.display_name.text(), self.role.currentData())
        self.buttons.setEnabled(False)
        self.ops.run(
            self, lambda: self.session.users.add_user(new, self.password), self._done, self._failed
        )

    def _done(self, user: User) -> None:
        self.created = user
        self.accept()

    def _failed(self, error: VagvalError) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_text(error))

"""UI layer: an administrator adds a staff member with a temporary password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser, User
from desktop_app.core.services.passwords import temporary_password
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.feedback import role_text
from desktop_app.ui.ops import Ops


class NewUserDialog(FormDialog):
    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.session = session
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
        self.finish_layout(form, note)
        self.field_widgets = {"username": self.username, "display_name": self.display_name}
        self.setMinimumWidth(440)

    def submit(self) -> None:
        new = NewUser(self.username.text(), self.display_name.text(), self.role.currentData())
        users, password = self.session.users, self.password
        self.save(lambda: users.add_user(new, password), self._done)

    def _done(self, user: User) -> None:
        self.created = user
        self.accept()

"""UI layer: a user changes the own password (forced after a temporary one)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.password_fields import NewPasswordFields


class ChangePasswordDialog(FormDialog):
    def __init__(
        self, session: Session, ops: Ops, *, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.setWindowTitle(self.tr("Byt lösenord"))
        intro = QLabel(
            self.tr("Du har ett tillfälligt lösenord. Välj ett eget lösenord innan du fortsätter."),
            wordWrap=True,
        )
        intro.setVisible(forced)
        self.old = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.old.setObjectName("oldPassword")
        form = QFormLayout()
        form.addRow(self.tr("Nuvarande lösenord:"), self.old)
        self.passwords = NewPasswordFields()
        self.finish_layout(intro, form, self.passwords)
        self.field_widgets = {"password": self.old, "new_password": self.passwords.password}
        self.setMinimumWidth(480)

    def submit(self) -> None:
        if self.passwords.text() != self.passwords.repeat.text():
            self.message.setText(self.tr("De två lösenorden är inte lika."))
            return
        old, new, users = self.old.text(), self.passwords.text(), self.session.users
        self.save(lambda: users.change_own_password(old, new), lambda _: self._done())

    def _done(self) -> None:
        self.ops.run(self, self.session.refresh_user)
        self.accept()

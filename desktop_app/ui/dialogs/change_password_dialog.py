"""UI layer: a user changes the own password (forced after a temporary one)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import VagvalError
from desktop_app.session import Session
from desktop_app.ui.feedback import error_text
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.form_parts import error_label
from desktop_app.ui.widgets.password_fields import NewPasswordFields


class ChangePasswordDialog(QDialog):
    def __init__(
        self, session: Session, ops: Ops, *, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.setWindowTitle(self.tr("Byt lösenord"))
        layout = QVBoxLayout(self)
        if forced:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "Du har ett tillfälligt lösenord. Välj ett eget lösenord innan du fortsätter."
                    ),
                    wordWrap=True,
                )
            )
        self.old = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.old.setObjectName("oldPassword")
        form = QFormLayout()
        form.addRow(self.tr("Nuvarande lösenord:"), self.old)
        layout.addLayout(form)
        self.passwords = NewPasswordFields()
        layout.addWidget(self.passwords)
        self.message = error_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _submit(self) -> None:
        if self.passwords.text() != self.passwords.repeat.text():
            self.message.setText(self.tr("De två lösenorden är inte lika."))
            return
        old, new = self.old.text(), self.passwords.text()
        self.buttons.setEnabled(False)
        self.ops.run(
            self,
            lambda: self.session.users.change_own_password(old, new),
            lambda _: self._done(),
            self._failed,
        )

    def _done(self) -> None:
        self.ops.run(self, self.session.refresh_user)
        self.accept()

    def _failed(self, error: VagvalError) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_text(error))

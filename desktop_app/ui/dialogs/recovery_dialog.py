"""UI layer: every password forgotten: the recovery key sets a new administrator password."""

from __future__ import annotations

from PySide6.QtCore import Signal
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
from desktop_app.session import Gatekeeper, Session
from desktop_app.ui.feedback import error_text
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.form_parts import error_label
from desktop_app.ui.widgets.password_fields import NewPasswordFields


class RecoveryDialog(QDialog):
    recovered = Signal(object)  # Session

    def __init__(self, gate: Gatekeeper, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate = gate
        self.ops = ops
        self.setWindowTitle(self.tr("Lås upp med återställningsnyckeln"))
        intro = QLabel(
            self.tr(
                "Skriv in återställningsnyckeln från papperet eller PDF-filen som skapades med "
                "databasen, och ett nytt lösenord för en administratör. Övriga medarbetares "
                "lösenord ändras inte."
            ),
            wordWrap=True,
        )
        self.key = QLineEdit(placeholderText="XXXXX-XXXXX-…")
        self.key.setObjectName("recoveryKeyInput")
        self.username = QLineEdit()
        self.username.setObjectName("recoveryUsername")
        self.passwords = NewPasswordFields()
        self.message = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lås upp"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Återställningsnyckel:"), self.key)
        form.addRow(self.tr("Administratörens användarnamn:"), self.username)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.passwords)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _submit(self) -> None:
        if self.passwords.text() != self.passwords.repeat.text():
            self.message.setText(self.tr("De två lösenorden är inte lika."))
            return
        key, user, password = self.key.text(), self.username.text(), self.passwords.text()
        self.buttons.setEnabled(False)
        self.ops.run(
            self,
            lambda: self.gate.login_with_recovery_key(key, user, password),
            self._done,
            self._failed,
        )

    def _done(self, session: Session) -> None:
        self.accept()
        self.recovered.emit(session)

    def _failed(self, error: VagvalError) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_text(error))

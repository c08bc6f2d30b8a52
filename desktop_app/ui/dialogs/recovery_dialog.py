"""UI layer: every password forgotten: the recovery key sets a new administrator password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.session import Gatekeeper, Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops
from desktop_app.ui.widgets.password_fields import NewPasswordFields


class RecoveryDialog(FormDialog):
    recovered = Signal(object)  # Session

    def __init__(self, gate: Gatekeeper, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(
            ops, parent, QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.gate = gate
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lås upp"))
        form = QFormLayout()
        form.addRow(self.tr("Återställningsnyckel:"), self.key)
        form.addRow(self.tr("Administratörens användarnamn:"), self.username)
        self.finish_layout(intro, form, self.passwords)
        self.field_widgets = {"username": self.username, "new_password": self.passwords.password}
        self.setMinimumWidth(560)

    def submit(self) -> None:
        if self.passwords.text() != self.passwords.repeat.text():
            self.message.setText(self.tr("De två lösenorden är inte lika."))
            return
        key, user, password = self.key.text(), self.username.text(), self.passwords.text()
        gate = self.gate
        self.save(lambda: gate.login_with_recovery_key(key, user, password), self._done)

    def _done(self, session: Session) -> None:
        self.accept()
        self.recovered.emit(session)

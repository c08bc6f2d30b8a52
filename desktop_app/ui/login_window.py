"""UI layer: the login screen: own username and password, growing delay after
failures, the demo logins in demo mode, and the way in with the recovery key."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.errors import (
    DatabaseDamagedError,
    LoginThrottledError,
    VagvalError,
    WrongPasswordError,
)
from desktop_app.gatekeeper import Gatekeeper
from desktop_app.ui.feedback import error_text, role_text
from desktop_app.ui.ops import Ops
from desktop_app.ui.theme_colors import active, tone

# Only for type hints: the login window comes up before the services are imported.
if TYPE_CHECKING:
    from desktop_app.demo.generator import DemoAccount
    from desktop_app.session import Session
    from desktop_app.ui.dialogs.restore_dialog import RestoreDialog


class LoginWindow(QWidget):
    logged_in = Signal(object)  # Session
    open_other_requested = Signal()
    create_new_requested = Signal()
    closed = Signal()  # the window was closed (by the user or the program)

    def __init__(
        self,
        gate: Gatekeeper,
        ops: Ops,
        *,
        last_username: str = "",
        demo_accounts: tuple[DemoAccount, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.gate = gate
        self.ops = ops
        self.setWindowTitle(self.tr("%1 – logga in").replace("%1", APP_NAME))
        self.setObjectName("loginWindow")
        self.setMinimumWidth(460)

        title = QLabel(APP_NAME)
        font = QFont()
        font.setPointSize(22)
        font.setBold(True)
        title.setFont(font)
        where = QLabel(self.tr("Databas: %1").replace("%1", str(gate.db_path)), wordWrap=True)
        where.setStyleSheet(tone("muted"))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.username = QLineEdit(last_username)
        self.username.setObjectName("username")
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setObjectName("password")
        self.login_button = QPushButton(self.tr("Logga in"))
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.login_button.setAutoDefault(True)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("loginMessage")
        self.message.setStyleSheet(tone("danger"))
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("Användarnamn:"), self.username)
        form.addRow(self.tr("Lösenord:"), self.password)

        forgot = QPushButton(self.tr("Glömt lösenordet?"), flat=True)
        forgot.setObjectName("forgotButton")
        forgot.clicked.connect(self._recover)
        other = QPushButton(self.tr("Öppna en annan databas…"), flat=True)
        other.clicked.connect(self.open_other_requested)
        new = QPushButton(self.tr("Skapa ny databas…"), flat=True)
        new.clicked.connect(self.create_new_requested)
        restore = QPushButton(self.tr("Återställ från säkerhetskopia…"), flat=True)
        restore.setObjectName("restoreLink")
        restore.clicked.connect(self._restore_clicked)
        links = QHBoxLayout()
        for button in (forgot, other, new, restore):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setMinimumWidth(button.sizeHint().width())  # never cut ("…na en annan datab")
            links.addWidget(button)
        links.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # never cut its links
        layout.setContentsMargins(32, 28, 32, 24)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Logga in med ditt eget användarnamn och lösenord.")))
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.login_button)
        layout.addLayout(row)
        if demo_accounts:
            layout.addWidget(self._demo_box(demo_accounts))
        layout.addWidget(where)
        layout.addLayout(links)

        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        self.login_button.clicked.connect(self.attempt)
        self.password.returnPressed.connect(self.attempt)
        self.username.returnPressed.connect(self.password.setFocus)
        (self.password if last_username else self.username).setFocus()

    def _demo_box(self, accounts: tuple[DemoAccount, ...]) -> QFrame:
        box = QFrame()
        box.setObjectName("demoBox")
        box.setStyleSheet(
            f"#demoBox {{ background: {active['info_bg']}; border: 1px solid {active['border']};"
            " border-radius: 6px; }"
        )
        rows = "".join(
            f"<tr><td><b>{a.username}</b></td><td>{a.password}</td>"
            f"<td>{role_text(a.role)}</td></tr>"
            for a in accounts
        )
        label = QLabel(
            "<b>" + self.tr("Demoläge – påhittade uppgifter. Logga in som:") + "</b>"
            f"<table cellspacing='6'>{rows}</table>"
        )
        label.setObjectName("demoLogins")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(box)
        layout.addWidget(label)
        return box

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def attempt(self) -> None:
        if not self.login_button.isEnabled():
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._show_message(self.tr("Skriv användarnamn och lösenord."))
            return
        self.login_button.setEnabled(False)
        self.login_button.setText(self.tr("Loggar in…"))
        self._show_message("")
        self.ops.run(
            self, lambda: self.gate.login(username, password), self._succeeded, self._failed
        )

    def _succeeded(self, session: Session) -> None:
        self.password.clear()
        self._reset_button()
        self.logged_in.emit(session)

    def _failed(self, error: VagvalError) -> None:
        self.password.clear()
        self.password.setFocus()
        self._reset_button()
        text = error_text(error)
        if isinstance(error, DatabaseDamagedError):
            self._show_message(text)
            self.open_restore(damaged=True)
            return
        if isinstance(error, WrongPasswordError | LoginThrottledError):
            wait = self.gate.throttle.seconds_left(self.username.text())
            if wait > 0:
                self._start_countdown(text)
                return
        self._show_message(text)

    def _start_countdown(self, reason: str) -> None:
        self._reason = reason
        self.login_button.setEnabled(False)
        self._tick()
        self._countdown.start()

    def _tick(self) -> None:
        left = math.ceil(self.gate.throttle.seconds_left(self.username.text()))
        if left <= 0:
            self._countdown.stop()
            self.login_button.setEnabled(True)
            self._show_message(self._reason)
            return
        self._show_message(
            self._reason + " " + self.tr("Vänta %n sekunder innan nästa försök.", "", left)
        )

    def _reset_button(self) -> None:
        self.login_button.setText(self.tr("Logga in"))
        self.login_button.setEnabled(True)

    def _restore_clicked(self) -> None:
        self.open_restore()

    def open_restore(self, *, damaged: bool = False) -> RestoreDialog:
        from desktop_app.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(
            self.gate, self.ops, username=self.username.text().strip(), damaged=damaged, parent=self
        )
        dialog.restored.connect(self.logged_in)
        dialog.open()
        self.restore_dialog = dialog
        return dialog

    def _recover(self) -> None:
        from desktop_app.ui.dialogs.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.gate, self.ops, self)
        dialog.recovered.connect(self.logged_in)
        dialog.open()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

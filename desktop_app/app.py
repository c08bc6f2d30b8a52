"""Wiring only: Vault -> Database -> services -> windows. Decides between the setup
wizard and the login, and what happens on log in, log out and quit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app.gatekeeper import Gatekeeper
from desktop_app.paths import AppConfig
from desktop_app.ui.feedback import show_error
from desktop_app.ui.login_window import LoginWindow
from desktop_app.ui.ops import Ops

# The main window, the wizard and the password dialog are imported when first needed:
# the login window comes up sooner (benchmarks/startup.py).
if TYPE_CHECKING:
    from desktop_app.demo.generator import DemoAccount
    from desktop_app.session import Session
    from desktop_app.ui.dialogs.change_password_dialog import ChangePasswordDialog
    from desktop_app.ui.dialogs.setup_wizard import SetupWizard
    from desktop_app.ui.main_window import MainWindow


class VagvalApp(QObject):
    def __init__(
        self,
        db_path: Path,
        config_path: Path,
        default_folder: Path,
        *,
        demo_accounts: tuple[DemoAccount, ...] = (),
        remember: bool = True,
    ) -> None:
        super().__init__()
        self.ops = Ops(self)
        self.config_path = config_path
        self.config = AppConfig.load(config_path)
        self.default_folder = default_folder
        self.demo_accounts = demo_accounts
        self.remember = remember
        self.gate = Gatekeeper(db_path)
        self.session: Session | None = None
        self.login_window: LoginWindow | None = None
        self.main_window: MainWindow | None = None
        self.wizard: SetupWizard | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        # The program quits when the user closes its last window, never because a window
        # closed during a hand-over (wizard or password dialog -> main window): windows
        # come and go around asynchronous calls, so Qt's own rule would quit in the gap.
        self._handover = False
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)
        app.aboutToQuit.connect(self.shutdown)

    # -- start ------------------------------------------------------------------------
    def start(self) -> None:
        if self.gate.exists():
            self.show_login()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        from desktop_app.ui.dialogs.setup_wizard import SetupWizard

        self.wizard = SetupWizard(self.ops, self.default_folder)
        self.wizard.created.connect(self._created)
        self.wizard.rejected.connect(self._window_closed)
        self.wizard.show()

    def _window_closed(self) -> None:
        """A window went away: quit once none is left and no hand-over is under way."""
        QTimer.singleShot(0, self._maybe_quit)

    def _maybe_quit(self) -> None:
        if self._handover:
            return
        windows = (self.login_window, self.main_window, self.wizard, self.password_dialog)
        if not any(w is not None and shiboken6.isValid(w) and w.isVisible() for w in windows):
            QApplication.instance().quit()

    def _created(self, session: Session) -> None:
        self._handover = True
        self._use_database(session.db_path)
        if self.login_window is not None:
            self.login_window.close()
        self._enter(session)

    def _use_database(self, path: Path) -> None:
        self.gate = Gatekeeper(path)
        if self.remember:
            self.config.database = str(path)
            self.config.save(self.config_path)

    def show_login(self) -> None:
        window = LoginWindow(
            self.gate,
            self.ops,
            last_username=self.config.last_username,
            demo_accounts=self.demo_accounts,
        )
        window.logged_in.connect(self._enter)
        window.open_other_requested.connect(self._open_other)
        window.create_new_requested.connect(self.show_wizard)
        window.closed.connect(self._window_closed)
        self.login_window = window
        window.show()

    def _open_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.login_window,
            self.tr("Öppna en Vägval-databas"),
            str(self.default_folder),
            self.tr("Vägval-databaser (*.db)"),
        )
        if not path:
            return
        self._use_database(Path(path))
        old = self.login_window
        self.show_login()
        if old is not None:
            old.close()

    # -- logged in --------------------------------------------------------------------
    def _enter(self, session: Session) -> None:
        self._handover = True
        self.session = session
        if self.login_window is not None:
            self.login_window.hide()
        if self.remember:
            self.config.last_username = session.user.username
            self.config.save(self.config_path)
        if session.user.must_change_password:
            from desktop_app.ui.dialogs.change_password_dialog import ChangePasswordDialog

            self.password_dialog = ChangePasswordDialog(session, self.ops, forced=True)
            self.password_dialog.accepted.connect(lambda: self._load_main(session))
            self.password_dialog.rejected.connect(self._password_refused)
            self.password_dialog.open()
            return
        self._load_main(session)

    def _password_refused(self) -> None:
        self._handover = False
        self.logout()

    def _load_main(self, session: Session) -> None:
        self.ops.run(
            self,
            lambda: (session.unit.unit_name(), session.unit.idle_lock_minutes()),
            lambda settings: self._open_main(session, settings),
            self._failed,
        )

    def _open_main(self, session: Session, settings) -> None:
        from desktop_app.ui.main_window import MainWindow

        if session is not self.session:
            return  # logged out (or the program closing) while the settings loaded
        unit_name, minutes = settings
        self.main_window = MainWindow(session, self.ops, unit_name=unit_name, idle_minutes=minutes)
        self.main_window.logout_requested.connect(self.logout)
        self.main_window.restore_requested.connect(lambda: self.logout_and_restore())
        self.main_window.closed.connect(self._window_closed)
        self.main_window.show()
        self._handover = False
        # Every page checked after the window is up (unlocking stays fast at any size):
        # a damaged file logs out to the restore dialog, as a damaged login would.
        self.ops.run(self, session.check_pages, lambda found: self._pages_checked(session, found))
        if self.login_window is not None:
            self.login_window.close()
            self.login_window = None

    def _failed(self, error) -> None:
        self._handover = False
        show_error(None, error)
        self.logout()

    def logout(self) -> None:
        session, self.session = self.session, None
        window, self.main_window = self.main_window, None
        self.show_login()
        if window is not None:
            window.shutdown()
            window.close()
        if session is not None:
            self.ops.run(self, session.close, None, lambda e: show_error(None, e))

    def _pages_checked(self, session: Session, problems: list[str]) -> None:
        if problems and session is self.session:
            self.logout_and_restore(damaged=True)

    def logout_and_restore(self, damaged: bool = False) -> None:
        """Restore needs the database closed: log out, then restore from the login window."""
        self.logout()
        if self.login_window is not None:
            self.login_window.open_restore(damaged=damaged)

    def shutdown(self) -> None:
        if self.main_window is not None:
            self.main_window.shutdown()
        if self.session is not None:
            session, self.session = self.session, None
            try:
                self.ops.call(session.close)
            except Exception as exc:  # the user is leaving; say why nothing more is possible
                QMessageBox.warning(None, "Vägval", str(exc))
        self.ops.shutdown()

"""UI layer: the main window: navigation, pages, who is logged in, lock and log out."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.roles import Permission
from desktop_app.core.errors import VagvalError
from desktop_app.session import Session
from desktop_app.ui import clipboard_guard
from desktop_app.ui.dialogs.change_password_dialog import ChangePasswordDialog
from desktop_app.ui.dialogs.user_guide_dialog import UserGuideDialog
from desktop_app.ui.feedback import error_text, role_text
from desktop_app.ui.lock import HiddenWindows, IdleWatcher, LockScreen
from desktop_app.ui.ops import Ops
from desktop_app.ui.pages.administration_page import AdministrationPage
from desktop_app.ui.pages.bookings_page import BookingsPage
from desktop_app.ui.pages.clients_page import ClientsPage
from desktop_app.ui.pages.courses_page import CoursesPage
from desktop_app.ui.pages.overview_page import OverviewPage
from desktop_app.ui.pages.statistics_page import StatisticsPage
from desktop_app.ui.pages.work_page import WorkPage
from desktop_app.ui.theme import icon
from desktop_app.ui.theme_colors import tone

LOCK_CHECK_MS = 3000


PAGE_ICONS = {  # Lucide icons (resources/icons/lucide)
    "overview": "layout-dashboard",
    "clients": "users",
    "bookings": "calendar-days",
    "courses": "users-round",
    "outreach": "footprints",
    "statistics": "chart-column",
    "administration": "settings",
}


class MainWindow(QMainWindow):
    logout_requested = Signal()
    closed = Signal()  # the window was closed (by the user or the program)
    restore_requested = Signal()

    def __init__(
        self,
        session: Session,
        ops: Ops,
        *,
        unit_name: str = "",
        idle_minutes: int = 10,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.unit_name = unit_name
        self.locked = False
        self.setObjectName("mainWindow")
        self.resize(1100, 720)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet(  # the theme's style sheet, when installed, takes over
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 10px 8px; }"
        )
        self.pages = QStackedWidget()
        self.page_widgets: dict[str, QWidget] = {}
        for key, title, permission, factory in self._page_specs():
            if not session.user.may(permission):
                continue
            page = factory()
            self.page_widgets[key] = page
            self.pages.addWidget(self._scrollable(page) if key == "administration" else page)
            item = QListWidgetItem(icon(PAGE_ICONS[key]), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        # As wide as the longest page name, never with a scrollbar of its own.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        overview = self.page_widgets.get("overview")
        if isinstance(overview, OverviewPage):
            overview.open_client.connect(self._open_client)
        bookings = self.page_widgets.get("bookings")
        if isinstance(bookings, BookingsPage):
            bookings.open_client.connect(self._open_client)
            overview.backup_requested.connect(self.show_backups)
            overview.review_requested.connect(lambda: self._admin_tab("audit_tab"))

        content = QSplitter()
        content.addWidget(self.nav)
        content.addWidget(self.pages)
        content.setStretchFactor(1, 1)
        content.setChildrenCollapsible(False)
        self.lock_screen = LockScreen(session, ops)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.logout_requested.connect(self._logout_when_locked)
        self.hidden_windows = HiddenWindows()
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)

        self._build_status_bar()
        self._build_menus()
        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_requested.connect(self.lock)
        # The lock file is re-read every few seconds: a takeover by another copy (this
        # computer slept) locks the window at once instead of letting work go on.
        self.lock_watch = QTimer(self, interval=LOCK_CHECK_MS)
        self.lock_watch.timeout.connect(self._check_lock)
        self.lock_watch.start()
        admin = self.page_widgets.get("administration")
        if isinstance(admin, AdministrationPage):
            admin.settings_changed.connect(self._settings_changed)
            admin.backup_tab.restore_requested.connect(self.restore_requested)
            admin.backup_tab.backed_up.connect(self.check_backup_reminder)
        self._update_title()
        self.check_backup_reminder()

    @staticmethod
    def _scrollable(page: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        return area

    def _page_specs(self):
        return (
            (
                "overview",
                self.tr("Översikt"),
                Permission.MANAGE_COURSES,  # every role that works with people
                lambda: OverviewPage(self.session, self.ops),
            ),
            (
                "clients",
                self.tr("Klienter"),
                Permission.READ_CLIENTS,
                lambda: ClientsPage(self.session, self.ops),
            ),
            (
                "bookings",
                self.tr("Bokningar"),
                Permission.READ_CLIENTS,
                lambda: BookingsPage(self.session, self.ops),
            ),
            (
                "courses",
                self.tr("Grupper och kurser"),
                Permission.MANAGE_COURSES,
                lambda: CoursesPage(self.session, self.ops),
            ),
            (
                "outreach",
                self.tr("Uppsökande och utbildning"),
                Permission.MANAGE_ACTIVITIES,
                lambda: WorkPage(self.session, self.ops),
            ),
            (
                "statistics",
                self.tr("Statistik"),
                Permission.READ_STATISTICS,
                lambda: StatisticsPage(self.session, self.ops),
            ),
            (
                "administration",
                self.tr("Administration"),
                Permission.MANAGE_USERS,
                lambda: AdministrationPage(self.session, self.ops),
            ),
        )

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.lock_button = QPushButton(self.tr("Lås"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setToolTip(self.tr("Lås programmet (Ctrl+L)"))
        self.logout_button = QPushButton(self.tr("Logga ut"))
        self.logout_button.setObjectName("logoutButton")
        self.lock_button.clicked.connect(self.lock)
        self.logout_button.clicked.connect(self.logout_requested)
        self.backup_reminder = QPushButton(self.tr("⚠ Dags att säkerhetskopiera"))
        self.backup_reminder.setObjectName("backupReminder")
        self.backup_reminder.setFlat(True)
        self.backup_reminder.setStyleSheet(tone("danger") + " font-weight: bold;")
        self.backup_reminder.clicked.connect(self.show_backups)
        self.backup_reminder.hide()
        bar.addWidget(self.user_label, 1)
        bar.addWidget(self.backup_reminder)
        bar.addPermanentWidget(self.lock_button)
        bar.addPermanentWidget(self.logout_button)
        self._update_user_label()

    def _update_user_label(self) -> None:
        user = self.session.user
        self.user_label.setText(
            self.tr("Inloggad: %1 (%2)")
            .replace("%1", user.display_name)
            .replace("%2", role_text(user.role))
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        change = QAction(self.tr("Byt lösenord…"), self)
        change.triggered.connect(self.change_password)
        self.lock_action = QAction(self.tr("Lås"), self, shortcut=QKeySequence("Ctrl+L"))
        # (Ctrl+L in any other window of the program: IdleWatcher.lock_requested)
        self.lock_action.triggered.connect(self.lock)
        logout = QAction(self.tr("Logga ut"), self)
        logout.triggered.connect(self.logout_requested)
        quit_action = QAction(self.tr("Avsluta"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (change, self.lock_action, logout):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Gå till"))
        for row in range(self.nav.count()):
            action = QAction(
                self.nav.item(row).text(), self, shortcut=QKeySequence(f"Ctrl+{row + 1}")
            )
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        guide = QAction(
            self.tr("Användarhandbok"), self, shortcut=QKeySequence.StandardKey.HelpContents
        )
        guide.triggered.connect(self.show_user_guide)
        help_menu.addAction(guide)
        about = QAction(self.tr("Om Vägval"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self._menus = (file_menu, go_menu, help_menu)

    def _update_title(self) -> None:
        if self.locked:
            self.setWindowTitle(self.tr("%1 – låst").replace("%1", APP_NAME))
        elif self.unit_name:
            self.setWindowTitle(f"{APP_NAME} – {self.unit_name}")
        else:
            self.setWindowTitle(APP_NAME)

    def _settings_changed(self) -> None:
        def load():
            return self.session.unit.unit_name(), self.session.unit.idle_lock_minutes()

        def apply(result):
            self.unit_name, minutes = result
            self.idle.set_minutes(minutes)
            self._update_title()

        self.ops.run(self, load, apply)

    # -- locking ----------------------------------------------------------------------
    def _check_lock(self) -> None:
        if not self.session.lock_lost():
            return
        self.lock_watch.stop()
        self.lock()
        try:
            self.session.vault.lock.ensure_held()
        except VagvalError as error:
            self.lock_screen.show_lost(error_text(error))

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        clipboard_guard.clear_now()
        self.hidden_windows.hide_all(self)  # hidden, not rejected: their work is kept
        for page in self.page_widgets.values():
            page.clear_sensitive()
        for menu in self._menus:
            menu.menuAction().setVisible(False)
        self.statusBar().hide()
        self.idle.pause()
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.prepare()
        self._update_title()
        if not self.session.lock_lost():
            self.ops.run(self, lambda: self.session.audit.record(AuditAction.LOCK))

    def unlock(self) -> None:
        self.locked = False
        for menu in self._menus:
            menu.menuAction().setVisible(True)
        self.statusBar().show()
        self.stack.setCurrentIndex(0)
        self.idle.resume()
        self._update_title()
        current = self.pages.currentWidget()
        if isinstance(current, QScrollArea):
            current = current.widget()
        if current is not None and hasattr(current, "refresh"):
            current.refresh()
        self.hidden_windows.show_all()
        self.activateWindow()

    def _logout_when_locked(self) -> None:
        """Logging out from the lock screen closes the windows hidden by the lock; what
        was not saved in them is lost, so the user is told first."""
        open_windows = self.hidden_windows.count()
        if open_windows:
            answer = QMessageBox.question(
                self,
                self.tr("Logga ut"),
                self.tr(
                    "%n fönster är öppna. Om du loggar ut stängs de, och det som inte har "
                    "sparats i dem försvinner. Logga ut ändå?",
                    "",
                    open_windows,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.hidden_windows.discard_all()
        self.logout_requested.emit()

    # -- backups ----------------------------------------------------------------------
    def check_backup_reminder(self) -> None:
        """Administrators see a reminder when the last backup is older than the setting."""
        if not self.session.user.may(Permission.MANAGE_UNIT):
            return
        backups = self.session.backups

        def shown(result) -> None:
            due, days, last = result
            self.backup_reminder.setVisible(due)
            self.backup_reminder.setToolTip(
                self.tr("Ingen säkerhetskopia har gjorts ännu.")
                if last is None
                else self.tr(
                    "Senaste säkerhetskopian gjordes %1; påminnelsen gäller efter %n dagar.",
                    "",
                    days,
                ).replace("%1", last.strftime("%Y-%m-%d %H:%M"))
            )

        self.ops.run(
            self,
            lambda: (backups.reminder_due(), backups.reminder_days(), backups.last_backup()),
            shown,
        )

    def show_backups(self) -> None:
        self._admin_tab("backup_tab")

    def _admin_tab(self, name: str) -> None:
        admin = self.page_widgets.get("administration")
        if not isinstance(admin, AdministrationPage):
            return
        keys = list(self.page_widgets)
        self.nav.setCurrentRow(keys.index("administration"))
        admin.tabs.setCurrentWidget(getattr(admin, name))

    def _open_client(self, client_id) -> None:
        """A client chosen on the start page: its card, over the Klienter page."""
        clients = self.page_widgets.get("clients")
        if isinstance(clients, ClientsPage):
            self.nav.setCurrentRow(list(self.page_widgets).index("clients"))
            clients.open_client_id(client_id)

    # -- other actions ----------------------------------------------------------------
    def change_password(self) -> None:
        ChangePasswordDialog(self.session, self.ops, parent=self).exec()

    def show_user_guide(self) -> UserGuideDialog:
        dialog = UserGuideDialog(self)
        dialog.show()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om Vägval"),
            self.tr(
                "<b>Vägval %1</b><br>Register, kurser och statistik för förebyggande enheter.<br>"
                "All information sparas krypterad på den här datorn."
            ).replace("%1", __version__),
        )

    def shutdown(self) -> None:
        clipboard_guard.clear_now()
        self.idle.stop()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

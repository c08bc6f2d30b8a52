"""UI layer: lock after idle time, and the lock screen that needs the password again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import VagvalError
from desktop_app.core.services.login_throttle import LoginThrottle
from desktop_app.session import Session
from desktop_app.ui.feedback import error_text
from desktop_app.ui.ops import Ops
from desktop_app.ui.theme_colors import tone

LOCK_KEYS = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard or mouse input in the program."""

    idle = Signal()
    lock_requested = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(int(minutes * 60_000))

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)
        self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        if event.type() == QEvent.Type.KeyPress and event.keyCombination() == LOCK_KEYS:
            # Ctrl+L from every window, a modal dialog's too (it blocks the menu's action)
            self.lock_requested.emit()
            return True
        return False

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class HiddenWindows:
    """The program's other windows while it is locked: hidden, never rejected, so a
    journal draft or a half-filled form is there again when the same user unlocks;
    closed (their unsaved work discarded) only when that user logs out instead."""

    def __init__(self) -> None:
        self._windows: list[QWidget] = []

    def hide_all(self, main: QWidget) -> None:
        for widget in QApplication.topLevelWidgets():
            kind = widget.windowType()
            if (
                widget is not main
                and widget.isVisible()
                and kind in (Qt.WindowType.Window, Qt.WindowType.Dialog)
            ):
                widget.hide()
                self._windows.append(widget)

    def _alive(self) -> list[QWidget]:
        import shiboken6

        return [w for w in self._windows if shiboken6.isValid(w)]

    def count(self) -> int:
        return len(self._alive())

    def show_all(self) -> None:
        for widget in self._alive():
            widget.show()
            widget.raise_()
        self._windows.clear()

    def discard_all(self) -> None:
        for widget in self._alive():
            if isinstance(widget, QDialog):
                getattr(widget, "close_without_asking", widget.reject)()
            else:
                getattr(widget, "close_without_asking", widget.close)()
        self._windows.clear()


class LockScreen(QWidget):
    unlocked = Signal()
    logout_requested = Signal()

    def __init__(self, session: Session, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.throttle = LoginThrottle()
        self.setObjectName("lockScreen")
        title = QLabel(self.tr("Vägval är låst"))
        font = QFont()
        font.setPointSize(20)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setObjectName("unlockPassword")
        self.password.setPlaceholderText(self.tr("Lösenord"))
        self.password.setMinimumWidth(280)
        self.unlock_button = QPushButton(self.tr("Lås upp"))
        self.unlock_button.setObjectName("unlockButton")
        logout = QPushButton(self.tr("Logga ut"))
        logout.clicked.connect(self.logout_requested)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setObjectName("unlockMessage")
        self.message.setStyleSheet(tone("danger"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        other = QHBoxLayout()
        other.addStretch(1)
        other.addWidget(logout)
        other.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addWidget(self.who)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addLayout(other)
        layout.addStretch(3)
        self.unlock_button.clicked.connect(self.attempt)
        self.password.returnPressed.connect(self.attempt)

    def prepare(self) -> None:
        user = self.session.user
        self.who.setText(
            self.tr("Inloggad: %1 (%2). Skriv ditt lösenord för att fortsätta.")
            .replace("%1", user.display_name)
            .replace("%2", user.username)
        )
        self.message.clear()
        self.password.clear()
        self.password.setFocus()

    def show_lost(self, text: str) -> None:
        """Another copy took the database over: no unlocking, only logging out."""
        self.message.setText(text)
        self.password.setEnabled(False)
        self.unlock_button.setEnabled(False)

    def attempt(self) -> None:
        username = self.session.user.username
        wait = self.throttle.seconds_left(username)
        if wait > 0:
            self.message.setText(
                self.tr("Vänta %n sekunder innan nästa försök.", "", max(1, round(wait)))
            )
            return
        password = self.password.text()
        self.password.clear()
        self.unlock_button.setEnabled(False)
        self.ops.run(
            self, lambda: self.session.unlock_screen(password), self._checked, self._failed
        )

    def _checked(self, ok: bool) -> None:
        self.unlock_button.setEnabled(True)
        if ok:
            self.throttle.record_success(self.session.user.username)
            self.unlocked.emit()
            return
        delay = self.throttle.record_failure(self.session.user.username)
        text = self.tr("Fel lösenord.")
        if delay:
            text += " " + self.tr("Vänta %n sekunder innan nästa försök.", "", round(delay))
        self.message.setText(text)

    def _failed(self, error: VagvalError) -> None:
        self.unlock_button.setEnabled(True)
        self.message.setText(error_text(error))

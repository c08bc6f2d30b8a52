"""UI layer: personal data copied from the program leaves the clipboard after 30 seconds.

When the clipboard changes and the copy came from this program (Qt says it owns the
clipboard; where the platform cannot tell, this program's window is the active one),
a timer starts; when it runs out and the clipboard still holds the same text, the
clipboard is cleared. A copy made in another program is never touched, and neither is
newer text the user copied in the meantime. Locking and logging out clear it at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    def __init__(self, clipboard: QClipboard, after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(clipboard)
        self._clipboard = clipboard
        self._text: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=after_ms)
        self._timer.timeout.connect(self.expire)
        clipboard.dataChanged.connect(self._changed)

    def _ours(self) -> bool:
        if self._clipboard.ownsClipboard():
            return True
        app = QGuiApplication.instance()
        return app is not None and QGuiApplication.focusWindow() is not None

    def _changed(self) -> None:
        text = self._clipboard.text()
        if text and self._ours():
            self._text = text
            self._timer.start()
        elif text != self._text:
            self._text = None
            self._timer.stop()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def expire(self) -> None:
        """Clear the clipboard now if it still holds what was copied from the program."""
        self._timer.stop()
        if self._text is not None and self._clipboard.text() == self._text:
            self._clipboard.clear()
        self._text = None


_guard: ClipboardGuard | None = None


def install(app: QGuiApplication, after_ms: int = CLEAR_AFTER_MS) -> ClipboardGuard:
    global _guard
    _guard = ClipboardGuard(app.clipboard(), after_ms)
    return _guard


def clear_now() -> None:
    """On lock and log-out: what was copied from the program goes at once."""
    if _guard is not None:
        _guard.expire()

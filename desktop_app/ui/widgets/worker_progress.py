"""UI layer: a progress dialog fed from the database worker, with an optional cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog


class WorkerProgress(QObject):
    """Carries the worker thread's progress to ``dialog``. The slot is a method of this
    UI-thread object, so Qt queues the call into the UI thread (a bare lambda would run on
    the worker and touch widgets from the wrong thread). ``is_cancelled`` is safe to call
    from the worker: the dialog's Cancel sets an event."""

    moved = Signal(int, int)

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._cancel = threading.Event()
        self.moved.connect(self._show)
        dialog.canceled.connect(self._cancel.set)

    def _show(self, done: int, total: int) -> None:
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)

    def share(self, share: float) -> None:
        """From the worker: ``share`` of the work (0..1) is done."""
        self.moved.emit(int(share * 1000), 1000)

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

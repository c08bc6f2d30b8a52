"""UI layer: run service calls off the UI thread, one at a time, on the database's
single worker thread (like Anki's ``CollectionOp(parent, op)``); results come back to an
explicit owner widget on the UI thread."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop_app.core.errors import UnexpectedError, VagvalError, from_os_error
from desktop_app.ui.crash import record_crash, show_crash


class _Bridge(QObject):
    done = Signal(object, int)  # (future, token of the callbacks)


class Ops(QObject):
    """``run(owner, fn, on_done, on_error)``: ``fn`` runs on the worker, the callbacks on
    the UI thread, and only while ``owner`` (the widget that asked) still exists.

    Every failure reaches ``on_error``: the program's own errors (storage has already
    translated the driver's) and OS errors as they are; anything else is a bug, written
    to the crash log and handed on as ``UnexpectedError`` so the form that asked can
    enable itself again. Without ``on_error`` a bug shows the crash dialog once.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vagval-db")
        self._bridge = _Bridge()
        self._bridge.done.connect(self._deliver)
        self._pending = 0
        self._closed = False
        # The callbacks stay on the UI thread, found by a token: if the worker held them
        # (closures over windows), the worker could drop the last reference to a window
        # and Qt would destroy it off the UI thread.
        self._callbacks: dict[int, tuple] = {}
        self._tokens = itertools.count()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        owner: QObject | None,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[VagvalError], None] | None = None,
    ) -> Future | None:
        if owner is not None and not isinstance(owner, QObject):
            raise TypeError("ops.run: the first argument is the owner widget")
        if self._closed:
            return None  # the program is closing: late refreshes are dropped
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        token = next(self._tokens)
        self._callbacks[token] = (owner, on_done, on_error)
        future = self._pool.submit(fn)
        done = self._bridge.done
        future.add_done_callback(lambda f: done.emit(f, token))
        return future

    def call(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` on the worker and wait: only for shutdown and tests."""
        return self._pool.submit(fn).result()

    def _deliver(self, future: Future, token: int) -> None:
        owner, on_done, on_error = self._callbacks.pop(token)
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        error = future.exception()
        if owner is not None and not shiboken6.isValid(owner):
            if error is not None and not isinstance(error, VagvalError | OSError):
                record_crash(type(error), error, error.__traceback__)
            return  # the window that asked is gone (closed or locked away)
        if error is None:
            if on_done is not None:
                self._guarded(on_done, future.result(), on_error)
            return
        if isinstance(error, OSError):
            error = from_os_error(error)
        if not isinstance(error, VagvalError):
            log = record_crash(type(error), error, error.__traceback__)
            if on_error is None:
                show_crash(log)
                return
            error = UnexpectedError(str(log or ""))
        if on_error is not None:
            self._guarded(on_error, error, None)

    @staticmethod
    def _guarded(callback: Callable, value: Any, on_error: Callable | None) -> None:
        """A callback that fails is a bug: logged, the crash dialog once, the form freed."""
        try:
            callback(value)
        except Exception as exc:
            log = record_crash(type(exc), exc, exc.__traceback__)
            if on_error is not None:
                try:
                    on_error(UnexpectedError(str(log or "")))
                except Exception as again:
                    record_crash(type(again), again, again.__traceback__)
            show_crash(log)

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True)

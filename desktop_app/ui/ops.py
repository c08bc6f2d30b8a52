"""UI layer: run service calls off the UI thread, one at a time, on the database's
single worker thread (like Anki's CollectionOp); results come back as Qt signals."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop_app.core.errors import VagvalError, from_os_error


class _Bridge(QObject):
    done = Signal(object, int)  # (future, token of the callbacks)


class Ops(QObject):
    """``run(fn, on_done, on_error)``: ``fn`` runs on the worker; callbacks on the UI thread.

    The program's own errors (storage has already translated the driver's) and OS
    errors reach ``on_error``; anything else is a bug and is re-raised on the UI thread.
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
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[VagvalError], None] | None = None,
    ) -> Future | None:
        if self._closed:
            return None  # the program is closing: late refreshes are dropped
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        owners = [getattr(cb, "__self__", None) for cb in (on_done, on_error)]
        owners = [o for o in owners if isinstance(o, QObject)]
        token = next(self._tokens)
        self._callbacks[token] = (on_done, on_error, owners)
        future = self._pool.submit(fn)
        done = self._bridge.done
        future.add_done_callback(lambda f: done.emit(f, token))
        return future

    def call(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` on the worker and wait: only for shutdown and tests."""
        return self._pool.submit(fn).result()

    def _deliver(self, future: Future, token: int) -> None:
        on_done, on_error, owners = self._callbacks.pop(token)
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if any(not shiboken6.isValid(owner) for owner in owners):
            return  # the window that asked is gone (closed or locked away)
        error = future.exception()
        if error is None:
            if on_done:
                on_done(future.result())
            return
        if isinstance(error, OSError):
            error = from_os_error(error)
        if isinstance(error, VagvalError) and on_error is not None:
            on_error(error)
            return
        raise error

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True)

"""Cycles freed by the database worker thread are collected on the UI thread."""

from __future__ import annotations

import threading

from desktop_app.ui.ops import Ops


class _Cycle:
    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_garbage_made_on_the_worker_is_collected_on_the_ui_thread(qtbot, collect_on_the_ui_thread):
    _Cycle.freed_on.clear()
    ops = Ops()

    def churn() -> list:
        _Cycle()  # garbage at once: a cycle only the collector can free
        kept = [[] for _ in range(50_000)]  # far past gen 0's threshold: would collect
        return kept

    kept = ops.call(churn)
    assert _Cycle.freed_on == []  # not on the worker
    qtbot.waitUntil(lambda: _Cycle.freed_on != [], timeout=5000)
    assert _Cycle.freed_on == [threading.main_thread().name]
    assert len(kept) == 50_000
    ops.shutdown()

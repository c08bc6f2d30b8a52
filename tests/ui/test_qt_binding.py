"""The Qt binding itself: PySide6 6.12.0 released one reference to a slot's return value
on every call, so after some thousand clicks Python aborted with "deallocating None"
(or True/False). pyproject keeps that release out; this notices a release like it."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton


class _Emitter(QObject):
    fired = Signal()


def _drift(call, n: int = 400) -> tuple[int, int]:
    none, false = sys.getrefcount(None), sys.getrefcount(False)
    for _ in range(n):
        call()
    return sys.getrefcount(None) - none, sys.getrefcount(False) - false


def test_lambda_slots_keep_the_reference_counts_of_none_and_false(qapp):
    button = QPushButton()
    button.clicked.connect(lambda: None)
    emitter = _Emitter()
    emitter.fired.connect(lambda: False)
    for call in (button.click, emitter.fired.emit):
        none, false = _drift(call)
        assert abs(none) < 50 and abs(false) < 50, (none, false)

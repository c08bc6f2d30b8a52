"""UI layer: Python's cycle collector runs only on the UI thread.

Left alone, the collector runs in whichever thread happens to allocate, and the database
worker thread (``Ops``) allocates a lot. If it then frees a cycle that holds a Qt object,
that object is destroyed off the UI thread and Qt can crash. So automatic collection is
switched off and the UI thread collects on a short timer, with the collector's own
thresholds (the known pattern from pyqtgraph's ``GarbageCollector``; written here because
it is a few lines and pulling pyqtgraph in for it would be out of proportion).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadGc(QObject):
    INTERVAL_MS = 500

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self.timer.start(self.INTERVAL_MS)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()

    def check(self) -> None:
        """Collect the oldest generation whose count has passed its threshold."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def install(app: QObject) -> MainThreadGc:
    """Owned by ``app``: lives as long as the program's event loop."""
    collector = MainThreadGc(app)
    collector.start()
    app.aboutToQuit.connect(collector.stop)
    return collector

"""Benchmark the pages a user opens after login, on a large generated database, with the
real widgets offscreen: the start page (Översikt) and the Statistik page, each timed from
the click in the navigation until its figures are on screen.

Usage: python benchmarks/pages.py [--quick] [--keep PATH]
Full: 20,000 clients and 1,000,000 contacts over 10 years; --quick: a tenth. Prints one
JSON object per line with floor_ms, the service calls the page rests on, timed in the
same run. Not a timed test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

# This folder holds statistics.py, which would shadow the standard library's module.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.harness import emit, register_spec, timed  # noqa: E402
from benchmarks.harness import until as _until  # noqa: E402
from desktop_app.core.domain import periods  # noqa: E402
from desktop_app.demo.generator import DEMO_ACCOUNTS, build_demo  # noqa: E402
from desktop_app.session import Gatekeeper  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    spec = register_spec(args.quick)
    folder = tempfile.TemporaryDirectory(prefix="vagval-bench-")
    path = args.keep or Path(folder.name) / "bench.db"
    if not path.exists():
        start = time.perf_counter()
        build_demo(path, spec)
        emit("build_database", (time.perf_counter() - start) * 1000)

    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ops import Ops

    app = QApplication.instance() or QApplication(sys.argv[:1])
    session = Gatekeeper(path).login("admin", DEMO_ACCOUNTS[0].password)
    ops = Ops()
    try:
        window = MainWindow(session, ops, unit_name="Benchmark")
        window.show()
        overview = window.page_widgets["overview"]
        emit(
            "overview_page_open",
            _until(app, lambda: overview.data is not None),
            timed(session.overview.load, 3),
        )
        statistics = window.page_widgets["statistics"]
        window.nav.setCurrentRow(list(window.page_widgets).index("statistics"))
        ms = _until(app, lambda: statistics.table is not None and not ops.busy)
        year = periods.year(statistics.year.value())
        emit("statistics_page_open", ms, timed(lambda: session.statistics.key_figures(year), 3))
        window.shutdown()
    finally:
        _until(app, lambda: not ops.busy)
        session.close()
        folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

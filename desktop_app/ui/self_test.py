"""UI layer: ``--self-test``: Qt offscreen, a temporary encrypted database, the main
window with every page, then close; prints each step's time. Used by CI and the
installer as a smoke test."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    timings: list[tuple[str, float]] = []
    start = time.perf_counter()

    def step(name: str, since: float) -> float:
        now = time.perf_counter()
        timings.append((name, (now - since) * 1000))
        print(f"self-test: {name}: {(now - since) * 1000:.0f} ms", flush=True)
        return now

    try:
        from PySide6.QtWidgets import QApplication

        from desktop_app.core.domain.roles import Role
        from desktop_app.core.domain.users import NewUser
        from desktop_app.session import Gatekeeper, create_unit
        from desktop_app.ui.i18n import install_translators
        from desktop_app.ui.main_window import MainWindow
        from desktop_app.ui.ops import Ops

        app = QApplication.instance() or QApplication(sys.argv[:1])
        from desktop_app.ui.theme import apply_theme

        apply_theme(app)  # the frozen bundle must hold Fusion, the SVG plugin and the icons
        install_translators(app, "sv")
        t = step("start_qt", start)
        with tempfile.TemporaryDirectory(prefix="vagval-selftest-") as folder:
            path = Path(folder) / "selftest.db"
            password = "Sjalvtest-losen-2026"
            session, _key = create_unit(
                path, "Självtest", NewUser("selftest", "Självtest", Role.ADMINISTRATOR), password
            )
            session.close()
            t = step("create_database", t)
            session = Gatekeeper(path).login("selftest", password)
            t = step("unlock", t)
            ops = Ops()
            window = MainWindow(session, ops, unit_name="Självtest")
            window.show()
            for row in range(window.nav.count()):
                window.nav.setCurrentRow(row)
                app.processEvents()
            # Översikt, Klienter, Bokningar, Grupper och kurser, Uppsökande, Statistik, Admin
            expected = 7
            if window.nav.count() != expected:
                raise RuntimeError(f"{window.nav.count()} pages, expected {expected}")
            t = step("main_window", t)
            window.lock()
            window.unlock()
            window.shutdown()
            window.close()
            ops.call(session.close)
            ops.shutdown()
            report = Gatekeeper(path).login("selftest", password)
            sound = report.integrity().sound
            report.close()
            if not sound:
                raise RuntimeError("integrity check failed")
            step("close_and_verify", t)
    except Exception as exc:  # report every failure as a failed self-test
        print(f"self-test: FAILED: {type(exc).__name__}: {exc}", flush=True)
        return 1
    print(f"self-test: ok ({(time.perf_counter() - start) * 1000:.0f} ms)", flush=True)
    return 0

"""Benchmark what a person feels in the real windows (offscreen) on a large generated
database: from the input event to the repainted result.

Usage: python benchmarks/ui.py [--quick] [--keep PATH]
Figures: search_keystroke_to_paint (a letter typed in the client search, the search's
own 120 ms typing pause included and given as debounce_ms), card_open_to_paint (Enter
on a client in the list), contact_save_to_paint and booking_save_to_paint (Spara in
the dialog until the card's list shows it), statistics_page_to_paint (the click in the
navigation until the key figures are drawn). floor_ms is the service call alone, timed
in the same run. One JSON object per line. Not a timed test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.harness import emit, register_spec, timed  # noqa: E402
from benchmarks.harness import until as _until  # noqa: E402
from desktop_app.core.domain import periods  # noqa: E402
from desktop_app.core.domain.bookings import BookingDraft  # noqa: E402
from desktop_app.core.domain.client_query import ClientQuery  # noqa: E402
from desktop_app.core.domain.contact_enums import ContactForm  # noqa: E402
from desktop_app.demo.generator import DEMO_ACCOUNTS, build_demo  # noqa: E402
from desktop_app.session import Gatekeeper  # noqa: E402


def _service(app, ops, fn, repeat: int) -> float:
    """The floor: the service call alone, on the program's own worker (one connection
    is never used by two threads), after the window's own work is done."""
    _until(app, lambda: not ops.busy)
    return timed(lambda: ops.call(fn), repeat)


def _felt(app, act, done, widget) -> float:
    """Milliseconds from ``act()`` (the input event) until ``done()`` holds and
    ``widget`` (a callable for one that does not exist yet) has been painted again."""
    start = time.perf_counter()
    act()
    _until(app, done)
    (widget() if callable(widget) else widget).repaint()
    return (time.perf_counter() - start) * 1000


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

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from desktop_app.ui.bookings.booking_dialog import BookingDialog
    from desktop_app.ui.client_card.card_data import load_card
    from desktop_app.ui.client_card.card_dialog import ClientCardDialog
    from desktop_app.ui.dialogs.contact_dialog import ContactDialog
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ops import Ops
    from desktop_app.ui.pages.clients_page import SEARCH_DELAY_MS

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # A clash with an earlier run's booking is told in a message box: not waited for here.
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    session = Gatekeeper(path).login("admin", DEMO_ACCOUNTS[0].password)
    ops = Ops()
    try:
        window = MainWindow(session, ops, unit_name="Benchmark")
        window.resize(1200, 800)
        window.show()
        keys = list(window.page_widgets)
        window.nav.setCurrentRow(keys.index("clients"))
        page = window.page_widgets["clients"]
        _until(app, lambda: page.model.rowCount() > 0 and not ops.busy)

        # A letter typed in the search box.
        samples = []
        for letter in "kaskas":
            before = page._generation
            samples.append(
                _felt(
                    app,
                    lambda ch=letter: QTest.keyClick(page.search, ch),
                    lambda b=before: page._generation > b and not ops.busy,
                    page.table.viewport(),
                )
            )
            page.search.clear()
            _until(app, lambda: not ops.busy and not page._search_timer.isActive())
        query = ClientQuery(text="ka")
        floor = _service(
            app, ops, lambda: (session.clients.count(query), session.clients.page(query)), 5
        )
        emit(
            "search_keystroke_to_paint",
            sorted(samples)[len(samples) // 2],
            floor,
            debounce_ms=SEARCH_DELAY_MS,
        )

        # Enter on the first client opens the card.
        _until(app, lambda: page.model.rowCount() > 0 and page.options is not None)
        page.table.setFocus()
        page.table.selectRow(0)

        def cards():
            return [c for c in page.findChildren(ClientCardDialog) if c.isVisible()]

        def enter() -> None:
            QTest.keyClick(page.table, Qt.Key.Key_Return)

        opened = []
        for _ in range(3):  # the median of three opens
            opened.append(
                _felt(
                    app, enter, lambda: cards() and cards()[0].data is not None, lambda: cards()[0]
                )
            )
            if len(opened) < 3:
                cards()[0].close()
                _until(app, lambda: not cards() and not ops.busy)
                page.table.setFocus()
        ms = sorted(opened)[1]
        card = cards()[0]
        client_id = card.client_id
        emit("card_open_to_paint", ms, _service(app, ops, lambda: load_card(session, client_id), 5))

        # A contact saved from the card's dialog.
        before = card.data.client.contact_count
        card.new_contact()
        _until(app, lambda: any(d.isVisible() for d in card.findChildren(ContactDialog)))
        dialog = next(d for d in card.findChildren(ContactDialog) if d.isVisible())
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        ms = _felt(
            app,
            lambda: QTest.mouseClick(save, Qt.MouseButton.LeftButton),
            lambda: card.data.client.contact_count > before and not ops.busy,
            card,
        )
        contact = dialog.draft()
        floor = _service(app, ops, lambda: session.contacts.register(contact), 5)
        emit("contact_save_to_paint", ms, floor)

        # A booking saved from the card's Bokningar tab.
        card.tabs.setCurrentWidget(card.bookings)
        _until(app, lambda: not ops.busy)
        booked = card.bookings.model.rowCount()
        card.bookings.book()
        _until(app, lambda: any(d.isVisible() for d in card.findChildren(BookingDialog)))
        dialog = next(d for d in card.findChildren(BookingDialog) if d.isVisible())
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        ms = _felt(
            app,
            lambda: QTest.mouseClick(save, Qt.MouseButton.LeftButton),
            lambda: card.bookings.model.rowCount() > booked and not ops.busy,
            card,
        )
        at = datetime.combine(date.today() + timedelta(days=3), datetime.min.time())
        draft = BookingDraft(client_id, at.replace(hour=15), 45, ContactForm.VISIT, session.user.id)
        emit(
            "booking_save_to_paint", ms, _service(app, ops, lambda: session.bookings.book(draft), 5)
        )
        card.close()

        # The Statistik page from the navigation.
        statistics = window.page_widgets["statistics"]
        ms = _felt(
            app,
            lambda: window.nav.setCurrentRow(keys.index("statistics")),
            lambda: statistics.table is not None and not ops.busy,
            statistics,
        )
        year = periods.year(statistics.year.value())
        emit(
            "statistics_page_to_paint",
            ms,
            _service(app, ops, lambda: session.statistics.key_figures(year), 3),
        )
        window.shutdown()
    finally:
        _until(app, lambda: not ops.busy)
        session.close()
        folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

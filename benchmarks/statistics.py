"""Benchmark the statistics on a large generated database.

Usage: python benchmarks/statistics.py [--quick] [--keep PATH]
Full: 10 years, 20,000 clients, 1,000,000 contacts and 100,000 outreach records;
--quick: a tenth. Prints one JSON object per line with floor_ms, the bare SQL the figure
rests on, timed in the same run. Not a timed test.
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file's name shadows the standard library's statistics module: drop its folder.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

import argparse  # noqa: E402
import os  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.harness import YEARS, emit, register_spec, timed  # noqa: E402
from desktop_app.core.domain import periods  # noqa: E402
from desktop_app.demo.generator import DEMO_ACCOUNTS, build_demo  # noqa: E402
from desktop_app.reports import key_figures  # noqa: E402
from desktop_app.reports.document_disclosure import suppress_document  # noqa: E402
from desktop_app.reports.pdf import render_pdf  # noqa: E402
from desktop_app.reports.yearly_report import yearly_document  # noqa: E402
from desktop_app.session import Gatekeeper  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    spec, years = register_spec(args.quick), YEARS
    folder = tempfile.TemporaryDirectory(prefix="vagval-bench-")
    path = args.keep or Path(folder.name) / "bench.db"
    if not path.exists():
        start = time.perf_counter()
        build_demo(path, spec)
        emit(
            "build_database",
            (time.perf_counter() - start) * 1000,
            clients=spec.clients * years,
            contacts=spec.contacts * years,
            outreach=spec.outreach,
        )
    session = Gatekeeper(path).login("admin", DEMO_ACCOUNTS[0].password)
    db = session.vault.db
    last_year = date.today().year - 1
    period = periods.year(last_year)
    try:
        ms = timed(lambda: session.statistics.key_figures(period), 10)
        floor = timed(
            lambda: db.execute(
                "SELECT month, count(*) FROM contacts WHERE month BETWEEN ?3 AND ?4"
                " AND day BETWEEN ?1 AND ?2 GROUP BY month",
                [
                    period.start.isoformat(),
                    period.end.isoformat(),
                    period.start.strftime("%Y-%m"),
                    period.end.strftime("%Y-%m"),
                ],
            ).fetchall(),
            10,
        )
        emit("key_figures_year", ms, floor)

        def all_sections() -> None:
            stats, reports = session.statistics, session.reports
            stats.key_figures(period)
            stats.clients(period)
            reports.access(period)
            reports.outcomes(period)
            reports.courses(period)
            reports.outreach(period)

        ms = timed(all_sections, 3)
        emit("all_sections_year", ms)
        repo = session.statistics._repo  # the bare reads the reports rest on
        floor = timed(lambda: repo.client_rows(period.start, period.end), 3)
        emit("clients_report_year", timed(lambda: session.statistics.clients(period), 3), floor)
        floor_m = timed(
            lambda: (
                repo.client_rows(period.start, period.end),
                repo.unregistered_by_municipality(period.start, period.end),
            ),
            3,
        )
        ms = timed(lambda: session.statistics.municipalities(period), 3)
        emit("municipalities_year", ms, floor_m)
        data = session.yearly.load(last_year)
        document = yearly_document(data)
        table = session.statistics.key_figures(period)
        floor = timed(lambda: key_figures.hidden_cells(table), 3)  # one table's equations
        emit("suppress_table", timed(lambda: suppress_document(document), 3), floor)
        out = Path(folder.name) / "vb.pdf"
        # Qt-free: the builders take no Qt, so the benchmark imports no UI
        ms = timed(lambda: render_pdf(yearly_document(session.yearly.load(last_year)), out), 3)
        data = session.yearly.load(last_year)
        floor = timed(lambda: render_pdf(yearly_document(data), out), 3)  # reportlab alone
        emit(
            "yearly_report_pdf",
            ms,
            floor,
            pages=out.read_bytes().count(b"/Type /Page\n")
            + out.read_bytes().count(b"/Type /Page "),
        )
    finally:
        session.close()
        folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

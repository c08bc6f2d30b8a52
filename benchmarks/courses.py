"""Benchmark courses and groups on a large generated database.

Usage: python benchmarks/courses.py [--quick] [--keep PATH]
Full: 500 course occasions, 10,000 registrations and 200 groups with 5 years of
sessions; --quick: a tenth. Prints one JSON object per line with floor_ms, the bare SQL
the figure rests on. Not a timed test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

# This folder holds statistics.py, which would shadow the standard library's module.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from benchmarks.harness import emit, timed  # noqa: E402
from desktop_app.core.domain.courses import ActivityKind  # noqa: E402
from desktop_app.demo.generator import DEMO_ACCOUNTS, DemoSpec, build_demo  # noqa: E402
from desktop_app.session import Gatekeeper  # noqa: E402
from desktop_app.ui.courses.activity_data import load_activity  # noqa: E402
from desktop_app.ui.courses.calendar_view import month_grid_start  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    scale = 10 if args.quick else 1
    spec = DemoSpec(
        seed=11,
        clients=10,
        years=1,
        contacts=50,
        occasions=500 // scale,
        registrations=10_000 // scale,
        groups=200 // scale,
        group_years=5,
    )
    folder = tempfile.TemporaryDirectory(prefix="vagval-bench-")
    path = args.keep or Path(folder.name) / "bench.db"
    if not path.exists():
        start = time.perf_counter()
        build_demo(path, spec)
        emit(
            "build_database",
            (time.perf_counter() - start) * 1000,
            occasions=spec.occasions,
            registrations=spec.registrations,
            groups=spec.groups,
        )
    session = Gatekeeper(path).login("kursledare", DEMO_ACCOUNTS[3].password)
    db = session.vault.db
    try:
        first = month_grid_start(date.today())
        last = first + timedelta(days=41)
        ms = timed(lambda: session.courses.calendar(first, last), 10)
        floor = timed(
            lambda: db.execute(
                "SELECT m.*, a.name FROM meetings m JOIN activities a ON a.id = m.activity_id"
                " WHERE m.day BETWEEN ? AND ?",
                [first.isoformat(), last.isoformat()],
            ).fetchall(),
            10,
        )
        count = len(session.courses.calendar(first, last))
        emit("calendar_month", ms, floor, meetings=count)

        biggest = max(
            session.courses.activities(ActivityKind.COURSE), key=lambda a: a.registered_count
        )
        meeting = session.courses.meetings(biggest.id)[0]
        ms = timed(lambda: session.registrations.attendance(meeting.id), 20)
        floor = timed(
            lambda: db.execute(
                "SELECT * FROM registrations r JOIN participants p ON p.id = r.participant_id"
                " WHERE r.activity_id = ?",
                [biggest.id],
            ).fetchall(),
            20,
        )
        emit("attendance_screen", ms, floor, participants=biggest.registered_count)

        # The demo's treatment-home group: ten months of sessions with attendance.
        group = next(
            g
            for g in session.courses.activities(ActivityKind.GROUP)
            if g.draft.name == "Samtalsgrupp på behandlingshemmet"
        )
        ms = timed(lambda: session.registrations.summary(group.id), 10)
        floor = timed(
            lambda: db.execute(
                "SELECT * FROM attendance a JOIN meetings m ON m.id = a.meeting_id"
                " WHERE m.activity_id = ?",
                [group.id],
            ).fetchall(),
            10,
        )
        meetings = len(session.courses.meetings(group.id))
        attendances = len(session.registrations.attendance_rows(group.id))
        emit("course_summary", ms, floor, meetings=meetings, attendance_rows=attendances)
        ms = timed(lambda: load_activity(session, biggest.id), 10)
        emit("course_window_open", ms)
    finally:
        session.close()
        folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

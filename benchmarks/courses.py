"""Benchmark courses and groups on a large generated database.

Usage: python benchmarks/courses.py [--quick] [--keep PATH]
Full: 500 course occasions, 10,000 registrations and 200 groups with 5 years of
sessions; --quick: a tenth. Figures: calendar_month, calendar_week, attendance_screen,
course_summary, course_window_open (its data), waitlist_offer. Prints one JSON object per line with floor_ms, the bare SQL
the figure rests on. Not a timed test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

# This folder holds statistics.py, which would shadow the standard library's module.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from benchmarks.harness import emit, timed  # noqa: E402
from desktop_app.core.domain.courses import (  # noqa: E402
    ActivityDraft,
    ActivityKind,
    MeetingDraft,
    OfferAnswer,
    ParticipantDraft,
    RegistrationStatus,
)
from desktop_app.demo.generator import DEMO_ACCOUNTS, DemoSpec, build_demo  # noqa: E402
from desktop_app.session import Gatekeeper  # noqa: E402
from desktop_app.ui.courses.activity_data import load_activity  # noqa: E402
from desktop_app.ui.courses.calendar_view import month_grid_start  # noqa: E402


def waitlist_offer(session, db) -> None:
    """A full course of 12 with 30 in the queue: a cancellation offers the place to the
    first in line (the status change, the queue's settling and the offer)."""
    medvind = next(t for t in session.courses.types() if t.name.startswith("MedVind"))
    start = datetime.combine(date.today() + timedelta(days=30), datetime.min.time()).replace(hour=9)
    course = session.courses.create_occasion(
        ActivityDraft(ActivityKind.COURSE, "Benchmark kö", "", medvind.id, 12, 1),
        [MeetingDraft(start, start + timedelta(hours=6))],
    )
    reg = session.registrations
    for n in range(42):
        person = reg.create_participant(ParticipantDraft(name=f"Kö {n}", birth_year=1970 + n))
        reg.register(course.id, person.id)
    holders = [r for r in reg.registrations(course.id) if r.status == RegistrationStatus.REGISTERED]
    samples = []
    for holder in holders[:10]:
        begin = time.perf_counter()
        offer = reg.set_status(holder.id, RegistrationStatus.CANCELLED)
        samples.append((time.perf_counter() - begin) * 1000)
        reg.answer_offer(offer.id, OfferAnswer.YES)
    floor = timed(
        lambda: db.execute(
            "SELECT * FROM registrations WHERE activity_id = ? AND status IN"
            " ('waiting', 'offered') ORDER BY queue_pos",
            [course.id],
        ).fetchall(),
        10,
    )
    emit("waitlist_offer", sorted(samples)[len(samples) // 2], floor, queue=30)


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
        floor = timed(
            lambda: (
                db.execute("SELECT * FROM activities WHERE id = ?", [biggest.id]).fetchall(),
                db.execute("SELECT * FROM meetings WHERE activity_id = ?", [biggest.id]).fetchall(),
                db.execute(
                    "SELECT * FROM registrations r JOIN participants p"
                    " ON p.id = r.participant_id WHERE r.activity_id = ?",
                    [biggest.id],
                ).fetchall(),
            ),
            10,
        )
        emit("course_window_open", ms, floor, registrations=biggest.registered_count)

        monday = date.today() - timedelta(days=date.today().weekday())
        sunday = monday + timedelta(days=6)
        ms = timed(lambda: session.courses.calendar(monday, sunday), 20)
        floor = timed(
            lambda: db.execute(
                "SELECT m.*, a.name FROM meetings m JOIN activities a ON a.id = m.activity_id"
                " WHERE m.day BETWEEN ? AND ?",
                [monday.isoformat(), sunday.isoformat()],
            ).fetchall(),
            20,
        )
        emit("calendar_week", ms, floor, meetings=len(session.courses.calendar(monday, sunday)))
        waitlist_offer(session, db)
    finally:
        session.close()
        folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark importing outreach rows from CSV and XLSX.

Usage: python benchmarks/imports.py [--quick]
Full: 100,000 rows; --quick: 20,000. Each import runs in a fresh process so its
``peak_rss_mb`` is its own; ``floor_ms`` is the bare ``csv.reader`` / openpyxl read-only
iteration over the same file in the same process, and ``write_floor_ms`` the bare
per-row savepoint and INSERT of as many rows. Prints one JSON object per line.
Not a timed test: nothing fails on a slow machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

HEADER = ["datum", "arena", "kontakter", "nya_personer", "paket", "personal", "anteckning"]
ARENAS = ["gata", "internet", "telefon/sms", "annan plats"]


def _rows(n: int):
    first = date.today() - timedelta(days=700)
    for i in range(n):
        day = first + timedelta(days=i % 690)
        yield [day.isoformat(), ARENAS[i % 4], str(i % 40 + 1), str(i % 5), "", "", f"kväll {i}"]


def _write_files(folder: Path, n: int) -> tuple[Path, Path]:
    from openpyxl import Workbook

    csv_path = folder / "uppsok.csv"
    with open(csv_path, "w", encoding="utf-8") as handle:
        handle.write(";".join(HEADER) + "\n")
        for row in _rows(n):
            handle.write(";".join(row) + "\n")
    xlsx_path = folder / "uppsok.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    for row in _rows(n):
        sheet.append(row)
    book.save(xlsx_path)
    return csv_path, xlsx_path


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _floor(path: Path) -> float:
    start = time.perf_counter()
    if path.suffix == ".csv":
        import csv

        with open(path, encoding="utf-8-sig", newline="") as handle:
            for _ in csv.reader(handle, delimiter=";"):
                pass
    else:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        for _ in book.active.iter_rows(values_only=True):
            pass
        book.close()
    return (time.perf_counter() - start) * 1000


def _write_floor(db, n: int) -> float:
    """The bare writes an import rests on: one savepoint and one INSERT per row, in one
    transaction (rolled back), with no parsing, validation, fingerprints or audit."""
    sql = (
        "INSERT INTO outreach (day, month, arena, contacts, new_persons, women, men, others,"
        " mails, sms, replies, ads, note, created_at, created_by)"
        " VALUES (?, ?, 'street', ?, 0, 0, 0, 0, 0, 0, 0, '{}', ?, ?, 1)"
    )
    start = time.perf_counter()
    db.conn.execute("BEGIN")
    for i in range(n):
        db.conn.execute("SAVEPOINT row")
        db.conn.execute(sql, ["2026-01-01", "2026-01", i % 40 + 1, f"kväll {i}", "2026-01-01"])
        db.conn.execute("RELEASE row")
    ms = (time.perf_counter() - start) * 1000
    db.conn.execute("ROLLBACK")
    return ms


def child(figure: str, db: Path, path: Path) -> None:
    from desktop_app.demo.generator import DEMO_ACCOUNTS
    from desktop_app.session import Gatekeeper

    floor = _floor(path)
    session = Gatekeeper(db).login("admin", DEMO_ACCOUNTS[0].password)
    try:
        start = time.perf_counter()
        report = session.imports.run("outreach", path)
        ms = (time.perf_counter() - start) * 1000
        write_floor = _write_floor(session.vault.db, report.imported)
    finally:
        session.close()
    print(
        json.dumps(
            {
                "figure": figure,
                "ms": round(ms, 2),
                "floor_ms": round(floor, 2),
                "write_floor_ms": round(write_floor, 2),
                "rows": report.imported,
                "peak_rss_mb": round(_peak_rss_mb(), 1),
            }
        ),
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--child", nargs=3, metavar=("FIGURE", "DB", "FILE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return 0
    from desktop_app.demo.generator import DemoSpec, build_demo

    n = 20_000 if args.quick else 100_000
    with tempfile.TemporaryDirectory(prefix="vagval-bench-") as name:
        folder = Path(name)
        csv_path, xlsx_path = _write_files(folder, n)
        for figure, path in (("import_csv", csv_path), ("import_xlsx", xlsx_path)):
            db = folder / f"{figure}.db"
            build_demo(db, DemoSpec(seed=3, clients=20, years=1, contacts=50))
            done = subprocess.run(
                [sys.executable, __file__, "--child", figure, str(db), str(path)],
                capture_output=True,
                text=True,
            )
            sys.stdout.write(done.stdout)
            if done.returncode != 0:
                sys.stderr.write(done.stderr)
                return done.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

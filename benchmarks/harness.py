"""What every benchmark shares: median timing and one JSON object per printed line.

Import it as ``benchmarks.harness`` after dropping the benchmarks folder from ``sys.path``:
the folder holds ``statistics.py``, which would shadow the standard library's module.
"""

from __future__ import annotations

import json
import statistics
import time


def timed(fn, repeat: int) -> float:
    """Median milliseconds of ``repeat`` calls."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def emit(figure: str, ms: float, floor_ms: float | None = None, **extra) -> None:
    row = {"figure": figure, "ms": round(ms, 2)}
    if floor_ms is not None:
        row["floor_ms"] = round(floor_ms, 2)
    row.update(extra)
    print(json.dumps(row), flush=True)


YEARS = 10


def register_spec(quick: bool):
    """The large database of the statistics and page benchmarks: 20,000 clients and
    1,000,000 contacts over ten years and 100,000 outreach days (--quick: a tenth)."""
    from desktop_app.demo.generator import DemoSpec

    scale = 10 if quick else 1
    return DemoSpec(
        seed=5,
        clients=20_000 // scale // YEARS,
        years=YEARS,
        contacts=1_000_000 // scale // YEARS,
        outreach=100_000 // scale,
    )


def until(app, done, timeout: float = 60.0) -> float:
    """Milliseconds until ``done()`` holds, processing the window's events meanwhile."""
    start = time.perf_counter()
    while not done():
        app.processEvents()
        if time.perf_counter() - start > timeout:
            raise TimeoutError("nothing on screen in time")
        time.sleep(0.001)
    return (time.perf_counter() - start) * 1000

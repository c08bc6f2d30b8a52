"""Every benchmark script starts from its own folder (which holds a statistics.py that
must not shadow the standard library's module). Timing itself is not tested."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.mark.parametrize(
    "script",
    ["clients.py", "courses.py", "statistics.py", "imports.py", "keys.py", "pages.py", "ui.py"],
)
def test_benchmark_starts(script):
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "--quick" in done.stdout


def test_startup_benchmark_starts():
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "startup.py"), "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "--quick" in done.stdout

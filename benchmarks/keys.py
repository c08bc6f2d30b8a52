"""Benchmark changing the encryption keys ("Byt krypteringsnycklar") and unlocking, on a
large generated database.

Usage: python benchmarks/keys.py [--quick] [--keep PATH]
Full: 20,000 clients and 1,000,000 contacts; --quick: a tenth.
- rotate_keys: Session.rotate_keys, every part re-encrypted and every slot re-sealed
  (with MB/s over the files); floor_ms: a bare ``PRAGMA rekey`` of copies of the same
  files with SQLCipher, timed in the same run.
- unlock: logging in, Argon2id included; floor_ms: the bare Argon2id unwrap plus opening
  the three files with their raw keys.
Prints one JSON object per line; not a timed test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from benchmarks.harness import emit, timed  # noqa: E402
from desktop_app.demo.generator import DEMO_ACCOUNTS, DemoSpec, build_demo  # noqa: E402
from desktop_app.session import Gatekeeper  # noqa: E402
from desktop_app.storage.driver import connect  # noqa: E402
from desktop_app.storage.keyslots import PARTS, KeySlotFile  # noqa: E402
from desktop_app.storage.parts import part_path  # noqa: E402

ADMIN = DEMO_ACCOUNTS[0]


def _bare_rekey(files: list[tuple[Path, bytes]], folder: Path) -> float:
    """Milliseconds to rekey copies of ``files`` with plain SQLCipher."""
    copies = []
    for path, key in files:
        copy = folder / path.name
        shutil.copy2(path, copy)
        copies.append((copy, key))
    start = time.perf_counter()
    for copy, key in copies:
        conn = connect(str(copy), isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
        conn.execute(f"PRAGMA rekey = \"x'{os.urandom(32).hex()}'\"").fetchall()
        conn.close()
    elapsed = (time.perf_counter() - start) * 1000
    for copy, _ in copies:
        copy.unlink()
    return elapsed


def _bare_open(path: Path) -> None:
    opened = KeySlotFile.load(path.with_name(path.name + ".keys")).unlock_password(
        ADMIN.username, ADMIN.password
    )
    for part in PARTS:
        conn = connect(str(part_path(path, part)), isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{opened.keys[part][0].hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the data")
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database here")
    args = parser.parse_args()
    clients, contacts = (2_000, 100_000) if args.quick else (20_000, 1_000_000)
    folder = tempfile.TemporaryDirectory(prefix="vagval-bench-keys-")
    path = args.keep or Path(folder.name) / "bench.db"
    if not path.exists():
        start = time.perf_counter()
        build_demo(path, DemoSpec(seed=7, clients=clients, years=1, contacts=contacts))
        emit("build_database", (time.perf_counter() - start) * 1000, clients=clients)
    gate = Gatekeeper(path)
    repeat = 3 if args.quick else 5
    emit(
        "unlock",
        timed(lambda: gate.login(ADMIN.username, ADMIN.password).close(), repeat),
        timed(lambda: _bare_open(path), repeat),
    )
    session = gate.login(ADMIN.username, ADMIN.password)
    try:
        keys = session.vault._keys
        files = [(part_path(path, part), keys[part]) for part in PARTS]
        size = sum(p.stat().st_size for p, _ in files)
        scratch = Path(folder.name) / "floor"
        scratch.mkdir(exist_ok=True)
        floor = _bare_rekey(files, scratch)
        start = time.perf_counter()
        session.rotate_keys()
        ms = (time.perf_counter() - start) * 1000
    finally:
        session.close()
    emit(
        "rotate_keys",
        ms,
        floor,
        mb_per_s=round(size / 1e6 / (ms / 1000), 1),
        mb=round(size / 1e6, 1),
    )
    folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Reports layer: write a file completely or not at all (a temporary name, then rename),
so a crash or a full disk never leaves half a report where the user expects one. The
file is private to the user's account (0600 on POSIX) from its first byte: an export
holds the register's figures or names."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        yield tmp
        with contextlib.suppress(OSError):  # a writer that replaced the file
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()

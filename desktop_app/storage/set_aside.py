"""Storage layer: the copies of the database set aside beside it.

A restore moves the replaced files into ``<db>.replaced-<time>/``; a migration copies
each file to ``<file>.before-v<N>-<time>``. Both stay encrypted under the keys of their
time; the purge removes them after ``SET_ASIDE_DAYS`` (core/domain/purge.py).
"""

from __future__ import annotations

import contextlib
import re
import shutil
from datetime import datetime
from pathlib import Path

from desktop_app.core.domain.purge import SetAside
from desktop_app.storage.errors import translated_errors

_STAMP = re.compile(r"\.(?:replaced|before-v\d+)-(\d{8}-\d{6})$")


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


class SetAsideFiles:
    def __init__(self, db_path: Path) -> None:
        self._db_path = Path(db_path)

    def _found(self) -> dict[str, Path]:
        found = {}
        for path in self._db_path.parent.glob(self._db_path.name + ".*"):
            match = _STAMP.search(path.name)
            if match:
                found[path.name] = path
        return found

    def list(self) -> list[SetAside]:
        items = []
        for name, path in sorted(self._found().items()):
            stamp = _STAMP.search(name).group(1)
            with contextlib.suppress(ValueError, OSError):
                items.append(SetAside(name, datetime.strptime(stamp, "%Y%m%d-%H%M%S"), _size(path)))
        return items

    def delete(self, name: str) -> None:
        path = self._found().get(name)
        if path is None:
            return
        with translated_errors():
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()

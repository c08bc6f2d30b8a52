"""Storage layer: putting a checked backup in place of the database, crash-safely.

The backup is unpacked and checked in a temporary folder beside the database. Before
any file moves, a journal (``<db>.restoring``) names every move: the current files into
a folder ``<db>.replaced-<time>``, the checked files into place. If the program dies in
the middle, the next start (``finish_interrupted_restore``) completes the same moves,
so there is always a whole database: never none, and never half old, half new.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop_app.core.domain.backups import BackupCheck
from desktop_app.core.errors import BackupError
from desktop_app.storage.backup import (
    DB_ENTRY,
    Unlock,
    check_backup,
    remove_leftovers,
)
from desktop_app.storage.errors import translated_errors
from desktop_app.storage.lock import DatabaseLock
from desktop_app.storage.parts import part_files

RESTORE_PREFIX = ".vagval-restore-"


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".restoring")


def database_files(db_path: Path) -> list[Path]:
    """The database's parts and every file that belongs with them, those that exist."""
    keys = db_path.with_name(db_path.name + ".keys")
    names = [*part_files(db_path), keys, keys.with_name(keys.name + ".bak")]
    return [p for p in names if p.exists()]


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):  # not possible on Windows
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_journal(path: Path, moves: list[tuple[str, str]]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"moves": moves}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _apply(moves: list[tuple[str, str]]) -> None:
    """Each move once: a source already gone was moved before the interruption."""
    for source, target in moves:
        src, dst = Path(source), Path(target)
        if src.exists():
            os.replace(src, dst)
            if dst.is_file():
                dst.chmod(0o600)


def finish_interrupted_restore(db_path: Path) -> bool:
    """Complete a restore that was cut off (called before the database is looked for);
    True when there was one."""
    journal = journal_path(db_path)
    if not journal.exists():
        return False
    try:
        moves = [tuple(m) for m in json.loads(journal.read_text(encoding="utf-8"))["moves"]]
    except (OSError, ValueError, KeyError, TypeError):
        moves = None
    with translated_errors():
        if moves is not None:
            for _, target in moves:
                Path(target).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _apply(moves)
        journal.unlink()
    for staging in db_path.parent.glob(RESTORE_PREFIX + "*"):
        shutil.rmtree(staging, ignore_errors=True)
    return moves is not None


def restore_backup(
    path: Path,
    unlock: Unlock,
    db_path: Path,
    now: datetime,
    accept: Callable[[BackupCheck], None] | None = None,
) -> list[Path]:
    """Put a checked backup in place of ``db_path`` (closed); returns the files set aside.

    The backup is extracted and checked beside the target first; only a sound copy
    replaces the current files, which are moved into a folder ``<name>.replaced-<time>``.
    """
    db_path = Path(db_path)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    with translated_errors():
        db_path.parent.mkdir(parents=True, exist_ok=True)
    finish_interrupted_restore(db_path)
    remove_leftovers(db_path.parent, RESTORE_PREFIX, now)
    lock = DatabaseLock(db_path)
    lock.acquire(now)  # nobody may have the database open while it is replaced
    with contextlib.ExitStack() as held:
        held.callback(lock.release)
        staging = Path(tempfile.mkdtemp(dir=db_path.parent, prefix=RESTORE_PREFIX))
        held.callback(shutil.rmtree, staging, True)
        check = check_backup(path, unlock, into=staging)
        if not check.sound:
            raise BackupError(", ".join(check.problems), reason="damaged")
        if accept is not None:
            accept(check)  # e.g. refuses another unit's backup without a confirmation
        folder = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
        current = database_files(db_path)
        moves = [(str(f), str(folder / f.name)) for f in current]
        moves += [
            (str(staging / entry), str(db_path.with_name(db_path.name + entry[len(DB_ENTRY) :])))
            for entry in check.entries
        ]
        with translated_errors():
            if current:
                folder.mkdir(mode=0o700, exist_ok=True)
            _write_journal(journal_path(db_path), moves)
            _apply(moves)
            _fsync_dir(db_path.parent)
            journal_path(db_path).unlink()
    return [folder / f.name for f in current]

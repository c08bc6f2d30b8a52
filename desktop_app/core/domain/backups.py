"""Core layer: what a checked backup holds (filled in by storage)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# The counts a person recognises in a restore preview: table -> Swedish label key.
PREVIEW_TABLES = ("clients", "contacts", "journal_notes", "activities", "users", "audit_log")


@dataclass
class BackupCheck:
    """A backup's manifest and whether every check passed (``problems`` empty)."""

    path: Path
    created_at: str = ""
    db_id: str = ""
    schema_version: int = 0
    unit_name: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    entries: tuple[str, ...] = ()  # the files in the backup (set by a full check)
    administrators: tuple[str, ...] = ()  # usernames (a recovery-key restore names one)
    other_unit: str = ""  # set when this database here is another unit's: its name

    @property
    def sound(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class BackupResult:
    path: Path
    removed: tuple[Path, ...]

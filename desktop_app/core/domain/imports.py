"""Core layer: the import history: each imported file, and what each of its rows made."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImportedRow:
    """One imported row: its fingerprint and the record it made (``entity`` one of
    outreach, education, consultation, contact, client, meeting, head_count); for a
    head count that replaced an earlier one, ``previous`` is that count."""

    fingerprint: str
    entity: str
    entity_id: int
    previous: int | None = None


@dataclass(frozen=True)
class ImportRecord:
    id: int
    kind: str
    file_name: str
    rows: int
    imported_at: str
    imported_by: str

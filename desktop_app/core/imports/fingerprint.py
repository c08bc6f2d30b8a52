"""Core layer: a row's fingerprint: the same values give the same fingerprint whatever
the file's line endings, column order, letter case or spacing (and empty cells), so a
corrected or re-saved file brings in only the rows not already imported."""

from __future__ import annotations

import hashlib
import json
import unicodedata


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def fingerprint(kind: str, cells: dict[str, str]) -> str:
    pairs = ((_norm(column), _norm(value)) for column, value in cells.items() if value)
    values = sorted(pair for pair in pairs if pair[1])
    payload = json.dumps([kind, values], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()

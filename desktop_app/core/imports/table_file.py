"""Core layer: read a CSV (semicolon-separated, UTF-8 with or without BOM) or XLSX file
into rows of {column: text}; column names are lower-cased and trimmed."""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import date, datetime
from pathlib import Path

from desktop_app.core.errors import ValidationError


def file_checksum(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_rows(path: Path) -> list[dict[str, str]]:
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(path, read_only=True, data_only=True).active
            raw = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            raise ValidationError("file", "unreadable", kind="Excel") from exc
    else:
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError("file", "not_utf8") from exc
        delimiter = ";" if text.count(";") >= text.count(",") else ","
        raw = [
            [c.strip() for c in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)
        ]
    raw = [row for row in raw if any(cell for cell in row)]
    if not raw:
        raise ValidationError("file", "empty")
    header = [h.strip().casefold().replace(" ", "_") for h in raw[0]]
    return [
        dict(zip(header, row + [""] * (len(header) - len(row)), strict=False)) for row in raw[1:]
    ]

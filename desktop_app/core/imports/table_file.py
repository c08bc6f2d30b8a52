"""Core layer: read a CSV (semicolon- or comma-separated, UTF-8 with or without BOM) or
an XLSX file as a stream of rows of {column: text}; column names are lower-cased and
trimmed. Nothing is loaded whole: memory stays bounded whatever the file, and the limits
(rows, characters per cell, unpacked size of an xlsx) are told to the user."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop_app.core.errors import ValidationError
from desktop_app.core.services.hygiene import has_hidden_characters

MAX_ROWS = 200_000
MAX_CELL = 10_000  # characters in one cell; the longest field (a note) is 2,000
MAX_FIELD = 1 << 20  # csv's own limit: a cell larger than this refuses the file
MAX_UNPACKED_MB = 200  # an xlsx larger than this unpacked is refused before parsing
MAX_PACKING_RATIO = 100  # ... as is one unpacking to more than 100x its size (a zip bomb)
SMALL_UNPACKED = 10 << 20  # small files may pack as well as they like

Progress = Callable[[float], None]  # share of the file read, 0..1


@dataclass(frozen=True)
class TableRow:
    number: int  # the row's number in the file as a spreadsheet shows it (header = 1)
    cells: dict[str, str] | None
    error: ValidationError | None = None  # the row could not be read


def file_checksum(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


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


def _header(raw: list[str]) -> list[str]:
    return [h.strip().casefold().replace(" ", "_") for h in raw]


def _checked(number: int, header: list[str], raw: list[str]) -> TableRow:
    cells = dict(zip(header, raw + [""] * (len(header) - len(raw)), strict=False))
    for column, value in cells.items():
        if len(value) > MAX_CELL:
            error = ValidationError("column", "too_long", column=column, maximum=MAX_CELL)
            return TableRow(number, None, error)
        if has_hidden_characters(value, multiline=True):
            return TableRow(
                number, None, ValidationError("column", "hidden_characters", column=column)
            )
    return TableRow(number, cells)


def read_table(path: Path, progress: Progress | None = None) -> Iterator[TableRow]:
    """The data rows of the file at ``path``; raises ValidationError for a file that
    cannot be read at all (then nothing of it may be saved)."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        yield from _xlsx_rows(path, progress)
    else:
        yield from _csv_rows(path, progress)


class _CountingReader(io.RawIOBase):
    """A binary file that remembers how much of it has been read (for progress)."""

    def __init__(self, handle) -> None:
        self._handle = handle
        self.done = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self._handle.readinto(buffer)
        self.done += n or 0
        return n


def _csv_rows(path: Path, progress: Progress | None) -> Iterator[TableRow]:
    size = max(path.stat().st_size, 1)
    with open(path, "rb") as raw:
        head = raw.read(64 * 1024)
        raw.seek(0)
        try:
            sample = head.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if len(head) < 64 * 1024 or not _cut_in_a_character(head):
                raise ValidationError("file", "not_utf8") from exc
            sample = head.decode("utf-8-sig", errors="ignore")
        first_line = sample.splitlines()[0] if sample else ""
        delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
        counter = _CountingReader(raw)
        text = io.TextIOWrapper(io.BufferedReader(counter), encoding="utf-8-sig", newline="")
        csv.field_size_limit(MAX_FIELD)
        reader = csv.reader(text, delimiter=delimiter, strict=True)
        yield from _table(_csv_records(reader), progress, lambda n: counter.done / size)


def _csv_records(reader) -> Iterator[tuple[int, list[str]] | TableRow]:
    number = 0
    while True:
        try:
            raw_row = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            raise ValidationError("file", "not_utf8") from exc
        except csv.Error as exc:
            number += 1
            if "field larger" in str(exc):
                raise ValidationError(
                    "file", "cell_too_long", maximum=MAX_CELL, row=number
                ) from exc
            if "end of data" in str(exc):  # a quote opened and never closed
                yield TableRow(number, None, ValidationError("file", "unterminated_quote"))
                return
            yield TableRow(number, None, ValidationError("file", "bad_quoting"))
            continue
        number += 1
        yield number, [c.strip() for c in raw_row]


def _table(
    records: Iterator[tuple[int, list[str]] | TableRow],
    progress: Progress | None,
    share: Callable[[int], float],
) -> Iterator[TableRow]:
    """Header, blank rows, the row limit, progress and the cell checks, for any reader."""
    header: list[str] | None = None
    for record in records:
        if isinstance(record, TableRow):
            yield record
            continue
        number, cells = record
        if not any(cells):
            continue
        if header is None:
            header = _header(cells)
            continue
        if number - 1 > MAX_ROWS:
            raise ValidationError("file", "too_long", maximum=MAX_ROWS)
        if progress is not None and number % 500 == 0:
            progress(min(share(number), 1.0))
        yield _checked(number, header, cells)
    if header is None:
        raise ValidationError("file", "empty")


def _cut_in_a_character(head: bytes) -> bool:
    """The sample may end inside a multi-byte character; that is no encoding error."""
    try:
        head[:-3].decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return True


def _check_packing(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ValidationError("file", "unreadable", kind="Excel") from exc
    packed = max(path.stat().st_size, 1)
    too_big = unpacked > MAX_UNPACKED_MB << 20
    bomb = unpacked > SMALL_UNPACKED and unpacked > MAX_PACKING_RATIO * packed
    if too_big or bomb:
        raise ValidationError("file", "out_of_range", maximum=MAX_UNPACKED_MB)


def _xlsx_rows(path: Path, progress: Progress | None) -> Iterator[TableRow]:
    from openpyxl import load_workbook

    _check_packing(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        sheet = workbook.active
        rows = sheet.iter_rows(values_only=True)
        declared = sheet.max_row or 0
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise ValidationError("file", "unreadable", kind="Excel") from exc
    try:
        if declared > MAX_ROWS + 1:
            raise ValidationError("file", "too_long", maximum=MAX_ROWS)
        share = (lambda n: n / declared) if declared else (lambda n: 0.0)
        yield from _table(_xlsx_records(rows), progress, share)
    finally:
        workbook.close()


def _xlsx_records(rows) -> Iterator[tuple[int, list[str]]]:
    number = 0
    while True:
        try:
            values = next(rows)
        except StopIteration:
            return
        except Exception as exc:  # a damaged sheet part
            raise ValidationError("file", "unreadable", kind="Excel") from exc
        number += 1
        yield number, [_cell(v) for v in values]

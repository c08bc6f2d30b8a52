"""Any report as Excel with real numbers and as Swedish CSV, read back."""

from __future__ import annotations

import csv

from openpyxl import load_workbook

from desktop_app.reports import tabular, values
from desktop_app.reports.document import Count, Decimal, Document, Section, Share, Table


def _document() -> Document:
    return Document(
        title="Klienter 2025",
        facts=[("Enhet", "KAST Testkommun")],
        sections=[
            Section(
                "Per kön",
                table=Table(
                    ["Kön", "Antal", "Andel"],
                    [["Man", Count(1234), Share(0.94)], ["Kvinna", "..", Share(0.125)]],
                ),
            ),
            Section(
                "Per kommun",
                table=Table(["Kommun", "Snitt"], [["Malmö", Decimal(2.5)], ["Lund", -3]]),
            ),
        ],
        footer="Sekretess: innehåller inga personuppgifter",
    )


def test_a_typed_cell_is_printed_and_stored_from_one_value():
    assert values.text(Count(1234)) == "1\u00a0234" and values.spreadsheet(Count(1234))[0] == 1234
    assert values.text(Share(0.125)) == "12,5 %"
    assert values.spreadsheet(Share(0.125)) == (0.125, "0.0%")
    assert values.spreadsheet(Share(0.4105)) == (0.4105, "0.0%")  # printed "41,1 %"
    assert values.spreadsheet(Share(0.94)) == (0.94, "0%")
    assert values.text(Decimal(2.5)) == "2,5"
    # a text is never guessed back into a number
    for text in ("<3", "Malmö", "2025-01-03", "19 850 101-1234", "1 234", "12 %"):
        assert values.spreadsheet(text) == (text, None)


def test_xlsx_holds_real_numbers_under_each_heading(tmp_path):
    path = tabular.write_xlsx(_document(), tmp_path / "k.xlsx", "Klienter")
    sheet = load_workbook(path).active
    rows = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["Klienter 2025"]
    man = rows.index(["Man", 1234, 0.94])
    assert rows[man - 2] == ["Per kön"] and rows[man - 1] == ["Kön", "Antal", "Andel"]
    assert ["Kvinna", "..", 0.125] in rows and ["Malmö", 2.5] in rows and ["Lund", -3] in rows
    assert rows[-1] == ["Sekretess: innehåller inga personuppgifter"]


def test_csv_is_semicolon_separated_utf8_with_bom(tmp_path):
    path = tabular.write_csv(_document(), tmp_path / "k.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert ["Kön", "Antal", "Andel"] in rows and ["Malmö", "2,5"] in rows
    assert ["Man", "1234", "94 %"] in rows

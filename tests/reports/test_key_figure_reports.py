"""The key-figure table written as CSV, XLSX and PDF, and read back."""

from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.core.domain.measures import DEFAULT_ROWS, KeyFigureLine, KeyFigureTable
from desktop_app.core.domain.periods import quarter, year
from desktop_app.reports import key_figures
from desktop_app.reports.pdf import FONT, render_pdf

VALUES = [
    [0, 7, 0, 2, 1, 1, 22, 0, 9, 4, 0, 0],
    [0, 0, 0, 0, 12, 8, 0, 0, 3, 0, 0, 0],
    [0, 19, 7, 17, 10, 12, 5, 8, 14, 12, 11, 34],
    [0, 4, 6, 3, 7, 2, 0, 1, 1, 1, 5, 2],
]


def _table() -> KeyFigureTable:
    return KeyFigureTable(
        tuple(year(2009).months()),
        tuple(
            KeyFigureLine(row, tuple(v), sum(v))
            for row, v in zip(DEFAULT_ROWS, VALUES, strict=True)
        ),
    )


def test_csv_has_the_swedish_excel_header_and_bom(tmp_path):
    path = key_figures.write_csv(_table(), tmp_path / "nyckeltal.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "Nyckeltal;Jan;Feb;Mars;April;Maj;Juni;Juli;Aug;Sept;Okt;Nov;Dec;Tot."
    assert lines[1] == "Uppsök;0;7;0;2;1;1;22;0;9;4;0;0;46"
    assert lines[4] == "Studiebesök och utbildning;0;4;6;3;7;2;0;1;1;1;5;2;32"


def test_xlsx_holds_real_numbers(tmp_path):
    path = key_figures.write_xlsx(_table(), tmp_path / "nyckeltal.xlsx", "KAST 2009")
    sheet = load_workbook(path).active
    assert sheet["A3"].value == "Uppsök" and sheet["N3"].value == 46
    assert isinstance(sheet["C5"].value, int) and sheet["C5"].value == 19


def test_pdf_reads_back_with_the_embedded_font(tmp_path):
    document = key_figures.document(
        _table(),
        "Årssammanställning av nyckeltal 2009",
        [("Enhet", "KAST Malmö – Åsa Östlund-Ærø")],
        "Sekretess",
    )
    path = render_pdf(document, tmp_path / "nyckeltal.pdf")
    reader = PdfReader(path)
    text = reader.pages[0].extract_text()
    assert "Årssammanställning av nyckeltal 2009" in text
    assert "Ærø" in text and "149" in text and "Studiebesök och utbildning" in text
    fonts = [f.get_object()["/BaseFont"] for f in reader.pages[0]["/Resources"]["/Font"].values()]
    assert FONT == "DejaVuSans" and any("DejaVuSans" in str(f) for f in fonts)


def test_quarter_header_uses_only_its_months():
    table = KeyFigureTable(tuple(quarter(2009, 3).months()), ())
    assert key_figures.header(table) == ["Nyckeltal", "Juli", "Aug", "Sept", "Tot."]

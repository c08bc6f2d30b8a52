import shutil
import subprocess

import pytest

from desktop_app.reports.recovery_key_pdf import RecoveryKeySheet, render_recovery_key
from desktop_app.storage.recovery_key import format_recovery_key, new_recovery_secret


def test_sheet_renders_a_one_page_pdf_with_the_key(tmp_path):
    key = format_recovery_key(new_recovery_secret())
    sheet = RecoveryKeySheet(
        "Återställningsnyckel",
        key,
        [("Enhet:", "KAST Östra")],
        ["Förvara nyckeln inlåst."],
        "Vägval",
    )
    path = render_recovery_key(sheet, tmp_path / "nyckel.pdf")
    data = path.read_bytes()
    assert (
        data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 1
    )
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "Återställningsnyckel" in text and "KAST Östra" in text
    assert key.split("-")[0] in text and key.split("-")[-1] in text

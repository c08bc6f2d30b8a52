"""Imports are all or nothing on any input: a full disk, a cancel, a broken or hostile
file leave every count and the import log as they were; files are streamed with limits
the user is told; an unterminated quote is a rejected row, never a swallowed one."""

from __future__ import annotations

import subprocess
import sys
import tracemalloc
import zipfile
from datetime import date, timedelta

import pytest

from desktop_app.core.errors import CancelledError, StorageError, ValidationError
from desktop_app.core.imports import table_file
from desktop_app.messages import describe

DAY = (date.today() - timedelta(days=10)).isoformat()
HEADER = "datum;arena;kontakter;nya_personer;paket;personal;anteckning"


def _csv(path, rows: list[str]):
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _counts(s):
    outreach = s.work.outreach(date(2000, 1, 1), date.today())
    imports = s.vault.db.execute("SELECT count(*) FROM imports").fetchone()[0]
    return len(outreach), imports


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_full_disk_leaves_every_count_and_the_import_log_unchanged(vault, tmp_path, dry_run):
    s = vault.session
    path = _csv(
        tmp_path / "uppsok.csv", [f"{DAY};gata;{i % 50 + 1};;;;{'x' * 200}" for i in range(6000)]
    )
    before = _counts(s)
    db = s.vault.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 20}")  # room for a few rows, not all
    with pytest.raises(StorageError) as info:
        s.imports.run("outreach", path, dry_run=dry_run)
    assert info.value.params["reason"] == "disk_full"
    db.execute("PRAGMA max_page_count = 1073741823")
    assert _counts(s) == before
    assert s.integrity().sound
    report = s.imports.run("outreach", path)  # with room again it imports, once
    assert report.imported == 6000


def test_a_cancel_saves_nothing(vault, tmp_path):
    path = _csv(tmp_path / "uppsok.csv", [f"{DAY};gata;3;;;;" for _ in range(1000)])
    before = _counts(vault.session)
    with pytest.raises(CancelledError):
        vault.session.imports.run("outreach", path, cancelled=lambda: True)
    assert _counts(vault.session) == before
    assert describe(CancelledError()) == "Avbrutet. Inget har sparats."


def test_an_unterminated_quote_is_a_rejected_row_with_its_number(vault, tmp_path):
    path = _csv(tmp_path / "uppsok.csv", [f'{DAY};gata;3;;;;"kväll', f"{DAY};gata;4;;;;"])
    report = vault.session.imports.run("outreach", path, dry_run=True)
    assert report.imported == 0 and report.rejected_count == 1
    assert report.rejected[0].row == 2
    assert "citattecken" in describe(report.rejected[0].error)


def test_only_the_first_hundred_rejected_rows_are_listed(vault, tmp_path):
    path = _csv(tmp_path / "uppsok.csv", [f"{DAY};gata;tolv;;;;" for _ in range(250)])
    report = vault.session.imports.run("outreach", path, dry_run=True)
    assert (report.rejected_count, len(report.rejected)) == (250, 100)


def test_hostile_cells_are_rejected_rows_or_refuse_the_file(vault, tmp_path):
    rows = [f"{DAY};gata;3;;;;{'x' * 20_000}", f"{DAY};gata;3;;;;Ca\u200brin"]
    report = vault.session.imports.run("outreach", _csv(tmp_path / "a.csv", rows), dry_run=True)
    texts = [describe(r.error) for r in report.rejected]
    assert texts == [
        "Kolumnen ”anteckning” har en cell med fler än 10000 tecken.",
        "Kolumnen ”anteckning” innehåller osynliga tecken eller styrtecken.",
    ]
    huge = _csv(tmp_path / "b.csv", [f"{DAY};gata;3;;;;{'x' * (2 << 20)}"])
    with pytest.raises(ValidationError) as info:
        vault.session.imports.run("outreach", huge, dry_run=True)
    assert info.value.code == "cell_too_long"


def test_too_many_rows_are_refused_with_the_limit_and_memory_stays_small(
    vault, tmp_path, monkeypatch
):
    monkeypatch.setattr(table_file, "MAX_ROWS", 20_000)
    path = _csv(tmp_path / "stor.csv", [f"{DAY};gata;tolv;;;;" for _ in range(60_000)])
    tracemalloc.start()
    with pytest.raises(ValidationError) as info:
        vault.session.imports.run("outreach", path, dry_run=True)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert describe(info.value) == "Filen har fler än 20000 rader. Dela upp den i flera filer."
    assert peak < 30 << 20, peak  # streamed: far less than the rows would take


def test_broken_and_bomb_xlsx_files_are_refused_before_parsing(vault, tmp_path):
    broken = tmp_path / "trasig.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is no workbook")
    with pytest.raises(ValidationError) as info:
        vault.session.imports.run("outreach", broken, dry_run=True)
    assert describe(info.value).startswith("Filen går inte att läsa som Excel")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<row/>" * (5 << 20))
    with pytest.raises(ValidationError) as info:
        vault.session.imports.run("outreach", bomb, dry_run=True)
    assert info.value.code == "out_of_range"


def test_the_cli_says_why_and_keeps_exit_code_1_for_a_damaged_database(vault, tmp_path):
    vault.session.close()
    broken = tmp_path / "trasig.xlsx"
    broken.write_text("not a zip")
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "import", "--db", str(vault.path)]
        + ["--user", vault.admin, "--kind", "outreach", str(broken)],
        input=vault.password + "\n",
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "Filen går inte att läsa som Excel" in done.stdout + done.stderr

"""vagval-admin as IT staff run it: a real subprocess, passwords from env or stdin."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PW = "Hemligt-losen-123"


def run(*args, password=PW, stdin=None):
    env = dict(os.environ)
    env.pop("VAGVAL_PASSWORD", None)
    if password is not None and stdin is None:
        env["VAGVAL_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        input=stdin or "",
        timeout=120,
    )


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "enhet" / "vagval.db"
    out = run("init", "--db", path, "--unit", "KAST Testby", "--admin", "anna")
    assert out.returncode == 0, out.stderr
    assert "Återställningsnyckel" in out.stdout
    return path


def test_init_verify_and_users(db):
    out = run("verify", "--db", db, "--user", "anna")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Resultat: HEL" in out.stdout
    out = run(
        "users",
        "--db",
        db,
        "--user",
        "anna",
        "add",
        "bo",
        "--name",
        "Bo Berg",
        "--role",
        "counsellor",
    )
    assert out.returncode == 0, out.stderr
    temporary = out.stdout.strip().rsplit(" ", 1)[-1]
    # The new user logs in with the printed temporary password, read from stdin.
    out = run("users", "--db", db, "--user", "bo", "list", stdin=temporary + "\n")
    assert out.returncode == 2 and "roll får inte" in out.stderr
    out = run("users", "--db", db, "--user", "anna", "list")
    assert "Bo Berg" in out.stdout and "rådgivare" in out.stdout
    out = run("users", "--db", db, "--user", "anna", "disable", "bo")
    assert out.returncode == 0
    out = run("verify", "--db", db, "--user", "bo", password=temporary)
    assert out.returncode == 2


def test_wrong_password_and_usage_errors_exit_2_without_traceback(db):
    for out in (
        run("verify", "--db", db, "--user", "anna", password="fel-losenord"),
        run("verify", "--db", db.parent / "finns-inte.db", "--user", "anna"),
        run("verify", "--db", db, "--user", "anna", password=None),
        run("users", "--db", db, "--user", "anna", "add"),
        run("init", "--db", db, "--unit", "X", "--admin", "anna"),
        run("bogus"),
    ):
        assert out.returncode == 2, out
        assert "Traceback" not in out.stderr + out.stdout


def test_damaged_database_exits_1(db):
    data = bytearray(db.read_bytes())
    for offset in range(5000, 5100):
        data[offset] ^= 0x5A
    db.write_bytes(bytes(data))
    out = run("verify", "--db", db, "--user", "anna")
    assert out.returncode == 1, out
    assert "Traceback" not in out.stderr + out.stdout


def test_damaged_key_file_exits_1(db):
    db.with_name("vagval.db.keys").write_text("{trasig")
    out = run("verify", "--db", db, "--user", "anna")
    assert out.returncode == 1
    assert "Nyckelfilen" in out.stdout + out.stderr


def test_weak_admin_password_is_refused(tmp_path):
    out = run("init", "--db", tmp_path / "v.db", "--unit", "X", "--admin", "anna", password="kort")
    assert out.returncode == 2 and "minst 10 tecken" in out.stderr
    assert not (tmp_path / "v.db").exists()


def test_demo_prints_logins_and_is_deterministic(tmp_path):
    first = run("demo", "--db", tmp_path / "a.db", "--seed", "7")
    assert first.returncode == 0
    assert "admin / demo-fyren-2026" in first.stdout
    again = run("demo", "--db", tmp_path / "a.db", "--seed", "7")
    assert again.returncode == 0 and "fanns redan" in again.stdout


def test_import_prints_rejected_rows_and_refuses_a_second_import(db, tmp_path):
    from datetime import date, timedelta

    day = (date.today() - timedelta(days=5)).isoformat()
    csv = tmp_path / "uppsok.csv"
    csv.write_text(
        f"datum;arena;kontakter;nya_personer\n{day};gata;10;2\n{day};gata;3;9\n", encoding="utf-8"
    )
    out = run("import", "--db", db, "--user", "anna", "--kind", "outreach", csv)
    assert out.returncode == 2, out
    assert "1 av 2 rader importerades" in out.stdout
    assert "rad 3: nya_personer" not in out.stdout  # the field is named in Swedish
    assert "rad 3: Nya personer kan inte vara fler än antalet kontakter." in out.stdout
    again = run("import", "--db", db, "--user", "anna", "--kind", "outreach", csv)
    assert again.returncode == 2 and "redan importerats" in again.stdout
    good = tmp_path / "bra.csv"
    good.write_text(f"datum;arena;kontakter\n{day};internet;4\n", encoding="utf-8")
    assert run("import", "--db", db, "--user", "anna", "--kind", "outreach", good).returncode == 0


def test_stats_key_figures_csv(db, tmp_path):
    out = tmp_path / "nyckeltal.csv"
    result = run(
        "stats",
        "--db",
        db,
        "--user",
        "anna",
        "--report",
        "key-figures",
        "--year",
        "2009",
        "--format",
        "csv",
        "--out",
        out,
    )
    assert result.returncode == 0, result
    assert out.read_text(encoding="utf-8-sig").splitlines()[0].startswith("Nyckeltal;Jan;Feb")
    compared = tmp_path / "jamfort.csv"
    args = ["stats", "--db", db, "--user", "anna", "--report", "key-figures", "--year", "2009"]
    assert run(*args, "--format", "csv", "--out", compared, "--compare").returncode == 0
    lines = compared.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(";Tot.;Förändring") and lines[2].startswith("Uppsök (året innan);")
    pdf = tmp_path / "q.pdf"
    assert (
        run(
            "stats",
            "--db",
            db,
            "--user",
            "anna",
            "--report",
            "key-figures",
            "--quarter",
            "2009Q3",
            "--format",
            "pdf",
            "--out",
            pdf,
        ).returncode
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    assert (
        run(
            "stats",
            "--db",
            db,
            "--user",
            "anna",
            "--report",
            "key-figures",
            "--quarter",
            "2009Q9",
            "--format",
            "pdf",
            "--out",
            pdf,
        ).returncode
        == 2
    )


def test_backup_and_restore_drill(db, tmp_path):
    folder = tmp_path / "usb"
    out = run("backup", "--db", db, "--user", "anna", "--to", folder)
    assert out.returncode == 0, out.stderr
    backup = out.stdout.strip()
    assert backup.endswith(".vvbak") and os.path.isfile(backup)
    out = run("verify-backup", "--user", "anna", backup)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Enhet: KAST Testby" in out.stdout and "Resultat: HEL" in out.stdout
    out = run("verify-backup", "--user", "anna", backup, password="Fel-losenord-1")
    assert out.returncode == 2 and "Fel användarnamn eller lösenord" in out.stderr
    # A byte flipped inside the stored database: the drill fails with exit 1.
    path = Path(backup)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    out = run("verify-backup", "--user", "anna", backup)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "Resultat: SKADAD" in out.stdout
    assert "Traceback" not in out.stderr


def _recovery_key_of(out):
    lines = out.stdout.splitlines()
    return lines[lines.index(next(x for x in lines if x.startswith("Återställningsnyckel"))) + 1]


def test_restore_with_the_recovery_key_alone_and_the_recovery_key_test(tmp_path):
    db = tmp_path / "enhet" / "vagval.db"
    out = run("init", "--db", db, "--unit", "KAST Testby", "--admin", "anna")
    key = _recovery_key_of(out)
    env_key = {"VAGVAL_RECOVERY_KEY": key}
    os.environ.update(env_key)
    try:
        out = run("verify", "--db", db, "--user", "anna", "--test-recovery-key")
        assert out.returncode == 0 and "Återställningsnyckel: ok" in out.stdout, out.stdout
        os.environ["VAGVAL_RECOVERY_KEY"] = "AAAAA-" * 10 + "AAAAA"
        out = run("verify", "--db", db, "--user", "anna", "--test-recovery-key")
        assert out.returncode == 1 and "FEL" in out.stdout, out.stdout + out.stderr
        os.environ["VAGVAL_RECOVERY_KEY"] = key
        backup = run("backup", "--db", db, "--user", "anna", "--to", tmp_path / "usb").stdout
        for path in db.parent.iterdir():  # the PC was lost
            path.unlink()
        os.environ["VAGVAL_NEW_PASSWORD"] = "Nytt-losen-456"
        out = run("restore", "--db", db, "--user", "anna", "--recovery-key", backup.strip())
        assert out.returncode == 0, out.stdout + out.stderr
        assert "KAST Testby" in out.stdout
    finally:
        os.environ.pop("VAGVAL_RECOVERY_KEY", None)
        os.environ.pop("VAGVAL_NEW_PASSWORD", None)
    out = run("verify", "--db", db, "--user", "anna", password="Nytt-losen-456")
    assert out.returncode == 0, out.stdout + out.stderr


def test_another_units_backup_is_refused_by_the_command_line_without_other_unit(db, tmp_path):
    other = tmp_path / "annan" / "vagval.db"
    run("init", "--db", other, "--unit", "FAST Grannby", "--admin", "anna")
    backup = run("backup", "--db", other, "--user", "anna", "--to", tmp_path / "usb").stdout
    out = run("restore", "--db", db, "--user", "anna", backup.strip())
    assert out.returncode == 2 and "FAST Grannby" in out.stderr and str(db.parent) in out.stderr
    out = run("restore", "--db", db, "--user", "anna", "--other-unit", backup.strip())
    assert out.returncode == 0 and "FAST Grannby" in out.stdout, out.stderr


def test_key_figure_rows_export_and_import(db, tmp_path):
    import json

    exported = tmp_path / "rader.json"
    out = run("key-figures", "export", "--db", db, "--user", "anna", "--file", exported)
    assert out.returncode == 0, out.stderr
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "vagval-nyckeltalsrader" and data["version"] == 1
    assert [r["label"] for r in data["rows"]][0] == "Uppsök"
    data["rows"] = [{"measure": "outreach_contacts", "label": "Uppsök (antal kontakter på gatan)"}]
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = run("key-figures", "import", "--db", db, "--user", "anna", "--file", exported)
    assert out.returncode == 0 and "1 rader" in out.stdout, out.stderr
    again = tmp_path / "igen.json"
    run("key-figures", "export", "--db", db, "--user", "anna", "--file", again)
    assert json.loads(again.read_text(encoding="utf-8"))["rows"][0]["label"].endswith("gatan)")
    bad = tmp_path / "fel.json"
    bad.write_text('{"format": "något annat"}', encoding="utf-8")
    out = run("key-figures", "import", "--db", db, "--user", "anna", "--file", bad)
    assert out.returncode == 2 and "nyckeltalsrader" in out.stderr and "Traceback" not in out.stderr


def test_stats_yearly_report_in_every_format(db, tmp_path):
    """The yearly report needs no Qt: the command line makes it as the program prints it."""
    for kind in ("pdf", "xlsx", "csv"):
        out = tmp_path / f"vb.{kind}"
        args = ["stats", "--db", db, "--user", "anna", "--report", "yearly", "--year", "2009"]
        result = run(*args, "--format", kind, "--out", out, "--suppress-below", "3")
        assert result.returncode == 0, result
    assert (tmp_path / "vb.pdf").read_bytes().startswith(b"%PDF")
    csv_text = (tmp_path / "vb.csv").read_text(encoding="utf-8-sig")
    assert "Verksamhetsberättelse 2009" in csv_text and "3.5 Årssammanställning" in csv_text
    no_year = run(
        "stats",
        "--db",
        db,
        "--user",
        "anna",
        "--report",
        "yearly",
        "--format",
        "pdf",
        "--out",
        tmp_path / "x.pdf",
    )
    assert no_year.returncode == 2 and "--year" in no_year.stderr


def test_stats_every_report_for_a_quarter_and_freeze(db, tmp_path):
    """Every report from the command line, access and outcomes per quarter included, the
    same document the Statistik page exports; and a period frozen from a schedule."""
    base = ["stats", "--db", db, "--user", "anna", "--quarter", "2009Q3"]
    for report in (
        "clients",
        "municipalities",
        "access",
        "outcomes",
        "courses",
        "outreach",
        "survey",
    ):
        out = tmp_path / f"{report}.csv"
        result = run(*base, "--report", report, "--format", "csv", "--out", out)
        assert result.returncode == 0, (report, result.stderr)
        assert "2009Q3" in out.read_text(encoding="utf-8-sig").splitlines()[0], report
    assert (
        run(*base, "--report", "access", "--format", "pdf", "--out", tmp_path / "a.pdf").returncode
        == 0
    )
    missing = run(*base, "--report", "access")
    assert missing.returncode == 2 and "--format" in missing.stderr
    frozen = run("stats", "freeze", "--db", db, "--user", "anna", "--year", "2009")
    assert frozen.returncode == 0 and "Fastställd: 2009" in frozen.stdout, frozen.stderr
    again = run("stats", "freeze", "--db", db, "--user", "anna", "--year", "2009")
    assert again.returncode != 0 and again.stderr.strip()  # a sentence, not a traceback
    assert "Traceback" not in again.stderr

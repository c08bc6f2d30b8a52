"""The keyed audit chain and its anchors: a log cut short or re-hashed is caught.

Someone who holds the database key can drop the triggers and rewrite the log; the
anchors kept outside it (the key file, every backup's manifest, each review, printed
on the review's paper) still tell. Exercised through ``vagval-admin verify`` as IT staff
would run it, on a real encrypted database.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from datetime import date

from desktop_app.core.domain.audit import AnchorResult, AuditAction
from desktop_app.session import Gatekeeper
from desktop_app.storage.repos.audit_repo import _row_hash

PW = "Hemligt-losen-123"


def verify(path):
    env = {**os.environ, "VAGVAL_PASSWORD": PW}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "verify", "--db", str(path), "--user", "anna"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _tamper(vault, *sql):
    session = Gatekeeper(vault.path).login("anna", PW)
    db = session.vault.db
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("DROP TRIGGER audit_log_no_delete")
    for statement in sql:
        db.execute(statement)
    session.vault.close()  # not session.close(): the tamperer leaves no logout, no anchor


def _work(vault, rows=30):
    for i in range(rows):
        vault.session.audit.record(AuditAction.READ, "client", i)
    vault.session.close()


def test_a_whole_log_verifies_and_each_row_is_an_hmac(vault):
    _work(vault)
    out = verify(vault.path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Resultat: HEL" in out.stdout
    session = Gatekeeper(vault.path).login("anna", PW)
    try:
        row = session.vault.db.execute(
            "SELECT prev_hash, at, user_id, username, action, entity, entity_id, detail, hash"
            " FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        # The program's own unkeyed function does not give the stored hash.
        assert _row_hash(None, *row[:8]) != row[8]
    finally:
        session.close()


def test_deleting_the_tail_makes_verify_exit_1(vault):
    _work(vault)
    _tamper(vault, "DELETE FROM audit_log WHERE id > (SELECT max(id) - 20 FROM audit_log)")
    out = verify(vault.path)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "kortats" in out.stdout and "Resultat: SKADAD" in out.stdout


def test_the_tail_deleted_and_new_rows_written_after_it_is_still_caught(vault):
    _work(vault)
    _tamper(vault, "DELETE FROM audit_log WHERE id > (SELECT max(id) - 20 FROM audit_log)")
    session = Gatekeeper(vault.path).login("anna", PW)  # rows with the same ids again
    for i in range(25):
        session.audit.record(AuditAction.READ, "client", i)
    session.close()
    out = verify(vault.path)
    assert out.returncode == 1 and "skrivits om" in out.stdout, out.stdout


def test_a_row_removed_and_the_chain_recomputed_with_the_key_is_caught_by_anchors(vault):
    _work(vault)
    session = Gatekeeper(vault.path).login("anna", PW)
    key = bytes.fromhex(
        session.vault.db.execute(
            "SELECT value FROM settings WHERE key = 'audit_chain_key'"
        ).fetchone()[0]
    )
    session.vault.close()
    # The insider holds the key: one row goes, every later hash is recomputed.
    session = Gatekeeper(vault.path).login("anna", PW)
    db = session.vault.db
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("DROP TRIGGER audit_log_no_delete")
    victim = db.execute("SELECT id FROM audit_log WHERE entity_id = '7'").fetchone()[0]
    db.execute("DELETE FROM audit_log WHERE id = ?", [victim])
    keyed_from = int(
        db.execute("SELECT value FROM settings WHERE key = 'audit_keyed_from'").fetchone()[0]
    )
    rows = db.execute(
        "SELECT id, at, user_id, username, action, entity, entity_id, detail, prev_hash"
        " FROM audit_log WHERE id > ? ORDER BY id",
        [victim - 1],
    ).fetchall()
    prev = db.execute("SELECT hash FROM audit_log WHERE id = ?", [victim - 1]).fetchone()[0]
    for r in rows:
        digest = _row_hash(key if r[0] >= keyed_from else None, prev, *r[1:8])
        db.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", [prev, digest, r[0]]
        )
        prev = digest
    assert session.audit.broken_links() == []  # the links alone look whole
    session.vault.close()
    out = verify(vault.path)
    assert out.returncode == 1, out.stdout
    assert "nyckelfilen" in out.stdout


def test_backups_and_reviews_keep_anchors_that_outlive_the_key_file(vault, tmp_path):
    session = vault.session
    for i in range(10):
        session.audit.record(AuditAction.READ, "client", i)
    backup = session.backups.backup_now(tmp_path / "backuper").path
    manifest = json.loads(zipfile.ZipFile(backup).read("manifest.json").decode("utf-8"))
    assert manifest["audit"]["last_id"] > 0 and len(manifest["audit"]["head"]) == 64
    session.audit.add_review(date(2026, 1, 1), date(2026, 1, 31), "Genomgånget, inget avvikande.")
    review = session.audit.reviews()[0]
    assert review.anchor is not None
    session.close()
    # The insider cuts the tail and also wipes the key file's anchor.
    _tamper(vault, "DELETE FROM audit_log WHERE id > (SELECT max(id) - 15 FROM audit_log)")
    keys = vault.path.with_name("vagval.db.keys")
    doc = json.loads(keys.read_text())
    doc.pop("anchor", None)
    keys.write_text(json.dumps(doc))
    session = Gatekeeper(vault.path).login("anna", PW)
    try:
        check = session.check_audit()
        sources = {a.source: r for a, r in check.anchors}
        assert sources[f"backup:{backup.name}"] == AnchorResult.MISSING
        assert sources["review"] == AnchorResult.MISSING
        assert not check.whole
    finally:
        session.close()

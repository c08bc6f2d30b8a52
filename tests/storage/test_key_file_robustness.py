"""The key file survives a crash while it is saved, says where its previous version is,
and refuses Argon2 costs no program of ours wrote (a flipped bit, an edit)."""

from __future__ import annotations

import json
import os

import pytest

from desktop_app.core.errors import KeyFileError, KeyFileMissingError
from desktop_app.messages import describe
from desktop_app.session import Gatekeeper
from desktop_app.storage.keyslots import KeySlotFile


def _keys(vault):
    return vault.path.with_name("vagval.db.keys")


def test_a_save_keeps_a_complete_key_file_under_its_name_at_every_moment(vault, monkeypatch):
    vault.session.close()
    path = _keys(vault)
    slots = KeySlotFile.load(path)
    seen = []
    real_replace = os.replace

    def watching_replace(src, dst):
        seen.append(path.exists())  # before every rename of the save
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", watching_replace)
    slots.save()
    assert seen and all(seen)
    assert path.with_name("vagval.db.keys.bak").exists()


def test_a_new_version_left_as_tmp_after_a_power_cut_is_used(vault):
    vault.session.close()
    path = _keys(vault)
    os.replace(path, path.with_name("vagval.db.keys.tmp"))  # as if cut before the rename
    Gatekeeper(vault.path).login(vault.admin, vault.password).close()
    assert path.exists()


def test_a_missing_key_file_names_its_previous_version(vault):
    vault.session.users.change_own_password(vault.password, "Nytt-langt-losen-42")  # makes .bak
    vault.session.close()
    _keys(vault).unlink()
    with pytest.raises(KeyFileMissingError) as info:
        Gatekeeper(vault.path).login(vault.admin, "Nytt-langt-losen-42")
    text = describe(info.value)
    assert "vagval.db.keys.bak" in text and "kopiera" in text


@pytest.mark.parametrize(
    "field, value", [("m", 8), ("t", 300), ("p", 0), ("p", 64), ("m", "65536")]
)
def test_argon2_costs_out_of_range_are_a_damaged_key_file(vault, field, value):
    vault.session.close()
    path = _keys(vault)
    doc = json.loads(path.read_text())
    for slot in doc["slots"]:
        if slot["kind"] == "password":
            slot["kdf"][field] = value
    path.write_text(json.dumps(doc))
    with pytest.raises(KeyFileError) as info:
        Gatekeeper(vault.path).login(vault.admin, vault.password)
    assert not isinstance(info.value, KeyFileMissingError)
    assert "Nyckelfilen är skadad" in describe(info.value)


def test_a_cut_recovery_slot_is_found_by_the_check(vault):
    vault.session.close()
    path = _keys(vault)
    doc = json.loads(path.read_text())
    recovery = next(s for s in doc["slots"] + doc.get("legacy", []) if s["kind"] == "recovery")
    recovery["wrapped"] = recovery["wrapped"][:-8] + "AAAA"  # a few bytes lost
    path.write_text(json.dumps(doc))
    with pytest.raises(KeyFileError):
        KeySlotFile.load(path)


def test_verify_reports_a_cut_recovery_slot_as_damaged(vault):
    import subprocess
    import sys

    vault.session.close()
    path = _keys(vault)
    doc = json.loads(path.read_text())
    recovery = next(s for s in doc["slots"] + doc.get("legacy", []) if s["kind"] == "recovery")
    recovery["nonce"] = recovery["nonce"][:8]
    path.write_text(json.dumps(doc))
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "verify", "--db", str(vault.path)]
        + ["--user", vault.admin],
        input=vault.password + "\n",
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1 and "SKADAD" in done.stdout, done.stdout + done.stderr


def test_another_databases_key_file_is_said_to_be_so(vault, tmp_path):
    import shutil

    from desktop_app.core.domain.roles import Role
    from desktop_app.core.domain.users import NewUser
    from desktop_app.session import create_unit

    other, _ = create_unit(
        tmp_path / "annan" / "vagval.db",
        "FAST Annanstans",
        NewUser("bo", "Bo Berg", Role.ADMINISTRATOR),
        "Ett-annat-losen-77",
    )
    other.close()
    vault.session.close()
    shutil.copyfile(tmp_path / "annan" / "vagval.db.keys", _keys(vault))
    with pytest.raises(KeyFileError) as info:
        Gatekeeper(vault.path).login("bo", "Ett-annat-losen-77")
    assert "hör till en annan databas" in describe(info.value)

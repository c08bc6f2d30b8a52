"""A wrong password or a damaged key file: the program's own error, files untouched."""

import pytest

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.errors import (
    DatabaseDamagedError,
    KeyFileError,
    KeyFileMissingError,
    LoginThrottledError,
    WrongPasswordError,
)
from desktop_app.core.services.login_throttle import FREE_ATTEMPTS, LoginThrottle
from desktop_app.messages import describe
from desktop_app.session import Gatekeeper
from tests.conftest import files_of


@pytest.fixture
def closed(vault):
    vault.session.close()
    return vault


@pytest.mark.parametrize(
    "username,password",
    [("anna", "fel-losenord-123"), ("okand", "Hemligt-losen-123"), ("anna", "")],
)
def test_wrong_password_raises_own_error_and_touches_nothing(closed, username, password):
    before = files_of(closed.path)
    with pytest.raises(WrongPasswordError):
        Gatekeeper(closed.path).login(username, password)
    assert files_of(closed.path) == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],
        lambda b: b"not json at all",
        lambda b: b.replace(b'"vagval-keyslots"', b'"something-else"'),
        lambda b: b"",
    ],
)
def test_damaged_key_file_raises_own_error_and_touches_nothing(closed, damage):
    keys = closed.path.with_name("vagval.db.keys")
    keys.write_bytes(damage(keys.read_bytes()))
    before = files_of(closed.path)
    with pytest.raises(KeyFileError):
        Gatekeeper(closed.path).login(closed.admin, closed.password)
    assert files_of(closed.path) == before


def test_flipped_bit_in_wrapped_key_is_damage_not_a_wrong_password(closed):
    keys = closed.path.with_name("vagval.db.keys")
    import json

    doc = json.loads(keys.read_text())
    slot = next(s for s in doc["slots"] if s["kind"] == "password")
    slot["wrapped"] = ("B" if slot["wrapped"][0] != "B" else "C") + slot["wrapped"][1:]
    keys.write_text(json.dumps(doc))
    before = files_of(closed.path)
    # Each slot carries a checksum of its fields: a flipped bit is told as a damaged key
    # file, not as a wrong password the user would type again and again.
    with pytest.raises(KeyFileError) as info:
        Gatekeeper(closed.path).login(closed.admin, closed.password)
    assert "Nyckelfilen är skadad" in describe(info.value)
    assert files_of(closed.path) == before


def test_missing_key_file(closed):
    closed.path.with_name("vagval.db.keys").unlink()
    with pytest.raises(KeyFileMissingError):
        Gatekeeper(closed.path).login(closed.admin, closed.password)


def test_damaged_database_header_is_reported_as_damage(closed):
    data = bytearray(closed.path.read_bytes())
    data[100] ^= 0xFF  # inside page 1, covered by its HMAC
    closed.path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamagedError):
        Gatekeeper(closed.path).login(closed.admin, closed.password)


def test_repeated_failures_are_throttled(closed):
    clock = [0.0]
    gate = Gatekeeper(closed.path, throttle=LoginThrottle(lambda: clock[0]))
    for _ in range(3):
        with pytest.raises(WrongPasswordError):
            gate.login("anna", "fel-losenord-123")
    with pytest.raises(LoginThrottledError) as info:
        gate.login("anna", closed.password)  # even the right password must wait
    assert info.value.params["seconds"] > 0
    clock[0] += 60
    session = gate.login("anna", closed.password)
    actions = [e.action.value for e in session.audit.entries(limit=3)]
    session.close()
    assert "login_after_failures" in actions


def test_a_flipped_byte_deep_in_the_file_is_found_by_the_page_check_after_login(closed):
    """Unlocking no longer reads every page (it stays fast at any size); the full check
    runs right after login (the GUI does it in the background) and in verify."""
    data = bytearray(closed.path.read_bytes())
    assert len(data) > 4096 * 12
    data[4096 * 10 + 777] ^= 0x01  # a page no query at login would read
    closed.path.write_bytes(bytes(data))
    session = Gatekeeper(closed.path).login(closed.admin, closed.password)
    try:
        assert session.check_pages() != []
        assert not session.integrity().sound
    finally:
        session.vault.close()


def test_the_throttle_outlives_a_restart_and_holds_on_the_command_line(closed):
    import os
    import subprocess
    import sys

    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPasswordError):
            Gatekeeper(closed.path).login("anna", "fel-losenord")  # a new program each time
    with pytest.raises(LoginThrottledError):
        Gatekeeper(closed.path).login("anna", closed.password)
    env = {**os.environ, "VAGVAL_PASSWORD": closed.password}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app.cli",
            "verify",
            "--db",
            str(closed.path),
            "--user",
            "anna",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
    assert "vänta" in out.stderr.lower()
    throttle_file = closed.path.with_name("vagval.db.throttle")
    assert oct(throttle_file.stat().st_mode & 0o777) == "0o600"
    assert "anna" not in throttle_file.read_text()


def test_failed_logins_reach_the_audit_log_at_the_next_login(closed):
    with pytest.raises(WrongPasswordError):
        Gatekeeper(closed.path).login("anna", "fel-losenord")
    with pytest.raises(WrongPasswordError):
        Gatekeeper(closed.path).login("okand-person", "fel-losenord")
    session = Gatekeeper(closed.path).login("anna", closed.password)
    try:
        entries = session.audit.entries(limit=10)
        failed = [e.detail for e in entries if e.action == AuditAction.LOGIN_FAILED]
        after = [e.detail for e in entries if e.action == AuditAction.LOGIN_AFTER_FAILURES]
        assert after == ["failures=1"]
        assert len(failed) == 1 and failed[0].startswith("user=? failures=1")
    finally:
        session.close()
    session = Gatekeeper(closed.path).login("anna", closed.password)  # logged only once
    try:
        entries = session.audit.entries(limit=100)
        assert len([e for e in entries if e.action == AuditAction.LOGIN_FAILED]) == 1
    finally:
        session.close()

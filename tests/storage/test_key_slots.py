"""Key slots: passwords and the recovery key wrap one data key; no re-encryption."""

import json

import pytest

from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.core.errors import UserDisabledError, WrongPasswordError, WrongRecoveryKeyError
from desktop_app.session import Gatekeeper
from desktop_app.storage.keyslots import KeySlotFile, _check
from desktop_app.storage.recovery_key import (
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
)


def _salt(path):
    return path.read_bytes()[:16]  # SQLCipher's per-file salt: changes only on re-encryption


def test_changing_and_adding_passwords_never_reencrypts(vault):
    salt = _salt(vault.path)
    slots_before = KeySlotFile.load(vault.path.with_name("vagval.db.keys"))
    key_before = slots_before.unlock_password("anna", vault.password).first()
    vault.session.users.change_own_password(vault.password, "Nytt-langt-losen-42")
    vault.session.users.add_user(NewUser("bo", "Bo Berg", Role.COUNSELLOR), "Tillfalligt-losen-9")
    vault.session.close()
    slots = KeySlotFile.load(vault.path.with_name("vagval.db.keys"))
    assert slots.unlock_password("anna", "Nytt-langt-losen-42").first() == key_before
    assert slots.unlock_password("bo", "Tillfalligt-losen-9").first() == key_before
    assert _salt(vault.path) == salt
    with pytest.raises(WrongPasswordError):
        Gatekeeper(vault.path).login("anna", vault.password)
    Gatekeeper(vault.path).login("anna", "Nytt-langt-losen-42").close()


def test_slot_moved_to_another_user_does_not_open(vault):
    vault.session.users.add_user(NewUser("bo", "Bo Berg", Role.COUNSELLOR), "Tillfalligt-losen-9")
    vault.session.close()
    keys = vault.path.with_name("vagval.db.keys")
    doc = json.loads(keys.read_text())
    slots = KeySlotFile.load(keys)
    bo = next(s for s in doc["slots"] if s["name"] == slots.slot_name("bo"))
    anna = next(s for s in doc["slots"] if s["name"] == slots.slot_name("anna"))
    for field in ("salt", "nonce", "wrapped", "kdf", "public"):
        anna[field] = bo[field]
    anna["check"] = _check(anna)  # a deliberate move, not damage: the check is redone
    keys.write_text(json.dumps(doc))
    # Bo's password in Anna's slot: the associated data (the username) does not match.
    with pytest.raises(WrongPasswordError):
        Gatekeeper(vault.path).login("anna", "Tillfalligt-losen-9")


def test_recovery_key_sets_a_new_admin_password(vault):
    vault.session.close()
    gate = Gatekeeper(vault.path)
    session = gate.login_with_recovery_key(
        vault.recovery_key.lower().replace("-", " "), "anna", "Aterstallt-losen-77"
    )
    assert session.user.username == "anna"
    assert session.audit.entries(limit=1)[0].action.value == "recovery_key_used"
    session.close()
    gate.login("anna", "Aterstallt-losen-77").close()


def test_wrong_recovery_key_is_refused(vault):
    vault.session.close()
    other = format_recovery_key(new_recovery_secret())
    with pytest.raises(WrongRecoveryKeyError):
        Gatekeeper(vault.path).login_with_recovery_key(other, "anna", "Aterstallt-losen-77")


def test_recovery_key_format_catches_typos():
    secret = new_recovery_secret()
    text = format_recovery_key(secret)
    assert parse_recovery_key(text) == secret
    assert parse_recovery_key(text.lower().replace("-", "")) == secret
    typo = ("A" if text[0] != "A" else "B") + text[1:]
    with pytest.raises(WrongRecoveryKeyError):
        parse_recovery_key(typo)
    with pytest.raises(WrongRecoveryKeyError):
        parse_recovery_key(text[:-5])


def test_disabled_user_loses_the_slot_and_cannot_log_in(vault):
    bo = vault.session.users.add_user(
        NewUser("bo", "Bo Berg", Role.COUNSELLOR), "Tillfalligt-losen-9"
    )
    vault.session.users.disable_user(bo.id)
    assert not KeySlotFile.load(vault.path.with_name("vagval.db.keys")).has_password_slot("bo")
    with pytest.raises(WrongPasswordError):
        Gatekeeper(vault.path).login("bo", "Tillfalligt-losen-9")
    vault.session.users.enable_user(bo.id, "Ateraktiverad-losen-5")
    Gatekeeper(vault.path).login("bo", "Ateraktiverad-losen-5").close()


def test_inactive_row_with_a_leftover_slot_is_refused(vault):
    bo = vault.session.users.add_user(
        NewUser("bo", "Bo Berg", Role.COUNSELLOR), "Tillfalligt-losen-9"
    )
    with vault.session.vault.uow.transaction():
        vault.session.vault.db.execute("UPDATE users SET active = 0 WHERE id = ?", [bo.id])
    with pytest.raises(UserDisabledError):
        Gatekeeper(vault.path).login("bo", "Tillfalligt-losen-9")

"""Storage layer: the backup account, for scheduled backups that cannot read records.

Its slot in the key file (kind ``backup``) is opened by a long random password in the
recovery key's format (so HKDF suffices, as for the recovery key, and no login delay is
needed) and holds no grant: the password opens no part of the database. What it yields
is a MAC key (HKDF of the slot's private key), which the administrator who created the
account also stored in the encrypted main file (setting ``backup_account_key``): a
sealed backup's manifest is signed with it, and a restore checks it against the copy of
that setting inside the backup itself.
"""

from __future__ import annotations

import secrets

from cryptography.exceptions import InvalidTag

from desktop_app.core.errors import WrongPasswordError, WrongRecoveryKeyError
from desktop_app.storage.key_material import _hkdf, _unb64
from desktop_app.storage.keyslots import KeySlotFile
from desktop_app.storage.recovery_key import (
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
)

BACKUP_SLOT = "backup-account"
MAC_KEY_SETTING = "backup_account_key"
_WRAP_INFO = b"vagval backup account slot"
_MAC_INFO = b"vagval sealed backup manifest"


def has_backup_account(slots: KeySlotFile) -> bool:
    return BACKUP_SLOT in slots.slots


def set_backup_account(slots: KeySlotFile) -> tuple[str, bytes]:
    """A new backup account (replacing any earlier one): (its password, to be shown
    once; the MAC key its backups are signed with). The caller saves the file."""
    secret = new_recovery_secret()
    salt = secrets.token_bytes(16)
    wrapping = _hkdf(secret, salt, _WRAP_INFO)
    private = slots._seal_slot("backup", BACKUP_SLOT, wrapping, salt, {"name": "hkdf-sha256"})
    return format_recovery_key(secret), _mac_key(private.private_bytes_raw())


def unlock_backup_account(slots: KeySlotFile, password: str) -> bytes:
    """The MAC key for a sealed backup; ``WrongPasswordError`` for any other password."""
    slot = slots.slots.get(BACKUP_SLOT)
    try:
        secret = parse_recovery_key(password)
    except WrongRecoveryKeyError:
        raise WrongPasswordError() from None
    if slot is None:
        raise WrongPasswordError()
    wrapping = _hkdf(secret, _unb64(slot["salt"]), _WRAP_INFO)
    try:
        private = slots._open_slot(BACKUP_SLOT, wrapping)
    except InvalidTag:
        raise WrongPasswordError() from None
    return _mac_key(private.private_bytes_raw())


def remove_backup_account(slots: KeySlotFile) -> bool:
    """Forget the backup account; True when there was one. The caller saves the file."""
    return slots.slots.pop(BACKUP_SLOT, None) is not None


def _mac_key(private_raw: bytes) -> bytes:
    return _hkdf(private_raw, None, _MAC_INFO)

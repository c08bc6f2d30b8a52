"""Storage layer: the recovery key as people read it: 32 random bytes plus a 2-byte
checksum in base32, in groups of five (``ABCDE-FGHIJ-...``). Typing errors are caught
by the checksum before any decryption is tried.
"""

from __future__ import annotations

import base64
import hashlib
import secrets

from desktop_app.core.errors import WrongRecoveryKeyError

SECRET_BYTES = 32
_CHECK_BYTES = 2
_GROUP = 5
# Characters people mix up with base32's alphabet (which has no 0, 1, 8 or 9).
_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_recovery_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


def format_recovery_key(secret: bytes) -> str:
    check = hashlib.sha256(secret).digest()[:_CHECK_BYTES]
    text = base64.b32encode(secret + check).decode("ascii").rstrip("=")
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The secret in a typed recovery key; ``WrongRecoveryKeyError`` when it cannot be one."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_CONFUSABLE)
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        raw = base64.b32decode(padded)
    except (ValueError, base64.binascii.Error) as exc:
        raise WrongRecoveryKeyError("malformed") from exc
    if len(raw) != SECRET_BYTES + _CHECK_BYTES:
        raise WrongRecoveryKeyError("length")
    secret, check = raw[:SECRET_BYTES], raw[SECRET_BYTES:]
    if hashlib.sha256(secret).digest()[:_CHECK_BYTES] != check:
        raise WrongRecoveryKeyError("checksum")
    return secret

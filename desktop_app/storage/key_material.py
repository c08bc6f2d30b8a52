"""Storage layer: the key material of the key file: the parts' keys, Argon2id costs,
entry checksums, and checking and writing the file's entries (used by keyslots.py)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop_app.core.errors import KeyFileError

FORMAT = "vagval-keyslots"
VERSION = 2
LEGACY_VERSION = 1
KEY_BYTES = 32
PARTS = ("main", "courses", "register")
RECOVERY_SLOT = "recovery"
SLOT_SIZES = {"salt": 16, "nonce": 12, "wrapped": KEY_BYTES + 16, "public": 32}
LEGACY_SIZES = {"salt": 16, "nonce": 12, "wrapped": KEY_BYTES + 16}

KeySet = dict[str, bytes]  # part -> its SQLCipher key


# Argon2id costs a key file may ask for: outside them a slot is damaged (a flipped bit or
# an edit), never a 19-second login or a traceback.
KDF_LIMITS = {"t": (1, 10), "m": (1024, 1024 * 1024), "p": (1, 16)}  # m in KiB


def _checked_kdf(kdf: dict) -> None:
    if kdf.get("name") != "argon2id":
        raise ValueError("unknown key derivation")
    for key, (low, high) in KDF_LIMITS.items():
        value = kdf[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(f"Argon2 parameter {key}={value!r} outside {low}..{high}")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; the default is RFC 9106's second recommended option (64 MiB)."""

    time_cost: int = 3
    memory_cost_kib: int = 65536
    parallelism: int = 4

    def derive(self, password: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            password.encode("utf-8"),
            salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )

    def as_dict(self) -> dict:
        return {
            "name": "argon2id",
            "t": self.time_cost,
            "m": self.memory_cost_kib,
            "p": self.parallelism,
        }

    @classmethod
    def of(cls, kdf: dict) -> KdfParams:
        return cls(int(kdf["t"]), int(kdf["m"]), int(kdf["p"]))


def new_key_set(parts=PARTS) -> KeySet:
    return {part: secrets.token_bytes(KEY_BYTES) for part in parts}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalize_username(username: str) -> str:
    return username.strip().casefold()


def _hkdf(secret: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def _canonical(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _check(entry: dict) -> str:
    body = {k: v for k, v in entry.items() if k != "check"}
    return hashlib.sha256(_canonical(body).encode()).hexdigest()


def _public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _pack(keys: KeySet, parts: tuple[str, ...]) -> bytes:
    return b"".join(keys[p] for p in parts)


def _unpack(data: bytes, parts: tuple[str, ...]) -> KeySet:
    if len(data) != KEY_BYTES * len(parts):
        raise KeyFileError("a grant holds the wrong number of keys")
    return {p: data[i * KEY_BYTES : (i + 1) * KEY_BYTES] for i, p in enumerate(parts)}


@dataclass
class Unlocked:
    """What one password (or the recovery key) opens: the keys to try for each part
    (during an interrupted key change, the old key and the new one), and whether it
    came through a version-1 slot that still has to be upgraded."""

    keys: dict[str, list[bytes]] = field(default_factory=dict)
    legacy_key: bytes | None = None

    def first(self) -> KeySet:
        return {part: options[0] for part, options in self.keys.items()}


def _checked_slot(slot: dict) -> dict:
    for name, size in SLOT_SIZES.items():
        if len(_unb64(slot[name])) != size:  # a cut or altered slot
            raise ValueError(f"slot field {name} has the wrong length")
    if slot["kind"] == "password":
        _checked_kdf(slot["kdf"])
    elif slot["kind"] not in ("recovery", "backup"):
        raise ValueError("unknown slot kind")
    if slot.get("check") != _check(slot):
        raise ValueError(f"slot {slot['name']} is damaged")
    return dict(slot)


def _checked_grant(grant: dict) -> dict:
    parts = grant["parts"]
    if not parts or any(p not in PARTS for p in parts) or len(set(parts)) != len(parts):
        raise ValueError("a grant names unknown parts")
    if len(_unb64(grant["epk"])) != 32 or len(_unb64(grant["nonce"])) != 12:
        raise ValueError("grant field has the wrong length")
    if len(_unb64(grant["wrapped"])) != KEY_BYTES * len(parts) + 16:
        raise ValueError("grant holds the wrong number of keys")
    if grant.get("check") != _check(grant):
        raise ValueError(f"grant {grant['name']} is damaged")
    return dict(grant)


def _checked_legacy(slot: dict) -> dict:
    for name, size in LEGACY_SIZES.items():
        if len(_unb64(slot[name])) != size:
            raise ValueError(f"slot field {name} has the wrong length")
    if slot["kind"] == "password":
        _checked_kdf(slot["kdf"])
    elif slot["kind"] not in ("recovery", "backup"):
        raise ValueError("unknown slot kind")
    return dict(slot)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

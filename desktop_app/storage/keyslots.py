"""Storage layer: key slots. One random data key opens the database; each user's
password (Argon2id) and the recovery key (HKDF) wrap a copy of it with AES-256-GCM.

Adding or changing a password rewrites only the small slot file, never the database
(the LUKS / KeePassXC design). The file is JSON, written atomically with the previous
version kept as ``.bak``. Each slot's AES-GCM associated data binds it to the database
id, its kind and its username, so a slot cannot be moved to another user or file.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.core.errors import (
    KeyFileError,
    KeyFileMissingError,
    StorageError,
    WrongPasswordError,
    WrongRecoveryKeyError,
)

FORMAT = "vagval-keyslots"
VERSION = 1
KEY_BYTES = 32
SLOT_SIZES = {"salt": 16, "nonce": 12, "wrapped": KEY_BYTES + 16}  # AES-GCM adds a 16-byte tag
RECOVERY_SLOT = "recovery"


# Argon2id costs a key file may ask for: outside them a slot is damaged (a flipped bit or
# an edit), never a 19-second login or a traceback.
KDF_LIMITS = {"t": (1, 10), "m": (1024, 1024 * 1024), "p": (1, 16)}  # m in KiB


def _checked_kdf(kdf: dict) -> None:
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


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalize_username(username: str) -> str:
    return username.strip().casefold()


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"vagval recovery slot"
    ).derive(secret)


class KeySlotFile:
    """The key slots of one database, held in memory; ``save()`` writes them."""

    def __init__(self, path: Path, db_id: str, slots: dict[str, dict], db_salt: str = "") -> None:
        self.path = path
        self.db_id = db_id
        self._slots = slots
        # The database file's own SQLCipher salt (its first 16 bytes, not secret): tells
        # "this key file belongs to another database" apart from a damaged database.
        self.db_salt = db_salt

    def belongs_to(self, db_path: Path) -> bool | None:
        """Whether the database file at ``db_path`` is this key file's; None: unknown."""
        if not self.db_salt:
            return None
        try:
            with open(db_path, "rb") as handle:
                head = handle.read(16)
        except OSError:
            return None
        return len(head) < 16 or _b64(head) == self.db_salt

    # -- reading and writing the file -------------------------------------------------

    @classmethod
    def new(cls, path: Path, db_id: str) -> KeySlotFile:
        return cls(path, db_id, {})

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        """The key file; if only a finished new version (``.tmp``) is left after a power
        cut between writing and renaming, that version is put in place and used."""
        tmp = path.with_name(path.name + ".tmp")
        if not path.exists() and tmp.exists():
            try:
                promoted = cls._parse(tmp, tmp.read_bytes())
            except (KeyFileError, OSError):
                promoted = None
            if promoted is not None:
                with contextlib.suppress(OSError):
                    os.replace(tmp, path)
                    _fsync_dir(path.parent)
                    return cls(path, promoted.db_id, promoted._slots, promoted.db_salt)
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            backup = path.with_name(path.name + ".bak")
            raise KeyFileMissingError(
                str(path), backup=str(backup) if backup.exists() else ""
            ) from exc
        except OSError as exc:
            raise KeyFileError(str(exc)) from exc
        return cls._parse(path, raw)

    @classmethod
    def _parse(cls, path: Path, raw: bytes) -> KeySlotFile:
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT or doc.get("version") != VERSION:
                raise ValueError("unknown format")
            db_id = str(doc["db_id"])
            slots = {}
            for slot in doc["slots"]:
                name = str(slot["name"])
                for field, size in SLOT_SIZES.items():
                    if len(_unb64(slot[field])) != size:  # a cut or altered slot
                        raise ValueError(f"slot field {field} has the wrong length")
                if slot["kind"] not in ("password", "recovery"):
                    raise ValueError("unknown slot kind")
                if slot["kind"] == "password":
                    _checked_kdf(slot["kdf"])
                slots[name] = dict(slot)
            db_salt = str(doc.get("db_salt", ""))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise KeyFileError(f"{path}: {exc}") from exc
        return cls(path, db_id, slots, db_salt)

    def save(self) -> None:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "db_id": self.db_id,
            "slots": [self._slots[name] for name in sorted(self._slots)],
        }
        if self.db_salt:
            doc["db_salt"] = self.db_salt
        data = json.dumps(doc, indent=1).encode("utf-8")
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            if self.path.exists():
                # The previous version is copied aside, never moved: there is a complete
                # key file under the real name at every moment.
                backup = self.path.with_name(self.path.name + ".bak")
                backup_tmp = self.path.with_name(self.path.name + ".bak.tmp")
                shutil.copyfile(self.path, backup_tmp)
                os.chmod(backup_tmp, 0o600)
                os.replace(backup_tmp, backup)
            os.replace(tmp, self.path)
            _fsync_dir(self.path.parent)
        except OSError as exc:
            raise StorageError(str(exc), reason="key_file_write") from exc

    # -- slots ------------------------------------------------------------------------

    def slot_name(self, username: str) -> str:
        """Slots are named by a hash so the file does not list the staff's usernames."""
        digest = hashlib.sha256(f"{self.db_id}:{normalize_username(username)}".encode())
        return "u-" + digest.hexdigest()[:32]

    def password_slot_count(self) -> int:
        return sum(1 for s in self._slots.values() if s["kind"] == "password")

    def has_password_slot(self, username: str) -> bool:
        return self.slot_name(username) in self._slots

    def _aad(self, kind: str, name: str) -> bytes:
        return f"{FORMAT}:{self.db_id}:{kind}:{name}".encode()

    def _seal(
        self, kind: str, name: str, wrapping_key: bytes, salt: bytes, data_key: bytes, kdf: dict
    ) -> None:
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, self._aad(kind, name))
        self._slots[name] = {
            "name": name,
            "kind": kind,
            "kdf": kdf,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
        }

    def _open(self, name: str, wrapping_key: bytes) -> bytes:
        slot = self._slots[name]
        return AESGCM(wrapping_key).decrypt(
            _unb64(slot["nonce"]), _unb64(slot["wrapped"]), self._aad(slot["kind"], name)
        )

    def set_password(
        self, username: str, password: str, data_key: bytes, params: KdfParams | None = None
    ) -> None:
        params = params or KdfParams()
        name = self.slot_name(username)
        salt = secrets.token_bytes(16)
        kdf = {
            "name": "argon2id",
            "t": params.time_cost,
            "m": params.memory_cost_kib,
            "p": params.parallelism,
        }
        self._seal("password", name, params.derive(password, salt), salt, data_key, kdf)

    def unwrap_password(self, username: str, password: str) -> bytes:
        name = self.slot_name(username)
        slot = self._slots.get(name)
        if slot is None or slot["kind"] != "password":
            # Spend the same time as a real attempt so usernames cannot be probed.
            KdfParams().derive(password, b"\0" * 16)
            raise WrongPasswordError()
        kdf = slot["kdf"]
        try:
            params = KdfParams(int(kdf["t"]), int(kdf["m"]), int(kdf["p"]))
            wrapping_key = params.derive(password, _unb64(slot["salt"]))
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileError(str(exc)) from exc
        try:
            return self._open(name, wrapping_key)
        except InvalidTag as exc:
            raise WrongPasswordError() from exc

    def remove(self, username: str) -> None:
        self._slots.pop(self.slot_name(username), None)

    def set_recovery(self, recovery_secret: bytes, data_key: bytes) -> None:
        salt = secrets.token_bytes(16)
        self._seal(
            "recovery",
            RECOVERY_SLOT,
            _hkdf(recovery_secret, salt),
            salt,
            data_key,
            {"name": "hkdf-sha256"},
        )

    def unwrap_recovery(self, recovery_secret: bytes) -> bytes:
        slot = self._slots.get(RECOVERY_SLOT)
        if slot is None:
            raise WrongRecoveryKeyError()
        try:
            return self._open(RECOVERY_SLOT, _hkdf(recovery_secret, _unb64(slot["salt"])))
        except InvalidTag as exc:
            raise WrongRecoveryKeyError() from exc


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

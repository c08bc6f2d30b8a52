"""Storage layer: key slots. The data lives in parts (``main``, ``courses``,
``register``), each a SQLCipher file with its own random key; a user holds only the
keys of the parts their role may read.

Each user has an X25519 key pair. Their *slot* wraps the private key with a key derived
from their password (Argon2id) and AES-256-GCM; their *grant* holds the keys of their
parts, sealed to their public key (ephemeral X25519, HKDF-SHA256, AES-256-GCM — an
"anonymous sealed box", written with ``cryptography``'s primitives because PyNaCl is
not in the stack). So an administrator can grant, change or rotate a colleague's keys
without knowing their password, and a password change rewrites only this small file.
The recovery key is one more slot with a grant of every part.

Every entry's AES-GCM associated data binds it to the database id, its kind, its name,
its Argon2 parameters and its parts, so nothing can be moved or edited unnoticed; each
entry also carries a SHA-256 of its own fields, so accidental damage (a flipped bit) is
told apart from a wrong password.

Version 1 files (one data key wrapped by every slot) are read as *legacy* slots; the
vault migrates them (see ``vault.py``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.core.errors import (
    KeyFileError,
    KeyFileMissingError,
    StorageError,
    WrongPasswordError,
    WrongRecoveryKeyError,
)
from desktop_app.storage.key_material import (  # noqa: F401 (re-exported)
    FORMAT,
    KDF_LIMITS,
    KEY_BYTES,
    LEGACY_VERSION,
    PARTS,
    RECOVERY_SLOT,
    VERSION,
    KdfParams,
    KeySet,
    Unlocked,
    _b64,
    _canonical,
    _check,
    _checked_grant,
    _checked_legacy,
    _checked_slot,
    _fsync_dir,
    _hkdf,
    _pack,
    _public_bytes,
    _unb64,
    _unpack,
    _write_atomic,
    new_key_set,
    normalize_username,
)


class KeySlotFile:
    """The key slots of one database, held in memory; ``save()`` writes them."""

    def __init__(self, path: Path, db_id: str, db_salt: str = "") -> None:
        self.path = path
        self.db_id = db_id
        # The database file's own SQLCipher salt (its first 16 bytes, not secret): tells
        # "this key file belongs to another database" apart from a damaged database.
        self.db_salt = db_salt
        self.slots: dict[str, dict] = {}
        self.grants: dict[str, dict] = {}
        self.next_grants: dict[str, dict] = {}  # a key change under way
        self.legacy: dict[str, dict] = {}  # version-1 slots not yet upgraded
        self.upgrade: dict | None = None  # the new keys, sealed under the version-1 key
        self.anchor: dict = {}  # the audit chain's head and count (not secret)

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
        return cls(path, db_id)

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        """The key file; if only a finished new version (``.tmp``) is left after a power
        cut between writing and renaming, that version is put in place and used."""
        tmp = path.with_name(path.name + ".tmp")
        if not path.exists() and tmp.exists():
            try:
                cls._parse(tmp, tmp.read_bytes())
            except (KeyFileError, OSError):
                pass
            else:
                with contextlib.suppress(OSError):
                    os.replace(tmp, path)
                    _fsync_dir(path.parent)
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
            if doc.get("format") != FORMAT or doc.get("version") not in (VERSION, LEGACY_VERSION):
                raise ValueError("unknown format")
            result = cls(path, str(doc["db_id"]), str(doc.get("db_salt", "")))
            if doc["version"] == LEGACY_VERSION:
                for slot in doc["slots"]:
                    result.legacy[str(slot["name"])] = _checked_legacy(slot)
                return result
            for slot in doc["slots"]:
                result.slots[str(slot["name"])] = _checked_slot(slot)
            for grant in doc.get("grants", []):
                result.grants[str(grant["name"])] = _checked_grant(grant)
            for grant in doc.get("next_grants", []):
                result.next_grants[str(grant["name"])] = _checked_grant(grant)
            for slot in doc.get("legacy", []):
                result.legacy[str(slot["name"])] = _checked_legacy(slot)
            if doc.get("upgrade") is not None:
                upgrade = dict(doc["upgrade"])
                if len(_unb64(upgrade["nonce"])) != 12 or upgrade.get("check") != _check(upgrade):
                    raise ValueError("the upgrade entry is damaged")
                result.upgrade = upgrade
            anchor = doc.get("anchor", {})
            if not isinstance(anchor, dict):
                raise ValueError("bad anchor")
            result.anchor = anchor
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise KeyFileError(f"{path}: {exc}") from exc
        return result

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "db_id": self.db_id,
            "slots": [self.slots[n] for n in sorted(self.slots)],
            "grants": [self.grants[n] for n in sorted(self.grants)],
        }
        if self.next_grants:
            doc["next_grants"] = [self.next_grants[n] for n in sorted(self.next_grants)]
        if self.legacy:
            doc["legacy"] = [self.legacy[n] for n in sorted(self.legacy)]
        if self.upgrade is not None:
            doc["upgrade"] = self.upgrade
        if self.anchor:
            doc["anchor"] = self.anchor
        if self.db_salt:
            doc["db_salt"] = self.db_salt
        return json.dumps(doc, indent=1).encode("utf-8")

    def save(self) -> None:
        """Write a temporary file, fsync it, rename it over the key file (one atomic
        step), then refresh the ``.bak`` copy from the new version: a removed slot or an
        old password's slot is never left behind in a copy."""
        data = self.to_bytes()
        try:
            _write_atomic(self.path, data)
            _write_atomic(self.path.with_name(self.path.name + ".bak"), data)
        except OSError as exc:
            raise StorageError(str(exc), reason="key_file_write") from exc

    # -- names ------------------------------------------------------------------------

    def slot_name(self, username: str) -> str:
        """Slots are named by a hash so the file does not list the staff's usernames."""
        digest = hashlib.sha256(f"{self.db_id}:{normalize_username(username)}".encode())
        return "u-" + digest.hexdigest()[:32]

    def password_slot_count(self) -> int:
        return sum(1 for s in self.slots.values() if s["kind"] == "password") + sum(
            1 for s in self.legacy.values() if s["kind"] == "password"
        )

    def has_password_slot(self, username: str) -> bool:
        name = self.slot_name(username)
        return name in self.slots or name in self.legacy

    def parts_of(self, username: str) -> tuple[str, ...]:
        grant = self.grants.get(self.slot_name(username))
        return tuple(grant["parts"]) if grant else ()

    # -- slots ------------------------------------------------------------------------

    def _aad(self, kind: str, name: str, extra: str) -> bytes:
        return f"{FORMAT}:{VERSION}:{self.db_id}:{kind}:{name}:{extra}".encode()

    def _seal_slot(
        self, kind: str, name: str, wrapping_key: bytes, salt: bytes, kdf: dict
    ) -> X25519PrivateKey:
        private = X25519PrivateKey.generate()
        public = _b64(_public_bytes(private.public_key()))
        raw = private.private_bytes_raw()
        nonce = secrets.token_bytes(12)
        aad = self._aad(kind, name, _canonical(kdf) + ":" + public)
        slot = {
            "name": name,
            "kind": kind,
            "kdf": kdf,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(AESGCM(wrapping_key).encrypt(nonce, raw, aad)),
            "public": public,
        }
        slot["check"] = _check(slot)
        self.slots[name] = slot
        self.legacy.pop(name, None)
        return private

    def _open_slot(self, name: str, wrapping_key: bytes) -> X25519PrivateKey:
        slot = self.slots[name]
        aad = self._aad(slot["kind"], name, _canonical(slot["kdf"]) + ":" + slot["public"])
        raw = AESGCM(wrapping_key).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]), aad)
        return X25519PrivateKey.from_private_bytes(raw)

    def _sealed_grant(self, name: str, keys: KeySet, parts: tuple[str, ...]) -> dict:
        public = X25519PublicKey.from_public_bytes(_unb64(self.slots[name]["public"]))
        ephemeral = X25519PrivateKey.generate()
        epk = _b64(_public_bytes(ephemeral.public_key()))
        shared = ephemeral.exchange(public)
        key = _hkdf(shared, _unb64(epk) + _unb64(self.slots[name]["public"]), b"vagval grant")
        nonce = secrets.token_bytes(12)
        aad = self._aad("grant", name, ",".join(parts) + ":" + epk)
        grant = {
            "name": name,
            "parts": list(parts),
            "epk": epk,
            "nonce": _b64(nonce),
            "wrapped": _b64(AESGCM(key).encrypt(nonce, _pack(keys, parts), aad)),
        }
        grant["check"] = _check(grant)
        return grant

    def _open_grant(self, grant: dict, private: X25519PrivateKey) -> KeySet:
        name, parts = grant["name"], tuple(grant["parts"])
        own = self.slots[name]["public"]
        shared = private.exchange(X25519PublicKey.from_public_bytes(_unb64(grant["epk"])))
        key = _hkdf(shared, _unb64(grant["epk"]) + _unb64(own), b"vagval grant")
        aad = self._aad("grant", name, ",".join(parts) + ":" + grant["epk"])
        try:
            data = AESGCM(key).decrypt(_unb64(grant["nonce"]), _unb64(grant["wrapped"]), aad)
        except InvalidTag as exc:
            raise KeyFileError(f"the grant {name} does not open") from exc
        return _unpack(data, parts)

    def grant(self, name: str, keys: KeySet, parts: tuple[str, ...]) -> None:
        """Give the slot ``name`` the keys of ``parts`` (ordered as in PARTS)."""
        parts = tuple(p for p in PARTS if p in parts)
        self.grants[name] = self._sealed_grant(name, keys, parts)
        if self.next_grants:
            self.next_grants.pop(name, None)

    def grant_user(self, username: str, keys: KeySet, parts: tuple[str, ...]) -> None:
        self.grant(self.slot_name(username), keys, parts)

    def _unlock(self, name: str, private: X25519PrivateKey) -> Unlocked:
        result = Unlocked()
        grant = self.grants.get(name)
        if grant is not None:
            for part, key in self._open_grant(grant, private).items():
                result.keys[part] = [key]
        upcoming = self.next_grants.get(name)
        if upcoming is not None:
            for part, key in self._open_grant(upcoming, private).items():
                result.keys.setdefault(part, []).append(key)
        return result

    def set_password(
        self,
        username: str,
        password: str,
        keys: KeySet,
        parts: tuple[str, ...],
        params: KdfParams | None = None,
    ) -> None:
        """A new key pair for ``username`` behind ``password``, granted ``parts``."""
        params = params or KdfParams()
        name = self.slot_name(username)
        salt = secrets.token_bytes(16)
        self._seal_slot("password", name, params.derive(password, salt), salt, params.as_dict())
        self.grant(name, keys, parts)
        self._drop_upgrade_if_done()

    def unlock_password(self, username: str, password: str) -> Unlocked:
        name = self.slot_name(username)
        if name in self.legacy:
            return self._unlock_legacy(name, password=password)
        slot = self.slots.get(name)
        if slot is None or slot["kind"] != "password":
            # Spend the same time as a real attempt so usernames cannot be probed.
            KdfParams().derive(password, b"\0" * 16)
            raise WrongPasswordError()
        wrapping_key = KdfParams.of(slot["kdf"]).derive(password, _unb64(slot["salt"]))
        try:
            private = self._open_slot(name, wrapping_key)
        except InvalidTag as exc:
            raise WrongPasswordError() from exc
        return self._unlock(name, private)

    def remove(self, username: str) -> None:
        name = self.slot_name(username)
        for table in (self.slots, self.grants, self.next_grants, self.legacy):
            table.pop(name, None)
        self._drop_upgrade_if_done()

    def set_recovery(self, recovery_secret: bytes, keys: KeySet) -> None:
        salt = secrets.token_bytes(16)
        wrapping = _hkdf(recovery_secret, salt, b"vagval recovery slot")
        self._seal_slot("recovery", RECOVERY_SLOT, wrapping, salt, {"name": "hkdf-sha256"})
        self.grant(RECOVERY_SLOT, keys, PARTS)
        self._drop_upgrade_if_done()

    def unlock_recovery(self, recovery_secret: bytes) -> Unlocked:
        if RECOVERY_SLOT in self.legacy:
            return self._unlock_legacy(RECOVERY_SLOT, recovery_secret=recovery_secret)
        slot = self.slots.get(RECOVERY_SLOT)
        if slot is None:
            raise WrongRecoveryKeyError()
        wrapping = _hkdf(recovery_secret, _unb64(slot["salt"]), b"vagval recovery slot")
        try:
            private = self._open_slot(RECOVERY_SLOT, wrapping)
        except InvalidTag as exc:
            raise WrongRecoveryKeyError() from exc
        return self._unlock(RECOVERY_SLOT, private)

    # -- a key change -----------------------------------------------------------------

    def begin_rotation(self, new_keys: KeySet) -> None:
        """Seal ``new_keys`` for every slot beside its current grant (same parts), so an
        interrupted change still opens every part with one or the other."""
        self.next_grants = {
            name: self._sealed_grant(name, new_keys, tuple(grant["parts"]))
            for name, grant in self.grants.items()
            if name in self.slots
        }

    def finish_rotation(self) -> None:
        self.grants, self.next_grants = self.next_grants, {}

    def drop_legacy(self) -> int:
        """Forget version-1 slots (a key change cannot reach them); returns how many."""
        count = len(self.legacy)
        self.legacy.clear()
        self.upgrade = None
        return count

    # -- version-1 slots --------------------------------------------------------------

    def _unlock_legacy(
        self, name: str, *, password: str = "", recovery_secret: bytes = b""
    ) -> Unlocked:
        slot = self.legacy[name]
        salt = _unb64(slot["salt"])
        if slot["kind"] == "password":
            wrapping = KdfParams.of(slot["kdf"]).derive(password, salt)
        else:
            wrapping = _hkdf(recovery_secret, salt, b"vagval recovery slot")
        aad = f"{FORMAT}:{self.db_id}:{slot['kind']}:{name}".encode()
        try:
            old = AESGCM(wrapping).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]), aad)
        except InvalidTag as exc:
            raise (WrongPasswordError() if password else WrongRecoveryKeyError()) from exc
        result = Unlocked(legacy_key=old)
        if self.upgrade is not None:
            for part, key in self.open_upgrade(old).items():
                result.keys[part] = [key]
        return result

    def set_upgrade(self, old_key: bytes, keys: KeySet) -> None:
        nonce = secrets.token_bytes(12)
        aad = f"{FORMAT}:{self.db_id}:upgrade".encode()
        wrapped = AESGCM(_hkdf(old_key, None, b"vagval upgrade")).encrypt(
            nonce, _pack(keys, PARTS), aad
        )
        self.upgrade = {"nonce": _b64(nonce), "wrapped": _b64(wrapped)}
        self.upgrade["check"] = _check(self.upgrade)

    def open_upgrade(self, old_key: bytes) -> KeySet:
        assert self.upgrade is not None
        aad = f"{FORMAT}:{self.db_id}:upgrade".encode()
        try:
            data = AESGCM(_hkdf(old_key, None, b"vagval upgrade")).decrypt(
                _unb64(self.upgrade["nonce"]), _unb64(self.upgrade["wrapped"]), aad
            )
        except InvalidTag as exc:
            raise KeyFileError("the upgrade entry does not open") from exc
        return _unpack(data, PARTS)

    def _drop_upgrade_if_done(self) -> None:
        if not self.legacy:
            self.upgrade = None

"""Test helper: decrypt every page of a SQLCipher 4 file (and its WAL) with the raw key.

SQLCipher 4 defaults: 4096-byte pages, AES-256-CBC, 80 reserved bytes at the end of
each page (16-byte IV, 64-byte HMAC); the first 16 bytes of page 1 are the salt. With
a raw 32-byte key the key is used as is. Reading the decrypted pages, free pages and
old WAL frames included, shows whether deleted text is still physically in the file.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[start : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext_of(db_path: Path, key: bytes) -> bytes:
    """All decrypted pages of the database file and of its WAL frames, joined."""
    out = bytearray()
    data = Path(db_path).read_bytes()
    for n in range(len(data) // PAGE):
        out += _decrypt_page(data[n * PAGE : (n + 1) * PAGE], key, n == 0)
    wal = Path(str(db_path) + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[WAL_HEADER:]
        step = FRAME_HEADER + PAGE
        for n in range(len(frames) // step):
            frame = frames[n * step : (n + 1) * step]
            page_no = int.from_bytes(frame[:4], "big")
            out += _decrypt_page(frame[FRAME_HEADER:], key, page_no == 1)
    return bytes(out)


def plaintext_of_parts(db_path: Path, keys: dict[str, bytes]) -> bytes:
    """The decrypted pages of every part whose key is given, joined."""
    from desktop_app.storage.parts import part_path

    return b"".join(plaintext_of(part_path(db_path, part), key) for part, key in keys.items())

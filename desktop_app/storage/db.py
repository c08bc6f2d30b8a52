"""Storage layer: open the encrypted database with a raw key and assert its settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import (
    DatabaseDamagedError,
    DatabaseExistsError,
    DatabaseMissingError,
    StorageError,
)
from desktop_app.storage.driver import DriverError, connect, sqlite_utils
from desktop_app.storage.errors import translate

Database = sqlite_utils.Database

# Settings every connection must have; checked after they are set.
REQUIRED_PRAGMAS: dict[str, str] = {
    # Off, as SQLCipher's own default since 4.5: it mlocks and wipes every allocation and
    # made each write about 7x slower (benchmarks/imports.py: 20,000 rows 13.4 s -> 2.0 s,
    # most of it system time), while the decrypted rows and the data key live in Python's
    # heap anyway; a running session is guarded by the lock screen and the OS account.
    "cipher_memory_security": "0",
    "cipher_log_level": "NONE",
    # A rollback journal: only then does SQLite commit a transaction over several
    # attached parts atomically (storage/parts.py).
    "journal_mode": "delete",
    "synchronous": "2",  # FULL
    "foreign_keys": "1",
    "secure_delete": "1",  # deleted content is overwritten with zeros, not left in free pages
}
# The settings that belong to each file rather than to the connection.
PER_FILE = ("journal_mode", "synchronous", "secure_delete")


def key_pragma_value(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"\"x'{key.hex()}'\""


def open_database(path: Path, key: bytes, *, create: bool = False) -> Database:
    """Open (or with ``create`` make) the SQLCipher database at ``path`` with a raw key."""
    path = Path(path)
    if create and path.exists():
        raise DatabaseExistsError(str(path))
    if not create and not path.is_file():
        raise DatabaseMissingError(str(path))
    try:
        conn = connect(str(path), check_same_thread=False, timeout=10, isolation_level=None)
    except DriverError as exc:
        raise translate(exc) from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute(f"PRAGMA key = {key_pragma_value(key)}")
        # The first read decrypts page 1: with a key that unwrapped from its slot this
        # only fails when the file itself is damaged.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        apply_pragmas(conn, "main")
        check_pragmas(conn)
    except DriverError as exc:
        conn.close()
        raise translate(exc) from exc  # NOTADB: the file is damaged (or another's)
    except BaseException:
        conn.close()
        raise
    return Database(conn)


def apply_pragmas(conn, schema: str) -> None:
    """The per-file settings of one attached file (``main`` or a part)."""
    conn.execute(f"PRAGMA {schema}.journal_mode = DELETE").fetchone()
    conn.execute(f"PRAGMA {schema}.synchronous = FULL")
    conn.execute(f"PRAGMA {schema}.secure_delete = ON")
    check_pragmas(conn, schema, PER_FILE)


def check_pragmas(conn, schema: str = "main", names=tuple(REQUIRED_PRAGMAS)) -> None:
    for name in names:
        expected = REQUIRED_PRAGMAS[name]
        prefix = f"{schema}." if name in PER_FILE else ""
        row = conn.execute(f"PRAGMA {prefix}{name}").fetchone()
        actual = str(row[0]) if row else ""
        if actual.lower() != expected.lower():
            raise StorageError(
                f"PRAGMA {name} is {actual!r}, expected {expected!r}", reason="pragma"
            )


@dataclass(frozen=True)
class IntegrityReport:
    integrity: list[str]
    cipher_integrity: list[str]

    @property
    def sound(self) -> bool:
        return self.integrity == ["ok"] and not self.cipher_integrity


def check_integrity(db: Database) -> IntegrityReport:
    """Run SQLite's integrity check and SQLCipher's page-HMAC check on every file."""
    try:
        integrity = [str(r[0]) for r in db.execute("PRAGMA integrity_check").fetchall()]
        cipher = []
        for row in db.execute("PRAGMA database_list").fetchall():
            if row[1] != "temp" and row[2]:  # files only, not in-memory stand-ins
                cipher += [
                    str(r[0])
                    for r in db.execute(f"PRAGMA {row[1]}.cipher_integrity_check").fetchall()
                ]
    except DriverError as exc:
        return IntegrityReport([f"error: {exc}"], [f"error: {exc}"])
    return IntegrityReport(integrity, cipher)


def verify_pages(db: Database, schema: str = "main") -> None:
    """SQLCipher checks every page's HMAC: a flipped byte anywhere is found at open."""
    try:
        problems = db.execute(f"PRAGMA {schema}.cipher_integrity_check").fetchall()
    except DriverError as exc:
        raise DatabaseDamagedError(str(exc)) from exc
    if problems:
        raise DatabaseDamagedError("; ".join(str(r[0]) for r in problems[:3]))


def close_database(db: Database) -> None:
    db.close()

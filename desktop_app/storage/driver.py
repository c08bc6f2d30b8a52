"""Storage layer: load the SQLCipher driver and make sqlite-utils use it.

sqlite-utils picks ``pysqlite3`` when it can import it; aliasing that name to
``sqlcipher3`` before sqlite-utils is first imported makes sqlite-utils open, catch
and raise with SQLCipher's classes. Import ``sqlite_utils`` only through this module.
"""

from __future__ import annotations

import sys

import sqlcipher3
from sqlcipher3 import dbapi2

sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", dbapi2)

import sqlite_utils  # noqa: E402  (must follow the alias)

DriverError = dbapi2.Error
DriverDatabaseError = dbapi2.DatabaseError
DriverIntegrityError = dbapi2.IntegrityError
connect = sqlcipher3.connect

__all__ = [
    "DriverDatabaseError",
    "DriverError",
    "DriverIntegrityError",
    "connect",
    "sqlite_utils",
]

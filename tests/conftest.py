"""Shared fixtures: real encrypted databases in tmp_path (no mocks of the database)."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.core.domain.roles import Role  # noqa: E402
from desktop_app.core.domain.users import NewUser  # noqa: E402
from desktop_app.session import Session, create_unit  # noqa: E402

ADMIN = "anna"
ADMIN_PASSWORD = "Hemligt-losen-123"
SECRET_NAME = "Zacharias Plaintextsson"


@dataclass
class VaultFixture:
    path: Path
    session: Session
    recovery_key: str
    admin: str = ADMIN
    password: str = ADMIN_PASSWORD


# VAGVAL_TEST_MIGRATED=1 (scripts/run-tests.sh runs the suite a second time so): every
# test starts from a version-1 database made by an earlier Vägval (tests/fixtures/v1),
# migrated by its first login, instead of a new one.
MIGRATED = os.environ.get("VAGVAL_TEST_MIGRATED") == "1"
V1_EMPTY = Path(__file__).parent / "fixtures" / "v1" / "empty"


@pytest.fixture
def vault(tmp_path) -> VaultFixture:
    path = tmp_path / "data" / "vagval.db"
    if MIGRATED:
        import shutil

        from desktop_app.session import Gatekeeper

        shutil.copytree(V1_EMPTY, path.parent, ignore=shutil.ignore_patterns("*.txt"))
        recovery_key = (V1_EMPTY / "recovery.txt").read_text().strip()
        session = Gatekeeper(path).login(ADMIN, ADMIN_PASSWORD)
    else:
        session, recovery_key = create_unit(
            path,
            "KAST Testkommun",
            NewUser(ADMIN, "Anna Administratör", Role.ADMINISTRATOR),
            ADMIN_PASSWORD,
        )
    fixture = VaultFixture(path, session, recovery_key)
    yield fixture
    with contextlib.suppress(Exception):  # the test may have closed it already
        fixture.session.close()


def files_of(path: Path) -> dict[str, bytes]:
    """Every file that belongs to the database at ``path`` with its bytes (not the login
    throttle's, which a failed login writes on purpose: it holds no data)."""
    return {
        p.name: p.read_bytes()
        for p in sorted(path.parent.iterdir())
        if p.is_file() and not p.name.endswith(".throttle")
    }

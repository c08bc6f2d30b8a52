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


@pytest.fixture
def vault(tmp_path) -> VaultFixture:
    path = tmp_path / "data" / "vagval.db"
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
    """Every file that belongs to the database at ``path`` with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}

"""Demo data: build or reopen a demo database, deterministic for a given seed.

The generator is a list of parts; each part adds the data of one area of the
program from its own random stream (so adding a part never changes the others).
The foundation's part makes the staff accounts in every role; later parts add
clients, contacts, courses and outreach sized by ``clients`` and ``years``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.demo.bookings_part import bookings_part
from desktop_app.demo.clients_part import clients_part
from desktop_app.demo.courses_part import courses_part, many_courses_part
from desktop_app.demo.names import FIRST_NAMES, LAST_NAMES
from desktop_app.demo.work_part import many_outreach_part, work_part
from desktop_app.session import Gatekeeper, Session, create_unit
from desktop_app.storage.vault import Vault

DEFAULT_SEED = 2026
DEMO_UNIT = "Demoenheten KAST Exempelstad"


@dataclass(frozen=True)
class DemoSpec:
    seed: int = DEFAULT_SEED
    clients: int = 150  # new clients a year
    years: int = 3
    contacts: int = 1000  # contacts with registered clients a year
    occasions: int = 0  # extra course occasions, for the benchmarks
    registrations: int = 0
    groups: int = 0
    group_years: int = 5
    outreach: int = 0  # extra outreach records in all, for the benchmarks


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: Role


# Fixed, documented demo logins: shown on the login screen in demo mode.
DEMO_ACCOUNTS = (
    DemoAccount("admin", "demo-fyren-2026", Role.ADMINISTRATOR),
    DemoAccount("radgivare", "demo-hamnen-2026", Role.COUNSELLOR),
    DemoAccount("radgivare2", "demo-viken-2026", Role.COUNSELLOR),
    DemoAccount("kursledare", "demo-bryggan-2026", Role.COURSE_LEADER),
    DemoAccount("statistik", "demo-kartan-2026", Role.STATISTICS),
)


@dataclass(frozen=True)
class DemoResult:
    path: Path
    created: bool
    spec: DemoSpec
    accounts: tuple[DemoAccount, ...] = DEMO_ACCOUNTS


def _rng(spec: DemoSpec, part: str) -> random.Random:
    return random.Random(f"{spec.seed}:{part}")


def staff_names(spec: DemoSpec) -> list[str]:
    rng = _rng(spec, "staff")
    first = rng.sample(FIRST_NAMES, len(DEMO_ACCOUNTS))
    return [f"{f} {rng.choice(LAST_NAMES)}" for f in first]


def _staff_part(session: Session, spec: DemoSpec) -> None:
    names = staff_names(spec)
    for account, name in zip(DEMO_ACCOUNTS[1:], names[1:], strict=True):
        # Demo accounts start ready to use: no forced password change.
        session.users.add_user(
            NewUser(account.username, name, account.role),
            account.password,
            must_change_password=False,
        )


Part = Callable[[Session, DemoSpec], None]
PARTS: tuple[Part, ...] = (
    _staff_part,
    clients_part,
    bookings_part,
    courses_part,
    work_part,
    many_courses_part,
    many_outreach_part,
)


def build_demo(
    path: Path | str, spec: DemoSpec = DemoSpec(), clock: Callable[[], datetime] = datetime.now
) -> DemoResult:
    """Create the demo database at ``path`` (which must not exist)."""
    admin = DEMO_ACCOUNTS[0]
    session, _recovery = create_unit(
        path,
        DEMO_UNIT,
        NewUser(admin.username, staff_names(spec)[0], admin.role),
        admin.password,
        clock=clock,
    )
    try:
        for part in PARTS:
            part(session, spec)
    except BaseException:
        session.close()
        Vault(path).remove()  # a half-built demo would only confuse
        raise
    session.close()
    return DemoResult(Path(path), True, spec)


def open_or_create_demo(path: Path | str, spec: DemoSpec = DemoSpec()) -> DemoResult:
    """Reopen the demo database at ``path`` or create it when it does not exist yet."""
    path = Path(path)
    gate = Gatekeeper(path)
    if gate.exists():
        return DemoResult(path, False, spec)
    return build_demo(path, spec)

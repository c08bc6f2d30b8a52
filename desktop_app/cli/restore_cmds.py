"""Admin command line: restoring a backup (with a password or the recovery key alone)
and the recovery-key test of ``verify``.

The recovery key comes from ``VAGVAL_RECOVERY_KEY`` or standard input, a new password
from ``VAGVAL_NEW_PASSWORD`` or standard input; never from an argument.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

RECOVERY_ENV = "VAGVAL_RECOVERY_KEY"
NEW_PASSWORD_ENV = "VAGVAL_NEW_PASSWORD"


def read_secret(env: str, prompt: str, *, required: bool = True) -> str:
    from desktop_app.cli.main import UsageError

    value = os.environ.get(env)
    if value is not None:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line and required:
        raise UsageError(f"Saknas: sätt {env} eller skriv det på standard in.")
    return line.rstrip("\r\n")


def test_recovery_key(session, *, asked: bool) -> bool | None:
    """``verify``'s recovery-key test: None when skipped, else whether the key opens."""
    interactive = sys.stdin is not None and sys.stdin.isatty()
    if not asked and not (interactive and RECOVERY_ENV not in os.environ):
        return None
    key = read_secret(
        RECOVERY_ENV,
        "Skriv in återställningsnyckeln för att kontrollera den (tom rad hoppar över): ",
        required=asked,
    )
    if not key.strip():
        return None
    return session.check_recovery_key(key)


def cmd_restore(args) -> int:
    from desktop_app.cli.main import EXIT_OK, UsageError, read_password
    from desktop_app.session import Gatekeeper

    if not args.file.is_file():
        raise UsageError(f"Filen finns inte: {args.file}")
    gate = Gatekeeper(args.db)
    if args.recovery_key:
        key = read_secret(RECOVERY_ENV, "Återställningsnyckel: ")
        password = read_secret(NEW_PASSWORD_ENV, f"Nytt lösenord för {args.user}: ")
        session = gate.restore_with_recovery_key(
            args.file, key, args.user, password, other_unit_ok=args.other_unit
        )
    else:
        session = gate.restore(args.file, args.user, read_password(), other_unit_ok=args.other_unit)
    try:
        unit = session.unit.unit_name()
    finally:
        session.close()
    print(f"Återställd från {Path(args.file).resolve()}: {unit}")
    print("Den tidigare databasen ligger kvar i mappen …replaced-<tid> bredvid den.")
    return EXIT_OK


def add_restore_parser(sub) -> None:
    p = sub.add_parser(
        "restore", help="ersätt databasen med en säkerhetskopia (den nuvarande läggs åt sidan)"
    )
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--user", required=True, help="administratör i säkerhetskopian")
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help=f"öppna med återställningsnyckeln ({RECOVERY_ENV}) och ge --user ett nytt "
        f"lösenord ({NEW_PASSWORD_ENV})",
    )
    p.add_argument(
        "--other-unit",
        action="store_true",
        help="bekräfta att en annan enhets säkerhetskopia får ersätta databasen",
    )
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_restore)

"""Admin command line: the backup account, for scheduled backups that cannot read
records (storage/backup_account.py).

``backup-account create|remove|status`` is an administrator's (it prints a new account's
password once); ``sealed-backup`` is what the scheduled task runs, with the backup
account's password from ``VAGVAL_BACKUP_PASSWORD`` or standard input, never an argument.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.cli.restore_cmds import read_secret

BACKUP_PASSWORD_ENV = "VAGVAL_BACKUP_PASSWORD"


def cmd_backup_account(args) -> int:
    from desktop_app.cli.main import EXIT_OK, _login

    session = _login(args)
    try:
        if args.action == "create":
            password = session.backups.new_account()
            print(password)
            print(
                f"Kontots lösenord visas bara nu. Sätt {BACKUP_PASSWORD_ENV} till det för "
                "den schemalagda uppgiften; ett tidigare konto slutar gälla.",
                file=sys.stderr,
            )
        elif args.action == "remove":
            session.backups.remove_account()
            print("Kontot för säkerhetskopiering är borttaget.")
        else:
            print("finns" if session.backups.has_account() else "finns inte")
    finally:
        session.close()
    return EXIT_OK


def cmd_sealed_backup(args) -> int:
    from desktop_app.cli.main import EXIT_OK
    from desktop_app.core.errors import DatabaseMissingError
    from desktop_app.session import Gatekeeper

    gate = Gatekeeper(args.db)
    if not gate.exists():
        raise DatabaseMissingError(str(args.db))
    password = read_secret(BACKUP_PASSWORD_ENV, "Kontots lösenord: ")
    result = gate.sealed_backup(password, args.to)
    print(result.path.resolve())
    for removed in result.removed:
        print(f"Gallrad enligt rotationen: {removed.name}", file=sys.stderr)
    return EXIT_OK


def add_backup_account_parsers(sub) -> None:
    p = sub.add_parser(
        "backup-account",
        help="konto för schemalagd säkerhetskopiering, som inte kan läsa några uppgifter",
    )
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--user", required=True, help="en administratör")
    p.add_argument("action", choices=["create", "remove", "status"])
    p.set_defaults(func=cmd_backup_account)

    p = sub.add_parser(
        "sealed-backup",
        help=f"schemalagd säkerhetskopia med kontot för säkerhetskopiering ({BACKUP_PASSWORD_ENV})",
    )
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--to", required=True, type=Path, help="mapp för säkerhetskopior")
    p.set_defaults(func=cmd_sealed_backup)

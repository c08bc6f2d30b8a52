"""Admin command line: ``vagval-admin`` / ``python -m desktop_app.cli``.

Exit status: 0 success, 1 a damaged database or key file, 2 usage or login errors.
Passwords come from ``VAGVAL_PASSWORD`` or standard input, never from an argument.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop_app import __version__
from desktop_app.cli.backup_account_cmds import add_backup_account_parsers
from desktop_app.cli.key_figure_cmds import add_key_figure_parser
from desktop_app.cli.restore_cmds import add_restore_parser, test_recovery_key
from desktop_app.cli.stats_cmds import add_stats_parser
from desktop_app.core.domain.backups import PREVIEW_TABLES
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.core.errors import (
    DatabaseDamagedError,
    DatabaseMissingError,
    KeyFileError,
    KeyFileMissingError,
    VagvalError,
)
from desktop_app.core.imports.rows import KINDS as IMPORT_KINDS
from desktop_app.core.services.login_throttle import LoginThrottle
from desktop_app.core.services.passwords import temporary_password
from desktop_app.messages import BACKUP_PROBLEMS, ROLES, describe
from desktop_app.session import Gatekeeper, Session, create_unit

EXIT_OK, EXIT_DAMAGED, EXIT_USAGE = 0, 1, 2
PASSWORD_ENV = "VAGVAL_PASSWORD"


class UsageError(Exception):
    pass


def read_password(prompt: str = "Lösenord: ") -> str:
    value = os.environ.get(PASSWORD_ENV)
    if value is not None:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise UsageError(f"Inget lösenord: sätt {PASSWORD_ENV} eller skriv det på standard in.")
    return line.rstrip("\r\n")


def _login(args, *, shared: bool = False) -> Session:
    gate = Gatekeeper(args.db)
    if not gate.exists():
        raise DatabaseMissingError(str(args.db))
    return gate.login(args.user, read_password(), shared=shared)


def cmd_init(args) -> int:
    session, recovery_key = create_unit(
        args.db,
        args.unit,
        NewUser(args.admin, args.name or args.admin, Role.ADMINISTRATOR),
        read_password("Lösenord för administratören: "),
    )
    session.close()
    print(f"Databasen skapades: {Path(args.db).resolve()}")
    print("Återställningsnyckel (visas bara nu; skriv ut eller spara den på ett säkert ställe):")
    print(recovery_key)
    return EXIT_OK


def cmd_demo(args) -> int:
    from desktop_app.demo.generator import DemoSpec, open_or_create_demo

    result = open_or_create_demo(args.db, DemoSpec(args.seed, args.clients, args.years))
    verb = "skapades" if result.created else "fanns redan och öppnades inte om"
    print(f"Demodatabasen {verb}: {result.path.resolve()}")
    print("Demoinloggningar (användare / lösenord / roll):")
    for account in result.accounts:
        print(f"  {account.username} / {account.password} / {ROLES[account.role]}")
    return EXIT_OK


def cmd_verify(args) -> int:
    try:
        session = _login(args)
    except (DatabaseDamagedError, KeyFileError) as exc:
        if isinstance(exc, KeyFileMissingError):
            raise
        print(describe(exc))
        print("Resultat: SKADAD")
        return EXIT_DAMAGED
    try:
        report = session.integrity()
        chain = session.check_audit()
        recovery = test_recovery_key(session, asked=args.test_recovery_key)
    finally:
        session.close()
    ok = "ok"
    print(f"Databas: {Path(args.db).resolve()}")
    print("Nyckelfil: ok")
    print(f"Integritetskontroll: {ok if report.integrity == ['ok'] else report.integrity}")
    print(f"Krypteringskontroll: {ok if not report.cipher_integrity else report.cipher_integrity}")
    broken = chain.broken
    print(f"Granskningsloggens kedja: {ok if not broken else f'bruten vid rad {broken[:20]}'}")
    print(f"Granskningsloggens ankare: {len(chain.anchors)} kontrollerade")
    for anchor, result in chain.failed_anchors:
        print("  " + anchor_problem(anchor, result))
    if recovery is not None:
        verdict = "ok, den öppnar databasen" if recovery else "FEL, den öppnar inte databasen"
        print(f"Återställningsnyckel: {verdict}")
    sound = report.sound and chain.whole and recovery is not False
    print("Resultat: " + ("HEL" if sound else "SKADAD"))
    return EXIT_OK if sound else EXIT_DAMAGED


def anchor_problem(anchor, result) -> str:
    where = {"keys": "nyckelfilen", "review": "en granskning"}.get(
        anchor.source, anchor.source.replace("backup:", "säkerhetskopian ")
    )
    if result == "missing":
        return (
            f"Rad {anchor.last_id} som {where} har som ankare saknas: "
            "loggen har kortats i efterhand."
        )
    return (
        f"Rad {anchor.last_id} stämmer inte med ankaret i {where}: "
        "loggen har skrivits om i efterhand."
    )


def cmd_rotate_keys(args) -> int:
    """Byt krypteringsnycklar: every part re-encrypted, every slot given the new keys."""
    session = _login(args)
    try:

        def progress(done: int, total: int) -> None:
            print(f"Krypterar om: {done} av {total} delar", file=sys.stderr)

        dropped = session.rotate_keys(progress)
    finally:
        session.close()
    print("Nya krypteringsnycklar är i bruk. Gamla kopior av nyckelfilen och äldre")
    print("säkerhetskopior öppnar inget som sparas från och med nu.")
    if dropped:
        print(
            f"{dropped} konton (eller återställningsnyckeln) från före uppdateringen nåddes "
            "inte: ge dem nya lösenord och skapa en ny återställningsnyckel."
        )
    return EXIT_OK


def cmd_backup(args) -> int:
    # A scheduled backup may run while a counsellor works in the program on this PC.
    session = _login(args, shared=True)
    try:
        result = session.backups.backup_now(args.to)
    finally:
        session.close()
    print(result.path.resolve())
    for removed in result.removed:
        print(f"Gallrad enligt rotationen: {removed.name}", file=sys.stderr)
    return EXIT_OK


def cmd_verify_backup(args) -> int:
    """The restore drill: open the backup with the user's password and check everything."""
    if not args.file.is_file():
        raise UsageError(f"Filen finns inte: {args.file}")
    # The backup carries its own key slots; no database of this PC is touched.
    gate = Gatekeeper(args.file.with_suffix(".db"), throttle=LoginThrottle())
    check = gate.inspect_backup(args.file, args.user, read_password())
    print(f"Säkerhetskopia: {args.file.resolve()}")
    print(f"Enhet: {check.unit_name}")
    print(f"Gjord: {check.created_at.replace('T', ' ')}")
    print(f"Schemaversion: {check.schema_version}")
    for table in PREVIEW_TABLES:
        print(f"  {table}: {check.counts.get(table, 0)}")
    for problem in check.problems:
        print(f"Fel: {BACKUP_PROBLEMS.get(problem, problem)}")
    print("Resultat: " + ("HEL" if check.sound else "SKADAD"))
    return EXIT_OK if check.sound else EXIT_DAMAGED


def cmd_users(args) -> int:
    session = _login(args)
    try:
        users = session.users
        if args.action == "list":
            for u in users.list_users():
                state = "aktiv" if u.active else "avstängd"
                print(f"{u.username:<20} {u.display_name:<30} {ROLES[u.role]:<15} {state}")
        elif args.action == "add":
            if not args.username or not args.role:
                raise UsageError("users add kräver USERNAME och --role.")
            password = temporary_password()
            users.add_user(
                NewUser(args.username, args.name or args.username, Role(args.role)), password
            )
            print(
                f"Användaren {args.username} skapades. Tillfälligt lösenord (byts vid "
                f"första inloggningen): {password}"
            )
        else:
            if not args.username:
                raise UsageError(f"users {args.action} kräver USERNAME.")
            target = next(
                (u for u in users.list_users() if u.username == args.username.strip().casefold()),
                None,
            )
            if target is None:
                raise UsageError(f"Ingen användare heter {args.username}.")
            if args.action == "disable":
                users.disable_user(target.id)
                print(f"Användaren {target.username} är avstängd.")
            else:  # reset
                password = temporary_password()
                users.reset_password(target.id, password)
                print(f"Nytt tillfälligt lösenord för {target.username}: {password}")
    finally:
        session.close()
    return EXIT_OK


def cmd_import(args) -> int:
    if not args.file.is_file():
        raise UsageError(f"Filen finns inte: {args.file}")
    session = _login(args)
    try:
        report = session.imports.run(args.kind, args.file, dry_run=args.preview)
    finally:
        session.close()
    if report.previously is not None:
        when, name = report.previously
        print(
            f"Filen har redan importerats ({when[:16].replace('T', ' ')}, {name}). "
            "Inget importerades igen."
        )
        return EXIT_USAGE
    verb = "skulle importeras" if report.dry_run else "importerades"
    print(f"{report.imported} av {report.rows} rader {verb}.")
    for rejected in report.rejected:
        print(f"  rad {rejected.row}: {describe(rejected.error)}")
    if report.rejected_count > len(report.rejected):
        print(
            f"  … och {report.rejected_count - len(report.rejected)} rader till som inte kan importeras."
        )
    return EXIT_OK if report.complete else EXIT_USAGE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vagval-admin", description="Vägval – administration från kommandoraden"
    )
    parser.add_argument("--version", action="version", version=f"Vägval {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("init", help="skapa en ny krypterad databas")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--unit", required=True, help="enhetens namn")
    p.add_argument("--admin", required=True, help="administratörens användarnamn")
    p.add_argument("--name", help="administratörens namn")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="skapa eller öppna en demodatabas")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--clients", type=int, default=150)
    p.add_argument("--years", type=int, default=3)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("verify", help="kontrollera databasens integritet och kryptering")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--user", required=True)
    p.add_argument(
        "--test-recovery-key",
        action="store_true",
        help="kontrollera också återställningsnyckeln (VAGVAL_RECOVERY_KEY eller standard in)",
    )
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("rotate-keys", help="byt krypteringsnycklar (efter att någon slutat)")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--user", required=True)
    p.set_defaults(func=cmd_rotate_keys)

    p = sub.add_parser("backup", help="gör en krypterad säkerhetskopia (skriver ut sökvägen)")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--user", required=True)
    p.add_argument("--to", required=True, type=Path, help="mapp för säkerhetskopior")
    p.set_defaults(func=cmd_backup)

    add_restore_parser(sub)
    add_backup_account_parsers(sub)
    add_key_figure_parser(sub)

    p = sub.add_parser(
        "verify-backup", help="återställningsövning: öppna och kontrollera en säkerhetskopia"
    )
    p.add_argument("--user", required=True)
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_verify_backup)

    p = sub.add_parser("users", help="lista, lägg till, stäng av eller återställ användare")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--user", required=True, help="den som utför ändringen")
    p.add_argument("action", choices=["list", "add", "disable", "reset"])
    p.add_argument("username", nargs="?")
    p.add_argument("--name", help="namn för en ny användare")
    p.add_argument("--role", choices=[r.value for r in Role])
    p.set_defaults(func=cmd_users)

    p = sub.add_parser(
        "import", help="importera räkningar från CSV eller Excel (se docs/import.md)"
    )
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--user", required=True)
    p.add_argument("--kind", required=True, choices=list(IMPORT_KINDS))
    p.add_argument("--preview", action="store_true", help="visa resultatet utan att spara")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_import)

    add_stats_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and EXIT_USAGE
    try:
        return args.func(args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except (DatabaseDamagedError, KeyFileError) as exc:
        print(describe(exc), file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, KeyFileMissingError) else EXIT_DAMAGED
    except VagvalError as exc:
        print(describe(exc), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Avbrutet.", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    raise SystemExit(main())

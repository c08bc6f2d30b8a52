"""Admin command line: statistics as files: ``stats --report key-figures`` (any period)
and ``stats --report yearly`` (the verksamhetsberättelse of a year), as CSV, Excel or
PDF, optionally with small counts hidden (``--suppress-below N``)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.domain.audit import AuditAction


def _period(args):
    from datetime import date

    from desktop_app.cli.main import UsageError
    from desktop_app.core.domain import periods

    try:
        if args.quarter:
            return periods.parse_quarter(args.quarter)
        if args.year:
            return periods.year(args.year)
        if args.start and args.end:
            return periods.Period(date.fromisoformat(args.start), date.fromisoformat(args.end))
    except ValueError as exc:
        raise UsageError(f"Ogiltig period: {exc}") from exc
    raise UsageError("Ange --year, --quarter eller --from och --to.")


def cmd_stats(args) -> int:
    from datetime import date

    from desktop_app.reports import key_figures
    from desktop_app.reports.pdf import render_pdf

    if args.report == "yearly":
        return _stats_yearly(args)
    period = _period(args)
    from desktop_app.cli.main import _login

    session = _login(args)
    try:
        table = session.statistics.key_figures(period)
        unit = session.unit.unit_name()
        session.audit.record(
            AuditAction.EXPORT, "statistics", "key_figures", f"{period.label} {args.format}"
        )
    finally:
        session.close()
    title = f"Årssammanställning av nyckeltal {period.label}"
    hidden = key_figures.hidden_cells(table, args.suppress_below) if args.suppress_below else set()
    if args.format == "csv":
        key_figures.write_csv(table, args.out, hidden)
    elif args.format == "xlsx":
        key_figures.write_xlsx(table, args.out, f"{unit} – {title}", hidden)
    else:
        render_pdf(
            key_figures.document(
                table,
                title,
                [
                    ("Enhet", unit),
                    ("Period", period.label),
                    ("Utskrivet", date.today().isoformat()),
                ],
                "Sekretess: innehåller inga personuppgifter",
                hidden,
                f".. = dolt: färre än {args.suppress_below} personer, eller dolt så att ett "
                "litet tal inte kan räknas fram ur summorna.",
            ),
            args.out,
        )
    print(f"Sparad: {args.out}")
    return 0


def _stats_yearly(args) -> int:
    """The yearly report (verksamhetsberättelse) of ``--year`` as the program prints it."""
    from desktop_app.cli.main import UsageError
    from desktop_app.reports import tabular
    from desktop_app.reports.pdf import render_pdf
    from desktop_app.reports.yearly_report import yearly_document

    if not args.year:
        raise UsageError("Verksamhetsberättelsen gäller ett år: ange --year.")
    from desktop_app.cli.main import _login

    session = _login(args)
    try:
        document = yearly_document(
            session.yearly.load(args.year), suppress_below=args.suppress_below
        )
        session.audit.record(
            AuditAction.EXPORT, "statistics", "yearly", f"{args.year} {args.format}"
        )
    finally:
        session.close()
    if args.format == "csv":
        tabular.write_csv(document, args.out)
    elif args.format == "xlsx":
        tabular.write_xlsx(document, args.out, f"Verksamhetsberättelse {args.year}")
    else:
        render_pdf(document, args.out)
    print(f"Sparad: {args.out}")
    return 0


def add_stats_parser(sub) -> None:
    p = sub.add_parser(
        "stats", help="skriv ut nyckeltalen eller verksamhetsberättelsen till CSV, Excel eller PDF"
    )
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--user", required=True)
    p.add_argument("--report", required=True, choices=["key-figures", "yearly"])
    p.add_argument("--year", type=int)
    p.add_argument("--quarter", help="t.ex. 2009Q3")
    p.add_argument("--from", dest="start", help="ÅÅÅÅ-MM-DD")
    p.add_argument("--to", dest="end", help="ÅÅÅÅ-MM-DD")
    p.add_argument("--format", required=True, choices=["csv", "xlsx", "pdf"])
    p.add_argument("--out", required=True, type=Path)
    p.add_argument(
        "--suppress-below",
        type=int,
        metavar="N",
        help="dölj antal personer under N som ”..” (och det som skulle ge dem tillbaka)",
    )
    p.set_defaults(func=cmd_stats)

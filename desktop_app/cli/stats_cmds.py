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

    from desktop_app.cli.main import UsageError
    from desktop_app.reports import key_figures
    from desktop_app.reports.pdf import render_pdf

    if args.action == "freeze":
        return _freeze(args)
    if not (args.report and args.format and args.out):
        raise UsageError("Ange --report, --format och --out (eller: stats freeze).")
    if args.report == "yearly":
        return _stats_yearly(args)
    if args.report != "key-figures":
        return _stats_part(args)
    period = _period(args)
    from desktop_app.cli.main import _login

    session = _login(args)
    try:
        table = session.statistics.key_figures(period)
        previous = None
        if args.compare:  # the same period a year earlier, and the change
            previous = session.statistics.key_figures(period.shifted_years(-1))
        unit = session.unit.unit_name()
        session.audit.record(
            AuditAction.EXPORT, "statistics", "key_figures", f"{period.label} {args.format}"
        )
    finally:
        session.close()
    title = f"Årssammanställning av nyckeltal {period.label}"
    below = args.suppress_below
    hidden = key_figures.hidden_cells(table, below) if below else set()
    before = key_figures.hidden_cells(previous, below) if below and previous else set()
    if args.format == "csv":
        key_figures.write_csv(table, args.out, hidden, previous, before)
    elif args.format == "xlsx":
        key_figures.write_xlsx(table, args.out, f"{unit} – {title}", hidden, previous, before)
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
                previous,
                before,
            ),
            args.out,
        )
    print(f"Sparad: {args.out}")
    return 0


def _freeze(args) -> int:
    """Close a period ("fastställ"): every report's figures for it kept as they are."""
    from datetime import datetime

    from desktop_app.cli.main import _login

    period = _period(args)
    session = _login(args)
    try:
        session.statistics.freeze(period, datetime.now())
    finally:
        session.close()
    print(f"Fastställd: {period.label}")
    return 0


def _write(document, args, title: str, places: int = 1) -> None:
    from desktop_app.reports import tabular
    from desktop_app.reports.pdf import render_pdf
    from desktop_app.reports.values import with_percent_places

    document = with_percent_places(document, places)  # the unit's decimals of a percentage

    if args.format == "csv":
        tabular.write_csv(document, args.out)
    elif args.format == "xlsx":
        tabular.write_xlsx(document, args.out, title)
    else:
        render_pdf(document, args.out)
    print(f"Sparad: {args.out}")


def _stats_part(args) -> int:
    """One section of the yearly report as a report of its own, for any period, the
    same document as the Statistik page exports."""
    from desktop_app.cli.main import _login
    from desktop_app.core.domain.yearly_report import ReportPart
    from desktop_app.reports.client_report import client_report_document
    from desktop_app.reports.document_disclosure import suppress_document
    from desktop_app.reports.municipality_report import municipality_document
    from desktop_app.reports.period_report import part_title, period_document

    period, part = _period(args), ReportPart(PARTS[args.report])
    session = _login(args)
    try:
        data = session.period_reports.load(part, period)
        unit, places = session.unit.unit_name(), session.unit.percent_decimals()
        session.audit.record(
            AuditAction.EXPORT, "statistics", part.value, f"{period.label} {args.format}"
        )
    finally:
        session.close()
    if part in (ReportPart.CLIENTS, ReportPart.MUNICIPALITIES):
        build = client_report_document if part == ReportPart.CLIENTS else municipality_document
        document = build(data, unit, period.label)
        if args.suppress_below:
            note = f"..: färre än {args.suppress_below} personer, eller dolt så att ett litet tal inte kan räknas fram ur summorna."
            document = suppress_document(document, args.suppress_below, note)
    else:
        document = period_document(
            part, data, unit, period.label, suppress_below=args.suppress_below
        )
    _write(document, args, f"{part_title(part)} {period.label}", places)
    return 0


PARTS = {
    "clients": "clients",
    "municipalities": "municipalities",
    "access": "access",
    "outcomes": "outcomes",
    "courses": "courses",
    "outreach": "outreach",
    "survey": "surveys",
}


def _stats_yearly(args) -> int:
    """The yearly report (verksamhetsberättelse) of ``--year`` as the program prints it."""
    from desktop_app.cli.main import UsageError
    from desktop_app.reports.yearly_report import yearly_document

    if not args.year:
        raise UsageError("Verksamhetsberättelsen gäller ett år: ange --year.")
    from desktop_app.cli.main import _login

    session = _login(args)
    try:
        document = yearly_document(
            session.yearly.load(args.year), suppress_below=args.suppress_below
        )
        places = session.unit.percent_decimals()
        session.audit.record(
            AuditAction.EXPORT, "statistics", "yearly", f"{args.year} {args.format}"
        )
    finally:
        session.close()
    _write(document, args, f"Verksamhetsberättelse {args.year}", places)
    return 0


def add_stats_parser(sub) -> None:
    p = sub.add_parser(
        "stats", help="skriv ut statistik eller verksamhetsberättelsen till CSV, Excel eller PDF"
    )
    p.add_argument("action", nargs="?", choices=["freeze"], help="freeze: fastställ perioden")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--user", required=True)
    p.add_argument("--report", choices=["key-figures", *PARTS, "yearly"])
    p.add_argument("--year", type=int)
    p.add_argument("--quarter", help="t.ex. 2009Q3")
    p.add_argument("--from", dest="start", help="ÅÅÅÅ-MM-DD")
    p.add_argument("--to", dest="end", help="ÅÅÅÅ-MM-DD")
    p.add_argument("--format", choices=["csv", "xlsx", "pdf"])
    p.add_argument("--out", type=Path)
    p.add_argument(
        "--compare", action="store_true", help="med samma period året innan och förändringen"
    )
    p.add_argument(
        "--suppress-below",
        type=int,
        metavar="N",
        help="dölj antal personer under N som ”..” (och det som skulle ge dem tillbaka)",
    )
    p.set_defaults(func=cmd_stats)

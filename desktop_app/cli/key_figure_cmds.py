"""Admin command line: the unit's key-figure rows as a file, to keep, move to another
unit's database or put back: ``key-figures export|import --file F``.

The file is JSON: ``{"format": "vagval-nyckeltalsrader", "version": 1, "rows":
[{"measure": "outreach_contacts", "label": "Uppsök", "counted_from": "2009-02"}, …],
"layout": {"months": true, "before_mark": "x"}}``; the measures are those of
``docs/statistik.md``; ``counted_from`` and ``layout`` may be left out. Importing
replaces the rows and the layout (an administrator's; audited)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core.domain.measures import KeyFigureLayout, KeyFigureRow, Measure
from desktop_app.core.errors import ValidationError

FORMAT, VERSION = "vagval-nyckeltalsrader", 1


def rows_to_text(rows, layout: KeyFigureLayout | None = None) -> str:
    def row(r: KeyFigureRow) -> dict:
        entry = {"measure": r.measure.value, "label": r.label}
        if r.counted_from:
            entry["counted_from"] = r.counted_from
        if r.filter:
            entry["filter"] = r.filter
        return entry

    data: dict = {"format": FORMAT, "version": VERSION, "rows": [row(r) for r in rows]}
    if layout is not None:
        data["layout"] = {"months": layout.months, "before_mark": layout.before_mark}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def rows_from_text(text: str) -> list[KeyFigureRow]:
    """The rows of an exported file; a file of another kind or version is refused."""
    return layout_from_text(text)[0]


def layout_from_text(text: str) -> tuple[list[KeyFigureRow], KeyFigureLayout | None]:
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ValueError
        rows = [
            KeyFigureRow(
                Measure(r["measure"]),
                str(r["label"]),
                r.get("counted_from") or None,
                str(r.get("filter") or ""),
            )
            for r in data["rows"]
        ]
        layout = data.get("layout")
        if layout is not None:
            layout = KeyFigureLayout(bool(layout["months"]), str(layout["before_mark"]))
        return rows, layout
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValidationError("file", "unreadable", kind="nyckeltalsrader (version 1)") from exc


def cmd_key_figures(args) -> int:
    from desktop_app.cli.main import EXIT_OK, _login

    session = _login(args)
    try:
        if args.action == "export":
            stats = session.statistics
            text = rows_to_text(stats.key_figure_rows(), stats.key_figure_layout())
            Path(args.file).write_text(text, encoding="utf-8")
            print(f"Sparad: {args.file}")
        else:
            rows, layout = layout_from_text(Path(args.file).read_text(encoding="utf-8"))
            session.statistics.set_key_figure_rows(rows)
            if layout is not None:
                session.statistics.set_key_figure_layout(layout)
            print(f"{len(rows)} rader inlästa.")
    finally:
        session.close()
    return EXIT_OK


def add_key_figure_parser(sub) -> None:
    p = sub.add_parser("key-figures", help="nyckeltalstabellens rader till eller från en fil")
    p.add_argument("action", choices=["export", "import"])
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--user", required=True)
    p.add_argument("--file", required=True, type=Path)
    p.set_defaults(func=cmd_key_figures)

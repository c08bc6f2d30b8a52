"""Reports layer: render a ``Document`` as simple HTML (printed through Qt's dialog)."""

from __future__ import annotations

from html import escape

from desktop_app.reports.document import Document, Table


def _facts(facts: list[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><td width='30%'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts
    )
    return f"<table cellpadding='2'>{rows}</table>"


def _table(table: Table) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in table.headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(c).replace(chr(10), '<br>')}</td>" for c in row) + "</tr>"
        for row in table.rows
    )
    return (
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' "
        f"style='border-collapse: collapse; border-color: #c8d3dc'><tr>{head}</tr>{body}</table>"
    )


def render_html(document: Document) -> str:
    parts = [f"<h1>{escape(document.title)}</h1>"]
    if document.subtitle:
        parts.append(f"<p>{escape(document.subtitle)}</p>")
    if document.facts:
        parts.append(_facts(document.facts))
    for section in document.sections:
        parts.append(f"<h2>{escape(section.heading)}</h2>")
        if section.facts:
            parts.append(_facts(section.facts))
        parts += [f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in section.paragraphs]
        if section.table is not None and section.table.rows:
            parts.append(_table(section.table))
        elif section.empty_text and not section.paragraphs and not section.facts:
            parts.append(f"<p><i>{escape(section.empty_text)}</i></p>")
    if document.footer:
        parts.append(f"<p><small>{escape(document.footer)}</small></p>")
    return "<html><body style='font-size: 10pt'>" + "".join(parts) + "</body></html>"

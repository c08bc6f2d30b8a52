"""Reports layer: render a ``Document`` as simple HTML (printed through Qt's dialog)."""

from __future__ import annotations

from html import escape

from desktop_app.reports import markup, values
from desktop_app.reports.document import Count, Decimal, Document, Share, Table

NUMERIC = (int, Count, Share, Decimal)


def _facts(facts: list[tuple[str, object]]) -> str:
    rows = "".join(
        f"<tr><td width='30%'><b>{escape(k)}</b></td><td>{escape(values.text(v))}</td></tr>"
        for k, v in facts
    )
    return f"<table cellpadding='2'>{rows}</table>"


def _cell(tag: str, value, nowrap: bool, extra: str = "") -> str:
    style = " style='white-space: nowrap'" if nowrap else ""
    if isinstance(value, NUMERIC):
        extra += " align='right'"
    text = escape(values.text(value)).replace(chr(10), "<br>")
    return f"<{tag}{extra}{style}>{text}</{tag}>"


def _table(table: Table) -> str:
    # a column of numbers keeps its heading ("Feb", "Tot.") and figures on one line
    keep = set(table.nowrap) | {
        n
        for n in range(1, len(table.headers))
        if table.rows and all(isinstance(r[n], NUMERIC) or len(str(r[n])) <= 2 for r in table.rows)
    }
    head = "".join(_cell("th", h, n in keep, " align='left'") for n, h in enumerate(table.headers))
    height = " height='34'" if table.signing else ""
    body = "".join(
        f"<tr{height}>" + "".join(_cell("td", c, n in keep) for n, c in enumerate(row)) + "</tr>"
        for row in table.rows
    )
    return (
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' "
        f"style='border-collapse: collapse; border-color: #c8d3dc'><tr>{head}</tr>{body}</table>"
    )


def _certificate(document: Document) -> str:
    texts = document.sections[0].paragraphs if document.sections else []
    sizes = ["20pt; font-weight: bold", "12pt", "15pt; font-weight: bold"]
    body = "".join(
        f"<p align='center' style='font-size: {sizes[n] if n < len(sizes) else '11pt'}'>"
        f"{escape(text)}</p>"
        for n, text in enumerate(texts)
    )
    signatures = "".join(
        f"<td width='50%'>______________________________<br>{escape(s)}</td>"
        for s in document.signatures or [""]
    )
    return (
        "<html><body style='font-size: 11pt'>"
        f"<p align='center'>{escape(document.subtitle)}</p><br>"
        f"<h1 align='center' style='font-size: 26pt'>{escape(document.title)}</h1><br>"
        f"{body}<br><br><p>{escape(document.signed_at)}</p><br><br>"
        f"<table width='100%'><tr>{signatures}</tr></table></body></html>"
    )


def chart_name(n: int) -> str:
    """The resource a caller adds for the document's n-th chart (printing draws it)."""
    return f"chart-{n}"


def render_html(document: Document, charts: bool = False) -> str:
    """``charts``: an ``<img>`` for each section's chart, named by ``chart_name``; the
    caller supplies the images (Qt draws them for printing)."""
    if document.certificate:
        return _certificate(document)
    parts = []
    cover = document.cover
    if cover is not None:
        lines = "".join(f"<p align='center'>{escape(line)}</p>" for line in cover.lines if line)
        parts.append(f"<br><br><br><h1 align='center'>{escape(cover.title)}</h1>{lines}")
        if cover.responsible:
            parts.append(f"<p align='center'>{escape(cover.responsible)}</p>")
        parts.append("<div style='page-break-after: always'></div>")
    else:
        parts.append(f"<h1>{escape(document.title)}</h1>")
        if document.subtitle:
            parts.append(f"<p>{escape(document.subtitle)}</p>")
    if document.facts:
        parts.append(_facts(document.facts))
    drawn = 0
    for section in document.sections:
        if section.new_page:
            parts.append("<div style='page-break-before: always'></div>")
        if section.heading:
            tag = "h2" if section.level <= 1 else "h3"
            parts.append(f"<{tag}>{escape(section.heading)}</{tag}>")
        if section.facts:
            parts.append(_facts(section.facts))
        parts += [f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in section.paragraphs]
        if section.text:
            parts.append(markup.html(section.text))
        if section.table is not None and section.table.rows:
            parts.append(_table(section.table))
        elif section.empty_text and not section.paragraphs and not section.facts:
            parts.append(f"<p><i>{escape(section.empty_text)}</i></p>")
        if section.legend:
            parts.append(f"<p><small>{escape(section.legend)}</small></p>")
        if charts and section.chart is not None and section.chart.series:
            parts.append(f"<p><img src='{chart_name(drawn)}'></p>")
            drawn += 1
    for line in (document.confidential, document.footer):
        if line:
            parts.append(f"<p><small>{escape(line)}</small></p>")
    return "<html><body style='font-size: 10pt'>" + "".join(parts) + "</body></html>"

"""Reports layer: render a ``Document`` as an A4 PDF with reportlab (platypus)."""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable

from desktop_app.reports.atomic import atomic_path
from desktop_app.reports.document import Document, Section, Table

FONT, FONT_BOLD = "Helvetica", "Helvetica-Bold"


def _register_fonts() -> None:
    """Embed DejaVu Sans (covers å, ä, ö and far beyond) when the bundled file is there."""
    global FONT, FONT_BOLD
    folder = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folder = Path(frozen) / "resources" / "fonts"
    regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
    if regular.is_file() and bold.is_file():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
        pdfmetrics.registerFontFamily(
            "DejaVuSans",
            normal="DejaVuSans",
            bold="DejaVuSans-Bold",
            italic="DejaVuSans",
            boldItalic="DejaVuSans-Bold",
        )
        FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"


_register_fonts()
_STYLES = getSampleStyleSheet()
for _name in ("Title", "Heading2", "BodyText"):
    _STYLES[_name].fontName = FONT_BOLD if _name != "BodyText" else FONT
_BODY = ParagraphStyle("body", parent=_STYLES["BodyText"], fontSize=9.5, leading=12)
_CELL = ParagraphStyle("cell", parent=_BODY, fontSize=8.5, leading=10.5)
_HEAD = ParagraphStyle("head", parent=_CELL, fontName=FONT_BOLD)
_CELL_SMALL = ParagraphStyle("cell_small", parent=_CELL, fontSize=7, leading=8.5)
_HEAD_SMALL = ParagraphStyle("head_small", parent=_CELL_SMALL, fontName=FONT_BOLD)
WIDE = 10  # tables with more columns than this use the small type
_H2 = ParagraphStyle("h2", parent=_STYLES["Heading2"], keepWithNext=True)


def _p(text: str, style: ParagraphStyle = _BODY) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _facts(facts: list[tuple[str, str]], width: float) -> PdfTable:
    table = PdfTable(
        [[_p(k, _HEAD), _p(v, _CELL)] for k, v in facts], colWidths=[width * 0.3, width * 0.7]
    )
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
    )
    return table


def _table(table: Table, width: float) -> PdfTable:
    weights = table.widths or [1.0] * len(table.headers)
    total = sum(weights)
    wide = len(table.headers) > WIDE
    head, cell_style = (_HEAD_SMALL, _CELL_SMALL) if wide else (_HEAD, _CELL)
    data = [[_p(h, head) for h in table.headers]]
    data += [[_p(cell, cell_style) for cell in row] for row in table.rows]
    heights = [None] + [9 * mm] * len(table.rows) if table.signing else None
    pdf = PdfTable(
        data, colWidths=[width * w / total for w in weights], repeatRows=1, rowHeights=heights
    )
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecf2")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#5a7184")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#c8d3dc")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if wide:  # month columns: less padding so the headings stay on one line
        style += [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    if table.signing:  # ruled boxes to sign in by hand
        style += [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#5a7184")),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ]
    pdf.setStyle(TableStyle(style))
    return pdf


def _section(section: Section, width: float) -> list:
    flow: list = [Spacer(1, 4 * mm), Paragraph(escape(section.heading), _H2)]
    if section.facts:
        flow.append(_facts(section.facts, width))
    flow += [_p(text) for text in section.paragraphs]
    if section.table is not None and section.table.rows:
        flow.append(_table(section.table, width))
    elif section.empty_text and not section.paragraphs and not section.facts:
        flow.append(_p(section.empty_text))
    return flow


def render_pdf(document: Document, path: Path | str) -> Path:
    path = Path(path)
    margin = 18 * mm
    pagesize = landscape(A4) if document.landscape else A4
    with atomic_path(path) as tmp:
        _build(document, tmp, pagesize, margin)
    return path


def _build(document: Document, path: Path, pagesize, margin: float) -> None:
    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(margin, 10 * mm, document.footer)
        canvas.drawRightString(pagesize[0] - margin, 10 * mm, str(doc.page))
        canvas.restoreState()

    template = SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=document.title,
        author="Vägval",
    )
    width = pagesize[0] - 2 * margin
    flow: list = [Paragraph(escape(document.title), _STYLES["Title"])]
    if document.subtitle:
        flow.append(_p(document.subtitle))
    if document.facts:
        flow.append(_facts(document.facts, width))
    for section in document.sections:
        flow += _section(section, width)
    template.build(flow, onFirstPage=footer, onLaterPages=footer)

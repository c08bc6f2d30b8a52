"""Reports layer: render a ``Document`` as an A4 PDF with reportlab (platypus)."""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle
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
        [[_p(k, _HEAD), _p(v, _CELL)] for k, v in facts],
        colWidths=[width * 0.3, width * 0.7],
        hAlign="LEFT",
    )
    table.setStyle(  # the text lines up with the title's margin
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


PADDING = 6  # reportlab's default cell padding, left plus right


def _widths(table: Table, width: float, cell: ParagraphStyle, head: ParagraphStyle) -> list:
    """Column widths: a ``nowrap`` column as wide as its longest text, the rest of the
    width shared by the relative ``widths``."""
    weights = list(table.widths or [1.0] * len(table.headers))
    fixed: dict[int, float] = {}
    for column in table.nowrap:
        texts = [(table.headers[column], head)] + [(r[column], cell) for r in table.rows]
        fixed[column] = PADDING * 2 + max(
            pdfmetrics.stringWidth(line, style.fontName, style.fontSize)
            for text, style in texts
            for line in text.split("\n")
        )
    floor = width * 0.25  # the free columns keep at least this; else the fixed shrink
    if fixed and width - sum(fixed.values()) < floor:
        scale = (width - floor) / sum(fixed.values())
        fixed = {n: w * scale for n, w in fixed.items()}
    rest = width - sum(fixed.values())
    total = sum(w for n, w in enumerate(weights) if n not in fixed) or 1.0
    return [fixed.get(n, rest * w / total) for n, w in enumerate(weights)]


def _table(table: Table, width: float) -> PdfTable:
    wide = len(table.headers) > WIDE
    head, cell_style = (_HEAD_SMALL, _CELL_SMALL) if wide else (_HEAD, _CELL)
    data = [[_p(h, head) for h in table.headers]]
    data += [[_p(cell, cell_style) for cell in row] for row in table.rows]
    heights = [None] + [9 * mm] * len(table.rows) if table.signing else None
    pdf = PdfTable(
        data,
        colWidths=_widths(table, width, cell_style, head),
        repeatRows=1,
        rowHeights=heights,
        hAlign="LEFT",
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
    flow: list = [PageBreak()] if section.new_page else []
    flow += [Spacer(1, 4 * mm), Paragraph(escape(section.heading), _H2)]
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
    if document.certificate:

        def frame(canvas, doc) -> None:  # a thin double rule round the certificate
            canvas.saveState()
            canvas.setStrokeColor(colors.HexColor("#5a7184"))
            for inset, line in ((10 * mm, 1.2), (12 * mm, 0.4)):
                canvas.setLineWidth(line)
                canvas.rect(inset, inset, pagesize[0] - 2 * inset, pagesize[1] - 2 * inset)
            canvas.restoreState()

        template.build(_certificate(document, width), onFirstPage=frame)
        return
    flow: list = [Paragraph(escape(document.title), _STYLES["Title"])]
    if document.subtitle:
        flow.append(_p(document.subtitle))
    if document.facts:
        flow.append(_facts(document.facts, width))
    for section in document.sections:
        flow += _section(section, width)
    template.build(flow, onFirstPage=footer, onLaterPages=footer)


_CERT_UNIT = ParagraphStyle("cert_unit", parent=_BODY, fontSize=11, alignment=TA_CENTER)
_CERT_TITLE = ParagraphStyle(
    "cert_title", parent=_STYLES["Title"], fontSize=26, leading=32, spaceAfter=14 * mm
)
_CERT_NAME = ParagraphStyle(
    "cert_name", parent=_BODY, fontName=FONT_BOLD, fontSize=20, leading=26, alignment=TA_CENTER
)
_CERT_TEXT = ParagraphStyle(
    "cert_text", parent=_BODY, fontSize=12, leading=17, alignment=TA_CENTER, spaceAfter=3 * mm
)
_CERT_COURSE = ParagraphStyle("cert_course", parent=_CERT_TEXT, fontName=FONT_BOLD, fontSize=15)
_CERT_SMALL = ParagraphStyle("cert_small", parent=_CERT_TEXT, fontSize=10, leading=14)


def _certificate(document: Document, width: float) -> list:
    """A certificate: the unit, a large title, the person, the course and what they
    attended centred on the page; then the place and date and a line to sign for each
    leader."""
    texts = document.sections[0].paragraphs if document.sections else []
    styles = [_CERT_NAME, _CERT_TEXT, _CERT_COURSE, _CERT_TEXT, _CERT_TEXT]
    flow: list = [
        Spacer(1, 20 * mm),
        _p(document.subtitle, _CERT_UNIT),
        Spacer(1, 10 * mm),
        Paragraph(escape(document.title), _CERT_TITLE),
    ]
    for n, text in enumerate(texts):
        flow.append(_p(text, styles[n] if n < len(styles) else _CERT_SMALL))
        if n == 0:
            flow.append(Spacer(1, 4 * mm))
    flow += [Spacer(1, 22 * mm), _p(document.signed_at, _BODY), Spacer(1, 16 * mm)]
    signatures = document.signatures or [""]
    cells = [[_p("_" * 34, _BODY) for _ in signatures], [_p(s, _BODY) for s in signatures]]
    table = PdfTable(cells, colWidths=[width / len(signatures)] * len(signatures), hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [*flow, table]

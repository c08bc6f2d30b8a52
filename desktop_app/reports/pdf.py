"""Reports layer: render a ``Document`` as an A4 PDF with reportlab (platypus)."""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from desktop_app.reports import chart, markup, values
from desktop_app.reports.atomic import atomic_path
from desktop_app.reports.document import Count, Cover, Decimal, Document, Section, Share, Table

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
_HEAD = ParagraphStyle("head", parent=_CELL, fontName=FONT_BOLD, splitLongWords=0)
_CELL_SMALL = ParagraphStyle("cell_small", parent=_CELL, fontSize=7, leading=8.5)
_HEAD_SMALL = ParagraphStyle("head_small", parent=_CELL_SMALL, fontName=FONT_BOLD, splitLongWords=0)
WIDE = 10  # tables with more columns than this use the small type
_H2 = ParagraphStyle("h2", parent=_STYLES["Heading2"], keepWithNext=True)
_H3 = ParagraphStyle(
    "h3", parent=_H2, fontSize=11.5, leading=14, spaceBefore=4, spaceAfter=3, keepWithNext=True
)
_H4 = ParagraphStyle(
    "h4", parent=_BODY, fontName=FONT_BOLD, spaceBefore=4, spaceAfter=1, keepWithNext=True
)
_BULLET = ParagraphStyle("bullet", parent=_BODY, leftIndent=5 * mm, bulletIndent=1.5 * mm)
_LEGEND = ParagraphStyle("legend", parent=_CELL, textColor=colors.HexColor("#44505a"))
_NUMBER = ParagraphStyle("number", parent=_CELL, alignment=TA_RIGHT)
_NUMBER_SMALL = ParagraphStyle("number_small", parent=_CELL_SMALL, alignment=TA_RIGHT)
_COVER_TITLE = ParagraphStyle("cover_title", parent=_STYLES["Title"], fontSize=24, leading=30)
_COVER_LINE = ParagraphStyle("cover_line", parent=_BODY, fontSize=13, leading=18, alignment=1)
NUMERIC = (int, Count, Share, Decimal)


def _p(text: str, style: ParagraphStyle = _BODY) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _facts(facts: list[tuple[str, object]], width: float) -> PdfTable:
    longest = max(pdfmetrics.stringWidth(k, FONT_BOLD, _HEAD.fontSize) for k, _ in facts)
    first = min(width * 0.55, max(width * 0.3, longest + PADDING * 2))  # names unbroken
    table = PdfTable(
        [[_p(k, _HEAD), _p(values.text(v), _CELL)] for k, v in facts],
        colWidths=[first, width - first],
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
        texts = [(table.headers[column], head)]
        texts += [(values.text(r[column]), cell) for r in table.rows]
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
    widths = [fixed.get(n, rest * w / total) for n, w in enumerate(weights)]
    return _no_broken_words(table, widths, head, cell, set(fixed))


def _least(table: Table, column: int, head: ParagraphStyle, cell: ParagraphStyle) -> float:
    """The narrowest a column can be with no word broken: of its heading, of its texts
    ("Förändringssamtal") and no number wrapped."""
    words = [(w, head) for w in table.headers[column].split()]
    for row in table.rows:
        text = values.text(row[column])
        words += (
            [(text, cell)]
            if isinstance(row[column], NUMERIC)
            else [(w, cell) for w in text.split()]
        )
    if not words:
        return 0.0
    return PADDING + 1 + max(pdfmetrics.stringWidth(w, s.fontName, s.fontSize) for w, s in words)


WIDEST_WORD = 0.3  # no column is widened past this share of the page for one long word


def _no_broken_words(table: Table, widths: list, head, cell, fixed: set[int]) -> list:
    """Widen a column too narrow for its longest word ("Kursdeltagare") at the cost of
    the columns with room to spare."""
    cap = sum(widths) * WIDEST_WORD
    least = [min(_least(table, n, head, cell), max(cap, w)) for n, w in enumerate(widths)]
    short = sum(max(0.0, least[n] - w) for n, w in enumerate(widths) if n not in fixed)
    spare = {n: w - least[n] for n, w in enumerate(widths) if n not in fixed and w > least[n]}
    if not short or sum(spare.values()) < short:
        return widths
    room = sum(spare.values())
    return [
        w
        if n in fixed
        else max(w, least[n]) - (spare.get(n, 0.0) / room * short if n in spare else 0.0)
        for n, w in enumerate(widths)
    ]


def _table(table: Table, width: float) -> PdfTable:
    wide = len(table.headers) > WIDE
    head, cell_style = (_HEAD_SMALL, _CELL_SMALL) if wide else (_HEAD, _CELL)
    number = _NUMBER_SMALL if wide else _NUMBER
    numeric = {  # a column of numbers (or marks: "..", "x", "–"), right-aligned
        n
        for n in range(1, len(table.headers))
        if all(isinstance(row[n], NUMERIC) or len(str(row[n])) <= 2 for row in table.rows)
        and any(isinstance(row[n], NUMERIC) or row[n] for row in table.rows)
    }
    right = ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT)
    data = [[_p(h, right if n in numeric else head) for n, h in enumerate(table.headers)]]
    data += [  # numbers as plain strings: they never wrap and draw far faster
        [
            values.text(cell) if n in numeric else _p(values.text(cell), cell_style)
            for n, cell in enumerate(row)
        ]
        for row in table.rows
    ]
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
    for n in numeric:
        style += [
            ("FONT", (n, 1), (n, -1), number.fontName, number.fontSize, number.leading),
            ("ALIGN", (n, 1), (n, -1), "RIGHT"),
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


class _Heading(Paragraph):
    """A heading the table of contents lists."""

    def __init__(self, text: str, level: int) -> None:
        super().__init__(escape(text), _H2 if level <= 1 else _H3 if level == 2 else _H4)
        if level <= 2:  # chapters and sub-chapters; a table's own heading is not listed
            self.toc = (level, text)


class _Persons(Flowable):
    """Marks the page it lands on as holding counts of persons (a line at its foot)."""

    persons = True

    def wrap(self, *_):
        return 0, 0

    def draw(self) -> None:
        pass


def _text(text: str) -> list:
    flow: list = []
    for block in markup.blocks(text):
        if block.kind == "heading":
            flow.append(Paragraph(block.inline, _H4))
        elif block.kind in ("bullet", "number"):
            mark = "•" if block.kind == "bullet" else f"{block.number}."
            style = _BULLET
            if block.depth:
                indent = _BULLET.leftIndent + 5 * mm * block.depth
                style = ParagraphStyle("deeper", parent=_BULLET, leftIndent=indent)
                style.bulletIndent = indent - 3.5 * mm
            flow.append(Paragraph(block.inline, style, bulletText=mark))
        else:
            flow.append(Paragraph(block.inline, _BODY))
    return flow


def _section(section: Section, width: float) -> list:
    flow: list = [PageBreak()] if section.new_page else []
    if section.heading:
        # never a heading alone at a page's foot: it moves on with room for a few lines
        flow.append(CondPageBreak(30 * mm))
    if section.persons:  # on the page the section starts on, and on the one it ends on
        flow.append(_Persons())
    if section.heading:
        flow.append(Spacer(1, 4 * mm if section.level <= 1 else 1 * mm))
        flow.append(_Heading(section.heading, section.level))
    if section.facts:
        flow.append(_facts(section.facts, width))
    flow += [_p(text) for text in section.paragraphs]
    flow += _text(section.text)
    drawn = section.chart is not None and bool(section.chart.series)
    if section.table is not None and section.table.rows:
        table: list = [_table(section.table, width)]
        if section.legend:
            table += [Spacer(1, 1.5 * mm), _p(section.legend, _LEGEND)]
        if drawn:
            table += [Spacer(1, 3 * mm), chart.drawing(section.chart, width, FONT)]
        flow += table
        if drawn and len(section.table.rows) < 20:
            # heading, table and chart on one page: a short table moves on with its chart
            start = next((n for n, f in enumerate(flow) if isinstance(f, _Heading)), 0)
            flow[start:] = [KeepTogether(flow[start:])]
    else:
        if section.empty_text and not section.paragraphs and not section.facts:
            flow.append(_p(section.empty_text))
        if section.legend:
            flow += [Spacer(1, 1.5 * mm), _p(section.legend, _LEGEND)]
        if drawn:
            flow.append(chart.drawing(section.chart, width, FONT))
    if section.persons:
        flow.append(_Persons())
    return flow


def _cover(cover: Cover) -> list:
    flow: list = [Spacer(1, 70 * mm), Paragraph(escape(cover.title), _COVER_TITLE)]
    flow.append(Spacer(1, 12 * mm))
    flow += [_p(line, _COVER_LINE) for line in cover.lines if line]
    if cover.responsible:
        flow += [Spacer(1, 10 * mm), _p(cover.responsible, _COVER_LINE)]
    return [*flow, PageBreak()]


class _Template(SimpleDocTemplate):
    """Notes headings for the table of contents and the pages that hold person counts."""

    persons_here = False
    entries: list

    def afterFlowable(self, flowable) -> None:
        if getattr(flowable, "persons", False):
            self.persons_here = True
        toc = getattr(flowable, "toc", None)
        if toc is not None:
            self.entries.append((toc[0], toc[1], self.page))


CONTENTS_AFTER = 4  # pages: a longer report gets a table of contents
CONTENTS_PER_PAGE = 40  # lines of the table of contents on one page


def render_pdf(document: Document, path: Path | str) -> Path:
    """Build once; a long document with ``contents_title`` is built once more with a
    table of contents from the pages its headings landed on (shifted by its own pages)."""
    path = Path(path)
    margin = 18 * mm
    pagesize = landscape(A4) if document.landscape else A4
    with atomic_path(path) as tmp:
        pages, entries = _build(document, tmp, pagesize, margin, [])
        if document.contents_title and pages > CONTENTS_AFTER and entries:
            shift = -(-len(entries) // CONTENTS_PER_PAGE)
            contents = [(level, text, page + shift) for level, text, page in entries]
            _build(document, tmp, pagesize, margin, contents)
    return path


def _contents(document: Document, entries: list, width: float) -> list:
    rows = [
        [_p(("" if level <= 1 else "    ") + text, _HEAD if level <= 1 else _CELL), str(page)]
        for level, text, page in entries
    ]
    table = PdfTable(rows, colWidths=[width - 15 * mm, 15 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONT", (1, 0), (1, -1), FONT, _CELL.fontSize),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    heading = Paragraph(escape(document.contents_title), _STYLES["Heading2"])
    return [heading, table, PageBreak()]


def _build(document: Document, path: Path, pagesize, margin: float, contents: list):
    def footer(canvas, doc) -> None:
        if document.cover and doc.page == 1:
            return  # the cover carries neither footer nor number
        canvas.saveState()
        canvas.setFont(FONT, 8)
        if document.footer:
            canvas.drawString(margin, 10 * mm, document.footer)
        canvas.drawRightString(pagesize[0] - margin, 10 * mm, str(doc.page))
        canvas.restoreState()

    template = _Template(
        str(path),
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=document.title,
        author="Vägval",
    )

    def after_page() -> None:  # the confidentiality line on each page with person counts
        if document.confidential and template.persons_here:
            template.canv.saveState()
            template.canv.setFont(FONT, 7.5)
            top = pagesize[1] - 10 * mm
            template.canv.drawRightString(pagesize[0] - margin, top, document.confidential)
            template.canv.restoreState()
        template.persons_here = False

    template.afterPage = after_page
    width = pagesize[0] - 2 * margin
    if document.certificate:

        def frame(canvas, doc) -> None:  # a thin double rule round the certificate
            canvas.saveState()
            canvas.setStrokeColor(colors.HexColor("#5a7184"))
            for inset, line in ((10 * mm, 1.2), (12 * mm, 0.4)):
                canvas.setLineWidth(line)
                canvas.rect(inset, inset, pagesize[0] - 2 * inset, pagesize[1] - 2 * inset)
            canvas.restoreState()

        from desktop_app.reports.pdf_certificate import certificate_flow

        template.build(certificate_flow(document, width), onFirstPage=frame)
        return template.page, []
    flow: list = _cover(document.cover) if document.cover else []
    if contents:
        flow += _contents(document, contents, width)
    if not document.cover:
        flow.append(Paragraph(escape(document.title), _STYLES["Title"]))
        if document.subtitle:
            flow.append(_p(document.subtitle))
    if document.facts:
        flow.append(_facts(document.facts, width))
    for section in document.sections:
        flow += _section(section, width)
    template.entries = []
    template.build(flow, onFirstPage=footer, onLaterPages=footer)
    return template.page, template.entries

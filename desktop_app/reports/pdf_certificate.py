"""Reports layer: a certificate as a PDF page: the unit, a large title, the person,
the course and what they attended centred; the place and date and a line to sign for
each leader (used by ``pdf.render_pdf`` for a ``Document(certificate=True)``)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable

from desktop_app.reports.document import Document
from desktop_app.reports.pdf import _BODY, _STYLES, FONT_BOLD, _p

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


def certificate_flow(document: Document, width: float) -> list:
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

"""UI layer: printing an HTML document page by page, with a line at the top of every
page (the confidentiality line) and "Sida n av N" at the foot: Qt's own
``QTextDocument.print_`` prints neither."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter


def print_paged(printer: QPagedPaintDevice | QPrinter, html: str, line: str, page_text: str) -> int:
    """Print ``html`` to ``printer``; ``line`` on top of each page, ``page_text`` ("Sida
    %1 av %2") at its foot. Returns the number of pages."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(printer)
        document.setHtml(html)
        small = QFont(document.defaultFont())
        small.setPointSizeF(8)
        band = QFontMetricsF(small, printer).height() * 2
        page = QRectF(0, 0, printer.width(), printer.height())
        body = QSizeF(page.width(), page.height() - 2 * band)
        document.setPageSize(body)
        pages = document.pageCount()
        for n in range(pages):
            if n:
                printer.newPage()
            painter.setFont(small)
            painter.drawText(QRectF(0, 0, page.width(), band), Qt.AlignmentFlag.AlignLeft, line)
            foot = page_text.replace("%1", str(n + 1)).replace("%2", str(pages))
            painter.drawText(
                QRectF(0, page.height() - band, page.width(), band),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                foot,
            )
            painter.save()
            painter.translate(0, band - n * body.height())
            document.drawContents(
                painter, QRectF(0, n * body.height(), body.width(), body.height())
            )
            painter.restore()
        return pages
    finally:
        painter.end()

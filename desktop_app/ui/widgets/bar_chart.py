"""UI layer: a light bar chart (grouped bars per month) drawn with QPainter, so no
extra Qt module is needed."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop_app.reports.numbers import nice_step

COLOURS = ("#1f5f78", "#f2b84b", "#7a9a3a", "#a04060", "#5b5ea6", "#c06c2b")


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(200)
        self.labels: list[str] = []
        self.series: list[tuple[str, list[int | None]]] = []  # None: hidden

    def set_data(self, labels: list[str], series: list[tuple[str, list[int]]]) -> None:
        self.labels, self.series = labels, series
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.labels or not self.series:
            painter.end()
            return
        font = QFont(self.font())
        font.setPointSize(8)
        painter.setFont(font)
        left, right, top, bottom = 40, 10, 28, 24
        width = self.width() - left - right
        height = self.height() - top - bottom
        highest = max(
            [max((v for v in values if v is not None), default=0) for _, values in self.series]
        )
        tick = nice_step(highest, 4)
        peak = tick * 4
        painter.setPen(QPen(QColor("#cccccc")))
        for step in range(5):
            y = top + height - height * step / 4
            painter.drawLine(left, int(y), left + width, int(y))
            painter.drawText(
                QRectF(0, y - 8, left - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(tick * step),
            )
        slot = width / len(self.labels)
        bar = slot * 0.8 / len(self.series)
        metrics = painter.fontMetrics()
        legend_x = float(left)
        for s, (name, values) in enumerate(self.series):
            colour = QColor(COLOURS[s % len(COLOURS)])
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            for i, value in enumerate(values):
                x = left + slot * i + slot * 0.1 + bar * s
                if value is None:  # hidden in the table: no bar gives it back
                    painter.setPen(QPen(QColor("#888888")))
                    painter.drawText(
                        QRectF(x, top + height - 14, max(bar, 14), 14),
                        Qt.AlignmentFlag.AlignHCenter,
                        "..",
                    )
                    painter.setPen(Qt.PenStyle.NoPen)
                    continue
                h = height * value / peak
                painter.drawRect(QRectF(x, top + height - h, bar - 1, h))
            text_width = metrics.horizontalAdvance(name)
            painter.drawRect(QRectF(legend_x, 6, 10, 10))
            painter.setPen(QPen(QColor("#333333")))
            painter.drawText(
                QRectF(legend_x + 14, 2, text_width + 4, 18), Qt.AlignmentFlag.AlignVCenter, name
            )
            legend_x += 14 + text_width + 18
        painter.setPen(QPen(QColor("#333333")))
        for i, label in enumerate(self.labels):
            painter.drawText(
                QRectF(left + slot * i, top + height + 4, slot, bottom - 4),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )
        painter.end()

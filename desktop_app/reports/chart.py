"""Reports layer: a bar chart in a PDF (reportlab's graphics): one group of bars per
month, one colour per row, round ticks (0, 25, 50 …) and a legend; a hidden cell has
no bar, as on screen."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop_app.reports.document import Chart
from desktop_app.reports.numbers import nice_step

COLOURS = ["#2f6690", "#d08c25", "#4f8a5b", "#9a4f7c", "#6b6b6b", "#b8463c"]
TICKS = 4


def drawing(chart: Chart, width: float, font: str) -> Drawing:
    height = 62 * mm
    legend_height = 6 * mm * ((len(chart.series) + 2) // 3)
    d = Drawing(width, height + legend_height)
    bars = VerticalBarChart()
    bars.x, bars.y = 12 * mm, legend_height + 8 * mm
    bars.width, bars.height = width - 16 * mm, height - 12 * mm
    bars.data = [[v if v is not None else None for v in values] for _, values in chart.series]
    highest = max([v for _, values in chart.series for v in values if v is not None] or [0])
    step = nice_step(highest, TICKS)
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueStep = step
    bars.valueAxis.valueMax = step * max(1, -(-highest // step))
    bars.valueAxis.labels.fontName = font
    bars.valueAxis.labels.fontSize = 7
    bars.categoryAxis.categoryNames = list(chart.categories)
    bars.categoryAxis.labels.fontName = font
    bars.categoryAxis.labels.fontSize = 7
    bars.groupSpacing = 4
    bars.barSpacing = 0.5
    for n in range(len(chart.series)):
        bars.bars[n].fillColor = colors.HexColor(COLOURS[n % len(COLOURS)])
        bars.bars[n].strokeColor = None
    d.add(bars)
    legend = Legend()
    legend.x, legend.y = 12 * mm, legend_height
    legend.fontName, legend.fontSize = font, 7
    legend.columnMaximum = 1 if len(chart.series) <= 3 else 2
    legend.alignment = "right"
    legend.dx = legend.dy = 6
    legend.deltax = (width - 16 * mm) / 3
    legend.colorNamePairs = [
        (colors.HexColor(COLOURS[n % len(COLOURS)]), name)
        for n, (name, _) in enumerate(chart.series)
    ]
    d.add(legend)
    return d

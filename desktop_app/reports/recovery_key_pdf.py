"""Reports layer: the recovery-key sheet as a one-page PDF (texts come translated)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from desktop_app.reports.atomic import atomic_path


@dataclass(frozen=True)
class RecoveryKeySheet:
    title: str
    key: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    instructions: list[str] = field(default_factory=list)
    footer: str = ""


def _wrap(text: str, font: str, size: float, width: float, c: canvas.Canvas) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if c.stringWidth(trial, font, size) <= width:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def render_recovery_key(sheet: RecoveryKeySheet, path: Path | str) -> Path:
    path = Path(path)
    with atomic_path(path) as tmp:
        _draw(sheet, tmp)
    return path


def _draw(sheet: RecoveryKeySheet, path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1)
    c.setTitle(sheet.title)
    c.setAuthor("Vägval")
    width, height = A4
    left, right = 22 * mm, width - 22 * mm
    y = height - 30 * mm
    c.setFont("Helvetica-Bold", 20)
    c.drawString(left, y, sheet.title)
    y -= 14 * mm
    c.setFont("Helvetica", 11)
    for label, value in sheet.facts:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(left, y, label)
        c.setFont("Helvetica", 11)
        for i, line in enumerate(_wrap(value, "Helvetica", 11, right - left - 45 * mm, c)):
            c.drawString(left + 45 * mm, y - i * 5 * mm, line)
            y -= 5 * mm if i else 0
        y -= 7 * mm
    y -= 4 * mm
    groups = sheet.key.split("-")
    rows = [" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
    box_height = (len(rows) * 11 + 10) * mm
    c.setLineWidth(1.2)
    c.roundRect(left, y - box_height + 6 * mm, right - left, box_height, 3 * mm)
    c.setFont("Courier-Bold", 19)
    y -= 6 * mm
    for row in rows:
        c.drawCentredString((left + right) / 2, y - 4 * mm, row)
        y -= 11 * mm
    y -= 14 * mm
    c.setFont("Helvetica", 11)
    for paragraph in sheet.instructions:
        for line in _wrap(paragraph, "Helvetica", 11, right - left, c):
            c.drawString(left, y, line)
            y -= 5.5 * mm
        y -= 3 * mm
    if sheet.footer:
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(left, 15 * mm, sheet.footer)
    c.showPage()
    c.save()

"""UI layer: the recovery key sheet, saved as PDF (reportlab) or printed (Qt)."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop_app.reports.recovery_key_pdf import RecoveryKeySheet, render_recovery_key


def build_sheet(unit_name: str, db_path: Path, key: str) -> RecoveryKeySheet:
    return RecoveryKeySheet(
        title=QCoreApplication.translate("RecoveryKey", "Vägval – återställningsnyckel"),
        key=key,
        facts=[
            (QCoreApplication.translate("RecoveryKey", "Enhet:"), unit_name),
            (QCoreApplication.translate("RecoveryKey", "Skapad:"), date.today().isoformat()),
            (QCoreApplication.translate("RecoveryKey", "Databas:"), str(db_path)),
        ],
        instructions=[
            QCoreApplication.translate(
                "RecoveryKey",
                "Nyckeln kan låsa upp databasen om alla lösenord har glömts bort. "
                "Den som har nyckeln och databasfilen kan läsa allt i registret.",
            ),
            QCoreApplication.translate(
                "RecoveryKey",
                "Förvara papperet inlåst, till exempel i enhetens kassaskåp, och aldrig "
                "tillsammans med datorn eller säkerhetskopiorna.",
            ),
            QCoreApplication.translate(
                "RecoveryKey",
                "Används så här: välj \u201dGlömt lösenordet?\u201d på inloggningsskärmen, "
                "skriv in nyckeln och ett nytt lösenord för en administratör.",
            ),
        ],
        footer=QCoreApplication.translate(
            "RecoveryKey", "Nyckeln visas bara en gång och sparas inte i klartext någonstans."
        ),
    )


def save_pdf(parent: QWidget | None, sheet: RecoveryKeySheet) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RecoveryKey", "Spara återställningsnyckeln"),
        str(Path.home() / "vagval-aterstallningsnyckel.pdf"),
        QCoreApplication.translate("RecoveryKey", "PDF-filer (*.pdf)"),
    )
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    return render_recovery_key(sheet, path)


def sheet_document(sheet: RecoveryKeySheet) -> QTextDocument:
    facts = "".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
        for k, v in sheet.facts
    )
    groups = sheet.key.split("-")
    rows = "<br>".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))
    steps = "".join(f"<p>{html.escape(p)}</p>" for p in sheet.instructions)
    doc = QTextDocument()
    doc.setHtml(
        f"<h1>{html.escape(sheet.title)}</h1><table cellpadding='4'>{facts}</table>"
        f"<p align='center' style='font-family: monospace; font-size: 20pt; "
        f"font-weight: bold'>{rows}</p>{steps}<p><i>{html.escape(sheet.footer)}</i></p>"
    )
    return doc


def print_sheet(
    parent: QWidget | None, sheet: RecoveryKeySheet, printer: QPrinter | None = None
) -> bool:
    """Print through the printer dialog (or straight to ``printer`` when given)."""
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    sheet_document(sheet).print_(printer)
    return True

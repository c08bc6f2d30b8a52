"""UI layer: what the Statistics page hands out – the key-figure table as a printable
document, where to save a report, and writing it as PDF, Excel or CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.core.domain.measures import KeyFigureTable
from desktop_app.reports import key_figures, tabular
from desktop_app.reports.document import Document
from desktop_app.reports.pdf import render_pdf

# Default names of saved files per report.
FILE_NAMES = {
    "key_figures": "nyckeltal",
    "clients": "klienter",
    "municipalities": "per-kommun",
    "yearly": "verksamhetsberattelse",
    "audit_log": "granskningslogg",
}


def key_figure_document(
    table: KeyFigureTable,
    title: str,
    unit_name: str,
    period_label: str,
    hidden: set | frozenset = frozenset(),
    previous: KeyFigureTable | None = None,
    previous_hidden: set | frozenset = frozenset(),
) -> Document:
    """With ``previous``: each row and the same row a year earlier, and the change."""
    facts = [
        (QCoreApplication.translate("StatisticsPage", "Enhet"), unit_name),
        (QCoreApplication.translate("StatisticsPage", "Period"), period_label),
        (QCoreApplication.translate("StatisticsPage", "Utskrivet"), date.today().isoformat()),
    ]
    if table.frozen_at:
        facts.append(
            (
                QCoreApplication.translate("StatisticsPage", "Fastställd"),
                QCoreApplication.translate("StatisticsPage", "%1 av %2")
                .replace("%1", table.frozen_at[:10])
                .replace("%2", table.frozen_by or "–"),
            )
        )
    return key_figures.document(
        table,
        title,
        facts,
        QCoreApplication.translate("StatisticsPage", "Sekretess: innehåller inga personuppgifter"),
        hidden,
        QCoreApplication.translate(
            "StatisticsPage",
            ".. = dolt: färre än 3 personer, eller dolt så att ett litet tal inte kan räknas "
            "fram ur summorna.",
        ),
        previous,
        previous_hidden,
        QCoreApplication.translate("StatisticsPage", "%1 (året innan)"),
        QCoreApplication.translate("StatisticsPage", "Förändring"),
    )


def ask_save_path(
    parent: QWidget, kind: str, report: str | None, title: str | None = None
) -> str | None:
    filters = {
        "pdf": QCoreApplication.translate("StatisticsPage", "PDF-filer (*.pdf)"),
        "xlsx": QCoreApplication.translate("StatisticsPage", "Excel (*.xlsx)"),
        "csv": QCoreApplication.translate("StatisticsPage", "CSV (*.csv)"),
    }
    path, _ = QFileDialog.getSaveFileName(
        parent,
        title or QCoreApplication.translate("StatisticsPage", "Spara statistik"),
        str(Path.home() / f"{FILE_NAMES.get(report or '', 'statistik')}.{kind}"),
        filters[kind],
    )
    return path or None


def write_report(
    kind: str,
    path: str,
    document: Document,
    own_table: KeyFigureTable | None,
    title: str,
    hidden: set | frozenset = frozenset(),
    previous: KeyFigureTable | None = None,
    previous_hidden: set | frozenset = frozenset(),
) -> None:
    """Runs on the database worker. ``own_table``: the key figures, which keep their
    exact CSV/XLSX shape (``hidden`` cells read ".."); the other reports go through their
    printed document, so what leaves the unit is what was shown."""
    if kind == "pdf":
        render_pdf(document, path)
    elif own_table is not None and kind == "csv":
        key_figures.write_csv(own_table, path, hidden, previous, previous_hidden)
    elif own_table is not None:
        key_figures.write_xlsx(own_table, path, title, hidden, previous, previous_hidden)
    elif kind == "csv":
        tabular.write_csv(document, path)
    else:
        tabular.write_xlsx(document, path, title)

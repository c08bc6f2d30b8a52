"""UI layer: what a checked backup holds, as a few lines a person can judge."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop_app.core.domain.backups import PREVIEW_TABLES, BackupCheck
from desktop_app.messages import BACKUP_PROBLEMS
from desktop_app.ui import theme_colors
from desktop_app.ui.feedback import tr_message


def table_labels() -> dict[str, str]:
    return dict(
        zip(
            PREVIEW_TABLES,
            (
                QCoreApplication.translate("BackupPreview", "Klienter"),
                QCoreApplication.translate("BackupPreview", "Kontakter"),
                QCoreApplication.translate("BackupPreview", "Journalanteckningar"),
                QCoreApplication.translate("BackupPreview", "Kurser och grupper"),
                QCoreApplication.translate("BackupPreview", "Användare"),
                QCoreApplication.translate("BackupPreview", "Rader i granskningsloggen"),
            ),
            strict=True,
        )
    )


def preview_html(check: BackupCheck) -> str:
    rows = [
        (QCoreApplication.translate("BackupPreview", "Enhet"), check.unit_name),
        (QCoreApplication.translate("BackupPreview", "Gjord"), check.created_at.replace("T", " ")),
    ]
    rows += [(label, str(check.counts.get(t, 0))) for t, label in table_labels().items()]
    body = "".join(f"<tr><td>{escape(k)}:</td><td><b>{escape(v)}</b></td></tr>" for k, v in rows)
    if check.sound:
        verdict = (
            f"<p style='color:{theme_colors.active['success']}'>"
            + escape(
                QCoreApplication.translate(
                    "BackupPreview",
                    "Kopian är hel: kontrollsummor, kryptering och antal rader stämmer.",
                )
            )
            + "</p>"
        )
    else:
        problems = ", ".join(tr_message(BACKUP_PROBLEMS.get(p, p)) for p in check.problems)
        verdict = (
            f"<p style='color:{theme_colors.active['danger']}'>"
            + escape(
                QCoreApplication.translate(
                    "BackupPreview", "Kopian är skadad och kan inte återställas: %1"
                ).replace("%1", problems)
            )
            + "</p>"
        )
    return f"<table cellspacing='4'>{body}</table>{verdict}"

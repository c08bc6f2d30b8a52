"""UI layer: a clash said in words ("krock med Anhörigkurs tis 5 maj 18.00–20.30, samma
lokal"), and the warning before saving meetings that clash: save anyway, or go back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.domain.courses import Clash
from desktop_app.reports.dates import clock_text
from desktop_app.ui.dates import day_text


def clash_text(clash: Clash, with_day: bool = False) -> str:
    if clash.same_room and clash.same_leader:
        why = QCoreApplication.translate("ClashWarning", "samma lokal och ledare")
    elif clash.same_room:
        why = QCoreApplication.translate("ClashWarning", "samma lokal")
    else:
        why = QCoreApplication.translate("ClashWarning", "samma ledare")
    when = f"{clock_text(clash.starts_at)}–{clock_text(clash.ends_at)}"
    if with_day:
        when = f"{day_text(clash.starts_at.date())} {when}"
    return (
        QCoreApplication.translate("ClashWarning", "krock med %1 %2 (%3)")
        .replace("%1", clash.activity_name)
        .replace("%2", when)
        .replace("%3", why)
    )


def save_unless_declined(dialog, clashes: Callable[[], list[Clash]], save: Callable[[], None]):
    """Look for clashes on the worker; none: ``save()``; some: ask first. ``dialog`` is a
    ``FormDialog`` (its ``ops`` and ``failed``)."""

    def checked(found: list[Clash]) -> None:
        if not found:
            save()
            return
        lines = "\n".join("• " + clash_text(c, with_day=True) for c in found[:8])
        if len(found) > 8:
            lines += "\n…"
        answer = QMessageBox.warning(
            dialog,
            QCoreApplication.translate("ClashWarning", "Krock i kalendern"),
            QCoreApplication.translate(
                "ClashWarning",
                "Samma lokal eller ledare är upptagen samtidigt:\n\n%1\n\nSpara ändå?",
            ).replace("%1", lines),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            save()

    dialog.ops.run(dialog, clashes, checked, dialog.failed)

"""UI layer: confirming that a saved record is removed, with the reason for it.

The reason is one of a fixed list (core/domain/contacts.RemovalReason): the audit log
keeps it, and free text there could name someone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop_app.core.domain.removal import RemovalReason
from desktop_app.ui.feedback import label_text


def ask_removal_reason(parent: QWidget, question: str) -> RemovalReason | None:
    """Ask for the reason (OK confirms the removal); None when cancelled."""
    reasons = list(RemovalReason)
    labels = [label_text(r) for r in reasons]
    title = QCoreApplication.translate("Removal", "Ta bort")
    label = QCoreApplication.translate("Removal", "Varför tas det bort?")
    chosen, ok = QInputDialog.getItem(parent, title, f"{question}\n\n{label}", labels, 0, False)
    if not ok:
        return None
    return reasons[labels.index(chosen)]


def ask_reason(parent: QWidget, title: str, question: str, reasons: list):
    """One reason from a fixed list (an enum's members, in their words); None when
    cancelled."""
    labels = [label_text(r) for r in reasons]
    chosen, ok = QInputDialog.getItem(parent, title, question, labels, 0, False)
    return reasons[labels.index(chosen)] if ok else None

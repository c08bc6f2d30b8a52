"""UI layer: turn the program's errors into translated sentences and message boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.domain.roles import Role
from desktop_app.core.errors import VagvalError
from desktop_app.messages import CONTEXT, describe, label, role_label


def tr_message(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_text(error: VagvalError) -> str:
    return describe(error, tr_message)


def role_text(role: Role) -> str:
    return role_label(role, tr_message)


def show_error(parent: QWidget | None, error: VagvalError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Feedback", "Vägval"), error_text(error))


def label_text(value: str | None) -> str:
    """The translated word for a stored choice (gender, target group ...)."""
    return label(value, tr_message)

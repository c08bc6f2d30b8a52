"""UI layer: an honest empty page that says what will come here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(
        self, title: str, coming: str, items: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        font = QFont()
        font.setPointSize(18)
        font.setBold(True)
        heading.setFont(font)
        notice = QLabel(self.tr("Den här delen av programmet är inte byggd ännu."))
        notice.setStyleSheet(
            "color: #7a5a00; background: #fff6d6; border: 1px solid #e8d28a;"
            " border-radius: 4px; padding: 6px;"
        )
        body = QLabel(coming, wordWrap=True)
        listing = QLabel(
            "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>", wordWrap=True
        )
        listing.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(heading)
        layout.addWidget(notice)
        layout.addSpacing(6)
        layout.addWidget(body)
        layout.addWidget(listing)
        layout.addStretch(1)

    def clear_sensitive(self) -> None:
        """Nothing personal is shown on this page."""

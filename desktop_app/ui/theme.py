"""UI layer: one calm look for the whole program: Fusion with the palette of
``theme_colors`` (light; dark and high contrast when the system asks for them, or
``VAGVAL_THEME=light|dark|high_contrast``), a style sheet with one spacing and type
scale, the default button as the one primary button of a dialog, a visible focus ring,
no icons on dialog buttons (no floppy disks or red crosses; a style sheet property, not a
Python style whose every hint would cross into Python), and the Lucide icon set
(ISC licence, resources/icons/lucide) drawn sharp at every scaling."""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleFactory

from desktop_app import paths
from desktop_app.ui import theme_colors

ICON_SIZES = (16, 20, 24, 30, 40, 48)
BODY_POINTS = 10  # 100 %, 125 %, 150 %, 200 % of 20 and 24 px


def variant_for(*, dark: bool, high_contrast: bool) -> str:
    if high_contrast:
        return "high_contrast"
    return "dark" if dark else "light"


def chosen_variant(app: QApplication | None) -> str:
    """The variant asked for: VAGVAL_THEME, else what the system says."""
    wanted = os.environ.get("VAGVAL_THEME", "")
    if wanted in theme_colors.VARIANTS:
        return wanted
    if app is None:
        return "light"
    hints = app.styleHints()
    dark = hints.colorScheme() == Qt.ColorScheme.Dark
    high = False
    with contextlib.suppress(AttributeError):  # Qt 6.10: the system's contrast preference
        high = hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    return variant_for(dark=dark, high_contrast=high)


def _palette(c: dict[str, str]) -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    for role, key in (
        (roles.Window, "window"),
        (roles.WindowText, "text"),
        (roles.Base, "base"),
        (roles.AlternateBase, "alt_base"),
        (roles.Text, "text"),
        (roles.Button, "base"),
        (roles.ButtonText, "text"),
        (roles.Highlight, "accent"),
        (roles.HighlightedText, "accent_text"),
        (roles.ToolTipBase, "base"),
        (roles.ToolTipText, "text"),
        (roles.PlaceholderText, "muted"),
        (roles.Link, "accent"),
    ):
        p.setColor(role, QColor(c[key]))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c["muted"]))
    return p


def style_sheet(c: dict[str, str]) -> str:
    return f"""
QPushButton, QToolButton {{
    padding: 5px 14px; min-height: 20px; border: 1px solid {c["border"]};
    border-radius: 6px; background: {c["base"]}; color: {c["text"]};
}}
QPushButton:hover, QToolButton:hover {{ background: {c["alt_base"]}; }}
QPushButton:default {{
    background: {c["accent"]}; color: {c["accent_text"]}; border-color: {c["accent"]};
    font-weight: 600;
}}
QPushButton:disabled {{ color: {c["muted"]}; border-style: dashed; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus,
QTextEdit:focus, QAbstractItemView:focus {{ border: 2px solid {c["focus"]}; }}
QLineEdit, QPlainTextEdit, QTextEdit {{
    border: 1px solid {c["border"]}; border-radius: 4px; padding: 3px 6px;
    background: {c["base"]}; color: {c["text"]};
}}
QAbstractItemView {{
    background: {c["base"]}; alternate-background-color: {c["alt_base"]};
    border: 1px solid {c["border"]}; border-radius: 4px;
    selection-background-color: {c["accent"]}; selection-color: {c["accent_text"]};
}}
QHeaderView::section {{
    background: {c["alt_base"]}; color: {c["text"]}; padding: 4px 4px; border: none;
    border-bottom: 1px solid {c["border"]}; font-weight: 600;
}}
QGroupBox {{
    border: 1px solid {c["border"]}; border-radius: 8px; margin-top: 16px;
    padding: 10px 8px 8px 8px; font-weight: 600;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; }}
QTabWidget::pane {{ border: 1px solid {c["border"]}; border-radius: 6px; top: -1px; }}
QTabBar::tab {{
    padding: 6px 14px; border: 1px solid transparent; border-bottom: 2px solid transparent;
}}
QTabBar::tab:selected {{ border-bottom: 2px solid {c["accent"]}; font-weight: 600; }}
QTabBar::tab:focus {{ border: 2px solid {c["focus"]}; }}
QListWidget#navigation {{
    background: {c["nav_bg"]}; border: none; font-size: 11pt; padding-top: 8px;
}}
QListWidget#navigation::item {{ padding: 9px 10px; margin: 2px 8px; border-radius: 6px; }}
QListWidget#navigation::item:selected {{
    background: {c["accent"]}; color: {c["accent_text"]};
}}
QStatusBar {{ background: {c["nav_bg"]}; }}
QLabel#errorLabel {{ color: {c["danger"]}; }}
QToolTip {{ border: 1px solid {c["border"]}; padding: 4px; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
"""


def icon(name: str) -> QIcon:
    """A Lucide icon in the palette's text colour (and the highlighted text's colour
    when its item is selected), drawn for every size it is shown at: sharp at 125 % and
    150 % scaling, never a blurred scaling up."""
    svg = paths.resource("icons", "lucide", f"{name}.svg").read_text(encoding="utf-8")
    result = QIcon()
    for mode, colour in (
        (QIcon.Mode.Normal, theme_colors.active["text"]),
        (QIcon.Mode.Selected, theme_colors.active["accent_text"]),
    ):
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
        for size in ICON_SIZES:
            pixmap = QPixmap(QSize(size, size))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            result.addPixmap(pixmap, mode)
    return result


def apply_theme(app: QApplication, variant: str | None = None) -> str:
    """Install the look; returns the variant used."""
    variant = variant or chosen_variant(app)
    colours = theme_colors.VARIANTS[variant]
    theme_colors.active.clear()
    theme_colors.active.update(colours)
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(_palette(colours))
    font = app.font()
    font.setPointSizeF(BODY_POINTS)  # the type scale: body 10, page heading 18 (setFont)
    app.setFont(font)
    app.setStyleSheet(style_sheet(colours))
    return variant


def follow_system(app: QApplication) -> None:
    """Apply the theme now and again when the system switches light and dark."""
    apply_theme(app)
    if "VAGVAL_THEME" not in os.environ:
        app.styleHints().colorSchemeChanged.connect(lambda _: apply_theme(app))


def remove_theme(app: QApplication) -> None:
    """Back to Qt's defaults (tests that tried a variant)."""
    app.setStyleSheet("")
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(app.style().standardPalette())
    theme_colors.active.clear()
    theme_colors.active.update(theme_colors.LIGHT)

"""UI layer (no Qt): the program's colours, one palette per variant (light, dark, high
contrast), and the WCAG 2.1 contrast ratio a test holds every text/background pair to
(at least 4.5:1 for text, 3:1 for focus rings and borders that carry meaning)."""

from __future__ import annotations

LIGHT = {
    "window": "#f5f6f8",
    "base": "#ffffff",
    "alt_base": "#eef1f5",
    "text": "#1d2430",
    "muted": "#4f5a69",
    "accent": "#1f5fa8",
    "accent_text": "#ffffff",
    "border": "#c9cfd8",
    "focus": "#1f5fa8",
    "danger": "#b3261e",
    "success": "#1b6e2e",
    "warning_bg": "#fdecea",
    "warning_text": "#8c1d18",
    "info_bg": "#eaf2fb",
    "nav_bg": "#e9edf2",
}
DARK = {
    "window": "#1c1f24",
    "base": "#24282f",
    "alt_base": "#2b3038",
    "text": "#e8eaed",
    "muted": "#aeb6c1",
    "accent": "#8ab8f0",
    "accent_text": "#0c1726",
    "border": "#444b56",
    "focus": "#8ab8f0",
    "danger": "#ff9a8f",
    "success": "#86d69a",
    "warning_bg": "#3b2422",
    "warning_text": "#ffcdc7",
    "info_bg": "#1f2e40",
    "nav_bg": "#181b1f",
}
HIGH_CONTRAST = {
    "window": "#000000",
    "base": "#000000",
    "alt_base": "#141414",
    "text": "#ffffff",
    "muted": "#ffffff",
    "accent": "#ffd400",
    "accent_text": "#000000",
    "border": "#ffffff",
    "focus": "#ffd400",
    "danger": "#ff7b7b",
    "success": "#7dff7d",
    "warning_bg": "#000000",
    "warning_text": "#ffd400",
    "info_bg": "#000000",
    "nav_bg": "#000000",
}
VARIANTS = {"light": LIGHT, "dark": DARK, "high_contrast": HIGH_CONTRAST}

# The text/background pairs the program draws, with the least contrast each needs.
TEXT_PAIRS = (
    ("text", "window"),
    ("text", "base"),
    ("text", "alt_base"),
    ("text", "nav_bg"),
    ("muted", "window"),
    ("muted", "base"),
    ("accent_text", "accent"),
    ("danger", "window"),
    ("danger", "base"),
    ("success", "window"),
    ("success", "base"),
    ("warning_text", "warning_bg"),
    ("text", "info_bg"),
)
NON_TEXT_PAIRS = (("focus", "window"), ("focus", "base"))

active = dict(LIGHT)  # the palette in use (theme.apply_theme sets it)


def tone(name: str) -> str:
    """A label's colour by meaning ("danger", "success", "muted") as inline style."""
    return f"color: {active[name]};"


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio, 1 to 21."""
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)

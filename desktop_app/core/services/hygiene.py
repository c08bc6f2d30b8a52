"""Core layer: input hygiene every service applies to what people type: Unicode NFC,
no control, bidirectional-override or zero-width characters, lengths that match the
widgets and columns."""

from __future__ import annotations

import unicodedata

from desktop_app.core.errors import ValidationError

# Format (Cf: zero-width, bidi overrides, soft hyphen ...), control (Cc), surrogates (Cs),
# private use (Co) and unassigned (Cn) characters are refused in any text.
_REFUSED = {"Cc", "Cf", "Cs", "Co", "Cn"}
_ALLOWED_IN_MULTILINE = {"\n", "\t"}


def has_hidden_characters(text: str, *, multiline: bool = False) -> bool:
    allowed = _ALLOWED_IN_MULTILINE if multiline else set()
    visible = text.replace("\n", "").replace("\t", "") if multiline else text
    if visible.isprintable():  # C speed: no Other (C*) or separator character at all
        return False
    return any(unicodedata.category(ch) in _REFUSED and ch not in allowed for ch in text)


def clean_text(
    field: str, text: str, maximum: int, *, multiline: bool = False, required: bool = False
) -> str:
    """``text`` in NFC with its ends trimmed (and inner runs of space folded on one line);
    refused with a clear message when it hides characters or is too long."""
    text = unicodedata.normalize("NFC", text or "")
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    else:
        text = " ".join(text.split())
    if has_hidden_characters(text, multiline=multiline):
        raise ValidationError(field, "hidden_characters")
    if required and not text:
        raise ValidationError(field, "required")
    if len(text) > maximum:
        raise ValidationError(field, "too_long", maximum=maximum)
    return text

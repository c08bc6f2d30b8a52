"""Reports layer: the unit's own texts (Markdown, as Qt's text editor writes it) as
blocks to print: headings, paragraphs and list items with bold and italic. Parsed with
markdown-it-py; raw HTML in a text is shown as the text it is, never run."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from markdown_it import MarkdownIt

_MD = MarkdownIt("commonmark", {"html": False})


@dataclass(frozen=True)
class Block:
    kind: str  # "heading", "paragraph", "bullet" or "number"
    inline: str  # reportlab's paragraph markup: escaped text with <b>, <i>, <br/>
    number: int = 0  # the item's number in a numbered list
    depth: int = 0  # how deep in nested lists


_INLINE = {
    "strong_open": "<b>",
    "strong_close": "</b>",
    "em_open": "<i>",
    "em_close": "</i>",
    "softbreak": " ",
    "hardbreak": "<br/>",
}


def _inline(token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(escape(child.content, quote=False))
        elif child.type in _INLINE:
            parts.append(_INLINE[child.type])
    return "".join(parts)


def blocks(text: str) -> list[Block]:
    out: list[Block] = []
    lists: list[list] = []  # [kind, next number] per open list
    heading = False
    for token in _MD.parse(text or ""):
        if token.type == "bullet_list_open":
            lists.append(["bullet", 0])
        elif token.type == "ordered_list_open":
            lists.append(["number", int(token.attrs.get("start", 1) or 1) - 1])
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "list_item_open" and lists:
            lists[-1][1] += 1
        elif token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "inline":
            inline = _inline(token)
            if heading:
                out.append(Block("heading", inline))
            elif lists:
                kind, number = lists[-1]
                out.append(Block(kind, inline, number, len(lists) - 1))
            else:
                out.append(Block("paragraph", inline))
    return out


def html(text: str) -> str:
    """The text as HTML for Qt's print dialog."""
    return _MD.render(text or "")

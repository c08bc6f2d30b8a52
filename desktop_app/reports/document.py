"""Reports layer: a printable document as plain data: a title, facts, sections with
paragraphs and tables. Rendered to PDF (reportlab) or HTML (for the Qt print dialog)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None  # relative column widths
    signing: bool = False  # tall ruled rows to sign by hand
    nowrap: tuple[int, ...] = ()  # columns never broken (codes): as wide as their text


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    facts: list[tuple[str, str]] = field(default_factory=list)
    table: Table | None = None
    empty_text: str = ""
    new_page: bool = False  # begins on a page of its own (a letter)


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str = ""
    facts: list[tuple[str, str]] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    footer: str = ""
    landscape: bool = False
    certificate: bool = False  # set as a certificate: centred, large, signature lines
    signatures: list[str] = field(default_factory=list)  # a line to sign above each
    signed_at: str = ""  # place and date beside the signatures

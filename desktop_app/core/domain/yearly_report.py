"""Core layer: the yearly report (verksamhetsberättelse) as source 004 writes it: a cover,
chapters 1–5 with the unit's own text per year, and the figure sections the unit selects."""

from __future__ import annotations

from enum import StrEnum


class CoverLine(StrEnum):
    ACTIVITY = "activity"  # "KAST - Köp av sexuella tjänster"
    SECTION = "section"  # "Sektionen Metodstöd och uppsökande arbete"
    ADMINISTRATION = "administration"  # "Sociala resursförvaltningen"
    RESPONSIBLE = "responsible"  # "Ansvarig: …"


class Chapter(StrEnum):
    """A chapter or sub-chapter the unit writes, in the order they are printed."""

    ORGANISATION = "organisation"  # 1.1
    MISSION = "mission"  # 1.2 Uppdrag/målgrupp
    CONTENT = "content"  # 1.3 Innehåll
    CHANGES = "changes"  # 2. Viktiga förändringar under året
    COUNCIL_GOALS = "council_goals"  # 3.1 Kommunfullmäktiges mål
    UNIT_GOALS = "unit_goals"  # 3.2 Verksamhetsmål
    ACHIEVED = "achieved"  # 3.4 Vad har vi uppnått under året
    STAFF = "staff"  # 4.1 Genomförd kompetensutvecklingsplan
    CONCLUSIONS = "conclusions"  # 5. Sammanfattning/slutsatser


class ReportPart(StrEnum):
    """A figure section the unit may put in its yearly report (after 3.5)."""

    CLIENTS = "clients"
    ACCESS = "access"
    OUTCOMES = "outcomes"
    COURSES = "courses"
    OUTREACH = "outreach"
    SURVEYS = "surveys"
    MUNICIPALITIES = "municipalities"


TEXT_KEYS = tuple(c.value for c in CoverLine) + tuple(c.value for c in Chapter)
OLD_KEYS = {"description": Chapter.CONTENT.value}  # the single text before chapters

"""Core layer: the fixed choices of a contact (samtal)."""

from __future__ import annotations

from enum import StrEnum


class ContactForm(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    VISIT = "visit"
    CHAT = "chat"
    SMS = "sms"


class ContactKind(StrEnum):
    ADVICE = "advice"
    SUPPORT = "support"
    CHANGE = "change"
    CONSULTATION = "consultation"


class Participants(StrEnum):
    CLIENT = "client"
    COUPLE = "couple"
    RELATIVE = "relative"

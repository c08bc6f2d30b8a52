"""Core layer: the fixed choices of a client record (stored by value, shown translated)."""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    TRANS = "trans"
    NONBINARY_OTHER = "nonbinary_other"
    NOT_STATED = "not_stated"


class TargetGroup(StrEnum):
    BUYER = "buyer"
    SELLS_SEX = "sells_sex"
    SELF_HARM = "self_harm"
    RELATIVE = "relative"
    COUPLE = "couple"
    PROFESSIONAL = "professional"


class ReferralSource(StrEnum):
    POLICE_ARREST = "police_arrest"
    OWN_INITIATIVE = "own_initiative"
    SOCIAL_MEDIA = "social_media"
    SOCIAL_SERVICES = "social_services"
    HEALTH_CARE = "health_care"
    OTHER = "other"


class CaseKind(StrEnum):
    PERSON = "person"
    COUPLE = "couple"


class ChildrenAnswer(StrEnum):
    YES = "yes"
    NO = "no"
    PARTLY = "partly"
    UNKNOWN = "unknown"


class FollowUpAnswer(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    DONT_KNOW = "dont_know"


class CloseReason(StrEnum):
    COMPLETED = "completed"
    CLIENT_ENDED = "client_ended"
    NO_CONTACT = "no_contact"
    REFERRED = "referred"
    OTHER = "other"


# Home municipality: an SCB code, or one of these.
MUNICIPALITY_UNKNOWN = "unknown"
MUNICIPALITY_ABROAD = "abroad"

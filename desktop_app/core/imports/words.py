"""Core layer: the Swedish words a spreadsheet may use, mapped to the program's values."""

from __future__ import annotations

from desktop_app.core.domain.client_enums import TargetGroup
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind
from desktop_app.core.domain.unit_work import Arena, EducationKind

ARENAS = {
    "gata": Arena.STREET,
    "gatan": Arena.STREET,
    "internet": Arena.INTERNET,
    "nätet": Arena.INTERNET,
    "telefon/sms": Arena.PHONE_SMS,
    "telefon": Arena.PHONE_SMS,
    "sms": Arena.PHONE_SMS,
    "annan plats": Arena.OTHER_PLACE,
    "annan": Arena.OTHER_PLACE,
}
EDUCATION_KINDS = {
    "föreläsning": EducationKind.LECTURE,
    "utbildning": EducationKind.TRAINING,
    "studiebesök hos oss": EducationKind.VISIT_US,
    "studiebesök hos annan": EducationKind.VISIT_OTHER,
    "studiebesök": EducationKind.VISIT_US,
}
FORMS = {
    "telefon": ContactForm.PHONE,
    "e-post": ContactForm.EMAIL,
    "mejl": ContactForm.EMAIL,
    "mail": ContactForm.EMAIL,
    "besök": ContactForm.VISIT,
    "chatt": ContactForm.CHAT,
    "sms": ContactForm.SMS,
}
KINDS = {
    "rådgivning": ContactKind.ADVICE,
    "stödsamtal": ContactKind.SUPPORT,
    "förändringssamtal": ContactKind.CHANGE,
    "konsultation": ContactKind.CONSULTATION,
}
TARGET_GROUPS = {
    "köper sex": TargetGroup.BUYER,
    "sexköpare": TargetGroup.BUYER,
    "säljer sex": TargetGroup.SELLS_SEX,
    "skadar sig med sex": TargetGroup.SELF_HARM,
    "anhörig": TargetGroup.RELATIVE,
    "par": TargetGroup.COUPLE,
    "yrkesverksam": TargetGroup.PROFESSIONAL,
}

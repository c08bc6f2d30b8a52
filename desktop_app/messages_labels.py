"""Swedish words for stored choices: one table per enum, keyed by member (no Qt here),
plus the few stored words that are no enum (municipality specials, built-in follow-up
questions)."""

from __future__ import annotations

from desktop_app.core.domain.audit import AuditAction
from desktop_app.core.domain.bookings import BookingStatus
from desktop_app.core.domain.client_enums import (
    CaseKind,
    ChildrenAnswer,
    CloseReason,
    FollowUpAnswer,
    Gender,
    ReferralSource,
    TargetGroup,
)
from desktop_app.core.domain.contact_enums import ContactForm, ContactKind, Participants
from desktop_app.core.domain.courses import (
    ActivityKind,
    LateReason,
    Phase,
    QueueReason,
    RegistrationStatus,
)
from desktop_app.core.domain.measures import RefreezeReason
from desktop_app.core.domain.purge import PurgeKind
from desktop_app.core.domain.removal import RemovalReason
from desktop_app.core.domain.unit_work import Arena, EducationKind
from desktop_app.messages_fields import QT_TRANSLATE_NOOP

ENUM_LABELS = {
    AuditAction: {
        AuditAction.LOGIN: QT_TRANSLATE_NOOP("Messages", "loggade in"),
        AuditAction.LOGIN_AFTER_FAILURES: QT_TRANSLATE_NOOP(
            "Messages", "loggade in efter misslyckade försök"
        ),
        AuditAction.LOGOUT: QT_TRANSLATE_NOOP("Messages", "loggade ut"),
        AuditAction.LOCK: QT_TRANSLATE_NOOP("Messages", "låste"),
        AuditAction.UNLOCK: QT_TRANSLATE_NOOP("Messages", "låste upp"),
        AuditAction.UNLOCK_FAILED: QT_TRANSLATE_NOOP("Messages", "misslyckades att låsa upp"),
        AuditAction.RECOVERY_KEY_USED: QT_TRANSLATE_NOOP(
            "Messages", "använde återställningsnyckeln"
        ),
        AuditAction.CREATE: QT_TRANSLATE_NOOP("Messages", "skapade"),
        AuditAction.READ: QT_TRANSLATE_NOOP("Messages", "öppnade"),
        AuditAction.UPDATE: QT_TRANSLATE_NOOP("Messages", "ändrade"),
        AuditAction.DELETE: QT_TRANSLATE_NOOP("Messages", "tog bort"),
        AuditAction.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("Messages", "bytte lösenord"),
        AuditAction.PASSWORD_RESET: QT_TRANSLATE_NOOP("Messages", "återställde ett lösenord"),
        AuditAction.USER_DISABLED: QT_TRANSLATE_NOOP("Messages", "stängde av ett konto"),
        AuditAction.USER_ENABLED: QT_TRANSLATE_NOOP("Messages", "aktiverade ett konto"),
        AuditAction.EXPORT: QT_TRANSLATE_NOOP("Messages", "exporterade"),
        AuditAction.PRINT: QT_TRANSLATE_NOOP("Messages", "skrev ut"),
        AuditAction.BACKUP: QT_TRANSLATE_NOOP("Messages", "säkerhetskopierade"),
        AuditAction.RESTORE: QT_TRANSLATE_NOOP("Messages", "återställde"),
        AuditAction.PURGE: QT_TRANSLATE_NOOP("Messages", "gallrade"),
        AuditAction.REVIEW: QT_TRANSLATE_NOOP("Messages", "granskade loggen"),
        AuditAction.LOGIN_FAILED: QT_TRANSLATE_NOOP("Messages", "misslyckad inloggning"),
        AuditAction.CHAIN_BROKEN: QT_TRANSLATE_NOOP(
            "Messages", "fann loggen kortad eller omskriven"
        ),
    },
    Gender: {
        Gender.WOMAN: QT_TRANSLATE_NOOP("Messages", "kvinna"),
        Gender.MAN: QT_TRANSLATE_NOOP("Messages", "man"),
        Gender.TRANS: QT_TRANSLATE_NOOP("Messages", "transperson"),
        Gender.NONBINARY_OTHER: QT_TRANSLATE_NOOP("Messages", "ickebinär/annat"),
        Gender.NOT_STATED: QT_TRANSLATE_NOOP("Messages", "uppgift saknas"),
    },
    TargetGroup: {
        TargetGroup.BUYER: QT_TRANSLATE_NOOP("Messages", "köper sex"),
        TargetGroup.SELLS_SEX: QT_TRANSLATE_NOOP("Messages", "säljer sex"),
        TargetGroup.SELF_HARM: QT_TRANSLATE_NOOP("Messages", "skadar sig med sex"),
        TargetGroup.RELATIVE: QT_TRANSLATE_NOOP("Messages", "anhörig"),
        TargetGroup.COUPLE: QT_TRANSLATE_NOOP("Messages", "par"),
        TargetGroup.PROFESSIONAL: QT_TRANSLATE_NOOP("Messages", "yrkesverksam"),
    },
    ReferralSource: {
        ReferralSource.POLICE_ARREST: QT_TRANSLATE_NOOP("Messages", "polis i samband med gripande"),
        ReferralSource.OWN_INITIATIVE: QT_TRANSLATE_NOOP("Messages", "eget initiativ"),
        ReferralSource.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("Messages", "sociala medier"),
        ReferralSource.SOCIAL_SERVICES: QT_TRANSLATE_NOOP("Messages", "socialtjänst"),
        ReferralSource.HEALTH_CARE: QT_TRANSLATE_NOOP("Messages", "hälso- och sjukvård"),
        ReferralSource.OTHER: QT_TRANSLATE_NOOP("Messages", "annan"),
    },
    CaseKind: {
        CaseKind.PERSON: QT_TRANSLATE_NOOP("Messages", "enskild person"),
        CaseKind.COUPLE: QT_TRANSLATE_NOOP("Messages", "par"),
    },
    ChildrenAnswer: {
        ChildrenAnswer.YES: QT_TRANSLATE_NOOP("Messages", "ja"),
        ChildrenAnswer.NO: QT_TRANSLATE_NOOP("Messages", "nej"),
        ChildrenAnswer.PARTLY: QT_TRANSLATE_NOOP("Messages", "delvis"),
        ChildrenAnswer.UNKNOWN: QT_TRANSLATE_NOOP("Messages", "okänt"),
    },
    FollowUpAnswer: {
        FollowUpAnswer.YES: QT_TRANSLATE_NOOP("Messages", "ja"),
        FollowUpAnswer.PARTLY: QT_TRANSLATE_NOOP("Messages", "delvis"),
        FollowUpAnswer.NO: QT_TRANSLATE_NOOP("Messages", "nej"),
        FollowUpAnswer.DONT_KNOW: QT_TRANSLATE_NOOP("Messages", "vet ej"),
    },
    CloseReason: {
        CloseReason.COMPLETED: QT_TRANSLATE_NOOP("Messages", "avslutad enligt plan"),
        CloseReason.CLIENT_ENDED: QT_TRANSLATE_NOOP("Messages", "klienten avbröt"),
        CloseReason.NO_CONTACT: QT_TRANSLATE_NOOP("Messages", "ingen kontakt"),
        CloseReason.REFERRED: QT_TRANSLATE_NOOP("Messages", "hänvisad vidare"),
        CloseReason.OTHER: QT_TRANSLATE_NOOP("Messages", "annat skäl"),
    },
    BookingStatus: {
        BookingStatus.BOOKED: QT_TRANSLATE_NOOP("Messages", "bokad"),
        BookingStatus.HELD: QT_TRANSLATE_NOOP("Messages", "genomförd"),
        BookingStatus.NO_SHOW: QT_TRANSLATE_NOOP("Messages", "uteblev"),
        BookingStatus.CANCELLED_BY_CLIENT: QT_TRANSLATE_NOOP("Messages", "avbokad av klienten"),
        BookingStatus.CANCELLED_BY_US: QT_TRANSLATE_NOOP("Messages", "avbokad av oss"),
    },
    ContactForm: {
        ContactForm.PHONE: QT_TRANSLATE_NOOP("Messages", "telefon"),
        ContactForm.EMAIL: QT_TRANSLATE_NOOP("Messages", "e-post"),
        ContactForm.VISIT: QT_TRANSLATE_NOOP("Messages", "besök"),
        ContactForm.CHAT: QT_TRANSLATE_NOOP("Messages", "chatt"),
        ContactForm.SMS: QT_TRANSLATE_NOOP("Messages", "sms"),
    },
    ContactKind: {
        ContactKind.ADVICE: QT_TRANSLATE_NOOP("Messages", "rådgivning"),
        ContactKind.SUPPORT: QT_TRANSLATE_NOOP("Messages", "stödsamtal"),
        ContactKind.CHANGE: QT_TRANSLATE_NOOP("Messages", "förändringssamtal"),
        ContactKind.CONSULTATION: QT_TRANSLATE_NOOP("Messages", "konsultation"),
    },
    Participants: {
        Participants.CLIENT: QT_TRANSLATE_NOOP("Messages", "klienten"),
        Participants.COUPLE: QT_TRANSLATE_NOOP("Messages", "paret"),
        Participants.RELATIVE: QT_TRANSLATE_NOOP("Messages", "klienten och anhörig"),
    },
    ActivityKind: {
        ActivityKind.COURSE: QT_TRANSLATE_NOOP("Messages", "kurs"),
        ActivityKind.GROUP: QT_TRANSLATE_NOOP("Messages", "samtalsgrupp"),
    },
    RegistrationStatus: {
        RegistrationStatus.INTERESTED: QT_TRANSLATE_NOOP("Messages", "intresserad"),
        RegistrationStatus.REGISTERED: QT_TRANSLATE_NOOP("Messages", "anmäld"),
        RegistrationStatus.CONFIRMED: QT_TRANSLATE_NOOP("Messages", "bekräftad"),
        RegistrationStatus.WAITING: QT_TRANSLATE_NOOP("Messages", "väntelista"),
        RegistrationStatus.OFFERED: QT_TRANSLATE_NOOP("Messages", "erbjuden plats"),
        RegistrationStatus.CANCELLED: QT_TRANSLATE_NOOP("Messages", "avbokad"),
        RegistrationStatus.ATTENDED: QT_TRANSLATE_NOOP("Messages", "deltog"),
        RegistrationStatus.NO_SHOW: QT_TRANSLATE_NOOP("Messages", "uteblev"),
    },
    QueueReason: {
        QueueReason.REFERRED: QT_TRANSLATE_NOOP(
            "Messages", "remitterad av polis eller socialtjänst"
        ),
        QueueReason.UNIT_PRIORITY: QT_TRANSLATE_NOOP(
            "Messages", "prioriteras enligt enhetens rutin"
        ),
        QueueReason.WRONG_ORDER: QT_TRANSLATE_NOOP("Messages", "rättelse: kön stod i fel ordning"),
        QueueReason.OTHER: QT_TRANSLATE_NOOP("Messages", "annat skäl"),
    },
    LateReason: {
        LateReason.REFERRED: QT_TRANSLATE_NOOP(
            "Messages", "remitterad i dag (polis, socialtjänst)"
        ),
        LateReason.PLACE_FREED: QT_TRANSLATE_NOOP("Messages", "en plats blev ledig sent"),
        LateReason.UNIT_DECISION: QT_TRANSLATE_NOOP("Messages", "enhetens beslut"),
        LateReason.OTHER: QT_TRANSLATE_NOOP("Messages", "annat skäl"),
    },
    RefreezeReason: {
        RefreezeReason.CORRECTED: QT_TRANSLATE_NOOP(
            "Messages", "registreringar för perioden har rättats i efterhand"
        ),
        RefreezeReason.ROWS_CHANGED: QT_TRANSLATE_NOOP(
            "Messages", "enhetens nyckeltalsrader har ändrats"
        ),
        RefreezeReason.OTHER: QT_TRANSLATE_NOOP("Messages", "annat skäl"),
    },
    Phase: {
        Phase.BEFORE: QT_TRANSLATE_NOOP("Messages", "före kursen"),
        Phase.AFTER: QT_TRANSLATE_NOOP("Messages", "efter kursen"),
    },
    Arena: {
        Arena.STREET: QT_TRANSLATE_NOOP("Messages", "gata"),
        Arena.INTERNET: QT_TRANSLATE_NOOP("Messages", "internet"),
        Arena.PHONE_SMS: QT_TRANSLATE_NOOP("Messages", "telefon/sms"),
        Arena.OTHER_PLACE: QT_TRANSLATE_NOOP("Messages", "annan plats"),
    },
    EducationKind: {
        EducationKind.LECTURE: QT_TRANSLATE_NOOP("Messages", "föreläsning"),
        EducationKind.TRAINING: QT_TRANSLATE_NOOP("Messages", "utbildning"),
        EducationKind.VISIT_US: QT_TRANSLATE_NOOP("Messages", "studiebesök hos oss"),
        EducationKind.VISIT_OTHER: QT_TRANSLATE_NOOP("Messages", "studiebesök hos annan"),
    },
    RemovalReason: {
        RemovalReason.WRONG_CLIENT: QT_TRANSLATE_NOOP("Messages", "sparat på fel klient"),
        RemovalReason.DUPLICATE: QT_TRANSLATE_NOOP("Messages", "registrerat två gånger"),
        RemovalReason.MISTAKE: QT_TRANSLATE_NOOP(
            "Messages", "registrerat av misstag (ägde inte rum)"
        ),
        RemovalReason.OTHER: QT_TRANSLATE_NOOP("Messages", "annat skäl"),
    },
    PurgeKind: {
        PurgeKind.CLIENT: QT_TRANSLATE_NOOP("Messages", "klientakt"),
        PurgeKind.PARTICIPANT: QT_TRANSLATE_NOOP("Messages", "kursdeltagare"),
        PurgeKind.CONTACT: QT_TRANSLATE_NOOP("Messages", "oregistrerad kontakt"),
        PurgeKind.OUTREACH_PERSON: QT_TRANSLATE_NOOP("Messages", "person i uppsökande arbete"),
    },
}

# Stored words that are no enum member.
OTHER_LABELS = {
    "unknown": QT_TRANSLATE_NOOP("Messages", "okänd"),  # municipality
    "abroad": QT_TRANSLATE_NOOP("Messages", "utanför Sverige"),
    "stopped_buying_sex": QT_TRANSLATE_NOOP("Messages", "Har slutat köpa sex"),
    "stopped_porn": QT_TRANSLATE_NOOP("Messages", "Har slutat med porrsurf"),
}

"""Swedish sentences for the program's error codes and enums, shared by the GUI and
the admin command line (no Qt here).

Every text is marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects it
into the ``.ts`` files; the GUI passes it through ``QCoreApplication.translate``
with the same context, the command line prints the Swedish source as it is.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from enum import Enum

from desktop_app.core.domain.measures import CATALOGUE
from desktop_app.core.domain.roles import Role
from desktop_app.core.errors import NotFoundError, VagvalError, ValidationError
from desktop_app.core.fields import GENERIC_RULES, Field, Rule
from desktop_app.messages_fields import FIELD_NAMES, GENERIC, QT_TRANSLATE_NOOP, SPECIFIC
from desktop_app.messages_labels import ENUM_LABELS, OTHER_LABELS

CONTEXT = "Messages"


ROLES = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Messages", "administratör"),
    Role.COUNSELLOR: QT_TRANSLATE_NOOP("Messages", "rådgivare"),
    Role.COURSE_LEADER: QT_TRANSLATE_NOOP("Messages", "kursledare"),
    Role.STATISTICS: QT_TRANSLATE_NOOP("Messages", "statistik"),
}

ERRORS = {
    "wrong_password": QT_TRANSLATE_NOOP("Messages", "Fel användarnamn eller lösenord."),
    "wrong_recovery_key": QT_TRANSLATE_NOOP(
        "Messages", "Återställningsnyckeln stämmer inte. Kontrollera att den är rätt inskriven."
    ),
    "login_throttled": QT_TRANSLATE_NOOP(
        "Messages", "För många misslyckade försök. Vänta {seconds} sekunder och försök igen."
    ),
    "user_disabled": QT_TRANSLATE_NOOP(
        "Messages", "Kontot är avstängt. Kontakta en administratör."
    ),
    "key_file_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "Nyckelfilen är skadad eller oläslig. Återställ den från en säkerhetskopia. ({detail})",
    ),
    "key_file_missing": QT_TRANSLATE_NOOP(
        "Messages", "Nyckelfilen saknas ({detail}). Den ska ligga bredvid databasfilen."
    ),
    "database_missing": QT_TRANSLATE_NOOP("Messages", "Databasen finns inte: {detail}"),
    "database_exists": QT_TRANSLATE_NOOP(
        "Messages", "Det finns redan en databas på den platsen: {detail}"
    ),
    "database_damaged": QT_TRANSLATE_NOOP(
        "Messages", "Databasen är skadad och kan inte läsas. Återställ från en säkerhetskopia."
    ),
    "database_locked": QT_TRANSLATE_NOOP(
        "Messages", "Databasen används av ett annat program just nu. Försök igen om en stund."
    ),
    "storage_error": QT_TRANSLATE_NOOP(
        "Messages", "Det gick inte att läsa eller skriva databasen. Inget har sparats."
    ),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "Avbrutet. Inget har sparats."),
    "invalid_input": QT_TRANSLATE_NOOP(
        "Messages", "Uppgiften kunde inte sparas; kontrollera det du skrivit."
    ),
    "unexpected": QT_TRANSLATE_NOOP(
        "Messages",
        "Ett oväntat fel inträffade. Det du redan sparat finns kvar. Teknisk information: {detail}",
    ),
    "permission_denied": QT_TRANSLATE_NOOP("Messages", "Din roll får inte göra detta."),
    "backup_error": QT_TRANSLATE_NOOP("Messages", "Säkerhetskopian kunde inte användas: {detail}"),
    "database_in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "Databasen är redan öppen hos {who} på datorn {host} (sedan {since}). "
        "Bara en i taget kan arbeta i den; be {who} att logga ut eller stänga Vägval.",
    ),
    "not_found": QT_TRANSLATE_NOOP("Messages", "Uppgiften finns inte längre."),
    "duplicate_participant": QT_TRANSLATE_NOOP(
        "Messages",
        "Det finns redan en deltagare med samma namn och telefon eller födelseår ({code}).",
    ),
    "duplicate_client": QT_TRANSLATE_NOOP(
        "Messages", "Det finns redan en klient med det personnumret ({code})."
    ),
    "lock_lost": QT_TRANSLATE_NOOP(
        "Messages",
        "Vägval har låsts: databasen öppnades av {who} på datorn {host} (sedan {since}) medan "
        "den här datorn var inaktiv. Inget mer sparas härifrån. Det som redan sparats finns "
        "kvar; logga ut och fortsätt när den andra har stängt Vägval.",
    ),
}

STORAGE_REASONS = {
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "Disken är full. Inget har sparats; frigör utrymme och försök igen."
    ),
    "read_only": QT_TRANSLATE_NOOP("Messages", "Mappen går inte att skriva i. Inget har sparats."),
    "append_only": QT_TRANSLATE_NOOP(
        "Messages", "Granskningsloggen kan inte ändras i efterhand. Inget har sparats."
    ),
    "driver": QT_TRANSLATE_NOOP(
        "Messages", "Databasen vägrade ändringen. Inget har sparats; försök igen."
    ),
    "os_error": QT_TRANSLATE_NOOP(
        "Messages", "Filen kunde inte läsas eller skrivas. Inget har sparats."
    ),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "Messages", "Databasen har skapats av en nyare version av Vägval. Uppdatera programmet."
    ),
}

NOT_FOUND_BY_CODE = QT_TRANSLATE_NOOP("Messages", "Ingen klient har koden {code}.")
KEY_FILE_OTHER_DATABASE = QT_TRANSLATE_NOOP(
    "Messages",
    "Nyckelfilen ({detail}) hör till en annan databas än den som öppnas. Lägg databasens "
    "egen nyckelfil bredvid den, eller återställ båda från en säkerhetskopia.",
)
KEY_FILE_MISSING_WITH_BACKUP = QT_TRANSLATE_NOOP(
    "Messages",
    "Nyckelfilen saknas ({detail}), men den förra versionen finns kvar: {backup}. "
    "Be en administratör kopiera den till {detail}; lösenord som bytts sedan dess gäller "
    "då inte, och konton som stängts av sedan dess bör stängas av igen.",
)

BACKUP_REASONS = {
    "not_a_backup": QT_TRANSLATE_NOOP("Messages", "Filen är ingen säkerhetskopia från Vägval."),
    "missing": QT_TRANSLATE_NOOP("Messages", "Säkerhetskopian finns inte längre."),
    "other_database": QT_TRANSLATE_NOOP(
        "Messages", "Säkerhetskopian hör till en annan databas än den som är öppen."
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "Säkerhetskopian är skadad eller ändrad och återställdes inte. Välj en annan kopia.",
    ),
    "verify_failed": QT_TRANSLATE_NOOP(
        "Messages", "Kopian klarade inte kontrollen efter skrivningen och sparades inte."
    ),
    "other_unit": QT_TRANSLATE_NOOP(
        "Messages",
        "Säkerhetskopian kommer från en annan enhet ({backup_unit}) än databasen här "
        "({current_unit}). Inget har ändrats; bekräfta först att {current_unit} ska ersättas.",
    ),
    "interrupted_write": QT_TRANSLATE_NOOP(
        "Messages",
        "Databasen stängdes mitt i en skrivning (t.ex. vid ett strömavbrott). Ingen kopia "
        "gjordes: logga in i Vägval en gång, så rättas det, och säkerhetskopiera sedan igen.",
    ),
    "no_room": QT_TRANSLATE_NOOP(
        "Messages",
        "Det finns inte plats på disken för att packa upp säkerhetskopian. Inget har ändrats; "
        "frigör utrymme och försök igen.",
    ),
}

BACKUP_PROBLEMS = {
    "db_checksum": QT_TRANSLATE_NOOP("Messages", "databasfilens kontrollsumma stämmer inte"),
    "keys_checksum": QT_TRANSLATE_NOOP("Messages", "nyckelfilens kontrollsumma stämmer inte"),
    "keys_other_database": QT_TRANSLATE_NOOP("Messages", "nyckelfilen hör till en annan databas"),
    "manifest_mac": QT_TRANSLATE_NOOP("Messages", "innehållsförteckningen har ändrats"),
    "does_not_open": QT_TRANSLATE_NOOP("Messages", "databasen går inte att öppna"),
    "integrity": QT_TRANSLATE_NOOP("Messages", "integritetskontrollen misslyckades"),
    "cipher_integrity": QT_TRANSLATE_NOOP("Messages", "krypteringskontrollen misslyckades"),
    "counts": QT_TRANSLATE_NOOP("Messages", "antalet rader stämmer inte med förteckningen"),
    "db_id": QT_TRANSLATE_NOOP("Messages", "databasens id stämmer inte med förteckningen"),
}

# The measures' names and definitions live with their catalogue (core/domain/measures.py).
MEASURES = {m.value: (spec.name, spec.definition) for m, spec in CATALOGUE.items()}

Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


class _Blank(dict):
    """Formatting never fails on a missing parameter (the catalogue test finds them)."""

    def __missing__(self, key: str) -> str:
        return "…"


def fill(template: str, **params: object) -> str:
    return string.Formatter().vformat(template, (), _Blank(params))


def _by_value() -> dict[str, str]:
    """Stored words found by their text: only those that mean the same in every enum."""
    found: dict[str, set[str]] = {}
    for table in ENUM_LABELS.values():
        for member, text in table.items():
            found.setdefault(member.value, set()).add(text)
    return {value: texts.pop() for value, texts in found.items() if len(texts) == 1}


_BY_VALUE = _by_value()


def label(value: object, tr: Translate = _identity) -> str:
    """The Swedish word for a stored choice: an enum member (looked up in its enum's
    table) or a stored word; '' for None."""
    if value is None:
        return ""
    if isinstance(value, Enum) and type(value) in ENUM_LABELS:
        return tr(ENUM_LABELS[type(value)][value])
    text = OTHER_LABELS.get(str(value)) or _BY_VALUE.get(str(value))
    return tr(text) if text else str(value)


def role_label(role: Role, tr: Translate = _identity) -> str:
    return tr(ROLES[role])


def validation_template(field: str, rule: str) -> str | None:
    """The sentence for ``rule`` broken in ``field``; None when the catalogue has none."""
    try:
        key = (Field(field), Rule(rule))
    except ValueError:
        return None
    if key in SPECIFIC:
        return SPECIFIC[key]
    if key[1] in GENERIC_RULES and key[0] in FIELD_NAMES:
        return GENERIC[key[1]]
    return None


def describe(error: VagvalError, tr: Translate = _identity) -> str:
    """One sentence for the user; ``tr`` translates a source text (GUI) or not (CLI)."""
    params = {
        k: (round(v) if isinstance(v, float) else label(v, tr) if isinstance(v, Enum) else v)
        for k, v in error.params.items()
    }
    if isinstance(error, ValidationError):
        template = validation_template(error.field, error.code)
        if template is None:
            return tr(ERRORS["invalid_input"])
        name = FIELD_NAMES.get(error.field, "")
        field = fill(tr(name), **params) if name else ""
        text = fill(tr(template), **params, field=field)
        return text[:1].upper() + text[1:]
    reason = params.get("reason")
    if error.code == "storage_error" and reason in STORAGE_REASONS:
        return tr(STORAGE_REASONS[str(reason)])
    if error.code == "backup_error" and reason in BACKUP_REASONS:
        return fill(tr(BACKUP_REASONS[str(reason)]), **params)
    if error.code == "key_file_damaged" and params.get("reason") == "other_database":
        return fill(tr(KEY_FILE_OTHER_DATABASE), detail=error.detail)
    if error.code == "key_file_missing" and params.get("backup"):
        return fill(tr(KEY_FILE_MISSING_WITH_BACKUP), detail=error.detail, **params)
    if isinstance(error, NotFoundError) and params.get("code"):
        return fill(tr(NOT_FOUND_BY_CODE), **params)
    params.setdefault("seconds", 0)
    return fill(tr(ERRORS.get(error.code, ERRORS["storage_error"])), detail=error.detail, **params)

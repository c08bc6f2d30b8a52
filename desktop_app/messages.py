"""Swedish sentences for the program's error codes and enums, shared by the GUI and
the admin command line (no Qt here).

Every text is marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects it
into the ``.ts`` files; the GUI passes it through ``QCoreApplication.translate``
with the same context, the command line prints the Swedish source as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.core.domain.roles import Role
from desktop_app.core.errors import VagvalError, ValidationError

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's marker)
    return text


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
        "Messages", "Det gick inte att läsa eller skriva databasen: {detail}"
    ),
    "permission_denied": QT_TRANSLATE_NOOP("Messages", "Din roll får inte göra detta."),
    "not_found": QT_TRANSLATE_NOOP("Messages", "Uppgiften finns inte längre."),
}

STORAGE_REASONS = {
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "Disken är full. Inget har sparats; frigör utrymme och försök igen."
    ),
    "read_only": QT_TRANSLATE_NOOP("Messages", "Mappen går inte att skriva i. Inget har sparats."),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "Messages", "Databasen har skapats av en nyare version av Vägval. Uppdatera programmet."
    ),
}

FIELDS = {
    "username": QT_TRANSLATE_NOOP("Messages", "Användarnamn"),
    "display_name": QT_TRANSLATE_NOOP("Messages", "Namn"),
    "password": QT_TRANSLATE_NOOP("Messages", "Lösenord"),
    "new_password": QT_TRANSLATE_NOOP("Messages", "Nytt lösenord"),
    "unit_name": QT_TRANSLATE_NOOP("Messages", "Enhetens namn"),
    "role": QT_TRANSLATE_NOOP("Messages", "Roll"),
    "user": QT_TRANSLATE_NOOP("Messages", "Användare"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("Messages", "Automatiskt lås"),
}

VALIDATION = {
    "required": QT_TRANSLATE_NOOP("Messages", "måste fyllas i"),
    "invalid": QT_TRANSLATE_NOOP(
        "Messages", "får bara innehålla a–z, 0–9, punkt, bindestreck och understreck (2–32 tecken)"
    ),
    "taken": QT_TRANSLATE_NOOP("Messages", "är redan upptaget"),
    "too_short": QT_TRANSLATE_NOOP("Messages", "måste ha minst {minimum} tecken"),
    "too_long": QT_TRANSLATE_NOOP("Messages", "får ha högst {maximum} tecken"),
    "too_weak": QT_TRANSLATE_NOOP(
        "Messages", "är för lätt att gissa; använd fler ord eller tecken"
    ),
    "contains_username": QT_TRANSLATE_NOOP("Messages", "får inte innehålla användarnamnet"),
    "last_administrator": QT_TRANSLATE_NOOP(
        "Messages", "den sista aktiva administratören måste finnas kvar"
    ),
    "cannot_disable_self": QT_TRANSLATE_NOOP("Messages", "du kan inte stänga av ditt eget konto"),
    "disabled": QT_TRANSLATE_NOOP("Messages", "kontot är avstängt"),
    "not_an_administrator": QT_TRANSLATE_NOOP("Messages", "är inte en administratör"),
    "same_as_old": QT_TRANSLATE_NOOP("Messages", "måste skilja sig från det gamla"),
    "out_of_range": QT_TRANSLATE_NOOP("Messages", "måste vara mellan {minimum} och {maximum}"),
    "mismatch": QT_TRANSLATE_NOOP("Messages", "de två lösenorden är inte lika"),
}

Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


def role_label(role: Role, tr: Translate = _identity) -> str:
    return tr(ROLES[role])


def describe(error: VagvalError, tr: Translate = _identity) -> str:
    """One sentence for the user; ``tr`` translates a source text (GUI) or not (CLI)."""
    params = {k: (round(v) if isinstance(v, float) else v) for k, v in error.params.items()}
    if isinstance(error, ValidationError):
        field = tr(FIELDS.get(error.field, error.field))
        text = tr(VALIDATION.get(error.code, error.code))
        return f"{field}: {text.format(**params)}"
    reason = params.get("reason")
    if error.code == "storage_error" and reason in STORAGE_REASONS:
        return tr(STORAGE_REASONS[str(reason)])
    template = tr(ERRORS.get(error.code, "{detail}"))
    params.setdefault("seconds", 0)
    return template.format(detail=error.detail, **params)

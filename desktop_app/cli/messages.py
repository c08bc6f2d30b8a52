"""Admin command line: Swedish sentences for the program's error codes."""

from __future__ import annotations

from desktop_app.core.domain.roles import Role
from desktop_app.core.errors import ValidationError, VagvalError

ROLES = {
    Role.ADMINISTRATOR: "administratör",
    Role.COUNSELLOR: "rådgivare",
    Role.COURSE_LEADER: "kursledare",
    Role.STATISTICS: "statistik",
}

ERRORS = {
    "wrong_password": "Fel användarnamn eller lösenord.",
    "wrong_recovery_key": "Återställningsnyckeln stämmer inte.",
    "login_throttled": "För många misslyckade försök. Vänta och försök igen.",
    "user_disabled": "Kontot är avstängt. Kontakta en administratör.",
    "key_file_damaged": "Nyckelfilen är skadad eller oläslig: {detail}",
    "key_file_missing": "Nyckelfilen saknas: {detail}",
    "database_missing": "Databasen finns inte: {detail}",
    "database_exists": "Det finns redan en databas här: {detail}",
    "database_damaged": "Databasen är skadad och kan inte läsas. Återställ från säkerhetskopia.",
    "database_locked": "Databasen används av ett annat program just nu.",
    "storage_error": "Det gick inte att läsa eller skriva databasen: {detail}",
    "permission_denied": "Din roll får inte göra detta.",
    "not_found": "Hittades inte: {detail}",
}

FIELDS = {
    "username": "Användarnamn",
    "display_name": "Namn",
    "password": "Lösenord",
    "new_password": "Nytt lösenord",
    "unit_name": "Enhetens namn",
    "role": "Roll",
    "user": "Användare",
}

VALIDATION = {
    "required": "måste fyllas i",
    "invalid": "får bara innehålla a–z, 0–9, punkt, bindestreck och understreck (2–32 tecken)",
    "taken": "är redan upptaget",
    "too_short": "måste ha minst {minimum} tecken",
    "too_long": "får ha högst {maximum} tecken",
    "too_weak": "är för lätt att gissa",
    "contains_username": "får inte innehålla användarnamnet",
    "last_administrator": "den sista aktiva administratören kan inte tas bort",
    "cannot_disable_self": "du kan inte stänga av ditt eget konto",
    "disabled": "kontot är avstängt",
    "not_an_administrator": "är inte en administratör",
    "same_as_old": "måste skilja sig från det gamla",
}


def describe(error: VagvalError) -> str:
    if isinstance(error, ValidationError):
        field = FIELDS.get(error.field, error.field)
        text = VALIDATION.get(error.code, error.code)
        return f"{field}: {text.format(**error.params)}"
    template = ERRORS.get(error.code, "Fel: {detail}")
    return template.format(detail=error.detail, **error.params)

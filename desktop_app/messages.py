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
    "backup_error": QT_TRANSLATE_NOOP("Messages", "Säkerhetskopian kunde inte användas: {detail}"),
    "database_in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "Databasen är redan öppen hos {who} på datorn {host} (sedan {since}). "
        "Bara en i taget kan arbeta i den; be {who} att logga ut eller stänga Vägval.",
    ),
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

FIELDS = {
    "username": QT_TRANSLATE_NOOP("Messages", "Användarnamn"),
    "display_name": QT_TRANSLATE_NOOP("Messages", "Namn"),
    "password": QT_TRANSLATE_NOOP("Messages", "Lösenord"),
    "new_password": QT_TRANSLATE_NOOP("Messages", "Nytt lösenord"),
    "unit_name": QT_TRANSLATE_NOOP("Messages", "Enhetens namn"),
    "role": QT_TRANSLATE_NOOP("Messages", "Roll"),
    "user": QT_TRANSLATE_NOOP("Messages", "Användare"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("Messages", "Automatiskt lås"),
    "backup_folder": QT_TRANSLATE_NOOP("Messages", "Mapp för säkerhetskopior"),
    "backup_reminder_days": QT_TRANSLATE_NOOP("Messages", "Påminnelse om säkerhetskopia"),
    "personal_id": QT_TRANSLATE_NOOP("Messages", "Personnummer"),
    "name": QT_TRANSLATE_NOOP("Messages", "Namn"),
    "birth_year": QT_TRANSLATE_NOOP("Messages", "Födelseår"),
    "municipality": QT_TRANSLATE_NOOP("Messages", "Hemkommun"),
    "requested_on": QT_TRANSLATE_NOOP("Messages", "Bad om hjälp"),
    "first_offered_on": QT_TRANSLATE_NOOP("Messages", "Första erbjudna tid"),
    "at": QT_TRANSLATE_NOOP("Messages", "Datum och tid"),
    "minutes": QT_TRANSLATE_NOOP("Messages", "Minuter"),
    "note": QT_TRANSLATE_NOOP("Messages", "Anteckning"),
    "title": QT_TRANSLATE_NOOP("Messages", "Rubrik"),
    "text": QT_TRANSLATE_NOOP("Messages", "Text"),
    "recipient": QT_TRANSLATE_NOOP("Messages", "Mottagare"),
    "reported_on": QT_TRANSLATE_NOOP("Messages", "Datum för anmälan"),
    "closed_on": QT_TRANSLATE_NOOP("Messages", "Avslutsdatum"),
    "members": QT_TRANSLATE_NOOP("Messages", "Parets personer"),
    "relative": QT_TRANSLATE_NOOP("Messages", "Anhörig"),
    "client": QT_TRANSLATE_NOOP("Messages", "Klient"),
    "follow_up": QT_TRANSLATE_NOOP("Messages", "Uppföljning"),
    "question": QT_TRANSLATE_NOOP("Messages", "Fråga"),
    "activity_name": QT_TRANSLATE_NOOP("Messages", "Namn"),
    "type_name": QT_TRANSLATE_NOOP("Messages", "Kurstypens namn"),
    "capacity": QT_TRANSLATE_NOOP("Messages", "Antal platser"),
    "minimum": QT_TRANSLATE_NOOP("Messages", "Minsta antal"),
    "rhythm_days": QT_TRANSLATE_NOOP("Messages", "Intervall"),
    "ends_at": QT_TRANSLATE_NOOP("Messages", "Sluttid"),
    "meetings": QT_TRANSLATE_NOOP("Messages", "Träffar"),
    "deadline": QT_TRANSLATE_NOOP("Messages", "Sista anmälningsdag"),
    "participant": QT_TRANSLATE_NOOP("Messages", "Deltagare"),
    "status": QT_TRANSLATE_NOOP("Messages", "Status"),
    "activity": QT_TRANSLATE_NOOP("Messages", "Kursen"),
    "attendance": QT_TRANSLATE_NOOP("Messages", "Närvaron"),
    "questionnaire": QT_TRANSLATE_NOOP("Messages", "Enkäten"),
    "answer": QT_TRANSLATE_NOOP("Messages", "Svaret"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Telefon"),
    "until": QT_TRANSLATE_NOOP("Messages", "Slutdatum"),
    "day": QT_TRANSLATE_NOOP("Messages", "Datum"),
    "contacts": QT_TRANSLATE_NOOP("Messages", "Kontakter"),
    "new_persons": QT_TRANSLATE_NOOP("Messages", "Nya personer"),
    "women": QT_TRANSLATE_NOOP("Messages", "Könsfördelning"),
    "men": QT_TRANSLATE_NOOP("Messages", "Män"),
    "others": QT_TRANSLATE_NOOP("Messages", "Övriga"),
    "mails": QT_TRANSLATE_NOOP("Messages", "Mejl"),
    "sms": QT_TRANSLATE_NOOP("Messages", "Sms"),
    "replies": QT_TRANSLATE_NOOP("Messages", "Svar"),
    "ads": QT_TRANSLATE_NOOP("Messages", "Annonser"),
    "materials": QT_TRANSLATE_NOOP("Messages", "Material"),
    "material": QT_TRANSLATE_NOOP("Messages", "Material"),
    "stock": QT_TRANSLATE_NOOP("Messages", "Antal i lager"),
    "participants": QT_TRANSLATE_NOOP("Messages", "Deltagare"),
    "profession": QT_TRANSLATE_NOOP("Messages", "Yrke"),
    "survey_name": QT_TRANSLATE_NOOP("Messages", "Enkätens namn"),
    "statements": QT_TRANSLATE_NOOP("Messages", "Påståenden"),
    "options": QT_TRANSLATE_NOOP("Messages", "Svarsalternativ"),
    "year": QT_TRANSLATE_NOOP("Messages", "År"),
    "goal": QT_TRANSLATE_NOOP("Messages", "Mål"),
    "score": QT_TRANSLATE_NOOP("Messages", "Måluppfyllelse"),
    "file": QT_TRANSLATE_NOOP("Messages", "Filen"),
    "kind": QT_TRANSLATE_NOOP("Messages", "Sorten"),
    "code": QT_TRANSLATE_NOOP("Messages", "Kod"),
    "period": QT_TRANSLATE_NOOP("Messages", "Perioden"),
    "total_cost": QT_TRANSLATE_NOOP("Messages", "Total kostnad"),
    "population": QT_TRANSLATE_NOOP("Messages", "Invånare"),
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
    "anonymous": QT_TRANSLATE_NOOP("Messages", "får inte anges för en anonym klient"),
    "wrong_length": QT_TRANSLATE_NOOP("Messages", "ska ha 10 eller 12 siffror"),
    "in_future": QT_TRANSLATE_NOOP("Messages", "kan inte ligga i framtiden"),
    "before_request": QT_TRANSLATE_NOOP("Messages", "kan inte vara före datumet då hjälp begärdes"),
    "couple": QT_TRANSLATE_NOOP("Messages", "anges för var och en i paret, inte för paret"),
    "already_closed": QT_TRANSLATE_NOOP("Messages", "ärendet är redan avslutat"),
    "not_closed": QT_TRANSLATE_NOOP("Messages", "ärendet är inte avslutat"),
    "before_start": QT_TRANSLATE_NOOP("Messages", "kan inte vara före början"),
    "unknown_question": QT_TRANSLATE_NOOP("Messages", "okänd fråga"),
    "same_person": QT_TRANSLATE_NOOP("Messages", "måste vara två olika personer"),
    "not_a_person": QT_TRANSLATE_NOOP("Messages", "måste vara enskilda klienter"),
    "not_current": QT_TRANSLATE_NOOP("Messages", "bara den senaste versionen kan rättas"),
    "must_be_empty": QT_TRANSLATE_NOOP("Messages", "ska inte anges här"),
    "ends_before_start": QT_TRANSLATE_NOOP("Messages", "en träff kan inte sluta innan den börjar"),
    "too_long_meeting": QT_TRANSLATE_NOOP("Messages", "en träff kan vara högst 16 timmar"),
    "reunion_before_course": QT_TRANSLATE_NOOP(
        "Messages", "återträffen måste ligga efter kursens sista träff"
    ),
    "after_start": QT_TRANSLATE_NOOP("Messages", "sista anmälningsdag måste vara före kursstart"),
    "above_capacity": QT_TRANSLATE_NOOP(
        "Messages", "minsta antal måste vara mellan 1 och antalet platser"
    ),
    "below_registered": QT_TRANSLATE_NOOP(
        "Messages", "kan inte vara färre än de {registered} som redan har plats"
    ),
    "already_registered": QT_TRANSLATE_NOOP("Messages", "personen är redan anmäld"),
    "not_allowed": QT_TRANSLATE_NOOP("Messages", "den statusändringen är inte tillåten"),
    "full": QT_TRANSLATE_NOOP("Messages", "kursen är full"),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "är inställd"),
    "not_registered": QT_TRANSLATE_NOOP("Messages", "gäller någon som inte är anmäld"),
    "meeting_in_future": QT_TRANSLATE_NOOP("Messages", "träffen har inte ägt rum ännu"),
    "unknown_statement": QT_TRANSLATE_NOOP("Messages", "okänt påstående"),
    "none": QT_TRANSLATE_NOOP("Messages", "kurstypen har ingen enkät"),
    "too_far": QT_TRANSLATE_NOOP("Messages", "högst tio år efter första träffen"),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "är inte ett heltal"),
    "already_frozen": QT_TRANSLATE_NOOP("Messages", "är redan fastställd"),
    "duplicate": QT_TRANSLATE_NOOP("Messages", "finns med två gånger"),
    "not_ended": QT_TRANSLATE_NOOP("Messages", "kan fastställas först när den är slut"),
    "negative": QT_TRANSLATE_NOOP("Messages", "kan inte vara negativt"),
    "more_than_contacts": QT_TRANSLATE_NOOP("Messages", "kan inte vara fler än antalet kontakter"),
    "split_more_than_contacts": QT_TRANSLATE_NOOP(
        "Messages", "kvinnor, män och övriga blir fler än antalet kontakter"
    ),
    "new_more_than_seen": QT_TRANSLATE_NOOP("Messages", "fler nya än sedda annonser"),
    "unknown": QT_TRANSLATE_NOOP("Messages", "finns inte i listan"),
    "bad_date": QT_TRANSLATE_NOOP("Messages", "ska vara ett datum som ÅÅÅÅ-MM-DD"),
    "unknown_word": QT_TRANSLATE_NOOP("Messages", "känner inte igen ”{value}”"),
    "missing_column": QT_TRANSLATE_NOOP("Messages", "kolumnen saknas i filen"),
    "unknown_staff": QT_TRANSLATE_NOOP("Messages", "ingen medarbetare heter ”{value}”"),
    "no_material": QT_TRANSLATE_NOOP(
        "Messages", "lägg först till preventionspaketet under Material"
    ),
    "unreadable": QT_TRANSLATE_NOOP("Messages", "filen går inte att läsa"),
    "not_utf8": QT_TRANSLATE_NOOP("Messages", "filen är inte sparad som UTF-8"),
    "empty": QT_TRANSLATE_NOOP("Messages", "filen är tom"),
    "wrong_count": QT_TRANSLATE_NOOP("Messages", "ska ha ett svar per påstående ({expected})"),
}

LABELS = {
    # Gender
    "woman": QT_TRANSLATE_NOOP("Messages", "kvinna"),
    "man": QT_TRANSLATE_NOOP("Messages", "man"),
    "trans": QT_TRANSLATE_NOOP("Messages", "transperson"),
    "nonbinary_other": QT_TRANSLATE_NOOP("Messages", "ickebinär/annat"),
    "not_stated": QT_TRANSLATE_NOOP("Messages", "uppgift saknas"),
    # Target group
    "buyer": QT_TRANSLATE_NOOP("Messages", "köper sex"),
    "sells_sex": QT_TRANSLATE_NOOP("Messages", "säljer sex"),
    "self_harm": QT_TRANSLATE_NOOP("Messages", "skadar sig med sex"),
    "relative": QT_TRANSLATE_NOOP("Messages", "anhörig"),
    "couple": QT_TRANSLATE_NOOP("Messages", "par"),
    "professional": QT_TRANSLATE_NOOP("Messages", "yrkesverksam"),
    # Referral source
    "police_arrest": QT_TRANSLATE_NOOP("Messages", "polis i samband med gripande"),
    "own_initiative": QT_TRANSLATE_NOOP("Messages", "eget initiativ"),
    "social_media": QT_TRANSLATE_NOOP("Messages", "sociala medier"),
    "social_services": QT_TRANSLATE_NOOP("Messages", "socialtjänst"),
    "health_care": QT_TRANSLATE_NOOP("Messages", "hälso- och sjukvård"),
    "other": QT_TRANSLATE_NOOP("Messages", "annan"),
    # Contact form, kind, participants
    "phone": QT_TRANSLATE_NOOP("Messages", "telefon"),
    "email": QT_TRANSLATE_NOOP("Messages", "e-post"),
    "visit": QT_TRANSLATE_NOOP("Messages", "besök"),
    "chat": QT_TRANSLATE_NOOP("Messages", "chatt"),
    "sms": QT_TRANSLATE_NOOP("Messages", "sms"),
    "advice": QT_TRANSLATE_NOOP("Messages", "rådgivning"),
    "support": QT_TRANSLATE_NOOP("Messages", "stödsamtal"),
    "change": QT_TRANSLATE_NOOP("Messages", "förändringssamtal"),
    "consultation": QT_TRANSLATE_NOOP("Messages", "konsultation"),
    "client": QT_TRANSLATE_NOOP("Messages", "klienten"),
    # Answers
    "yes": QT_TRANSLATE_NOOP("Messages", "ja"),
    "no": QT_TRANSLATE_NOOP("Messages", "nej"),
    "partly": QT_TRANSLATE_NOOP("Messages", "delvis"),
    "unknown": QT_TRANSLATE_NOOP("Messages", "okänt"),
    "dont_know": QT_TRANSLATE_NOOP("Messages", "vet ej"),
    # Close reasons
    "completed": QT_TRANSLATE_NOOP("Messages", "avslutad enligt plan"),
    "client_ended": QT_TRANSLATE_NOOP("Messages", "klienten avbröt"),
    "no_contact": QT_TRANSLATE_NOOP("Messages", "ingen kontakt"),
    "referred": QT_TRANSLATE_NOOP("Messages", "hänvisad vidare"),
    # Outreach arenas and kinds of education
    "street": QT_TRANSLATE_NOOP("Messages", "gata"),
    "internet": QT_TRANSLATE_NOOP("Messages", "internet"),
    "phone_sms": QT_TRANSLATE_NOOP("Messages", "telefon/sms"),
    "other_place": QT_TRANSLATE_NOOP("Messages", "annan plats"),
    "lecture": QT_TRANSLATE_NOOP("Messages", "föreläsning"),
    "training": QT_TRANSLATE_NOOP("Messages", "utbildning"),
    "visit_us": QT_TRANSLATE_NOOP("Messages", "studiebesök hos oss"),
    "visit_other": QT_TRANSLATE_NOOP("Messages", "studiebesök hos annan"),
    # Registration statuses
    "interested": QT_TRANSLATE_NOOP("Messages", "intresserad"),
    "registered": QT_TRANSLATE_NOOP("Messages", "anmäld"),
    "confirmed": QT_TRANSLATE_NOOP("Messages", "bekräftad"),
    "waiting": QT_TRANSLATE_NOOP("Messages", "väntelista"),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "avbokad"),
    "attended": QT_TRANSLATE_NOOP("Messages", "deltog"),
    "no_show": QT_TRANSLATE_NOOP("Messages", "uteblev"),
    # Municipality specials and built-in follow-up questions
    "abroad": QT_TRANSLATE_NOOP("Messages", "utanför Sverige"),
    "stopped_buying_sex": QT_TRANSLATE_NOOP("Messages", "Har slutat köpa sex"),
    "stopped_porn": QT_TRANSLATE_NOOP("Messages", "Har slutat med porrsurf"),
}

MEASURES = {
    "outreach_contacts": (
        QT_TRANSLATE_NOOP("Messages", "Uppsök"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Summan av kontakterna i det uppsökande arbetet (alla arenor), efter dagen då de togs.",
        ),
    ),
    "outreach_new_persons": (
        QT_TRANSLATE_NOOP("Messages", "Nya personer i uppsökande"),
        QT_TRANSLATE_NOOP("Messages", "Summan av nya personer i det uppsökande arbetet."),
    ),
    "group_attendances": (
        QT_TRANSLATE_NOOP("Messages", "Gruppdeltagare"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Närvarotillfällen i grupper och kurser: varje person som "
            "var närvarande vid en träff räknas en gång per träff, "
            "plus importerade anonyma närvaron.",
        ),
    ),
    "counselling": (
        QT_TRANSLATE_NOOP("Messages", "Rådgivning och samtal"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Alla registrerade samtal, med klienter och oregistrerade; "
            "ett samtal med ett par räknas en gång.",
        ),
    ),
    "education": (
        QT_TRANSLATE_NOOP("Messages", "Studiebesök och utbildning"),
        QT_TRANSLATE_NOOP(
            "Messages", "Antal tillfällen: föreläsningar, utbildningar och studiebesök."
        ),
    ),
    "education_participants": (
        QT_TRANSLATE_NOOP("Messages", "Deltagare i utbildning"),
        QT_TRANSLATE_NOOP(
            "Messages", "Summan av deltagare vid föreläsningar, utbildningar och studiebesök."
        ),
    ),
    "consultations": (
        QT_TRANSLATE_NOOP("Messages", "Konsultationer"),
        QT_TRANSLATE_NOOP(
            "Messages", "Konsultationer till andra yrkesverksamma som inte hör till en klient."
        ),
    ),
    "packages": (
        QT_TRANSLATE_NOOP("Messages", "Utdelat material"),
        QT_TRANSLATE_NOOP("Messages", "Summan av utdelat material, t.ex. preventionspaket."),
    ),
    "unique_clients": (
        QT_TRANSLATE_NOOP("Messages", "Unika klienter"),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Olika klienter med minst ett samtal; totalen räknar "
            "varje klient en gång för hela perioden.",
        ),
    ),
    "new_clients": (
        QT_TRANSLATE_NOOP("Messages", "Nya klienter"),
        QT_TRANSLATE_NOOP("Messages", "Klienter som lades upp under perioden."),
    ),
}

Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


def label(value: str | None, tr: Translate = _identity) -> str:
    """The Swedish word for a stored choice (an enum value); '' for None."""
    if value is None:
        return ""
    text = LABELS.get(str(value))
    return tr(text) if text else str(value)


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
    if error.code == "backup_error" and reason in BACKUP_REASONS:
        return tr(BACKUP_REASONS[str(reason)])
    template = tr(ERRORS.get(error.code, "{detail}"))
    params.setdefault("seconds", 0)
    return template.format(detail=error.detail, **params)

"""Swedish sentences for bad input: the name of every ``Field``, one sentence per generic
``Rule`` and one per (field, rule) pair whose sentence belongs to its field (no Qt here;
``QT_TRANSLATE_NOOP`` marks them for ``pyside6-lupdate``, context "Messages")."""

from __future__ import annotations

from desktop_app.core.fields import Field as F
from desktop_app.core.fields import Rule as R
from desktop_app.messages_field_names import FIELD_NAMES, QT_TRANSLATE_NOOP  # noqa: E402, F401

# "{field}" is the field's name above, already translated.
GENERIC = {
    R.REQUIRED: QT_TRANSLATE_NOOP("Messages", "{field} måste fyllas i."),
    R.TOO_LONG: QT_TRANSLATE_NOOP("Messages", "{field} får vara högst {maximum} tecken."),
    R.TOO_SHORT: QT_TRANSLATE_NOOP("Messages", "{field} måste ha minst {minimum} tecken."),
    R.NEGATIVE: QT_TRANSLATE_NOOP("Messages", "{field} kan inte vara mindre än noll."),
    R.NOT_A_NUMBER: QT_TRANSLATE_NOOP("Messages", "{field} ska vara ett heltal."),
    R.OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Messages", "{field} ska vara mellan {minimum} och {maximum}."
    ),
    R.IN_FUTURE: QT_TRANSLATE_NOOP("Messages", "{field} kan inte ligga i framtiden."),
    R.TOO_EARLY: QT_TRANSLATE_NOOP("Messages", "{field} kan inte vara före {earliest}."),
    R.TOO_LATE: QT_TRANSLATE_NOOP("Messages", "{field} kan inte vara efter {latest}."),
    R.HIDDEN_CHARACTERS: QT_TRANSLATE_NOOP(
        "Messages",
        "{field} innehåller osynliga tecken eller styrtecken (t.ex. från en kopierad text). "
        "Skriv in texten igen.",
    ),
}

SPECIFIC = {
    (F.MINIMUM, R.ABOVE_CAPACITY): QT_TRANSLATE_NOOP(
        "Messages",
        "Minsta antal för att starta ({minimum}) kan inte vara fler än antalet platser "
        "({capacity}).",
    ),
    (F.DEADLINE, R.AFTER_START): QT_TRANSLATE_NOOP(
        "Messages",
        "Sista anmälningsdag ({deadline}) måste vara senast dagen för kursens första träff "
        "({start}).",
    ),
    (F.CLOSED_ON, R.ALREADY_CLOSED): QT_TRANSLATE_NOOP("Messages", "Ärendet är redan avslutat."),
    (F.PERIOD, R.ALREADY_FROZEN): QT_TRANSLATE_NOOP(
        "Messages",
        "Perioden är redan fastställd. En administratör kan fastställa den på nytt, med skäl.",
    ),
    (F.PERIOD, R.NOT_FROZEN): QT_TRANSLATE_NOOP(
        "Messages", "Perioden är inte fastställd: fastställ den i stället."
    ),
    (F.PARTICIPANT, R.ALREADY_REGISTERED): QT_TRANSLATE_NOOP(
        "Messages", "{code} är redan anmäld här (status: {status})."
    ),
    (F.NAME, R.ANONYMOUS): QT_TRANSLATE_NOOP(
        "Messages", "En anonym klient kan inte ha ett namn. Ta bort namnet eller bocka ur Anonym."
    ),
    (F.PERSONAL_ID, R.ANONYMOUS): QT_TRANSLATE_NOOP(
        "Messages",
        "En anonym klient kan inte ha ett personnummer. Ta bort det eller bocka ur Anonym.",
    ),
    (F.PERSONAL_ID, R.BAD_CHECKSUM): QT_TRANSLATE_NOOP(
        "Messages", "Personnumret är inte giltigt: kontrollsiffran stämmer inte."
    ),
    (F.PERSONAL_ID, R.NO_DATE): QT_TRANSLATE_NOOP(
        "Messages", "Personnumret är inte giltigt: datumet i det finns inte."
    ),
    (F.PERSONAL_ID, R.WRONG_LENGTH): QT_TRANSLATE_NOOP(
        "Messages", "Personnumret ska ha 10 eller 12 siffror, t.ex. 19850312-1234."
    ),
    (F.PERSONAL_ID, R.INVALID): QT_TRANSLATE_NOOP(
        "Messages",
        "Personnumret får bara innehålla siffror (0–9) och ett bindestreck eller plustecken.",
    ),
    (F.PERSONAL_ID, R.IN_FUTURE): QT_TRANSLATE_NOOP(
        "Messages", "Personnumret anger en födelsedag i framtiden."
    ),
    (F.PERSONAL_ID, R.IMPLAUSIBLE_AGE): QT_TRANSLATE_NOOP(
        "Messages",
        "Personnumret ger en ålder på {age} år. Kontrollera det (ett plustecken betyder 100 år "
        "eller äldre).",
    ),
    (F.PERSONAL_ID, R.COUPLE): QT_TRANSLATE_NOOP(
        "Messages", "Ett par har inget personnummer; ange det för var och en i paret."
    ),
    (F.COLUMN, R.BAD_DATE): QT_TRANSLATE_NOOP(
        "Messages", "Kolumnen ”{column}” ska innehålla ett datum som ÅÅÅÅ-MM-DD."
    ),
    (F.COLUMN, R.REQUIRED): QT_TRANSLATE_NOOP("Messages", "Kolumnen ”{column}” är tom."),
    (F.COLUMN, R.NOT_A_NUMBER): QT_TRANSLATE_NOOP(
        "Messages", "Kolumnen ”{column}” ska innehålla ett heltal."
    ),
    (F.COLUMN, R.UNKNOWN_WORD): QT_TRANSLATE_NOOP(
        "Messages", "Kolumnen ”{column}”: känner inte igen ”{value}”."
    ),
    (F.COLUMN, R.UNKNOWN_STAFF): QT_TRANSLATE_NOOP(
        "Messages", "Kolumnen ”{column}”: ingen medarbetare heter ”{value}”."
    ),
    (F.COLUMN, R.MISSING_COLUMN): QT_TRANSLATE_NOOP(
        "Messages", "Kolumnen ”{column}” saknas i filen."
    ),
    (F.COLUMN, R.NO_MATERIAL): QT_TRANSLATE_NOOP(
        "Messages",
        "Kolumnen ”{column}” kräver att preventionspaketet först läggs till under Material.",
    ),
    (F.COLUMN, R.TOO_LONG): QT_TRANSLATE_NOOP(
        "Messages", "Kolumnen ”{column}” har en cell med fler än {maximum} tecken."
    ),
    (F.COLUMN, R.HIDDEN_CHARACTERS): QT_TRANSLATE_NOOP(
        "Messages", "Kolumnen ”{column}” innehåller osynliga tecken eller styrtecken."
    ),
    (F.FIRST_OFFERED_ON, R.BEFORE_REQUEST): QT_TRANSLATE_NOOP(
        "Messages", "Första erbjudna tid kan inte vara före datumet då hjälp begärdes."
    ),
    (F.CLOSED_ON, R.BEFORE_START): QT_TRANSLATE_NOOP(
        "Messages", "Avslutsdatumet kan inte vara före ärendets början."
    ),
    (F.CONCERN_CLOSED_ON, R.BEFORE_START): QT_TRANSLATE_NOOP(
        "Messages", "Orosanmälan kan inte avslutas före dagen den gjordes."
    ),
    (F.PERIOD_END, R.BEFORE_START): QT_TRANSLATE_NOOP(
        "Messages", "Periodens slut kan inte vara före dess början."
    ),
    (F.UNTIL, R.BEFORE_START): QT_TRANSLATE_NOOP(
        "Messages", "Slutdatumet kan inte vara före första träffen."
    ),
    (F.CAPACITY, R.BELOW_REGISTERED): QT_TRANSLATE_NOOP(
        "Messages", "Antalet platser kan inte vara färre än de {registered} som redan har plats."
    ),
    (F.ACTIVITY, R.CANCELLED): QT_TRANSLATE_NOOP("Messages", "Kursen är inställd."),
    (F.TYPE_NAME, R.NOT_CURRENT): QT_TRANSLATE_NOOP(
        "Messages", "Kurstypen är avvecklad. Välj en annan, eller ta tillbaka den först."
    ),
    (F.TYPE_NAME, R.IN_USE): QT_TRANSLATE_NOOP(
        "Messages",
        "Kurstypen används av {uses} kurstillfällen eller intresseanmälningar och kan inte tas "
        "bort. Avveckla den i stället: den finns kvar i historiken men väljs inte för nya kurser.",
    ),
    (F.ACTIVITY, R.IN_USE): QT_TRANSLATE_NOOP(
        "Messages",
        "Det finns anmälningar eller närvaro ({registrations} anmälningar) och då kan den inte "
        "tas bort. Ställ in den i stället: den finns kvar i historiken men inga fler träffar "
        "planeras.",
    ),
    (F.MATERIAL, R.IN_USE): QT_TRANSLATE_NOOP(
        "Messages",
        "Materialet har delats ut ({handed_out} st.) och räknas i statistiken, så det kan inte "
        "tas bort. Ändra lagret i stället, eller rätta de registreringar där det delades ut.",
    ),
    (F.REGISTRATION, R.IN_USE): QT_TRANSLATE_NOOP(
        "Messages",
        "Närvaro är registrerad för personen, så anmälan kan inte tas bort. Ändra statusen i "
        "stället (avbokad eller kom inte).",
    ),
    (F.REGISTRATION, R.NOT_MOVABLE): QT_TRANSLATE_NOOP(
        "Messages",
        "Bara en anmälan som ännu inte genomförts (anmäld, bekräftad eller på väntelistan) "
        "kan flyttas.",
    ),
    (F.ACTIVITY, R.SAME_ACTIVITY): QT_TRANSLATE_NOOP(
        "Messages", "Anmälan gäller redan det kurstillfället. Välj ett annat."
    ),
    (F.ACTIVITY, R.OTHER_KIND): QT_TRANSLATE_NOOP(
        "Messages", "En anmälan kan bara flyttas till ett annat kurstillfälle, inte till en grupp."
    ),
    (F.MEETING, R.IN_USE): QT_TRANSLATE_NOOP(
        "Messages",
        "Närvaro är registrerad för träffen, så den kan inte tas bort. Markera den som "
        "inställd i stället (ägde inte rum).",
    ),
    (F.MEETING, R.LAST_MEETING): QT_TRANSLATE_NOOP(
        "Messages",
        "Det är den enda träffen. Lägg till en annan först, eller ställ in hela kursen.",
    ),
    (F.PARTICIPANT, R.IN_USE): QT_TRANSLATE_NOOP(
        "Messages",
        "Deltagaren har närvaro eller enkätsvar och kan inte tas bort: det är historik. "
        "Avboka anmälan i stället; uppgifterna gallras enligt gallringsreglerna.",
    ),
    (F.IMPORT, R.IN_USE): QT_TRANSLATE_NOOP(
        "Messages",
        "Importen kan inte ångras: {record} har fått annat arbete sedan importen (samtal, "
        "anteckningar eller närvaro). Inget har ändrats; rätta posterna en och en i stället.",
    ),
    (F.USER, R.CANNOT_DISABLE_SELF): QT_TRANSLATE_NOOP(
        "Messages", "Du kan inte stänga av ditt eget konto."
    ),
    (F.PASSWORD, R.CONTAINS_USERNAME): QT_TRANSLATE_NOOP(
        "Messages", "Lösenordet får inte innehålla användarnamnet."
    ),
    (F.NEW_PASSWORD, R.CONTAINS_USERNAME): QT_TRANSLATE_NOOP(
        "Messages", "Det nya lösenordet får inte innehålla användarnamnet."
    ),
    (F.PASSWORD, R.TOO_WEAK): QT_TRANSLATE_NOOP(
        "Messages", "Lösenordet är för lätt att gissa; använd fler ord eller tecken."
    ),
    (F.NEW_PASSWORD, R.TOO_WEAK): QT_TRANSLATE_NOOP(
        "Messages", "Det nya lösenordet är för lätt att gissa; använd fler ord eller tecken."
    ),
    (F.NEW_PASSWORD, R.SAME_AS_OLD): QT_TRANSLATE_NOOP(
        "Messages", "Det nya lösenordet måste skilja sig från det gamla."
    ),
    (F.USER, R.DISABLED): QT_TRANSLATE_NOOP("Messages", "Kontot är avstängt."),
    (F.MUNICIPALITY, R.DUPLICATE): QT_TRANSLATE_NOOP(
        "Messages", "Samma kommun finns med två gånger."
    ),
    (F.FILE, R.EMPTY): QT_TRANSLATE_NOOP("Messages", "Filen är tom."),
    (F.FILE, R.NOT_UTF8): QT_TRANSLATE_NOOP(
        "Messages", "Filen är inte sparad som UTF-8. Spara den som ”CSV UTF-8” och försök igen."
    ),
    (F.FILE, R.UNREADABLE): QT_TRANSLATE_NOOP(
        "Messages", "Filen går inte att läsa som {kind}. Kontrollera att det är rätt fil."
    ),
    (F.FILE, R.TOO_LONG): QT_TRANSLATE_NOOP(
        "Messages", "Filen har fler än {maximum} rader. Dela upp den i flera filer."
    ),
    (F.FILE, R.OUT_OF_RANGE): QT_TRANSLATE_NOOP(
        "Messages",
        "Filen är större än {maximum} MB uppackad och läses inte in. Dela upp den i flera filer.",
    ),
    (F.FILE, R.CELL_TOO_LONG): QT_TRANSLATE_NOOP(
        "Messages",
        "Rad {row} har en cell med långt över {maximum} tecken; filen läses inte in. "
        "Kontrollera att det är rätt fil.",
    ),
    (F.FILE, R.UNTERMINATED_QUOTE): QT_TRANSLATE_NOOP(
        "Messages",
        'Ett citattecken (") på raden avslutas aldrig, så resten av filen kan inte läsas. '
        "Rätta raden och importera igen.",
    ),
    (F.FILE, R.BAD_QUOTING): QT_TRANSLATE_NOOP(
        "Messages", 'Raden har ett citattecken (") på fel ställe och kan inte läsas.'
    ),
    (F.ENDS_AT, R.ENDS_BEFORE_START): QT_TRANSLATE_NOOP(
        "Messages", "En träff kan inte sluta innan den börjar."
    ),
    (F.ENDS_AT, R.TOO_LONG_MEETING): QT_TRANSLATE_NOOP(
        "Messages", "En träff kan vara högst 16 timmar."
    ),
    (F.DEADLINE, R.PASSED): QT_TRANSLATE_NOOP(
        "Messages",
        "Sista anmälningsdag var {deadline}. Anmäl ändå bara med ett skäl "
        "(t.ex. remitterad av polisen i dag).",
    ),
    (F.REGISTRATION, R.NOT_OFFERED): QT_TRANSLATE_NOOP(
        "Messages", "Personen har ingen erbjuden plats att svara på."
    ),
    (F.REGISTRATION, R.NOT_WAITING): QT_TRANSLATE_NOOP(
        "Messages", "Bara den som står på väntelistan kan flyttas i kön."
    ),
    (F.CODE, R.INVALID): QT_TRANSLATE_NOOP(
        "Messages", "Klientkoden måste fyllas i och får vara högst 40 tecken."
    ),
    (F.CODE, R.TAKEN): QT_TRANSLATE_NOOP("Messages", "Klientkoden {code} finns redan."),
    (F.COUNTED_FROM, R.INVALID): QT_TRANSLATE_NOOP(
        "Messages", "Skriv första räknade månaden som ÅÅÅÅ-MM, t.ex. 2009-02, eller lämna tomt."
    ),
    (F.MUNICIPALITY, R.INVALID): QT_TRANSLATE_NOOP(
        "Messages", "Välj en kommun i listan (skriv början av namnet och välj bland förslagen)."
    ),
    (F.PHONE, R.INVALID): QT_TRANSLATE_NOOP(
        "Messages", "Telefonnumret får bara innehålla siffror, mellanslag och + - ( )."
    ),
    (F.USERNAME, R.INVALID): QT_TRANSLATE_NOOP(
        "Messages",
        "Användarnamnet får bara innehålla a–z, 0–9, punkt, bindestreck och understreck "
        "(2–32 tecken).",
    ),
    (F.USERNAME, R.TAKEN): QT_TRANSLATE_NOOP("Messages", "Användarnamnet är redan upptaget."),
    (F.TYPE_NAME, R.TAKEN): QT_TRANSLATE_NOOP(
        "Messages", "Det finns redan en kurstyp med det namnet."
    ),
    (F.ROLE, R.LAST_ADMINISTRATOR): QT_TRANSLATE_NOOP(
        "Messages", "Den sista aktiva administratören måste finnas kvar."
    ),
    (F.ATTENDANCE, R.MEETING_IN_FUTURE): QT_TRANSLATE_NOOP(
        "Messages",
        "Träffen den {start} har inte ägt rum ännu; närvaro kan registreras efteråt.",
    ),
    (F.ATTENDANCE, R.NOT_REGISTERED): QT_TRANSLATE_NOOP(
        "Messages", "Närvaron gäller någon som inte är anmäld till kursen."
    ),
    (F.NEW_PERSONS, R.MORE_THAN_CONTACTS): QT_TRANSLATE_NOOP(
        "Messages", "Nya personer kan inte vara fler än antalet kontakter."
    ),
    (F.WOMEN, R.SPLIT_MORE_THAN_CONTACTS): QT_TRANSLATE_NOOP(
        "Messages", "Kvinnor, män och övriga blir tillsammans fler än antalet kontakter."
    ),
    (F.ADS, R.NEW_MORE_THAN_SEEN): QT_TRANSLATE_NOOP(
        "Messages", "Det kan inte vara fler nya annonser än sedda annonser."
    ),
    (F.CLIENT, R.MUST_BE_EMPTY): QT_TRANSLATE_NOOP(
        "Messages", "En konsultation hör inte till någon klient."
    ),
    (F.QUESTIONNAIRE, R.NONE): QT_TRANSLATE_NOOP("Messages", "Kurstypen har ingen enkät."),
    (F.QUESTIONNAIRE, R.UNKNOWN_STATEMENT): QT_TRANSLATE_NOOP(
        "Messages", "Enkäten har inget sådant påstående."
    ),
    (F.MEMBERS, R.NOT_A_PERSON): QT_TRANSLATE_NOOP(
        "Messages", "Parets personer måste vara enskilda klienter."
    ),
    (F.MEMBERS, R.SAME_PERSON): QT_TRANSLATE_NOOP(
        "Messages", "Parets två personer måste vara två olika klienter."
    ),
    (F.RELATIVE, R.NOT_REGISTERED): QT_TRANSLATE_NOOP(
        "Messages", "Den klienten är inte kopplad hit, varken som anhörig eller i ett par."
    ),
    (F.PARTICIPANT, R.ALREADY_LINKED): QT_TRANSLATE_NOOP(
        "Messages", "Klienten är redan kopplad till en annan deltagare."
    ),
    (F.PARTICIPANT, R.SAME_PERSON): QT_TRANSLATE_NOOP(
        "Messages", "Välj två olika deltagare att slå ihop."
    ),
    (F.RELATIVE, R.SAME_PERSON): QT_TRANSLATE_NOOP(
        "Messages", "En klient kan inte vara anhörig till sig själv."
    ),
    (F.STATUS, R.NOT_ALLOWED): QT_TRANSLATE_NOOP(
        "Messages", "Statusen kan inte ändras direkt från ”{current}” till ”{wanted}”."
    ),
    (F.USERNAME, R.NOT_AN_ADMINISTRATOR): QT_TRANSLATE_NOOP(
        "Messages", "Kontot är inte en administratörs."
    ),
    (F.CLOSED_ON, R.NOT_CLOSED): QT_TRANSLATE_NOOP("Messages", "Ärendet är inte avslutat."),
    (F.TEMPLATE, R.TOO_MANY): QT_TRANSLATE_NOOP(
        "Messages", "En enhet kan ha högst {maximum} journalmallar."
    ),
    (F.TEMPLATE, R.DUPLICATE): QT_TRANSLATE_NOOP(
        "Messages", "Det finns redan en mall som heter ”{value}”."
    ),
    (F.NOTE, R.UNCHANGED): QT_TRANSLATE_NOOP(
        "Messages",
        "Rättelsen är likadan som anteckningen. Ändra rubriken eller texten, eller avbryt.",
    ),
    (F.NOTE, R.NOT_CURRENT): QT_TRANSLATE_NOOP(
        "Messages", "Bara den senaste versionen av anteckningen kan rättas."
    ),
    (F.PERIOD, R.NOT_ENDED): QT_TRANSLATE_NOOP(
        "Messages", "Perioden kan fastställas först när den är slut."
    ),
    (F.MEETINGS, R.REUNION_BEFORE_COURSE): QT_TRANSLATE_NOOP(
        "Messages",
        "Återträffen ({reunion}) måste ligga efter kursens sista träff ({last}).",
    ),
    (F.UNTIL, R.TOO_FAR): QT_TRANSLATE_NOOP(
        "Messages", "Slutdatumet får ligga högst {years} år fram i tiden."
    ),
    (F.MATERIALS, R.UNKNOWN): QT_TRANSLATE_NOOP("Messages", "Materialet finns inte i listan."),
    (F.ROWS, R.INVALID): QT_TRANSLATE_NOOP(
        "Messages",
        "En rad räknar inget som finns: välj en arena, ett material, en egen räknare eller en "
        "av dagens siffror (t.ex. annonser sedda) i raden.",
    ),
    (F.BOOKING, R.NOT_OPEN): QT_TRANSLATE_NOOP(
        "Messages",
        "Besöket är redan markerat (genomfört, uteblivet eller avbokat). Öppna det igen först "
        "om markeringen var fel.",
    ),
    (F.BOOKING, R.NOT_YET): QT_TRANSLATE_NOOP(
        "Messages",
        "Besöket har inte börjat än: det kan markeras som genomfört eller uteblivet när tiden "
        "har kommit. Avboka eller flytta det i stället.",
    ),
    (F.BOOKING, R.UNCHANGED): QT_TRANSLATE_NOOP(
        "Messages",
        "Inget är ändrat i bokningen. Ändra dag, tid, längd eller något annat, eller avbryt.",
    ),
    (F.BOOKING, R.WAS_HELD): QT_TRANSLATE_NOOP(
        "Messages",
        "Besöket blev ett samtal. Rätta eller ta bort samtalet under Kontakter i stället.",
    ),
    (F.MET, R.UNKNOWN): QT_TRANSLATE_NOOP(
        "Messages", "En av personerna finns inte längre i registret. Öppna dagen på nytt."
    ),
    (F.ALIAS, R.TAKEN): QT_TRANSLATE_NOOP(
        "Messages",
        "Aliaset ”{alias}” finns redan i registret. Välj den personen i listan, eller ge den "
        "nya personen ett annat alias.",
    ),
    (F.TEXT, R.UNKNOWN): QT_TRANSLATE_NOOP("Messages", "Texten finns inte i listan."),
    (F.FOLLOW_UP, R.UNKNOWN_QUESTION): QT_TRANSLATE_NOOP(
        "Messages", "Uppföljningen har ingen sådan fråga."
    ),
    (F.KIND, R.UNKNOWN_WORD): QT_TRANSLATE_NOOP(
        "Messages", "Känner inte igen importsorten ”{value}”."
    ),
    (F.MUNICIPALITY, R.UNKNOWN_WORD): QT_TRANSLATE_NOOP(
        "Messages", "Känner inte igen kommunen ”{value}”."
    ),
    (F.ANSWER, R.WRONG_COUNT): QT_TRANSLATE_NOOP(
        "Messages", "Det ska vara ett svar per påstående ({expected} stycken)."
    ),
}

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE" sourcelanguage="sv_SE">
<context>
    <name>ActivitiesTableModel</name>
    <message>
        <source>(+%1 i kön)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inställd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>avslutad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pågår</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planerad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>närvaro saknas (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kurstyp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Första träffen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sista träffen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Läge</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Träffar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anmälningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvaro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enkät</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltagarlista…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bjud in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intyg…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sammanfattning…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exportera kalender…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra uppgifter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lägg till träff…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ställ in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (inställd %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Träffen är inställd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Träffen är flyttad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet är sparat: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvaron är sparad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svaren är sparade.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivityEditing</name>
    <message>
        <source>Ta bort träffen %1? Använd det när den lades till av misstag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Träffen är borttagen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppgifterna är sparade.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Träffen är tillagd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ställa in %1? Alla träffar från och med idag ställs in. Det som redan hållits (närvaro, statistik) finns kvar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Den är inställd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort %1 helt? Det går bara när ingen har anmälts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivityPrintouts</name>
    <message>
        <source>Skriva ut eller spara som PDF?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparad: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inget intyg: %1 har inte deltagit i någon hållen träff (närvaro registrerad). Ett intyg skrivs bara för den som har varit här.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 inbjudna: se Inbjuden under Anmälningar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj en deltagare under Anmälningar först.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exportera kalender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kalenderfiler (*.ics)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Första administratören</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administratören lägger sedan till övriga medarbetare; var och en får ett eget användarnamn och lösenord.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t.ex. anna.berg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t.ex. Anna Berg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Användarnamn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skapa databasen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny medarbetare…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Återställ lösenord…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stäng av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aktivera…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medarbetare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> minuter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Till exempel 87,5 % med en decimal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> dagar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Så länge hålls en ledig plats åt den som står först på väntelistan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara inställningarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny återställningsnyckel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Byt krypteringsnycklar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Efter att någon slutat: gamla nyckelfiler och kopior öppnar inget nytt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dubbletter bland kursdeltagare…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journalmallar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enheten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enhetens namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lås automatiskt efter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svarstid för erbjuden plats:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decimaler i procent i rapporterna:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medarbetare och enheten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gallring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granskningslogg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vägval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Återställ lösenordet för %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nytt tillfälligt lösenord för %1: %2

Lämna det personligen; det måste bytas vid nästa inloggning.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stänga av %1? Kontot kan inte längre logga in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 är avstängd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 är aktiverad igen med det tillfälliga lösenordet %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inställningarna är sparade.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skapa en ny återställningsnyckel? Den gamla slutar fungera direkt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Byta krypteringsnycklar? Varje del av databasen krypteras om med nya nycklar och alla aktiva konton får dem. Gamla kopior av nyckelfilen och äldre säkerhetskopior öppnar inget som sparas från och med nu. Gör en ny säkerhetskopia efteråt. Det tar några sekunder till några minuter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Krypterar om databasen…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Byt krypteringsnycklar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nya krypteringsnycklar är i bruk. Gör en ny säkerhetskopia nu.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n konton från före uppdateringen måste få nya lösenord.</source>
        <translation><numerusform>%n konto från före uppdateringen måste få nytt lösenord.</numerusform><numerusform>%n konton från före uppdateringen måste få nya lösenord.</numerusform></translation>
    <extra-vagval-dictionary>%n konto från före uppdateringen måste få nytt lösenord.%n konton från före uppdateringen måste få nya lösenord.</extra-vagval-dictionary></message>
    <message>
        <source>Ny återställningsnyckel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Närvarande</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Alla närvarande</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara närvaron</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara antalet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Träff:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antal utan namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mellanslag kryssar i, piltangenterna flyttar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara närvaron?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvaron för %1 är ändrad men inte sparad. Spara den?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 deltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ej registrerad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ingen träff har ägt rum ännu.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Klientkod, t.ex. K-2026-014</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sök</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klient:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medarbetare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Från:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Till:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medarbetare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Händelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detalj</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exportera…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granskning klar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gjord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loggens ankare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommentar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Genomförda granskningar:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alla</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Loggens kedja är bruten vid rad %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Loggen stämmer inte med sitt ankare vid rad %1 (kortad eller omskriven)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loggens kedja är hel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ingen klient har den koden.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n händelser</source>
        <translation><numerusform>%n händelse</numerusform><numerusform>%n händelser</numerusform></translation>
    <extra-vagval-dictionary>%n händelse%n händelser</extra-vagval-dictionary></message>
    <message>
        <source>Granskningslogg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alla</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utskrivet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sekretess: innehåller uppgifter om klienter enligt OSL 26 kap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara granskningsloggen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparad: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granskning klar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loggen för %1 – %2 är genomgången. Kommentar (vad som granskades, avvikelser):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granskningen är registrerad.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupAccountDialog</name>
    <message>
        <source>Konto för schemalagd säkerhetskopiering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontot kan bara kopiera de krypterade filerna: dess lösenord öppnar inga uppgifter. Lösenordet visas bara nu. Lägg det i den schemalagda uppgiftens miljövariabel VAGVAL_BACKUP_PASSWORD; ett tidigare konto slutar gälla.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kopiera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kopian görs bara när Vägval är stängt (t.ex. på natten). Den kommer med i granskningsloggen vid nästa inloggning.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommandot för den schemalagda uppgiften:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupPreview</name>
    <message>
        <source>Klienter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontakter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journalanteckningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kurser och grupper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Användare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rader i granskningsloggen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gjord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kopian är hel: kontrollsummor, kryptering och antal rader stämmer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kopian är skadad och kan inte återställas: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>t.ex. ett USB-minne eller en nätverksmapp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> dagar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara inställningarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Säkerhetskopiera nu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gjord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storlek</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontrollera vald kopia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Återställ från säkerhetskopia…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skapa konto…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort kontot…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mapp för säkerhetskopior:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Påminn när senaste kopian är äldre än:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senaste säkerhetskopia:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kopiorna är krypterade med samma nyckel som databasen och öppnas med samma lösenord eller återställningsnyckeln. Mappen rensas automatiskt: de senaste 7 dagarna, 4 veckorna och 12 månaderna sparas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schemalagd säkerhetskopiering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ingen ännu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dags att säkerhetskopiera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj mapp för säkerhetskopior</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inställningarna är sparade.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Säkerhetskopierar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Säkerhetskopia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Säkerhetskopian är gjord och kontrollerad: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n äldre kopior rensades enligt rotationen.</source>
        <translation><numerusform>%n äldre kopia rensades enligt rotationen.</numerusform><numerusform>%n äldre kopior rensades enligt rotationen.</numerusform></translation>
    <extra-vagval-dictionary>%n äldre kopia rensades enligt rotationen.%n äldre kopior rensades enligt rotationen.</extra-vagval-dictionary></message>
    <message>
        <source>Välj en kopia i listan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontrollerar %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>För att återställa loggas du ut; återställningen görs sedan från inloggningsfönstret. Logga ut nu?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det finns ett konto för schemalagd säkerhetskopiering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inget konto för schemalagd säkerhetskopiering. Ett sådant konto kan bara kopiera de krypterade filerna, inte läsa något.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nytt lösenord…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ge kontot ett nytt lösenord? Det gamla slutar gälla direkt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort kontot? Schemalagda säkerhetskopior med det slutar fungera.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Boka besök – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flytta besök – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t.ex. Rum 2 (valfritt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t.ex. tolk behövs (valfri)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dag och tid:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Längd:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hos:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anteckning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Krock</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Besöket är bokat, men samma tid har %n andra bokningar hos samma medarbetare eller i samma rum. De är markerade i kalendern.</source>
        <translation><numerusform>Besöket är bokat, men samma tid har %n annan bokning hos samma medarbetare eller i samma rum. Den är markerad i kalendern.</numerusform><numerusform>Besöket är bokat, men samma tid har %n andra bokningar hos samma medarbetare eller i samma rum. De är markerade i kalendern.</numerusform></translation>
    <extra-vagval-dictionary>Besöket är bokat, men samma tid har %n annan bokning hos samma medarbetare eller i samma rum. Den är markerad i kalendern.Besöket är bokat, men samma tid har %n andra bokningar hos samma medarbetare eller i samma rum. De är markerade i kalendern.</extra-vagval-dictionary></message>
</context>
<context>
    <name>BookingDocuments</name>
    <message>
        <source>krock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inga bokade besök.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utskrivet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sekretess: klienter med kod, inga namn</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Bokningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vecka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vecka, timmar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mina</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hela enheten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I dag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Föregående dag eller vecka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nästa dag eller vecka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kalenderfil (ICS)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>För den egna kalendern: klienternas koder, inga namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bokade besök %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bokade besök %1–%2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ krock med %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n bokade besök</source>
        <translation><numerusform>%n bokat besök</numerusform><numerusform>%n bokade besök</numerusform></translation>
    <extra-vagval-dictionary>%n bokat besök%n bokade besök</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n krockar</source>
        <translation><numerusform>%n krock</numerusform><numerusform>%n krockar</numerusform></translation>
    <extra-vagval-dictionary>%n krock%n krockar</extra-vagval-dictionary></message>
    <message>
        <source>Inga bokade besök de här dagarna. Boka ett besök från klientkortet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara som PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara kalenderfil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kalenderfiler (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Besök %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparad: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookingsTab</name>
    <message>
        <source>Tid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Längd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anteckning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boka besök…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flytta…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Genomfört…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uteblev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avboka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Öppna igen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avbokad av klienten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avbokad av oss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nästa besök: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inget besök bokat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Genomfört besök</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Besöket blir ett samtal %1. Vilken typ av samtal?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort bokning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort bokningen %1? Gör det bara om den bokades av misstag; ett besök som ställdes in avbokas i stället.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>mån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lör</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sön</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inställd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1 till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>v. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>januari</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>februari</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>april</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>maj</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>juni</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>juli</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>augusti</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>september</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>oktober</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>november</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>december</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Månad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vecka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ = krock: samma lokal eller samma ledare samtidigt (hovra för att se med vad). Dubbelklicka för att öppna.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vecka %1, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardDocument</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medarbetare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anteckning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Översikt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samtal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inga samtal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(ersatt av rättelse)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>orosanmälan till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pågår</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>öppen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>avslutad %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inga anteckningar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anhörig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anhörig till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I paret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Del av paret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relationer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inga.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barn under 18 år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bor med barnen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avslut och historik</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klientkort %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utskrivet %1 av %2 – sekretessbelagda uppgifter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Byt lösenord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Du har ett tillfälligt lösenord. Välj ett eget lösenord innan du fortsätter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nuvarande lösenord:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De två lösenorden är inte lika.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChapterEditor</name>
    <message>
        <source>Rubrik</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• Lista</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. Lista</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <source>Spara svaren</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Har klienten barn under 18 år?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bor klienten med barnen?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anteckning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny orosanmälan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orosanmälningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ingen orosanmälan registrerad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avsluta vald</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>öppen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>avslutad %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClashWarning</name>
    <message>
        <source>samma lokal och ledare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>samma lokal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>samma ledare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>krock med %1 %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Krock i kalendern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samma lokal eller ledare är upptagen samtidigt:

%1

Spara ändå?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>par</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(anonym)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personnummer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ålder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kön</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hemkommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stadsdel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Målgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kom via</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ansvarig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad om hjälp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Första erbjudna tid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Väntat</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n dagar</source>
        <translation><numerusform>%n dag</numerusform><numerusform>%n dagar</numerusform></translation>
    <extra-vagval-dictionary>%n dag%n dagar</extra-vagval-dictionary></message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aktiv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avslutad %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parets personer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <source>Spara som PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Förhandsgranska…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registerutdrag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allt som finns om personen, som PDF (GDPR art. 15)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidslinje</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Översikt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samtal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bokningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relationer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avslut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klientkort %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort samtalet %1? Det räknas inte längre i statistiken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny journalanteckning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rätta anteckning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ingen klient har koden %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort orosanmälan från %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avsluta ärendet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En orosanmälan (%1, %2) är fortfarande öppen. Avsluta ärendet ändå? Anmälan förblir öppen tills du avslutar den under Barn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ångra avslutet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ångra avslutet? Ärendet blir aktivt som om det aldrig avslutats, och avslutets orsak och uppföljningssvar tas bort ur statistiken. Avsluta det sedan på nytt med rätt datum och svar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara klientkortet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara registerutdraget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Förhandsgranska %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sida %1 av %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Ny klient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonym klient (namn och personnummer kan inte anges)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ÅÅÅÅMMDD-NNNN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ej angivet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personnummer eller samordningsnummer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Födelseår:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kön:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hemkommun:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stadsdel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Målgrupp:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kom via:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad om hjälp:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Första erbjudna tid:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ansvarig:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bara koden krävs; den skapas när du sparar. Allt annat kan fyllas i senare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klienten finns redan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Öppna den klienten i stället för att skapa en till?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Öppna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientReport</name>
    <message>
        <source>Grupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klienter (unika personer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samtal med klienter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oregistrerade samtal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonyma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Översikt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kön</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ålder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>okänd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anhöriga</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fortsättande</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andel anonyma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Målgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kom via</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hemkommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stadsdel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ingen uppgift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klienter %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utskrivet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sekretess: innehåller inga personuppgifter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Klienter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sök på kod, namn, personnummer eller journalrubrik (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aktiva</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avslutade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alla</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Väntar för länge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alla målgrupper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alla medarbetare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonyma och med namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bara anonyma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bara med namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny klient (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nytt samtal (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oregistrerad kontakt…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oregistrerade kontakter…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n klienter</source>
        <translation><numerusform>%n klient</numerusform><numerusform>%n klienter</numerusform></translation>
    <extra-vagval-dictionary>%n klient%n klienter</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n till bland alla klienter: välj ”Alla” för att se dem.</source>
        <translation><numerusform>%n till bland alla klienter: välj ”Alla” för att se den.</numerusform><numerusform>%n till bland alla klienter: välj ”Alla” för att se dem.</numerusform></translation>
    <extra-vagval-dictionary>%n till bland alla klienter: välj ”Alla” för att se den.%n till bland alla klienter: välj ”Alla” för att se dem.</extra-vagval-dictionary></message>
    <message>
        <source>Inga klienter ännu. Lägg upp den första med ”Ny klient” (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientsTableModel</name>
    <message>
        <source>(anonym)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n dagar</source>
        <translation><numerusform>%n dag</numerusform><numerusform>%n dagar</numerusform></translation>
    <extra-vagval-dictionary>%n dag%n dagar</extra-vagval-dictionary></message>
    <message>
        <source>Aktiv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avslutad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>väntar för länge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>orosanmälan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Målgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hemkommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ansvarig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senaste kontakt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Väntat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClosingTab</name>
    <message>
        <source>Uppföljning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avsluta ärendet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Återöppna ärendet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klienten har kommit tillbaka: ett nytt ärende</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ångra avslutet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avslutet var fel: ärendet blir aktivt som om det aldrig avslutats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avslutsdatum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orsak:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avsluta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Historik</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ej besvarad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Öppnad %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>avslutad %1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <source>Ny orosanmälan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra orosanmälan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t.ex. Socialtjänsten i Malmö</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avslutad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Till vilken socialtjänst:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anteckning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Konsultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yrke:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommun:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuter:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Ändra samtal – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra oregistrerad kontakt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oregistrerad kontakt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nytt samtal – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kort anteckning (valfri)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datum och tid:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medarbetare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ej angivet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Målgrupp:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommun (om den sades):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltog:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anteckning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klient (kod):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Nytt samtal (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n samtal</source>
        <translation><numerusform>%n samtal</numerusform><numerusform>%n samtal</numerusform></translation>
    <extra-vagval-dictionary>%n samtal%n samtal</extra-vagval-dictionary></message>
    <message>
        <source>(de senaste %1 visas)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medarbetare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anteckning</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CostSharingDialog</name>
    <message>
        <source>Kostnadsfördelning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En kommun per rad: namn;invånare, t.ex. Botkyrka;93106</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ingen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enhetens egen kommun redovisas för sig, skild från de andra parterna (t.ex. polisens hänvisningar: egna staden, kranskommunerna, andra städer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total kostnad per år:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invånare per datum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Egen kommun:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CourseDocuments</name>
    <message>
        <source>Kod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltagarlista – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lokal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kursledare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signera närvaro per träff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sekretessbelagda uppgifter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intyg om deltagande</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unika personer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvarotillfällen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvarograd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uteblev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sena avbokningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Genomförd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nej</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvarande: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Påstående</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Före</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Efter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Förändring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gruppsammanfattning – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kurssammanfattning – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Översikt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gruppledare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>återträff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ledare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbjuden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ringlista</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Till %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välkommen till %1. Kursen träffas:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plats: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ledare: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svara gärna senast %1 om du kommer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Varmt välkommen!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbjudan – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbjudningar – %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 av %n träffar, sammanlagt %3 timmar</source>
        <translation><numerusform>%1 av %n träff, sammanlagt %3 timmar</numerusform><numerusform>%1 av %n träffar, sammanlagt %3 timmar</numerusform></translation>
    <extra-vagval-dictionary>%1 av %n träff, sammanlagt %3 timmar%1 av %n träffar, sammanlagt %3 timmar</extra-vagval-dictionary></message>
    <message>
        <source>har deltagit i</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Träffar planerade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hållna (närvaro registrerad)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvaro saknas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommande</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ålder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1–%2 år, medelålder %3 (%4 med känt födelseår)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvaro saknas för passerade träffar (%1): de räknas inte som hållna förrän närvaron registrerats (eller de markerats som inställda).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Träff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvarande</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Av anmälda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvaro per träff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kön</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Åldersgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>okänd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kom via</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>okänt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hemkommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stadsdel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ej angiven</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enkät före och efter (skala 1–5)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CourseSections</name>
    <message>
        <source>Grupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Träffar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unika personer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvaro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andel närvaro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uteblev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kursdeltagare per hemkommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kursdeltagare per stadsdel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enkäten före och efter kursen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kurs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Påstående</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Före</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Efter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Förändring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CourseTypeDialog</name>
    <message>
        <source>Ny kurstyp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra kurstyp %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ej angivet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ingen fast dag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vad kursen är och handlar om: skrivs ut på intygen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ett påstående per rad (skala 1–5), valfritt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Längd per träff:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antal träffar:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antal platser:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minsta antal för att starta:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Målgrupp:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lokal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vanlig veckodag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Börjar klockan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beskrivning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enkät före och efter:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Grupper och kurser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nytt kurstillfälle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Öppna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anmäl intresse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skapa kurstillfälle och bjud in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort från listan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny samtalsgrupp…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny kurstyp…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avveckla / ta tillbaka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kurstillfällen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intresselistor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samtalsgrupper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kalender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kurstyper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommande och pågående</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avslutade och inställda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alla</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visa:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>avvecklad %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 intresserade, minst %2 behövs för att starta.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minsta antalet är nått – skapa ett kurstillfälle och bjud in dem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort %1 från intresselistan?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n träffar</source>
        <translation><numerusform>%n träff</numerusform><numerusform>%n träffar</numerusform></translation>
    <extra-vagval-dictionary>%n träff%n träffar</extra-vagval-dictionary></message>
    <message>
        <source>%1 à %2 min, %3 platser, minst %4 för att starta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brukar vara: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort kurstypen %1?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Ett oväntat fel inträffade. Det du redan sparat finns kvar. Starta om programmet om något ser fel ut.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teknisk information: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>mån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lör</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sön</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>jan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>feb</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>apr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>maj</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>jun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>jul</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>aug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>okt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nov</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kl.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(oregistrerad)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 poster, summa %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditActivityDialog</name>
    <message>
        <source>Ändra %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lokal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antal platser:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minsta antal för att starta:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sista anmälningsdag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gäster:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ledare:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EducationDialog</name>
    <message>
        <source>Studiebesök och utbildning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antal deltagare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publik:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommun:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Titel:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExtractDocument</name>
    <message>
        <source>Om utdraget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detta är allt %1 har registrerat om dig i programmet Vägval, enligt artikel 15 i dataskyddsförordningen (GDPR). Uppgifterna behandlas för att ge dig stöd och samtal enligt socialtjänstlagen och dokumenteras enligt SoL 11 kap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppgifterna gallras %1 år efter den senaste anteckningen (SoL 12 kap.). De lämnas inte ut till andra, utom när lagen kräver det (till exempel en orosanmälan till socialtjänsten). Du har rätt att begära rättelse av felaktiga uppgifter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>intresselista</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anmäld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kurs eller grupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anteckning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppföljning vid avslut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inga svar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bokade besök</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inga bokade besök.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kurser och grupper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltagarkod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inte anmäld till någon kurs eller grupp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registerutdrag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utdraget gjort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registerutdrag enligt GDPR art. 15 – sekretessbelagda uppgifter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Vägval</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigureParts</name>
    <message>
        <source>Klienter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nya förfrågningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erbjöds en första tid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inom 7 dagar (1 dygn för under 18)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andel inom garantin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Väntar fortfarande</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2 dagar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Median / längsta väntan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tillgänglighet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fråga</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svar (n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andel ja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utfall vid avslut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grupper och kurser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppsökande arbete och utbildning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Påstående</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per kommun</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Verksamhetsmål %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ej bedömt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 – ej uppnått</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2 – delvis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 – fullt ut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operativt mål:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aktivitet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Måluppfyllelse:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommentar:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Operativt mål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aktivitet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Måluppfyllelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommentar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nytt mål…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj ett mål i listan först.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort mål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort målet ”%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>År:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skala 1–3: 1 = ej uppnått, 2 = delvis, 3 = fullt ut. Dubbelklicka för att ändra.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Ny samtalsgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t.ex. behandlingshemmet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> dagar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plats:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Träffas var:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Första träffen:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Längd:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Träffar skapas fram till:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antal platser:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gruppledare (och medledare):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Många träffar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gruppen får %1 träffar fram till slutdatumet. Vill du verkligen lägga upp alla? (Välj Nej och ett tidigare slutdatum för att lägga upp färre.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importera från Excel eller CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppsökande arbete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Studiebesök och utbildning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konsultationer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samtal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gruppträffar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj fil…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Förhandsgranska</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importerad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ångra vald import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidigare importer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fil:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj fil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kalkylblad (*.csv *.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj en fil först.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Läser filen…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importerar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filen har redan importerats %1 (%2). Den importeras inte igen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 av %2 rader kan importeras.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 av %2 rader importerades.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n rader finns redan från en tidigare import och räknas inte igen.</source>
        <translation><numerusform>%n rad finns redan från en tidigare import och räknas inte igen.</numerusform><numerusform>%n rader finns redan från en tidigare import och räknas inte igen.</numerusform></translation>
    <extra-vagval-dictionary>%n rad finns redan från en tidigare import och räknas inte igen.%n rader finns redan från en tidigare import och räknas inte igen.</extra-vagval-dictionary></message>
    <message>
        <source>Rad %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… och %n rader till som inte kan importeras.</source>
        <translation><numerusform>… och %n rad till som inte kan importeras.</numerusform><numerusform>… och %n rader till som inte kan importeras.</numerusform></translation>
    <extra-vagval-dictionary>… och %n rad till som inte kan importeras.… och %n rader till som inte kan importeras.</extra-vagval-dictionary></message>
    <message>
        <source>Ångra import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ångra importen av %1? Allt den skapade (%2 rader) tas bort och syns inte längre i statistiken. Ändringen loggas.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Importen av %1 är ångrad: %n rader togs bort.</source>
        <translation><numerusform>Importen av %1 är ångrad: %n rad togs bort.</numerusform><numerusform>Importen av %1 är ångrad: %n rader togs bort.</numerusform></translation>
    <extra-vagval-dictionary>Importen av %1 är ångrad: %n rad togs bort.Importen av %1 är ångrad: %n rader togs bort.</extra-vagval-dictionary></message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>Ny anteckning…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rätta vald anteckning…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anteckning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inga anteckningar ännu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1, ersatt av en rättelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rättelse, version %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyFigureRows</name>
    <message>
        <source>kvinnor mötta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>män mötta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>andra mötta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mejl skickade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sms skickade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>svar på mejl och sms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annonser sedda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nya annonser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annonser, kvinnor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annonser, män</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annonser, under 25 år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annonser, 25 år och äldre</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyFigureRowsDialog</name>
    <message>
        <source>Nyckeltalstabellens rader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lägg till rad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Återställ källans fyra rader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj vad varje rad räknar och vad den heter i tabellen. Håll muspekaren över ett mått för att se hur det räknas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skriv bara årets summa (inga månadskolumner)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Månader innan raden räknades visas som:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <source>Jan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maj</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Juni</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Juli</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Okt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nyckeltal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Var ska databasen ligga?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard är din egen datamapp. Välj en gemensam mapp om flera personer ska använda samma databas på den här datorn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj mapp…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standardmappen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mapp:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databasen och dess nyckelfil är krypterade. Säkerhetskopior görs senare under Administration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databasfil: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj mapp för databasen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det finns redan en Vägval-databas i mappen. Välj en annan mapp, eller avbryt och öppna den befintliga.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det går inte att skriva i mappen. Välj en mapp där du har skrivrättighet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Vägval är låst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lösenord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lås upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logga ut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inloggad: %1 (%2). Skriv ditt lösenord för att fortsätta.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Vänta %n sekunder innan nästa försök.</source>
        <translation><numerusform>Vänta %n sekund innan nästa försök.</numerusform><numerusform>Vänta %n sekunder innan nästa försök.</numerusform></translation>
    <extra-vagval-dictionary>Vänta %n sekund innan nästa försök.Vänta %n sekunder innan nästa försök.</extra-vagval-dictionary></message>
    <message>
        <source>Fel lösenord.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>%1 – logga in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databas: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logga in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Användarnamn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lösenord:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Glömt lösenordet?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Öppna en annan databas…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skapa ny databas…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Återställ från säkerhetskopia…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logga in med ditt eget användarnamn och lösenord.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demoläge – påhittade uppgifter. Logga in som:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skriv användarnamn och lösenord.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loggar in…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Vänta %n sekunder innan nästa försök.</source>
        <translation><numerusform>Vänta %n sekund innan nästa försök.</numerusform><numerusform>Vänta %n sekunder innan nästa försök.</numerusform></translation>
    <extra-vagval-dictionary>Vänta %n sekund innan nästa försök.Vänta %n sekunder innan nästa försök.</extra-vagval-dictionary></message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Översikt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klienter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bokningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grupper och kurser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppsökande och utbildning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statistik</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lås</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lås programmet (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logga ut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Dags att säkerhetskopiera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inloggad: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Byt lösenord…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avsluta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Gå till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Användarhandbok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Om Vägval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – låst</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n fönster är öppna. Om du loggar ut stängs de, och det som inte har sparats i dem försvinner. Logga ut ändå?</source>
        <translation><numerusform>%n fönster är öppet. Om du loggar ut stängs det, och det som inte har sparats i det försvinner. Logga ut ändå?</numerusform><numerusform>%n fönster är öppna. Om du loggar ut stängs de, och det som inte har sparats i dem försvinner. Logga ut ändå?</numerusform></translation>
    <extra-vagval-dictionary>%n fönster är öppet. Om du loggar ut stängs det, och det som inte har sparats i det försvinner. Logga ut ändå?%n fönster är öppna. Om du loggar ut stängs de, och det som inte har sparats i dem försvinner. Logga ut ändå?</extra-vagval-dictionary></message>
    <message>
        <source>Ingen säkerhetskopia har gjorts ännu.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Senaste säkerhetskopian gjordes %1; påminnelsen gäller efter %n dagar.</source>
        <translation><numerusform>Senaste säkerhetskopian gjordes %1; påminnelsen gäller efter %n dag.</numerusform><numerusform>Senaste säkerhetskopian gjordes %1; påminnelsen gäller efter %n dagar.</numerusform></translation>
    <extra-vagval-dictionary>Senaste säkerhetskopian gjordes %1; påminnelsen gäller efter %n dag.Senaste säkerhetskopian gjordes %1; påminnelsen gäller efter %n dagar.</extra-vagval-dictionary></message>
    <message>
        <source>&lt;b&gt;Vägval %1&lt;/b&gt;&lt;br&gt;Register, kurser och statistik för förebyggande enheter.&lt;br&gt;All information sparas krypterad på den här datorn.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>Nytt material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t.ex. Preventionspaket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Egen räknare: räknas per uppsökande dag, delas inte ut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antal anskaffade (lager):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MaterialsDialog</name>
    <message>
        <source>Material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anskaffade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material och egna räknare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utdelade / räknade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nytt…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>egen räknare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort %1?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingRow</name>
    <message>
        <source>återträff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Ställ in / ägde inte rum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flytta vald träff…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort vald träff…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lokal: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kursledare: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gruppledare: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sista anmälningsdag: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gäster: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>återträff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inställd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>närvaro saknas</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>administratör</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rådgivare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kursledare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statistik</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fel användarnamn eller lösenord.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Återställningsnyckeln stämmer inte. Kontrollera att den är rätt inskriven.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>För många misslyckade försök. Vänta {seconds} sekunder och försök igen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontot är avstängt. Kontakta en administratör.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nyckelfilen är skadad eller oläslig. Återställ den från en säkerhetskopia. ({detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nyckelfilen saknas ({detail}). Den ska ligga bredvid databasfilen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databasen finns inte: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det finns redan en databas på den platsen: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databasen är skadad och kan inte läsas. Återställ från en säkerhetskopia.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det gick inte att läsa eller skriva databasen. Inget har sparats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avbrutet. Inget har sparats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppgiften kunde inte sparas; kontrollera det du skrivit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ett oväntat fel inträffade. Det du redan sparat finns kvar. Teknisk information: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Din roll får inte göra detta.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Säkerhetskopian kunde inte användas: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databasen är redan öppen hos {who} på datorn {host} (sedan {since}). Bara en i taget kan arbeta i den; be {who} att logga ut eller stänga Vägval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppgiften finns inte längre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det finns redan en deltagare med samma namn och telefon eller födelseår ({code}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det finns redan en klient med det personnumret ({code}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vägval har låsts: databasen öppnades av {who} på datorn {host} (sedan {since}) medan den här datorn var inaktiv. Inget mer sparas härifrån. Det som redan sparats finns kvar; logga ut och fortsätt när den andra har stängt Vägval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disken är full. Inget har sparats; frigör utrymme och försök igen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mappen går inte att skriva i. Inget har sparats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granskningsloggen kan inte ändras i efterhand. Inget har sparats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databasen vägrade ändringen. Inget har sparats; försök igen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filen kunde inte läsas eller skrivas. Inget har sparats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databasen har skapats av en nyare version av Vägval. Uppdatera programmet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ingen klient har koden {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nyckelfilen ({detail}) hör till en annan databas än den som öppnas. Lägg databasens egen nyckelfil bredvid den, eller återställ båda från en säkerhetskopia.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nyckelfilen saknas ({detail}), men den förra versionen finns kvar: {backup}. Be en administratör kopiera den till {detail}; lösenord som bytts sedan dess gäller då inte, och konton som stängts av sedan dess bör stängas av igen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filen är ingen säkerhetskopia från Vägval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Säkerhetskopian finns inte längre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Säkerhetskopian hör till en annan databas än den som är öppen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Säkerhetskopian är skadad eller ändrad och återställdes inte. Välj en annan kopia.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kopian klarade inte kontrollen efter skrivningen och sparades inte.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Säkerhetskopian kommer från en annan enhet ({backup_unit}) än databasen här ({current_unit}). Inget har ändrats; bekräfta först att {current_unit} ska ersättas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databasen stängdes mitt i en skrivning (t.ex. vid ett strömavbrott). Ingen kopia gjordes: logga in i Vägval en gång, så rättas det, och säkerhetskopiera sedan igen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det finns inte plats på disken för att packa upp säkerhetskopian. Inget har ändrats; frigör utrymme och försök igen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>databasfilens kontrollsumma stämmer inte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nyckelfilens kontrollsumma stämmer inte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nyckelfilen hör till en annan databas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>innehållsförteckningen har ändrats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>databasen går inte att öppna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>integritetskontrollen misslyckades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>krypteringskontrollen misslyckades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>antalet rader stämmer inte med förteckningen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>databasens id stämmer inte med förteckningen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enhetens namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Första erbjudna tid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datum och tid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parets personer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kurstypens namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minsta antal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sista anmälningsdag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kursen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet annonser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvaron</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tecknet för månader före räkningen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mappen för säkerhetskopior</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Påminnelsen om säkerhetskopia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Födelseåret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet platser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klienten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avslutsdatumet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klientkoden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kolumnen ”{column}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet kontakter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Första räknade månaden (ÅÅÅÅ-MM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mallens namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datumet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beskrivningen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stadsdelen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sluttiden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppföljningen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Målet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tiden till automatiskt lås</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Träffen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anmälan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datumet då orosanmälan avslutades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Radens namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet mejl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materialets namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aliaset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rummet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Besöket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dagen för första mötet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personer som mötts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Träffarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet män</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svarstiden för en erbjuden plats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuterna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommunen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det nya lösenordet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet nya personer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anteckningen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet svarsalternativ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet övriga</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltagaren</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet deltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lösenordet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet decimaler i procent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Periodens slut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personnumret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telefonnumret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invånarantalet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yrket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gallringstiden för klientakter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gallringstiden för oregistrerade kontakter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skälet att spara akten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gallringstiden för kursdeltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frågan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enkäten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Veckodagen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mottagaren</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Den anhörige</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet svar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datumet för anmälan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datumet då hjälp begärdes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommentaren till granskningen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intervallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raderna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Måluppfyllelsen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet sms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Påståendena</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statusen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet i lager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Texten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rubriken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Den totala kostnaden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slutdatumet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Användarnamnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lokalen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet kvinnor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Året</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} måste fyllas i.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} får vara högst {maximum} tecken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} måste ha minst {minimum} tecken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} kan inte vara mindre än noll.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} ska vara ett heltal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} ska vara mellan {minimum} och {maximum}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} kan inte ligga i framtiden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} kan inte vara före {earliest}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} kan inte vara efter {latest}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} innehåller osynliga tecken eller styrtecken (t.ex. från en kopierad text). Skriv in texten igen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minsta antal för att starta ({minimum}) kan inte vara fler än antalet platser ({capacity}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sista anmälningsdag ({deadline}) måste vara senast dagen för kursens första träff ({start}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perioden är redan fastställd. En administratör kan fastställa den på nytt, med skäl.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perioden är inte fastställd: fastställ den i stället.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{code} är redan anmäld här (status: {status}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skriv första räknade månaden som ÅÅÅÅ-MM, t.ex. 2009-02, eller lämna tomt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Träffen den {start} har inte ägt rum ännu; närvaro kan registreras efteråt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En enhet kan ha högst {maximum} journalmallar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det finns redan en mall som heter ”{value}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rättelsen är likadan som anteckningen. Ändra rubriken eller texten, eller avbryt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Återträffen ({reunion}) måste ligga efter kursens sista träff ({last}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ärendet är redan avslutat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En anonym klient kan inte ha ett namn. Ta bort namnet eller bocka ur Anonym.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En anonym klient kan inte ha ett personnummer. Ta bort det eller bocka ur Anonym.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personnumret är inte giltigt: kontrollsiffran stämmer inte.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personnumret är inte giltigt: datumet i det finns inte.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personnumret ska ha 10 eller 12 siffror, t.ex. 19850312-1234.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personnumret får bara innehålla siffror (0–9) och ett bindestreck eller plustecken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personnumret anger en födelsedag i framtiden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personnumret ger en ålder på {age} år. Kontrollera det (ett plustecken betyder 100 år eller äldre).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ett par har inget personnummer; ange det för var och en i paret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kolumnen ”{column}” ska innehålla ett datum som ÅÅÅÅ-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kolumnen ”{column}” är tom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kolumnen ”{column}” ska innehålla ett heltal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kolumnen ”{column}”: känner inte igen ”{value}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kolumnen ”{column}”: ingen medarbetare heter ”{value}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kolumnen ”{column}” saknas i filen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kolumnen ”{column}” kräver att preventionspaketet först läggs till under Material.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kolumnen ”{column}” har en cell med fler än {maximum} tecken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kolumnen ”{column}” innehåller osynliga tecken eller styrtecken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Första erbjudna tid kan inte vara före datumet då hjälp begärdes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avslutsdatumet kan inte vara före ärendets början.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orosanmälan kan inte avslutas före dagen den gjordes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Periodens slut kan inte vara före dess början.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slutdatumet kan inte vara före första träffen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antalet platser kan inte vara färre än de {registered} som redan har plats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kursen är inställd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kurstypen är avvecklad. Välj en annan, eller ta tillbaka den först.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kurstypen används av {uses} kurstillfällen eller intresseanmälningar och kan inte tas bort. Avveckla den i stället: den finns kvar i historiken men väljs inte för nya kurser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det finns anmälningar eller närvaro ({registrations} anmälningar) och då kan den inte tas bort. Ställ in den i stället: den finns kvar i historiken men inga fler träffar planeras.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materialet har delats ut ({handed_out} st.) och räknas i statistiken, så det kan inte tas bort. Ändra lagret i stället, eller rätta de registreringar där det delades ut.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvaro är registrerad för personen, så anmälan kan inte tas bort. Ändra statusen i stället (avbokad eller kom inte).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bara en anmälan som ännu inte genomförts (anmäld, bekräftad eller på väntelistan) kan flyttas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anmälan gäller redan det kurstillfället. Välj ett annat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En anmälan kan bara flyttas till ett annat kurstillfälle, inte till en grupp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvaro är registrerad för träffen, så den kan inte tas bort. Markera den som inställd i stället (ägde inte rum).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det är den enda träffen. Lägg till en annan först, eller ställ in hela kursen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltagaren har närvaro eller enkätsvar och kan inte tas bort: det är historik. Avboka anmälan i stället; uppgifterna gallras enligt gallringsreglerna.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importen kan inte ångras: {record} har fått annat arbete sedan importen (samtal, anteckningar eller närvaro). Inget har ändrats; rätta posterna en och en i stället.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Du kan inte stänga av ditt eget konto.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lösenordet får inte innehålla användarnamnet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det nya lösenordet får inte innehålla användarnamnet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lösenordet är för lätt att gissa; använd fler ord eller tecken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det nya lösenordet är för lätt att gissa; använd fler ord eller tecken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det nya lösenordet måste skilja sig från det gamla.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontot är avstängt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samma kommun finns med två gånger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filen är tom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filen är inte sparad som UTF-8. Spara den som ”CSV UTF-8” och försök igen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filen går inte att läsa som {kind}. Kontrollera att det är rätt fil.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filen har fler än {maximum} rader. Dela upp den i flera filer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filen är större än {maximum} MB uppackad och läses inte in. Dela upp den i flera filer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rad {row} har en cell med långt över {maximum} tecken; filen läses inte in. Kontrollera att det är rätt fil.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ett citattecken (") på raden avslutas aldrig, så resten av filen kan inte läsas. Rätta raden och importera igen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raden har ett citattecken (") på fel ställe och kan inte läsas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En träff kan inte sluta innan den börjar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En träff kan vara högst 16 timmar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sista anmälningsdag var {deadline}. Anmäl ändå bara med ett skäl (t.ex. remitterad av polisen i dag).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personen har ingen erbjuden plats att svara på.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bara den som står på väntelistan kan flyttas i kön.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klientkoden måste fyllas i och får vara högst 40 tecken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klientkoden {code} finns redan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj en kommun i listan (skriv början av namnet och välj bland förslagen).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telefonnumret får bara innehålla siffror, mellanslag och + - ( ).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Användarnamnet får bara innehålla a–z, 0–9, punkt, bindestreck och understreck (2–32 tecken).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Användarnamnet är redan upptaget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det finns redan en kurstyp med det namnet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Den sista aktiva administratören måste finnas kvar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvaron gäller någon som inte är anmäld till kursen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nya personer kan inte vara fler än antalet kontakter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kvinnor, män och övriga blir tillsammans fler än antalet kontakter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det kan inte vara fler nya annonser än sedda annonser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En konsultation hör inte till någon klient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kurstypen har ingen enkät.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enkäten har inget sådant påstående.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parets personer måste vara enskilda klienter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parets två personer måste vara två olika klienter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Den klienten är inte kopplad hit, varken som anhörig eller i ett par.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klienten är redan kopplad till en annan deltagare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj två olika deltagare att slå ihop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En klient kan inte vara anhörig till sig själv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statusen kan inte ändras direkt från ”{current}” till ”{wanted}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontot är inte en administratörs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ärendet är inte avslutat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bara den senaste versionen av anteckningen kan rättas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perioden kan fastställas först när den är slut.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slutdatumet får ligga högst {years} år fram i tiden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materialet finns inte i listan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En rad räknar inget som finns: välj en arena, ett material, en egen räknare eller en av dagens siffror (t.ex. annonser sedda) i raden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Besöket är redan markerat (genomfört, uteblivet eller avbokat). Öppna det igen först om markeringen var fel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Besöket har inte börjat än: det kan markeras som genomfört eller uteblivet när tiden har kommit. Avboka eller flytta det i stället.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inget är ändrat i bokningen. Ändra dag, tid, längd eller något annat, eller avbryt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Besöket blev ett samtal. Rätta eller ta bort samtalet under Kontakter i stället.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En av personerna finns inte längre i registret. Öppna dagen på nytt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aliaset ”{alias}” finns redan i registret. Välj den personen i listan, eller ge den nya personen ett annat alias.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Texten finns inte i listan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppföljningen har ingen sådan fråga.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Känner inte igen importsorten ”{value}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Känner inte igen kommunen ”{value}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det ska vara ett svar per påstående ({expected} stycken).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svaret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enkätens namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sorten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perioden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kvinna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>man</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transperson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ickebinär/annat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>uppgift saknas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>köper sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>säljer sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skadar sig med sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anhörig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>par</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yrkesverksam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>polis i samband med gripande</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>eget initiativ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sociala medier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>socialtjänst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hälso- och sjukvård</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enskild person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annat skäl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>telefon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e-post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>besök</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chatt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rådgivning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stödsamtal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>förändringssamtal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>konsultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>klienten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loggade in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loggade in efter misslyckade försök</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loggade ut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>låste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>låste upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>misslyckades att låsa upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>använde återställningsnyckeln</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skapade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>öppnade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ändrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tog bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bytte lösenord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>återställde ett lösenord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stängde av ett konto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>aktiverade ett konto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exporterade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skrev ut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>säkerhetskopierade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>återställde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gallrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>granskade loggen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>misslyckad inloggning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fann loggen kortad eller omskriven</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nej</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delvis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>okänt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vet ej</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>avslutad enligt plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>klienten avbröt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ingen kontakt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hänvisad vidare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bokad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>genomförd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>avbokad av klienten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>avbokad av oss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>klienten och anhörig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kurs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>samtalsgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>erbjuden plats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remitterad av polis eller socialtjänst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prioriteras enligt enhetens rutin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rättelse: kön stod i fel ordning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remitterad i dag (polis, socialtjänst)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>en plats blev ledig sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enhetens beslut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>registreringar för perioden har rättats i efterhand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enhetens nyckeltalsrader har ändrats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>före kursen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>efter kursen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gata</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>internet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>telefon/sms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annan plats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>föreläsning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>utbildning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>studiebesök hos oss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>studiebesök hos annan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>intresserad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anmäld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bekräftad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>väntelista</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>avbokad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deltog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>uteblev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sparat på fel klient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>registrerat två gånger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>registrerat av misstag (ägde inte rum)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>klientakt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kursdeltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>oregistrerad kontakt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person i uppsökande arbete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>okänd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>utanför Sverige</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Har slutat köpa sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Har slutat med porrsurf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppsök</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summan av kontakterna i det uppsökande arbetet (alla arenor), efter dagen då de togs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nya personer i uppsökande</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summan av nya personer i det uppsökande arbetet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gruppdeltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Närvarotillfällen i grupper och kurser: varje person som var närvarande vid en träff räknas en gång per träff, plus importerade anonyma närvaron.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rådgivning och samtal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alla registrerade samtal, med klienter och oregistrerade; ett samtal med ett par räknas en gång.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Studiebesök och utbildning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antal tillfällen: föreläsningar, utbildningar och studiebesök.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltagare i utbildning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summan av deltagare vid föreläsningar, utbildningar och studiebesök.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konsultationer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konsultationer till andra yrkesverksamma som inte hör till en klient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppsök på gatan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summan av kontakterna i det uppsökande arbetet på gatan (arenan gata).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gruppdeltagare (personer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Olika personer som var närvarande vid minst en träff i en grupp eller kurs; totalen räknar varje person en gång för hela perioden (anonyma närvaron räknas inte, de har ingen person).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppsökande, antal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En av siffrorna varje uppsökande dag har: kvinnor, män eller andra mötta, mejl, sms, svar, eller annonser sedda, nya, kvinnor, män, under 25, 25 och äldre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Egen räknare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summan av en av enhetens egna räknare per uppsökande dag (t.ex. annonser ”alltid kondom”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uteblivna besök</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bokade besök som klienten uteblev från, efter dagen för besöket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utdelat material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summan av utdelat material, t.ex. preventionspaket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unika klienter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Olika klienter med minst ett samtal; totalen räknar varje klient en gång för hela perioden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nya klienter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klienter som lades upp under perioden.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetPicker</name>
    <message>
        <source>Sök alias…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personer som mötts (frivilligt register):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 valda</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MoveMeetingDialog</name>
    <message>
        <source>Flytta träff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny träff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny tid:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tid:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slutar:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lokal:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MunicipalityGroups</name>
    <message>
        <source>Avtalskommuner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Övriga avtalskommuner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andra kommuner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommun okänd</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MunicipalityReport</name>
    <message>
        <source>okänt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klienter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anhöriga</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samtal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kursdeltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andel av invånarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kostnad (kr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andel av klienterna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total kostnad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invånare per</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per kommun %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sekretess: innehåller inga personuppgifter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>Lösenord:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upprepa lösenordet:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Minst %n tecken. Tips: flera ord med mellanslag eller bindestreck.</source>
        <translation><numerusform>Minst %n tecken. Tips: flera ord med mellanslag eller bindestreck.</numerusform><numerusform>Minst %n tecken. Tips: flera ord med mellanslag eller bindestreck.</numerusform></translation>
    <extra-vagval-dictionary>Minst %n tecken. Tips: flera ord med mellanslag eller bindestreck.Minst %n tecken. Tips: flera ord med mellanslag eller bindestreck.</extra-vagval-dictionary></message>
    <message>
        <source>Svagt: lätt att gissa. Lägg till fler ord eller tecken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De två lösenorden är inte lika.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Godkänt, men ett längre lösenord är säkrare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starkt lösenord.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Ny medarbetare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Användarnamn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tillfälligt lösenord:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lämna det tillfälliga lösenordet till medarbetaren personligen. Det måste bytas vid första inloggningen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Ctrl+Enter eller Ctrl+S sparar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(ingen mall)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mall:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rubrik:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anteckningen signeras med ditt namn och tiden när du sparar. Den kan inte ändras i efterhand, bara rättas med en ny version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Använd mallen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ersätta det du har skrivit med mallen ”%1”?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteTemplatesDialog</name>
    <message>
        <source>Journalmallar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny mall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort mallen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(utan namn)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OccasionDialog</name>
    <message>
        <source>Nytt kurstillfälle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t.ex. hyrd lokal, adress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn eller roll, t.ex. ”föreläsare med egen erfarenhet”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lägg till träff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lägg till återträff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kurstyp:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lokal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antal platser:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minsta antal för att starta:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sista anmälningsdag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kursledare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gästföreläsare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Träffar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <source>Uppsökande arbete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arena:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontakter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>varav nya personer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kvinnor / män / övriga (om känt):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mejl / sms skickade, svar:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 utdelade:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annonser sedda / nya:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annonser kvinnor / män:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annonser under 25 / 25 år och äldre:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anteckning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bara antal – inga namn eller länkar. Registret till höger har bara alias.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutreachSection</name>
    <message>
        <source>Kontakter i uppsökande arbete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>varav nya personer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Studiebesök och utbildning (tillfällen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltagare i studiebesök och utbildning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konsultationer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (av %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utdelat: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kvinnor mötta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Män mötta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Andra mötta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mejl skickade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sms skickade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svar på mejl och sms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annonser sedda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>varav nya annonser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annonser, kvinnor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annonser, män</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annonser, under 25 år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annonser, 25 år och äldre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publik</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tillfällen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kön</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personer mötta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>varav helt nya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under 18 år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medelålder, nya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medelålder, övriga</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personer mötta i uppsökande arbete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>År</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konsultationer per år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konsultationer per kommun</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Översikt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Dags att säkerhetskopiera…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granska förra månadens logg…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mina klienter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mina bokade besök i dag och denna vecka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Väntar längre än garantin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Öppna orosanmälningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grupper och kurser denna vecka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – väntat %2 dagar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>i dag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ krock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>senaste samtal %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inget samtal än</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nästa besök %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… och %n till</source>
        <translation><numerusform>… och %n till</numerusform><numerusform>… och %n till</numerusform></translation>
    <extra-vagval-dictionary>… och %n till… och %n till</extra-vagval-dictionary></message>
    <message>
        <source>Inget just nu.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Ändra uppgifter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senaste samtal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Öppen orosanmälan om barn (se fliken Barn).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frågan om barn under 18 år är inte ställd (fliken Barn).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Väntar på en första tid längre än tillgänglighetsgarantin tillåter.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n samtal totalt</source>
        <translation><numerusform>%n samtal totalt</numerusform><numerusform>%n samtal totalt</numerusform></translation>
    <extra-vagval-dictionary>%n samtal totalt%n samtal totalt</extra-vagval-dictionary></message>
    <message>
        <source>Inga samtal ännu.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Anmäl deltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra deltagare %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kod eller namn på en tidigare deltagare (lämna tomt för ny)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valfritt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>för påminnelser, valfritt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ej angivet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t.ex. K-2026-014</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidigare deltagare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>eller en klient (kod):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>eller en ny deltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telefon:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hemkommun:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stadsdel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kom via:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Födelseår:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort deltagaren…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort %1 med alla anmälningar? Använd det när deltagaren lades in av misstag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltagaren finns redan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Är det samma person?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ja, använd den</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nej, en annan person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ingen tidigare deltagare matchar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flera matchar: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantDuplicatesDialog</name>
    <message>
        <source>Dubbletter bland kursdeltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltagare med samma namn och samma telefonnummer eller födelseår är troligen samma person. Slå ihop dem: anmälningar, närvaro och svar flyttas till den som behålls (är båda anmälda till samma kurs behålls den anmälan som har plats).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Född</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slå ihop, behåll den vänstra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slå ihop, behåll den högra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inga troliga dubbletter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slå ihop %1 med %2? %2 tas bort; det kan inte ångras.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 är nu en del av %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <source>Klienter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tillgänglighet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utfall vid avslut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grupper och kurser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppsökande arbete och utbildning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enkäter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per kommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inga uppgifter för perioden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utskrivet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sekretess: innehåller inga personuppgifter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>..: färre än %1 personer, eller dolt så att ett litet tal inte kan räknas fram ur summorna.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Ny person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ett namn teamet känner igen, inte det riktiga</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ej känt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alias:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kön:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Födelseår (ungefär):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Först mött:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inget riktigt namn behövs: registret räknar personer, inte vilka.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <source>Personer i uppsökande arbete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kön</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Födelseår</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Först mött</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senast mött</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dagar mötta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registret är tomt. Det är frivilligt: lägg till en person med Ny… eller direkt från en uppsökande dag, så kan unika och nya personer räknas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort %1 ur registret? Personen tas bort från %2 uppsökande dagar och räknas inte längre i statistik som inte är fastställd. Dagarna finns kvar.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PurgeTab</name>
    <message>
        <source> år efter senaste anteckningen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara reglerna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klientakter (SoL 12 kap., normalt 5 år):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oregistrerade kontakter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granska vad som ska gallras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spärra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Häv spärren</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gallra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn / form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senaste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spärr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gallringslogg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klientakt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kursdeltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oregistrerad kontakt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person i uppsökande arbete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 gallrade %3 × %4 (äldre än %5, regel %6 år)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inget har gallrats ännu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ja: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gallrat: %1 klientakter, %2 kursdeltagare, %3 oregistrerade kontakter, %4 alias i uppsökande arbete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undanlagda kopior av databasen (från återställningar och uppdateringar): %1, varav %2 äldre än %3 dagar tas bort vid gallringen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj en klientakt i listan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spärra mot gallring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Varför ska akten sparas?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n undanlagda kopior av databasen tas också bort.</source>
        <translation><numerusform>%n undanlagd kopia av databasen tas också bort.</numerusform><numerusform>%n undanlagda kopior av databasen tas också bort.</numerusform></translation>
    <extra-vagval-dictionary>%n undanlagd kopia av databasen tas också bort.%n undanlagda kopior av databasen tas också bort.</extra-vagval-dictionary></message>
    <message>
        <source>Gallra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 uppgifter raderas för gott, med journaltext och allt som hör till dem. Det går inte att ångra (utom genom att återställa en äldre säkerhetskopia). Spärrade akter lämnas kvar. Gallra nu?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kursdeltagares namn och telefon, alias i uppsökande arbete:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Att gallra: %1 klientakter, %2 kursdeltagare, %3 oregistrerade kontakter, %5 alias i uppsökande arbete. %4 spärrade.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gallrar och packar databasen…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reglerna är sparade.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionnaireModel</name>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändrad, inte sparad (sparat: %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionnaireTab</name>
    <message>
        <source>Före kursen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Efter kursen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara svaren</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enkät:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skriv 1–5 (1 = stämmer inte alls … 5 = stämmer helt): nästa påstående väljs. Enter går till nästa deltagare, Delete tar bort ett svar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara enkätsvaren?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enkätsvar är ändrade men inte sparade. Spara dem?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n ändrade svar, inte sparade</source>
        <translation><numerusform>%n ändrat svar, inte sparat</numerusform><numerusform>%n ändrade svar, inte sparade</numerusform></translation>
    <extra-vagval-dictionary>%n ändrat svar, inte sparat%n ändrade svar, inte sparade</extra-vagval-dictionary></message>
    <message>
        <source>Kurstypen har ingen enkät.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Den lediga platsen erbjuds nu %1, först i kön</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(tel. %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>svar senast %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 är nu: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 av %2 platser är tagna och %3 står redan i kön: %4 står nu på plats %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registrera ändå</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skäl att anmäla %1 ändå:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 är inte anmäld.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 tog platsen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 tackade nej och är avbokad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 svarade inte och står nu sist i kön.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flytta i kön</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny plats i kön för %1 (nu %2 av %3):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skäl (sparas i granskningsloggen):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 står nu på plats %2 i kön.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slutar i gruppen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sista dag i gruppen för %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 har slutat i gruppen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 är tillbaka i gruppen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gruppen är full: %1 står nu sist i kön.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Lås upp med återställningsnyckeln</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skriv in återställningsnyckeln från papperet eller PDF-filen som skapades med databasen, och ett nytt lösenord för en administratör. Övriga medarbetares lösenord ändras inte.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lås upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Återställningsnyckel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administratörens användarnamn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De två lösenorden är inte lika.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>Vägval – återställningsnyckel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enhet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skapad:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databas:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nyckeln kan låsa upp databasen om alla lösenord har glömts bort. Den som har nyckeln och databasfilen kan läsa allt i registret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Förvara papperet inlåst, till exempel i enhetens kassaskåp, och aldrig tillsammans med datorn eller säkerhetskopiorna.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Används så här: välj ”Glömt lösenordet?” på inloggningsskärmen, skriv in nyckeln och ett nytt lösenord för en administratör.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nyckeln visas bara en gång och sparas inte i klartext någonstans.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara återställningsnyckeln</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Spara som PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jag har skrivit ut eller sparat nyckeln på ett säkert ställe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparad: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skickad till skrivaren.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Återställningsnyckel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Om alla lösenord glöms bort kan databasen bara låsas upp med den här nyckeln. Den visas bara nu: skriv ut den eller spara den som PDF och förvara den inlåst.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skapar den krypterade databasen…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databasen kunde inte skapas: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegisterSettingsBox</name>
    <message>
        <source>Klientregistret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En stadsdel per rad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara stadsdelarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny egen uppföljningsfråga</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lägg till frågan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stadsdelar (valbara på klientkortet):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppföljningsfrågor vid avslut:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stadsdelarna är sparade.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegistrationEditing</name>
    <message>
        <source>%1 är ändrad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 är borttagen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Det finns inget annat kommande kurstillfälle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flytta anmälan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flytta %1 till:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 är flyttad till %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort anmälan för %1? Använd det bara när anmälan var fel; den som avbokar får statusen avbokad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anmälan för %1 är borttagen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegistrationsTab</name>
    <message>
        <source>Anmäl deltagare… (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slutar i gruppen…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra deltagare…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flytta till annat tillfälle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort anmälan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flytta i kön…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svar på erbjuden plats:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ja, tar platsen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nej, tackar nej</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svarar inte (sist i kön)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tillbaka i gruppen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Följer av närvaron: rätta närvaron i stället</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 av %2 platser i gruppen, %3 i kön</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 av %2 platser, %3 i kön, minst %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sista anmälningsdag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(passerad)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegistrationsTableModel</name>
    <message>
        <source>(slutat %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(svar senast %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(sent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(anonym)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plats i kön</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I kön sedan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbjuden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anmäld</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RelationsTab</name>
    <message>
        <source>Kod, t.ex. K-2026-014</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Koppla som anhörig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registrera par med</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort kopplingen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anhöriga till klienten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klienten är anhörig till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inga</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parets personer:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Varför tas det bort?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj en säkerhetskopia (.vvbak) och logga in med det lösenord som gällde när kopian gjordes. Du ser vad kopian innehåller innan något ändras. Den nuvarande databasen läggs åt sidan i samma mapp, den raderas inte.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databasen är skadad: krypteringskontrollen hittade sidor som har ändrats eller inte kan läsas. Inget har skrivits i den. Återställ den senaste hela säkerhetskopian.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jag har inte lösenordet – använd återställningsnyckeln</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visa innehåll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Återställ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Säkerhetskopia:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Användarnamn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lösenord:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Återställningsnyckel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nytt lösenord:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upprepa lösenordet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administratör i kopian:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj säkerhetskopia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vägval-säkerhetskopior (*.vvbak)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj en säkerhetskopia och skriv användarnamn och lösenord.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj en säkerhetskopia och skriv administratörens användarnamn och återställningsnyckeln.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontrollerar kopian…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Kopian kommer från en annan enhet (%1) än databasen här (%2). Återställ bara om %2 verkligen ska ersättas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lösenorden är inte lika.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kopian är från en ANNAN enhet: %1. Databasen här hör till %2 och ersätts helt av %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Återställ databasen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databasen ersätts med kopian från %1. Den nuvarande databasen läggs åt sidan i en mapp med namnet ”…replaced-&lt;tid&gt;” bredvid den. Fortsätta?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Återställer…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <source>Vad raden räknar av måttet: en arena, ett material …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namnet i tabellen, t.ex. ”Uppsök (antal kontakter)”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>från ÅÅÅÅ-MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Första månaden raden räknades; månader före visas med tecknet nedan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flytta upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flytta ned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alla</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Vägval – ny databas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Börja använda Vägval</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistik</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nyckeltal per månad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klienter i perioden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per kommun och kostnadsfördelning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verksamhetsberättelse (år)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kostnadsfördelning…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skriv texterna…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fastställ perioden…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparar periodens siffror så att senare gallring inte ändrar dem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nyckeltalsrader…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vilka rader tabellen har och vad de heter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>År</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kvartal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Månad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Förra kvartalet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hittills i år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Egen period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jämför med året innan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dölj små tal (färre än 3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>För rapporter som lämnar enheten: antal personer under 3 visas som ”..”, och så många fler celler att inget dolt tal kan räknas fram ur summorna.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rapport:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nyckeltal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Förhandsgranska och skriv ut…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verksamhetsberättelse %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per kommun %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klienter %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Årssammanställning av nyckeltal %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nyckeltal kvartal %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nyckeltal %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fastställd %1 av %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Förändring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (året innan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Din roll får inte se posterna bakom siffran.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fastställ på nytt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 är fastställd. Ersätta de sparade siffrorna med dagens? Skälet sparas i granskningsloggen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fastställ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fastställa %1? Siffrorna för perioden och varje kvartal och månad i den sparas som de är nu och ändras inte av senare gallring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fastställ på nytt…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perioden är fastställd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utskrivet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fastställd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 av %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sekretess: innehåller inga personuppgifter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>.. = dolt: färre än 3 personer, eller dolt så att ett litet tal inte kan räknas fram ur summorna.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spara statistik</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>..: färre än 3 personer, eller dolt så att ett litet tal inte kan räknas fram ur summorna.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sparad: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tillgänglighet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utfall vid avslut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grupper och kurser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppsökande arbete och utbildning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enkäter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Ny brukarenkät</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brukarenkät %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ett påstående per rad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>År:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Påståenden:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svarsalternativ (bäst först):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SurveyResponsesDialog</name>
    <message>
        <source>Inmatade svar – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inmatad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rätta…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rätta formuläret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ett svar per påstående (0 = obesvarat):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formuläret är rättat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort formuläret %1 (%2)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formuläret är borttaget.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SurveyTab</name>
    <message>
        <source>Ny enkät…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inmatade svar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Byt namn…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort enkäten…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ett svar per påstående, t.ex. 1123 (0 = obesvarat), Enter sparar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Påstående</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mata in pappersenkäterna:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 enkäter inmatade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Byt namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enkätens namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort enkäten %1 och de %2 formulär som matats in i den?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Samtal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bokat besök</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Besök</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal, rättelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orosanmälan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orosanmälan avslutad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ärendet öppnat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ärendet avslutat</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>När</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detaljer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inget har hänt än. Boka ett besök eller registrera ett samtal (Ctrl+K).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Välkommen till Vägval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vägval håller enhetens klienter, samtal, kurser och statistik i en krypterad databas på den här datorn. Börja med enhetens namn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t.ex. KAST Malmö</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enhetens namn:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnregisteredContactsDialog</name>
    <message>
        <source>Oregistrerade kontakter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Från:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>till:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n kontakter</source>
        <translation><numerusform>%n kontakt</numerusform><numerusform>%n kontakter</numerusform></translation>
    <extra-vagval-dictionary>%n kontakt%n kontakter</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort kontakten %1? Den räknas inte längre i statistiken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontakten är borttagen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnregisteredContactsModel</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Målgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medarbetare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anteckning</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Användarhandbok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Användarhandboken saknas i installationen (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Avstängd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aktiv – tillfälligt lösenord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aktiv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Användarnamn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VagvalApp</name>
    <message>
        <source>Öppna en Vägval-databas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vägval-databaser (*.db)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Registrera en vecka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontakter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mejl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arena:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fyll i minst en dag.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Uppsökande och utbildning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>År </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importera…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arena</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontakter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mejl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anteckning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny registrering…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registrera en vecka…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Välj en rad i listan först.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ändra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publik</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ny…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yrke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minuter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppsökande</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Studiebesök och utbildning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konsultationer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brukarenkät</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verksamhetsmål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (av %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontakter i år: %1, varav nya: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 tillfällen, %2 deltagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 konsultationer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta bort registreringen från %1? Den räknas inte längre i statistiken.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>YearlyReport</name>
    <message>
        <source>1. Verksamhetsbeskrivning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(Ingen text skriven ännu.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2. Viktiga förändringar under året</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operativt mål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aktivitet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Måluppfyllelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tillgänglighet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utfall vid avslut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1.1 Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1.2 Uppdrag/målgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1.3 Innehåll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3.1 Kommunfullmäktiges mål som verksamheten har förhållit sig till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3.2 Verksamhetsmål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3.4 Vad har vi uppnått under året</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4.1 Genomförd kompetensutvecklingsplan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5. Sammanfattning/slutsatser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ansvarig: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3.3 Operativa mål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kommentar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skala 1–3: 1 = ej uppnått, 2 = delvis uppnått, 3 = fullt uppnått.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fastställda siffror (%1, %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Räknat när rapporten skrevs ut; inte fastställt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klienter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grupper och kurser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per kommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>..: färre än %1 personer, eller dolt så att ett litet tal inte kan räknas fram ur summorna.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3.5 Årssammanställning av nyckeltal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3. Måluppfyllelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4. Medarbetarfrågor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enkäter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avsnitt som inte är med</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Din roll får inte läsa underlaget till: %1. Be en administratör skriva ut hela rapporten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Innehåll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sekretess: sammanräknade antal, inga personuppgifter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppsökande arbete och utbildning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verksamhetsberättelse %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>YearlyTexts</name>
    <message>
        <source>1.1 Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1.2 Uppdrag/målgrupp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1.3 Innehåll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2. Viktiga förändringar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3.1 Kommunfullmäktiges mål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3.2 Verksamhetsmål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3.4 Vad vi har uppnått</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4.1 Kompetensutveckling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5. Sammanfattning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klienter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tillgänglighet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utfall vid avslut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grupper och kurser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uppsökande arbete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enkäter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per kommun</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>YearlyTextsDialog</name>
    <message>
        <source>Verksamhetsberättelse %1 – texter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verksamhet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sektion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Förvaltning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ansvarig:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avsnitt med siffror efter nyckeltalen (tas bort när de saknar uppgifter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kapitel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Försättsblad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avsnitt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inget är skrivet för %1 än: texterna från %2 är ifyllda som start.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>ActivitiesTableModel</name>
    <message>
        <source>(+%1 i kön)</source>
        <translation>(+%1 in the queue)</translation>
    <extra-vagval-dictionary>(+%1 in the queue)</extra-vagval-dictionary></message>
    <message>
        <source>inställd</source>
        <translation>cancelled</translation>
    <extra-vagval-dictionary>cancelled</extra-vagval-dictionary></message>
    <message>
        <source>avslutad</source>
        <translation>finished</translation>
    <extra-vagval-dictionary>finished</extra-vagval-dictionary></message>
    <message>
        <source>pågår</source>
        <translation>ongoing</translation>
    <extra-vagval-dictionary>ongoing</extra-vagval-dictionary></message>
    <message>
        <source>planerad</source>
        <translation>planned</translation>
    <extra-vagval-dictionary>planned</extra-vagval-dictionary></message>
    <message>
        <source>närvaro saknas (%1)</source>
        <translation>attendance missing (%1)</translation>
    <extra-vagval-dictionary>attendance missing (%1)</extra-vagval-dictionary></message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    <extra-vagval-dictionary>Name</extra-vagval-dictionary></message>
    <message>
        <source>Kurstyp</source>
        <translation>Course type</translation>
    <extra-vagval-dictionary>Course type</extra-vagval-dictionary></message>
    <message>
        <source>Första träffen</source>
        <translation>First meeting</translation>
    <extra-vagval-dictionary>First meeting</extra-vagval-dictionary></message>
    <message>
        <source>Sista träffen</source>
        <translation>Last meeting</translation>
    <extra-vagval-dictionary>Last meeting</extra-vagval-dictionary></message>
    <message>
        <source>Platser</source>
        <translation>Places</translation>
    <extra-vagval-dictionary>Places</extra-vagval-dictionary></message>
    <message>
        <source>Läge</source>
        <translation>State</translation>
    <extra-vagval-dictionary>State</extra-vagval-dictionary></message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Träffar</source>
        <translation>Meetings</translation>
    <extra-vagval-dictionary>Meetings</extra-vagval-dictionary></message>
    <message>
        <source>Anmälningar</source>
        <translation>Registrations</translation>
    <extra-vagval-dictionary>Registrations</extra-vagval-dictionary></message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    <extra-vagval-dictionary>Attendance</extra-vagval-dictionary></message>
    <message>
        <source>Enkät</source>
        <translation>Questionnaire</translation>
    <extra-vagval-dictionary>Questionnaire</extra-vagval-dictionary></message>
    <message>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    <extra-vagval-dictionary>Summary</extra-vagval-dictionary></message>
    <message>
        <source>Deltagarlista…</source>
        <translation>Participant list…</translation>
    <extra-vagval-dictionary>Participant list…</extra-vagval-dictionary></message>
    <message>
        <source>Bjud in…</source>
        <translation>Invite…</translation>
    <extra-vagval-dictionary>Invite…</extra-vagval-dictionary></message>
    <message>
        <source>Intyg…</source>
        <translation>Certificate…</translation>
    <extra-vagval-dictionary>Certificate…</extra-vagval-dictionary></message>
    <message>
        <source>Sammanfattning…</source>
        <translation>Summary…</translation>
    <extra-vagval-dictionary>Summary…</extra-vagval-dictionary></message>
    <message>
        <source>Exportera kalender…</source>
        <translation>Export calendar…</translation>
    <extra-vagval-dictionary>Export calendar…</extra-vagval-dictionary></message>
    <message>
        <source>Ändra uppgifter…</source>
        <translation>Change details…</translation>
    <extra-vagval-dictionary>Change details…</extra-vagval-dictionary></message>
    <message>
        <source>Lägg till träff…</source>
        <translation>Add meeting…</translation>
    <extra-vagval-dictionary>Add meeting…</extra-vagval-dictionary></message>
    <message>
        <source>Ställ in…</source>
        <translation>Cancel…</translation>
    <extra-vagval-dictionary>Cancel…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort…</source>
        <translation>Remove…</translation>
    <extra-vagval-dictionary>Remove…</extra-vagval-dictionary></message>
    <message>
        <source>%1 (inställd %2)</source>
        <translation>%1 (cancelled %2)</translation>
    <extra-vagval-dictionary>%1 (cancelled %2)</extra-vagval-dictionary></message>
    <message>
        <source>Träffen är inställd.</source>
        <translation>The meeting is cancelled.</translation>
    <extra-vagval-dictionary>The meeting is cancelled.</extra-vagval-dictionary></message>
    <message>
        <source>Träffen är flyttad.</source>
        <translation>The meeting is moved.</translation>
    <extra-vagval-dictionary>The meeting is moved.</extra-vagval-dictionary></message>
    <message>
        <source>Antalet är sparat: %1.</source>
        <translation>The count is saved: %1.</translation>
    <extra-vagval-dictionary>The count is saved: %1.</extra-vagval-dictionary></message>
    <message>
        <source>Närvaron är sparad.</source>
        <translation>The attendance is saved.</translation>
    <extra-vagval-dictionary>The attendance is saved.</extra-vagval-dictionary></message>
    <message>
        <source>Svaren är sparade.</source>
        <translation>The answers are saved.</translation>
    <extra-vagval-dictionary>The answers are saved.</extra-vagval-dictionary></message>
</context>
<context>
    <name>ActivityEditing</name>
    <message>
        <source>Ta bort träffen %1? Använd det när den lades till av misstag.</source>
        <translation>Remove the meeting %1? Use this when it was added by mistake.</translation>
    <extra-vagval-dictionary>Remove the meeting %1? Use this when it was added by mistake.</extra-vagval-dictionary></message>
    <message>
        <source>Träffen är borttagen.</source>
        <translation>The meeting has been removed.</translation>
    <extra-vagval-dictionary>The meeting has been removed.</extra-vagval-dictionary></message>
    <message>
        <source>Uppgifterna är sparade.</source>
        <translation>The details are saved.</translation>
    <extra-vagval-dictionary>The details are saved.</extra-vagval-dictionary></message>
    <message>
        <source>Träffen är tillagd.</source>
        <translation>The meeting has been added.</translation>
    <extra-vagval-dictionary>The meeting has been added.</extra-vagval-dictionary></message>
    <message>
        <source>Ställa in %1? Alla träffar från och med idag ställs in. Det som redan hållits (närvaro, statistik) finns kvar.</source>
        <translation>Cancel %1? Every meeting from today on is cancelled. What has already been held (attendance, statistics) is kept.</translation>
    <extra-vagval-dictionary>Cancel %1? Every meeting from today on is cancelled. What has already been held (attendance, statistics) is kept.</extra-vagval-dictionary></message>
    <message>
        <source>Den är inställd.</source>
        <translation>It is cancelled.</translation>
    <extra-vagval-dictionary>It is cancelled.</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort %1 helt? Det går bara när ingen har anmälts.</source>
        <translation>Remove %1 entirely? This is only possible when nobody has been registered.</translation>
    <extra-vagval-dictionary>Remove %1 entirely? This is only possible when nobody has been registered.</extra-vagval-dictionary></message>
</context>
<context>
    <name>ActivityPrintouts</name>
    <message>
        <source>Skriva ut eller spara som PDF?</source>
        <translation>Print or save as PDF?</translation>
    <extra-vagval-dictionary>Print or save as PDF?</extra-vagval-dictionary></message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    <extra-vagval-dictionary>Save as PDF…</extra-vagval-dictionary></message>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    <extra-vagval-dictionary>Print…</extra-vagval-dictionary></message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    <extra-vagval-dictionary>PDF files (*.pdf)</extra-vagval-dictionary></message>
    <message>
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    <extra-vagval-dictionary>Saved: %1</extra-vagval-dictionary></message>
    <message>
        <source>Inget intyg: %1 har inte deltagit i någon hållen träff (närvaro registrerad). Ett intyg skrivs bara för den som har varit här.</source>
        <translation>No certificate: %1 has not attended any held meeting (attendance recorded). A certificate is written only for someone who was there.</translation>
    <extra-vagval-dictionary>No certificate: %1 has not attended any held meeting (attendance recorded). A certificate is written only for someone who was there.</extra-vagval-dictionary></message>
    <message>
        <source>%1 inbjudna: se Inbjuden under Anmälningar.</source>
        <translation>%1 invited: see Invited under Registrations.</translation>
    <extra-vagval-dictionary>%1 invited: see Invited under Registrations.</extra-vagval-dictionary></message>
    <message>
        <source>Välj en deltagare under Anmälningar först.</source>
        <translation>Choose a participant under Registrations first.</translation>
    <extra-vagval-dictionary>Choose a participant under Registrations first.</extra-vagval-dictionary></message>
    <message>
        <source>Exportera kalender</source>
        <translation>Export calendar</translation>
    <extra-vagval-dictionary>Export calendar</extra-vagval-dictionary></message>
    <message>
        <source>Kalenderfiler (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    <extra-vagval-dictionary>Calendar files (*.ics)</extra-vagval-dictionary></message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Första administratören</source>
        <translation>First administrator</translation>
    <extra-vagval-dictionary>First administrator</extra-vagval-dictionary></message>
    <message>
        <source>Administratören lägger sedan till övriga medarbetare; var och en får ett eget användarnamn och lösenord.</source>
        <translation>The administrator then adds the other staff; each gets their own username and password.</translation>
    <extra-vagval-dictionary>The administrator then adds the other staff; each gets their own username and password.</extra-vagval-dictionary></message>
    <message>
        <source>t.ex. anna.berg</source>
        <translation>e.g. anna.berg</translation>
    <extra-vagval-dictionary>e.g. anna.berg</extra-vagval-dictionary></message>
    <message>
        <source>t.ex. Anna Berg</source>
        <translation>e.g. Anna Berg</translation>
    <extra-vagval-dictionary>e.g. Anna Berg</extra-vagval-dictionary></message>
    <message>
        <source>Användarnamn:</source>
        <translation>Username:</translation>
    <extra-vagval-dictionary>Username:</extra-vagval-dictionary></message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    <extra-vagval-dictionary>Name:</extra-vagval-dictionary></message>
    <message>
        <source>Skapa databasen</source>
        <translation>Create the database</translation>
    <extra-vagval-dictionary>Create the database</extra-vagval-dictionary></message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    <extra-vagval-dictionary>Administration</extra-vagval-dictionary></message>
    <message>
        <source>Ny medarbetare…</source>
        <translation>New staff member…</translation>
    <extra-vagval-dictionary>New staff member…</extra-vagval-dictionary></message>
    <message>
        <source>Återställ lösenord…</source>
        <translation>Reset password…</translation>
    <extra-vagval-dictionary>Reset password…</extra-vagval-dictionary></message>
    <message>
        <source>Stäng av</source>
        <translation>Disable</translation>
    <extra-vagval-dictionary>Disable</extra-vagval-dictionary></message>
    <message>
        <source>Aktivera…</source>
        <translation>Enable…</translation>
    <extra-vagval-dictionary>Enable…</extra-vagval-dictionary></message>
    <message>
        <source>Medarbetare</source>
        <translation>Staff</translation>
    <extra-vagval-dictionary>Staff</extra-vagval-dictionary></message>
    <message>
        <source> minuter</source>
        <translation> minutes</translation>
    <extra-vagval-dictionary> minutes</extra-vagval-dictionary></message>
    <message>
        <source>Till exempel 87,5 % med en decimal</source>
        <translation>For example 87.5 % with one decimal</translation>
    <extra-vagval-dictionary>For example 87.5 % with one decimal</extra-vagval-dictionary></message>
    <message>
        <source> dagar</source>
        <translation> days</translation>
    <extra-vagval-dictionary> days</extra-vagval-dictionary></message>
    <message>
        <source>Så länge hålls en ledig plats åt den som står först på väntelistan</source>
        <translation>How long a free place is held for the first on the waiting list</translation>
    <extra-vagval-dictionary>How long a free place is held for the first on the waiting list</extra-vagval-dictionary></message>
    <message>
        <source>Spara inställningarna</source>
        <translation>Save settings</translation>
    <extra-vagval-dictionary>Save settings</extra-vagval-dictionary></message>
    <message>
        <source>Ny återställningsnyckel…</source>
        <translation>New recovery key…</translation>
    <extra-vagval-dictionary>New recovery key…</extra-vagval-dictionary></message>
    <message>
        <source>Byt krypteringsnycklar…</source>
        <translation>Change encryption keys…</translation>
    <extra-vagval-dictionary>Change encryption keys…</extra-vagval-dictionary></message>
    <message>
        <source>Efter att någon slutat: gamla nyckelfiler och kopior öppnar inget nytt</source>
        <translation>After someone has left: old key files and copies open nothing new</translation>
    <extra-vagval-dictionary>After someone has left: old key files and copies open nothing new</extra-vagval-dictionary></message>
    <message>
        <source>Dubbletter bland kursdeltagare…</source>
        <translation>Duplicate course participants…</translation>
    <extra-vagval-dictionary>Duplicate course participants…</extra-vagval-dictionary></message>
    <message>
        <source>Journalmallar…</source>
        <translation>Note templates…</translation>
    <extra-vagval-dictionary>Note templates…</extra-vagval-dictionary></message>
    <message>
        <source>Enheten</source>
        <translation>The unit</translation>
    <extra-vagval-dictionary>The unit</extra-vagval-dictionary></message>
    <message>
        <source>Enhetens namn:</source>
        <translation>Unit name:</translation>
    <extra-vagval-dictionary>Unit name:</extra-vagval-dictionary></message>
    <message>
        <source>Lås automatiskt efter:</source>
        <translation>Lock automatically after:</translation>
    <extra-vagval-dictionary>Lock automatically after:</extra-vagval-dictionary></message>
    <message>
        <source>Svarstid för erbjuden plats:</source>
        <translation>Answer time for an offered place:</translation>
    <extra-vagval-dictionary>Answer time for an offered place:</extra-vagval-dictionary></message>
    <message>
        <source>Decimaler i procent i rapporterna:</source>
        <translation>Decimals of percentages in reports:</translation>
    <extra-vagval-dictionary>Decimals of percentages in reports:</extra-vagval-dictionary></message>
    <message>
        <source>Medarbetare och enheten</source>
        <translation>Staff and the unit</translation>
    <extra-vagval-dictionary>Staff and the unit</extra-vagval-dictionary></message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    <extra-vagval-dictionary>Backups</extra-vagval-dictionary></message>
    <message>
        <source>Gallring</source>
        <translation>Purging</translation>
    <extra-vagval-dictionary>Purging</extra-vagval-dictionary></message>
    <message>
        <source>Granskningslogg</source>
        <translation>Audit log</translation>
    <extra-vagval-dictionary>Audit log</extra-vagval-dictionary></message>
    <message>
        <source>Vägval</source>
        <translation>Vägval</translation>
    <extra-vagval-dictionary>Vägval</extra-vagval-dictionary></message>
    <message>
        <source>Återställ lösenordet för %1?</source>
        <translation>Reset the password of %1?</translation>
    <extra-vagval-dictionary>Reset the password of %1?</extra-vagval-dictionary></message>
    <message>
        <source>Nytt tillfälligt lösenord för %1: %2

Lämna det personligen; det måste bytas vid nästa inloggning.</source>
        <translation>New temporary password for %1: %2

Hand it over in person; it must be changed at the next login.</translation>
    <extra-vagval-dictionary>New temporary password for %1: %2

Hand it over in person; it must be changed at the next login.</extra-vagval-dictionary></message>
    <message>
        <source>Stänga av %1? Kontot kan inte längre logga in.</source>
        <translation>Disable %1? The account will no longer be able to log in.</translation>
    <extra-vagval-dictionary>Disable %1? The account will no longer be able to log in.</extra-vagval-dictionary></message>
    <message>
        <source>%1 är avstängd.</source>
        <translation>%1 is disabled.</translation>
    <extra-vagval-dictionary>%1 is disabled.</extra-vagval-dictionary></message>
    <message>
        <source>%1 är aktiverad igen med det tillfälliga lösenordet %2.</source>
        <translation>%1 is enabled again with the temporary password %2.</translation>
    <extra-vagval-dictionary>%1 is enabled again with the temporary password %2.</extra-vagval-dictionary></message>
    <message>
        <source>Inställningarna är sparade.</source>
        <translation>The settings are saved.</translation>
    <extra-vagval-dictionary>The settings are saved.</extra-vagval-dictionary></message>
    <message>
        <source>Skapa en ny återställningsnyckel? Den gamla slutar fungera direkt.</source>
        <translation>Create a new recovery key? The old one stops working at once.</translation>
    <extra-vagval-dictionary>Create a new recovery key? The old one stops working at once.</extra-vagval-dictionary></message>
    <message>
        <source>Byta krypteringsnycklar? Varje del av databasen krypteras om med nya nycklar och alla aktiva konton får dem. Gamla kopior av nyckelfilen och äldre säkerhetskopior öppnar inget som sparas från och med nu. Gör en ny säkerhetskopia efteråt. Det tar några sekunder till några minuter.</source>
        <translation>Change the encryption keys? Every part of the database is re-encrypted under new keys and every active account gets them. Old copies of the key file and older backups open nothing saved from now on. Make a new backup afterwards. It takes a few seconds to a few minutes.</translation>
    <extra-vagval-dictionary>Change the encryption keys? Every part of the database is re-encrypted under new keys and every active account gets them. Old copies of the key file and older backups open nothing saved from now on. Make a new backup afterwards. It takes a few seconds to a few minutes.</extra-vagval-dictionary></message>
    <message>
        <source>Krypterar om databasen…</source>
        <translation>Re-encrypting the database…</translation>
    <extra-vagval-dictionary>Re-encrypting the database…</extra-vagval-dictionary></message>
    <message>
        <source>Byt krypteringsnycklar</source>
        <translation>Change encryption keys</translation>
    <extra-vagval-dictionary>Change encryption keys</extra-vagval-dictionary></message>
    <message>
        <source>Nya krypteringsnycklar är i bruk. Gör en ny säkerhetskopia nu.</source>
        <translation>New encryption keys are in use. Make a new backup now.</translation>
    <extra-vagval-dictionary>New encryption keys are in use. Make a new backup now.</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n konton från före uppdateringen måste få nya lösenord.</source>
        <translation><numerusform>%n account from before the update must be given a new password.</numerusform><numerusform>%n accounts from before the update must be given new passwords.</numerusform></translation>
    <extra-vagval-dictionary>%n account from before the update must be given a new password.%n accounts from before the update must be given new passwords.</extra-vagval-dictionary></message>
    <message>
        <source>Ny återställningsnyckel</source>
        <translation>New recovery key</translation>
    <extra-vagval-dictionary>New recovery key</extra-vagval-dictionary></message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    <extra-vagval-dictionary>Present</extra-vagval-dictionary></message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    <extra-vagval-dictionary>Participants</extra-vagval-dictionary></message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Alla närvarande</source>
        <translation>All present</translation>
    <extra-vagval-dictionary>All present</extra-vagval-dictionary></message>
    <message>
        <source>Spara närvaron</source>
        <translation>Save attendance</translation>
    <extra-vagval-dictionary>Save attendance</extra-vagval-dictionary></message>
    <message>
        <source>Spara antalet</source>
        <translation>Save the count</translation>
    <extra-vagval-dictionary>Save the count</extra-vagval-dictionary></message>
    <message>
        <source>Träff:</source>
        <translation>Meeting:</translation>
    <extra-vagval-dictionary>Meeting:</extra-vagval-dictionary></message>
    <message>
        <source>Antal utan namn:</source>
        <translation>Count without names:</translation>
    <extra-vagval-dictionary>Count without names:</extra-vagval-dictionary></message>
    <message>
        <source>Mellanslag kryssar i, piltangenterna flyttar.</source>
        <translation>Space ticks, the arrow keys move.</translation>
    <extra-vagval-dictionary>Space ticks, the arrow keys move.</extra-vagval-dictionary></message>
    <message>
        <source>Spara närvaron?</source>
        <translation>Save the attendance?</translation>
    <extra-vagval-dictionary>Save the attendance?</extra-vagval-dictionary></message>
    <message>
        <source>Närvaron för %1 är ändrad men inte sparad. Spara den?</source>
        <translation>The attendance for %1 is changed but not saved. Save it?</translation>
    <extra-vagval-dictionary>The attendance for %1 is changed but not saved. Save it?</extra-vagval-dictionary></message>
    <message>
        <source>%1 deltagare</source>
        <translation>%1 participants</translation>
    <extra-vagval-dictionary>%1 participants</extra-vagval-dictionary></message>
    <message>
        <source>ej registrerad</source>
        <translation>not recorded</translation>
    <extra-vagval-dictionary>not recorded</extra-vagval-dictionary></message>
    <message>
        <source>Ingen träff har ägt rum ännu.</source>
        <translation>No meeting has taken place yet.</translation>
    <extra-vagval-dictionary>No meeting has taken place yet.</extra-vagval-dictionary></message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Klientkod, t.ex. K-2026-014</source>
        <translation>Client code, e.g. K-2026-014</translation>
    <extra-vagval-dictionary>Client code, e.g. K-2026-014</extra-vagval-dictionary></message>
    <message>
        <source>Sök</source>
        <translation>Search</translation>
    <extra-vagval-dictionary>Search</extra-vagval-dictionary></message>
    <message>
        <source>Klient:</source>
        <translation>Client:</translation>
    <extra-vagval-dictionary>Client:</extra-vagval-dictionary></message>
    <message>
        <source>Medarbetare:</source>
        <translation>Staff member:</translation>
    <extra-vagval-dictionary>Staff member:</extra-vagval-dictionary></message>
    <message>
        <source>Från:</source>
        <translation>From:</translation>
    <extra-vagval-dictionary>From:</extra-vagval-dictionary></message>
    <message>
        <source>Till:</source>
        <translation>To:</translation>
    <extra-vagval-dictionary>To:</extra-vagval-dictionary></message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    <extra-vagval-dictionary>Time</extra-vagval-dictionary></message>
    <message>
        <source>Medarbetare</source>
        <translation>Staff</translation>
    <extra-vagval-dictionary>Staff</extra-vagval-dictionary></message>
    <message>
        <source>Händelse</source>
        <translation>Event</translation>
    <extra-vagval-dictionary>Event</extra-vagval-dictionary></message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    <extra-vagval-dictionary>What</extra-vagval-dictionary></message>
    <message>
        <source>Klient</source>
        <translation>Client</translation>
    <extra-vagval-dictionary>Client</extra-vagval-dictionary></message>
    <message>
        <source>Detalj</source>
        <translation>Detail</translation>
    <extra-vagval-dictionary>Detail</extra-vagval-dictionary></message>
    <message>
        <source>Exportera…</source>
        <translation>Export…</translation>
    <extra-vagval-dictionary>Export…</extra-vagval-dictionary></message>
    <message>
        <source>Granskning klar…</source>
        <translation>Review done…</translation>
    <extra-vagval-dictionary>Review done…</extra-vagval-dictionary></message>
    <message>
        <source>Gjord</source>
        <translation>Made</translation>
    <extra-vagval-dictionary>Made</extra-vagval-dictionary></message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    <extra-vagval-dictionary>By</extra-vagval-dictionary></message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    <extra-vagval-dictionary>Period</extra-vagval-dictionary></message>
    <message>
        <source>Loggens ankare</source>
        <translation>Log anchor</translation>
    <extra-vagval-dictionary>Log anchor</extra-vagval-dictionary></message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    <extra-vagval-dictionary>Comment</extra-vagval-dictionary></message>
    <message>
        <source>Genomförda granskningar:</source>
        <translation>Reviews done:</translation>
    <extra-vagval-dictionary>Reviews done:</extra-vagval-dictionary></message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    <extra-vagval-dictionary>All</extra-vagval-dictionary></message>
    <message>
        <source>⚠ Loggens kedja är bruten vid rad %1</source>
        <translation>⚠ The log's chain is broken at row %1</translation>
    <extra-vagval-dictionary>⚠ The log's chain is broken at row %1</extra-vagval-dictionary></message>
    <message>
        <source>⚠ Loggen stämmer inte med sitt ankare vid rad %1 (kortad eller omskriven)</source>
        <translation>⚠ The log does not match its anchor at row %1 (cut short or rewritten)</translation>
    <extra-vagval-dictionary>⚠ The log does not match its anchor at row %1 (cut short or rewritten)</extra-vagval-dictionary></message>
    <message>
        <source>Loggens kedja är hel</source>
        <translation>The log's chain is whole</translation>
    <extra-vagval-dictionary>The log's chain is whole</extra-vagval-dictionary></message>
    <message>
        <source>Ingen klient har den koden.</source>
        <translation>No client has that code.</translation>
    <extra-vagval-dictionary>No client has that code.</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n händelser</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    <extra-vagval-dictionary>%n event%n events</extra-vagval-dictionary></message>
    <message>
        <source>Granskningslogg</source>
        <translation>Audit log</translation>
    <extra-vagval-dictionary>Audit log</extra-vagval-dictionary></message>
    <message>
        <source>alla</source>
        <translation>all</translation>
    <extra-vagval-dictionary>all</extra-vagval-dictionary></message>
    <message>
        <source>Utskrivet</source>
        <translation>Printed</translation>
    <extra-vagval-dictionary>Printed</extra-vagval-dictionary></message>
    <message>
        <source>Sekretess: innehåller uppgifter om klienter enligt OSL 26 kap.</source>
        <translation>Confidential: contains client information under OSL chapter 26.</translation>
    <extra-vagval-dictionary>Confidential: contains client information under OSL chapter 26.</extra-vagval-dictionary></message>
    <message>
        <source>Spara granskningsloggen</source>
        <translation>Save the audit log</translation>
    <extra-vagval-dictionary>Save the audit log</extra-vagval-dictionary></message>
    <message>
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    <extra-vagval-dictionary>Saved: %1</extra-vagval-dictionary></message>
    <message>
        <source>Granskning klar</source>
        <translation>Review done</translation>
    <extra-vagval-dictionary>Review done</extra-vagval-dictionary></message>
    <message>
        <source>Loggen för %1 – %2 är genomgången. Kommentar (vad som granskades, avvikelser):</source>
        <translation>The log for %1 – %2 has been reviewed. Comment (what was checked, deviations):</translation>
    <extra-vagval-dictionary>The log for %1 – %2 has been reviewed. Comment (what was checked, deviations):</extra-vagval-dictionary></message>
    <message>
        <source>Granskningen är registrerad.</source>
        <translation>The review is recorded.</translation>
    <extra-vagval-dictionary>The review is recorded.</extra-vagval-dictionary></message>
</context>
<context>
    <name>BackupAccountDialog</name>
    <message>
        <source>Konto för schemalagd säkerhetskopiering</source>
        <translation>Account for scheduled backups</translation>
    <extra-vagval-dictionary>Account for scheduled backups</extra-vagval-dictionary></message>
    <message>
        <source>Kontot kan bara kopiera de krypterade filerna: dess lösenord öppnar inga uppgifter. Lösenordet visas bara nu. Lägg det i den schemalagda uppgiftens miljövariabel VAGVAL_BACKUP_PASSWORD; ett tidigare konto slutar gälla.</source>
        <translation>The account can only copy the encrypted files: its password opens no records. The password is shown only now. Put it in the scheduled task's environment variable VAGVAL_BACKUP_PASSWORD; any earlier account stops working.</translation>
    <extra-vagval-dictionary>The account can only copy the encrypted files: its password opens no records. The password is shown only now. Put it in the scheduled task's environment variable VAGVAL_BACKUP_PASSWORD; any earlier account stops working.</extra-vagval-dictionary></message>
    <message>
        <source>Kopiera</source>
        <translation>Copy</translation>
    <extra-vagval-dictionary>Copy</extra-vagval-dictionary></message>
    <message>
        <source>Kopian görs bara när Vägval är stängt (t.ex. på natten). Den kommer med i granskningsloggen vid nästa inloggning.</source>
        <translation>The copy is made only while Vägval is closed (at night, for example). It enters the audit log at the next login.</translation>
    <extra-vagval-dictionary>The copy is made only while Vägval is closed (at night, for example). It enters the audit log at the next login.</extra-vagval-dictionary></message>
    <message>
        <source>Kommandot för den schemalagda uppgiften:</source>
        <translation>The scheduled task's command:</translation>
    <extra-vagval-dictionary>The scheduled task's command:</extra-vagval-dictionary></message>
</context>
<context>
    <name>BackupPreview</name>
    <message>
        <source>Klienter</source>
        <translation>Clients</translation>
    <extra-vagval-dictionary>Clients</extra-vagval-dictionary></message>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    <extra-vagval-dictionary>Contacts</extra-vagval-dictionary></message>
    <message>
        <source>Journalanteckningar</source>
        <translation>Journal notes</translation>
    <extra-vagval-dictionary>Journal notes</extra-vagval-dictionary></message>
    <message>
        <source>Kurser och grupper</source>
        <translation>Courses and groups</translation>
    <extra-vagval-dictionary>Courses and groups</extra-vagval-dictionary></message>
    <message>
        <source>Användare</source>
        <translation>User</translation>
    <extra-vagval-dictionary>User</extra-vagval-dictionary></message>
    <message>
        <source>Rader i granskningsloggen</source>
        <translation>Audit log rows</translation>
    <extra-vagval-dictionary>Audit log rows</extra-vagval-dictionary></message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    <extra-vagval-dictionary>Unit</extra-vagval-dictionary></message>
    <message>
        <source>Gjord</source>
        <translation>Made</translation>
    <extra-vagval-dictionary>Made</extra-vagval-dictionary></message>
    <message>
        <source>Kopian är hel: kontrollsummor, kryptering och antal rader stämmer.</source>
        <translation>The backup is sound: checksums, encryption and row counts match.</translation>
    <extra-vagval-dictionary>The backup is sound: checksums, encryption and row counts match.</extra-vagval-dictionary></message>
    <message>
        <source>Kopian är skadad och kan inte återställas: %1</source>
        <translation>The backup is damaged and cannot be restored: %1</translation>
    <extra-vagval-dictionary>The backup is damaged and cannot be restored: %1</extra-vagval-dictionary></message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>t.ex. ett USB-minne eller en nätverksmapp</source>
        <translation>e.g. a USB stick or a network folder</translation>
    <extra-vagval-dictionary>e.g. a USB stick or a network folder</extra-vagval-dictionary></message>
    <message>
        <source>Välj…</source>
        <translation>Choose…</translation>
    <extra-vagval-dictionary>Choose…</extra-vagval-dictionary></message>
    <message>
        <source> dagar</source>
        <translation> days</translation>
    <extra-vagval-dictionary> days</extra-vagval-dictionary></message>
    <message>
        <source>Spara inställningarna</source>
        <translation>Save settings</translation>
    <extra-vagval-dictionary>Save settings</extra-vagval-dictionary></message>
    <message>
        <source>Säkerhetskopiera nu</source>
        <translation>Back up now</translation>
    <extra-vagval-dictionary>Back up now</extra-vagval-dictionary></message>
    <message>
        <source>Gjord</source>
        <translation>Made</translation>
    <extra-vagval-dictionary>Made</extra-vagval-dictionary></message>
    <message>
        <source>Storlek</source>
        <translation>Size</translation>
    <extra-vagval-dictionary>Size</extra-vagval-dictionary></message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    <extra-vagval-dictionary>File</extra-vagval-dictionary></message>
    <message>
        <source>Kontrollera vald kopia</source>
        <translation>Check selected backup</translation>
    <extra-vagval-dictionary>Check selected backup</extra-vagval-dictionary></message>
    <message>
        <source>Återställ från säkerhetskopia…</source>
        <translation>Restore from backup…</translation>
    <extra-vagval-dictionary>Restore from backup…</extra-vagval-dictionary></message>
    <message>
        <source>Skapa konto…</source>
        <translation>Create account…</translation>
    <extra-vagval-dictionary>Create account…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort kontot…</source>
        <translation>Remove the account…</translation>
    <extra-vagval-dictionary>Remove the account…</extra-vagval-dictionary></message>
    <message>
        <source>Mapp för säkerhetskopior:</source>
        <translation>Backup folder:</translation>
    <extra-vagval-dictionary>Backup folder:</extra-vagval-dictionary></message>
    <message>
        <source>Påminn när senaste kopian är äldre än:</source>
        <translation>Remind when the last backup is older than:</translation>
    <extra-vagval-dictionary>Remind when the last backup is older than:</extra-vagval-dictionary></message>
    <message>
        <source>Senaste säkerhetskopia:</source>
        <translation>Last backup:</translation>
    <extra-vagval-dictionary>Last backup:</extra-vagval-dictionary></message>
    <message>
        <source>Kopiorna är krypterade med samma nyckel som databasen och öppnas med samma lösenord eller återställningsnyckeln. Mappen rensas automatiskt: de senaste 7 dagarna, 4 veckorna och 12 månaderna sparas.</source>
        <translation>Backups are encrypted with the same key as the database and open with the same passwords or the recovery key. The folder is cleaned automatically: the last 7 days, 4 weeks and 12 months are kept.</translation>
    <extra-vagval-dictionary>Backups are encrypted with the same key as the database and open with the same passwords or the recovery key. The folder is cleaned automatically: the last 7 days, 4 weeks and 12 months are kept.</extra-vagval-dictionary></message>
    <message>
        <source>Schemalagd säkerhetskopiering</source>
        <translation>Scheduled backups</translation>
    <extra-vagval-dictionary>Scheduled backups</extra-vagval-dictionary></message>
    <message>
        <source>ingen ännu</source>
        <translation>none yet</translation>
    <extra-vagval-dictionary>none yet</extra-vagval-dictionary></message>
    <message>
        <source>dags att säkerhetskopiera</source>
        <translation>time to back up</translation>
    <extra-vagval-dictionary>time to back up</extra-vagval-dictionary></message>
    <message>
        <source>Välj mapp för säkerhetskopior</source>
        <translation>Choose backup folder</translation>
    <extra-vagval-dictionary>Choose backup folder</extra-vagval-dictionary></message>
    <message>
        <source>Inställningarna är sparade.</source>
        <translation>The settings are saved.</translation>
    <extra-vagval-dictionary>The settings are saved.</extra-vagval-dictionary></message>
    <message>
        <source>Säkerhetskopierar…</source>
        <translation>Backing up…</translation>
    <extra-vagval-dictionary>Backing up…</extra-vagval-dictionary></message>
    <message>
        <source>Säkerhetskopia</source>
        <translation>Backup</translation>
    <extra-vagval-dictionary>Backup</extra-vagval-dictionary></message>
    <message>
        <source>Säkerhetskopian är gjord och kontrollerad: %1</source>
        <translation>The backup is made and checked: %1</translation>
    <extra-vagval-dictionary>The backup is made and checked: %1</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n äldre kopior rensades enligt rotationen.</source>
        <translation><numerusform>%n older backup was removed by the rotation.</numerusform><numerusform>%n older backups were removed by the rotation.</numerusform></translation>
    <extra-vagval-dictionary>%n older backup was removed by the rotation.%n older backups were removed by the rotation.</extra-vagval-dictionary></message>
    <message>
        <source>Välj en kopia i listan.</source>
        <translation>Choose a backup in the list.</translation>
    <extra-vagval-dictionary>Choose a backup in the list.</extra-vagval-dictionary></message>
    <message>
        <source>Kontrollerar %1…</source>
        <translation>Checking %1…</translation>
    <extra-vagval-dictionary>Checking %1…</extra-vagval-dictionary></message>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    <extra-vagval-dictionary>Restore from backup</extra-vagval-dictionary></message>
    <message>
        <source>För att återställa loggas du ut; återställningen görs sedan från inloggningsfönstret. Logga ut nu?</source>
        <translation>To restore you are logged out; the restore is then done from the login window. Log out now?</translation>
    <extra-vagval-dictionary>To restore you are logged out; the restore is then done from the login window. Log out now?</extra-vagval-dictionary></message>
    <message>
        <source>Det finns ett konto för schemalagd säkerhetskopiering.</source>
        <translation>There is an account for scheduled backups.</translation>
    <extra-vagval-dictionary>There is an account for scheduled backups.</extra-vagval-dictionary></message>
    <message>
        <source>Inget konto för schemalagd säkerhetskopiering. Ett sådant konto kan bara kopiera de krypterade filerna, inte läsa något.</source>
        <translation>No account for scheduled backups. Such an account can only copy the encrypted files, not read anything.</translation>
    <extra-vagval-dictionary>No account for scheduled backups. Such an account can only copy the encrypted files, not read anything.</extra-vagval-dictionary></message>
    <message>
        <source>Nytt lösenord…</source>
        <translation>New password…</translation>
    <extra-vagval-dictionary>New password…</extra-vagval-dictionary></message>
    <message>
        <source>Ge kontot ett nytt lösenord? Det gamla slutar gälla direkt.</source>
        <translation>Give the account a new password? The old one stops working at once.</translation>
    <extra-vagval-dictionary>Give the account a new password? The old one stops working at once.</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort kontot? Schemalagda säkerhetskopior med det slutar fungera.</source>
        <translation>Remove the account? Scheduled backups that use it stop working.</translation>
    <extra-vagval-dictionary>Remove the account? Scheduled backups that use it stop working.</extra-vagval-dictionary></message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Boka besök – %1</source>
        <translation>Book a visit – %1</translation>
    <extra-vagval-dictionary>Book a visit – %1</extra-vagval-dictionary></message>
    <message>
        <source>Flytta besök – %1</source>
        <translation>Move visit – %1</translation>
    <extra-vagval-dictionary>Move visit – %1</extra-vagval-dictionary></message>
    <message>
        <source> min</source>
        <translation> min</translation>
    <extra-vagval-dictionary> min</extra-vagval-dictionary></message>
    <message>
        <source>t.ex. Rum 2 (valfritt)</source>
        <translation>e.g. Room 2 (optional)</translation>
    <extra-vagval-dictionary>e.g. Room 2 (optional)</extra-vagval-dictionary></message>
    <message>
        <source>t.ex. tolk behövs (valfri)</source>
        <translation>e.g. interpreter needed (optional)</translation>
    <extra-vagval-dictionary>e.g. interpreter needed (optional)</extra-vagval-dictionary></message>
    <message>
        <source>Dag och tid:</source>
        <translation>Day and time:</translation>
    <extra-vagval-dictionary>Day and time:</extra-vagval-dictionary></message>
    <message>
        <source>Längd:</source>
        <translation>Length:</translation>
    <extra-vagval-dictionary>Length:</extra-vagval-dictionary></message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    <extra-vagval-dictionary>Form:</extra-vagval-dictionary></message>
    <message>
        <source>Hos:</source>
        <translation>With:</translation>
    <extra-vagval-dictionary>With:</extra-vagval-dictionary></message>
    <message>
        <source>Rum:</source>
        <translation>Room:</translation>
    <extra-vagval-dictionary>Room:</extra-vagval-dictionary></message>
    <message>
        <source>Anteckning:</source>
        <translation>Note:</translation>
    <extra-vagval-dictionary>Note:</extra-vagval-dictionary></message>
    <message>
        <source>Krock</source>
        <translation>Clash</translation>
    <extra-vagval-dictionary>Clash</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>Besöket är bokat, men samma tid har %n andra bokningar hos samma medarbetare eller i samma rum. De är markerade i kalendern.</source>
        <translation><numerusform>The visit is booked, but %n other booking has the same counsellor or room at that time. It is marked in the calendar.</numerusform><numerusform>The visit is booked, but %n other bookings have the same counsellor or room at that time. They are marked in the calendar.</numerusform></translation>
    <extra-vagval-dictionary>The visit is booked, but %n other booking has the same counsellor or room at that time. It is marked in the calendar.The visit is booked, but %n other bookings have the same counsellor or room at that time. They are marked in the calendar.</extra-vagval-dictionary></message>
</context>
<context>
    <name>BookingDocuments</name>
    <message>
        <source>krock</source>
        <translation>clash</translation>
    <extra-vagval-dictionary>clash</extra-vagval-dictionary></message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    <extra-vagval-dictionary>Day</extra-vagval-dictionary></message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    <extra-vagval-dictionary>Time</extra-vagval-dictionary></message>
    <message>
        <source>Klient</source>
        <translation>Client</translation>
    <extra-vagval-dictionary>Client</extra-vagval-dictionary></message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    <extra-vagval-dictionary>Form</extra-vagval-dictionary></message>
    <message>
        <source>Hos</source>
        <translation>With</translation>
    <extra-vagval-dictionary>With</extra-vagval-dictionary></message>
    <message>
        <source>Rum</source>
        <translation>Room</translation>
    <extra-vagval-dictionary>Room</extra-vagval-dictionary></message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    <extra-vagval-dictionary>Status</extra-vagval-dictionary></message>
    <message>
        <source>Inga bokade besök.</source>
        <translation>No booked visits.</translation>
    <extra-vagval-dictionary>No booked visits.</extra-vagval-dictionary></message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    <extra-vagval-dictionary>Unit</extra-vagval-dictionary></message>
    <message>
        <source>Utskrivet</source>
        <translation>Printed</translation>
    <extra-vagval-dictionary>Printed</extra-vagval-dictionary></message>
    <message>
        <source>Sekretess: klienter med kod, inga namn</source>
        <translation>Confidential: clients by code, no names</translation>
    <extra-vagval-dictionary>Confidential: clients by code, no names</extra-vagval-dictionary></message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Bokningar</source>
        <translation>Bookings</translation>
    <extra-vagval-dictionary>Bookings</extra-vagval-dictionary></message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    <extra-vagval-dictionary>Day</extra-vagval-dictionary></message>
    <message>
        <source>Vecka</source>
        <translation>Week</translation>
    <extra-vagval-dictionary>Week</extra-vagval-dictionary></message>
    <message>
        <source>Vecka, timmar</source>
        <translation>Week, hours</translation>
    <extra-vagval-dictionary>Week, hours</extra-vagval-dictionary></message>
    <message>
        <source>Mina</source>
        <translation>Mine</translation>
    <extra-vagval-dictionary>Mine</extra-vagval-dictionary></message>
    <message>
        <source>Hela enheten</source>
        <translation>The whole unit</translation>
    <extra-vagval-dictionary>The whole unit</extra-vagval-dictionary></message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    <extra-vagval-dictionary>Today</extra-vagval-dictionary></message>
    <message>
        <source>Föregående dag eller vecka</source>
        <translation>Previous day or week</translation>
    <extra-vagval-dictionary>Previous day or week</extra-vagval-dictionary></message>
    <message>
        <source>Nästa dag eller vecka</source>
        <translation>Next day or week</translation>
    <extra-vagval-dictionary>Next day or week</extra-vagval-dictionary></message>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    <extra-vagval-dictionary>Print…</extra-vagval-dictionary></message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    <extra-vagval-dictionary>Save as PDF…</extra-vagval-dictionary></message>
    <message>
        <source>Kalenderfil (ICS)…</source>
        <translation>Calendar file (ICS)…</translation>
    <extra-vagval-dictionary>Calendar file (ICS)…</extra-vagval-dictionary></message>
    <message>
        <source>För den egna kalendern: klienternas koder, inga namn</source>
        <translation>For your own calendar: the clients' codes, no names</translation>
    <extra-vagval-dictionary>For your own calendar: the clients' codes, no names</extra-vagval-dictionary></message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    <extra-vagval-dictionary>Time</extra-vagval-dictionary></message>
    <message>
        <source>Klient</source>
        <translation>Client</translation>
    <extra-vagval-dictionary>Client</extra-vagval-dictionary></message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    <extra-vagval-dictionary>Form</extra-vagval-dictionary></message>
    <message>
        <source>Hos</source>
        <translation>With</translation>
    <extra-vagval-dictionary>With</extra-vagval-dictionary></message>
    <message>
        <source>Rum</source>
        <translation>Room</translation>
    <extra-vagval-dictionary>Room</extra-vagval-dictionary></message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    <extra-vagval-dictionary>Status</extra-vagval-dictionary></message>
    <message>
        <source>Bokade besök %1 (%2)</source>
        <translation>Booked visits %1 (%2)</translation>
    <extra-vagval-dictionary>Booked visits %1 (%2)</extra-vagval-dictionary></message>
    <message>
        <source>Bokade besök %1–%2 (%3)</source>
        <translation>Booked visits %1–%2 (%3)</translation>
    <extra-vagval-dictionary>Booked visits %1–%2 (%3)</extra-vagval-dictionary></message>
    <message>
        <source>⚠ krock med %1</source>
        <translation>⚠ clashes with %1</translation>
    <extra-vagval-dictionary>⚠ clashes with %1</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n bokade besök</source>
        <translation><numerusform>%n booked visit</numerusform><numerusform>%n booked visits</numerusform></translation>
    <extra-vagval-dictionary>%n booked visit%n booked visits</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n krockar</source>
        <translation><numerusform>%n clash</numerusform><numerusform>%n clashes</numerusform></translation>
    <extra-vagval-dictionary>%n clash%n clashes</extra-vagval-dictionary></message>
    <message>
        <source>Inga bokade besök de här dagarna. Boka ett besök från klientkortet.</source>
        <translation>No visits booked on these days. Book a visit from the client card.</translation>
    <extra-vagval-dictionary>No visits booked on these days. Book a visit from the client card.</extra-vagval-dictionary></message>
    <message>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    <extra-vagval-dictionary>Save as PDF</extra-vagval-dictionary></message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    <extra-vagval-dictionary>PDF files (*.pdf)</extra-vagval-dictionary></message>
    <message>
        <source>Spara kalenderfil</source>
        <translation>Save calendar file</translation>
    <extra-vagval-dictionary>Save calendar file</extra-vagval-dictionary></message>
    <message>
        <source>Kalenderfiler (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    <extra-vagval-dictionary>Calendar files (*.ics)</extra-vagval-dictionary></message>
    <message>
        <source>Besök %1</source>
        <translation>Visit %1</translation>
    <extra-vagval-dictionary>Visit %1</extra-vagval-dictionary></message>
    <message>
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    <extra-vagval-dictionary>Saved: %1</extra-vagval-dictionary></message>
</context>
<context>
    <name>BookingsTab</name>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    <extra-vagval-dictionary>Time</extra-vagval-dictionary></message>
    <message>
        <source>Längd</source>
        <translation>Length</translation>
    <extra-vagval-dictionary>Length</extra-vagval-dictionary></message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    <extra-vagval-dictionary>Form</extra-vagval-dictionary></message>
    <message>
        <source>Hos</source>
        <translation>With</translation>
    <extra-vagval-dictionary>With</extra-vagval-dictionary></message>
    <message>
        <source>Rum</source>
        <translation>Room</translation>
    <extra-vagval-dictionary>Room</extra-vagval-dictionary></message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    <extra-vagval-dictionary>Status</extra-vagval-dictionary></message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    <extra-vagval-dictionary>Note</extra-vagval-dictionary></message>
    <message>
        <source>Boka besök…</source>
        <translation>Book a visit…</translation>
    <extra-vagval-dictionary>Book a visit…</extra-vagval-dictionary></message>
    <message>
        <source>Flytta…</source>
        <translation>Move…</translation>
    <extra-vagval-dictionary>Move…</extra-vagval-dictionary></message>
    <message>
        <source>Genomfört…</source>
        <translation>Held…</translation>
    <extra-vagval-dictionary>Held…</extra-vagval-dictionary></message>
    <message>
        <source>Uteblev</source>
        <translation>No-shows</translation>
    <extra-vagval-dictionary>No-shows</extra-vagval-dictionary></message>
    <message>
        <source>Avboka</source>
        <translation>Cancel visit</translation>
    <extra-vagval-dictionary>Cancel visit</extra-vagval-dictionary></message>
    <message>
        <source>Öppna igen</source>
        <translation>Open again</translation>
    <extra-vagval-dictionary>Open again</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort…</source>
        <translation>Remove…</translation>
    <extra-vagval-dictionary>Remove…</extra-vagval-dictionary></message>
    <message>
        <source>Avbokad av klienten</source>
        <translation>Cancelled by the client</translation>
    <extra-vagval-dictionary>Cancelled by the client</extra-vagval-dictionary></message>
    <message>
        <source>Avbokad av oss</source>
        <translation>Cancelled by us</translation>
    <extra-vagval-dictionary>Cancelled by us</extra-vagval-dictionary></message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    <extra-vagval-dictionary>%1 min</extra-vagval-dictionary></message>
    <message>
        <source>Nästa besök: %1</source>
        <translation>Next visit: %1</translation>
    <extra-vagval-dictionary>Next visit: %1</extra-vagval-dictionary></message>
    <message>
        <source>Inget besök bokat.</source>
        <translation>No visit booked.</translation>
    <extra-vagval-dictionary>No visit booked.</extra-vagval-dictionary></message>
    <message>
        <source>Genomfört besök</source>
        <translation>Visit held</translation>
    <extra-vagval-dictionary>Visit held</extra-vagval-dictionary></message>
    <message>
        <source>Besöket blir ett samtal %1. Vilken typ av samtal?</source>
        <translation>The visit becomes a contact %1. What kind of contact?</translation>
    <extra-vagval-dictionary>The visit becomes a contact %1. What kind of contact?</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort bokning</source>
        <translation>Remove booking</translation>
    <extra-vagval-dictionary>Remove booking</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort bokningen %1? Gör det bara om den bokades av misstag; ett besök som ställdes in avbokas i stället.</source>
        <translation>Remove the booking %1? Only do so if it was booked by mistake; a visit that was called off is cancelled instead.</translation>
    <extra-vagval-dictionary>Remove the booking %1? Only do so if it was booked by mistake; a visit that was called off is cancelled instead.</extra-vagval-dictionary></message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>mån</source>
        <translation>Mon</translation>
    <extra-vagval-dictionary>Mon</extra-vagval-dictionary></message>
    <message>
        <source>tis</source>
        <translation>Tue</translation>
    <extra-vagval-dictionary>Tue</extra-vagval-dictionary></message>
    <message>
        <source>ons</source>
        <translation>Wed</translation>
    <extra-vagval-dictionary>Wed</extra-vagval-dictionary></message>
    <message>
        <source>tor</source>
        <translation>Thu</translation>
    <extra-vagval-dictionary>Thu</extra-vagval-dictionary></message>
    <message>
        <source>fre</source>
        <translation>Fri</translation>
    <extra-vagval-dictionary>Fri</extra-vagval-dictionary></message>
    <message>
        <source>lör</source>
        <translation>Sat</translation>
    <extra-vagval-dictionary>Sat</extra-vagval-dictionary></message>
    <message>
        <source>sön</source>
        <translation>Sun</translation>
    <extra-vagval-dictionary>Sun</extra-vagval-dictionary></message>
    <message>
        <source>inställd</source>
        <translation>cancelled</translation>
    <extra-vagval-dictionary>cancelled</extra-vagval-dictionary></message>
    <message>
        <source>+%1 till</source>
        <translation>+%1 more</translation>
    <extra-vagval-dictionary>+%1 more</extra-vagval-dictionary></message>
    <message>
        <source>v. %1</source>
        <translation>w. %1</translation>
    <extra-vagval-dictionary>w. %1</extra-vagval-dictionary></message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>januari</source>
        <translation>January</translation>
    <extra-vagval-dictionary>January</extra-vagval-dictionary></message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    <extra-vagval-dictionary>February</extra-vagval-dictionary></message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    <extra-vagval-dictionary>March</extra-vagval-dictionary></message>
    <message>
        <source>april</source>
        <translation>April</translation>
    <extra-vagval-dictionary>April</extra-vagval-dictionary></message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    <extra-vagval-dictionary>May</extra-vagval-dictionary></message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    <extra-vagval-dictionary>June</extra-vagval-dictionary></message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    <extra-vagval-dictionary>July</extra-vagval-dictionary></message>
    <message>
        <source>augusti</source>
        <translation>August</translation>
    <extra-vagval-dictionary>August</extra-vagval-dictionary></message>
    <message>
        <source>september</source>
        <translation>September</translation>
    <extra-vagval-dictionary>September</extra-vagval-dictionary></message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    <extra-vagval-dictionary>October</extra-vagval-dictionary></message>
    <message>
        <source>november</source>
        <translation>November</translation>
    <extra-vagval-dictionary>November</extra-vagval-dictionary></message>
    <message>
        <source>december</source>
        <translation>December</translation>
    <extra-vagval-dictionary>December</extra-vagval-dictionary></message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    <extra-vagval-dictionary>Month</extra-vagval-dictionary></message>
    <message>
        <source>Vecka</source>
        <translation>Week</translation>
    <extra-vagval-dictionary>Week</extra-vagval-dictionary></message>
    <message>
        <source>Idag</source>
        <translation>Today</translation>
    <extra-vagval-dictionary>Today</extra-vagval-dictionary></message>
    <message>
        <source>⚠ = krock: samma lokal eller samma ledare samtidigt (hovra för att se med vad). Dubbelklicka för att öppna.</source>
        <translation>⚠ = clash: the same room or leader at the same time (hover to see with what). Double-click to open.</translation>
    <extra-vagval-dictionary>⚠ = clash: the same room or leader at the same time (hover to see with what). Double-click to open.</extra-vagval-dictionary></message>
    <message>
        <source>Vecka %1, %2</source>
        <translation>Week %1, %2</translation>
    <extra-vagval-dictionary>Week %1, %2</extra-vagval-dictionary></message>
</context>
<context>
    <name>CardDocument</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    <extra-vagval-dictionary>Date</extra-vagval-dictionary></message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    <extra-vagval-dictionary>Form</extra-vagval-dictionary></message>
    <message>
        <source>Typ</source>
        <translation>Kind</translation>
    <extra-vagval-dictionary>Kind</extra-vagval-dictionary></message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    <extra-vagval-dictionary>Min</extra-vagval-dictionary></message>
    <message>
        <source>Medarbetare</source>
        <translation>Staff</translation>
    <extra-vagval-dictionary>Staff</extra-vagval-dictionary></message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    <extra-vagval-dictionary>Note</extra-vagval-dictionary></message>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    <extra-vagval-dictionary>Overview</extra-vagval-dictionary></message>
    <message>
        <source>Samtal</source>
        <translation>Contacts</translation>
    <extra-vagval-dictionary>Contacts</extra-vagval-dictionary></message>
    <message>
        <source>Inga samtal.</source>
        <translation>No contacts.</translation>
    <extra-vagval-dictionary>No contacts.</extra-vagval-dictionary></message>
    <message>
        <source>(ersatt av rättelse)</source>
        <translation>(replaced by a correction)</translation>
    <extra-vagval-dictionary>(replaced by a correction)</extra-vagval-dictionary></message>
    <message>
        <source>orosanmälan till</source>
        <translation>report of concern to</translation>
    <extra-vagval-dictionary>report of concern to</extra-vagval-dictionary></message>
    <message>
        <source>pågår</source>
        <translation>ongoing</translation>
    <extra-vagval-dictionary>ongoing</extra-vagval-dictionary></message>
    <message>
        <source>öppen</source>
        <translation>open</translation>
    <extra-vagval-dictionary>open</extra-vagval-dictionary></message>
    <message>
        <source>avslutad %1</source>
        <translation>closed %1</translation>
    <extra-vagval-dictionary>closed %1</extra-vagval-dictionary></message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    <extra-vagval-dictionary>Journal</extra-vagval-dictionary></message>
    <message>
        <source>Inga anteckningar.</source>
        <translation>No notes.</translation>
    <extra-vagval-dictionary>No notes.</extra-vagval-dictionary></message>
    <message>
        <source>Anhörig</source>
        <translation>Relative</translation>
    <extra-vagval-dictionary>Relative</extra-vagval-dictionary></message>
    <message>
        <source>Anhörig till</source>
        <translation>Relative of</translation>
    <extra-vagval-dictionary>Relative of</extra-vagval-dictionary></message>
    <message>
        <source>I paret</source>
        <translation>In the couple</translation>
    <extra-vagval-dictionary>In the couple</extra-vagval-dictionary></message>
    <message>
        <source>Del av paret</source>
        <translation>Part of the couple</translation>
    <extra-vagval-dictionary>Part of the couple</extra-vagval-dictionary></message>
    <message>
        <source>Relationer</source>
        <translation>Relations</translation>
    <extra-vagval-dictionary>Relations</extra-vagval-dictionary></message>
    <message>
        <source>Inga.</source>
        <translation>None.</translation>
    <extra-vagval-dictionary>None.</extra-vagval-dictionary></message>
    <message>
        <source>Barn</source>
        <translation>Children</translation>
    <extra-vagval-dictionary>Children</extra-vagval-dictionary></message>
    <message>
        <source>Barn under 18 år</source>
        <translation>Children under 18</translation>
    <extra-vagval-dictionary>Children under 18</extra-vagval-dictionary></message>
    <message>
        <source>Bor med barnen</source>
        <translation>Lives with the children</translation>
    <extra-vagval-dictionary>Lives with the children</extra-vagval-dictionary></message>
    <message>
        <source>Avslut och historik</source>
        <translation>Closing and history</translation>
    <extra-vagval-dictionary>Closing and history</extra-vagval-dictionary></message>
    <message>
        <source>Klientkort %1</source>
        <translation>Client card %1</translation>
    <extra-vagval-dictionary>Client card %1</extra-vagval-dictionary></message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    <extra-vagval-dictionary>Unit</extra-vagval-dictionary></message>
    <message>
        <source>Utskrivet %1 av %2 – sekretessbelagda uppgifter</source>
        <translation>Printed %1 by %2 – confidential information</translation>
    <extra-vagval-dictionary>Printed %1 by %2 – confidential information</extra-vagval-dictionary></message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Byt lösenord</source>
        <translation>Change password</translation>
    <extra-vagval-dictionary>Change password</extra-vagval-dictionary></message>
    <message>
        <source>Du har ett tillfälligt lösenord. Välj ett eget lösenord innan du fortsätter.</source>
        <translation>You have a temporary password. Choose your own password before you continue.</translation>
    <extra-vagval-dictionary>You have a temporary password. Choose your own password before you continue.</extra-vagval-dictionary></message>
    <message>
        <source>Nuvarande lösenord:</source>
        <translation>Current password:</translation>
    <extra-vagval-dictionary>Current password:</extra-vagval-dictionary></message>
    <message>
        <source>De två lösenorden är inte lika.</source>
        <translation>The two passwords are not the same.</translation>
    <extra-vagval-dictionary>The two passwords are not the same.</extra-vagval-dictionary></message>
</context>
<context>
    <name>ChapterEditor</name>
    <message>
        <source>Rubrik</source>
        <translation>Heading</translation>
    <extra-vagval-dictionary>Heading</extra-vagval-dictionary></message>
    <message>
        <source>• Lista</source>
        <translation>• List</translation>
    <extra-vagval-dictionary>• List</extra-vagval-dictionary></message>
    <message>
        <source>1. Lista</source>
        <translation>1. List</translation>
    <extra-vagval-dictionary>1. List</extra-vagval-dictionary></message>
    <message>
        <source>Fet</source>
        <translation>Bold</translation>
    <extra-vagval-dictionary>Bold</extra-vagval-dictionary></message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <source>Spara svaren</source>
        <translation>Save the answers</translation>
    <extra-vagval-dictionary>Save the answers</extra-vagval-dictionary></message>
    <message>
        <source>Har klienten barn under 18 år?</source>
        <translation>Does the client have children under 18?</translation>
    <extra-vagval-dictionary>Does the client have children under 18?</extra-vagval-dictionary></message>
    <message>
        <source>Bor klienten med barnen?</source>
        <translation>Does the client live with the children?</translation>
    <extra-vagval-dictionary>Does the client live with the children?</extra-vagval-dictionary></message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    <extra-vagval-dictionary>Date</extra-vagval-dictionary></message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    <extra-vagval-dictionary>To</extra-vagval-dictionary></message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    <extra-vagval-dictionary>Status</extra-vagval-dictionary></message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    <extra-vagval-dictionary>By</extra-vagval-dictionary></message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    <extra-vagval-dictionary>Note</extra-vagval-dictionary></message>
    <message>
        <source>Ny orosanmälan…</source>
        <translation>New report of concern…</translation>
    <extra-vagval-dictionary>New report of concern…</extra-vagval-dictionary></message>
    <message>
        <source>Orosanmälningar</source>
        <translation>Reports of concern</translation>
    <extra-vagval-dictionary>Reports of concern</extra-vagval-dictionary></message>
    <message>
        <source>Ingen orosanmälan registrerad.</source>
        <translation>No report of concern registered.</translation>
    <extra-vagval-dictionary>No report of concern registered.</extra-vagval-dictionary></message>
    <message>
        <source>Avsluta vald</source>
        <translation>Close the selected one</translation>
    <extra-vagval-dictionary>Close the selected one</extra-vagval-dictionary></message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    <extra-vagval-dictionary>Edit…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort…</source>
        <translation>Remove…</translation>
    <extra-vagval-dictionary>Remove…</extra-vagval-dictionary></message>
    <message>
        <source>öppen</source>
        <translation>open</translation>
    <extra-vagval-dictionary>open</extra-vagval-dictionary></message>
    <message>
        <source>avslutad %1</source>
        <translation>closed %1</translation>
    <extra-vagval-dictionary>closed %1</extra-vagval-dictionary></message>
</context>
<context>
    <name>ClashWarning</name>
    <message>
        <source>samma lokal och ledare</source>
        <translation>same room and leader</translation>
    <extra-vagval-dictionary>same room and leader</extra-vagval-dictionary></message>
    <message>
        <source>samma lokal</source>
        <translation>same room</translation>
    <extra-vagval-dictionary>same room</extra-vagval-dictionary></message>
    <message>
        <source>samma ledare</source>
        <translation>same leader</translation>
    <extra-vagval-dictionary>same leader</extra-vagval-dictionary></message>
    <message>
        <source>krock med %1 %2 (%3)</source>
        <translation>clashes with %1 %2 (%3)</translation>
    <extra-vagval-dictionary>clashes with %1 %2 (%3)</extra-vagval-dictionary></message>
    <message>
        <source>Krock i kalendern</source>
        <translation>Calendar clash</translation>
    <extra-vagval-dictionary>Calendar clash</extra-vagval-dictionary></message>
    <message>
        <source>Samma lokal eller ledare är upptagen samtidigt:

%1

Spara ändå?</source>
        <translation>The same room or leader is busy at the same time:

%1

Save anyway?</translation>
    <extra-vagval-dictionary>The same room or leader is busy at the same time:

%1

Save anyway?</extra-vagval-dictionary></message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>par</source>
        <translation>couple</translation>
    <extra-vagval-dictionary>couple</extra-vagval-dictionary></message>
    <message>
        <source>(anonym)</source>
        <translation>(anonymous)</translation>
    <extra-vagval-dictionary>(anonymous)</extra-vagval-dictionary></message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    <extra-vagval-dictionary>Code</extra-vagval-dictionary></message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    <extra-vagval-dictionary>Name</extra-vagval-dictionary></message>
    <message>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    <extra-vagval-dictionary>Personal identity number</extra-vagval-dictionary></message>
    <message>
        <source>Ålder</source>
        <translation>Age</translation>
    <extra-vagval-dictionary>Age</extra-vagval-dictionary></message>
    <message>
        <source>Kön</source>
        <translation>Gender</translation>
    <extra-vagval-dictionary>Gender</extra-vagval-dictionary></message>
    <message>
        <source>Hemkommun</source>
        <translation>Home municipality</translation>
    <extra-vagval-dictionary>Home municipality</extra-vagval-dictionary></message>
    <message>
        <source>Stadsdel</source>
        <translation>City district</translation>
    <extra-vagval-dictionary>City district</extra-vagval-dictionary></message>
    <message>
        <source>Målgrupp</source>
        <translation>Target group</translation>
    <extra-vagval-dictionary>Target group</extra-vagval-dictionary></message>
    <message>
        <source>Kom via</source>
        <translation>Referred by</translation>
    <extra-vagval-dictionary>Referred by</extra-vagval-dictionary></message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    <extra-vagval-dictionary>Responsible</extra-vagval-dictionary></message>
    <message>
        <source>Bad om hjälp</source>
        <translation>Asked for help</translation>
    <extra-vagval-dictionary>Asked for help</extra-vagval-dictionary></message>
    <message>
        <source>Första erbjudna tid</source>
        <translation>First time offered</translation>
    <extra-vagval-dictionary>First time offered</extra-vagval-dictionary></message>
    <message>
        <source>Väntat</source>
        <translation>Waited</translation>
    <extra-vagval-dictionary>Waited</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n dagar</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    <extra-vagval-dictionary>%n day%n days</extra-vagval-dictionary></message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    <extra-vagval-dictionary>Status</extra-vagval-dictionary></message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    <extra-vagval-dictionary>Active</extra-vagval-dictionary></message>
    <message>
        <source>Avslutad %1</source>
        <translation>Closed %1</translation>
    <extra-vagval-dictionary>Closed %1</extra-vagval-dictionary></message>
    <message>
        <source>Parets personer</source>
        <translation>The couple's persons</translation>
    <extra-vagval-dictionary>The couple's persons</extra-vagval-dictionary></message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    <extra-vagval-dictionary>Save as PDF…</extra-vagval-dictionary></message>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    <extra-vagval-dictionary>Print…</extra-vagval-dictionary></message>
    <message>
        <source>Förhandsgranska…</source>
        <translation>Preview…</translation>
    <extra-vagval-dictionary>Preview…</extra-vagval-dictionary></message>
    <message>
        <source>Registerutdrag…</source>
        <translation>Register extract…</translation>
    <extra-vagval-dictionary>Register extract…</extra-vagval-dictionary></message>
    <message>
        <source>Allt som finns om personen, som PDF (GDPR art. 15)</source>
        <translation>Everything held about the person, as PDF (GDPR art. 15)</translation>
    <extra-vagval-dictionary>Everything held about the person, as PDF (GDPR art. 15)</extra-vagval-dictionary></message>
    <message>
        <source>Tidslinje</source>
        <translation>Timeline</translation>
    <extra-vagval-dictionary>Timeline</extra-vagval-dictionary></message>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    <extra-vagval-dictionary>Overview</extra-vagval-dictionary></message>
    <message>
        <source>Samtal</source>
        <translation>Contacts</translation>
    <extra-vagval-dictionary>Contacts</extra-vagval-dictionary></message>
    <message>
        <source>Bokningar</source>
        <translation>Bookings</translation>
    <extra-vagval-dictionary>Bookings</extra-vagval-dictionary></message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    <extra-vagval-dictionary>Journal</extra-vagval-dictionary></message>
    <message>
        <source>Relationer</source>
        <translation>Relations</translation>
    <extra-vagval-dictionary>Relations</extra-vagval-dictionary></message>
    <message>
        <source>Barn</source>
        <translation>Children</translation>
    <extra-vagval-dictionary>Children</extra-vagval-dictionary></message>
    <message>
        <source>Avslut</source>
        <translation>Closing</translation>
    <extra-vagval-dictionary>Closing</extra-vagval-dictionary></message>
    <message>
        <source>Klientkort %1</source>
        <translation>Client card %1</translation>
    <extra-vagval-dictionary>Client card %1</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort samtalet %1? Det räknas inte längre i statistiken.</source>
        <translation>Remove the contact %1? It no longer counts in the statistics.</translation>
    <extra-vagval-dictionary>Remove the contact %1? It no longer counts in the statistics.</extra-vagval-dictionary></message>
    <message>
        <source>Ny journalanteckning</source>
        <translation>New journal note</translation>
    <extra-vagval-dictionary>New journal note</extra-vagval-dictionary></message>
    <message>
        <source>Rätta anteckning</source>
        <translation>Correct note</translation>
    <extra-vagval-dictionary>Correct note</extra-vagval-dictionary></message>
    <message>
        <source>Ingen klient har koden %1.</source>
        <translation>No client has the code %1.</translation>
    <extra-vagval-dictionary>No client has the code %1.</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort orosanmälan från %1?</source>
        <translation>Remove the report of concern from %1?</translation>
    <extra-vagval-dictionary>Remove the report of concern from %1?</extra-vagval-dictionary></message>
    <message>
        <source>Avsluta ärendet</source>
        <translation>Close the case</translation>
    <extra-vagval-dictionary>Close the case</extra-vagval-dictionary></message>
    <message>
        <source>En orosanmälan (%1, %2) är fortfarande öppen. Avsluta ärendet ändå? Anmälan förblir öppen tills du avslutar den under Barn.</source>
        <translation>A report of concern (%1, %2) is still open. Close the case anyway? The report stays open until you close it under Children.</translation>
    <extra-vagval-dictionary>A report of concern (%1, %2) is still open. Close the case anyway? The report stays open until you close it under Children.</extra-vagval-dictionary></message>
    <message>
        <source>Ångra avslutet</source>
        <translation>Undo the closing</translation>
    <extra-vagval-dictionary>Undo the closing</extra-vagval-dictionary></message>
    <message>
        <source>Ångra avslutet? Ärendet blir aktivt som om det aldrig avslutats, och avslutets orsak och uppföljningssvar tas bort ur statistiken. Avsluta det sedan på nytt med rätt datum och svar.</source>
        <translation>Undo the closing? The case becomes active as if it had never been closed, and the closing's reason and follow-up answers leave the statistics. Then close it again with the right date and answers.</translation>
    <extra-vagval-dictionary>Undo the closing? The case becomes active as if it had never been closed, and the closing's reason and follow-up answers leave the statistics. Then close it again with the right date and answers.</extra-vagval-dictionary></message>
    <message>
        <source>Spara klientkortet</source>
        <translation>Save the client card</translation>
    <extra-vagval-dictionary>Save the client card</extra-vagval-dictionary></message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    <extra-vagval-dictionary>PDF files (*.pdf)</extra-vagval-dictionary></message>
    <message>
        <source>Spara registerutdraget</source>
        <translation>Save the register extract</translation>
    <extra-vagval-dictionary>Save the register extract</extra-vagval-dictionary></message>
    <message>
        <source>Förhandsgranska %1</source>
        <translation>Preview %1</translation>
    <extra-vagval-dictionary>Preview %1</extra-vagval-dictionary></message>
    <message>
        <source>Sida %1 av %2</source>
        <translation>Page %1 of %2</translation>
    <extra-vagval-dictionary>Page %1 of %2</extra-vagval-dictionary></message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Ny klient</source>
        <translation>New client</translation>
    <extra-vagval-dictionary>New client</extra-vagval-dictionary></message>
    <message>
        <source>Ändra %1</source>
        <translation>Change %1</translation>
    <extra-vagval-dictionary>Change %1</extra-vagval-dictionary></message>
    <message>
        <source>Anonym klient (namn och personnummer kan inte anges)</source>
        <translation>Anonymous client (no name or personal identity number can be given)</translation>
    <extra-vagval-dictionary>Anonymous client (no name or personal identity number can be given)</extra-vagval-dictionary></message>
    <message>
        <source>ÅÅÅÅMMDD-NNNN</source>
        <translation>YYYYMMDD-NNNN</translation>
    <extra-vagval-dictionary>YYYYMMDD-NNNN</extra-vagval-dictionary></message>
    <message>
        <source>ej angivet</source>
        <translation>not given</translation>
    <extra-vagval-dictionary>not given</extra-vagval-dictionary></message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    <extra-vagval-dictionary>Name:</extra-vagval-dictionary></message>
    <message>
        <source>Personnummer eller samordningsnummer:</source>
        <translation>Personal identity or coordination number:</translation>
    <extra-vagval-dictionary>Personal identity or coordination number:</extra-vagval-dictionary></message>
    <message>
        <source>Födelseår:</source>
        <translation>Birth year:</translation>
    <extra-vagval-dictionary>Birth year:</extra-vagval-dictionary></message>
    <message>
        <source>Kön:</source>
        <translation>Gender:</translation>
    <extra-vagval-dictionary>Gender:</extra-vagval-dictionary></message>
    <message>
        <source>Hemkommun:</source>
        <translation>Home municipality:</translation>
    <extra-vagval-dictionary>Home municipality:</extra-vagval-dictionary></message>
    <message>
        <source>Stadsdel:</source>
        <translation>City district:</translation>
    <extra-vagval-dictionary>City district:</extra-vagval-dictionary></message>
    <message>
        <source>Målgrupp:</source>
        <translation>Target group:</translation>
    <extra-vagval-dictionary>Target group:</extra-vagval-dictionary></message>
    <message>
        <source>Kom via:</source>
        <translation>Referred by:</translation>
    <extra-vagval-dictionary>Referred by:</extra-vagval-dictionary></message>
    <message>
        <source>Bad om hjälp:</source>
        <translation>Asked for help:</translation>
    <extra-vagval-dictionary>Asked for help:</extra-vagval-dictionary></message>
    <message>
        <source>Första erbjudna tid:</source>
        <translation>First time offered:</translation>
    <extra-vagval-dictionary>First time offered:</extra-vagval-dictionary></message>
    <message>
        <source>Ansvarig:</source>
        <translation>Responsible:</translation>
    <extra-vagval-dictionary>Responsible:</extra-vagval-dictionary></message>
    <message>
        <source>Bara koden krävs; den skapas när du sparar. Allt annat kan fyllas i senare.</source>
        <translation>Only the code is required; it is made when you save. Everything else can be filled in later.</translation>
    <extra-vagval-dictionary>Only the code is required; it is made when you save. Everything else can be filled in later.</extra-vagval-dictionary></message>
    <message>
        <source>Klienten finns redan</source>
        <translation>The client already exists</translation>
    <extra-vagval-dictionary>The client already exists</extra-vagval-dictionary></message>
    <message>
        <source>Öppna den klienten i stället för att skapa en till?</source>
        <translation>Open that client instead of creating another?</translation>
    <extra-vagval-dictionary>Open that client instead of creating another?</extra-vagval-dictionary></message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    <extra-vagval-dictionary>Open</extra-vagval-dictionary></message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    <extra-vagval-dictionary>Cancel</extra-vagval-dictionary></message>
</context>
<context>
    <name>ClientReport</name>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    <extra-vagval-dictionary>Group</extra-vagval-dictionary></message>
    <message>
        <source>Antal</source>
        <translation>Number</translation>
    <extra-vagval-dictionary>Number</extra-vagval-dictionary></message>
    <message>
        <source>Andel</source>
        <translation>Share</translation>
    <extra-vagval-dictionary>Share</extra-vagval-dictionary></message>
    <message>
        <source>Klienter (unika personer)</source>
        <translation>Clients (unique persons)</translation>
    <extra-vagval-dictionary>Clients (unique persons)</extra-vagval-dictionary></message>
    <message>
        <source>Par</source>
        <translation>Couples</translation>
    <extra-vagval-dictionary>Couples</extra-vagval-dictionary></message>
    <message>
        <source>Samtal med klienter</source>
        <translation>Contacts with clients</translation>
    <extra-vagval-dictionary>Contacts with clients</extra-vagval-dictionary></message>
    <message>
        <source>Oregistrerade samtal</source>
        <translation>Unregistered contacts</translation>
    <extra-vagval-dictionary>Unregistered contacts</extra-vagval-dictionary></message>
    <message>
        <source>Anonyma</source>
        <translation>Anonymous</translation>
    <extra-vagval-dictionary>Anonymous</extra-vagval-dictionary></message>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    <extra-vagval-dictionary>Overview</extra-vagval-dictionary></message>
    <message>
        <source>Kön</source>
        <translation>Gender</translation>
    <extra-vagval-dictionary>Gender</extra-vagval-dictionary></message>
    <message>
        <source>Ålder</source>
        <translation>Age</translation>
    <extra-vagval-dictionary>Age</extra-vagval-dictionary></message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    <extra-vagval-dictionary>unknown</extra-vagval-dictionary></message>
    <message>
        <source>Anhöriga</source>
        <translation>Relatives</translation>
    <extra-vagval-dictionary>Relatives</extra-vagval-dictionary></message>
    <message>
        <source>Nya</source>
        <translation>New</translation>
    <extra-vagval-dictionary>New</extra-vagval-dictionary></message>
    <message>
        <source>Fortsättande</source>
        <translation>Continuing</translation>
    <extra-vagval-dictionary>Continuing</extra-vagval-dictionary></message>
    <message>
        <source>Andel anonyma</source>
        <translation>Share anonymous</translation>
    <extra-vagval-dictionary>Share anonymous</extra-vagval-dictionary></message>
    <message>
        <source>Målgrupp</source>
        <translation>Target group</translation>
    <extra-vagval-dictionary>Target group</extra-vagval-dictionary></message>
    <message>
        <source>Kom via</source>
        <translation>Referred by</translation>
    <extra-vagval-dictionary>Referred by</extra-vagval-dictionary></message>
    <message>
        <source>Hemkommun</source>
        <translation>Home municipality</translation>
    <extra-vagval-dictionary>Home municipality</extra-vagval-dictionary></message>
    <message>
        <source>Stadsdel</source>
        <translation>City district</translation>
    <extra-vagval-dictionary>City district</extra-vagval-dictionary></message>
    <message>
        <source>Ingen uppgift.</source>
        <translation>No data.</translation>
    <extra-vagval-dictionary>No data.</extra-vagval-dictionary></message>
    <message>
        <source>Klienter %1</source>
        <translation>Clients %1</translation>
    <extra-vagval-dictionary>Clients %1</extra-vagval-dictionary></message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    <extra-vagval-dictionary>Unit</extra-vagval-dictionary></message>
    <message>
        <source>Utskrivet</source>
        <translation>Printed</translation>
    <extra-vagval-dictionary>Printed</extra-vagval-dictionary></message>
    <message>
        <source>Sekretess: innehåller inga personuppgifter</source>
        <translation>Confidentiality: contains no personal data</translation>
    <extra-vagval-dictionary>Confidentiality: contains no personal data</extra-vagval-dictionary></message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Klienter</source>
        <translation>Clients</translation>
    <extra-vagval-dictionary>Clients</extra-vagval-dictionary></message>
    <message>
        <source>Sök på kod, namn, personnummer eller journalrubrik (Ctrl+F)</source>
        <translation>Search by code, name, personal identity number or journal heading (Ctrl+F)</translation>
    <extra-vagval-dictionary>Search by code, name, personal identity number or journal heading (Ctrl+F)</extra-vagval-dictionary></message>
    <message>
        <source>Aktiva</source>
        <translation>Active</translation>
    <extra-vagval-dictionary>Active</extra-vagval-dictionary></message>
    <message>
        <source>Avslutade</source>
        <translation>Closed</translation>
    <extra-vagval-dictionary>Closed</extra-vagval-dictionary></message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    <extra-vagval-dictionary>All</extra-vagval-dictionary></message>
    <message>
        <source>Väntar för länge</source>
        <translation>Waiting too long</translation>
    <extra-vagval-dictionary>Waiting too long</extra-vagval-dictionary></message>
    <message>
        <source>Alla målgrupper</source>
        <translation>All target groups</translation>
    <extra-vagval-dictionary>All target groups</extra-vagval-dictionary></message>
    <message>
        <source>Alla medarbetare</source>
        <translation>All staff</translation>
    <extra-vagval-dictionary>All staff</extra-vagval-dictionary></message>
    <message>
        <source>Anonyma och med namn</source>
        <translation>Anonymous and named</translation>
    <extra-vagval-dictionary>Anonymous and named</extra-vagval-dictionary></message>
    <message>
        <source>Bara anonyma</source>
        <translation>Anonymous only</translation>
    <extra-vagval-dictionary>Anonymous only</extra-vagval-dictionary></message>
    <message>
        <source>Bara med namn</source>
        <translation>Named only</translation>
    <extra-vagval-dictionary>Named only</extra-vagval-dictionary></message>
    <message>
        <source>Ny klient (Ctrl+N)</source>
        <translation>New client (Ctrl+N)</translation>
    <extra-vagval-dictionary>New client (Ctrl+N)</extra-vagval-dictionary></message>
    <message>
        <source>Nytt samtal (Ctrl+K)</source>
        <translation>New contact (Ctrl+K)</translation>
    <extra-vagval-dictionary>New contact (Ctrl+K)</extra-vagval-dictionary></message>
    <message>
        <source>Oregistrerad kontakt…</source>
        <translation>Unregistered contact…</translation>
    <extra-vagval-dictionary>Unregistered contact…</extra-vagval-dictionary></message>
    <message>
        <source>Oregistrerade kontakter…</source>
        <translation>Unregistered contacts…</translation>
    <extra-vagval-dictionary>Unregistered contacts…</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n klienter</source>
        <translation><numerusform>%n client</numerusform><numerusform>%n clients</numerusform></translation>
    <extra-vagval-dictionary>%n client%n clients</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n till bland alla klienter: välj ”Alla” för att se dem.</source>
        <translation><numerusform>%n more among all clients: choose “All” to see it.</numerusform><numerusform>%n more among all clients: choose “All” to see them.</numerusform></translation>
    <extra-vagval-dictionary>%n more among all clients: choose “All” to see it.%n more among all clients: choose “All” to see them.</extra-vagval-dictionary></message>
    <message>
        <source>Inga klienter ännu. Lägg upp den första med ”Ny klient” (Ctrl+N).</source>
        <translation>No clients yet. Add the first with “New client” (Ctrl+N).</translation>
    <extra-vagval-dictionary>No clients yet. Add the first with “New client” (Ctrl+N).</extra-vagval-dictionary></message>
</context>
<context>
    <name>ClientsTableModel</name>
    <message>
        <source>(anonym)</source>
        <translation>(anonymous)</translation>
    <extra-vagval-dictionary>(anonymous)</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n dagar</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    <extra-vagval-dictionary>%n day%n days</extra-vagval-dictionary></message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    <extra-vagval-dictionary>Active</extra-vagval-dictionary></message>
    <message>
        <source>Avslutad</source>
        <translation>Closed</translation>
    <extra-vagval-dictionary>Closed</extra-vagval-dictionary></message>
    <message>
        <source>väntar för länge</source>
        <translation>waiting too long</translation>
    <extra-vagval-dictionary>waiting too long</extra-vagval-dictionary></message>
    <message>
        <source>orosanmälan</source>
        <translation>report of concern</translation>
    <extra-vagval-dictionary>report of concern</extra-vagval-dictionary></message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    <extra-vagval-dictionary>Code</extra-vagval-dictionary></message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    <extra-vagval-dictionary>Name</extra-vagval-dictionary></message>
    <message>
        <source>Målgrupp</source>
        <translation>Target group</translation>
    <extra-vagval-dictionary>Target group</extra-vagval-dictionary></message>
    <message>
        <source>Hemkommun</source>
        <translation>Home municipality</translation>
    <extra-vagval-dictionary>Home municipality</extra-vagval-dictionary></message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    <extra-vagval-dictionary>Responsible</extra-vagval-dictionary></message>
    <message>
        <source>Senaste kontakt</source>
        <translation>Last contact</translation>
    <extra-vagval-dictionary>Last contact</extra-vagval-dictionary></message>
    <message>
        <source>Väntat</source>
        <translation>Waited</translation>
    <extra-vagval-dictionary>Waited</extra-vagval-dictionary></message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    <extra-vagval-dictionary>Status</extra-vagval-dictionary></message>
</context>
<context>
    <name>ClosingTab</name>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    <extra-vagval-dictionary>Follow-up</extra-vagval-dictionary></message>
    <message>
        <source>Avsluta ärendet</source>
        <translation>Close the case</translation>
    <extra-vagval-dictionary>Close the case</extra-vagval-dictionary></message>
    <message>
        <source>Återöppna ärendet</source>
        <translation>Reopen the case</translation>
    <extra-vagval-dictionary>Reopen the case</extra-vagval-dictionary></message>
    <message>
        <source>Klienten har kommit tillbaka: ett nytt ärende</source>
        <translation>The client has come back: a new case</translation>
    <extra-vagval-dictionary>The client has come back: a new case</extra-vagval-dictionary></message>
    <message>
        <source>Ångra avslutet…</source>
        <translation>Undo the closing…</translation>
    <extra-vagval-dictionary>Undo the closing…</extra-vagval-dictionary></message>
    <message>
        <source>Avslutet var fel: ärendet blir aktivt som om det aldrig avslutats</source>
        <translation>The closing was wrong: the case becomes active as if it had never been closed</translation>
    <extra-vagval-dictionary>The closing was wrong: the case becomes active as if it had never been closed</extra-vagval-dictionary></message>
    <message>
        <source>Avslutsdatum:</source>
        <translation>Closing date:</translation>
    <extra-vagval-dictionary>Closing date:</extra-vagval-dictionary></message>
    <message>
        <source>Orsak:</source>
        <translation>Reason:</translation>
    <extra-vagval-dictionary>Reason:</extra-vagval-dictionary></message>
    <message>
        <source>Avsluta</source>
        <translation>Close the case</translation>
    <extra-vagval-dictionary>Close the case</extra-vagval-dictionary></message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    <extra-vagval-dictionary>History</extra-vagval-dictionary></message>
    <message>
        <source>ej besvarad</source>
        <translation>not answered</translation>
    <extra-vagval-dictionary>not answered</extra-vagval-dictionary></message>
    <message>
        <source>Öppnad %1</source>
        <translation>Opened %1</translation>
    <extra-vagval-dictionary>Opened %1</extra-vagval-dictionary></message>
    <message>
        <source>avslutad %1 (%2)</source>
        <translation>closed %1 (%2)</translation>
    <extra-vagval-dictionary>closed %1 (%2)</extra-vagval-dictionary></message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <source>Ny orosanmälan</source>
        <translation>New report of concern</translation>
    <extra-vagval-dictionary>New report of concern</extra-vagval-dictionary></message>
    <message>
        <source>Ändra orosanmälan</source>
        <translation>Edit report of concern</translation>
    <extra-vagval-dictionary>Edit report of concern</extra-vagval-dictionary></message>
    <message>
        <source>t.ex. Socialtjänsten i Malmö</source>
        <translation>e.g. Social services in Malmö</translation>
    <extra-vagval-dictionary>e.g. Social services in Malmö</extra-vagval-dictionary></message>
    <message>
        <source>Avslutad</source>
        <translation>Closed</translation>
    <extra-vagval-dictionary>Closed</extra-vagval-dictionary></message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    <extra-vagval-dictionary>Date:</extra-vagval-dictionary></message>
    <message>
        <source>Till vilken socialtjänst:</source>
        <translation>To which social services:</translation>
    <extra-vagval-dictionary>To which social services:</extra-vagval-dictionary></message>
    <message>
        <source>Anteckning:</source>
        <translation>Note:</translation>
    <extra-vagval-dictionary>Note:</extra-vagval-dictionary></message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    <extra-vagval-dictionary>Status:</extra-vagval-dictionary></message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Konsultation</source>
        <translation>Consultation</translation>
    <extra-vagval-dictionary>Consultation</extra-vagval-dictionary></message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    <extra-vagval-dictionary>Date:</extra-vagval-dictionary></message>
    <message>
        <source>Yrke:</source>
        <translation>Profession:</translation>
    <extra-vagval-dictionary>Profession:</extra-vagval-dictionary></message>
    <message>
        <source>Kommun:</source>
        <translation>Municipality:</translation>
    <extra-vagval-dictionary>Municipality:</extra-vagval-dictionary></message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    <extra-vagval-dictionary>Form:</extra-vagval-dictionary></message>
    <message>
        <source>Minuter:</source>
        <translation>Minutes:</translation>
    <extra-vagval-dictionary>Minutes:</extra-vagval-dictionary></message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Ändra samtal – %1</source>
        <translation>Edit contact – %1</translation>
    <extra-vagval-dictionary>Edit contact – %1</extra-vagval-dictionary></message>
    <message>
        <source>Ändra oregistrerad kontakt</source>
        <translation>Edit unregistered contact</translation>
    <extra-vagval-dictionary>Edit unregistered contact</extra-vagval-dictionary></message>
    <message>
        <source>Oregistrerad kontakt</source>
        <translation>Unregistered contact</translation>
    <extra-vagval-dictionary>Unregistered contact</extra-vagval-dictionary></message>
    <message>
        <source>Nytt samtal – %1</source>
        <translation>New contact – %1</translation>
    <extra-vagval-dictionary>New contact – %1</extra-vagval-dictionary></message>
    <message>
        <source> min</source>
        <translation> min</translation>
    <extra-vagval-dictionary> min</extra-vagval-dictionary></message>
    <message>
        <source>Kort anteckning (valfri)</source>
        <translation>Short note (optional)</translation>
    <extra-vagval-dictionary>Short note (optional)</extra-vagval-dictionary></message>
    <message>
        <source>Datum och tid:</source>
        <translation>Date and time:</translation>
    <extra-vagval-dictionary>Date and time:</extra-vagval-dictionary></message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    <extra-vagval-dictionary>Form:</extra-vagval-dictionary></message>
    <message>
        <source>Typ:</source>
        <translation>Kind:</translation>
    <extra-vagval-dictionary>Kind:</extra-vagval-dictionary></message>
    <message>
        <source>Minuter:</source>
        <translation>Minutes:</translation>
    <extra-vagval-dictionary>Minutes:</extra-vagval-dictionary></message>
    <message>
        <source>Medarbetare:</source>
        <translation>Staff member:</translation>
    <extra-vagval-dictionary>Staff member:</extra-vagval-dictionary></message>
    <message>
        <source>ej angivet</source>
        <translation>not given</translation>
    <extra-vagval-dictionary>not given</extra-vagval-dictionary></message>
    <message>
        <source>Målgrupp:</source>
        <translation>Target group:</translation>
    <extra-vagval-dictionary>Target group:</extra-vagval-dictionary></message>
    <message>
        <source>Kommun (om den sades):</source>
        <translation>Municipality (if told):</translation>
    <extra-vagval-dictionary>Municipality (if told):</extra-vagval-dictionary></message>
    <message>
        <source>Deltog:</source>
        <translation>Took part:</translation>
    <extra-vagval-dictionary>Took part:</extra-vagval-dictionary></message>
    <message>
        <source>Anteckning:</source>
        <translation>Note:</translation>
    <extra-vagval-dictionary>Note:</extra-vagval-dictionary></message>
    <message>
        <source>Klient (kod):</source>
        <translation>Client (code):</translation>
    <extra-vagval-dictionary>Client (code):</extra-vagval-dictionary></message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Nytt samtal (Ctrl+K)</source>
        <translation>New contact (Ctrl+K)</translation>
    <extra-vagval-dictionary>New contact (Ctrl+K)</extra-vagval-dictionary></message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    <extra-vagval-dictionary>Edit…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort…</source>
        <translation>Remove…</translation>
    <extra-vagval-dictionary>Remove…</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n samtal</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    <extra-vagval-dictionary>%n contact%n contacts</extra-vagval-dictionary></message>
    <message>
        <source>(de senaste %1 visas)</source>
        <translation>(the latest %1 are shown)</translation>
    <extra-vagval-dictionary>(the latest %1 are shown)</extra-vagval-dictionary></message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    <extra-vagval-dictionary>Date</extra-vagval-dictionary></message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    <extra-vagval-dictionary>Form</extra-vagval-dictionary></message>
    <message>
        <source>Typ</source>
        <translation>Kind</translation>
    <extra-vagval-dictionary>Kind</extra-vagval-dictionary></message>
    <message>
        <source>Minuter</source>
        <translation>Minutes</translation>
    <extra-vagval-dictionary>Minutes</extra-vagval-dictionary></message>
    <message>
        <source>Medarbetare</source>
        <translation>Staff</translation>
    <extra-vagval-dictionary>Staff</extra-vagval-dictionary></message>
    <message>
        <source>Deltog</source>
        <translation>Took part</translation>
    <extra-vagval-dictionary>Took part</extra-vagval-dictionary></message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    <extra-vagval-dictionary>Note</extra-vagval-dictionary></message>
</context>
<context>
    <name>CostSharingDialog</name>
    <message>
        <source>Kostnadsfördelning</source>
        <translation>Cost sharing</translation>
    <extra-vagval-dictionary>Cost sharing</extra-vagval-dictionary></message>
    <message>
        <source>En kommun per rad: namn;invånare, t.ex. Botkyrka;93106</source>
        <translation>One municipality per line: name;population, e.g. Botkyrka;93106</translation>
    <extra-vagval-dictionary>One municipality per line: name;population, e.g. Botkyrka;93106</extra-vagval-dictionary></message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    <extra-vagval-dictionary>none</extra-vagval-dictionary></message>
    <message>
        <source>Enhetens egen kommun redovisas för sig, skild från de andra parterna (t.ex. polisens hänvisningar: egna staden, kranskommunerna, andra städer).</source>
        <translation>The unit's own municipality is reported on its own, apart from the other parties (e.g. police referrals: the city itself, the surrounding municipalities, other cities).</translation>
    <extra-vagval-dictionary>The unit's own municipality is reported on its own, apart from the other parties (e.g. police referrals: the city itself, the surrounding municipalities, other cities).</extra-vagval-dictionary></message>
    <message>
        <source>Total kostnad per år:</source>
        <translation>Total cost a year:</translation>
    <extra-vagval-dictionary>Total cost a year:</extra-vagval-dictionary></message>
    <message>
        <source>Invånare per datum:</source>
        <translation>Population at date:</translation>
    <extra-vagval-dictionary>Population at date:</extra-vagval-dictionary></message>
    <message>
        <source>Parter:</source>
        <translation>Parties:</translation>
    <extra-vagval-dictionary>Parties:</extra-vagval-dictionary></message>
    <message>
        <source>Egen kommun:</source>
        <translation>Own municipality:</translation>
    <extra-vagval-dictionary>Own municipality:</extra-vagval-dictionary></message>
</context>
<context>
    <name>CourseDocuments</name>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    <extra-vagval-dictionary>Code</extra-vagval-dictionary></message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    <extra-vagval-dictionary>Name</extra-vagval-dictionary></message>
    <message>
        <source>Deltagarlista – %1</source>
        <translation>Participant list – %1</translation>
    <extra-vagval-dictionary>Participant list – %1</extra-vagval-dictionary></message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    <extra-vagval-dictionary>Unit</extra-vagval-dictionary></message>
    <message>
        <source>Lokal</source>
        <translation>Venue</translation>
    <extra-vagval-dictionary>Venue</extra-vagval-dictionary></message>
    <message>
        <source>Kursledare</source>
        <translation>Course leaders</translation>
    <extra-vagval-dictionary>Course leaders</extra-vagval-dictionary></message>
    <message>
        <source>Signera närvaro per träff</source>
        <translation>Sign attendance per meeting</translation>
    <extra-vagval-dictionary>Sign attendance per meeting</extra-vagval-dictionary></message>
    <message>
        <source>Sekretessbelagda uppgifter</source>
        <translation>Confidential information</translation>
    <extra-vagval-dictionary>Confidential information</extra-vagval-dictionary></message>
    <message>
        <source>Intyg om deltagande</source>
        <translation>Certificate of attendance</translation>
    <extra-vagval-dictionary>Certificate of attendance</extra-vagval-dictionary></message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    <extra-vagval-dictionary>Participants</extra-vagval-dictionary></message>
    <message>
        <source>Unika personer</source>
        <translation>Unique persons</translation>
    <extra-vagval-dictionary>Unique persons</extra-vagval-dictionary></message>
    <message>
        <source>Närvarotillfällen</source>
        <translation>Attendances</translation>
    <extra-vagval-dictionary>Attendances</extra-vagval-dictionary></message>
    <message>
        <source>Närvarograd</source>
        <translation>Attendance rate</translation>
    <extra-vagval-dictionary>Attendance rate</extra-vagval-dictionary></message>
    <message>
        <source>Uteblev</source>
        <translation>No-shows</translation>
    <extra-vagval-dictionary>No-shows</extra-vagval-dictionary></message>
    <message>
        <source>Sena avbokningar</source>
        <translation>Late cancellations</translation>
    <extra-vagval-dictionary>Late cancellations</extra-vagval-dictionary></message>
    <message>
        <source>Genomförd</source>
        <translation>Completed</translation>
    <extra-vagval-dictionary>Completed</extra-vagval-dictionary></message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    <extra-vagval-dictionary>yes</extra-vagval-dictionary></message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    <extra-vagval-dictionary>no</extra-vagval-dictionary></message>
    <message>
        <source>Närvarande: %1</source>
        <translation>Present: %1</translation>
    <extra-vagval-dictionary>Present: %1</extra-vagval-dictionary></message>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    <extra-vagval-dictionary>Group</extra-vagval-dictionary></message>
    <message>
        <source>Antal</source>
        <translation>Number</translation>
    <extra-vagval-dictionary>Number</extra-vagval-dictionary></message>
    <message>
        <source>Påstående</source>
        <translation>Statement</translation>
    <extra-vagval-dictionary>Statement</extra-vagval-dictionary></message>
    <message>
        <source>Före</source>
        <translation>Before</translation>
    <extra-vagval-dictionary>Before</extra-vagval-dictionary></message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    <extra-vagval-dictionary>After</extra-vagval-dictionary></message>
    <message>
        <source>Förändring</source>
        <translation>Change</translation>
    <extra-vagval-dictionary>Change</extra-vagval-dictionary></message>
    <message>
        <source>Svar</source>
        <translation>Answers</translation>
    <extra-vagval-dictionary>Answers</extra-vagval-dictionary></message>
    <message>
        <source>Gruppsammanfattning – %1</source>
        <translation>Group summary – %1</translation>
    <extra-vagval-dictionary>Group summary – %1</extra-vagval-dictionary></message>
    <message>
        <source>Kurssammanfattning – %1</source>
        <translation>Course summary – %1</translation>
    <extra-vagval-dictionary>Course summary – %1</extra-vagval-dictionary></message>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    <extra-vagval-dictionary>Overview</extra-vagval-dictionary></message>
    <message>
        <source>Gruppledare</source>
        <translation>Group leader</translation>
    <extra-vagval-dictionary>Group leader</extra-vagval-dictionary></message>
    <message>
        <source>återträff</source>
        <translation>reunion</translation>
    <extra-vagval-dictionary>reunion</extra-vagval-dictionary></message>
    <message>
        <source>Ledare</source>
        <translation>Leaders</translation>
    <extra-vagval-dictionary>Leaders</extra-vagval-dictionary></message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    <extra-vagval-dictionary>Phone</extra-vagval-dictionary></message>
    <message>
        <source>Inbjuden</source>
        <translation>Invited</translation>
    <extra-vagval-dictionary>Invited</extra-vagval-dictionary></message>
    <message>
        <source>Ringlista</source>
        <translation>Call list</translation>
    <extra-vagval-dictionary>Call list</extra-vagval-dictionary></message>
    <message>
        <source>Till %1</source>
        <translation>To %1</translation>
    <extra-vagval-dictionary>To %1</extra-vagval-dictionary></message>
    <message>
        <source>Välkommen till %1. Kursen träffas:</source>
        <translation>Welcome to %1. The course meets:</translation>
    <extra-vagval-dictionary>Welcome to %1. The course meets:</extra-vagval-dictionary></message>
    <message>
        <source>Plats: %1</source>
        <translation>Place: %1</translation>
    <extra-vagval-dictionary>Place: %1</extra-vagval-dictionary></message>
    <message>
        <source>Ledare: %1</source>
        <translation>Leaders: %1</translation>
    <extra-vagval-dictionary>Leaders: %1</extra-vagval-dictionary></message>
    <message>
        <source>Svara gärna senast %1 om du kommer.</source>
        <translation>Please answer by %1 whether you are coming.</translation>
    <extra-vagval-dictionary>Please answer by %1 whether you are coming.</extra-vagval-dictionary></message>
    <message>
        <source>Varmt välkommen!</source>
        <translation>Warmly welcome!</translation>
    <extra-vagval-dictionary>Warmly welcome!</extra-vagval-dictionary></message>
    <message>
        <source>Inbjudan – %1</source>
        <translation>Invitation – %1</translation>
    <extra-vagval-dictionary>Invitation – %1</extra-vagval-dictionary></message>
    <message>
        <source>Inbjudningar – %1</source>
        <translation>Invitations – %1</translation>
    <extra-vagval-dictionary>Invitations – %1</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%1 av %n träffar, sammanlagt %3 timmar</source>
        <translation><numerusform>%1 of %n meeting, %3 hours in all</numerusform><numerusform>%1 of %n meetings, %3 hours in all</numerusform></translation>
    <extra-vagval-dictionary>%1 of %n meeting, %3 hours in all%1 of %n meetings, %3 hours in all</extra-vagval-dictionary></message>
    <message>
        <source>har deltagit i</source>
        <translation>has taken part in</translation>
    <extra-vagval-dictionary>has taken part in</extra-vagval-dictionary></message>
    <message>
        <source>Träffar planerade</source>
        <translation>Meetings planned</translation>
    <extra-vagval-dictionary>Meetings planned</extra-vagval-dictionary></message>
    <message>
        <source>Hållna (närvaro registrerad)</source>
        <translation>Held (attendance registered)</translation>
    <extra-vagval-dictionary>Held (attendance registered)</extra-vagval-dictionary></message>
    <message>
        <source>Närvaro saknas</source>
        <translation>Attendance missing</translation>
    <extra-vagval-dictionary>Attendance missing</extra-vagval-dictionary></message>
    <message>
        <source>Kommande</source>
        <translation>Coming</translation>
    <extra-vagval-dictionary>Coming</extra-vagval-dictionary></message>
    <message>
        <source>Ålder</source>
        <translation>Age</translation>
    <extra-vagval-dictionary>Age</extra-vagval-dictionary></message>
    <message>
        <source>%1–%2 år, medelålder %3 (%4 med känt födelseår)</source>
        <translation>%1–%2 years, mean age %3 (%4 with a known birth year)</translation>
    <extra-vagval-dictionary>%1–%2 years, mean age %3 (%4 with a known birth year)</extra-vagval-dictionary></message>
    <message>
        <source>Närvaro saknas för passerade träffar (%1): de räknas inte som hållna förrän närvaron registrerats (eller de markerats som inställda).</source>
        <translation>Attendance is missing for past meetings (%1): they do not count as held until attendance is registered (or they are marked as cancelled).</translation>
    <extra-vagval-dictionary>Attendance is missing for past meetings (%1): they do not count as held until attendance is registered (or they are marked as cancelled).</extra-vagval-dictionary></message>
    <message>
        <source>Träff</source>
        <translation>Meeting</translation>
    <extra-vagval-dictionary>Meeting</extra-vagval-dictionary></message>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    <extra-vagval-dictionary>Present</extra-vagval-dictionary></message>
    <message>
        <source>Av anmälda</source>
        <translation>Of registered</translation>
    <extra-vagval-dictionary>Of registered</extra-vagval-dictionary></message>
    <message>
        <source>Andel</source>
        <translation>Share</translation>
    <extra-vagval-dictionary>Share</extra-vagval-dictionary></message>
    <message>
        <source>Närvaro per träff</source>
        <translation>Attendance per meeting</translation>
    <extra-vagval-dictionary>Attendance per meeting</extra-vagval-dictionary></message>
    <message>
        <source>Kön</source>
        <translation>Gender</translation>
    <extra-vagval-dictionary>Gender</extra-vagval-dictionary></message>
    <message>
        <source>Åldersgrupp</source>
        <translation>Age group</translation>
    <extra-vagval-dictionary>Age group</extra-vagval-dictionary></message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    <extra-vagval-dictionary>unknown</extra-vagval-dictionary></message>
    <message>
        <source>Kom via</source>
        <translation>Referred by</translation>
    <extra-vagval-dictionary>Referred by</extra-vagval-dictionary></message>
    <message>
        <source>okänt</source>
        <translation>unknown</translation>
    <extra-vagval-dictionary>unknown</extra-vagval-dictionary></message>
    <message>
        <source>Hemkommun</source>
        <translation>Home municipality</translation>
    <extra-vagval-dictionary>Home municipality</extra-vagval-dictionary></message>
    <message>
        <source>Stadsdel</source>
        <translation>City district</translation>
    <extra-vagval-dictionary>City district</extra-vagval-dictionary></message>
    <message>
        <source>ej angiven</source>
        <translation>not given</translation>
    <extra-vagval-dictionary>not given</extra-vagval-dictionary></message>
    <message>
        <source>Enkät före och efter (skala 1–5)</source>
        <translation>Questionnaire before and after (scale 1–5)</translation>
    <extra-vagval-dictionary>Questionnaire before and after (scale 1–5)</extra-vagval-dictionary></message>
</context>
<context>
    <name>CourseSections</name>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    <extra-vagval-dictionary>Group</extra-vagval-dictionary></message>
    <message>
        <source>Antal</source>
        <translation>Number</translation>
    <extra-vagval-dictionary>Number</extra-vagval-dictionary></message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    <extra-vagval-dictionary>Name</extra-vagval-dictionary></message>
    <message>
        <source>Träffar</source>
        <translation>Meetings</translation>
    <extra-vagval-dictionary>Meetings</extra-vagval-dictionary></message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    <extra-vagval-dictionary>Participants</extra-vagval-dictionary></message>
    <message>
        <source>Unika personer</source>
        <translation>Unique persons</translation>
    <extra-vagval-dictionary>Unique persons</extra-vagval-dictionary></message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    <extra-vagval-dictionary>Attendance</extra-vagval-dictionary></message>
    <message>
        <source>Andel närvaro</source>
        <translation>Attendance rate</translation>
    <extra-vagval-dictionary>Attendance rate</extra-vagval-dictionary></message>
    <message>
        <source>Uteblev</source>
        <translation>No-shows</translation>
    <extra-vagval-dictionary>No-shows</extra-vagval-dictionary></message>
    <message>
        <source>Kursdeltagare per hemkommun</source>
        <translation>Course participants by home municipality</translation>
    <extra-vagval-dictionary>Course participants by home municipality</extra-vagval-dictionary></message>
    <message>
        <source>Kursdeltagare per stadsdel</source>
        <translation>Course participants by city district</translation>
    <extra-vagval-dictionary>Course participants by city district</extra-vagval-dictionary></message>
    <message>
        <source>Enkäten före och efter kursen</source>
        <translation>The questionnaire before and after the course</translation>
    <extra-vagval-dictionary>The questionnaire before and after the course</extra-vagval-dictionary></message>
    <message>
        <source>Kurs</source>
        <translation>Course</translation>
    <extra-vagval-dictionary>Course</extra-vagval-dictionary></message>
    <message>
        <source>Påstående</source>
        <translation>Statement</translation>
    <extra-vagval-dictionary>Statement</extra-vagval-dictionary></message>
    <message>
        <source>Före</source>
        <translation>Before</translation>
    <extra-vagval-dictionary>Before</extra-vagval-dictionary></message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    <extra-vagval-dictionary>After</extra-vagval-dictionary></message>
    <message>
        <source>Förändring</source>
        <translation>Change</translation>
    <extra-vagval-dictionary>Change</extra-vagval-dictionary></message>
    <message>
        <source>Svar</source>
        <translation>Answers</translation>
    <extra-vagval-dictionary>Answers</extra-vagval-dictionary></message>
</context>
<context>
    <name>CourseTypeDialog</name>
    <message>
        <source>Ny kurstyp</source>
        <translation>New course type</translation>
    <extra-vagval-dictionary>New course type</extra-vagval-dictionary></message>
    <message>
        <source>Ändra kurstyp %1</source>
        <translation>Edit course type %1</translation>
    <extra-vagval-dictionary>Edit course type %1</extra-vagval-dictionary></message>
    <message>
        <source> min</source>
        <translation> min</translation>
    <extra-vagval-dictionary> min</extra-vagval-dictionary></message>
    <message>
        <source>ej angivet</source>
        <translation>not given</translation>
    <extra-vagval-dictionary>not given</extra-vagval-dictionary></message>
    <message>
        <source>ingen fast dag</source>
        <translation>no fixed day</translation>
    <extra-vagval-dictionary>no fixed day</extra-vagval-dictionary></message>
    <message>
        <source>Vad kursen är och handlar om: skrivs ut på intygen</source>
        <translation>What the course is and is about: printed on the certificates</translation>
    <extra-vagval-dictionary>What the course is and is about: printed on the certificates</extra-vagval-dictionary></message>
    <message>
        <source>Ett påstående per rad (skala 1–5), valfritt</source>
        <translation>One statement per line (scale 1–5), optional</translation>
    <extra-vagval-dictionary>One statement per line (scale 1–5), optional</extra-vagval-dictionary></message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    <extra-vagval-dictionary>Name:</extra-vagval-dictionary></message>
    <message>
        <source>Längd per träff:</source>
        <translation>Length of a meeting:</translation>
    <extra-vagval-dictionary>Length of a meeting:</extra-vagval-dictionary></message>
    <message>
        <source>Antal träffar:</source>
        <translation>Number of meetings:</translation>
    <extra-vagval-dictionary>Number of meetings:</extra-vagval-dictionary></message>
    <message>
        <source>Antal platser:</source>
        <translation>Places:</translation>
    <extra-vagval-dictionary>Places:</extra-vagval-dictionary></message>
    <message>
        <source>Minsta antal för att starta:</source>
        <translation>Minimum to start:</translation>
    <extra-vagval-dictionary>Minimum to start:</extra-vagval-dictionary></message>
    <message>
        <source>Målgrupp:</source>
        <translation>Target group:</translation>
    <extra-vagval-dictionary>Target group:</extra-vagval-dictionary></message>
    <message>
        <source>Lokal:</source>
        <translation>Venue:</translation>
    <extra-vagval-dictionary>Venue:</extra-vagval-dictionary></message>
    <message>
        <source>Vanlig veckodag:</source>
        <translation>Usual weekday:</translation>
    <extra-vagval-dictionary>Usual weekday:</extra-vagval-dictionary></message>
    <message>
        <source>Börjar klockan:</source>
        <translation>Starts at:</translation>
    <extra-vagval-dictionary>Starts at:</extra-vagval-dictionary></message>
    <message>
        <source>Beskrivning:</source>
        <translation>Description:</translation>
    <extra-vagval-dictionary>Description:</extra-vagval-dictionary></message>
    <message>
        <source>Enkät före och efter:</source>
        <translation>Questionnaire before and after:</translation>
    <extra-vagval-dictionary>Questionnaire before and after:</extra-vagval-dictionary></message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Grupper och kurser</source>
        <translation>Groups and courses</translation>
    <extra-vagval-dictionary>Groups and courses</extra-vagval-dictionary></message>
    <message>
        <source>Nytt kurstillfälle…</source>
        <translation>New course occasion…</translation>
    <extra-vagval-dictionary>New course occasion…</extra-vagval-dictionary></message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    <extra-vagval-dictionary>Open</extra-vagval-dictionary></message>
    <message>
        <source>Anmäl intresse…</source>
        <translation>Register interest…</translation>
    <extra-vagval-dictionary>Register interest…</extra-vagval-dictionary></message>
    <message>
        <source>Skapa kurstillfälle och bjud in…</source>
        <translation>Create occasion and invite…</translation>
    <extra-vagval-dictionary>Create occasion and invite…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort från listan…</source>
        <translation>Remove from the list…</translation>
    <extra-vagval-dictionary>Remove from the list…</extra-vagval-dictionary></message>
    <message>
        <source>Ny samtalsgrupp…</source>
        <translation>New talk group…</translation>
    <extra-vagval-dictionary>New talk group…</extra-vagval-dictionary></message>
    <message>
        <source>Ny kurstyp…</source>
        <translation>New course type…</translation>
    <extra-vagval-dictionary>New course type…</extra-vagval-dictionary></message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    <extra-vagval-dictionary>Edit…</extra-vagval-dictionary></message>
    <message>
        <source>Avveckla / ta tillbaka</source>
        <translation>Retire / bring back</translation>
    <extra-vagval-dictionary>Retire / bring back</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort…</source>
        <translation>Remove…</translation>
    <extra-vagval-dictionary>Remove…</extra-vagval-dictionary></message>
    <message>
        <source>Kurstillfällen</source>
        <translation>Course occasions</translation>
    <extra-vagval-dictionary>Course occasions</extra-vagval-dictionary></message>
    <message>
        <source>Intresselistor</source>
        <translation>Interest lists</translation>
    <extra-vagval-dictionary>Interest lists</extra-vagval-dictionary></message>
    <message>
        <source>Samtalsgrupper</source>
        <translation>Talk groups</translation>
    <extra-vagval-dictionary>Talk groups</extra-vagval-dictionary></message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    <extra-vagval-dictionary>Calendar</extra-vagval-dictionary></message>
    <message>
        <source>Kurstyper</source>
        <translation>Course types</translation>
    <extra-vagval-dictionary>Course types</extra-vagval-dictionary></message>
    <message>
        <source>Kommande och pågående</source>
        <translation>Coming and ongoing</translation>
    <extra-vagval-dictionary>Coming and ongoing</extra-vagval-dictionary></message>
    <message>
        <source>Avslutade och inställda</source>
        <translation>Past and cancelled</translation>
    <extra-vagval-dictionary>Past and cancelled</extra-vagval-dictionary></message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    <extra-vagval-dictionary>All</extra-vagval-dictionary></message>
    <message>
        <source>Visa:</source>
        <translation>Show:</translation>
    <extra-vagval-dictionary>Show:</extra-vagval-dictionary></message>
    <message>
        <source>avvecklad %1</source>
        <translation>retired %1</translation>
    <extra-vagval-dictionary>retired %1</extra-vagval-dictionary></message>
    <message>
        <source>%1 intresserade, minst %2 behövs för att starta.</source>
        <translation>%1 interested, at least %2 needed to start.</translation>
    <extra-vagval-dictionary>%1 interested, at least %2 needed to start.</extra-vagval-dictionary></message>
    <message>
        <source>Minsta antalet är nått – skapa ett kurstillfälle och bjud in dem.</source>
        <translation>The minimum is reached – create an occasion and invite them.</translation>
    <extra-vagval-dictionary>The minimum is reached – create an occasion and invite them.</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort %1 från intresselistan?</source>
        <translation>Remove %1 from the interest list?</translation>
    <extra-vagval-dictionary>Remove %1 from the interest list?</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n träffar</source>
        <translation><numerusform>%n meeting</numerusform><numerusform>%n meetings</numerusform></translation>
    <extra-vagval-dictionary>%n meeting%n meetings</extra-vagval-dictionary></message>
    <message>
        <source>%1 à %2 min, %3 platser, minst %4 för att starta</source>
        <translation>%1 of %2 min, %3 places, at least %4 to start</translation>
    <extra-vagval-dictionary>%1 of %2 min, %3 places, at least %4 to start</extra-vagval-dictionary></message>
    <message>
        <source>Brukar vara: %1</source>
        <translation>Usually: %1</translation>
    <extra-vagval-dictionary>Usually: %1</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort kurstypen %1?</source>
        <translation>Remove the course type %1?</translation>
    <extra-vagval-dictionary>Remove the course type %1?</extra-vagval-dictionary></message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Ett oväntat fel inträffade. Det du redan sparat finns kvar. Starta om programmet om något ser fel ut.</source>
        <translation>An unexpected error occurred. What you have already saved is kept. Restart the program if anything looks wrong.</translation>
    <extra-vagval-dictionary>An unexpected error occurred. What you have already saved is kept. Restart the program if anything looks wrong.</extra-vagval-dictionary></message>
    <message>
        <source>Teknisk information: %1</source>
        <translation>Technical information: %1</translation>
    <extra-vagval-dictionary>Technical information: %1</extra-vagval-dictionary></message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>mån</source>
        <translation>Mon</translation>
    <extra-vagval-dictionary>Mon</extra-vagval-dictionary></message>
    <message>
        <source>tis</source>
        <translation>Tue</translation>
    <extra-vagval-dictionary>Tue</extra-vagval-dictionary></message>
    <message>
        <source>ons</source>
        <translation>Wed</translation>
    <extra-vagval-dictionary>Wed</extra-vagval-dictionary></message>
    <message>
        <source>tor</source>
        <translation>Thu</translation>
    <extra-vagval-dictionary>Thu</extra-vagval-dictionary></message>
    <message>
        <source>fre</source>
        <translation>Fri</translation>
    <extra-vagval-dictionary>Fri</extra-vagval-dictionary></message>
    <message>
        <source>lör</source>
        <translation>Sat</translation>
    <extra-vagval-dictionary>Sat</extra-vagval-dictionary></message>
    <message>
        <source>sön</source>
        <translation>Sun</translation>
    <extra-vagval-dictionary>Sun</extra-vagval-dictionary></message>
    <message>
        <source>jan</source>
        <translation>Jan</translation>
    <extra-vagval-dictionary>Jan</extra-vagval-dictionary></message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    <extra-vagval-dictionary>Feb</extra-vagval-dictionary></message>
    <message>
        <source>mar</source>
        <translation>Mar</translation>
    <extra-vagval-dictionary>Mar</extra-vagval-dictionary></message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    <extra-vagval-dictionary>Apr</extra-vagval-dictionary></message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    <extra-vagval-dictionary>May</extra-vagval-dictionary></message>
    <message>
        <source>jun</source>
        <translation>Jun</translation>
    <extra-vagval-dictionary>Jun</extra-vagval-dictionary></message>
    <message>
        <source>jul</source>
        <translation>Jul</translation>
    <extra-vagval-dictionary>Jul</extra-vagval-dictionary></message>
    <message>
        <source>aug</source>
        <translation>Aug</translation>
    <extra-vagval-dictionary>Aug</extra-vagval-dictionary></message>
    <message>
        <source>sep</source>
        <translation>Sep</translation>
    <extra-vagval-dictionary>Sep</extra-vagval-dictionary></message>
    <message>
        <source>okt</source>
        <translation>Oct</translation>
    <extra-vagval-dictionary>Oct</extra-vagval-dictionary></message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    <extra-vagval-dictionary>Nov</extra-vagval-dictionary></message>
    <message>
        <source>dec</source>
        <translation>Dec</translation>
    <extra-vagval-dictionary>Dec</extra-vagval-dictionary></message>
    <message>
        <source>kl.</source>
        <translation>at</translation>
    <extra-vagval-dictionary>at</extra-vagval-dictionary></message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    <extra-vagval-dictionary>Date</extra-vagval-dictionary></message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    <extra-vagval-dictionary>What</extra-vagval-dictionary></message>
    <message>
        <source>Antal</source>
        <translation>Number</translation>
    <extra-vagval-dictionary>Number</extra-vagval-dictionary></message>
    <message>
        <source>(oregistrerad)</source>
        <translation>(unregistered)</translation>
    <extra-vagval-dictionary>(unregistered)</extra-vagval-dictionary></message>
    <message>
        <source>%1 poster, summa %2</source>
        <translation>%1 records, sum %2</translation>
    <extra-vagval-dictionary>%1 records, sum %2</extra-vagval-dictionary></message>
</context>
<context>
    <name>EditActivityDialog</name>
    <message>
        <source>Ändra %1</source>
        <translation>Change %1</translation>
    <extra-vagval-dictionary>Change %1</extra-vagval-dictionary></message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    <extra-vagval-dictionary>Name:</extra-vagval-dictionary></message>
    <message>
        <source>Lokal:</source>
        <translation>Venue:</translation>
    <extra-vagval-dictionary>Venue:</extra-vagval-dictionary></message>
    <message>
        <source>Antal platser:</source>
        <translation>Places:</translation>
    <extra-vagval-dictionary>Places:</extra-vagval-dictionary></message>
    <message>
        <source>Minsta antal för att starta:</source>
        <translation>Minimum to start:</translation>
    <extra-vagval-dictionary>Minimum to start:</extra-vagval-dictionary></message>
    <message>
        <source>Sista anmälningsdag:</source>
        <translation>Registration deadline:</translation>
    <extra-vagval-dictionary>Registration deadline:</extra-vagval-dictionary></message>
    <message>
        <source>Gäster:</source>
        <translation>Guests:</translation>
    <extra-vagval-dictionary>Guests:</extra-vagval-dictionary></message>
    <message>
        <source>Ledare:</source>
        <translation>Leaders:</translation>
    <extra-vagval-dictionary>Leaders:</extra-vagval-dictionary></message>
</context>
<context>
    <name>EducationDialog</name>
    <message>
        <source>Studiebesök och utbildning</source>
        <translation>Study visits and education</translation>
    <extra-vagval-dictionary>Study visits and education</extra-vagval-dictionary></message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    <extra-vagval-dictionary>Date:</extra-vagval-dictionary></message>
    <message>
        <source>Typ:</source>
        <translation>Kind:</translation>
    <extra-vagval-dictionary>Kind:</extra-vagval-dictionary></message>
    <message>
        <source>Antal deltagare:</source>
        <translation>Participants:</translation>
    <extra-vagval-dictionary>Participants:</extra-vagval-dictionary></message>
    <message>
        <source>Publik:</source>
        <translation>Audience:</translation>
    <extra-vagval-dictionary>Audience:</extra-vagval-dictionary></message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    <extra-vagval-dictionary>Organisation:</extra-vagval-dictionary></message>
    <message>
        <source>Kommun:</source>
        <translation>Municipality:</translation>
    <extra-vagval-dictionary>Municipality:</extra-vagval-dictionary></message>
    <message>
        <source>Titel:</source>
        <translation>Title:</translation>
    <extra-vagval-dictionary>Title:</extra-vagval-dictionary></message>
</context>
<context>
    <name>ExtractDocument</name>
    <message>
        <source>Om utdraget</source>
        <translation>About this extract</translation>
    <extra-vagval-dictionary>About this extract</extra-vagval-dictionary></message>
    <message>
        <source>Detta är allt %1 har registrerat om dig i programmet Vägval, enligt artikel 15 i dataskyddsförordningen (GDPR). Uppgifterna behandlas för att ge dig stöd och samtal enligt socialtjänstlagen och dokumenteras enligt SoL 11 kap.</source>
        <translation>This is everything %1 has recorded about you in the program Vägval, under article 15 of the General Data Protection Regulation (GDPR). The data is processed to give you support and counselling under the Social Services Act and documented under SoL chapter 11.</translation>
    <extra-vagval-dictionary>This is everything %1 has recorded about you in the program Vägval, under article 15 of the General Data Protection Regulation (GDPR). The data is processed to give you support and counselling under the Social Services Act and documented under SoL chapter 11.</extra-vagval-dictionary></message>
    <message>
        <source>Uppgifterna gallras %1 år efter den senaste anteckningen (SoL 12 kap.). De lämnas inte ut till andra, utom när lagen kräver det (till exempel en orosanmälan till socialtjänsten). Du har rätt att begära rättelse av felaktiga uppgifter.</source>
        <translation>The data is purged %1 years after the last entry (SoL chapter 12). It is not disclosed to others except where the law requires it (for example a report of concern to social services). You have the right to have incorrect data rectified.</translation>
    <extra-vagval-dictionary>The data is purged %1 years after the last entry (SoL chapter 12). It is not disclosed to others except where the law requires it (for example a report of concern to social services). You have the right to have incorrect data rectified.</extra-vagval-dictionary></message>
    <message>
        <source>intresselista</source>
        <translation>interest list</translation>
    <extra-vagval-dictionary>interest list</extra-vagval-dictionary></message>
    <message>
        <source>Anmäld</source>
        <translation>Registered</translation>
    <extra-vagval-dictionary>Registered</extra-vagval-dictionary></message>
    <message>
        <source>Kurs eller grupp</source>
        <translation>Course or group</translation>
    <extra-vagval-dictionary>Course or group</extra-vagval-dictionary></message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    <extra-vagval-dictionary>Status</extra-vagval-dictionary></message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    <extra-vagval-dictionary>Time</extra-vagval-dictionary></message>
    <message>
        <source>Minuter</source>
        <translation>Minutes</translation>
    <extra-vagval-dictionary>Minutes</extra-vagval-dictionary></message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    <extra-vagval-dictionary>Form</extra-vagval-dictionary></message>
    <message>
        <source>Hos</source>
        <translation>With</translation>
    <extra-vagval-dictionary>With</extra-vagval-dictionary></message>
    <message>
        <source>Blev</source>
        <translation>Became</translation>
    <extra-vagval-dictionary>Became</extra-vagval-dictionary></message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    <extra-vagval-dictionary>Note</extra-vagval-dictionary></message>
    <message>
        <source>Uppföljning vid avslut</source>
        <translation>Follow-up at closing</translation>
    <extra-vagval-dictionary>Follow-up at closing</extra-vagval-dictionary></message>
    <message>
        <source>Inga svar.</source>
        <translation>No answers.</translation>
    <extra-vagval-dictionary>No answers.</extra-vagval-dictionary></message>
    <message>
        <source>Bokade besök</source>
        <translation>Booked visits</translation>
    <extra-vagval-dictionary>Booked visits</extra-vagval-dictionary></message>
    <message>
        <source>Inga bokade besök.</source>
        <translation>No booked visits.</translation>
    <extra-vagval-dictionary>No booked visits.</extra-vagval-dictionary></message>
    <message>
        <source>Kurser och grupper</source>
        <translation>Courses and groups</translation>
    <extra-vagval-dictionary>Courses and groups</extra-vagval-dictionary></message>
    <message>
        <source>Deltagarkod</source>
        <translation>Participant code</translation>
    <extra-vagval-dictionary>Participant code</extra-vagval-dictionary></message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    <extra-vagval-dictionary>Name</extra-vagval-dictionary></message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    <extra-vagval-dictionary>Phone</extra-vagval-dictionary></message>
    <message>
        <source>Inte anmäld till någon kurs eller grupp.</source>
        <translation>Not registered for any course or group.</translation>
    <extra-vagval-dictionary>Not registered for any course or group.</extra-vagval-dictionary></message>
    <message>
        <source>Registerutdrag %1</source>
        <translation>Register extract %1</translation>
    <extra-vagval-dictionary>Register extract %1</extra-vagval-dictionary></message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    <extra-vagval-dictionary>Unit</extra-vagval-dictionary></message>
    <message>
        <source>Utdraget gjort</source>
        <translation>Extract made</translation>
    <extra-vagval-dictionary>Extract made</extra-vagval-dictionary></message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    <extra-vagval-dictionary>By</extra-vagval-dictionary></message>
    <message>
        <source>Registerutdrag enligt GDPR art. 15 – sekretessbelagda uppgifter</source>
        <translation>Register extract under GDPR art. 15 – confidential information</translation>
    <extra-vagval-dictionary>Register extract under GDPR art. 15 – confidential information</extra-vagval-dictionary></message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Vägval</source>
        <translation>Vägval</translation>
    <extra-vagval-dictionary>Vägval</extra-vagval-dictionary></message>
</context>
<context>
    <name>FigureParts</name>
    <message>
        <source>Klienter</source>
        <translation>Clients</translation>
    <extra-vagval-dictionary>Clients</extra-vagval-dictionary></message>
    <message>
        <source>Nya förfrågningar</source>
        <translation>New requests</translation>
    <extra-vagval-dictionary>New requests</extra-vagval-dictionary></message>
    <message>
        <source>Erbjöds en första tid</source>
        <translation>Offered a first time</translation>
    <extra-vagval-dictionary>Offered a first time</extra-vagval-dictionary></message>
    <message>
        <source>Inom 7 dagar (1 dygn för under 18)</source>
        <translation>Within 7 days (1 day for under 18s)</translation>
    <extra-vagval-dictionary>Within 7 days (1 day for under 18s)</extra-vagval-dictionary></message>
    <message>
        <source>Andel inom garantin</source>
        <translation>Share within the guarantee</translation>
    <extra-vagval-dictionary>Share within the guarantee</extra-vagval-dictionary></message>
    <message>
        <source>Väntar fortfarande</source>
        <translation>Still waiting</translation>
    <extra-vagval-dictionary>Still waiting</extra-vagval-dictionary></message>
    <message>
        <source>%1 / %2 dagar</source>
        <translation>%1 / %2 days</translation>
    <extra-vagval-dictionary>%1 / %2 days</extra-vagval-dictionary></message>
    <message>
        <source>Median / längsta väntan</source>
        <translation>Median / longest wait</translation>
    <extra-vagval-dictionary>Median / longest wait</extra-vagval-dictionary></message>
    <message>
        <source>Tillgänglighet</source>
        <translation>Access</translation>
    <extra-vagval-dictionary>Access</extra-vagval-dictionary></message>
    <message>
        <source>Fråga</source>
        <translation>Question</translation>
    <extra-vagval-dictionary>Question</extra-vagval-dictionary></message>
    <message>
        <source>Svar (n)</source>
        <translation>Answers (n)</translation>
    <extra-vagval-dictionary>Answers (n)</extra-vagval-dictionary></message>
    <message>
        <source>Andel ja</source>
        <translation>Share yes</translation>
    <extra-vagval-dictionary>Share yes</extra-vagval-dictionary></message>
    <message>
        <source>Utfall vid avslut</source>
        <translation>Outcomes at closing</translation>
    <extra-vagval-dictionary>Outcomes at closing</extra-vagval-dictionary></message>
    <message>
        <source>Grupper och kurser</source>
        <translation>Groups and courses</translation>
    <extra-vagval-dictionary>Groups and courses</extra-vagval-dictionary></message>
    <message>
        <source>Uppsökande arbete och utbildning</source>
        <translation>Outreach and education</translation>
    <extra-vagval-dictionary>Outreach and education</extra-vagval-dictionary></message>
    <message>
        <source>Påstående</source>
        <translation>Statement</translation>
    <extra-vagval-dictionary>Statement</extra-vagval-dictionary></message>
    <message>
        <source>Per kommun</source>
        <translation>Per municipality</translation>
    <extra-vagval-dictionary>Per municipality</extra-vagval-dictionary></message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Verksamhetsmål %1</source>
        <translation>Goals %1</translation>
    <extra-vagval-dictionary>Goals %1</extra-vagval-dictionary></message>
    <message>
        <source>ej bedömt</source>
        <translation>not assessed</translation>
    <extra-vagval-dictionary>not assessed</extra-vagval-dictionary></message>
    <message>
        <source>1 – ej uppnått</source>
        <translation>1 – not met</translation>
    <extra-vagval-dictionary>1 – not met</extra-vagval-dictionary></message>
    <message>
        <source>2 – delvis</source>
        <translation>2 – partly</translation>
    <extra-vagval-dictionary>2 – partly</extra-vagval-dictionary></message>
    <message>
        <source>3 – fullt ut</source>
        <translation>3 – fully</translation>
    <extra-vagval-dictionary>3 – fully</extra-vagval-dictionary></message>
    <message>
        <source>Operativt mål:</source>
        <translation>Operative goal:</translation>
    <extra-vagval-dictionary>Operative goal:</extra-vagval-dictionary></message>
    <message>
        <source>Aktivitet:</source>
        <translation>Activity:</translation>
    <extra-vagval-dictionary>Activity:</extra-vagval-dictionary></message>
    <message>
        <source>Måluppfyllelse:</source>
        <translation>Fulfilment:</translation>
    <extra-vagval-dictionary>Fulfilment:</extra-vagval-dictionary></message>
    <message>
        <source>Kommentar:</source>
        <translation>Comment:</translation>
    <extra-vagval-dictionary>Comment:</extra-vagval-dictionary></message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Operativt mål</source>
        <translation>Operative goal</translation>
    <extra-vagval-dictionary>Operative goal</extra-vagval-dictionary></message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    <extra-vagval-dictionary>Activity</extra-vagval-dictionary></message>
    <message>
        <source>Måluppfyllelse</source>
        <translation>Fulfilment</translation>
    <extra-vagval-dictionary>Fulfilment</extra-vagval-dictionary></message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    <extra-vagval-dictionary>Comment</extra-vagval-dictionary></message>
    <message>
        <source>Nytt mål…</source>
        <translation>New goal…</translation>
    <extra-vagval-dictionary>New goal…</extra-vagval-dictionary></message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    <extra-vagval-dictionary>Edit…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort…</source>
        <translation>Remove…</translation>
    <extra-vagval-dictionary>Remove…</extra-vagval-dictionary></message>
    <message>
        <source>Välj ett mål i listan först.</source>
        <translation>Select a goal in the list first.</translation>
    <extra-vagval-dictionary>Select a goal in the list first.</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort mål</source>
        <translation>Remove goal</translation>
    <extra-vagval-dictionary>Remove goal</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort målet ”%1”?</source>
        <translation>Remove the goal “%1”?</translation>
    <extra-vagval-dictionary>Remove the goal “%1”?</extra-vagval-dictionary></message>
    <message>
        <source>År:</source>
        <translation>Year:</translation>
    <extra-vagval-dictionary>Year:</extra-vagval-dictionary></message>
    <message>
        <source>Skala 1–3: 1 = ej uppnått, 2 = delvis, 3 = fullt ut. Dubbelklicka för att ändra.</source>
        <translation>Scale 1–3: 1 = not met, 2 = partly, 3 = fully. Double-click to change.</translation>
    <extra-vagval-dictionary>Scale 1–3: 1 = not met, 2 = partly, 3 = fully. Double-click to change.</extra-vagval-dictionary></message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Ny samtalsgrupp</source>
        <translation>New talk group</translation>
    <extra-vagval-dictionary>New talk group</extra-vagval-dictionary></message>
    <message>
        <source>t.ex. behandlingshemmet</source>
        <translation>e.g. the treatment home</translation>
    <extra-vagval-dictionary>e.g. the treatment home</extra-vagval-dictionary></message>
    <message>
        <source> dagar</source>
        <translation> days</translation>
    <extra-vagval-dictionary> days</extra-vagval-dictionary></message>
    <message>
        <source> min</source>
        <translation> min</translation>
    <extra-vagval-dictionary> min</extra-vagval-dictionary></message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    <extra-vagval-dictionary>Name:</extra-vagval-dictionary></message>
    <message>
        <source>Plats:</source>
        <translation>Place:</translation>
    <extra-vagval-dictionary>Place:</extra-vagval-dictionary></message>
    <message>
        <source>Träffas var:</source>
        <translation>Meets every:</translation>
    <extra-vagval-dictionary>Meets every:</extra-vagval-dictionary></message>
    <message>
        <source>Första träffen:</source>
        <translation>First meeting:</translation>
    <extra-vagval-dictionary>First meeting:</extra-vagval-dictionary></message>
    <message>
        <source>Längd:</source>
        <translation>Length:</translation>
    <extra-vagval-dictionary>Length:</extra-vagval-dictionary></message>
    <message>
        <source>Träffar skapas fram till:</source>
        <translation>Sessions are made until:</translation>
    <extra-vagval-dictionary>Sessions are made until:</extra-vagval-dictionary></message>
    <message>
        <source>Antal platser:</source>
        <translation>Places:</translation>
    <extra-vagval-dictionary>Places:</extra-vagval-dictionary></message>
    <message>
        <source>Gruppledare (och medledare):</source>
        <translation>Group leaders (and co-leaders):</translation>
    <extra-vagval-dictionary>Group leaders (and co-leaders):</extra-vagval-dictionary></message>
    <message>
        <source>Många träffar</source>
        <translation>Many meetings</translation>
    <extra-vagval-dictionary>Many meetings</extra-vagval-dictionary></message>
    <message>
        <source>Gruppen får %1 träffar fram till slutdatumet. Vill du verkligen lägga upp alla? (Välj Nej och ett tidigare slutdatum för att lägga upp färre.)</source>
        <translation>The group gets %1 meetings up to the end date. Do you really want to create them all? (Choose No and an earlier end date to create fewer.)</translation>
    <extra-vagval-dictionary>The group gets %1 meetings up to the end date. Do you really want to create them all? (Choose No and an earlier end date to create fewer.)</extra-vagval-dictionary></message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importera från Excel eller CSV</source>
        <translation>Import from Excel or CSV</translation>
    <extra-vagval-dictionary>Import from Excel or CSV</extra-vagval-dictionary></message>
    <message>
        <source>Uppsökande arbete</source>
        <translation>Outreach</translation>
    <extra-vagval-dictionary>Outreach</extra-vagval-dictionary></message>
    <message>
        <source>Studiebesök och utbildning</source>
        <translation>Study visits and education</translation>
    <extra-vagval-dictionary>Study visits and education</extra-vagval-dictionary></message>
    <message>
        <source>Konsultationer</source>
        <translation>Consultations</translation>
    <extra-vagval-dictionary>Consultations</extra-vagval-dictionary></message>
    <message>
        <source>Samtal</source>
        <translation>Contacts</translation>
    <extra-vagval-dictionary>Contacts</extra-vagval-dictionary></message>
    <message>
        <source>Gruppträffar</source>
        <translation>Group sessions</translation>
    <extra-vagval-dictionary>Group sessions</extra-vagval-dictionary></message>
    <message>
        <source>Välj fil…</source>
        <translation>Choose file…</translation>
    <extra-vagval-dictionary>Choose file…</extra-vagval-dictionary></message>
    <message>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    <extra-vagval-dictionary>Preview</extra-vagval-dictionary></message>
    <message>
        <source>Importera</source>
        <translation>Import</translation>
    <extra-vagval-dictionary>Import</extra-vagval-dictionary></message>
    <message>
        <source>Importerad</source>
        <translation>Imported</translation>
    <extra-vagval-dictionary>Imported</extra-vagval-dictionary></message>
    <message>
        <source>Sort</source>
        <translation>Kind</translation>
    <extra-vagval-dictionary>Kind</extra-vagval-dictionary></message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    <extra-vagval-dictionary>File</extra-vagval-dictionary></message>
    <message>
        <source>Rader</source>
        <translation>Rows</translation>
    <extra-vagval-dictionary>Rows</extra-vagval-dictionary></message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    <extra-vagval-dictionary>By</extra-vagval-dictionary></message>
    <message>
        <source>Ångra vald import…</source>
        <translation>Undo the selected import…</translation>
    <extra-vagval-dictionary>Undo the selected import…</extra-vagval-dictionary></message>
    <message>
        <source>Tidigare importer</source>
        <translation>Earlier imports</translation>
    <extra-vagval-dictionary>Earlier imports</extra-vagval-dictionary></message>
    <message>
        <source>Sort:</source>
        <translation>Kind:</translation>
    <extra-vagval-dictionary>Kind:</extra-vagval-dictionary></message>
    <message>
        <source>Fil:</source>
        <translation>File:</translation>
    <extra-vagval-dictionary>File:</extra-vagval-dictionary></message>
    <message>
        <source>Välj fil</source>
        <translation>Choose file</translation>
    <extra-vagval-dictionary>Choose file</extra-vagval-dictionary></message>
    <message>
        <source>Kalkylblad (*.csv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx)</translation>
    <extra-vagval-dictionary>Spreadsheets (*.csv *.xlsx)</extra-vagval-dictionary></message>
    <message>
        <source>Välj en fil först.</source>
        <translation>Choose a file first.</translation>
    <extra-vagval-dictionary>Choose a file first.</extra-vagval-dictionary></message>
    <message>
        <source>Läser filen…</source>
        <translation>Reading the file…</translation>
    <extra-vagval-dictionary>Reading the file…</extra-vagval-dictionary></message>
    <message>
        <source>Importerar…</source>
        <translation>Importing…</translation>
    <extra-vagval-dictionary>Importing…</extra-vagval-dictionary></message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    <extra-vagval-dictionary>Cancel</extra-vagval-dictionary></message>
    <message>
        <source>Filen har redan importerats %1 (%2). Den importeras inte igen.</source>
        <translation>The file was already imported %1 (%2). It is not imported again.</translation>
    <extra-vagval-dictionary>The file was already imported %1 (%2). It is not imported again.</extra-vagval-dictionary></message>
    <message>
        <source>%1 av %2 rader kan importeras.</source>
        <translation>%1 of %2 rows can be imported.</translation>
    <extra-vagval-dictionary>%1 of %2 rows can be imported.</extra-vagval-dictionary></message>
    <message>
        <source>%1 av %2 rader importerades.</source>
        <translation>%1 of %2 rows were imported.</translation>
    <extra-vagval-dictionary>%1 of %2 rows were imported.</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n rader finns redan från en tidigare import och räknas inte igen.</source>
        <translation><numerusform>%n row is already there from an earlier import and is not counted again.</numerusform><numerusform>%n rows are already there from an earlier import and are not counted again.</numerusform></translation>
    <extra-vagval-dictionary>%n row is already there from an earlier import and is not counted again.%n rows are already there from an earlier import and are not counted again.</extra-vagval-dictionary></message>
    <message>
        <source>Rad %1: %2</source>
        <translation>Row %1: %2</translation>
    <extra-vagval-dictionary>Row %1: %2</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>… och %n rader till som inte kan importeras.</source>
        <translation><numerusform>… and %n more row that cannot be imported.</numerusform><numerusform>… and %n more rows that cannot be imported.</numerusform></translation>
    <extra-vagval-dictionary>… and %n more row that cannot be imported.… and %n more rows that cannot be imported.</extra-vagval-dictionary></message>
    <message>
        <source>Ångra import</source>
        <translation>Undo import</translation>
    <extra-vagval-dictionary>Undo import</extra-vagval-dictionary></message>
    <message>
        <source>Ångra importen av %1? Allt den skapade (%2 rader) tas bort och syns inte längre i statistiken. Ändringen loggas.</source>
        <translation>Undo the import of %1? Everything it created (%2 rows) is removed and no longer counts in the statistics. The change is logged.</translation>
    <extra-vagval-dictionary>Undo the import of %1? Everything it created (%2 rows) is removed and no longer counts in the statistics. The change is logged.</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>Importen av %1 är ångrad: %n rader togs bort.</source>
        <translation><numerusform>The import of %1 is undone: %n row was removed.</numerusform><numerusform>The import of %1 is undone: %n rows were removed.</numerusform></translation>
    <extra-vagval-dictionary>The import of %1 is undone: %n row was removed.The import of %1 is undone: %n rows were removed.</extra-vagval-dictionary></message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>Ny anteckning…</source>
        <translation>New note…</translation>
    <extra-vagval-dictionary>New note…</extra-vagval-dictionary></message>
    <message>
        <source>Rätta vald anteckning…</source>
        <translation>Correct the chosen note…</translation>
    <extra-vagval-dictionary>Correct the chosen note…</extra-vagval-dictionary></message>
    <message>
        <source>Anteckning:</source>
        <translation>Note:</translation>
    <extra-vagval-dictionary>Note:</extra-vagval-dictionary></message>
    <message>
        <source>Inga anteckningar ännu.</source>
        <translation>No notes yet.</translation>
    <extra-vagval-dictionary>No notes yet.</extra-vagval-dictionary></message>
    <message>
        <source>version %1, ersatt av en rättelse</source>
        <translation>version %1, replaced by a correction</translation>
    <extra-vagval-dictionary>version %1, replaced by a correction</extra-vagval-dictionary></message>
    <message>
        <source>rättelse, version %1</source>
        <translation>correction, version %1</translation>
    <extra-vagval-dictionary>correction, version %1</extra-vagval-dictionary></message>
</context>
<context>
    <name>KeyFigureRows</name>
    <message>
        <source>kvinnor mötta</source>
        <translation>women met</translation>
    <extra-vagval-dictionary>women met</extra-vagval-dictionary></message>
    <message>
        <source>män mötta</source>
        <translation>men met</translation>
    <extra-vagval-dictionary>men met</extra-vagval-dictionary></message>
    <message>
        <source>andra mötta</source>
        <translation>others met</translation>
    <extra-vagval-dictionary>others met</extra-vagval-dictionary></message>
    <message>
        <source>mejl skickade</source>
        <translation>mails sent</translation>
    <extra-vagval-dictionary>mails sent</extra-vagval-dictionary></message>
    <message>
        <source>sms skickade</source>
        <translation>sms sent</translation>
    <extra-vagval-dictionary>sms sent</extra-vagval-dictionary></message>
    <message>
        <source>svar på mejl och sms</source>
        <translation>replies to mails and sms</translation>
    <extra-vagval-dictionary>replies to mails and sms</extra-vagval-dictionary></message>
    <message>
        <source>annonser sedda</source>
        <translation>ads seen</translation>
    <extra-vagval-dictionary>ads seen</extra-vagval-dictionary></message>
    <message>
        <source>nya annonser</source>
        <translation>new ads</translation>
    <extra-vagval-dictionary>new ads</extra-vagval-dictionary></message>
    <message>
        <source>annonser, kvinnor</source>
        <translation>ads, women</translation>
    <extra-vagval-dictionary>ads, women</extra-vagval-dictionary></message>
    <message>
        <source>annonser, män</source>
        <translation>ads, men</translation>
    <extra-vagval-dictionary>ads, men</extra-vagval-dictionary></message>
    <message>
        <source>annonser, under 25 år</source>
        <translation>ads, under 25</translation>
    <extra-vagval-dictionary>ads, under 25</extra-vagval-dictionary></message>
    <message>
        <source>annonser, 25 år och äldre</source>
        <translation>ads, 25 and older</translation>
    <extra-vagval-dictionary>ads, 25 and older</extra-vagval-dictionary></message>
</context>
<context>
    <name>KeyFigureRowsDialog</name>
    <message>
        <source>Nyckeltalstabellens rader</source>
        <translation>The key-figure table's rows</translation>
    <extra-vagval-dictionary>The key-figure table's rows</extra-vagval-dictionary></message>
    <message>
        <source>Lägg till rad</source>
        <translation>Add row</translation>
    <extra-vagval-dictionary>Add row</extra-vagval-dictionary></message>
    <message>
        <source>Återställ källans fyra rader</source>
        <translation>Restore the source's four rows</translation>
    <extra-vagval-dictionary>Restore the source's four rows</extra-vagval-dictionary></message>
    <message>
        <source>Välj vad varje rad räknar och vad den heter i tabellen. Håll muspekaren över ett mått för att se hur det räknas.</source>
        <translation>Choose what each row counts and what it is called in the table. Hover over a measure to see how it is counted.</translation>
    <extra-vagval-dictionary>Choose what each row counts and what it is called in the table. Hover over a measure to see how it is counted.</extra-vagval-dictionary></message>
    <message>
        <source>Skriv bara årets summa (inga månadskolumner)</source>
        <translation>Print the year's total only (no month columns)</translation>
    <extra-vagval-dictionary>Print the year's total only (no month columns)</extra-vagval-dictionary></message>
    <message>
        <source>Månader innan raden räknades visas som:</source>
        <translation>Months before the row was counted show as:</translation>
    <extra-vagval-dictionary>Months before the row was counted show as:</extra-vagval-dictionary></message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    <extra-vagval-dictionary>Jan</extra-vagval-dictionary></message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    <extra-vagval-dictionary>Feb</extra-vagval-dictionary></message>
    <message>
        <source>Mars</source>
        <translation>Mar</translation>
    <extra-vagval-dictionary>Mar</extra-vagval-dictionary></message>
    <message>
        <source>April</source>
        <translation>Apr</translation>
    <extra-vagval-dictionary>Apr</extra-vagval-dictionary></message>
    <message>
        <source>Maj</source>
        <translation>May</translation>
    <extra-vagval-dictionary>May</extra-vagval-dictionary></message>
    <message>
        <source>Juni</source>
        <translation>Jun</translation>
    <extra-vagval-dictionary>Jun</extra-vagval-dictionary></message>
    <message>
        <source>Juli</source>
        <translation>Jul</translation>
    <extra-vagval-dictionary>Jul</extra-vagval-dictionary></message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    <extra-vagval-dictionary>Aug</extra-vagval-dictionary></message>
    <message>
        <source>Sept</source>
        <translation>Sep</translation>
    <extra-vagval-dictionary>Sep</extra-vagval-dictionary></message>
    <message>
        <source>Okt</source>
        <translation>Oct</translation>
    <extra-vagval-dictionary>Oct</extra-vagval-dictionary></message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    <extra-vagval-dictionary>Nov</extra-vagval-dictionary></message>
    <message>
        <source>Dec</source>
        <translation>Dec</translation>
    <extra-vagval-dictionary>Dec</extra-vagval-dictionary></message>
    <message>
        <source>Tot.</source>
        <translation>Total</translation>
    <extra-vagval-dictionary>Total</extra-vagval-dictionary></message>
    <message>
        <source>Nyckeltal</source>
        <translation>Key figure</translation>
    <extra-vagval-dictionary>Key figure</extra-vagval-dictionary></message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Var ska databasen ligga?</source>
        <translation>Where should the database be kept?</translation>
    <extra-vagval-dictionary>Where should the database be kept?</extra-vagval-dictionary></message>
    <message>
        <source>Standard är din egen datamapp. Välj en gemensam mapp om flera personer ska använda samma databas på den här datorn.</source>
        <translation>The default is your own data folder. Choose a shared folder if several people will use the same database on this computer.</translation>
    <extra-vagval-dictionary>The default is your own data folder. Choose a shared folder if several people will use the same database on this computer.</extra-vagval-dictionary></message>
    <message>
        <source>Välj mapp…</source>
        <translation>Choose folder…</translation>
    <extra-vagval-dictionary>Choose folder…</extra-vagval-dictionary></message>
    <message>
        <source>Standardmappen</source>
        <translation>Default folder</translation>
    <extra-vagval-dictionary>Default folder</extra-vagval-dictionary></message>
    <message>
        <source>Mapp:</source>
        <translation>Folder:</translation>
    <extra-vagval-dictionary>Folder:</extra-vagval-dictionary></message>
    <message>
        <source>Databasen och dess nyckelfil är krypterade. Säkerhetskopior görs senare under Administration.</source>
        <translation>The database and its key file are encrypted. Backups are made later under Administration.</translation>
    <extra-vagval-dictionary>The database and its key file are encrypted. Backups are made later under Administration.</extra-vagval-dictionary></message>
    <message>
        <source>Databasfil: %1</source>
        <translation>Database file: %1</translation>
    <extra-vagval-dictionary>Database file: %1</extra-vagval-dictionary></message>
    <message>
        <source>Välj mapp för databasen</source>
        <translation>Choose a folder for the database</translation>
    <extra-vagval-dictionary>Choose a folder for the database</extra-vagval-dictionary></message>
    <message>
        <source>Det finns redan en Vägval-databas i mappen. Välj en annan mapp, eller avbryt och öppna den befintliga.</source>
        <translation>There is already a Vägval database in this folder. Choose another folder, or cancel and open the existing one.</translation>
    <extra-vagval-dictionary>There is already a Vägval database in this folder. Choose another folder, or cancel and open the existing one.</extra-vagval-dictionary></message>
    <message>
        <source>Det går inte att skriva i mappen. Välj en mapp där du har skrivrättighet.</source>
        <translation>The folder cannot be written to. Choose a folder where you have write permission.</translation>
    <extra-vagval-dictionary>The folder cannot be written to. Choose a folder where you have write permission.</extra-vagval-dictionary></message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Vägval är låst</source>
        <translation>Vägval is locked</translation>
    <extra-vagval-dictionary>Vägval is locked</extra-vagval-dictionary></message>
    <message>
        <source>Lösenord</source>
        <translation>Password</translation>
    <extra-vagval-dictionary>Password</extra-vagval-dictionary></message>
    <message>
        <source>Lås upp</source>
        <translation>Unlock</translation>
    <extra-vagval-dictionary>Unlock</extra-vagval-dictionary></message>
    <message>
        <source>Logga ut</source>
        <translation>Log out</translation>
    <extra-vagval-dictionary>Log out</extra-vagval-dictionary></message>
    <message>
        <source>Inloggad: %1 (%2). Skriv ditt lösenord för att fortsätta.</source>
        <translation>Logged in: %1 (%2). Enter your password to continue.</translation>
    <extra-vagval-dictionary>Logged in: %1 (%2). Enter your password to continue.</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>Vänta %n sekunder innan nästa försök.</source>
        <translation><numerusform>Wait %n second before the next attempt.</numerusform><numerusform>Wait %n seconds before the next attempt.</numerusform></translation>
    <extra-vagval-dictionary>Wait %n second before the next attempt.Wait %n seconds before the next attempt.</extra-vagval-dictionary></message>
    <message>
        <source>Fel lösenord.</source>
        <translation>Wrong password.</translation>
    <extra-vagval-dictionary>Wrong password.</extra-vagval-dictionary></message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>%1 – logga in</source>
        <translation>%1 – log in</translation>
    <extra-vagval-dictionary>%1 – log in</extra-vagval-dictionary></message>
    <message>
        <source>Databas: %1</source>
        <translation>Database: %1</translation>
    <extra-vagval-dictionary>Database: %1</extra-vagval-dictionary></message>
    <message>
        <source>Logga in</source>
        <translation>Log in</translation>
    <extra-vagval-dictionary>Log in</extra-vagval-dictionary></message>
    <message>
        <source>Användarnamn:</source>
        <translation>Username:</translation>
    <extra-vagval-dictionary>Username:</extra-vagval-dictionary></message>
    <message>
        <source>Lösenord:</source>
        <translation>Password:</translation>
    <extra-vagval-dictionary>Password:</extra-vagval-dictionary></message>
    <message>
        <source>Glömt lösenordet?</source>
        <translation>Forgot the password?</translation>
    <extra-vagval-dictionary>Forgot the password?</extra-vagval-dictionary></message>
    <message>
        <source>Öppna en annan databas…</source>
        <translation>Open another database…</translation>
    <extra-vagval-dictionary>Open another database…</extra-vagval-dictionary></message>
    <message>
        <source>Skapa ny databas…</source>
        <translation>Create new database…</translation>
    <extra-vagval-dictionary>Create new database…</extra-vagval-dictionary></message>
    <message>
        <source>Återställ från säkerhetskopia…</source>
        <translation>Restore from backup…</translation>
    <extra-vagval-dictionary>Restore from backup…</extra-vagval-dictionary></message>
    <message>
        <source>Logga in med ditt eget användarnamn och lösenord.</source>
        <translation>Log in with your own username and password.</translation>
    <extra-vagval-dictionary>Log in with your own username and password.</extra-vagval-dictionary></message>
    <message>
        <source>Demoläge – påhittade uppgifter. Logga in som:</source>
        <translation>Demo mode – made-up data. Log in as:</translation>
    <extra-vagval-dictionary>Demo mode – made-up data. Log in as:</extra-vagval-dictionary></message>
    <message>
        <source>Skriv användarnamn och lösenord.</source>
        <translation>Enter username and password.</translation>
    <extra-vagval-dictionary>Enter username and password.</extra-vagval-dictionary></message>
    <message>
        <source>Loggar in…</source>
        <translation>Logging in…</translation>
    <extra-vagval-dictionary>Logging in…</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>Vänta %n sekunder innan nästa försök.</source>
        <translation><numerusform>Wait %n second before the next attempt.</numerusform><numerusform>Wait %n seconds before the next attempt.</numerusform></translation>
    <extra-vagval-dictionary>Wait %n second before the next attempt.Wait %n seconds before the next attempt.</extra-vagval-dictionary></message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    <extra-vagval-dictionary>Overview</extra-vagval-dictionary></message>
    <message>
        <source>Klienter</source>
        <translation>Clients</translation>
    <extra-vagval-dictionary>Clients</extra-vagval-dictionary></message>
    <message>
        <source>Bokningar</source>
        <translation>Bookings</translation>
    <extra-vagval-dictionary>Bookings</extra-vagval-dictionary></message>
    <message>
        <source>Grupper och kurser</source>
        <translation>Groups and courses</translation>
    <extra-vagval-dictionary>Groups and courses</extra-vagval-dictionary></message>
    <message>
        <source>Uppsökande och utbildning</source>
        <translation>Outreach and education</translation>
    <extra-vagval-dictionary>Outreach and education</extra-vagval-dictionary></message>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    <extra-vagval-dictionary>Statistics</extra-vagval-dictionary></message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    <extra-vagval-dictionary>Administration</extra-vagval-dictionary></message>
    <message>
        <source>Lås</source>
        <translation>Lock</translation>
    <extra-vagval-dictionary>Lock</extra-vagval-dictionary></message>
    <message>
        <source>Lås programmet (Ctrl+L)</source>
        <translation>Lock the program (Ctrl+L)</translation>
    <extra-vagval-dictionary>Lock the program (Ctrl+L)</extra-vagval-dictionary></message>
    <message>
        <source>Logga ut</source>
        <translation>Log out</translation>
    <extra-vagval-dictionary>Log out</extra-vagval-dictionary></message>
    <message>
        <source>⚠ Dags att säkerhetskopiera</source>
        <translation>⚠ Time to back up</translation>
    <extra-vagval-dictionary>⚠ Time to back up</extra-vagval-dictionary></message>
    <message>
        <source>Inloggad: %1 (%2)</source>
        <translation>Logged in: %1 (%2)</translation>
    <extra-vagval-dictionary>Logged in: %1 (%2)</extra-vagval-dictionary></message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    <extra-vagval-dictionary>&amp;File</extra-vagval-dictionary></message>
    <message>
        <source>Byt lösenord…</source>
        <translation>Change password…</translation>
    <extra-vagval-dictionary>Change password…</extra-vagval-dictionary></message>
    <message>
        <source>Avsluta</source>
        <translation>Quit</translation>
    <extra-vagval-dictionary>Quit</extra-vagval-dictionary></message>
    <message>
        <source>&amp;Gå till</source>
        <translation>&amp;Go to</translation>
    <extra-vagval-dictionary>&amp;Go to</extra-vagval-dictionary></message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    <extra-vagval-dictionary>&amp;Help</extra-vagval-dictionary></message>
    <message>
        <source>Användarhandbok</source>
        <translation>User guide</translation>
    <extra-vagval-dictionary>User guide</extra-vagval-dictionary></message>
    <message>
        <source>Om Vägval</source>
        <translation>About Vägval</translation>
    <extra-vagval-dictionary>About Vägval</extra-vagval-dictionary></message>
    <message>
        <source>%1 – låst</source>
        <translation>%1 – locked</translation>
    <extra-vagval-dictionary>%1 – locked</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n fönster är öppna. Om du loggar ut stängs de, och det som inte har sparats i dem försvinner. Logga ut ändå?</source>
        <translation><numerusform>%n window is open. Logging out closes it, and what was not saved in it is lost. Log out anyway?</numerusform><numerusform>%n windows are open. Logging out closes them, and what was not saved in them is lost. Log out anyway?</numerusform></translation>
    <extra-vagval-dictionary>%n window is open. Logging out closes it, and what was not saved in it is lost. Log out anyway?%n windows are open. Logging out closes them, and what was not saved in them is lost. Log out anyway?</extra-vagval-dictionary></message>
    <message>
        <source>Ingen säkerhetskopia har gjorts ännu.</source>
        <translation>No backup has been made yet.</translation>
    <extra-vagval-dictionary>No backup has been made yet.</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>Senaste säkerhetskopian gjordes %1; påminnelsen gäller efter %n dagar.</source>
        <translation><numerusform>The last backup was made %1; the reminder applies after %n day.</numerusform><numerusform>The last backup was made %1; the reminder applies after %n days.</numerusform></translation>
    <extra-vagval-dictionary>The last backup was made %1; the reminder applies after %n day.The last backup was made %1; the reminder applies after %n days.</extra-vagval-dictionary></message>
    <message>
        <source>&lt;b&gt;Vägval %1&lt;/b&gt;&lt;br&gt;Register, kurser och statistik för förebyggande enheter.&lt;br&gt;All information sparas krypterad på den här datorn.</source>
        <translation>&lt;b&gt;Vägval %1&lt;/b&gt;&lt;br&gt;Register, courses and statistics for prevention units.&lt;br&gt;All information is stored encrypted on this computer.</translation>
    <extra-vagval-dictionary>&lt;b&gt;Vägval %1&lt;/b&gt;&lt;br&gt;Register, courses and statistics for prevention units.&lt;br&gt;All information is stored encrypted on this computer.</extra-vagval-dictionary></message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>Nytt material</source>
        <translation>New material</translation>
    <extra-vagval-dictionary>New material</extra-vagval-dictionary></message>
    <message>
        <source>Ändra material</source>
        <translation>Edit material</translation>
    <extra-vagval-dictionary>Edit material</extra-vagval-dictionary></message>
    <message>
        <source>t.ex. Preventionspaket</source>
        <translation>e.g. Prevention package</translation>
    <extra-vagval-dictionary>e.g. Prevention package</extra-vagval-dictionary></message>
    <message>
        <source>Egen räknare: räknas per uppsökande dag, delas inte ut</source>
        <translation>Own counter: counted per outreach day, not handed out</translation>
    <extra-vagval-dictionary>Own counter: counted per outreach day, not handed out</extra-vagval-dictionary></message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    <extra-vagval-dictionary>Name:</extra-vagval-dictionary></message>
    <message>
        <source>Antal anskaffade (lager):</source>
        <translation>Number acquired (stock):</translation>
    <extra-vagval-dictionary>Number acquired (stock):</extra-vagval-dictionary></message>
</context>
<context>
    <name>MaterialsDialog</name>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    <extra-vagval-dictionary>Material</extra-vagval-dictionary></message>
    <message>
        <source>Anskaffade</source>
        <translation>Acquired</translation>
    <extra-vagval-dictionary>Acquired</extra-vagval-dictionary></message>
    <message>
        <source>Material och egna räknare</source>
        <translation>Materials and own counters</translation>
    <extra-vagval-dictionary>Materials and own counters</extra-vagval-dictionary></message>
    <message>
        <source>Utdelade / räknade</source>
        <translation>Handed out / counted</translation>
    <extra-vagval-dictionary>Handed out / counted</extra-vagval-dictionary></message>
    <message>
        <source>Nytt…</source>
        <translation>New…</translation>
    <extra-vagval-dictionary>New…</extra-vagval-dictionary></message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    <extra-vagval-dictionary>Edit…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort…</source>
        <translation>Remove…</translation>
    <extra-vagval-dictionary>Remove…</extra-vagval-dictionary></message>
    <message>
        <source>egen räknare</source>
        <translation>own counter</translation>
    <extra-vagval-dictionary>own counter</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort material</source>
        <translation>Remove material</translation>
    <extra-vagval-dictionary>Remove material</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort %1?</source>
        <translation>Remove %1?</translation>
    <extra-vagval-dictionary>Remove %1?</extra-vagval-dictionary></message>
</context>
<context>
    <name>MeetingRow</name>
    <message>
        <source>återträff</source>
        <translation>reunion</translation>
    <extra-vagval-dictionary>reunion</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    <extra-vagval-dictionary>Remove</extra-vagval-dictionary></message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Ställ in / ägde inte rum</source>
        <translation>Cancel / did not take place</translation>
    <extra-vagval-dictionary>Cancel / did not take place</extra-vagval-dictionary></message>
    <message>
        <source>Flytta vald träff…</source>
        <translation>Move the chosen meeting…</translation>
    <extra-vagval-dictionary>Move the chosen meeting…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort vald träff…</source>
        <translation>Remove the selected meeting…</translation>
    <extra-vagval-dictionary>Remove the selected meeting…</extra-vagval-dictionary></message>
    <message>
        <source>Lokal: %1</source>
        <translation>Venue: %1</translation>
    <extra-vagval-dictionary>Venue: %1</extra-vagval-dictionary></message>
    <message>
        <source>Kursledare: %1</source>
        <translation>Course leaders: %1</translation>
    <extra-vagval-dictionary>Course leaders: %1</extra-vagval-dictionary></message>
    <message>
        <source>Gruppledare: %1</source>
        <translation>Group leaders: %1</translation>
    <extra-vagval-dictionary>Group leaders: %1</extra-vagval-dictionary></message>
    <message>
        <source>Sista anmälningsdag: %1</source>
        <translation>Registration deadline: %1</translation>
    <extra-vagval-dictionary>Registration deadline: %1</extra-vagval-dictionary></message>
    <message>
        <source>Gäster: %1</source>
        <translation>Guests: %1</translation>
    <extra-vagval-dictionary>Guests: %1</extra-vagval-dictionary></message>
    <message>
        <source>återträff</source>
        <translation>reunion</translation>
    <extra-vagval-dictionary>reunion</extra-vagval-dictionary></message>
    <message>
        <source>inställd</source>
        <translation>cancelled</translation>
    <extra-vagval-dictionary>cancelled</extra-vagval-dictionary></message>
    <message>
        <source>närvaro saknas</source>
        <translation>attendance missing</translation>
    <extra-vagval-dictionary>attendance missing</extra-vagval-dictionary></message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>administratör</source>
        <translation>administrator</translation>
    <extra-vagval-dictionary>administrator</extra-vagval-dictionary></message>
    <message>
        <source>rådgivare</source>
        <translation>counsellor</translation>
    <extra-vagval-dictionary>counsellor</extra-vagval-dictionary></message>
    <message>
        <source>kursledare</source>
        <translation>course leader</translation>
    <extra-vagval-dictionary>course leader</extra-vagval-dictionary></message>
    <message>
        <source>statistik</source>
        <translation>statistics</translation>
    <extra-vagval-dictionary>statistics</extra-vagval-dictionary></message>
    <message>
        <source>Fel användarnamn eller lösenord.</source>
        <translation>Wrong username or password.</translation>
    <extra-vagval-dictionary>Wrong username or password.</extra-vagval-dictionary></message>
    <message>
        <source>Återställningsnyckeln stämmer inte. Kontrollera att den är rätt inskriven.</source>
        <translation>The recovery key does not match. Check that it is typed correctly.</translation>
    <extra-vagval-dictionary>The recovery key does not match. Check that it is typed correctly.</extra-vagval-dictionary></message>
    <message>
        <source>För många misslyckade försök. Vänta {seconds} sekunder och försök igen.</source>
        <translation>Too many failed attempts. Wait {seconds} seconds and try again.</translation>
    <extra-vagval-dictionary>Too many failed attempts. Wait {seconds} seconds and try again.</extra-vagval-dictionary></message>
    <message>
        <source>Kontot är avstängt. Kontakta en administratör.</source>
        <translation>The account is disabled. Contact an administrator.</translation>
    <extra-vagval-dictionary>The account is disabled. Contact an administrator.</extra-vagval-dictionary></message>
    <message>
        <source>Nyckelfilen är skadad eller oläslig. Återställ den från en säkerhetskopia. ({detail})</source>
        <translation>The key file is damaged or unreadable. Restore it from a backup. ({detail})</translation>
    <extra-vagval-dictionary>The key file is damaged or unreadable. Restore it from a backup. ({detail})</extra-vagval-dictionary></message>
    <message>
        <source>Nyckelfilen saknas ({detail}). Den ska ligga bredvid databasfilen.</source>
        <translation>The key file is missing ({detail}). It belongs next to the database file.</translation>
    <extra-vagval-dictionary>The key file is missing ({detail}). It belongs next to the database file.</extra-vagval-dictionary></message>
    <message>
        <source>Databasen finns inte: {detail}</source>
        <translation>The database does not exist: {detail}</translation>
    <extra-vagval-dictionary>The database does not exist: {detail}</extra-vagval-dictionary></message>
    <message>
        <source>Det finns redan en databas på den platsen: {detail}</source>
        <translation>There is already a database at that place: {detail}</translation>
    <extra-vagval-dictionary>There is already a database at that place: {detail}</extra-vagval-dictionary></message>
    <message>
        <source>Databasen är skadad och kan inte läsas. Återställ från en säkerhetskopia.</source>
        <translation>The database is damaged and cannot be read. Restore from a backup.</translation>
    <extra-vagval-dictionary>The database is damaged and cannot be read. Restore from a backup.</extra-vagval-dictionary></message>
    <message>
        <source>Databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>The database is in use by another program right now. Try again in a moment.</translation>
    <extra-vagval-dictionary>The database is in use by another program right now. Try again in a moment.</extra-vagval-dictionary></message>
    <message>
        <source>Det gick inte att läsa eller skriva databasen. Inget har sparats.</source>
        <translation>The database could not be read or written. Nothing was saved.</translation>
    <extra-vagval-dictionary>The database could not be read or written. Nothing was saved.</extra-vagval-dictionary></message>
    <message>
        <source>Avbrutet. Inget har sparats.</source>
        <translation>Cancelled. Nothing was saved.</translation>
    <extra-vagval-dictionary>Cancelled. Nothing was saved.</extra-vagval-dictionary></message>
    <message>
        <source>Uppgiften kunde inte sparas; kontrollera det du skrivit.</source>
        <translation>This could not be saved; check what you typed.</translation>
    <extra-vagval-dictionary>This could not be saved; check what you typed.</extra-vagval-dictionary></message>
    <message>
        <source>Ett oväntat fel inträffade. Det du redan sparat finns kvar. Teknisk information: {detail}</source>
        <translation>An unexpected error occurred. What you already saved is kept. Technical information: {detail}</translation>
    <extra-vagval-dictionary>An unexpected error occurred. What you already saved is kept. Technical information: {detail}</extra-vagval-dictionary></message>
    <message>
        <source>Din roll får inte göra detta.</source>
        <translation>Your role may not do this.</translation>
    <extra-vagval-dictionary>Your role may not do this.</extra-vagval-dictionary></message>
    <message>
        <source>Säkerhetskopian kunde inte användas: {detail}</source>
        <translation>The backup could not be used: {detail}</translation>
    <extra-vagval-dictionary>The backup could not be used: {detail}</extra-vagval-dictionary></message>
    <message>
        <source>Databasen är redan öppen hos {who} på datorn {host} (sedan {since}). Bara en i taget kan arbeta i den; be {who} att logga ut eller stänga Vägval.</source>
        <translation>The database is already open by {who} on the computer {host} (since {since}). Only one at a time can work in it; ask {who} to log out or close Vägval.</translation>
    <extra-vagval-dictionary>The database is already open by {who} on the computer {host} (since {since}). Only one at a time can work in it; ask {who} to log out or close Vägval.</extra-vagval-dictionary></message>
    <message>
        <source>Uppgiften finns inte längre.</source>
        <translation>The record no longer exists.</translation>
    <extra-vagval-dictionary>The record no longer exists.</extra-vagval-dictionary></message>
    <message>
        <source>Det finns redan en deltagare med samma namn och telefon eller födelseår ({code}).</source>
        <translation>There is already a participant with the same name and phone or birth year ({code}).</translation>
    <extra-vagval-dictionary>There is already a participant with the same name and phone or birth year ({code}).</extra-vagval-dictionary></message>
    <message>
        <source>Det finns redan en klient med det personnumret ({code}).</source>
        <translation>There is already a client with that personal identity number ({code}).</translation>
    <extra-vagval-dictionary>There is already a client with that personal identity number ({code}).</extra-vagval-dictionary></message>
    <message>
        <source>Vägval har låsts: databasen öppnades av {who} på datorn {host} (sedan {since}) medan den här datorn var inaktiv. Inget mer sparas härifrån. Det som redan sparats finns kvar; logga ut och fortsätt när den andra har stängt Vägval.</source>
        <translation>Vägval has been locked: the database was opened by {who} on the computer {host} (since {since}) while this computer was inactive. Nothing more is saved from here. What was already saved is kept; log out and continue when the other has closed Vägval.</translation>
    <extra-vagval-dictionary>Vägval has been locked: the database was opened by {who} on the computer {host} (since {since}) while this computer was inactive. Nothing more is saved from here. What was already saved is kept; log out and continue when the other has closed Vägval.</extra-vagval-dictionary></message>
    <message>
        <source>Disken är full. Inget har sparats; frigör utrymme och försök igen.</source>
        <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    <extra-vagval-dictionary>The disk is full. Nothing was saved; free some space and try again.</extra-vagval-dictionary></message>
    <message>
        <source>Mappen går inte att skriva i. Inget har sparats.</source>
        <translation>The folder cannot be written to. Nothing was saved.</translation>
    <extra-vagval-dictionary>The folder cannot be written to. Nothing was saved.</extra-vagval-dictionary></message>
    <message>
        <source>Granskningsloggen kan inte ändras i efterhand. Inget har sparats.</source>
        <translation>The audit log cannot be changed afterwards. Nothing was saved.</translation>
    <extra-vagval-dictionary>The audit log cannot be changed afterwards. Nothing was saved.</extra-vagval-dictionary></message>
    <message>
        <source>Databasen vägrade ändringen. Inget har sparats; försök igen.</source>
        <translation>The database refused the change. Nothing was saved; try again.</translation>
    <extra-vagval-dictionary>The database refused the change. Nothing was saved; try again.</extra-vagval-dictionary></message>
    <message>
        <source>Filen kunde inte läsas eller skrivas. Inget har sparats.</source>
        <translation>The file could not be read or written. Nothing was saved.</translation>
    <extra-vagval-dictionary>The file could not be read or written. Nothing was saved.</extra-vagval-dictionary></message>
    <message>
        <source>Databasen har skapats av en nyare version av Vägval. Uppdatera programmet.</source>
        <translation>The database was made by a newer version of Vägval. Update the program.</translation>
    <extra-vagval-dictionary>The database was made by a newer version of Vägval. Update the program.</extra-vagval-dictionary></message>
    <message>
        <source>Ingen klient har koden {code}.</source>
        <translation>No client has the code {code}.</translation>
    <extra-vagval-dictionary>No client has the code {code}.</extra-vagval-dictionary></message>
    <message>
        <source>Nyckelfilen ({detail}) hör till en annan databas än den som öppnas. Lägg databasens egen nyckelfil bredvid den, eller återställ båda från en säkerhetskopia.</source>
        <translation>The key file ({detail}) belongs to another database than the one being opened. Put the database's own key file beside it, or restore both from a backup.</translation>
    <extra-vagval-dictionary>The key file ({detail}) belongs to another database than the one being opened. Put the database's own key file beside it, or restore both from a backup.</extra-vagval-dictionary></message>
    <message>
        <source>Nyckelfilen saknas ({detail}), men den förra versionen finns kvar: {backup}. Be en administratör kopiera den till {detail}; lösenord som bytts sedan dess gäller då inte, och konton som stängts av sedan dess bör stängas av igen.</source>
        <translation>The key file is missing ({detail}), but its previous version remains: {backup}. Ask an administrator to copy it to {detail}; passwords changed since then do not work with it, and accounts disabled since then should be disabled again.</translation>
    <extra-vagval-dictionary>The key file is missing ({detail}), but its previous version remains: {backup}. Ask an administrator to copy it to {detail}; passwords changed since then do not work with it, and accounts disabled since then should be disabled again.</extra-vagval-dictionary></message>
    <message>
        <source>Filen är ingen säkerhetskopia från Vägval.</source>
        <translation>The file is not a Vägval backup.</translation>
    <extra-vagval-dictionary>The file is not a Vägval backup.</extra-vagval-dictionary></message>
    <message>
        <source>Säkerhetskopian finns inte längre.</source>
        <translation>The backup no longer exists.</translation>
    <extra-vagval-dictionary>The backup no longer exists.</extra-vagval-dictionary></message>
    <message>
        <source>Säkerhetskopian hör till en annan databas än den som är öppen.</source>
        <translation>The backup belongs to another database than the open one.</translation>
    <extra-vagval-dictionary>The backup belongs to another database than the open one.</extra-vagval-dictionary></message>
    <message>
        <source>Säkerhetskopian är skadad eller ändrad och återställdes inte. Välj en annan kopia.</source>
        <translation>The backup is damaged or changed and was not restored. Choose another backup.</translation>
    <extra-vagval-dictionary>The backup is damaged or changed and was not restored. Choose another backup.</extra-vagval-dictionary></message>
    <message>
        <source>Kopian klarade inte kontrollen efter skrivningen och sparades inte.</source>
        <translation>The copy failed its check after writing and was not kept.</translation>
    <extra-vagval-dictionary>The copy failed its check after writing and was not kept.</extra-vagval-dictionary></message>
    <message>
        <source>Säkerhetskopian kommer från en annan enhet ({backup_unit}) än databasen här ({current_unit}). Inget har ändrats; bekräfta först att {current_unit} ska ersättas.</source>
        <translation>The backup comes from another unit ({backup_unit}) than the database here ({current_unit}). Nothing has changed; first confirm that {current_unit} is to be replaced.</translation>
    <extra-vagval-dictionary>The backup comes from another unit ({backup_unit}) than the database here ({current_unit}). Nothing has changed; first confirm that {current_unit} is to be replaced.</extra-vagval-dictionary></message>
    <message>
        <source>Databasen stängdes mitt i en skrivning (t.ex. vid ett strömavbrott). Ingen kopia gjordes: logga in i Vägval en gång, så rättas det, och säkerhetskopiera sedan igen.</source>
        <translation>The database was closed in the middle of a write (a power cut, for example). No copy was made: log in to Vägval once, which puts it right, then back up again.</translation>
    <extra-vagval-dictionary>The database was closed in the middle of a write (a power cut, for example). No copy was made: log in to Vägval once, which puts it right, then back up again.</extra-vagval-dictionary></message>
    <message>
        <source>Det finns inte plats på disken för att packa upp säkerhetskopian. Inget har ändrats; frigör utrymme och försök igen.</source>
        <translation>There is no room on the disk to unpack the backup. Nothing has changed; free some space and try again.</translation>
    <extra-vagval-dictionary>There is no room on the disk to unpack the backup. Nothing has changed; free some space and try again.</extra-vagval-dictionary></message>
    <message>
        <source>databasfilens kontrollsumma stämmer inte</source>
        <translation>the database file's checksum does not match</translation>
    <extra-vagval-dictionary>the database file's checksum does not match</extra-vagval-dictionary></message>
    <message>
        <source>nyckelfilens kontrollsumma stämmer inte</source>
        <translation>the key file's checksum does not match</translation>
    <extra-vagval-dictionary>the key file's checksum does not match</extra-vagval-dictionary></message>
    <message>
        <source>nyckelfilen hör till en annan databas</source>
        <translation>the key file belongs to another database</translation>
    <extra-vagval-dictionary>the key file belongs to another database</extra-vagval-dictionary></message>
    <message>
        <source>innehållsförteckningen har ändrats</source>
        <translation>the manifest has been changed</translation>
    <extra-vagval-dictionary>the manifest has been changed</extra-vagval-dictionary></message>
    <message>
        <source>databasen går inte att öppna</source>
        <translation>the database does not open</translation>
    <extra-vagval-dictionary>the database does not open</extra-vagval-dictionary></message>
    <message>
        <source>integritetskontrollen misslyckades</source>
        <translation>the integrity check failed</translation>
    <extra-vagval-dictionary>the integrity check failed</extra-vagval-dictionary></message>
    <message>
        <source>krypteringskontrollen misslyckades</source>
        <translation>the encryption check failed</translation>
    <extra-vagval-dictionary>the encryption check failed</extra-vagval-dictionary></message>
    <message>
        <source>antalet rader stämmer inte med förteckningen</source>
        <translation>the row counts do not match the manifest</translation>
    <extra-vagval-dictionary>the row counts do not match the manifest</extra-vagval-dictionary></message>
    <message>
        <source>databasens id stämmer inte med förteckningen</source>
        <translation>the database id does not match the manifest</translation>
    <extra-vagval-dictionary>the database id does not match the manifest</extra-vagval-dictionary></message>
    <message>
        <source>Enhetens namn</source>
        <translation>Unit name</translation>
    <extra-vagval-dictionary>Unit name</extra-vagval-dictionary></message>
    <message>
        <source>Första erbjudna tid</source>
        <translation>First time offered</translation>
    <extra-vagval-dictionary>First time offered</extra-vagval-dictionary></message>
    <message>
        <source>Datum och tid</source>
        <translation>Date and time</translation>
    <extra-vagval-dictionary>Date and time</extra-vagval-dictionary></message>
    <message>
        <source>Parets personer</source>
        <translation>The couple's persons</translation>
    <extra-vagval-dictionary>The couple's persons</extra-vagval-dictionary></message>
    <message>
        <source>Kurstypens namn</source>
        <translation>Course type name</translation>
    <extra-vagval-dictionary>Course type name</extra-vagval-dictionary></message>
    <message>
        <source>Minsta antal</source>
        <translation>Minimum</translation>
    <extra-vagval-dictionary>Minimum</extra-vagval-dictionary></message>
    <message>
        <source>Sista anmälningsdag</source>
        <translation>Registration deadline</translation>
    <extra-vagval-dictionary>Registration deadline</extra-vagval-dictionary></message>
    <message>
        <source>Kursen</source>
        <translation>The course</translation>
    <extra-vagval-dictionary>The course</extra-vagval-dictionary></message>
    <message>
        <source>Namnet</source>
        <translation>The name</translation>
    <extra-vagval-dictionary>The name</extra-vagval-dictionary></message>
    <message>
        <source>Antalet annonser</source>
        <translation>The number of ads</translation>
    <extra-vagval-dictionary>The number of ads</extra-vagval-dictionary></message>
    <message>
        <source>Närvaron</source>
        <translation>The attendance</translation>
    <extra-vagval-dictionary>The attendance</extra-vagval-dictionary></message>
    <message>
        <source>Tecknet för månader före räkningen</source>
        <translation>The mark for months before counting</translation>
    <extra-vagval-dictionary>The mark for months before counting</extra-vagval-dictionary></message>
    <message>
        <source>Mappen för säkerhetskopior</source>
        <translation>The backup folder</translation>
    <extra-vagval-dictionary>The backup folder</extra-vagval-dictionary></message>
    <message>
        <source>Påminnelsen om säkerhetskopia</source>
        <translation>The backup reminder</translation>
    <extra-vagval-dictionary>The backup reminder</extra-vagval-dictionary></message>
    <message>
        <source>Födelseåret</source>
        <translation>The year of birth</translation>
    <extra-vagval-dictionary>The year of birth</extra-vagval-dictionary></message>
    <message>
        <source>Antalet platser</source>
        <translation>The number of places</translation>
    <extra-vagval-dictionary>The number of places</extra-vagval-dictionary></message>
    <message>
        <source>Klienten</source>
        <translation>The client</translation>
    <extra-vagval-dictionary>The client</extra-vagval-dictionary></message>
    <message>
        <source>Avslutsdatumet</source>
        <translation>The closing date</translation>
    <extra-vagval-dictionary>The closing date</extra-vagval-dictionary></message>
    <message>
        <source>Klientkoden</source>
        <translation>The client code</translation>
    <extra-vagval-dictionary>The client code</extra-vagval-dictionary></message>
    <message>
        <source>Kolumnen ”{column}”</source>
        <translation>The column “{column}”</translation>
    <extra-vagval-dictionary>The column “{column}”</extra-vagval-dictionary></message>
    <message>
        <source>Antalet kontakter</source>
        <translation>The number of contacts</translation>
    <extra-vagval-dictionary>The number of contacts</extra-vagval-dictionary></message>
    <message>
        <source>Första räknade månaden (ÅÅÅÅ-MM)</source>
        <translation>The first counted month (YYYY-MM)</translation>
    <extra-vagval-dictionary>The first counted month (YYYY-MM)</extra-vagval-dictionary></message>
    <message>
        <source>Mallens namn</source>
        <translation>The template's name</translation>
    <extra-vagval-dictionary>The template's name</extra-vagval-dictionary></message>
    <message>
        <source>Datumet</source>
        <translation>The date</translation>
    <extra-vagval-dictionary>The date</extra-vagval-dictionary></message>
    <message>
        <source>Beskrivningen</source>
        <translation>The description</translation>
    <extra-vagval-dictionary>The description</extra-vagval-dictionary></message>
    <message>
        <source>Stadsdelen</source>
        <translation>The district</translation>
    <extra-vagval-dictionary>The district</extra-vagval-dictionary></message>
    <message>
        <source>Sluttiden</source>
        <translation>The end time</translation>
    <extra-vagval-dictionary>The end time</extra-vagval-dictionary></message>
    <message>
        <source>Uppföljningen</source>
        <translation>The follow-up</translation>
    <extra-vagval-dictionary>The follow-up</extra-vagval-dictionary></message>
    <message>
        <source>Målet</source>
        <translation>The goal</translation>
    <extra-vagval-dictionary>The goal</extra-vagval-dictionary></message>
    <message>
        <source>Tiden till automatiskt lås</source>
        <translation>The time until automatic lock</translation>
    <extra-vagval-dictionary>The time until automatic lock</extra-vagval-dictionary></message>
    <message>
        <source>Importen</source>
        <translation>The import</translation>
    <extra-vagval-dictionary>The import</extra-vagval-dictionary></message>
    <message>
        <source>Träffen</source>
        <translation>The meeting</translation>
    <extra-vagval-dictionary>The meeting</extra-vagval-dictionary></message>
    <message>
        <source>Anmälan</source>
        <translation>The registration</translation>
    <extra-vagval-dictionary>The registration</extra-vagval-dictionary></message>
    <message>
        <source>Datumet då orosanmälan avslutades</source>
        <translation>The date the report of concern was closed</translation>
    <extra-vagval-dictionary>The date the report of concern was closed</extra-vagval-dictionary></message>
    <message>
        <source>Radens namn</source>
        <translation>The row's name</translation>
    <extra-vagval-dictionary>The row's name</extra-vagval-dictionary></message>
    <message>
        <source>Antalet mejl</source>
        <translation>The number of e-mails</translation>
    <extra-vagval-dictionary>The number of e-mails</extra-vagval-dictionary></message>
    <message>
        <source>Materialets namn</source>
        <translation>The material's name</translation>
    <extra-vagval-dictionary>The material's name</extra-vagval-dictionary></message>
    <message>
        <source>Aliaset</source>
        <translation>The alias</translation>
    <extra-vagval-dictionary>The alias</extra-vagval-dictionary></message>
    <message>
        <source>Rummet</source>
        <translation>The room</translation>
    <extra-vagval-dictionary>The room</extra-vagval-dictionary></message>
    <message>
        <source>Besöket</source>
        <translation>The visit</translation>
    <extra-vagval-dictionary>The visit</extra-vagval-dictionary></message>
    <message>
        <source>Dagen för första mötet</source>
        <translation>The day first met</translation>
    <extra-vagval-dictionary>The day first met</extra-vagval-dictionary></message>
    <message>
        <source>Personer som mötts</source>
        <translation>Persons met</translation>
    <extra-vagval-dictionary>Persons met</extra-vagval-dictionary></message>
    <message>
        <source>Träffarna</source>
        <translation>The meetings</translation>
    <extra-vagval-dictionary>The meetings</extra-vagval-dictionary></message>
    <message>
        <source>Antalet män</source>
        <translation>The number of men</translation>
    <extra-vagval-dictionary>The number of men</extra-vagval-dictionary></message>
    <message>
        <source>Svarstiden för en erbjuden plats</source>
        <translation>The answer time for an offered place</translation>
    <extra-vagval-dictionary>The answer time for an offered place</extra-vagval-dictionary></message>
    <message>
        <source>Minuterna</source>
        <translation>The minutes</translation>
    <extra-vagval-dictionary>The minutes</extra-vagval-dictionary></message>
    <message>
        <source>Kommunen</source>
        <translation>The municipality</translation>
    <extra-vagval-dictionary>The municipality</extra-vagval-dictionary></message>
    <message>
        <source>Det nya lösenordet</source>
        <translation>The new password</translation>
    <extra-vagval-dictionary>The new password</extra-vagval-dictionary></message>
    <message>
        <source>Antalet nya personer</source>
        <translation>The number of new persons</translation>
    <extra-vagval-dictionary>The number of new persons</extra-vagval-dictionary></message>
    <message>
        <source>Anteckningen</source>
        <translation>The note</translation>
    <extra-vagval-dictionary>The note</extra-vagval-dictionary></message>
    <message>
        <source>Antalet svarsalternativ</source>
        <translation>The number of answer options</translation>
    <extra-vagval-dictionary>The number of answer options</extra-vagval-dictionary></message>
    <message>
        <source>Antalet övriga</source>
        <translation>The number of others</translation>
    <extra-vagval-dictionary>The number of others</extra-vagval-dictionary></message>
    <message>
        <source>Deltagaren</source>
        <translation>The participant</translation>
    <extra-vagval-dictionary>The participant</extra-vagval-dictionary></message>
    <message>
        <source>Antalet deltagare</source>
        <translation>The number of participants</translation>
    <extra-vagval-dictionary>The number of participants</extra-vagval-dictionary></message>
    <message>
        <source>Lösenordet</source>
        <translation>The password</translation>
    <extra-vagval-dictionary>The password</extra-vagval-dictionary></message>
    <message>
        <source>Antalet decimaler i procent</source>
        <translation>The decimals of a percentage</translation>
    <extra-vagval-dictionary>The decimals of a percentage</extra-vagval-dictionary></message>
    <message>
        <source>Periodens slut</source>
        <translation>The end of the period</translation>
    <extra-vagval-dictionary>The end of the period</extra-vagval-dictionary></message>
    <message>
        <source>Personnumret</source>
        <translation>The personal identity number</translation>
    <extra-vagval-dictionary>The personal identity number</extra-vagval-dictionary></message>
    <message>
        <source>Telefonnumret</source>
        <translation>The phone number</translation>
    <extra-vagval-dictionary>The phone number</extra-vagval-dictionary></message>
    <message>
        <source>Invånarantalet</source>
        <translation>The population</translation>
    <extra-vagval-dictionary>The population</extra-vagval-dictionary></message>
    <message>
        <source>Yrket</source>
        <translation>The profession</translation>
    <extra-vagval-dictionary>The profession</extra-vagval-dictionary></message>
    <message>
        <source>Gallringstiden för klientakter</source>
        <translation>The retention time for client records</translation>
    <extra-vagval-dictionary>The retention time for client records</extra-vagval-dictionary></message>
    <message>
        <source>Gallringstiden för oregistrerade kontakter</source>
        <translation>The retention time for unregistered contacts</translation>
    <extra-vagval-dictionary>The retention time for unregistered contacts</extra-vagval-dictionary></message>
    <message>
        <source>Skälet att spara akten</source>
        <translation>The reason to keep the record</translation>
    <extra-vagval-dictionary>The reason to keep the record</extra-vagval-dictionary></message>
    <message>
        <source>Gallringstiden för kursdeltagare</source>
        <translation>The retention time for course participants</translation>
    <extra-vagval-dictionary>The retention time for course participants</extra-vagval-dictionary></message>
    <message>
        <source>Frågan</source>
        <translation>The question</translation>
    <extra-vagval-dictionary>The question</extra-vagval-dictionary></message>
    <message>
        <source>Enkäten</source>
        <translation>The questionnaire</translation>
    <extra-vagval-dictionary>The questionnaire</extra-vagval-dictionary></message>
    <message>
        <source>Veckodagen</source>
        <translation>The weekday</translation>
    <extra-vagval-dictionary>The weekday</extra-vagval-dictionary></message>
    <message>
        <source>Mottagaren</source>
        <translation>The recipient</translation>
    <extra-vagval-dictionary>The recipient</extra-vagval-dictionary></message>
    <message>
        <source>Den anhörige</source>
        <translation>The relative</translation>
    <extra-vagval-dictionary>The relative</extra-vagval-dictionary></message>
    <message>
        <source>Antalet svar</source>
        <translation>The number of replies</translation>
    <extra-vagval-dictionary>The number of replies</extra-vagval-dictionary></message>
    <message>
        <source>Datumet för anmälan</source>
        <translation>The date of the report</translation>
    <extra-vagval-dictionary>The date of the report</extra-vagval-dictionary></message>
    <message>
        <source>Datumet då hjälp begärdes</source>
        <translation>The date help was asked for</translation>
    <extra-vagval-dictionary>The date help was asked for</extra-vagval-dictionary></message>
    <message>
        <source>Kommentaren till granskningen</source>
        <translation>The review comment</translation>
    <extra-vagval-dictionary>The review comment</extra-vagval-dictionary></message>
    <message>
        <source>Intervallet</source>
        <translation>The interval</translation>
    <extra-vagval-dictionary>The interval</extra-vagval-dictionary></message>
    <message>
        <source>Rollen</source>
        <translation>The role</translation>
    <extra-vagval-dictionary>The role</extra-vagval-dictionary></message>
    <message>
        <source>Raderna</source>
        <translation>The rows</translation>
    <extra-vagval-dictionary>The rows</extra-vagval-dictionary></message>
    <message>
        <source>Måluppfyllelsen</source>
        <translation>The goal score</translation>
    <extra-vagval-dictionary>The goal score</extra-vagval-dictionary></message>
    <message>
        <source>Antalet sms</source>
        <translation>The number of text messages</translation>
    <extra-vagval-dictionary>The number of text messages</extra-vagval-dictionary></message>
    <message>
        <source>Påståendena</source>
        <translation>The statements</translation>
    <extra-vagval-dictionary>The statements</extra-vagval-dictionary></message>
    <message>
        <source>Statusen</source>
        <translation>The status</translation>
    <extra-vagval-dictionary>The status</extra-vagval-dictionary></message>
    <message>
        <source>Antalet i lager</source>
        <translation>The number in stock</translation>
    <extra-vagval-dictionary>The number in stock</extra-vagval-dictionary></message>
    <message>
        <source>Texten</source>
        <translation>The text</translation>
    <extra-vagval-dictionary>The text</extra-vagval-dictionary></message>
    <message>
        <source>Rubriken</source>
        <translation>The heading</translation>
    <extra-vagval-dictionary>The heading</extra-vagval-dictionary></message>
    <message>
        <source>Den totala kostnaden</source>
        <translation>The total cost</translation>
    <extra-vagval-dictionary>The total cost</extra-vagval-dictionary></message>
    <message>
        <source>Slutdatumet</source>
        <translation>The end date</translation>
    <extra-vagval-dictionary>The end date</extra-vagval-dictionary></message>
    <message>
        <source>Kontot</source>
        <translation>The account</translation>
    <extra-vagval-dictionary>The account</extra-vagval-dictionary></message>
    <message>
        <source>Användarnamnet</source>
        <translation>The username</translation>
    <extra-vagval-dictionary>The username</extra-vagval-dictionary></message>
    <message>
        <source>Lokalen</source>
        <translation>The venue</translation>
    <extra-vagval-dictionary>The venue</extra-vagval-dictionary></message>
    <message>
        <source>Antalet kvinnor</source>
        <translation>The number of women</translation>
    <extra-vagval-dictionary>The number of women</extra-vagval-dictionary></message>
    <message>
        <source>Året</source>
        <translation>The year</translation>
    <extra-vagval-dictionary>The year</extra-vagval-dictionary></message>
    <message>
        <source>{field} måste fyllas i.</source>
        <translation>{field} must be filled in.</translation>
    <extra-vagval-dictionary>{field} must be filled in.</extra-vagval-dictionary></message>
    <message>
        <source>{field} får vara högst {maximum} tecken.</source>
        <translation>{field} may be at most {maximum} characters.</translation>
    <extra-vagval-dictionary>{field} may be at most {maximum} characters.</extra-vagval-dictionary></message>
    <message>
        <source>{field} måste ha minst {minimum} tecken.</source>
        <translation>{field} must have at least {minimum} characters.</translation>
    <extra-vagval-dictionary>{field} must have at least {minimum} characters.</extra-vagval-dictionary></message>
    <message>
        <source>{field} kan inte vara mindre än noll.</source>
        <translation>{field} cannot be less than zero.</translation>
    <extra-vagval-dictionary>{field} cannot be less than zero.</extra-vagval-dictionary></message>
    <message>
        <source>{field} ska vara ett heltal.</source>
        <translation>{field} must be a whole number.</translation>
    <extra-vagval-dictionary>{field} must be a whole number.</extra-vagval-dictionary></message>
    <message>
        <source>{field} ska vara mellan {minimum} och {maximum}.</source>
        <translation>{field} must be between {minimum} and {maximum}.</translation>
    <extra-vagval-dictionary>{field} must be between {minimum} and {maximum}.</extra-vagval-dictionary></message>
    <message>
        <source>{field} kan inte ligga i framtiden.</source>
        <translation>{field} cannot be in the future.</translation>
    <extra-vagval-dictionary>{field} cannot be in the future.</extra-vagval-dictionary></message>
    <message>
        <source>{field} kan inte vara före {earliest}.</source>
        <translation>{field} cannot be before {earliest}.</translation>
    <extra-vagval-dictionary>{field} cannot be before {earliest}.</extra-vagval-dictionary></message>
    <message>
        <source>{field} kan inte vara efter {latest}.</source>
        <translation>{field} cannot be after {latest}.</translation>
    <extra-vagval-dictionary>{field} cannot be after {latest}.</extra-vagval-dictionary></message>
    <message>
        <source>{field} innehåller osynliga tecken eller styrtecken (t.ex. från en kopierad text). Skriv in texten igen.</source>
        <translation>{field} contains invisible or control characters (e.g. from copied text). Type the text again.</translation>
    <extra-vagval-dictionary>{field} contains invisible or control characters (e.g. from copied text). Type the text again.</extra-vagval-dictionary></message>
    <message>
        <source>Minsta antal för att starta ({minimum}) kan inte vara fler än antalet platser ({capacity}).</source>
        <translation>The minimum to start ({minimum}) cannot be more than the number of places ({capacity}).</translation>
    <extra-vagval-dictionary>The minimum to start ({minimum}) cannot be more than the number of places ({capacity}).</extra-vagval-dictionary></message>
    <message>
        <source>Sista anmälningsdag ({deadline}) måste vara senast dagen för kursens första träff ({start}).</source>
        <translation>The registration deadline ({deadline}) must be no later than the day of the course's first meeting ({start}).</translation>
    <extra-vagval-dictionary>The registration deadline ({deadline}) must be no later than the day of the course's first meeting ({start}).</extra-vagval-dictionary></message>
    <message>
        <source>Perioden är redan fastställd. En administratör kan fastställa den på nytt, med skäl.</source>
        <translation>The period is already frozen. An administrator can freeze it anew, with a reason.</translation>
    <extra-vagval-dictionary>The period is already frozen. An administrator can freeze it anew, with a reason.</extra-vagval-dictionary></message>
    <message>
        <source>Perioden är inte fastställd: fastställ den i stället.</source>
        <translation>The period is not frozen: freeze it instead.</translation>
    <extra-vagval-dictionary>The period is not frozen: freeze it instead.</extra-vagval-dictionary></message>
    <message>
        <source>{code} är redan anmäld här (status: {status}).</source>
        <translation>{code} is already registered here (status: {status}).</translation>
    <extra-vagval-dictionary>{code} is already registered here (status: {status}).</extra-vagval-dictionary></message>
    <message>
        <source>Skriv första räknade månaden som ÅÅÅÅ-MM, t.ex. 2009-02, eller lämna tomt.</source>
        <translation>Write the first counted month as YYYY-MM, e.g. 2009-02, or leave it empty.</translation>
    <extra-vagval-dictionary>Write the first counted month as YYYY-MM, e.g. 2009-02, or leave it empty.</extra-vagval-dictionary></message>
    <message>
        <source>Träffen den {start} har inte ägt rum ännu; närvaro kan registreras efteråt.</source>
        <translation>The meeting on {start} has not taken place yet; attendance can be registered afterwards.</translation>
    <extra-vagval-dictionary>The meeting on {start} has not taken place yet; attendance can be registered afterwards.</extra-vagval-dictionary></message>
    <message>
        <source>En enhet kan ha högst {maximum} journalmallar.</source>
        <translation>A unit can have at most {maximum} note templates.</translation>
    <extra-vagval-dictionary>A unit can have at most {maximum} note templates.</extra-vagval-dictionary></message>
    <message>
        <source>Det finns redan en mall som heter ”{value}”.</source>
        <translation>There is already a template called “{value}”.</translation>
    <extra-vagval-dictionary>There is already a template called “{value}”.</extra-vagval-dictionary></message>
    <message>
        <source>Rättelsen är likadan som anteckningen. Ändra rubriken eller texten, eller avbryt.</source>
        <translation>The correction is the same as the note. Change the heading or the text, or cancel.</translation>
    <extra-vagval-dictionary>The correction is the same as the note. Change the heading or the text, or cancel.</extra-vagval-dictionary></message>
    <message>
        <source>Återträffen ({reunion}) måste ligga efter kursens sista träff ({last}).</source>
        <translation>The reunion ({reunion}) must come after the course's last meeting ({last}).</translation>
    <extra-vagval-dictionary>The reunion ({reunion}) must come after the course's last meeting ({last}).</extra-vagval-dictionary></message>
    <message>
        <source>Ärendet är redan avslutat.</source>
        <translation>The case is already closed.</translation>
    <extra-vagval-dictionary>The case is already closed.</extra-vagval-dictionary></message>
    <message>
        <source>En anonym klient kan inte ha ett namn. Ta bort namnet eller bocka ur Anonym.</source>
        <translation>An anonymous client cannot have a name. Remove the name or untick Anonymous.</translation>
    <extra-vagval-dictionary>An anonymous client cannot have a name. Remove the name or untick Anonymous.</extra-vagval-dictionary></message>
    <message>
        <source>En anonym klient kan inte ha ett personnummer. Ta bort det eller bocka ur Anonym.</source>
        <translation>An anonymous client cannot have a personal identity number. Remove it or untick Anonymous.</translation>
    <extra-vagval-dictionary>An anonymous client cannot have a personal identity number. Remove it or untick Anonymous.</extra-vagval-dictionary></message>
    <message>
        <source>Personnumret är inte giltigt: kontrollsiffran stämmer inte.</source>
        <translation>The personal identity number is not valid: the check digit is wrong.</translation>
    <extra-vagval-dictionary>The personal identity number is not valid: the check digit is wrong.</extra-vagval-dictionary></message>
    <message>
        <source>Personnumret är inte giltigt: datumet i det finns inte.</source>
        <translation>The personal identity number is not valid: its date does not exist.</translation>
    <extra-vagval-dictionary>The personal identity number is not valid: its date does not exist.</extra-vagval-dictionary></message>
    <message>
        <source>Personnumret ska ha 10 eller 12 siffror, t.ex. 19850312-1234.</source>
        <translation>The personal identity number must have 10 or 12 digits, e.g. 19850312-1234.</translation>
    <extra-vagval-dictionary>The personal identity number must have 10 or 12 digits, e.g. 19850312-1234.</extra-vagval-dictionary></message>
    <message>
        <source>Personnumret får bara innehålla siffror (0–9) och ett bindestreck eller plustecken.</source>
        <translation>The personal identity number may only contain digits (0–9) and a hyphen or plus sign.</translation>
    <extra-vagval-dictionary>The personal identity number may only contain digits (0–9) and a hyphen or plus sign.</extra-vagval-dictionary></message>
    <message>
        <source>Personnumret anger en födelsedag i framtiden.</source>
        <translation>The personal identity number gives a birthday in the future.</translation>
    <extra-vagval-dictionary>The personal identity number gives a birthday in the future.</extra-vagval-dictionary></message>
    <message>
        <source>Personnumret ger en ålder på {age} år. Kontrollera det (ett plustecken betyder 100 år eller äldre).</source>
        <translation>The personal identity number gives an age of {age} years. Check it (a plus sign means 100 years or older).</translation>
    <extra-vagval-dictionary>The personal identity number gives an age of {age} years. Check it (a plus sign means 100 years or older).</extra-vagval-dictionary></message>
    <message>
        <source>Ett par har inget personnummer; ange det för var och en i paret.</source>
        <translation>A couple has no personal identity number; give it for each person of the couple.</translation>
    <extra-vagval-dictionary>A couple has no personal identity number; give it for each person of the couple.</extra-vagval-dictionary></message>
    <message>
        <source>Kolumnen ”{column}” ska innehålla ett datum som ÅÅÅÅ-MM-DD.</source>
        <translation>The column “{column}” must hold a date as YYYY-MM-DD.</translation>
    <extra-vagval-dictionary>The column “{column}” must hold a date as YYYY-MM-DD.</extra-vagval-dictionary></message>
    <message>
        <source>Kolumnen ”{column}” är tom.</source>
        <translation>The column “{column}” is empty.</translation>
    <extra-vagval-dictionary>The column “{column}” is empty.</extra-vagval-dictionary></message>
    <message>
        <source>Kolumnen ”{column}” ska innehålla ett heltal.</source>
        <translation>The column “{column}” must hold a whole number.</translation>
    <extra-vagval-dictionary>The column “{column}” must hold a whole number.</extra-vagval-dictionary></message>
    <message>
        <source>Kolumnen ”{column}”: känner inte igen ”{value}”.</source>
        <translation>The column “{column}”: “{value}” is not recognised.</translation>
    <extra-vagval-dictionary>The column “{column}”: “{value}” is not recognised.</extra-vagval-dictionary></message>
    <message>
        <source>Kolumnen ”{column}”: ingen medarbetare heter ”{value}”.</source>
        <translation>The column “{column}”: no staff member is called “{value}”.</translation>
    <extra-vagval-dictionary>The column “{column}”: no staff member is called “{value}”.</extra-vagval-dictionary></message>
    <message>
        <source>Kolumnen ”{column}” saknas i filen.</source>
        <translation>The column “{column}” is missing from the file.</translation>
    <extra-vagval-dictionary>The column “{column}” is missing from the file.</extra-vagval-dictionary></message>
    <message>
        <source>Kolumnen ”{column}” kräver att preventionspaketet först läggs till under Material.</source>
        <translation>The column “{column}” needs the prevention package added under Material first.</translation>
    <extra-vagval-dictionary>The column “{column}” needs the prevention package added under Material first.</extra-vagval-dictionary></message>
    <message>
        <source>Kolumnen ”{column}” har en cell med fler än {maximum} tecken.</source>
        <translation>The column “{column}” has a cell of more than {maximum} characters.</translation>
    <extra-vagval-dictionary>The column “{column}” has a cell of more than {maximum} characters.</extra-vagval-dictionary></message>
    <message>
        <source>Kolumnen ”{column}” innehåller osynliga tecken eller styrtecken.</source>
        <translation>The column “{column}” contains invisible or control characters.</translation>
    <extra-vagval-dictionary>The column “{column}” contains invisible or control characters.</extra-vagval-dictionary></message>
    <message>
        <source>Första erbjudna tid kan inte vara före datumet då hjälp begärdes.</source>
        <translation>The first offered time cannot be before the date help was asked for.</translation>
    <extra-vagval-dictionary>The first offered time cannot be before the date help was asked for.</extra-vagval-dictionary></message>
    <message>
        <source>Avslutsdatumet kan inte vara före ärendets början.</source>
        <translation>The closing date cannot be before the case began.</translation>
    <extra-vagval-dictionary>The closing date cannot be before the case began.</extra-vagval-dictionary></message>
    <message>
        <source>Orosanmälan kan inte avslutas före dagen den gjordes.</source>
        <translation>A report of concern cannot be closed before the day it was made.</translation>
    <extra-vagval-dictionary>A report of concern cannot be closed before the day it was made.</extra-vagval-dictionary></message>
    <message>
        <source>Periodens slut kan inte vara före dess början.</source>
        <translation>The end of the period cannot be before its start.</translation>
    <extra-vagval-dictionary>The end of the period cannot be before its start.</extra-vagval-dictionary></message>
    <message>
        <source>Slutdatumet kan inte vara före första träffen.</source>
        <translation>The end date cannot be before the first meeting.</translation>
    <extra-vagval-dictionary>The end date cannot be before the first meeting.</extra-vagval-dictionary></message>
    <message>
        <source>Antalet platser kan inte vara färre än de {registered} som redan har plats.</source>
        <translation>The number of places cannot be fewer than the {registered} who already have one.</translation>
    <extra-vagval-dictionary>The number of places cannot be fewer than the {registered} who already have one.</extra-vagval-dictionary></message>
    <message>
        <source>Kursen är inställd.</source>
        <translation>The course is cancelled.</translation>
    <extra-vagval-dictionary>The course is cancelled.</extra-vagval-dictionary></message>
    <message>
        <source>Kurstypen är avvecklad. Välj en annan, eller ta tillbaka den först.</source>
        <translation>The course type is retired. Choose another, or bring it back first.</translation>
    <extra-vagval-dictionary>The course type is retired. Choose another, or bring it back first.</extra-vagval-dictionary></message>
    <message>
        <source>Kurstypen används av {uses} kurstillfällen eller intresseanmälningar och kan inte tas bort. Avveckla den i stället: den finns kvar i historiken men väljs inte för nya kurser.</source>
        <translation>The course type is used by {uses} course occasions or interest entries and cannot be removed. Retire it instead: it stays in the history but is not chosen for new courses.</translation>
    <extra-vagval-dictionary>The course type is used by {uses} course occasions or interest entries and cannot be removed. Retire it instead: it stays in the history but is not chosen for new courses.</extra-vagval-dictionary></message>
    <message>
        <source>Det finns anmälningar eller närvaro ({registrations} anmälningar) och då kan den inte tas bort. Ställ in den i stället: den finns kvar i historiken men inga fler träffar planeras.</source>
        <translation>There are registrations or attendance ({registrations} registrations), so it cannot be removed. Cancel it instead: it stays in the history but no more meetings are planned.</translation>
    <extra-vagval-dictionary>There are registrations or attendance ({registrations} registrations), so it cannot be removed. Cancel it instead: it stays in the history but no more meetings are planned.</extra-vagval-dictionary></message>
    <message>
        <source>Materialet har delats ut ({handed_out} st.) och räknas i statistiken, så det kan inte tas bort. Ändra lagret i stället, eller rätta de registreringar där det delades ut.</source>
        <translation>The material has been handed out ({handed_out}) and counts in the statistics, so it cannot be removed. Change the stock instead, or correct the records where it was handed out.</translation>
    <extra-vagval-dictionary>The material has been handed out ({handed_out}) and counts in the statistics, so it cannot be removed. Change the stock instead, or correct the records where it was handed out.</extra-vagval-dictionary></message>
    <message>
        <source>Närvaro är registrerad för personen, så anmälan kan inte tas bort. Ändra statusen i stället (avbokad eller kom inte).</source>
        <translation>Attendance is recorded for the person, so the registration cannot be removed. Change its status instead (cancelled or did not come).</translation>
    <extra-vagval-dictionary>Attendance is recorded for the person, so the registration cannot be removed. Change its status instead (cancelled or did not come).</extra-vagval-dictionary></message>
    <message>
        <source>Bara en anmälan som ännu inte genomförts (anmäld, bekräftad eller på väntelistan) kan flyttas.</source>
        <translation>Only a registration not yet held (registered, confirmed or waiting) can be moved.</translation>
    <extra-vagval-dictionary>Only a registration not yet held (registered, confirmed or waiting) can be moved.</extra-vagval-dictionary></message>
    <message>
        <source>Anmälan gäller redan det kurstillfället. Välj ett annat.</source>
        <translation>The registration is already for that occasion. Choose another.</translation>
    <extra-vagval-dictionary>The registration is already for that occasion. Choose another.</extra-vagval-dictionary></message>
    <message>
        <source>En anmälan kan bara flyttas till ett annat kurstillfälle, inte till en grupp.</source>
        <translation>A registration can only be moved to another course occasion, not to a group.</translation>
    <extra-vagval-dictionary>A registration can only be moved to another course occasion, not to a group.</extra-vagval-dictionary></message>
    <message>
        <source>Närvaro är registrerad för träffen, så den kan inte tas bort. Markera den som inställd i stället (ägde inte rum).</source>
        <translation>Attendance is recorded for the meeting, so it cannot be removed. Mark it as cancelled instead (did not take place).</translation>
    <extra-vagval-dictionary>Attendance is recorded for the meeting, so it cannot be removed. Mark it as cancelled instead (did not take place).</extra-vagval-dictionary></message>
    <message>
        <source>Det är den enda träffen. Lägg till en annan först, eller ställ in hela kursen.</source>
        <translation>It is the only meeting. Add another one first, or cancel the whole course.</translation>
    <extra-vagval-dictionary>It is the only meeting. Add another one first, or cancel the whole course.</extra-vagval-dictionary></message>
    <message>
        <source>Deltagaren har närvaro eller enkätsvar och kan inte tas bort: det är historik. Avboka anmälan i stället; uppgifterna gallras enligt gallringsreglerna.</source>
        <translation>The participant has attendance or questionnaire answers and cannot be removed: that is history. Cancel the registration instead; the details are purged by the purge rules.</translation>
    <extra-vagval-dictionary>The participant has attendance or questionnaire answers and cannot be removed: that is history. Cancel the registration instead; the details are purged by the purge rules.</extra-vagval-dictionary></message>
    <message>
        <source>Importen kan inte ångras: {record} har fått annat arbete sedan importen (samtal, anteckningar eller närvaro). Inget har ändrats; rätta posterna en och en i stället.</source>
        <translation>The import cannot be undone: {record} has had other work since the import (contacts, notes or attendance). Nothing has been changed; correct the records one by one instead.</translation>
    <extra-vagval-dictionary>The import cannot be undone: {record} has had other work since the import (contacts, notes or attendance). Nothing has been changed; correct the records one by one instead.</extra-vagval-dictionary></message>
    <message>
        <source>Du kan inte stänga av ditt eget konto.</source>
        <translation>You cannot disable your own account.</translation>
    <extra-vagval-dictionary>You cannot disable your own account.</extra-vagval-dictionary></message>
    <message>
        <source>Lösenordet får inte innehålla användarnamnet.</source>
        <translation>The password must not contain the username.</translation>
    <extra-vagval-dictionary>The password must not contain the username.</extra-vagval-dictionary></message>
    <message>
        <source>Det nya lösenordet får inte innehålla användarnamnet.</source>
        <translation>The new password must not contain the username.</translation>
    <extra-vagval-dictionary>The new password must not contain the username.</extra-vagval-dictionary></message>
    <message>
        <source>Lösenordet är för lätt att gissa; använd fler ord eller tecken.</source>
        <translation>The password is too easy to guess; use more words or characters.</translation>
    <extra-vagval-dictionary>The password is too easy to guess; use more words or characters.</extra-vagval-dictionary></message>
    <message>
        <source>Det nya lösenordet är för lätt att gissa; använd fler ord eller tecken.</source>
        <translation>The new password is too easy to guess; use more words or characters.</translation>
    <extra-vagval-dictionary>The new password is too easy to guess; use more words or characters.</extra-vagval-dictionary></message>
    <message>
        <source>Det nya lösenordet måste skilja sig från det gamla.</source>
        <translation>The new password must differ from the old one.</translation>
    <extra-vagval-dictionary>The new password must differ from the old one.</extra-vagval-dictionary></message>
    <message>
        <source>Kontot är avstängt.</source>
        <translation>The account is disabled.</translation>
    <extra-vagval-dictionary>The account is disabled.</extra-vagval-dictionary></message>
    <message>
        <source>Samma kommun finns med två gånger.</source>
        <translation>The same municipality appears twice.</translation>
    <extra-vagval-dictionary>The same municipality appears twice.</extra-vagval-dictionary></message>
    <message>
        <source>Filen är tom.</source>
        <translation>The file is empty.</translation>
    <extra-vagval-dictionary>The file is empty.</extra-vagval-dictionary></message>
    <message>
        <source>Filen är inte sparad som UTF-8. Spara den som ”CSV UTF-8” och försök igen.</source>
        <translation>The file is not saved as UTF-8. Save it as “CSV UTF-8” and try again.</translation>
    <extra-vagval-dictionary>The file is not saved as UTF-8. Save it as “CSV UTF-8” and try again.</extra-vagval-dictionary></message>
    <message>
        <source>Filen går inte att läsa som {kind}. Kontrollera att det är rätt fil.</source>
        <translation>The file cannot be read as {kind}. Check that it is the right file.</translation>
    <extra-vagval-dictionary>The file cannot be read as {kind}. Check that it is the right file.</extra-vagval-dictionary></message>
    <message>
        <source>Filen har fler än {maximum} rader. Dela upp den i flera filer.</source>
        <translation>The file has more than {maximum} rows. Split it into several files.</translation>
    <extra-vagval-dictionary>The file has more than {maximum} rows. Split it into several files.</extra-vagval-dictionary></message>
    <message>
        <source>Filen är större än {maximum} MB uppackad och läses inte in. Dela upp den i flera filer.</source>
        <translation>The file is larger than {maximum} MB unpacked and is not read. Split it into several files.</translation>
    <extra-vagval-dictionary>The file is larger than {maximum} MB unpacked and is not read. Split it into several files.</extra-vagval-dictionary></message>
    <message>
        <source>Rad {row} har en cell med långt över {maximum} tecken; filen läses inte in. Kontrollera att det är rätt fil.</source>
        <translation>Row {row} has a cell of far more than {maximum} characters; the file is not read. Check that it is the right file.</translation>
    <extra-vagval-dictionary>Row {row} has a cell of far more than {maximum} characters; the file is not read. Check that it is the right file.</extra-vagval-dictionary></message>
    <message>
        <source>Ett citattecken (") på raden avslutas aldrig, så resten av filen kan inte läsas. Rätta raden och importera igen.</source>
        <translation>A quotation mark (") on the row is never closed, so the rest of the file cannot be read. Correct the row and import again.</translation>
    <extra-vagval-dictionary>A quotation mark (") on the row is never closed, so the rest of the file cannot be read. Correct the row and import again.</extra-vagval-dictionary></message>
    <message>
        <source>Raden har ett citattecken (") på fel ställe och kan inte läsas.</source>
        <translation>The row has a quotation mark (") in the wrong place and cannot be read.</translation>
    <extra-vagval-dictionary>The row has a quotation mark (") in the wrong place and cannot be read.</extra-vagval-dictionary></message>
    <message>
        <source>En träff kan inte sluta innan den börjar.</source>
        <translation>A meeting cannot end before it starts.</translation>
    <extra-vagval-dictionary>A meeting cannot end before it starts.</extra-vagval-dictionary></message>
    <message>
        <source>En träff kan vara högst 16 timmar.</source>
        <translation>A meeting can last at most 16 hours.</translation>
    <extra-vagval-dictionary>A meeting can last at most 16 hours.</extra-vagval-dictionary></message>
    <message>
        <source>Sista anmälningsdag var {deadline}. Anmäl ändå bara med ett skäl (t.ex. remitterad av polisen i dag).</source>
        <translation>The registration deadline was {deadline}. Register anyway only with a reason (e.g. referred by the police today).</translation>
    <extra-vagval-dictionary>The registration deadline was {deadline}. Register anyway only with a reason (e.g. referred by the police today).</extra-vagval-dictionary></message>
    <message>
        <source>Personen har ingen erbjuden plats att svara på.</source>
        <translation>The person has no offered place to answer.</translation>
    <extra-vagval-dictionary>The person has no offered place to answer.</extra-vagval-dictionary></message>
    <message>
        <source>Bara den som står på väntelistan kan flyttas i kön.</source>
        <translation>Only someone on the waiting list can be moved in the queue.</translation>
    <extra-vagval-dictionary>Only someone on the waiting list can be moved in the queue.</extra-vagval-dictionary></message>
    <message>
        <source>Klientkoden måste fyllas i och får vara högst 40 tecken.</source>
        <translation>The client code must be filled in and may be at most 40 characters.</translation>
    <extra-vagval-dictionary>The client code must be filled in and may be at most 40 characters.</extra-vagval-dictionary></message>
    <message>
        <source>Klientkoden {code} finns redan.</source>
        <translation>The client code {code} already exists.</translation>
    <extra-vagval-dictionary>The client code {code} already exists.</extra-vagval-dictionary></message>
    <message>
        <source>Välj en kommun i listan (skriv början av namnet och välj bland förslagen).</source>
        <translation>Choose a municipality from the list (type the start of its name and pick a suggestion).</translation>
    <extra-vagval-dictionary>Choose a municipality from the list (type the start of its name and pick a suggestion).</extra-vagval-dictionary></message>
    <message>
        <source>Telefonnumret får bara innehålla siffror, mellanslag och + - ( ).</source>
        <translation>The phone number may only contain digits, spaces and + - ( ).</translation>
    <extra-vagval-dictionary>The phone number may only contain digits, spaces and + - ( ).</extra-vagval-dictionary></message>
    <message>
        <source>Användarnamnet får bara innehålla a–z, 0–9, punkt, bindestreck och understreck (2–32 tecken).</source>
        <translation>The username may only contain a–z, 0–9, dot, hyphen and underscore (2–32 characters).</translation>
    <extra-vagval-dictionary>The username may only contain a–z, 0–9, dot, hyphen and underscore (2–32 characters).</extra-vagval-dictionary></message>
    <message>
        <source>Användarnamnet är redan upptaget.</source>
        <translation>The username is already taken.</translation>
    <extra-vagval-dictionary>The username is already taken.</extra-vagval-dictionary></message>
    <message>
        <source>Det finns redan en kurstyp med det namnet.</source>
        <translation>There is already a course type with that name.</translation>
    <extra-vagval-dictionary>There is already a course type with that name.</extra-vagval-dictionary></message>
    <message>
        <source>Den sista aktiva administratören måste finnas kvar.</source>
        <translation>The last active administrator must remain.</translation>
    <extra-vagval-dictionary>The last active administrator must remain.</extra-vagval-dictionary></message>
    <message>
        <source>Närvaron gäller någon som inte är anmäld till kursen.</source>
        <translation>The attendance is for someone not registered for the course.</translation>
    <extra-vagval-dictionary>The attendance is for someone not registered for the course.</extra-vagval-dictionary></message>
    <message>
        <source>Nya personer kan inte vara fler än antalet kontakter.</source>
        <translation>New persons cannot be more than the number of contacts.</translation>
    <extra-vagval-dictionary>New persons cannot be more than the number of contacts.</extra-vagval-dictionary></message>
    <message>
        <source>Kvinnor, män och övriga blir tillsammans fler än antalet kontakter.</source>
        <translation>Women, men and others together are more than the number of contacts.</translation>
    <extra-vagval-dictionary>Women, men and others together are more than the number of contacts.</extra-vagval-dictionary></message>
    <message>
        <source>Det kan inte vara fler nya annonser än sedda annonser.</source>
        <translation>There cannot be more new ads than ads seen.</translation>
    <extra-vagval-dictionary>There cannot be more new ads than ads seen.</extra-vagval-dictionary></message>
    <message>
        <source>En konsultation hör inte till någon klient.</source>
        <translation>A consultation belongs to no client.</translation>
    <extra-vagval-dictionary>A consultation belongs to no client.</extra-vagval-dictionary></message>
    <message>
        <source>Kurstypen har ingen enkät.</source>
        <translation>The course type has no questionnaire.</translation>
    <extra-vagval-dictionary>The course type has no questionnaire.</extra-vagval-dictionary></message>
    <message>
        <source>Enkäten har inget sådant påstående.</source>
        <translation>The questionnaire has no such statement.</translation>
    <extra-vagval-dictionary>The questionnaire has no such statement.</extra-vagval-dictionary></message>
    <message>
        <source>Parets personer måste vara enskilda klienter.</source>
        <translation>The couple's persons must be individual clients.</translation>
    <extra-vagval-dictionary>The couple's persons must be individual clients.</extra-vagval-dictionary></message>
    <message>
        <source>Parets två personer måste vara två olika klienter.</source>
        <translation>The couple's two persons must be two different clients.</translation>
    <extra-vagval-dictionary>The couple's two persons must be two different clients.</extra-vagval-dictionary></message>
    <message>
        <source>Den klienten är inte kopplad hit, varken som anhörig eller i ett par.</source>
        <translation>That client is not linked here, neither as a relative nor in a couple.</translation>
    <extra-vagval-dictionary>That client is not linked here, neither as a relative nor in a couple.</extra-vagval-dictionary></message>
    <message>
        <source>Klienten är redan kopplad till en annan deltagare.</source>
        <translation>The client is already linked to another participant.</translation>
    <extra-vagval-dictionary>The client is already linked to another participant.</extra-vagval-dictionary></message>
    <message>
        <source>Välj två olika deltagare att slå ihop.</source>
        <translation>Choose two different participants to merge.</translation>
    <extra-vagval-dictionary>Choose two different participants to merge.</extra-vagval-dictionary></message>
    <message>
        <source>En klient kan inte vara anhörig till sig själv.</source>
        <translation>A client cannot be their own relative.</translation>
    <extra-vagval-dictionary>A client cannot be their own relative.</extra-vagval-dictionary></message>
    <message>
        <source>Statusen kan inte ändras direkt från ”{current}” till ”{wanted}”.</source>
        <translation>The status cannot change directly from “{current}” to “{wanted}”.</translation>
    <extra-vagval-dictionary>The status cannot change directly from “{current}” to “{wanted}”.</extra-vagval-dictionary></message>
    <message>
        <source>Kontot är inte en administratörs.</source>
        <translation>The account is not an administrator's.</translation>
    <extra-vagval-dictionary>The account is not an administrator's.</extra-vagval-dictionary></message>
    <message>
        <source>Ärendet är inte avslutat.</source>
        <translation>The case is not closed.</translation>
    <extra-vagval-dictionary>The case is not closed.</extra-vagval-dictionary></message>
    <message>
        <source>Bara den senaste versionen av anteckningen kan rättas.</source>
        <translation>Only the latest version of the note can be corrected.</translation>
    <extra-vagval-dictionary>Only the latest version of the note can be corrected.</extra-vagval-dictionary></message>
    <message>
        <source>Perioden kan fastställas först när den är slut.</source>
        <translation>The period can be frozen only once it has ended.</translation>
    <extra-vagval-dictionary>The period can be frozen only once it has ended.</extra-vagval-dictionary></message>
    <message>
        <source>Slutdatumet får ligga högst {years} år fram i tiden.</source>
        <translation>The end date may be at most {years} years ahead.</translation>
    <extra-vagval-dictionary>The end date may be at most {years} years ahead.</extra-vagval-dictionary></message>
    <message>
        <source>Materialet finns inte i listan.</source>
        <translation>The material is not in the list.</translation>
    <extra-vagval-dictionary>The material is not in the list.</extra-vagval-dictionary></message>
    <message>
        <source>En rad räknar inget som finns: välj en arena, ett material, en egen räknare eller en av dagens siffror (t.ex. annonser sedda) i raden.</source>
        <translation>A row counts nothing that exists: choose an arena, a material, an own counter or one of the day's counts (e.g. ads seen) in the row.</translation>
    <extra-vagval-dictionary>A row counts nothing that exists: choose an arena, a material, an own counter or one of the day's counts (e.g. ads seen) in the row.</extra-vagval-dictionary></message>
    <message>
        <source>Besöket är redan markerat (genomfört, uteblivet eller avbokat). Öppna det igen först om markeringen var fel.</source>
        <translation>The visit is already marked (held, missed or cancelled). Open it again first if the mark was wrong.</translation>
    <extra-vagval-dictionary>The visit is already marked (held, missed or cancelled). Open it again first if the mark was wrong.</extra-vagval-dictionary></message>
    <message>
        <source>Besöket har inte börjat än: det kan markeras som genomfört eller uteblivet när tiden har kommit. Avboka eller flytta det i stället.</source>
        <translation>The visit has not begun yet: it can be marked held or missed when the time has come. Cancel or move it instead.</translation>
    <extra-vagval-dictionary>The visit has not begun yet: it can be marked held or missed when the time has come. Cancel or move it instead.</extra-vagval-dictionary></message>
    <message>
        <source>Inget är ändrat i bokningen. Ändra dag, tid, längd eller något annat, eller avbryt.</source>
        <translation>Nothing in the booking has changed. Change the day, time, length or something else, or cancel.</translation>
    <extra-vagval-dictionary>Nothing in the booking has changed. Change the day, time, length or something else, or cancel.</extra-vagval-dictionary></message>
    <message>
        <source>Besöket blev ett samtal. Rätta eller ta bort samtalet under Kontakter i stället.</source>
        <translation>The visit became a contact. Correct or remove the contact under Contacts instead.</translation>
    <extra-vagval-dictionary>The visit became a contact. Correct or remove the contact under Contacts instead.</extra-vagval-dictionary></message>
    <message>
        <source>En av personerna finns inte längre i registret. Öppna dagen på nytt.</source>
        <translation>One of the persons is no longer in the register. Open the day again.</translation>
    <extra-vagval-dictionary>One of the persons is no longer in the register. Open the day again.</extra-vagval-dictionary></message>
    <message>
        <source>Aliaset ”{alias}” finns redan i registret. Välj den personen i listan, eller ge den nya personen ett annat alias.</source>
        <translation>The alias “{alias}” is already in the register. Choose that person in the list, or give the new person another alias.</translation>
    <extra-vagval-dictionary>The alias “{alias}” is already in the register. Choose that person in the list, or give the new person another alias.</extra-vagval-dictionary></message>
    <message>
        <source>Texten finns inte i listan.</source>
        <translation>The text is not in the list.</translation>
    <extra-vagval-dictionary>The text is not in the list.</extra-vagval-dictionary></message>
    <message>
        <source>Uppföljningen har ingen sådan fråga.</source>
        <translation>The follow-up has no such question.</translation>
    <extra-vagval-dictionary>The follow-up has no such question.</extra-vagval-dictionary></message>
    <message>
        <source>Känner inte igen importsorten ”{value}”.</source>
        <translation>The import kind “{value}” is not recognised.</translation>
    <extra-vagval-dictionary>The import kind “{value}” is not recognised.</extra-vagval-dictionary></message>
    <message>
        <source>Känner inte igen kommunen ”{value}”.</source>
        <translation>The municipality “{value}” is not recognised.</translation>
    <extra-vagval-dictionary>The municipality “{value}” is not recognised.</extra-vagval-dictionary></message>
    <message>
        <source>Det ska vara ett svar per påstående ({expected} stycken).</source>
        <translation>There must be one answer per statement ({expected}).</translation>
    <extra-vagval-dictionary>There must be one answer per statement ({expected}).</extra-vagval-dictionary></message>
    <message>
        <source>Svaret</source>
        <translation>The answer</translation>
    <extra-vagval-dictionary>The answer</extra-vagval-dictionary></message>
    <message>
        <source>Enkätens namn</source>
        <translation>Survey name</translation>
    <extra-vagval-dictionary>Survey name</extra-vagval-dictionary></message>
    <message>
        <source>Filen</source>
        <translation>The file</translation>
    <extra-vagval-dictionary>The file</extra-vagval-dictionary></message>
    <message>
        <source>Sorten</source>
        <translation>The kind</translation>
    <extra-vagval-dictionary>The kind</extra-vagval-dictionary></message>
    <message>
        <source>Perioden</source>
        <translation>The period</translation>
    <extra-vagval-dictionary>The period</extra-vagval-dictionary></message>
    <message>
        <source>kvinna</source>
        <translation>woman</translation>
    <extra-vagval-dictionary>woman</extra-vagval-dictionary></message>
    <message>
        <source>man</source>
        <translation>man</translation>
    <extra-vagval-dictionary>man</extra-vagval-dictionary></message>
    <message>
        <source>transperson</source>
        <translation>trans person</translation>
    <extra-vagval-dictionary>trans person</extra-vagval-dictionary></message>
    <message>
        <source>ickebinär/annat</source>
        <translation>non-binary/other</translation>
    <extra-vagval-dictionary>non-binary/other</extra-vagval-dictionary></message>
    <message>
        <source>uppgift saknas</source>
        <translation>not stated</translation>
    <extra-vagval-dictionary>not stated</extra-vagval-dictionary></message>
    <message>
        <source>köper sex</source>
        <translation>buys sex</translation>
    <extra-vagval-dictionary>buys sex</extra-vagval-dictionary></message>
    <message>
        <source>säljer sex</source>
        <translation>sells sex</translation>
    <extra-vagval-dictionary>sells sex</extra-vagval-dictionary></message>
    <message>
        <source>skadar sig med sex</source>
        <translation>harms self with sex</translation>
    <extra-vagval-dictionary>harms self with sex</extra-vagval-dictionary></message>
    <message>
        <source>anhörig</source>
        <translation>relative</translation>
    <extra-vagval-dictionary>relative</extra-vagval-dictionary></message>
    <message>
        <source>par</source>
        <translation>couple</translation>
    <extra-vagval-dictionary>couple</extra-vagval-dictionary></message>
    <message>
        <source>yrkesverksam</source>
        <translation>professional</translation>
    <extra-vagval-dictionary>professional</extra-vagval-dictionary></message>
    <message>
        <source>polis i samband med gripande</source>
        <translation>police at arrest</translation>
    <extra-vagval-dictionary>police at arrest</extra-vagval-dictionary></message>
    <message>
        <source>eget initiativ</source>
        <translation>own initiative</translation>
    <extra-vagval-dictionary>own initiative</extra-vagval-dictionary></message>
    <message>
        <source>sociala medier</source>
        <translation>social media</translation>
    <extra-vagval-dictionary>social media</extra-vagval-dictionary></message>
    <message>
        <source>socialtjänst</source>
        <translation>social services</translation>
    <extra-vagval-dictionary>social services</extra-vagval-dictionary></message>
    <message>
        <source>hälso- och sjukvård</source>
        <translation>health care</translation>
    <extra-vagval-dictionary>health care</extra-vagval-dictionary></message>
    <message>
        <source>annan</source>
        <translation>other</translation>
    <extra-vagval-dictionary>other</extra-vagval-dictionary></message>
    <message>
        <source>enskild person</source>
        <translation>individual</translation>
    <extra-vagval-dictionary>individual</extra-vagval-dictionary></message>
    <message>
        <source>annat skäl</source>
        <translation>other reason</translation>
    <extra-vagval-dictionary>other reason</extra-vagval-dictionary></message>
    <message>
        <source>telefon</source>
        <translation>phone</translation>
    <extra-vagval-dictionary>phone</extra-vagval-dictionary></message>
    <message>
        <source>e-post</source>
        <translation>e-mail</translation>
    <extra-vagval-dictionary>e-mail</extra-vagval-dictionary></message>
    <message>
        <source>besök</source>
        <translation>visit</translation>
    <extra-vagval-dictionary>visit</extra-vagval-dictionary></message>
    <message>
        <source>chatt</source>
        <translation>chat</translation>
    <extra-vagval-dictionary>chat</extra-vagval-dictionary></message>
    <message>
        <source>sms</source>
        <translation>text message</translation>
    <extra-vagval-dictionary>text message</extra-vagval-dictionary></message>
    <message>
        <source>rådgivning</source>
        <translation>advice</translation>
    <extra-vagval-dictionary>advice</extra-vagval-dictionary></message>
    <message>
        <source>stödsamtal</source>
        <translation>support talk</translation>
    <extra-vagval-dictionary>support talk</extra-vagval-dictionary></message>
    <message>
        <source>förändringssamtal</source>
        <translation>change-oriented talk</translation>
    <extra-vagval-dictionary>change-oriented talk</extra-vagval-dictionary></message>
    <message>
        <source>konsultation</source>
        <translation>consultation</translation>
    <extra-vagval-dictionary>consultation</extra-vagval-dictionary></message>
    <message>
        <source>klienten</source>
        <translation>the client</translation>
    <extra-vagval-dictionary>the client</extra-vagval-dictionary></message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    <extra-vagval-dictionary>yes</extra-vagval-dictionary></message>
    <message>
        <source>loggade in</source>
        <translation>logged in</translation>
    <extra-vagval-dictionary>logged in</extra-vagval-dictionary></message>
    <message>
        <source>loggade in efter misslyckade försök</source>
        <translation>logged in after failed attempts</translation>
    <extra-vagval-dictionary>logged in after failed attempts</extra-vagval-dictionary></message>
    <message>
        <source>loggade ut</source>
        <translation>logged out</translation>
    <extra-vagval-dictionary>logged out</extra-vagval-dictionary></message>
    <message>
        <source>låste</source>
        <translation>locked</translation>
    <extra-vagval-dictionary>locked</extra-vagval-dictionary></message>
    <message>
        <source>låste upp</source>
        <translation>unlocked</translation>
    <extra-vagval-dictionary>unlocked</extra-vagval-dictionary></message>
    <message>
        <source>misslyckades att låsa upp</source>
        <translation>failed to unlock</translation>
    <extra-vagval-dictionary>failed to unlock</extra-vagval-dictionary></message>
    <message>
        <source>använde återställningsnyckeln</source>
        <translation>used the recovery key</translation>
    <extra-vagval-dictionary>used the recovery key</extra-vagval-dictionary></message>
    <message>
        <source>skapade</source>
        <translation>created</translation>
    <extra-vagval-dictionary>created</extra-vagval-dictionary></message>
    <message>
        <source>öppnade</source>
        <translation>opened</translation>
    <extra-vagval-dictionary>opened</extra-vagval-dictionary></message>
    <message>
        <source>ändrade</source>
        <translation>changed</translation>
    <extra-vagval-dictionary>changed</extra-vagval-dictionary></message>
    <message>
        <source>tog bort</source>
        <translation>deleted</translation>
    <extra-vagval-dictionary>deleted</extra-vagval-dictionary></message>
    <message>
        <source>bytte lösenord</source>
        <translation>changed password</translation>
    <extra-vagval-dictionary>changed password</extra-vagval-dictionary></message>
    <message>
        <source>återställde ett lösenord</source>
        <translation>reset a password</translation>
    <extra-vagval-dictionary>reset a password</extra-vagval-dictionary></message>
    <message>
        <source>stängde av ett konto</source>
        <translation>disabled an account</translation>
    <extra-vagval-dictionary>disabled an account</extra-vagval-dictionary></message>
    <message>
        <source>aktiverade ett konto</source>
        <translation>enabled an account</translation>
    <extra-vagval-dictionary>enabled an account</extra-vagval-dictionary></message>
    <message>
        <source>exporterade</source>
        <translation>exported</translation>
    <extra-vagval-dictionary>exported</extra-vagval-dictionary></message>
    <message>
        <source>skrev ut</source>
        <translation>printed</translation>
    <extra-vagval-dictionary>printed</extra-vagval-dictionary></message>
    <message>
        <source>säkerhetskopierade</source>
        <translation>backed up</translation>
    <extra-vagval-dictionary>backed up</extra-vagval-dictionary></message>
    <message>
        <source>återställde</source>
        <translation>restored</translation>
    <extra-vagval-dictionary>restored</extra-vagval-dictionary></message>
    <message>
        <source>gallrade</source>
        <translation>purged</translation>
    <extra-vagval-dictionary>purged</extra-vagval-dictionary></message>
    <message>
        <source>granskade loggen</source>
        <translation>reviewed the log</translation>
    <extra-vagval-dictionary>reviewed the log</extra-vagval-dictionary></message>
    <message>
        <source>misslyckad inloggning</source>
        <translation>failed login</translation>
    <extra-vagval-dictionary>failed login</extra-vagval-dictionary></message>
    <message>
        <source>fann loggen kortad eller omskriven</source>
        <translation>found the log cut short or rewritten</translation>
    <extra-vagval-dictionary>found the log cut short or rewritten</extra-vagval-dictionary></message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    <extra-vagval-dictionary>no</extra-vagval-dictionary></message>
    <message>
        <source>delvis</source>
        <translation>partly</translation>
    <extra-vagval-dictionary>partly</extra-vagval-dictionary></message>
    <message>
        <source>okänt</source>
        <translation>unknown</translation>
    <extra-vagval-dictionary>unknown</extra-vagval-dictionary></message>
    <message>
        <source>vet ej</source>
        <translation>don't know</translation>
    <extra-vagval-dictionary>don't know</extra-vagval-dictionary></message>
    <message>
        <source>avslutad enligt plan</source>
        <translation>completed as planned</translation>
    <extra-vagval-dictionary>completed as planned</extra-vagval-dictionary></message>
    <message>
        <source>klienten avbröt</source>
        <translation>the client ended it</translation>
    <extra-vagval-dictionary>the client ended it</extra-vagval-dictionary></message>
    <message>
        <source>ingen kontakt</source>
        <translation>no contact</translation>
    <extra-vagval-dictionary>no contact</extra-vagval-dictionary></message>
    <message>
        <source>hänvisad vidare</source>
        <translation>referred elsewhere</translation>
    <extra-vagval-dictionary>referred elsewhere</extra-vagval-dictionary></message>
    <message>
        <source>bokad</source>
        <translation>booked</translation>
    <extra-vagval-dictionary>booked</extra-vagval-dictionary></message>
    <message>
        <source>genomförd</source>
        <translation>held</translation>
    <extra-vagval-dictionary>held</extra-vagval-dictionary></message>
    <message>
        <source>avbokad av klienten</source>
        <translation>cancelled by the client</translation>
    <extra-vagval-dictionary>cancelled by the client</extra-vagval-dictionary></message>
    <message>
        <source>avbokad av oss</source>
        <translation>cancelled by us</translation>
    <extra-vagval-dictionary>cancelled by us</extra-vagval-dictionary></message>
    <message>
        <source>paret</source>
        <translation>the couple</translation>
    <extra-vagval-dictionary>the couple</extra-vagval-dictionary></message>
    <message>
        <source>klienten och anhörig</source>
        <translation>the client and a relative</translation>
    <extra-vagval-dictionary>the client and a relative</extra-vagval-dictionary></message>
    <message>
        <source>kurs</source>
        <translation>course</translation>
    <extra-vagval-dictionary>course</extra-vagval-dictionary></message>
    <message>
        <source>samtalsgrupp</source>
        <translation>discussion group</translation>
    <extra-vagval-dictionary>discussion group</extra-vagval-dictionary></message>
    <message>
        <source>erbjuden plats</source>
        <translation>offered a place</translation>
    <extra-vagval-dictionary>offered a place</extra-vagval-dictionary></message>
    <message>
        <source>remitterad av polis eller socialtjänst</source>
        <translation>referred by the police or social services</translation>
    <extra-vagval-dictionary>referred by the police or social services</extra-vagval-dictionary></message>
    <message>
        <source>prioriteras enligt enhetens rutin</source>
        <translation>prioritised by the unit's routine</translation>
    <extra-vagval-dictionary>prioritised by the unit's routine</extra-vagval-dictionary></message>
    <message>
        <source>rättelse: kön stod i fel ordning</source>
        <translation>correction: the queue was in the wrong order</translation>
    <extra-vagval-dictionary>correction: the queue was in the wrong order</extra-vagval-dictionary></message>
    <message>
        <source>remitterad i dag (polis, socialtjänst)</source>
        <translation>referred today (police, social services)</translation>
    <extra-vagval-dictionary>referred today (police, social services)</extra-vagval-dictionary></message>
    <message>
        <source>en plats blev ledig sent</source>
        <translation>a place became free late</translation>
    <extra-vagval-dictionary>a place became free late</extra-vagval-dictionary></message>
    <message>
        <source>enhetens beslut</source>
        <translation>the unit's decision</translation>
    <extra-vagval-dictionary>the unit's decision</extra-vagval-dictionary></message>
    <message>
        <source>registreringar för perioden har rättats i efterhand</source>
        <translation>registrations of the period were corrected afterwards</translation>
    <extra-vagval-dictionary>registrations of the period were corrected afterwards</extra-vagval-dictionary></message>
    <message>
        <source>enhetens nyckeltalsrader har ändrats</source>
        <translation>the unit's key-figure rows have changed</translation>
    <extra-vagval-dictionary>the unit's key-figure rows have changed</extra-vagval-dictionary></message>
    <message>
        <source>före kursen</source>
        <translation>before the course</translation>
    <extra-vagval-dictionary>before the course</extra-vagval-dictionary></message>
    <message>
        <source>efter kursen</source>
        <translation>after the course</translation>
    <extra-vagval-dictionary>after the course</extra-vagval-dictionary></message>
    <message>
        <source>gata</source>
        <translation>street</translation>
    <extra-vagval-dictionary>street</extra-vagval-dictionary></message>
    <message>
        <source>internet</source>
        <translation>internet</translation>
    <extra-vagval-dictionary>internet</extra-vagval-dictionary></message>
    <message>
        <source>telefon/sms</source>
        <translation>phone/text</translation>
    <extra-vagval-dictionary>phone/text</extra-vagval-dictionary></message>
    <message>
        <source>annan plats</source>
        <translation>other place</translation>
    <extra-vagval-dictionary>other place</extra-vagval-dictionary></message>
    <message>
        <source>föreläsning</source>
        <translation>lecture</translation>
    <extra-vagval-dictionary>lecture</extra-vagval-dictionary></message>
    <message>
        <source>utbildning</source>
        <translation>training</translation>
    <extra-vagval-dictionary>training</extra-vagval-dictionary></message>
    <message>
        <source>studiebesök hos oss</source>
        <translation>study visit to us</translation>
    <extra-vagval-dictionary>study visit to us</extra-vagval-dictionary></message>
    <message>
        <source>studiebesök hos annan</source>
        <translation>study visit elsewhere</translation>
    <extra-vagval-dictionary>study visit elsewhere</extra-vagval-dictionary></message>
    <message>
        <source>intresserad</source>
        <translation>interested</translation>
    <extra-vagval-dictionary>interested</extra-vagval-dictionary></message>
    <message>
        <source>anmäld</source>
        <translation>registered</translation>
    <extra-vagval-dictionary>registered</extra-vagval-dictionary></message>
    <message>
        <source>bekräftad</source>
        <translation>confirmed</translation>
    <extra-vagval-dictionary>confirmed</extra-vagval-dictionary></message>
    <message>
        <source>väntelista</source>
        <translation>waiting list</translation>
    <extra-vagval-dictionary>waiting list</extra-vagval-dictionary></message>
    <message>
        <source>avbokad</source>
        <translation>cancelled</translation>
    <extra-vagval-dictionary>cancelled</extra-vagval-dictionary></message>
    <message>
        <source>deltog</source>
        <translation>attended</translation>
    <extra-vagval-dictionary>attended</extra-vagval-dictionary></message>
    <message>
        <source>uteblev</source>
        <translation>did not come</translation>
    <extra-vagval-dictionary>did not come</extra-vagval-dictionary></message>
    <message>
        <source>sparat på fel klient</source>
        <translation>saved on the wrong client</translation>
    <extra-vagval-dictionary>saved on the wrong client</extra-vagval-dictionary></message>
    <message>
        <source>registrerat två gånger</source>
        <translation>registered twice</translation>
    <extra-vagval-dictionary>registered twice</extra-vagval-dictionary></message>
    <message>
        <source>registrerat av misstag (ägde inte rum)</source>
        <translation>registered by mistake (did not take place)</translation>
    <extra-vagval-dictionary>registered by mistake (did not take place)</extra-vagval-dictionary></message>
    <message>
        <source>klientakt</source>
        <translation>client record</translation>
    <extra-vagval-dictionary>client record</extra-vagval-dictionary></message>
    <message>
        <source>kursdeltagare</source>
        <translation>course participant</translation>
    <extra-vagval-dictionary>course participant</extra-vagval-dictionary></message>
    <message>
        <source>oregistrerad kontakt</source>
        <translation>unregistered contact</translation>
    <extra-vagval-dictionary>unregistered contact</extra-vagval-dictionary></message>
    <message>
        <source>person i uppsökande arbete</source>
        <translation>person in outreach</translation>
    <extra-vagval-dictionary>person in outreach</extra-vagval-dictionary></message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    <extra-vagval-dictionary>unknown</extra-vagval-dictionary></message>
    <message>
        <source>utanför Sverige</source>
        <translation>outside Sweden</translation>
    <extra-vagval-dictionary>outside Sweden</extra-vagval-dictionary></message>
    <message>
        <source>Har slutat köpa sex</source>
        <translation>Has stopped buying sex</translation>
    <extra-vagval-dictionary>Has stopped buying sex</extra-vagval-dictionary></message>
    <message>
        <source>Har slutat med porrsurf</source>
        <translation>Has stopped watching porn</translation>
    <extra-vagval-dictionary>Has stopped watching porn</extra-vagval-dictionary></message>
    <message>
        <source>Uppsök</source>
        <translation>Outreach</translation>
    <extra-vagval-dictionary>Outreach</extra-vagval-dictionary></message>
    <message>
        <source>Summan av kontakterna i det uppsökande arbetet (alla arenor), efter dagen då de togs.</source>
        <translation>The sum of outreach contacts (all arenas), by the day they were made.</translation>
    <extra-vagval-dictionary>The sum of outreach contacts (all arenas), by the day they were made.</extra-vagval-dictionary></message>
    <message>
        <source>Nya personer i uppsökande</source>
        <translation>New persons in outreach</translation>
    <extra-vagval-dictionary>New persons in outreach</extra-vagval-dictionary></message>
    <message>
        <source>Summan av nya personer i det uppsökande arbetet.</source>
        <translation>The sum of new persons in outreach.</translation>
    <extra-vagval-dictionary>The sum of new persons in outreach.</extra-vagval-dictionary></message>
    <message>
        <source>Gruppdeltagare</source>
        <translation>Group attendances</translation>
    <extra-vagval-dictionary>Group attendances</extra-vagval-dictionary></message>
    <message>
        <source>Närvarotillfällen i grupper och kurser: varje person som var närvarande vid en träff räknas en gång per träff, plus importerade anonyma närvaron.</source>
        <translation>Attendances in groups and courses: each person present at a meeting counts once per meeting, plus imported anonymous attendances.</translation>
    <extra-vagval-dictionary>Attendances in groups and courses: each person present at a meeting counts once per meeting, plus imported anonymous attendances.</extra-vagval-dictionary></message>
    <message>
        <source>Rådgivning och samtal</source>
        <translation>Advice and contacts</translation>
    <extra-vagval-dictionary>Advice and contacts</extra-vagval-dictionary></message>
    <message>
        <source>Alla registrerade samtal, med klienter och oregistrerade; ett samtal med ett par räknas en gång.</source>
        <translation>All registered contacts, with clients and unregistered; a contact with a couple counts once.</translation>
    <extra-vagval-dictionary>All registered contacts, with clients and unregistered; a contact with a couple counts once.</extra-vagval-dictionary></message>
    <message>
        <source>Studiebesök och utbildning</source>
        <translation>Study visits and education</translation>
    <extra-vagval-dictionary>Study visits and education</extra-vagval-dictionary></message>
    <message>
        <source>Antal tillfällen: föreläsningar, utbildningar och studiebesök.</source>
        <translation>Number of occasions: lectures, trainings and study visits.</translation>
    <extra-vagval-dictionary>Number of occasions: lectures, trainings and study visits.</extra-vagval-dictionary></message>
    <message>
        <source>Deltagare i utbildning</source>
        <translation>Participants in education</translation>
    <extra-vagval-dictionary>Participants in education</extra-vagval-dictionary></message>
    <message>
        <source>Summan av deltagare vid föreläsningar, utbildningar och studiebesök.</source>
        <translation>The sum of participants at lectures, trainings and study visits.</translation>
    <extra-vagval-dictionary>The sum of participants at lectures, trainings and study visits.</extra-vagval-dictionary></message>
    <message>
        <source>Konsultationer</source>
        <translation>Consultations</translation>
    <extra-vagval-dictionary>Consultations</extra-vagval-dictionary></message>
    <message>
        <source>Konsultationer till andra yrkesverksamma som inte hör till en klient.</source>
        <translation>Consultations to other professionals not tied to a client.</translation>
    <extra-vagval-dictionary>Consultations to other professionals not tied to a client.</extra-vagval-dictionary></message>
    <message>
        <source>Uppsök på gatan</source>
        <translation>Street outreach</translation>
    <extra-vagval-dictionary>Street outreach</extra-vagval-dictionary></message>
    <message>
        <source>Summan av kontakterna i det uppsökande arbetet på gatan (arenan gata).</source>
        <translation>The sum of the contacts in outreach on the street (the Street arena).</translation>
    <extra-vagval-dictionary>The sum of the contacts in outreach on the street (the Street arena).</extra-vagval-dictionary></message>
    <message>
        <source>Gruppdeltagare (personer)</source>
        <translation>Group participants (persons)</translation>
    <extra-vagval-dictionary>Group participants (persons)</extra-vagval-dictionary></message>
    <message>
        <source>Olika personer som var närvarande vid minst en träff i en grupp eller kurs; totalen räknar varje person en gång för hela perioden (anonyma närvaron räknas inte, de har ingen person).</source>
        <translation>Different persons present at one meeting or more of a group or course; the total counts each person once for the whole period (anonymous attendances are not counted: they have no person).</translation>
    <extra-vagval-dictionary>Different persons present at one meeting or more of a group or course; the total counts each person once for the whole period (anonymous attendances are not counted: they have no person).</extra-vagval-dictionary></message>
    <message>
        <source>Uppsökande, antal</source>
        <translation>Outreach, count</translation>
    <extra-vagval-dictionary>Outreach, count</extra-vagval-dictionary></message>
    <message>
        <source>En av siffrorna varje uppsökande dag har: kvinnor, män eller andra mötta, mejl, sms, svar, eller annonser sedda, nya, kvinnor, män, under 25, 25 och äldre.</source>
        <translation>One of the counts each outreach day has: women, men or others met, mails, sms, replies, or ads seen, new, women, men, under 25, 25 and older.</translation>
    <extra-vagval-dictionary>One of the counts each outreach day has: women, men or others met, mails, sms, replies, or ads seen, new, women, men, under 25, 25 and older.</extra-vagval-dictionary></message>
    <message>
        <source>Egen räknare</source>
        <translation>Own counter</translation>
    <extra-vagval-dictionary>Own counter</extra-vagval-dictionary></message>
    <message>
        <source>Summan av en av enhetens egna räknare per uppsökande dag (t.ex. annonser ”alltid kondom”).</source>
        <translation>The sum of one of the unit's own counters per outreach day (e.g. ads “always condom”).</translation>
    <extra-vagval-dictionary>The sum of one of the unit's own counters per outreach day (e.g. ads “always condom”).</extra-vagval-dictionary></message>
    <message>
        <source>Uteblivna besök</source>
        <translation>Missed visits</translation>
    <extra-vagval-dictionary>Missed visits</extra-vagval-dictionary></message>
    <message>
        <source>Bokade besök som klienten uteblev från, efter dagen för besöket.</source>
        <translation>Booked visits the client did not come to, by the day of the visit.</translation>
    <extra-vagval-dictionary>Booked visits the client did not come to, by the day of the visit.</extra-vagval-dictionary></message>
    <message>
        <source>Utdelat material</source>
        <translation>Material handed out</translation>
    <extra-vagval-dictionary>Material handed out</extra-vagval-dictionary></message>
    <message>
        <source>Summan av utdelat material, t.ex. preventionspaket.</source>
        <translation>The sum of material handed out, e.g. prevention packages.</translation>
    <extra-vagval-dictionary>The sum of material handed out, e.g. prevention packages.</extra-vagval-dictionary></message>
    <message>
        <source>Unika klienter</source>
        <translation>Unique clients</translation>
    <extra-vagval-dictionary>Unique clients</extra-vagval-dictionary></message>
    <message>
        <source>Olika klienter med minst ett samtal; totalen räknar varje klient en gång för hela perioden.</source>
        <translation>Different clients with at least one contact; the total counts each client once for the whole period.</translation>
    <extra-vagval-dictionary>Different clients with at least one contact; the total counts each client once for the whole period.</extra-vagval-dictionary></message>
    <message>
        <source>Nya klienter</source>
        <translation>New clients</translation>
    <extra-vagval-dictionary>New clients</extra-vagval-dictionary></message>
    <message>
        <source>Klienter som lades upp under perioden.</source>
        <translation>Clients created during the period.</translation>
    <extra-vagval-dictionary>Clients created during the period.</extra-vagval-dictionary></message>
</context>
<context>
    <name>MetPicker</name>
    <message>
        <source>Sök alias…</source>
        <translation>Search alias…</translation>
    <extra-vagval-dictionary>Search alias…</extra-vagval-dictionary></message>
    <message>
        <source>Ny person…</source>
        <translation>New person…</translation>
    <extra-vagval-dictionary>New person…</extra-vagval-dictionary></message>
    <message>
        <source>Personer som mötts (frivilligt register):</source>
        <translation>Persons met (optional register):</translation>
    <extra-vagval-dictionary>Persons met (optional register):</extra-vagval-dictionary></message>
    <message>
        <source>%1 valda</source>
        <translation>%1 chosen</translation>
    <extra-vagval-dictionary>%1 chosen</extra-vagval-dictionary></message>
</context>
<context>
    <name>MoveMeetingDialog</name>
    <message>
        <source>Flytta träff</source>
        <translation>Move meeting</translation>
    <extra-vagval-dictionary>Move meeting</extra-vagval-dictionary></message>
    <message>
        <source>Ny träff</source>
        <translation>New meeting</translation>
    <extra-vagval-dictionary>New meeting</extra-vagval-dictionary></message>
    <message>
        <source>Ny tid:</source>
        <translation>New time:</translation>
    <extra-vagval-dictionary>New time:</extra-vagval-dictionary></message>
    <message>
        <source>Tid:</source>
        <translation>Time:</translation>
    <extra-vagval-dictionary>Time:</extra-vagval-dictionary></message>
    <message>
        <source>Slutar:</source>
        <translation>Ends:</translation>
    <extra-vagval-dictionary>Ends:</extra-vagval-dictionary></message>
    <message>
        <source>Lokal:</source>
        <translation>Venue:</translation>
    <extra-vagval-dictionary>Venue:</extra-vagval-dictionary></message>
</context>
<context>
    <name>MunicipalityGroups</name>
    <message>
        <source>Avtalskommuner</source>
        <translation>Agreement municipalities</translation>
    <extra-vagval-dictionary>Agreement municipalities</extra-vagval-dictionary></message>
    <message>
        <source>Övriga avtalskommuner</source>
        <translation>Other agreement municipalities</translation>
    <extra-vagval-dictionary>Other agreement municipalities</extra-vagval-dictionary></message>
    <message>
        <source>Andra kommuner</source>
        <translation>Other municipalities</translation>
    <extra-vagval-dictionary>Other municipalities</extra-vagval-dictionary></message>
    <message>
        <source>Kommun okänd</source>
        <translation>Municipality not known</translation>
    <extra-vagval-dictionary>Municipality not known</extra-vagval-dictionary></message>
</context>
<context>
    <name>MunicipalityReport</name>
    <message>
        <source>okänt</source>
        <translation>unknown</translation>
    <extra-vagval-dictionary>unknown</extra-vagval-dictionary></message>
    <message>
        <source>Summa</source>
        <translation>Total</translation>
    <extra-vagval-dictionary>Total</extra-vagval-dictionary></message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    <extra-vagval-dictionary>Municipality</extra-vagval-dictionary></message>
    <message>
        <source>Klienter</source>
        <translation>Clients</translation>
    <extra-vagval-dictionary>Clients</extra-vagval-dictionary></message>
    <message>
        <source>Anhöriga</source>
        <translation>Relatives</translation>
    <extra-vagval-dictionary>Relatives</extra-vagval-dictionary></message>
    <message>
        <source>Samtal</source>
        <translation>Contacts</translation>
    <extra-vagval-dictionary>Contacts</extra-vagval-dictionary></message>
    <message>
        <source>Kursdeltagare</source>
        <translation>Course participants</translation>
    <extra-vagval-dictionary>Course participants</extra-vagval-dictionary></message>
    <message>
        <source>Andel av invånarna</source>
        <translation>Share of population</translation>
    <extra-vagval-dictionary>Share of population</extra-vagval-dictionary></message>
    <message>
        <source>Kostnad (kr)</source>
        <translation>Cost (SEK)</translation>
    <extra-vagval-dictionary>Cost (SEK)</extra-vagval-dictionary></message>
    <message>
        <source>Andel av klienterna</source>
        <translation>Share of clients</translation>
    <extra-vagval-dictionary>Share of clients</extra-vagval-dictionary></message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    <extra-vagval-dictionary>Unit</extra-vagval-dictionary></message>
    <message>
        <source>Total kostnad</source>
        <translation>Total cost</translation>
    <extra-vagval-dictionary>Total cost</extra-vagval-dictionary></message>
    <message>
        <source>Invånare per</source>
        <translation>Population at</translation>
    <extra-vagval-dictionary>Population at</extra-vagval-dictionary></message>
    <message>
        <source>Per kommun %1</source>
        <translation>Per municipality %1</translation>
    <extra-vagval-dictionary>Per municipality %1</extra-vagval-dictionary></message>
    <message>
        <source>Sekretess: innehåller inga personuppgifter</source>
        <translation>Confidentiality: contains no personal data</translation>
    <extra-vagval-dictionary>Confidentiality: contains no personal data</extra-vagval-dictionary></message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>Lösenord:</source>
        <translation>Password:</translation>
    <extra-vagval-dictionary>Password:</extra-vagval-dictionary></message>
    <message>
        <source>Upprepa lösenordet:</source>
        <translation>Repeat the password:</translation>
    <extra-vagval-dictionary>Repeat the password:</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>Minst %n tecken. Tips: flera ord med mellanslag eller bindestreck.</source>
        <translation><numerusform>At least %n character. Tip: several words with spaces or hyphens.</numerusform><numerusform>At least %n characters. Tip: several words with spaces or hyphens.</numerusform></translation>
    <extra-vagval-dictionary>At least %n character. Tip: several words with spaces or hyphens.At least %n characters. Tip: several words with spaces or hyphens.</extra-vagval-dictionary></message>
    <message>
        <source>Svagt: lätt att gissa. Lägg till fler ord eller tecken.</source>
        <translation>Weak: easy to guess. Add more words or characters.</translation>
    <extra-vagval-dictionary>Weak: easy to guess. Add more words or characters.</extra-vagval-dictionary></message>
    <message>
        <source>De två lösenorden är inte lika.</source>
        <translation>The two passwords are not the same.</translation>
    <extra-vagval-dictionary>The two passwords are not the same.</extra-vagval-dictionary></message>
    <message>
        <source>Godkänt, men ett längre lösenord är säkrare.</source>
        <translation>Acceptable, but a longer password is safer.</translation>
    <extra-vagval-dictionary>Acceptable, but a longer password is safer.</extra-vagval-dictionary></message>
    <message>
        <source>Starkt lösenord.</source>
        <translation>Strong password.</translation>
    <extra-vagval-dictionary>Strong password.</extra-vagval-dictionary></message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Ny medarbetare</source>
        <translation>New staff member</translation>
    <extra-vagval-dictionary>New staff member</extra-vagval-dictionary></message>
    <message>
        <source>Användarnamn:</source>
        <translation>Username:</translation>
    <extra-vagval-dictionary>Username:</extra-vagval-dictionary></message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    <extra-vagval-dictionary>Name:</extra-vagval-dictionary></message>
    <message>
        <source>Roll:</source>
        <translation>Role:</translation>
    <extra-vagval-dictionary>Role:</extra-vagval-dictionary></message>
    <message>
        <source>Tillfälligt lösenord:</source>
        <translation>Temporary password:</translation>
    <extra-vagval-dictionary>Temporary password:</extra-vagval-dictionary></message>
    <message>
        <source>Lämna det tillfälliga lösenordet till medarbetaren personligen. Det måste bytas vid första inloggningen.</source>
        <translation>Hand the temporary password to the staff member in person. It must be changed at the first login.</translation>
    <extra-vagval-dictionary>Hand the temporary password to the staff member in person. It must be changed at the first login.</extra-vagval-dictionary></message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Ctrl+Enter eller Ctrl+S sparar.</source>
        <translation>Ctrl+Enter or Ctrl+S saves.</translation>
    <extra-vagval-dictionary>Ctrl+Enter or Ctrl+S saves.</extra-vagval-dictionary></message>
    <message>
        <source>(ingen mall)</source>
        <translation>(no template)</translation>
    <extra-vagval-dictionary>(no template)</extra-vagval-dictionary></message>
    <message>
        <source>Mall:</source>
        <translation>Template:</translation>
    <extra-vagval-dictionary>Template:</extra-vagval-dictionary></message>
    <message>
        <source>Rubrik:</source>
        <translation>Heading:</translation>
    <extra-vagval-dictionary>Heading:</extra-vagval-dictionary></message>
    <message>
        <source>Anteckningen signeras med ditt namn och tiden när du sparar. Den kan inte ändras i efterhand, bara rättas med en ny version.</source>
        <translation>The note is signed with your name and the time when you save. It cannot be changed afterwards, only corrected by a new version.</translation>
    <extra-vagval-dictionary>The note is signed with your name and the time when you save. It cannot be changed afterwards, only corrected by a new version.</extra-vagval-dictionary></message>
    <message>
        <source>Använd mallen</source>
        <translation>Use the template</translation>
    <extra-vagval-dictionary>Use the template</extra-vagval-dictionary></message>
    <message>
        <source>Ersätta det du har skrivit med mallen ”%1”?</source>
        <translation>Replace what you have written with the template “%1”?</translation>
    <extra-vagval-dictionary>Replace what you have written with the template “%1”?</extra-vagval-dictionary></message>
</context>
<context>
    <name>NoteTemplatesDialog</name>
    <message>
        <source>Journalmallar</source>
        <translation>Note templates</translation>
    <extra-vagval-dictionary>Note templates</extra-vagval-dictionary></message>
    <message>
        <source>Ny mall</source>
        <translation>New template</translation>
    <extra-vagval-dictionary>New template</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort mallen</source>
        <translation>Remove the template</translation>
    <extra-vagval-dictionary>Remove the template</extra-vagval-dictionary></message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    <extra-vagval-dictionary>Name:</extra-vagval-dictionary></message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    <extra-vagval-dictionary>Text:</extra-vagval-dictionary></message>
    <message>
        <source>(utan namn)</source>
        <translation>(no name)</translation>
    <extra-vagval-dictionary>(no name)</extra-vagval-dictionary></message>
</context>
<context>
    <name>OccasionDialog</name>
    <message>
        <source>Nytt kurstillfälle</source>
        <translation>New course occasion</translation>
    <extra-vagval-dictionary>New course occasion</extra-vagval-dictionary></message>
    <message>
        <source>t.ex. hyrd lokal, adress</source>
        <translation>e.g. rented room, address</translation>
    <extra-vagval-dictionary>e.g. rented room, address</extra-vagval-dictionary></message>
    <message>
        <source>Namn eller roll, t.ex. ”föreläsare med egen erfarenhet”</source>
        <translation>Name or role, e.g. “speaker with own experience”</translation>
    <extra-vagval-dictionary>Name or role, e.g. “speaker with own experience”</extra-vagval-dictionary></message>
    <message>
        <source>Lägg till träff</source>
        <translation>Add meeting</translation>
    <extra-vagval-dictionary>Add meeting</extra-vagval-dictionary></message>
    <message>
        <source>Lägg till återträff</source>
        <translation>Add reunion</translation>
    <extra-vagval-dictionary>Add reunion</extra-vagval-dictionary></message>
    <message>
        <source>Kurstyp:</source>
        <translation>Course type:</translation>
    <extra-vagval-dictionary>Course type:</extra-vagval-dictionary></message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    <extra-vagval-dictionary>Name:</extra-vagval-dictionary></message>
    <message>
        <source>Lokal:</source>
        <translation>Venue:</translation>
    <extra-vagval-dictionary>Venue:</extra-vagval-dictionary></message>
    <message>
        <source>Antal platser:</source>
        <translation>Places:</translation>
    <extra-vagval-dictionary>Places:</extra-vagval-dictionary></message>
    <message>
        <source>Minsta antal för att starta:</source>
        <translation>Minimum to start:</translation>
    <extra-vagval-dictionary>Minimum to start:</extra-vagval-dictionary></message>
    <message>
        <source>Sista anmälningsdag:</source>
        <translation>Registration deadline:</translation>
    <extra-vagval-dictionary>Registration deadline:</extra-vagval-dictionary></message>
    <message>
        <source>Kursledare:</source>
        <translation>Course leaders:</translation>
    <extra-vagval-dictionary>Course leaders:</extra-vagval-dictionary></message>
    <message>
        <source>Gästföreläsare:</source>
        <translation>Guest speakers:</translation>
    <extra-vagval-dictionary>Guest speakers:</extra-vagval-dictionary></message>
    <message>
        <source>Träffar</source>
        <translation>Meetings</translation>
    <extra-vagval-dictionary>Meetings</extra-vagval-dictionary></message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <source>Uppsökande arbete</source>
        <translation>Outreach</translation>
    <extra-vagval-dictionary>Outreach</extra-vagval-dictionary></message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    <extra-vagval-dictionary>Date:</extra-vagval-dictionary></message>
    <message>
        <source>Arena:</source>
        <translation>Arena:</translation>
    <extra-vagval-dictionary>Arena:</extra-vagval-dictionary></message>
    <message>
        <source>Kontakter:</source>
        <translation>Contacts:</translation>
    <extra-vagval-dictionary>Contacts:</extra-vagval-dictionary></message>
    <message>
        <source>varav nya personer:</source>
        <translation>of whom new persons:</translation>
    <extra-vagval-dictionary>of whom new persons:</extra-vagval-dictionary></message>
    <message>
        <source>Kvinnor / män / övriga (om känt):</source>
        <translation>Women / men / others (if known):</translation>
    <extra-vagval-dictionary>Women / men / others (if known):</extra-vagval-dictionary></message>
    <message>
        <source>Mejl / sms skickade, svar:</source>
        <translation>E-mails / texts sent, replies:</translation>
    <extra-vagval-dictionary>E-mails / texts sent, replies:</extra-vagval-dictionary></message>
    <message>
        <source>%1 utdelade:</source>
        <translation>%1 handed out:</translation>
    <extra-vagval-dictionary>%1 handed out:</extra-vagval-dictionary></message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    <extra-vagval-dictionary>%1:</extra-vagval-dictionary></message>
    <message>
        <source>Annonser sedda / nya:</source>
        <translation>Ads seen / new:</translation>
    <extra-vagval-dictionary>Ads seen / new:</extra-vagval-dictionary></message>
    <message>
        <source>Annonser kvinnor / män:</source>
        <translation>Ads women / men:</translation>
    <extra-vagval-dictionary>Ads women / men:</extra-vagval-dictionary></message>
    <message>
        <source>Annonser under 25 / 25 år och äldre:</source>
        <translation>Ads under 25 / 25 and older:</translation>
    <extra-vagval-dictionary>Ads under 25 / 25 and older:</extra-vagval-dictionary></message>
    <message>
        <source>Anteckning:</source>
        <translation>Note:</translation>
    <extra-vagval-dictionary>Note:</extra-vagval-dictionary></message>
    <message>
        <source>Bara antal – inga namn eller länkar. Registret till höger har bara alias.</source>
        <translation>Numbers only – no names or links. The register on the right holds aliases only.</translation>
    <extra-vagval-dictionary>Numbers only – no names or links. The register on the right holds aliases only.</extra-vagval-dictionary></message>
</context>
<context>
    <name>OutreachSection</name>
    <message>
        <source>Kontakter i uppsökande arbete</source>
        <translation>Contacts in outreach</translation>
    <extra-vagval-dictionary>Contacts in outreach</extra-vagval-dictionary></message>
    <message>
        <source>varav nya personer</source>
        <translation>of whom new persons</translation>
    <extra-vagval-dictionary>of whom new persons</extra-vagval-dictionary></message>
    <message>
        <source>Studiebesök och utbildning (tillfällen)</source>
        <translation>Study visits and training (occasions)</translation>
    <extra-vagval-dictionary>Study visits and training (occasions)</extra-vagval-dictionary></message>
    <message>
        <source>Deltagare i studiebesök och utbildning</source>
        <translation>Participants in study visits and training</translation>
    <extra-vagval-dictionary>Participants in study visits and training</extra-vagval-dictionary></message>
    <message>
        <source>Konsultationer</source>
        <translation>Consultations</translation>
    <extra-vagval-dictionary>Consultations</extra-vagval-dictionary></message>
    <message>
        <source>%1 (av %2)</source>
        <translation>%1 (of %2)</translation>
    <extra-vagval-dictionary>%1 (of %2)</extra-vagval-dictionary></message>
    <message>
        <source>Utdelat: %1</source>
        <translation>Handed out: %1</translation>
    <extra-vagval-dictionary>Handed out: %1</extra-vagval-dictionary></message>
    <message>
        <source>Kvinnor mötta</source>
        <translation>Women met</translation>
    <extra-vagval-dictionary>Women met</extra-vagval-dictionary></message>
    <message>
        <source>Män mötta</source>
        <translation>Men met</translation>
    <extra-vagval-dictionary>Men met</extra-vagval-dictionary></message>
    <message>
        <source>Andra mötta</source>
        <translation>Others met</translation>
    <extra-vagval-dictionary>Others met</extra-vagval-dictionary></message>
    <message>
        <source>Mejl skickade</source>
        <translation>Mails sent</translation>
    <extra-vagval-dictionary>Mails sent</extra-vagval-dictionary></message>
    <message>
        <source>Sms skickade</source>
        <translation>Texts sent</translation>
    <extra-vagval-dictionary>Texts sent</extra-vagval-dictionary></message>
    <message>
        <source>Svar på mejl och sms</source>
        <translation>Replies to mails and texts</translation>
    <extra-vagval-dictionary>Replies to mails and texts</extra-vagval-dictionary></message>
    <message>
        <source>Annonser sedda</source>
        <translation>Ads seen</translation>
    <extra-vagval-dictionary>Ads seen</extra-vagval-dictionary></message>
    <message>
        <source>varav nya annonser</source>
        <translation>of which new ads</translation>
    <extra-vagval-dictionary>of which new ads</extra-vagval-dictionary></message>
    <message>
        <source>Annonser, kvinnor</source>
        <translation>Ads, women</translation>
    <extra-vagval-dictionary>Ads, women</extra-vagval-dictionary></message>
    <message>
        <source>Annonser, män</source>
        <translation>Ads, men</translation>
    <extra-vagval-dictionary>Ads, men</extra-vagval-dictionary></message>
    <message>
        <source>Annonser, under 25 år</source>
        <translation>Ads, under 25</translation>
    <extra-vagval-dictionary>Ads, under 25</extra-vagval-dictionary></message>
    <message>
        <source>Annonser, 25 år och äldre</source>
        <translation>Ads, 25 and older</translation>
    <extra-vagval-dictionary>Ads, 25 and older</extra-vagval-dictionary></message>
    <message>
        <source>Publik</source>
        <translation>Audience</translation>
    <extra-vagval-dictionary>Audience</extra-vagval-dictionary></message>
    <message>
        <source>Tillfällen</source>
        <translation>Occasions</translation>
    <extra-vagval-dictionary>Occasions</extra-vagval-dictionary></message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    <extra-vagval-dictionary>Participants</extra-vagval-dictionary></message>
    <message>
        <source>Summa</source>
        <translation>Total</translation>
    <extra-vagval-dictionary>Total</extra-vagval-dictionary></message>
    <message>
        <source>Kön</source>
        <translation>Gender</translation>
    <extra-vagval-dictionary>Gender</extra-vagval-dictionary></message>
    <message>
        <source>Personer mötta</source>
        <translation>Persons met</translation>
    <extra-vagval-dictionary>Persons met</extra-vagval-dictionary></message>
    <message>
        <source>varav helt nya</source>
        <translation>of whom new</translation>
    <extra-vagval-dictionary>of whom new</extra-vagval-dictionary></message>
    <message>
        <source>Under 18 år</source>
        <translation>Under 18</translation>
    <extra-vagval-dictionary>Under 18</extra-vagval-dictionary></message>
    <message>
        <source>Medelålder, nya</source>
        <translation>Mean age, new</translation>
    <extra-vagval-dictionary>Mean age, new</extra-vagval-dictionary></message>
    <message>
        <source>Medelålder, övriga</source>
        <translation>Mean age, others</translation>
    <extra-vagval-dictionary>Mean age, others</extra-vagval-dictionary></message>
    <message>
        <source>Personer mötta i uppsökande arbete</source>
        <translation>Persons met in outreach</translation>
    <extra-vagval-dictionary>Persons met in outreach</extra-vagval-dictionary></message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    <extra-vagval-dictionary>Year</extra-vagval-dictionary></message>
    <message>
        <source>Konsultationer per år</source>
        <translation>Consultations per year</translation>
    <extra-vagval-dictionary>Consultations per year</extra-vagval-dictionary></message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    <extra-vagval-dictionary>Municipality</extra-vagval-dictionary></message>
    <message>
        <source>Konsultationer per kommun</source>
        <translation>Consultations per municipality</translation>
    <extra-vagval-dictionary>Consultations per municipality</extra-vagval-dictionary></message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    <extra-vagval-dictionary>Overview</extra-vagval-dictionary></message>
    <message>
        <source>⚠ Dags att säkerhetskopiera…</source>
        <translation>⚠ Time for a backup…</translation>
    <extra-vagval-dictionary>⚠ Time for a backup…</extra-vagval-dictionary></message>
    <message>
        <source>Granska förra månadens logg…</source>
        <translation>Review last month's log…</translation>
    <extra-vagval-dictionary>Review last month's log…</extra-vagval-dictionary></message>
    <message>
        <source>Mina klienter</source>
        <translation>My clients</translation>
    <extra-vagval-dictionary>My clients</extra-vagval-dictionary></message>
    <message>
        <source>Mina bokade besök i dag och denna vecka</source>
        <translation>My booked visits today and this week</translation>
    <extra-vagval-dictionary>My booked visits today and this week</extra-vagval-dictionary></message>
    <message>
        <source>Väntar längre än garantin</source>
        <translation>Waiting longer than the guarantee</translation>
    <extra-vagval-dictionary>Waiting longer than the guarantee</extra-vagval-dictionary></message>
    <message>
        <source>Öppna orosanmälningar</source>
        <translation>Open reports of concern</translation>
    <extra-vagval-dictionary>Open reports of concern</extra-vagval-dictionary></message>
    <message>
        <source>Grupper och kurser denna vecka</source>
        <translation>Groups and courses this week</translation>
    <extra-vagval-dictionary>Groups and courses this week</extra-vagval-dictionary></message>
    <message>
        <source>%1 – väntat %2 dagar</source>
        <translation>%1 – waited %2 days</translation>
    <extra-vagval-dictionary>%1 – waited %2 days</extra-vagval-dictionary></message>
    <message>
        <source>i dag %1</source>
        <translation>today %1</translation>
    <extra-vagval-dictionary>today %1</extra-vagval-dictionary></message>
    <message>
        <source>⚠ krock</source>
        <translation>⚠ clash</translation>
    <extra-vagval-dictionary>⚠ clash</extra-vagval-dictionary></message>
    <message>
        <source>senaste samtal %1</source>
        <translation>last talk %1</translation>
    <extra-vagval-dictionary>last talk %1</extra-vagval-dictionary></message>
    <message>
        <source>inget samtal än</source>
        <translation>no talk yet</translation>
    <extra-vagval-dictionary>no talk yet</extra-vagval-dictionary></message>
    <message>
        <source>nästa besök %1</source>
        <translation>next visit %1</translation>
    <extra-vagval-dictionary>next visit %1</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>… och %n till</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    <extra-vagval-dictionary>… and %n more… and %n more</extra-vagval-dictionary></message>
    <message>
        <source>Inget just nu.</source>
        <translation>Nothing right now.</translation>
    <extra-vagval-dictionary>Nothing right now.</extra-vagval-dictionary></message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Ändra uppgifter…</source>
        <translation>Change details…</translation>
    <extra-vagval-dictionary>Change details…</extra-vagval-dictionary></message>
    <message>
        <source>Senaste samtal</source>
        <translation>Latest contacts</translation>
    <extra-vagval-dictionary>Latest contacts</extra-vagval-dictionary></message>
    <message>
        <source>Öppen orosanmälan om barn (se fliken Barn).</source>
        <translation>Open report of concern about children (see the Children tab).</translation>
    <extra-vagval-dictionary>Open report of concern about children (see the Children tab).</extra-vagval-dictionary></message>
    <message>
        <source>Frågan om barn under 18 år är inte ställd (fliken Barn).</source>
        <translation>The question about children under 18 has not been asked (the Children tab).</translation>
    <extra-vagval-dictionary>The question about children under 18 has not been asked (the Children tab).</extra-vagval-dictionary></message>
    <message>
        <source>Väntar på en första tid längre än tillgänglighetsgarantin tillåter.</source>
        <translation>Waiting for a first time longer than the access guarantee allows.</translation>
    <extra-vagval-dictionary>Waiting for a first time longer than the access guarantee allows.</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n samtal totalt</source>
        <translation><numerusform>%n contact in all</numerusform><numerusform>%n contacts in all</numerusform></translation>
    <extra-vagval-dictionary>%n contact in all%n contacts in all</extra-vagval-dictionary></message>
    <message>
        <source>Inga samtal ännu.</source>
        <translation>No contacts yet.</translation>
    <extra-vagval-dictionary>No contacts yet.</extra-vagval-dictionary></message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Anmäl deltagare</source>
        <translation>Register participant</translation>
    <extra-vagval-dictionary>Register participant</extra-vagval-dictionary></message>
    <message>
        <source>Ändra deltagare %1</source>
        <translation>Edit participant %1</translation>
    <extra-vagval-dictionary>Edit participant %1</extra-vagval-dictionary></message>
    <message>
        <source>Kod eller namn på en tidigare deltagare (lämna tomt för ny)</source>
        <translation>Code or name of an earlier participant (leave empty for a new one)</translation>
    <extra-vagval-dictionary>Code or name of an earlier participant (leave empty for a new one)</extra-vagval-dictionary></message>
    <message>
        <source>valfritt</source>
        <translation>optional</translation>
    <extra-vagval-dictionary>optional</extra-vagval-dictionary></message>
    <message>
        <source>för påminnelser, valfritt</source>
        <translation>for reminders, optional</translation>
    <extra-vagval-dictionary>for reminders, optional</extra-vagval-dictionary></message>
    <message>
        <source>ej angivet</source>
        <translation>not given</translation>
    <extra-vagval-dictionary>not given</extra-vagval-dictionary></message>
    <message>
        <source>t.ex. K-2026-014</source>
        <translation>e.g. K-2026-014</translation>
    <extra-vagval-dictionary>e.g. K-2026-014</extra-vagval-dictionary></message>
    <message>
        <source>Tidigare deltagare:</source>
        <translation>Earlier participant:</translation>
    <extra-vagval-dictionary>Earlier participant:</extra-vagval-dictionary></message>
    <message>
        <source>eller en klient (kod):</source>
        <translation>or a client (code):</translation>
    <extra-vagval-dictionary>or a client (code):</extra-vagval-dictionary></message>
    <message>
        <source>eller en ny deltagare</source>
        <translation>or a new participant</translation>
    <extra-vagval-dictionary>or a new participant</extra-vagval-dictionary></message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    <extra-vagval-dictionary>Name:</extra-vagval-dictionary></message>
    <message>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    <extra-vagval-dictionary>Phone:</extra-vagval-dictionary></message>
    <message>
        <source>Hemkommun:</source>
        <translation>Home municipality:</translation>
    <extra-vagval-dictionary>Home municipality:</extra-vagval-dictionary></message>
    <message>
        <source>Stadsdel:</source>
        <translation>City district:</translation>
    <extra-vagval-dictionary>City district:</extra-vagval-dictionary></message>
    <message>
        <source>Kom via:</source>
        <translation>Referred by:</translation>
    <extra-vagval-dictionary>Referred by:</extra-vagval-dictionary></message>
    <message>
        <source>Födelseår:</source>
        <translation>Birth year:</translation>
    <extra-vagval-dictionary>Birth year:</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort deltagaren…</source>
        <translation>Remove the participant…</translation>
    <extra-vagval-dictionary>Remove the participant…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort %1 med alla anmälningar? Använd det när deltagaren lades in av misstag.</source>
        <translation>Remove %1 with all registrations? Use this when the participant was added by mistake.</translation>
    <extra-vagval-dictionary>Remove %1 with all registrations? Use this when the participant was added by mistake.</extra-vagval-dictionary></message>
    <message>
        <source>Deltagaren finns redan</source>
        <translation>The participant already exists</translation>
    <extra-vagval-dictionary>The participant already exists</extra-vagval-dictionary></message>
    <message>
        <source>Är det samma person?</source>
        <translation>Is it the same person?</translation>
    <extra-vagval-dictionary>Is it the same person?</extra-vagval-dictionary></message>
    <message>
        <source>Ja, använd den</source>
        <translation>Yes, use that one</translation>
    <extra-vagval-dictionary>Yes, use that one</extra-vagval-dictionary></message>
    <message>
        <source>Nej, en annan person</source>
        <translation>No, another person</translation>
    <extra-vagval-dictionary>No, another person</extra-vagval-dictionary></message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    <extra-vagval-dictionary>Cancel</extra-vagval-dictionary></message>
    <message>
        <source>Ingen tidigare deltagare matchar.</source>
        <translation>No earlier participant matches.</translation>
    <extra-vagval-dictionary>No earlier participant matches.</extra-vagval-dictionary></message>
    <message>
        <source>Flera matchar: %1</source>
        <translation>Several match: %1</translation>
    <extra-vagval-dictionary>Several match: %1</extra-vagval-dictionary></message>
</context>
<context>
    <name>ParticipantDuplicatesDialog</name>
    <message>
        <source>Dubbletter bland kursdeltagare</source>
        <translation>Duplicate course participants</translation>
    <extra-vagval-dictionary>Duplicate course participants</extra-vagval-dictionary></message>
    <message>
        <source>Deltagare med samma namn och samma telefonnummer eller födelseår är troligen samma person. Slå ihop dem: anmälningar, närvaro och svar flyttas till den som behålls (är båda anmälda till samma kurs behålls den anmälan som har plats).</source>
        <translation>Participants with the same name and the same phone number or birth year are probably the same person. Merge them: registrations, attendance and answers move to the one kept (where both are registered for the same course, the registration with a place is kept).</translation>
    <extra-vagval-dictionary>Participants with the same name and the same phone number or birth year are probably the same person. Merge them: registrations, attendance and answers move to the one kept (where both are registered for the same course, the registration with a place is kept).</extra-vagval-dictionary></message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    <extra-vagval-dictionary>Code</extra-vagval-dictionary></message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    <extra-vagval-dictionary>Name</extra-vagval-dictionary></message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    <extra-vagval-dictionary>Phone</extra-vagval-dictionary></message>
    <message>
        <source>Född</source>
        <translation>Born</translation>
    <extra-vagval-dictionary>Born</extra-vagval-dictionary></message>
    <message>
        <source>Slå ihop, behåll den vänstra…</source>
        <translation>Merge, keep the left one…</translation>
    <extra-vagval-dictionary>Merge, keep the left one…</extra-vagval-dictionary></message>
    <message>
        <source>Slå ihop, behåll den högra…</source>
        <translation>Merge, keep the right one…</translation>
    <extra-vagval-dictionary>Merge, keep the right one…</extra-vagval-dictionary></message>
    <message>
        <source>Inga troliga dubbletter.</source>
        <translation>No likely duplicates.</translation>
    <extra-vagval-dictionary>No likely duplicates.</extra-vagval-dictionary></message>
    <message>
        <source>Slå ihop %1 med %2? %2 tas bort; det kan inte ångras.</source>
        <translation>Merge %1 with %2? %2 is removed; this cannot be undone.</translation>
    <extra-vagval-dictionary>Merge %1 with %2? %2 is removed; this cannot be undone.</extra-vagval-dictionary></message>
    <message>
        <source>%1 är nu en del av %2.</source>
        <translation>%1 is now part of %2.</translation>
    <extra-vagval-dictionary>%1 is now part of %2.</extra-vagval-dictionary></message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <source>Klienter</source>
        <translation>Clients</translation>
    <extra-vagval-dictionary>Clients</extra-vagval-dictionary></message>
    <message>
        <source>Tillgänglighet</source>
        <translation>Access</translation>
    <extra-vagval-dictionary>Access</extra-vagval-dictionary></message>
    <message>
        <source>Utfall vid avslut</source>
        <translation>Outcomes at closing</translation>
    <extra-vagval-dictionary>Outcomes at closing</extra-vagval-dictionary></message>
    <message>
        <source>Grupper och kurser</source>
        <translation>Groups and courses</translation>
    <extra-vagval-dictionary>Groups and courses</extra-vagval-dictionary></message>
    <message>
        <source>Uppsökande arbete och utbildning</source>
        <translation>Outreach and education</translation>
    <extra-vagval-dictionary>Outreach and education</extra-vagval-dictionary></message>
    <message>
        <source>Enkäter</source>
        <translation>Surveys</translation>
    <extra-vagval-dictionary>Surveys</extra-vagval-dictionary></message>
    <message>
        <source>Per kommun</source>
        <translation>Per municipality</translation>
    <extra-vagval-dictionary>Per municipality</extra-vagval-dictionary></message>
    <message>
        <source>Inga uppgifter för perioden.</source>
        <translation>No data for the period.</translation>
    <extra-vagval-dictionary>No data for the period.</extra-vagval-dictionary></message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    <extra-vagval-dictionary>Unit</extra-vagval-dictionary></message>
    <message>
        <source>Utskrivet</source>
        <translation>Printed</translation>
    <extra-vagval-dictionary>Printed</extra-vagval-dictionary></message>
    <message>
        <source>Sekretess: innehåller inga personuppgifter</source>
        <translation>Confidentiality: contains no personal data</translation>
    <extra-vagval-dictionary>Confidentiality: contains no personal data</extra-vagval-dictionary></message>
    <message>
        <source>..: färre än %1 personer, eller dolt så att ett litet tal inte kan räknas fram ur summorna.</source>
        <translation>..: fewer than %1 persons, or hidden so that a small number cannot be worked out from the sums.</translation>
    <extra-vagval-dictionary>..: fewer than %1 persons, or hidden so that a small number cannot be worked out from the sums.</extra-vagval-dictionary></message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    <extra-vagval-dictionary>New person</extra-vagval-dictionary></message>
    <message>
        <source>Ändra person</source>
        <translation>Edit person</translation>
    <extra-vagval-dictionary>Edit person</extra-vagval-dictionary></message>
    <message>
        <source>ett namn teamet känner igen, inte det riktiga</source>
        <translation>a name the team recognises, not the real one</translation>
    <extra-vagval-dictionary>a name the team recognises, not the real one</extra-vagval-dictionary></message>
    <message>
        <source>ej känt</source>
        <translation>not known</translation>
    <extra-vagval-dictionary>not known</extra-vagval-dictionary></message>
    <message>
        <source>Alias:</source>
        <translation>Alias:</translation>
    <extra-vagval-dictionary>Alias:</extra-vagval-dictionary></message>
    <message>
        <source>Kön:</source>
        <translation>Gender:</translation>
    <extra-vagval-dictionary>Gender:</extra-vagval-dictionary></message>
    <message>
        <source>Födelseår (ungefär):</source>
        <translation>Birth year (roughly):</translation>
    <extra-vagval-dictionary>Birth year (roughly):</extra-vagval-dictionary></message>
    <message>
        <source>Först mött:</source>
        <translation>First met:</translation>
    <extra-vagval-dictionary>First met:</extra-vagval-dictionary></message>
    <message>
        <source>Inget riktigt namn behövs: registret räknar personer, inte vilka.</source>
        <translation>No real name is needed: the register counts persons, not who they are.</translation>
    <extra-vagval-dictionary>No real name is needed: the register counts persons, not who they are.</extra-vagval-dictionary></message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <source>Personer i uppsökande arbete</source>
        <translation>Persons in outreach</translation>
    <extra-vagval-dictionary>Persons in outreach</extra-vagval-dictionary></message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    <extra-vagval-dictionary>Alias</extra-vagval-dictionary></message>
    <message>
        <source>Kön</source>
        <translation>Gender</translation>
    <extra-vagval-dictionary>Gender</extra-vagval-dictionary></message>
    <message>
        <source>Födelseår</source>
        <translation>Birth year</translation>
    <extra-vagval-dictionary>Birth year</extra-vagval-dictionary></message>
    <message>
        <source>Först mött</source>
        <translation>First met</translation>
    <extra-vagval-dictionary>First met</extra-vagval-dictionary></message>
    <message>
        <source>Senast mött</source>
        <translation>Last met</translation>
    <extra-vagval-dictionary>Last met</extra-vagval-dictionary></message>
    <message>
        <source>Dagar mötta</source>
        <translation>Days met</translation>
    <extra-vagval-dictionary>Days met</extra-vagval-dictionary></message>
    <message>
        <source>Registret är tomt. Det är frivilligt: lägg till en person med Ny… eller direkt från en uppsökande dag, så kan unika och nya personer räknas.</source>
        <translation>The register is empty. It is optional: add a person with New… or straight from an outreach day, and unique and new persons can be counted.</translation>
    <extra-vagval-dictionary>The register is empty. It is optional: add a person with New… or straight from an outreach day, and unique and new persons can be counted.</extra-vagval-dictionary></message>
    <message>
        <source>Ny…</source>
        <translation>New…</translation>
    <extra-vagval-dictionary>New…</extra-vagval-dictionary></message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    <extra-vagval-dictionary>Edit…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort…</source>
        <translation>Remove…</translation>
    <extra-vagval-dictionary>Remove…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort person</source>
        <translation>Remove person</translation>
    <extra-vagval-dictionary>Remove person</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort %1 ur registret? Personen tas bort från %2 uppsökande dagar och räknas inte längre i statistik som inte är fastställd. Dagarna finns kvar.</source>
        <translation>Remove %1 from the register? The person is removed from %2 outreach days and no longer counted in statistics that are not frozen. The days stay.</translation>
    <extra-vagval-dictionary>Remove %1 from the register? The person is removed from %2 outreach days and no longer counted in statistics that are not frozen. The days stay.</extra-vagval-dictionary></message>
</context>
<context>
    <name>PurgeTab</name>
    <message>
        <source> år efter senaste anteckningen</source>
        <translation> years after the last entry</translation>
    <extra-vagval-dictionary> years after the last entry</extra-vagval-dictionary></message>
    <message>
        <source>Spara reglerna</source>
        <translation>Save the rules</translation>
    <extra-vagval-dictionary>Save the rules</extra-vagval-dictionary></message>
    <message>
        <source>Klientakter (SoL 12 kap., normalt 5 år):</source>
        <translation>Client records (SoL ch. 12, normally 5 years):</translation>
    <extra-vagval-dictionary>Client records (SoL ch. 12, normally 5 years):</extra-vagval-dictionary></message>
    <message>
        <source>Oregistrerade kontakter:</source>
        <translation>Unregistered contacts:</translation>
    <extra-vagval-dictionary>Unregistered contacts:</extra-vagval-dictionary></message>
    <message>
        <source>Granska vad som ska gallras</source>
        <translation>Review what is due for purging</translation>
    <extra-vagval-dictionary>Review what is due for purging</extra-vagval-dictionary></message>
    <message>
        <source>Spärra…</source>
        <translation>Hold…</translation>
    <extra-vagval-dictionary>Hold…</extra-vagval-dictionary></message>
    <message>
        <source>Häv spärren</source>
        <translation>Release the hold</translation>
    <extra-vagval-dictionary>Release the hold</extra-vagval-dictionary></message>
    <message>
        <source>Gallra…</source>
        <translation>Purge…</translation>
    <extra-vagval-dictionary>Purge…</extra-vagval-dictionary></message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    <extra-vagval-dictionary>Kind</extra-vagval-dictionary></message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    <extra-vagval-dictionary>Code</extra-vagval-dictionary></message>
    <message>
        <source>Namn / form</source>
        <translation>Name / form</translation>
    <extra-vagval-dictionary>Name / form</extra-vagval-dictionary></message>
    <message>
        <source>Senaste</source>
        <translation>Latest</translation>
    <extra-vagval-dictionary>Latest</extra-vagval-dictionary></message>
    <message>
        <source>Spärr</source>
        <translation>Hold</translation>
    <extra-vagval-dictionary>Hold</extra-vagval-dictionary></message>
    <message>
        <source>Gallringslogg</source>
        <translation>Purge log</translation>
    <extra-vagval-dictionary>Purge log</extra-vagval-dictionary></message>
    <message>
        <source>Klientakt</source>
        <translation>Client record</translation>
    <extra-vagval-dictionary>Client record</extra-vagval-dictionary></message>
    <message>
        <source>Kursdeltagare</source>
        <translation>Course participants</translation>
    <extra-vagval-dictionary>Course participants</extra-vagval-dictionary></message>
    <message>
        <source>Oregistrerad kontakt</source>
        <translation>Unregistered contact</translation>
    <extra-vagval-dictionary>Unregistered contact</extra-vagval-dictionary></message>
    <message>
        <source>Person i uppsökande arbete</source>
        <translation>Person in outreach</translation>
    <extra-vagval-dictionary>Person in outreach</extra-vagval-dictionary></message>
    <message>
        <source>%1: %2 gallrade %3 × %4 (äldre än %5, regel %6 år)</source>
        <translation>%1: %2 purged %3 × %4 (older than %5, rule %6 years)</translation>
    <extra-vagval-dictionary>%1: %2 purged %3 × %4 (older than %5, rule %6 years)</extra-vagval-dictionary></message>
    <message>
        <source>Inget har gallrats ännu.</source>
        <translation>Nothing has been purged yet.</translation>
    <extra-vagval-dictionary>Nothing has been purged yet.</extra-vagval-dictionary></message>
    <message>
        <source>Ja: %1</source>
        <translation>Yes: %1</translation>
    <extra-vagval-dictionary>Yes: %1</extra-vagval-dictionary></message>
    <message>
        <source>Gallrat: %1 klientakter, %2 kursdeltagare, %3 oregistrerade kontakter, %4 alias i uppsökande arbete.</source>
        <translation>Purged: %1 client records, %2 course participants, %3 unregistered contacts, %4 outreach aliases.</translation>
    <extra-vagval-dictionary>Purged: %1 client records, %2 course participants, %3 unregistered contacts, %4 outreach aliases.</extra-vagval-dictionary></message>
    <message>
        <source>Undanlagda kopior av databasen (från återställningar och uppdateringar): %1, varav %2 äldre än %3 dagar tas bort vid gallringen.</source>
        <translation>Set-aside copies of the database (from restores and updates): %1, of which %2 older than %3 days are removed by the purge.</translation>
    <extra-vagval-dictionary>Set-aside copies of the database (from restores and updates): %1, of which %2 older than %3 days are removed by the purge.</extra-vagval-dictionary></message>
    <message>
        <source>Välj en klientakt i listan.</source>
        <translation>Choose a client record in the list.</translation>
    <extra-vagval-dictionary>Choose a client record in the list.</extra-vagval-dictionary></message>
    <message>
        <source>Spärra mot gallring</source>
        <translation>Hold from purging</translation>
    <extra-vagval-dictionary>Hold from purging</extra-vagval-dictionary></message>
    <message>
        <source>Varför ska akten sparas?</source>
        <translation>Why must the record be kept?</translation>
    <extra-vagval-dictionary>Why must the record be kept?</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n undanlagda kopior av databasen tas också bort.</source>
        <translation><numerusform>%n set-aside copy of the database is also removed.</numerusform><numerusform>%n set-aside copies of the database are also removed.</numerusform></translation>
    <extra-vagval-dictionary>%n set-aside copy of the database is also removed.%n set-aside copies of the database are also removed.</extra-vagval-dictionary></message>
    <message>
        <source>Gallra</source>
        <translation>Purge</translation>
    <extra-vagval-dictionary>Purge</extra-vagval-dictionary></message>
    <message>
        <source>%1 uppgifter raderas för gott, med journaltext och allt som hör till dem. Det går inte att ångra (utom genom att återställa en äldre säkerhetskopia). Spärrade akter lämnas kvar. Gallra nu?</source>
        <translation>%1 records are deleted for good, with journal text and everything that belongs to them. This cannot be undone (except by restoring an older backup). Records on hold are left. Purge now?</translation>
    <extra-vagval-dictionary>%1 records are deleted for good, with journal text and everything that belongs to them. This cannot be undone (except by restoring an older backup). Records on hold are left. Purge now?</extra-vagval-dictionary></message>
    <message>
        <source>Kursdeltagares namn och telefon, alias i uppsökande arbete:</source>
        <translation>Course participants' names and phone numbers, outreach aliases:</translation>
    <extra-vagval-dictionary>Course participants' names and phone numbers, outreach aliases:</extra-vagval-dictionary></message>
    <message>
        <source>Att gallra: %1 klientakter, %2 kursdeltagare, %3 oregistrerade kontakter, %5 alias i uppsökande arbete. %4 spärrade.</source>
        <translation>Due: %1 client records, %2 course participants, %3 unregistered contacts, %5 outreach aliases. %4 on hold.</translation>
    <extra-vagval-dictionary>Due: %1 client records, %2 course participants, %3 unregistered contacts, %5 outreach aliases. %4 on hold.</extra-vagval-dictionary></message>
    <message>
        <source>Gallrar och packar databasen…</source>
        <translation>Purging and compacting the database…</translation>
    <extra-vagval-dictionary>Purging and compacting the database…</extra-vagval-dictionary></message>
    <message>
        <source>Reglerna är sparade.</source>
        <translation>The rules are saved.</translation>
    <extra-vagval-dictionary>The rules are saved.</extra-vagval-dictionary></message>
</context>
<context>
    <name>QuestionnaireModel</name>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    <extra-vagval-dictionary>Participants</extra-vagval-dictionary></message>
    <message>
        <source>Ändrad, inte sparad (sparat: %1)</source>
        <translation>Changed, not saved (saved: %1)</translation>
    <extra-vagval-dictionary>Changed, not saved (saved: %1)</extra-vagval-dictionary></message>
</context>
<context>
    <name>QuestionnaireTab</name>
    <message>
        <source>Före kursen</source>
        <translation>Before the course</translation>
    <extra-vagval-dictionary>Before the course</extra-vagval-dictionary></message>
    <message>
        <source>Efter kursen</source>
        <translation>After the course</translation>
    <extra-vagval-dictionary>After the course</extra-vagval-dictionary></message>
    <message>
        <source>Spara svaren</source>
        <translation>Save the answers</translation>
    <extra-vagval-dictionary>Save the answers</extra-vagval-dictionary></message>
    <message>
        <source>Enkät:</source>
        <translation>Questionnaire:</translation>
    <extra-vagval-dictionary>Questionnaire:</extra-vagval-dictionary></message>
    <message>
        <source>Skriv 1–5 (1 = stämmer inte alls … 5 = stämmer helt): nästa påstående väljs. Enter går till nästa deltagare, Delete tar bort ett svar.</source>
        <translation>Type 1–5 (1 = not at all true … 5 = completely true): the next statement is chosen. Enter goes to the next participant, Delete removes an answer.</translation>
    <extra-vagval-dictionary>Type 1–5 (1 = not at all true … 5 = completely true): the next statement is chosen. Enter goes to the next participant, Delete removes an answer.</extra-vagval-dictionary></message>
    <message>
        <source>Spara enkätsvaren?</source>
        <translation>Save the questionnaire answers?</translation>
    <extra-vagval-dictionary>Save the questionnaire answers?</extra-vagval-dictionary></message>
    <message>
        <source>Enkätsvar är ändrade men inte sparade. Spara dem?</source>
        <translation>Questionnaire answers are changed but not saved. Save them?</translation>
    <extra-vagval-dictionary>Questionnaire answers are changed but not saved. Save them?</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n ändrade svar, inte sparade</source>
        <translation><numerusform>%n changed answer, not saved</numerusform><numerusform>%n changed answers, not saved</numerusform></translation>
    <extra-vagval-dictionary>%n changed answer, not saved%n changed answers, not saved</extra-vagval-dictionary></message>
    <message>
        <source>Kurstypen har ingen enkät.</source>
        <translation>The course type has no questionnaire.</translation>
    <extra-vagval-dictionary>The course type has no questionnaire.</extra-vagval-dictionary></message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Den lediga platsen erbjuds nu %1, först i kön</source>
        <translation>The free place is now offered to %1, first in the queue</translation>
    <extra-vagval-dictionary>The free place is now offered to %1, first in the queue</extra-vagval-dictionary></message>
    <message>
        <source>(tel. %1)</source>
        <translation>(phone %1)</translation>
    <extra-vagval-dictionary>(phone %1)</extra-vagval-dictionary></message>
    <message>
        <source>svar senast %1</source>
        <translation>answer by %1</translation>
    <extra-vagval-dictionary>answer by %1</extra-vagval-dictionary></message>
    <message>
        <source>%1 är nu: %2</source>
        <translation>%1 is now: %2</translation>
    <extra-vagval-dictionary>%1 is now: %2</extra-vagval-dictionary></message>
    <message>
        <source>%1 av %2 platser är tagna och %3 står redan i kön: %4 står nu på plats %5.</source>
        <translation>%1 of %2 places are taken and %3 are already in the queue: %4 is now number %5.</translation>
    <extra-vagval-dictionary>%1 of %2 places are taken and %3 are already in the queue: %4 is now number %5.</extra-vagval-dictionary></message>
    <message>
        <source>Registrera ändå</source>
        <translation>Register anyway</translation>
    <extra-vagval-dictionary>Register anyway</extra-vagval-dictionary></message>
    <message>
        <source>Skäl att anmäla %1 ändå:</source>
        <translation>Reason to register %1 anyway:</translation>
    <extra-vagval-dictionary>Reason to register %1 anyway:</extra-vagval-dictionary></message>
    <message>
        <source>%1 är inte anmäld.</source>
        <translation>%1 is not registered.</translation>
    <extra-vagval-dictionary>%1 is not registered.</extra-vagval-dictionary></message>
    <message>
        <source>%1 tog platsen.</source>
        <translation>%1 took the place.</translation>
    <extra-vagval-dictionary>%1 took the place.</extra-vagval-dictionary></message>
    <message>
        <source>%1 tackade nej och är avbokad.</source>
        <translation>%1 declined and is cancelled.</translation>
    <extra-vagval-dictionary>%1 declined and is cancelled.</extra-vagval-dictionary></message>
    <message>
        <source>%1 svarade inte och står nu sist i kön.</source>
        <translation>%1 did not answer and is now last in the queue.</translation>
    <extra-vagval-dictionary>%1 did not answer and is now last in the queue.</extra-vagval-dictionary></message>
    <message>
        <source>Flytta i kön</source>
        <translation>Move in the queue</translation>
    <extra-vagval-dictionary>Move in the queue</extra-vagval-dictionary></message>
    <message>
        <source>Ny plats i kön för %1 (nu %2 av %3):</source>
        <translation>New position in the queue for %1 (now %2 of %3):</translation>
    <extra-vagval-dictionary>New position in the queue for %1 (now %2 of %3):</extra-vagval-dictionary></message>
    <message>
        <source>Skäl (sparas i granskningsloggen):</source>
        <translation>Reason (kept in the audit log):</translation>
    <extra-vagval-dictionary>Reason (kept in the audit log):</extra-vagval-dictionary></message>
    <message>
        <source>%1 står nu på plats %2 i kön.</source>
        <translation>%1 is now number %2 in the queue.</translation>
    <extra-vagval-dictionary>%1 is now number %2 in the queue.</extra-vagval-dictionary></message>
    <message>
        <source>Slutar i gruppen</source>
        <translation>Leaves the group</translation>
    <extra-vagval-dictionary>Leaves the group</extra-vagval-dictionary></message>
    <message>
        <source>Sista dag i gruppen för %1:</source>
        <translation>Last day in the group for %1:</translation>
    <extra-vagval-dictionary>Last day in the group for %1:</extra-vagval-dictionary></message>
    <message>
        <source>%1 har slutat i gruppen.</source>
        <translation>%1 has left the group.</translation>
    <extra-vagval-dictionary>%1 has left the group.</extra-vagval-dictionary></message>
    <message>
        <source>%1 är tillbaka i gruppen.</source>
        <translation>%1 is back in the group.</translation>
    <extra-vagval-dictionary>%1 is back in the group.</extra-vagval-dictionary></message>
    <message>
        <source>Gruppen är full: %1 står nu sist i kön.</source>
        <translation>The group is full: %1 is now last in the queue.</translation>
    <extra-vagval-dictionary>The group is full: %1 is now last in the queue.</extra-vagval-dictionary></message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Lås upp med återställningsnyckeln</source>
        <translation>Unlock with the recovery key</translation>
    <extra-vagval-dictionary>Unlock with the recovery key</extra-vagval-dictionary></message>
    <message>
        <source>Skriv in återställningsnyckeln från papperet eller PDF-filen som skapades med databasen, och ett nytt lösenord för en administratör. Övriga medarbetares lösenord ändras inte.</source>
        <translation>Enter the recovery key from the paper or PDF file made with the database, and a new password for an administrator. Other staff members' passwords do not change.</translation>
    <extra-vagval-dictionary>Enter the recovery key from the paper or PDF file made with the database, and a new password for an administrator. Other staff members' passwords do not change.</extra-vagval-dictionary></message>
    <message>
        <source>Lås upp</source>
        <translation>Unlock</translation>
    <extra-vagval-dictionary>Unlock</extra-vagval-dictionary></message>
    <message>
        <source>Återställningsnyckel:</source>
        <translation>Recovery key:</translation>
    <extra-vagval-dictionary>Recovery key:</extra-vagval-dictionary></message>
    <message>
        <source>Administratörens användarnamn:</source>
        <translation>Administrator's username:</translation>
    <extra-vagval-dictionary>Administrator's username:</extra-vagval-dictionary></message>
    <message>
        <source>De två lösenorden är inte lika.</source>
        <translation>The two passwords are not the same.</translation>
    <extra-vagval-dictionary>The two passwords are not the same.</extra-vagval-dictionary></message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>Vägval – återställningsnyckel</source>
        <translation>Vägval – recovery key</translation>
    <extra-vagval-dictionary>Vägval – recovery key</extra-vagval-dictionary></message>
    <message>
        <source>Enhet:</source>
        <translation>Unit:</translation>
    <extra-vagval-dictionary>Unit:</extra-vagval-dictionary></message>
    <message>
        <source>Skapad:</source>
        <translation>Created:</translation>
    <extra-vagval-dictionary>Created:</extra-vagval-dictionary></message>
    <message>
        <source>Databas:</source>
        <translation>Database:</translation>
    <extra-vagval-dictionary>Database:</extra-vagval-dictionary></message>
    <message>
        <source>Nyckeln kan låsa upp databasen om alla lösenord har glömts bort. Den som har nyckeln och databasfilen kan läsa allt i registret.</source>
        <translation>The key can unlock the database if every password has been forgotten. Whoever has the key and the database file can read everything in the register.</translation>
    <extra-vagval-dictionary>The key can unlock the database if every password has been forgotten. Whoever has the key and the database file can read everything in the register.</extra-vagval-dictionary></message>
    <message>
        <source>Förvara papperet inlåst, till exempel i enhetens kassaskåp, och aldrig tillsammans med datorn eller säkerhetskopiorna.</source>
        <translation>Keep the paper locked away, for example in the unit's safe, and never together with the computer or the backups.</translation>
    <extra-vagval-dictionary>Keep the paper locked away, for example in the unit's safe, and never together with the computer or the backups.</extra-vagval-dictionary></message>
    <message>
        <source>Används så här: välj ”Glömt lösenordet?” på inloggningsskärmen, skriv in nyckeln och ett nytt lösenord för en administratör.</source>
        <translation>How to use it: choose “Forgot the password?” on the login screen, enter the key and a new password for an administrator.</translation>
    <extra-vagval-dictionary>How to use it: choose “Forgot the password?” on the login screen, enter the key and a new password for an administrator.</extra-vagval-dictionary></message>
    <message>
        <source>Nyckeln visas bara en gång och sparas inte i klartext någonstans.</source>
        <translation>The key is shown only once and is not stored in plain text anywhere.</translation>
    <extra-vagval-dictionary>The key is shown only once and is not stored in plain text anywhere.</extra-vagval-dictionary></message>
    <message>
        <source>Spara återställningsnyckeln</source>
        <translation>Save the recovery key</translation>
    <extra-vagval-dictionary>Save the recovery key</extra-vagval-dictionary></message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    <extra-vagval-dictionary>PDF files (*.pdf)</extra-vagval-dictionary></message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    <extra-vagval-dictionary>Save as PDF…</extra-vagval-dictionary></message>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    <extra-vagval-dictionary>Print…</extra-vagval-dictionary></message>
    <message>
        <source>Jag har skrivit ut eller sparat nyckeln på ett säkert ställe.</source>
        <translation>I have printed or saved the key in a safe place.</translation>
    <extra-vagval-dictionary>I have printed or saved the key in a safe place.</extra-vagval-dictionary></message>
    <message>
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    <extra-vagval-dictionary>Saved: %1</extra-vagval-dictionary></message>
    <message>
        <source>Skickad till skrivaren.</source>
        <translation>Sent to the printer.</translation>
    <extra-vagval-dictionary>Sent to the printer.</extra-vagval-dictionary></message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Återställningsnyckel</source>
        <translation>Recovery key</translation>
    <extra-vagval-dictionary>Recovery key</extra-vagval-dictionary></message>
    <message>
        <source>Om alla lösenord glöms bort kan databasen bara låsas upp med den här nyckeln. Den visas bara nu: skriv ut den eller spara den som PDF och förvara den inlåst.</source>
        <translation>If every password is forgotten, only this key can unlock the database. It is shown only now: print it or save it as PDF and keep it locked away.</translation>
    <extra-vagval-dictionary>If every password is forgotten, only this key can unlock the database. It is shown only now: print it or save it as PDF and keep it locked away.</extra-vagval-dictionary></message>
    <message>
        <source>Skapar den krypterade databasen…</source>
        <translation>Creating the encrypted database…</translation>
    <extra-vagval-dictionary>Creating the encrypted database…</extra-vagval-dictionary></message>
    <message>
        <source>Databasen kunde inte skapas: %1</source>
        <translation>The database could not be created: %1</translation>
    <extra-vagval-dictionary>The database could not be created: %1</extra-vagval-dictionary></message>
</context>
<context>
    <name>RegisterSettingsBox</name>
    <message>
        <source>Klientregistret</source>
        <translation>The client register</translation>
    <extra-vagval-dictionary>The client register</extra-vagval-dictionary></message>
    <message>
        <source>En stadsdel per rad</source>
        <translation>One city district per line</translation>
    <extra-vagval-dictionary>One city district per line</extra-vagval-dictionary></message>
    <message>
        <source>Spara stadsdelarna</source>
        <translation>Save the districts</translation>
    <extra-vagval-dictionary>Save the districts</extra-vagval-dictionary></message>
    <message>
        <source>Ny egen uppföljningsfråga</source>
        <translation>New follow-up question of your own</translation>
    <extra-vagval-dictionary>New follow-up question of your own</extra-vagval-dictionary></message>
    <message>
        <source>Lägg till frågan</source>
        <translation>Add the question</translation>
    <extra-vagval-dictionary>Add the question</extra-vagval-dictionary></message>
    <message>
        <source>Stadsdelar (valbara på klientkortet):</source>
        <translation>City districts (to choose on the client card):</translation>
    <extra-vagval-dictionary>City districts (to choose on the client card):</extra-vagval-dictionary></message>
    <message>
        <source>Uppföljningsfrågor vid avslut:</source>
        <translation>Follow-up questions at closing:</translation>
    <extra-vagval-dictionary>Follow-up questions at closing:</extra-vagval-dictionary></message>
    <message>
        <source>Stadsdelarna är sparade.</source>
        <translation>The districts are saved.</translation>
    <extra-vagval-dictionary>The districts are saved.</extra-vagval-dictionary></message>
</context>
<context>
    <name>RegistrationEditing</name>
    <message>
        <source>%1 är ändrad.</source>
        <translation>%1 has been changed.</translation>
    <extra-vagval-dictionary>%1 has been changed.</extra-vagval-dictionary></message>
    <message>
        <source>%1 är borttagen.</source>
        <translation>%1 has been removed.</translation>
    <extra-vagval-dictionary>%1 has been removed.</extra-vagval-dictionary></message>
    <message>
        <source>Det finns inget annat kommande kurstillfälle.</source>
        <translation>There is no other upcoming course occasion.</translation>
    <extra-vagval-dictionary>There is no other upcoming course occasion.</extra-vagval-dictionary></message>
    <message>
        <source>Flytta anmälan</source>
        <translation>Move registration</translation>
    <extra-vagval-dictionary>Move registration</extra-vagval-dictionary></message>
    <message>
        <source>Flytta %1 till:</source>
        <translation>Move %1 to:</translation>
    <extra-vagval-dictionary>Move %1 to:</extra-vagval-dictionary></message>
    <message>
        <source>%1 är flyttad till %2.</source>
        <translation>%1 has been moved to %2.</translation>
    <extra-vagval-dictionary>%1 has been moved to %2.</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort anmälan för %1? Använd det bara när anmälan var fel; den som avbokar får statusen avbokad.</source>
        <translation>Remove the registration of %1? Use this only when the registration was a mistake; someone who cancels gets the status cancelled.</translation>
    <extra-vagval-dictionary>Remove the registration of %1? Use this only when the registration was a mistake; someone who cancels gets the status cancelled.</extra-vagval-dictionary></message>
    <message>
        <source>Anmälan för %1 är borttagen.</source>
        <translation>The registration of %1 has been removed.</translation>
    <extra-vagval-dictionary>The registration of %1 has been removed.</extra-vagval-dictionary></message>
</context>
<context>
    <name>RegistrationsTab</name>
    <message>
        <source>Anmäl deltagare… (Ctrl+D)</source>
        <translation>Register participant… (Ctrl+D)</translation>
    <extra-vagval-dictionary>Register participant… (Ctrl+D)</extra-vagval-dictionary></message>
    <message>
        <source>Ändra status</source>
        <translation>Change status</translation>
    <extra-vagval-dictionary>Change status</extra-vagval-dictionary></message>
    <message>
        <source>Slutar i gruppen…</source>
        <translation>Leaves the group…</translation>
    <extra-vagval-dictionary>Leaves the group…</extra-vagval-dictionary></message>
    <message>
        <source>Ändra deltagare…</source>
        <translation>Edit participant…</translation>
    <extra-vagval-dictionary>Edit participant…</extra-vagval-dictionary></message>
    <message>
        <source>Flytta till annat tillfälle…</source>
        <translation>Move to another occasion…</translation>
    <extra-vagval-dictionary>Move to another occasion…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort anmälan…</source>
        <translation>Remove registration…</translation>
    <extra-vagval-dictionary>Remove registration…</extra-vagval-dictionary></message>
    <message>
        <source>Flytta i kön…</source>
        <translation>Move in the queue…</translation>
    <extra-vagval-dictionary>Move in the queue…</extra-vagval-dictionary></message>
    <message>
        <source>Svar på erbjuden plats:</source>
        <translation>Answer to the offered place:</translation>
    <extra-vagval-dictionary>Answer to the offered place:</extra-vagval-dictionary></message>
    <message>
        <source>Ja, tar platsen</source>
        <translation>Yes, takes the place</translation>
    <extra-vagval-dictionary>Yes, takes the place</extra-vagval-dictionary></message>
    <message>
        <source>Nej, tackar nej</source>
        <translation>No, declines</translation>
    <extra-vagval-dictionary>No, declines</extra-vagval-dictionary></message>
    <message>
        <source>Svarar inte (sist i kön)</source>
        <translation>No answer (last in the queue)</translation>
    <extra-vagval-dictionary>No answer (last in the queue)</extra-vagval-dictionary></message>
    <message>
        <source>Tillbaka i gruppen</source>
        <translation>Back in the group</translation>
    <extra-vagval-dictionary>Back in the group</extra-vagval-dictionary></message>
    <message>
        <source>Följer av närvaron: rätta närvaron i stället</source>
        <translation>Follows from attendance: correct the attendance instead</translation>
    <extra-vagval-dictionary>Follows from attendance: correct the attendance instead</extra-vagval-dictionary></message>
    <message>
        <source>%1 av %2 platser i gruppen, %3 i kön</source>
        <translation>%1 of %2 places in the group, %3 in the queue</translation>
    <extra-vagval-dictionary>%1 of %2 places in the group, %3 in the queue</extra-vagval-dictionary></message>
    <message>
        <source>%1 av %2 platser, %3 i kön, minst %4</source>
        <translation>%1 of %2 places, %3 in the queue, at least %4</translation>
    <extra-vagval-dictionary>%1 of %2 places, %3 in the queue, at least %4</extra-vagval-dictionary></message>
    <message>
        <source>Sista anmälningsdag %1</source>
        <translation>Registration deadline %1</translation>
    <extra-vagval-dictionary>Registration deadline %1</extra-vagval-dictionary></message>
    <message>
        <source>(passerad)</source>
        <translation>(passed)</translation>
    <extra-vagval-dictionary>(passed)</extra-vagval-dictionary></message>
</context>
<context>
    <name>RegistrationsTableModel</name>
    <message>
        <source>(slutat %1)</source>
        <translation>(left %1)</translation>
    <extra-vagval-dictionary>(left %1)</extra-vagval-dictionary></message>
    <message>
        <source>(svar senast %1)</source>
        <translation>(answer by %1)</translation>
    <extra-vagval-dictionary>(answer by %1)</extra-vagval-dictionary></message>
    <message>
        <source>(sent)</source>
        <translation>(late)</translation>
    <extra-vagval-dictionary>(late)</extra-vagval-dictionary></message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    <extra-vagval-dictionary>Code</extra-vagval-dictionary></message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    <extra-vagval-dictionary>Name</extra-vagval-dictionary></message>
    <message>
        <source>(anonym)</source>
        <translation>(anonymous)</translation>
    <extra-vagval-dictionary>(anonymous)</extra-vagval-dictionary></message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    <extra-vagval-dictionary>Phone</extra-vagval-dictionary></message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    <extra-vagval-dictionary>Municipality</extra-vagval-dictionary></message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    <extra-vagval-dictionary>Status</extra-vagval-dictionary></message>
    <message>
        <source>Plats i kön</source>
        <translation>Queue position</translation>
    <extra-vagval-dictionary>Queue position</extra-vagval-dictionary></message>
    <message>
        <source>I kön sedan</source>
        <translation>In the queue since</translation>
    <extra-vagval-dictionary>In the queue since</extra-vagval-dictionary></message>
    <message>
        <source>Inbjuden</source>
        <translation>Invited</translation>
    <extra-vagval-dictionary>Invited</extra-vagval-dictionary></message>
    <message>
        <source>Anmäld</source>
        <translation>Registered</translation>
    <extra-vagval-dictionary>Registered</extra-vagval-dictionary></message>
</context>
<context>
    <name>RelationsTab</name>
    <message>
        <source>Kod, t.ex. K-2026-014</source>
        <translation>Code, e.g. K-2026-014</translation>
    <extra-vagval-dictionary>Code, e.g. K-2026-014</extra-vagval-dictionary></message>
    <message>
        <source>Koppla som anhörig</source>
        <translation>Link as relative</translation>
    <extra-vagval-dictionary>Link as relative</extra-vagval-dictionary></message>
    <message>
        <source>Registrera par med</source>
        <translation>Register a couple with</translation>
    <extra-vagval-dictionary>Register a couple with</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort kopplingen</source>
        <translation>Remove the link</translation>
    <extra-vagval-dictionary>Remove the link</extra-vagval-dictionary></message>
    <message>
        <source>Anhöriga till klienten</source>
        <translation>Relatives of the client</translation>
    <extra-vagval-dictionary>Relatives of the client</extra-vagval-dictionary></message>
    <message>
        <source>Klienten är anhörig till</source>
        <translation>The client is a relative of</translation>
    <extra-vagval-dictionary>The client is a relative of</extra-vagval-dictionary></message>
    <message>
        <source>Par</source>
        <translation>Couples</translation>
    <extra-vagval-dictionary>Couples</extra-vagval-dictionary></message>
    <message>
        <source>Inga</source>
        <translation>None</translation>
    <extra-vagval-dictionary>None</extra-vagval-dictionary></message>
    <message>
        <source>Parets personer:</source>
        <translation>The couple's persons:</translation>
    <extra-vagval-dictionary>The couple's persons:</extra-vagval-dictionary></message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    <extra-vagval-dictionary>Remove</extra-vagval-dictionary></message>
    <message>
        <source>Varför tas det bort?</source>
        <translation>Why is it removed?</translation>
    <extra-vagval-dictionary>Why is it removed?</extra-vagval-dictionary></message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    <extra-vagval-dictionary>Restore from backup</extra-vagval-dictionary></message>
    <message>
        <source>Välj en säkerhetskopia (.vvbak) och logga in med det lösenord som gällde när kopian gjordes. Du ser vad kopian innehåller innan något ändras. Den nuvarande databasen läggs åt sidan i samma mapp, den raderas inte.</source>
        <translation>Choose a backup (.vvbak) and log in with the password that was valid when it was made. You see what the backup holds before anything changes. The current database is set aside in the same folder, not deleted.</translation>
    <extra-vagval-dictionary>Choose a backup (.vvbak) and log in with the password that was valid when it was made. You see what the backup holds before anything changes. The current database is set aside in the same folder, not deleted.</extra-vagval-dictionary></message>
    <message>
        <source>Databasen är skadad: krypteringskontrollen hittade sidor som har ändrats eller inte kan läsas. Inget har skrivits i den. Återställ den senaste hela säkerhetskopian.</source>
        <translation>The database is damaged: the encryption check found pages that have been changed or cannot be read. Nothing has been written to it. Restore the latest sound backup.</translation>
    <extra-vagval-dictionary>The database is damaged: the encryption check found pages that have been changed or cannot be read. Nothing has been written to it. Restore the latest sound backup.</extra-vagval-dictionary></message>
    <message>
        <source>Välj…</source>
        <translation>Choose…</translation>
    <extra-vagval-dictionary>Choose…</extra-vagval-dictionary></message>
    <message>
        <source>Jag har inte lösenordet – använd återställningsnyckeln</source>
        <translation>I do not have the password – use the recovery key</translation>
    <extra-vagval-dictionary>I do not have the password – use the recovery key</extra-vagval-dictionary></message>
    <message>
        <source>Visa innehåll</source>
        <translation>Show contents</translation>
    <extra-vagval-dictionary>Show contents</extra-vagval-dictionary></message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    <extra-vagval-dictionary>Restore</extra-vagval-dictionary></message>
    <message>
        <source>Säkerhetskopia:</source>
        <translation>Backup:</translation>
    <extra-vagval-dictionary>Backup:</extra-vagval-dictionary></message>
    <message>
        <source>Användarnamn:</source>
        <translation>Username:</translation>
    <extra-vagval-dictionary>Username:</extra-vagval-dictionary></message>
    <message>
        <source>Lösenord:</source>
        <translation>Password:</translation>
    <extra-vagval-dictionary>Password:</extra-vagval-dictionary></message>
    <message>
        <source>Återställningsnyckel:</source>
        <translation>Recovery key:</translation>
    <extra-vagval-dictionary>Recovery key:</extra-vagval-dictionary></message>
    <message>
        <source>Nytt lösenord:</source>
        <translation>New password:</translation>
    <extra-vagval-dictionary>New password:</extra-vagval-dictionary></message>
    <message>
        <source>Upprepa lösenordet:</source>
        <translation>Repeat the password:</translation>
    <extra-vagval-dictionary>Repeat the password:</extra-vagval-dictionary></message>
    <message>
        <source>Administratör i kopian:</source>
        <translation>Administrator in the backup:</translation>
    <extra-vagval-dictionary>Administrator in the backup:</extra-vagval-dictionary></message>
    <message>
        <source>Välj säkerhetskopia</source>
        <translation>Choose backup</translation>
    <extra-vagval-dictionary>Choose backup</extra-vagval-dictionary></message>
    <message>
        <source>Vägval-säkerhetskopior (*.vvbak)</source>
        <translation>Vägval backups (*.vvbak)</translation>
    <extra-vagval-dictionary>Vägval backups (*.vvbak)</extra-vagval-dictionary></message>
    <message>
        <source>Välj en säkerhetskopia och skriv användarnamn och lösenord.</source>
        <translation>Choose a backup and type username and password.</translation>
    <extra-vagval-dictionary>Choose a backup and type username and password.</extra-vagval-dictionary></message>
    <message>
        <source>Välj en säkerhetskopia och skriv administratörens användarnamn och återställningsnyckeln.</source>
        <translation>Choose a backup and type the administrator's username and the recovery key.</translation>
    <extra-vagval-dictionary>Choose a backup and type the administrator's username and the recovery key.</extra-vagval-dictionary></message>
    <message>
        <source>Kontrollerar kopian…</source>
        <translation>Checking the backup…</translation>
    <extra-vagval-dictionary>Checking the backup…</extra-vagval-dictionary></message>
    <message>
        <source>⚠ Kopian kommer från en annan enhet (%1) än databasen här (%2). Återställ bara om %2 verkligen ska ersättas.</source>
        <translation>⚠ The backup comes from another unit (%1) than the database here (%2). Restore only if %2 really is to be replaced.</translation>
    <extra-vagval-dictionary>⚠ The backup comes from another unit (%1) than the database here (%2). Restore only if %2 really is to be replaced.</extra-vagval-dictionary></message>
    <message>
        <source>Lösenorden är inte lika.</source>
        <translation>The passwords are not the same.</translation>
    <extra-vagval-dictionary>The passwords are not the same.</extra-vagval-dictionary></message>
    <message>
        <source>Kopian är från en ANNAN enhet: %1. Databasen här hör till %2 och ersätts helt av %1.</source>
        <translation>The backup is from ANOTHER unit: %1. The database here belongs to %2 and is replaced entirely by %1.</translation>
    <extra-vagval-dictionary>The backup is from ANOTHER unit: %1. The database here belongs to %2 and is replaced entirely by %1.</extra-vagval-dictionary></message>
    <message>
        <source>Återställ databasen</source>
        <translation>Restore the database</translation>
    <extra-vagval-dictionary>Restore the database</extra-vagval-dictionary></message>
    <message>
        <source>Databasen ersätts med kopian från %1. Den nuvarande databasen läggs åt sidan i en mapp med namnet ”…replaced-&lt;tid&gt;” bredvid den. Fortsätta?</source>
        <translation>The database is replaced with the backup from %1. The current database is set aside in a folder named “…replaced-&lt;time&gt;” beside it. Continue?</translation>
    <extra-vagval-dictionary>The database is replaced with the backup from %1. The current database is set aside in a folder named “…replaced-&lt;time&gt;” beside it. Continue?</extra-vagval-dictionary></message>
    <message>
        <source>Återställer…</source>
        <translation>Restoring…</translation>
    <extra-vagval-dictionary>Restoring…</extra-vagval-dictionary></message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <source>Vad raden räknar av måttet: en arena, ett material …</source>
        <translation>What of the measure the row counts: an arena, a material …</translation>
    <extra-vagval-dictionary>What of the measure the row counts: an arena, a material …</extra-vagval-dictionary></message>
    <message>
        <source>Namnet i tabellen, t.ex. ”Uppsök (antal kontakter)”</source>
        <translation>The name in the table, e.g. ”Outreach (number of contacts)”</translation>
    <extra-vagval-dictionary>The name in the table, e.g. ”Outreach (number of contacts)”</extra-vagval-dictionary></message>
    <message>
        <source>från ÅÅÅÅ-MM</source>
        <translation>from YYYY-MM</translation>
    <extra-vagval-dictionary>from YYYY-MM</extra-vagval-dictionary></message>
    <message>
        <source>Första månaden raden räknades; månader före visas med tecknet nedan.</source>
        <translation>The first month the row was counted; months before show the mark below.</translation>
    <extra-vagval-dictionary>The first month the row was counted; months before show the mark below.</extra-vagval-dictionary></message>
    <message>
        <source>Flytta upp</source>
        <translation>Move up</translation>
    <extra-vagval-dictionary>Move up</extra-vagval-dictionary></message>
    <message>
        <source>Flytta ned</source>
        <translation>Move down</translation>
    <extra-vagval-dictionary>Move down</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    <extra-vagval-dictionary>Remove</extra-vagval-dictionary></message>
    <message>
        <source>alla</source>
        <translation>all</translation>
    <extra-vagval-dictionary>all</extra-vagval-dictionary></message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Vägval – ny databas</source>
        <translation>Vägval – new database</translation>
    <extra-vagval-dictionary>Vägval – new database</extra-vagval-dictionary></message>
    <message>
        <source>Börja använda Vägval</source>
        <translation>Start using Vägval</translation>
    <extra-vagval-dictionary>Start using Vägval</extra-vagval-dictionary></message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    <extra-vagval-dictionary>Statistics</extra-vagval-dictionary></message>
    <message>
        <source>Nyckeltal per månad</source>
        <translation>Key figures per month</translation>
    <extra-vagval-dictionary>Key figures per month</extra-vagval-dictionary></message>
    <message>
        <source>Klienter i perioden</source>
        <translation>Clients in the period</translation>
    <extra-vagval-dictionary>Clients in the period</extra-vagval-dictionary></message>
    <message>
        <source>Per kommun och kostnadsfördelning</source>
        <translation>Per municipality and cost sharing</translation>
    <extra-vagval-dictionary>Per municipality and cost sharing</extra-vagval-dictionary></message>
    <message>
        <source>Verksamhetsberättelse (år)</source>
        <translation>Yearly report (year)</translation>
    <extra-vagval-dictionary>Yearly report (year)</extra-vagval-dictionary></message>
    <message>
        <source>Kostnadsfördelning…</source>
        <translation>Cost sharing…</translation>
    <extra-vagval-dictionary>Cost sharing…</extra-vagval-dictionary></message>
    <message>
        <source>Skriv texterna…</source>
        <translation>Write the texts…</translation>
    <extra-vagval-dictionary>Write the texts…</extra-vagval-dictionary></message>
    <message>
        <source>Fastställ perioden…</source>
        <translation>Close the period…</translation>
    <extra-vagval-dictionary>Close the period…</extra-vagval-dictionary></message>
    <message>
        <source>Sparar periodens siffror så att senare gallring inte ändrar dem.</source>
        <translation>Keeps the period's figures so that later purging cannot change them.</translation>
    <extra-vagval-dictionary>Keeps the period's figures so that later purging cannot change them.</extra-vagval-dictionary></message>
    <message>
        <source>Nyckeltalsrader…</source>
        <translation>Key-figure rows…</translation>
    <extra-vagval-dictionary>Key-figure rows…</extra-vagval-dictionary></message>
    <message>
        <source>Vilka rader tabellen har och vad de heter</source>
        <translation>Which rows the table has and what they are called</translation>
    <extra-vagval-dictionary>Which rows the table has and what they are called</extra-vagval-dictionary></message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    <extra-vagval-dictionary>Year</extra-vagval-dictionary></message>
    <message>
        <source>Kvartal</source>
        <translation>Quarter</translation>
    <extra-vagval-dictionary>Quarter</extra-vagval-dictionary></message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    <extra-vagval-dictionary>Month</extra-vagval-dictionary></message>
    <message>
        <source>Förra kvartalet</source>
        <translation>Last quarter</translation>
    <extra-vagval-dictionary>Last quarter</extra-vagval-dictionary></message>
    <message>
        <source>Hittills i år</source>
        <translation>Year to date</translation>
    <extra-vagval-dictionary>Year to date</extra-vagval-dictionary></message>
    <message>
        <source>Egen period</source>
        <translation>Custom period</translation>
    <extra-vagval-dictionary>Custom period</extra-vagval-dictionary></message>
    <message>
        <source>Jämför med året innan</source>
        <translation>Compare with the year before</translation>
    <extra-vagval-dictionary>Compare with the year before</extra-vagval-dictionary></message>
    <message>
        <source>Dölj små tal (färre än 3)</source>
        <translation>Hide small counts (fewer than 3)</translation>
    <extra-vagval-dictionary>Hide small counts (fewer than 3)</extra-vagval-dictionary></message>
    <message>
        <source>För rapporter som lämnar enheten: antal personer under 3 visas som ”..”, och så många fler celler att inget dolt tal kan räknas fram ur summorna.</source>
        <translation>For reports that leave the unit: counts of persons below 3 show as ”..”, and as many more cells that no hidden number can be worked out from the totals.</translation>
    <extra-vagval-dictionary>For reports that leave the unit: counts of persons below 3 show as ”..”, and as many more cells that no hidden number can be worked out from the totals.</extra-vagval-dictionary></message>
    <message>
        <source>Visa</source>
        <translation>Show</translation>
    <extra-vagval-dictionary>Show</extra-vagval-dictionary></message>
    <message>
        <source>&amp;Rapport:</source>
        <translation>&amp;Report:</translation>
    <extra-vagval-dictionary>&amp;Report:</extra-vagval-dictionary></message>
    <message>
        <source>Nyckeltal</source>
        <translation>Key figure</translation>
    <extra-vagval-dictionary>Key figure</extra-vagval-dictionary></message>
    <message>
        <source>Förhandsgranska och skriv ut…</source>
        <translation>Preview and print…</translation>
    <extra-vagval-dictionary>Preview and print…</extra-vagval-dictionary></message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    <extra-vagval-dictionary>PDF…</extra-vagval-dictionary></message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    <extra-vagval-dictionary>Excel…</extra-vagval-dictionary></message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    <extra-vagval-dictionary>CSV…</extra-vagval-dictionary></message>
    <message>
        <source>Verksamhetsberättelse %1</source>
        <translation>Yearly report %1</translation>
    <extra-vagval-dictionary>Yearly report %1</extra-vagval-dictionary></message>
    <message>
        <source>Per kommun %1</source>
        <translation>Per municipality %1</translation>
    <extra-vagval-dictionary>Per municipality %1</extra-vagval-dictionary></message>
    <message>
        <source>Klienter %1</source>
        <translation>Clients %1</translation>
    <extra-vagval-dictionary>Clients %1</extra-vagval-dictionary></message>
    <message>
        <source>Årssammanställning av nyckeltal %1</source>
        <translation>Key figures per month %1</translation>
    <extra-vagval-dictionary>Key figures per month %1</extra-vagval-dictionary></message>
    <message>
        <source>Nyckeltal kvartal %1 %2</source>
        <translation>Key figures quarter %1 %2</translation>
    <extra-vagval-dictionary>Key figures quarter %1 %2</extra-vagval-dictionary></message>
    <message>
        <source>Nyckeltal %1</source>
        <translation>Key figures %1</translation>
    <extra-vagval-dictionary>Key figures %1</extra-vagval-dictionary></message>
    <message>
        <source>fastställd %1 av %2</source>
        <translation>frozen %1 by %2</translation>
    <extra-vagval-dictionary>frozen %1 by %2</extra-vagval-dictionary></message>
    <message>
        <source>Förändring</source>
        <translation>Change</translation>
    <extra-vagval-dictionary>Change</extra-vagval-dictionary></message>
    <message>
        <source>%1 (året innan)</source>
        <translation>%1 (the year before)</translation>
    <extra-vagval-dictionary>%1 (the year before)</extra-vagval-dictionary></message>
    <message>
        <source>Din roll får inte se posterna bakom siffran.</source>
        <translation>Your role may not see the records behind the figure.</translation>
    <extra-vagval-dictionary>Your role may not see the records behind the figure.</extra-vagval-dictionary></message>
    <message>
        <source>Fastställ på nytt</source>
        <translation>Freeze anew</translation>
    <extra-vagval-dictionary>Freeze anew</extra-vagval-dictionary></message>
    <message>
        <source>%1 är fastställd. Ersätta de sparade siffrorna med dagens? Skälet sparas i granskningsloggen.</source>
        <translation>%1 is frozen. Replace the kept figures with today's? The reason is kept in the audit log.</translation>
    <extra-vagval-dictionary>%1 is frozen. Replace the kept figures with today's? The reason is kept in the audit log.</extra-vagval-dictionary></message>
    <message>
        <source>Fastställ</source>
        <translation>Close period</translation>
    <extra-vagval-dictionary>Close period</extra-vagval-dictionary></message>
    <message>
        <source>Fastställa %1? Siffrorna för perioden och varje kvartal och månad i den sparas som de är nu och ändras inte av senare gallring.</source>
        <translation>Freeze %1? The figures of the period and of every quarter and month in it are kept as they are now and are not changed by later purging.</translation>
    <extra-vagval-dictionary>Freeze %1? The figures of the period and of every quarter and month in it are kept as they are now and are not changed by later purging.</extra-vagval-dictionary></message>
    <message>
        <source>Fastställ på nytt…</source>
        <translation>Freeze anew…</translation>
    <extra-vagval-dictionary>Freeze anew…</extra-vagval-dictionary></message>
    <message>
        <source>Perioden är fastställd.</source>
        <translation>The period is closed.</translation>
    <extra-vagval-dictionary>The period is closed.</extra-vagval-dictionary></message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    <extra-vagval-dictionary>Unit</extra-vagval-dictionary></message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    <extra-vagval-dictionary>Period</extra-vagval-dictionary></message>
    <message>
        <source>Utskrivet</source>
        <translation>Printed</translation>
    <extra-vagval-dictionary>Printed</extra-vagval-dictionary></message>
    <message>
        <source>Fastställd</source>
        <translation>Closed</translation>
    <extra-vagval-dictionary>Closed</extra-vagval-dictionary></message>
    <message>
        <source>%1 av %2</source>
        <translation>%1 by %2</translation>
    <extra-vagval-dictionary>%1 by %2</extra-vagval-dictionary></message>
    <message>
        <source>Sekretess: innehåller inga personuppgifter</source>
        <translation>Confidentiality: contains no personal data</translation>
    <extra-vagval-dictionary>Confidentiality: contains no personal data</extra-vagval-dictionary></message>
    <message>
        <source>.. = dolt: färre än 3 personer, eller dolt så att ett litet tal inte kan räknas fram ur summorna.</source>
        <translation>.. = hidden: fewer than 3 persons, or hidden so that a small number cannot be worked out from the totals.</translation>
    <extra-vagval-dictionary>.. = hidden: fewer than 3 persons, or hidden so that a small number cannot be worked out from the totals.</extra-vagval-dictionary></message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    <extra-vagval-dictionary>PDF files (*.pdf)</extra-vagval-dictionary></message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    <extra-vagval-dictionary>Excel (*.xlsx)</extra-vagval-dictionary></message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    <extra-vagval-dictionary>CSV (*.csv)</extra-vagval-dictionary></message>
    <message>
        <source>Spara statistik</source>
        <translation>Save statistics</translation>
    <extra-vagval-dictionary>Save statistics</extra-vagval-dictionary></message>
    <message>
        <source>..: färre än 3 personer, eller dolt så att ett litet tal inte kan räknas fram ur summorna.</source>
        <translation>..: fewer than 3 persons, or hidden so that a small number cannot be worked out from the sums.</translation>
    <extra-vagval-dictionary>..: fewer than 3 persons, or hidden so that a small number cannot be worked out from the sums.</extra-vagval-dictionary></message>
    <message>
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    <extra-vagval-dictionary>Saved: %1</extra-vagval-dictionary></message>
    <message>
        <source>Tillgänglighet</source>
        <translation>Access</translation>
    <extra-vagval-dictionary>Access</extra-vagval-dictionary></message>
    <message>
        <source>Utfall vid avslut</source>
        <translation>Outcomes at closing</translation>
    <extra-vagval-dictionary>Outcomes at closing</extra-vagval-dictionary></message>
    <message>
        <source>Grupper och kurser</source>
        <translation>Groups and courses</translation>
    <extra-vagval-dictionary>Groups and courses</extra-vagval-dictionary></message>
    <message>
        <source>Uppsökande arbete och utbildning</source>
        <translation>Outreach and education</translation>
    <extra-vagval-dictionary>Outreach and education</extra-vagval-dictionary></message>
    <message>
        <source>Enkäter</source>
        <translation>Surveys</translation>
    <extra-vagval-dictionary>Surveys</extra-vagval-dictionary></message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Ny brukarenkät</source>
        <translation>New user survey</translation>
    <extra-vagval-dictionary>New user survey</extra-vagval-dictionary></message>
    <message>
        <source>Brukarenkät %1</source>
        <translation>User survey %1</translation>
    <extra-vagval-dictionary>User survey %1</extra-vagval-dictionary></message>
    <message>
        <source>Ett påstående per rad</source>
        <translation>One statement per line</translation>
    <extra-vagval-dictionary>One statement per line</extra-vagval-dictionary></message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    <extra-vagval-dictionary>Name:</extra-vagval-dictionary></message>
    <message>
        <source>År:</source>
        <translation>Year:</translation>
    <extra-vagval-dictionary>Year:</extra-vagval-dictionary></message>
    <message>
        <source>Påståenden:</source>
        <translation>Statements:</translation>
    <extra-vagval-dictionary>Statements:</extra-vagval-dictionary></message>
    <message>
        <source>Svarsalternativ (bäst först):</source>
        <translation>Answer options (best first):</translation>
    <extra-vagval-dictionary>Answer options (best first):</extra-vagval-dictionary></message>
</context>
<context>
    <name>SurveyResponsesDialog</name>
    <message>
        <source>Inmatade svar – %1</source>
        <translation>Typed forms – %1</translation>
    <extra-vagval-dictionary>Typed forms – %1</extra-vagval-dictionary></message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    <extra-vagval-dictionary>No.</extra-vagval-dictionary></message>
    <message>
        <source>Inmatad</source>
        <translation>Typed</translation>
    <extra-vagval-dictionary>Typed</extra-vagval-dictionary></message>
    <message>
        <source>Svar</source>
        <translation>Answers</translation>
    <extra-vagval-dictionary>Answers</extra-vagval-dictionary></message>
    <message>
        <source>Rätta…</source>
        <translation>Correct…</translation>
    <extra-vagval-dictionary>Correct…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort…</source>
        <translation>Remove…</translation>
    <extra-vagval-dictionary>Remove…</extra-vagval-dictionary></message>
    <message>
        <source>Rätta formuläret</source>
        <translation>Correct the form</translation>
    <extra-vagval-dictionary>Correct the form</extra-vagval-dictionary></message>
    <message>
        <source>Ett svar per påstående (0 = obesvarat):</source>
        <translation>One answer per statement (0 = not answered):</translation>
    <extra-vagval-dictionary>One answer per statement (0 = not answered):</extra-vagval-dictionary></message>
    <message>
        <source>Formuläret är rättat.</source>
        <translation>The form has been corrected.</translation>
    <extra-vagval-dictionary>The form has been corrected.</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    <extra-vagval-dictionary>Remove</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort formuläret %1 (%2)?</source>
        <translation>Remove the form %1 (%2)?</translation>
    <extra-vagval-dictionary>Remove the form %1 (%2)?</extra-vagval-dictionary></message>
    <message>
        <source>Formuläret är borttaget.</source>
        <translation>The form has been removed.</translation>
    <extra-vagval-dictionary>The form has been removed.</extra-vagval-dictionary></message>
</context>
<context>
    <name>SurveyTab</name>
    <message>
        <source>Ny enkät…</source>
        <translation>New survey…</translation>
    <extra-vagval-dictionary>New survey…</extra-vagval-dictionary></message>
    <message>
        <source>Inmatade svar…</source>
        <translation>Typed forms…</translation>
    <extra-vagval-dictionary>Typed forms…</extra-vagval-dictionary></message>
    <message>
        <source>Byt namn…</source>
        <translation>Rename…</translation>
    <extra-vagval-dictionary>Rename…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort enkäten…</source>
        <translation>Remove the survey…</translation>
    <extra-vagval-dictionary>Remove the survey…</extra-vagval-dictionary></message>
    <message>
        <source>Ett svar per påstående, t.ex. 1123 (0 = obesvarat), Enter sparar</source>
        <translation>One answer per statement, e.g. 1123 (0 = unanswered), Enter saves</translation>
    <extra-vagval-dictionary>One answer per statement, e.g. 1123 (0 = unanswered), Enter saves</extra-vagval-dictionary></message>
    <message>
        <source>Påstående</source>
        <translation>Statement</translation>
    <extra-vagval-dictionary>Statement</extra-vagval-dictionary></message>
    <message>
        <source>Mata in pappersenkäterna:</source>
        <translation>Type in the paper forms:</translation>
    <extra-vagval-dictionary>Type in the paper forms:</extra-vagval-dictionary></message>
    <message>
        <source>Svar</source>
        <translation>Answers</translation>
    <extra-vagval-dictionary>Answers</extra-vagval-dictionary></message>
    <message>
        <source>%1 enkäter inmatade</source>
        <translation>%1 forms entered</translation>
    <extra-vagval-dictionary>%1 forms entered</extra-vagval-dictionary></message>
    <message>
        <source>Byt namn</source>
        <translation>Rename</translation>
    <extra-vagval-dictionary>Rename</extra-vagval-dictionary></message>
    <message>
        <source>Enkätens namn:</source>
        <translation>The survey's name:</translation>
    <extra-vagval-dictionary>The survey's name:</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort enkäten %1 och de %2 formulär som matats in i den?</source>
        <translation>Remove the survey %1 and the %2 forms typed into it?</translation>
    <extra-vagval-dictionary>Remove the survey %1 and the %2 forms typed into it?</extra-vagval-dictionary></message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Samtal</source>
        <translation>Contacts</translation>
    <extra-vagval-dictionary>Contacts</extra-vagval-dictionary></message>
    <message>
        <source>Bokat besök</source>
        <translation>Booked visit</translation>
    <extra-vagval-dictionary>Booked visit</extra-vagval-dictionary></message>
    <message>
        <source>Besök</source>
        <translation>Visit</translation>
    <extra-vagval-dictionary>Visit</extra-vagval-dictionary></message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    <extra-vagval-dictionary>Journal</extra-vagval-dictionary></message>
    <message>
        <source>Journal, rättelse</source>
        <translation>Journal, correction</translation>
    <extra-vagval-dictionary>Journal, correction</extra-vagval-dictionary></message>
    <message>
        <source>Orosanmälan</source>
        <translation>Report of concern</translation>
    <extra-vagval-dictionary>Report of concern</extra-vagval-dictionary></message>
    <message>
        <source>Orosanmälan avslutad</source>
        <translation>Report of concern closed</translation>
    <extra-vagval-dictionary>Report of concern closed</extra-vagval-dictionary></message>
    <message>
        <source>Ärendet öppnat</source>
        <translation>Case opened</translation>
    <extra-vagval-dictionary>Case opened</extra-vagval-dictionary></message>
    <message>
        <source>Ärendet avslutat</source>
        <translation>Case closed</translation>
    <extra-vagval-dictionary>Case closed</extra-vagval-dictionary></message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>När</source>
        <translation>When</translation>
    <extra-vagval-dictionary>When</extra-vagval-dictionary></message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    <extra-vagval-dictionary>What</extra-vagval-dictionary></message>
    <message>
        <source>Detaljer</source>
        <translation>Details</translation>
    <extra-vagval-dictionary>Details</extra-vagval-dictionary></message>
    <message>
        <source>Inget har hänt än. Boka ett besök eller registrera ett samtal (Ctrl+K).</source>
        <translation>Nothing has happened yet. Book a visit or register a contact (Ctrl+K).</translation>
    <extra-vagval-dictionary>Nothing has happened yet. Book a visit or register a contact (Ctrl+K).</extra-vagval-dictionary></message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Välkommen till Vägval</source>
        <translation>Welcome to Vägval</translation>
    <extra-vagval-dictionary>Welcome to Vägval</extra-vagval-dictionary></message>
    <message>
        <source>Vägval håller enhetens klienter, samtal, kurser och statistik i en krypterad databas på den här datorn. Börja med enhetens namn.</source>
        <translation>Vägval keeps the unit's clients, contacts, courses and statistics in an encrypted database on this computer. Start with the unit's name.</translation>
    <extra-vagval-dictionary>Vägval keeps the unit's clients, contacts, courses and statistics in an encrypted database on this computer. Start with the unit's name.</extra-vagval-dictionary></message>
    <message>
        <source>t.ex. KAST Malmö</source>
        <translation>e.g. KAST Malmö</translation>
    <extra-vagval-dictionary>e.g. KAST Malmö</extra-vagval-dictionary></message>
    <message>
        <source>Enhetens namn:</source>
        <translation>Unit name:</translation>
    <extra-vagval-dictionary>Unit name:</extra-vagval-dictionary></message>
</context>
<context>
    <name>UnregisteredContactsDialog</name>
    <message>
        <source>Oregistrerade kontakter</source>
        <translation>Unregistered contacts</translation>
    <extra-vagval-dictionary>Unregistered contacts</extra-vagval-dictionary></message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    <extra-vagval-dictionary>Edit…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort…</source>
        <translation>Remove…</translation>
    <extra-vagval-dictionary>Remove…</extra-vagval-dictionary></message>
    <message>
        <source>Från:</source>
        <translation>From:</translation>
    <extra-vagval-dictionary>From:</extra-vagval-dictionary></message>
    <message>
        <source>till:</source>
        <translation>to:</translation>
    <extra-vagval-dictionary>to:</extra-vagval-dictionary></message>
    <message numerus="yes">
        <source>%n kontakter</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    <extra-vagval-dictionary>%n contact%n contacts</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort kontakten %1? Den räknas inte längre i statistiken.</source>
        <translation>Remove the contact %1? It no longer counts in the statistics.</translation>
    <extra-vagval-dictionary>Remove the contact %1? It no longer counts in the statistics.</extra-vagval-dictionary></message>
    <message>
        <source>Kontakten är borttagen.</source>
        <translation>The contact has been removed.</translation>
    <extra-vagval-dictionary>The contact has been removed.</extra-vagval-dictionary></message>
</context>
<context>
    <name>UnregisteredContactsModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    <extra-vagval-dictionary>Date</extra-vagval-dictionary></message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    <extra-vagval-dictionary>Form</extra-vagval-dictionary></message>
    <message>
        <source>Typ</source>
        <translation>Kind</translation>
    <extra-vagval-dictionary>Kind</extra-vagval-dictionary></message>
    <message>
        <source>Minuter</source>
        <translation>Minutes</translation>
    <extra-vagval-dictionary>Minutes</extra-vagval-dictionary></message>
    <message>
        <source>Målgrupp</source>
        <translation>Target group</translation>
    <extra-vagval-dictionary>Target group</extra-vagval-dictionary></message>
    <message>
        <source>Medarbetare</source>
        <translation>Staff</translation>
    <extra-vagval-dictionary>Staff</extra-vagval-dictionary></message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    <extra-vagval-dictionary>Note</extra-vagval-dictionary></message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Användarhandbok</source>
        <translation>User guide</translation>
    <extra-vagval-dictionary>User guide</extra-vagval-dictionary></message>
    <message>
        <source>Användarhandboken saknas i installationen (%1).</source>
        <translation>The user guide is missing from the installation (%1).</translation>
    <extra-vagval-dictionary>The user guide is missing from the installation (%1).</extra-vagval-dictionary></message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Avstängd</source>
        <translation>Disabled</translation>
    <extra-vagval-dictionary>Disabled</extra-vagval-dictionary></message>
    <message>
        <source>Aktiv – tillfälligt lösenord</source>
        <translation>Active – temporary password</translation>
    <extra-vagval-dictionary>Active – temporary password</extra-vagval-dictionary></message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    <extra-vagval-dictionary>Active</extra-vagval-dictionary></message>
    <message>
        <source>Användarnamn</source>
        <translation>Username</translation>
    <extra-vagval-dictionary>Username</extra-vagval-dictionary></message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    <extra-vagval-dictionary>Name</extra-vagval-dictionary></message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    <extra-vagval-dictionary>Role</extra-vagval-dictionary></message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    <extra-vagval-dictionary>Status</extra-vagval-dictionary></message>
</context>
<context>
    <name>VagvalApp</name>
    <message>
        <source>Öppna en Vägval-databas</source>
        <translation>Open a Vägval database</translation>
    <extra-vagval-dictionary>Open a Vägval database</extra-vagval-dictionary></message>
    <message>
        <source>Vägval-databaser (*.db)</source>
        <translation>Vägval databases (*.db)</translation>
    <extra-vagval-dictionary>Vägval databases (*.db)</extra-vagval-dictionary></message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Registrera en vecka</source>
        <translation>Enter a week</translation>
    <extra-vagval-dictionary>Enter a week</extra-vagval-dictionary></message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    <extra-vagval-dictionary>Day</extra-vagval-dictionary></message>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    <extra-vagval-dictionary>Contacts</extra-vagval-dictionary></message>
    <message>
        <source>Nya</source>
        <translation>New</translation>
    <extra-vagval-dictionary>New</extra-vagval-dictionary></message>
    <message>
        <source>Paket</source>
        <translation>Packages</translation>
    <extra-vagval-dictionary>Packages</extra-vagval-dictionary></message>
    <message>
        <source>Mejl</source>
        <translation>E-mails</translation>
    <extra-vagval-dictionary>E-mails</extra-vagval-dictionary></message>
    <message>
        <source>Sms</source>
        <translation>Texts</translation>
    <extra-vagval-dictionary>Texts</extra-vagval-dictionary></message>
    <message>
        <source>Arena:</source>
        <translation>Arena:</translation>
    <extra-vagval-dictionary>Arena:</extra-vagval-dictionary></message>
    <message>
        <source>Fyll i minst en dag.</source>
        <translation>Fill in at least one day.</translation>
    <extra-vagval-dictionary>Fill in at least one day.</extra-vagval-dictionary></message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Uppsökande och utbildning</source>
        <translation>Outreach and education</translation>
    <extra-vagval-dictionary>Outreach and education</extra-vagval-dictionary></message>
    <message>
        <source>År </source>
        <translation>Year </translation>
    <extra-vagval-dictionary>Year </extra-vagval-dictionary></message>
    <message>
        <source>Importera…</source>
        <translation>Import…</translation>
    <extra-vagval-dictionary>Import…</extra-vagval-dictionary></message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    <extra-vagval-dictionary>Date</extra-vagval-dictionary></message>
    <message>
        <source>Arena</source>
        <translation>Arena</translation>
    <extra-vagval-dictionary>Arena</extra-vagval-dictionary></message>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    <extra-vagval-dictionary>Contacts</extra-vagval-dictionary></message>
    <message>
        <source>Nya</source>
        <translation>New</translation>
    <extra-vagval-dictionary>New</extra-vagval-dictionary></message>
    <message>
        <source>Mejl</source>
        <translation>E-mails</translation>
    <extra-vagval-dictionary>E-mails</extra-vagval-dictionary></message>
    <message>
        <source>Sms</source>
        <translation>Texts</translation>
    <extra-vagval-dictionary>Texts</extra-vagval-dictionary></message>
    <message>
        <source>Svar</source>
        <translation>Answers</translation>
    <extra-vagval-dictionary>Answers</extra-vagval-dictionary></message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    <extra-vagval-dictionary>Material</extra-vagval-dictionary></message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    <extra-vagval-dictionary>Note</extra-vagval-dictionary></message>
    <message>
        <source>Ny registrering…</source>
        <translation>New entry…</translation>
    <extra-vagval-dictionary>New entry…</extra-vagval-dictionary></message>
    <message>
        <source>Registrera en vecka…</source>
        <translation>Enter a week…</translation>
    <extra-vagval-dictionary>Enter a week…</extra-vagval-dictionary></message>
    <message>
        <source>Material…</source>
        <translation>Material…</translation>
    <extra-vagval-dictionary>Material…</extra-vagval-dictionary></message>
    <message>
        <source>Välj en rad i listan först.</source>
        <translation>Select a row in the list first.</translation>
    <extra-vagval-dictionary>Select a row in the list first.</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    <extra-vagval-dictionary>Remove</extra-vagval-dictionary></message>
    <message>
        <source>Typ</source>
        <translation>Kind</translation>
    <extra-vagval-dictionary>Kind</extra-vagval-dictionary></message>
    <message>
        <source>Personer…</source>
        <translation>Persons…</translation>
    <extra-vagval-dictionary>Persons…</extra-vagval-dictionary></message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    <extra-vagval-dictionary>Edit…</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort…</source>
        <translation>Remove…</translation>
    <extra-vagval-dictionary>Remove…</extra-vagval-dictionary></message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    <extra-vagval-dictionary>Participants</extra-vagval-dictionary></message>
    <message>
        <source>Publik</source>
        <translation>Audience</translation>
    <extra-vagval-dictionary>Audience</extra-vagval-dictionary></message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    <extra-vagval-dictionary>Organisation</extra-vagval-dictionary></message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    <extra-vagval-dictionary>Municipality</extra-vagval-dictionary></message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    <extra-vagval-dictionary>Title</extra-vagval-dictionary></message>
    <message>
        <source>Ny…</source>
        <translation>New…</translation>
    <extra-vagval-dictionary>New…</extra-vagval-dictionary></message>
    <message>
        <source>Yrke</source>
        <translation>Profession</translation>
    <extra-vagval-dictionary>Profession</extra-vagval-dictionary></message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    <extra-vagval-dictionary>Form</extra-vagval-dictionary></message>
    <message>
        <source>Minuter</source>
        <translation>Minutes</translation>
    <extra-vagval-dictionary>Minutes</extra-vagval-dictionary></message>
    <message>
        <source>Uppsökande</source>
        <translation>Outreach</translation>
    <extra-vagval-dictionary>Outreach</extra-vagval-dictionary></message>
    <message>
        <source>Studiebesök och utbildning</source>
        <translation>Study visits and education</translation>
    <extra-vagval-dictionary>Study visits and education</extra-vagval-dictionary></message>
    <message>
        <source>Konsultationer</source>
        <translation>Consultations</translation>
    <extra-vagval-dictionary>Consultations</extra-vagval-dictionary></message>
    <message>
        <source>Brukarenkät</source>
        <translation>User survey</translation>
    <extra-vagval-dictionary>User survey</extra-vagval-dictionary></message>
    <message>
        <source>Verksamhetsmål</source>
        <translation>Goals</translation>
    <extra-vagval-dictionary>Goals</extra-vagval-dictionary></message>
    <message>
        <source>%1: %2 (av %3)</source>
        <translation>%1: %2 (of %3)</translation>
    <extra-vagval-dictionary>%1: %2 (of %3)</extra-vagval-dictionary></message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    <extra-vagval-dictionary>%1: %2</extra-vagval-dictionary></message>
    <message>
        <source>Kontakter i år: %1, varav nya: %2</source>
        <translation>Contacts this year: %1, of whom new: %2</translation>
    <extra-vagval-dictionary>Contacts this year: %1, of whom new: %2</extra-vagval-dictionary></message>
    <message>
        <source>%1 tillfällen, %2 deltagare</source>
        <translation>%1 occasions, %2 participants</translation>
    <extra-vagval-dictionary>%1 occasions, %2 participants</extra-vagval-dictionary></message>
    <message>
        <source>%1 konsultationer</source>
        <translation>%1 consultations</translation>
    <extra-vagval-dictionary>%1 consultations</extra-vagval-dictionary></message>
    <message>
        <source>Ta bort registreringen från %1? Den räknas inte längre i statistiken.</source>
        <translation>Remove the record from %1? It no longer counts in the statistics.</translation>
    <extra-vagval-dictionary>Remove the record from %1? It no longer counts in the statistics.</extra-vagval-dictionary></message>
</context>
<context>
    <name>YearlyReport</name>
    <message>
        <source>1. Verksamhetsbeskrivning</source>
        <translation>1. Description of the unit</translation>
    <extra-vagval-dictionary>1. Description of the unit</extra-vagval-dictionary></message>
    <message>
        <source>(Ingen text skriven ännu.)</source>
        <translation>(No text written yet.)</translation>
    <extra-vagval-dictionary>(No text written yet.)</extra-vagval-dictionary></message>
    <message>
        <source>2. Viktiga förändringar under året</source>
        <translation>2. Important changes during the year</translation>
    <extra-vagval-dictionary>2. Important changes during the year</extra-vagval-dictionary></message>
    <message>
        <source>Operativt mål</source>
        <translation>Operative goal</translation>
    <extra-vagval-dictionary>Operative goal</extra-vagval-dictionary></message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    <extra-vagval-dictionary>Activity</extra-vagval-dictionary></message>
    <message>
        <source>Måluppfyllelse</source>
        <translation>Fulfilment</translation>
    <extra-vagval-dictionary>Fulfilment</extra-vagval-dictionary></message>
    <message>
        <source>Tillgänglighet</source>
        <translation>Access</translation>
    <extra-vagval-dictionary>Access</extra-vagval-dictionary></message>
    <message>
        <source>Utfall vid avslut</source>
        <translation>Outcomes at closing</translation>
    <extra-vagval-dictionary>Outcomes at closing</extra-vagval-dictionary></message>
    <message>
        <source>1.1 Organisation</source>
        <translation>1.1 Organisation</translation>
    <extra-vagval-dictionary>1.1 Organisation</extra-vagval-dictionary></message>
    <message>
        <source>1.2 Uppdrag/målgrupp</source>
        <translation>1.2 Mission/target group</translation>
    <extra-vagval-dictionary>1.2 Mission/target group</extra-vagval-dictionary></message>
    <message>
        <source>1.3 Innehåll</source>
        <translation>1.3 Content</translation>
    <extra-vagval-dictionary>1.3 Content</extra-vagval-dictionary></message>
    <message>
        <source>3.1 Kommunfullmäktiges mål som verksamheten har förhållit sig till</source>
        <translation>3.1 The municipal council’s goals the unit has worked towards</translation>
    <extra-vagval-dictionary>3.1 The municipal council’s goals the unit has worked towards</extra-vagval-dictionary></message>
    <message>
        <source>3.2 Verksamhetsmål</source>
        <translation>3.2 Unit goals</translation>
    <extra-vagval-dictionary>3.2 Unit goals</extra-vagval-dictionary></message>
    <message>
        <source>3.4 Vad har vi uppnått under året</source>
        <translation>3.4 What we achieved during the year</translation>
    <extra-vagval-dictionary>3.4 What we achieved during the year</extra-vagval-dictionary></message>
    <message>
        <source>4.1 Genomförd kompetensutvecklingsplan</source>
        <translation>4.1 Completed training plan</translation>
    <extra-vagval-dictionary>4.1 Completed training plan</extra-vagval-dictionary></message>
    <message>
        <source>5. Sammanfattning/slutsatser</source>
        <translation>5. Summary/conclusions</translation>
    <extra-vagval-dictionary>5. Summary/conclusions</extra-vagval-dictionary></message>
    <message>
        <source>Ansvarig: %1</source>
        <translation>Responsible: %1</translation>
    <extra-vagval-dictionary>Responsible: %1</extra-vagval-dictionary></message>
    <message>
        <source>3.3 Operativa mål</source>
        <translation>3.3 Operational goals</translation>
    <extra-vagval-dictionary>3.3 Operational goals</extra-vagval-dictionary></message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    <extra-vagval-dictionary>Comment</extra-vagval-dictionary></message>
    <message>
        <source>Skala 1–3: 1 = ej uppnått, 2 = delvis uppnått, 3 = fullt uppnått.</source>
        <translation>Scale 1–3: 1 = not achieved, 2 = partly achieved, 3 = fully achieved.</translation>
    <extra-vagval-dictionary>Scale 1–3: 1 = not achieved, 2 = partly achieved, 3 = fully achieved.</extra-vagval-dictionary></message>
    <message>
        <source>Fastställda siffror (%1, %2).</source>
        <translation>Frozen figures (%1, %2).</translation>
    <extra-vagval-dictionary>Frozen figures (%1, %2).</extra-vagval-dictionary></message>
    <message>
        <source>Räknat när rapporten skrevs ut; inte fastställt.</source>
        <translation>Counted when the report was printed; not frozen.</translation>
    <extra-vagval-dictionary>Counted when the report was printed; not frozen.</extra-vagval-dictionary></message>
    <message>
        <source>Klienter</source>
        <translation>Clients</translation>
    <extra-vagval-dictionary>Clients</extra-vagval-dictionary></message>
    <message>
        <source>Grupper och kurser</source>
        <translation>Groups and courses</translation>
    <extra-vagval-dictionary>Groups and courses</extra-vagval-dictionary></message>
    <message>
        <source>Per kommun</source>
        <translation>Per municipality</translation>
    <extra-vagval-dictionary>Per municipality</extra-vagval-dictionary></message>
    <message>
        <source>..: färre än %1 personer, eller dolt så att ett litet tal inte kan räknas fram ur summorna.</source>
        <translation>..: fewer than %1 persons, or hidden so that a small number cannot be worked out from the sums.</translation>
    <extra-vagval-dictionary>..: fewer than %1 persons, or hidden so that a small number cannot be worked out from the sums.</extra-vagval-dictionary></message>
    <message>
        <source>3.5 Årssammanställning av nyckeltal</source>
        <translation>3.5 Yearly summary of key figures</translation>
    <extra-vagval-dictionary>3.5 Yearly summary of key figures</extra-vagval-dictionary></message>
    <message>
        <source>3. Måluppfyllelse</source>
        <translation>3. Goal attainment</translation>
    <extra-vagval-dictionary>3. Goal attainment</extra-vagval-dictionary></message>
    <message>
        <source>4. Medarbetarfrågor</source>
        <translation>4. Staff</translation>
    <extra-vagval-dictionary>4. Staff</extra-vagval-dictionary></message>
    <message>
        <source>Enkäter</source>
        <translation>Surveys</translation>
    <extra-vagval-dictionary>Surveys</extra-vagval-dictionary></message>
    <message>
        <source>Avsnitt som inte är med</source>
        <translation>Sections not included</translation>
    <extra-vagval-dictionary>Sections not included</extra-vagval-dictionary></message>
    <message>
        <source>Din roll får inte läsa underlaget till: %1. Be en administratör skriva ut hela rapporten.</source>
        <translation>Your role may not read the data for: %1. Ask an administrator to print the whole report.</translation>
    <extra-vagval-dictionary>Your role may not read the data for: %1. Ask an administrator to print the whole report.</extra-vagval-dictionary></message>
    <message>
        <source>Innehåll</source>
        <translation>Contents</translation>
    <extra-vagval-dictionary>Contents</extra-vagval-dictionary></message>
    <message>
        <source>Sekretess: sammanräknade antal, inga personuppgifter.</source>
        <translation>Confidential: aggregated counts, no personal data.</translation>
    <extra-vagval-dictionary>Confidential: aggregated counts, no personal data.</extra-vagval-dictionary></message>
    <message>
        <source>Uppsökande arbete och utbildning</source>
        <translation>Outreach and education</translation>
    <extra-vagval-dictionary>Outreach and education</extra-vagval-dictionary></message>
    <message>
        <source>Verksamhetsberättelse %1</source>
        <translation>Yearly report %1</translation>
    <extra-vagval-dictionary>Yearly report %1</extra-vagval-dictionary></message>
</context>
<context>
    <name>YearlyTexts</name>
    <message>
        <source>1.1 Organisation</source>
        <translation>1.1 Organisation</translation>
    <extra-vagval-dictionary>1.1 Organisation</extra-vagval-dictionary></message>
    <message>
        <source>1.2 Uppdrag/målgrupp</source>
        <translation>1.2 Mission/target group</translation>
    <extra-vagval-dictionary>1.2 Mission/target group</extra-vagval-dictionary></message>
    <message>
        <source>1.3 Innehåll</source>
        <translation>1.3 Content</translation>
    <extra-vagval-dictionary>1.3 Content</extra-vagval-dictionary></message>
    <message>
        <source>2. Viktiga förändringar</source>
        <translation>2. Important changes</translation>
    <extra-vagval-dictionary>2. Important changes</extra-vagval-dictionary></message>
    <message>
        <source>3.1 Kommunfullmäktiges mål</source>
        <translation>3.1 Municipal council goals</translation>
    <extra-vagval-dictionary>3.1 Municipal council goals</extra-vagval-dictionary></message>
    <message>
        <source>3.2 Verksamhetsmål</source>
        <translation>3.2 Unit goals</translation>
    <extra-vagval-dictionary>3.2 Unit goals</extra-vagval-dictionary></message>
    <message>
        <source>3.4 Vad vi har uppnått</source>
        <translation>3.4 What we achieved</translation>
    <extra-vagval-dictionary>3.4 What we achieved</extra-vagval-dictionary></message>
    <message>
        <source>4.1 Kompetensutveckling</source>
        <translation>4.1 Training</translation>
    <extra-vagval-dictionary>4.1 Training</extra-vagval-dictionary></message>
    <message>
        <source>5. Sammanfattning</source>
        <translation>5. Summary</translation>
    <extra-vagval-dictionary>5. Summary</extra-vagval-dictionary></message>
    <message>
        <source>Klienter</source>
        <translation>Clients</translation>
    <extra-vagval-dictionary>Clients</extra-vagval-dictionary></message>
    <message>
        <source>Tillgänglighet</source>
        <translation>Access</translation>
    <extra-vagval-dictionary>Access</extra-vagval-dictionary></message>
    <message>
        <source>Utfall vid avslut</source>
        <translation>Outcomes at closing</translation>
    <extra-vagval-dictionary>Outcomes at closing</extra-vagval-dictionary></message>
    <message>
        <source>Grupper och kurser</source>
        <translation>Groups and courses</translation>
    <extra-vagval-dictionary>Groups and courses</extra-vagval-dictionary></message>
    <message>
        <source>Uppsökande arbete</source>
        <translation>Outreach</translation>
    <extra-vagval-dictionary>Outreach</extra-vagval-dictionary></message>
    <message>
        <source>Enkäter</source>
        <translation>Surveys</translation>
    <extra-vagval-dictionary>Surveys</extra-vagval-dictionary></message>
    <message>
        <source>Per kommun</source>
        <translation>Per municipality</translation>
    <extra-vagval-dictionary>Per municipality</extra-vagval-dictionary></message>
</context>
<context>
    <name>YearlyTextsDialog</name>
    <message>
        <source>Verksamhetsberättelse %1 – texter</source>
        <translation>Yearly report %1 – texts</translation>
    <extra-vagval-dictionary>Yearly report %1 – texts</extra-vagval-dictionary></message>
    <message>
        <source>Verksamhet:</source>
        <translation>Activity:</translation>
    <extra-vagval-dictionary>Activity:</extra-vagval-dictionary></message>
    <message>
        <source>Sektion:</source>
        <translation>Section:</translation>
    <extra-vagval-dictionary>Section:</extra-vagval-dictionary></message>
    <message>
        <source>Förvaltning:</source>
        <translation>Administration:</translation>
    <extra-vagval-dictionary>Administration:</extra-vagval-dictionary></message>
    <message>
        <source>Ansvarig:</source>
        <translation>Responsible:</translation>
    <extra-vagval-dictionary>Responsible:</extra-vagval-dictionary></message>
    <message>
        <source>Avsnitt med siffror efter nyckeltalen (tas bort när de saknar uppgifter)</source>
        <translation>Sections with figures after the key figures (left out when they have no data)</translation>
    <extra-vagval-dictionary>Sections with figures after the key figures (left out when they have no data)</extra-vagval-dictionary></message>
    <message>
        <source>Kapitel</source>
        <translation>Chapters</translation>
    <extra-vagval-dictionary>Chapters</extra-vagval-dictionary></message>
    <message>
        <source>Försättsblad</source>
        <translation>Cover</translation>
    <extra-vagval-dictionary>Cover</extra-vagval-dictionary></message>
    <message>
        <source>Avsnitt</source>
        <translation>Sections</translation>
    <extra-vagval-dictionary>Sections</extra-vagval-dictionary></message>
    <message>
        <source>Inget är skrivet för %1 än: texterna från %2 är ifyllda som start.</source>
        <translation>Nothing is written for %1 yet: the texts from %2 are filled in as a start.</translation>
    <extra-vagval-dictionary>Nothing is written for %1 yet: the texts from %2 are filled in as a start.</extra-vagval-dictionary></message>
</context>
</TS>
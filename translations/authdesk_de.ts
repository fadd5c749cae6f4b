<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AllSessionsFetch</name>
    <message>
        <location filename="../models/operations/AllSessionsFetch.cpp" line="36"/>
        <source>Reading the sessions was cancelled.</source>
        <translation>Das Lesen der Sitzungen wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/operations/AllSessionsFetch.cpp" line="42"/>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <location filename="../models/operations/AllSessionsFetch.cpp" line="58"/>
        <source>The server sent the same page of sessions twice; stopped reading.</source>
        <translation>Der Server hat dieselbe Seite mit Sitzungen zweimal gesendet; das Lesen wurde beendet.</translation>
    </message>
</context>
<context>
    <name>ApiKeyTableModel</name>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="66"/>
        <source>never</source>
        <comment>last used</comment>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="68"/>
        <source>never</source>
        <comment>expires</comment>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="71"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="71"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="71"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="87"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="89"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="91"/>
        <source>Key starts with</source>
        <translation>Schlüsselanfang</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="93"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="95"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="97"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="99"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="101"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="103"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="105"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="29"/>
        <source>Issue key…</source>
        <translation>Schlüssel ausstellen…</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="30"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="50"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="75"/>
        <source>Issue a new key; it is shown once</source>
        <translation>Neuen Schlüssel ausstellen; er wird nur einmal angezeigt</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="77"/>
        <source>Revoke the selected keys</source>
        <translation>Ausgewählte Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="86"/>
        <source>Sign in to a profile to manage its API keys.</source>
        <translation>Melden Sie sich bei einem Profil an, um seine API-Schlüssel zu verwalten.</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="102"/>
        <source>Select one user to see their API keys.</source>
        <translation>Wählen Sie einen Benutzer aus, um seine API-Schlüssel zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="135"/>
        <source>Could not load API keys: %1</source>
        <translation>API-Schlüssel konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/keys/ApiKeysPage.cpp" line="142"/>
        <source>%n key(s). Only the first characters of each key are ever shown.</source>
        <translation>
            <numerusform>%n Schlüssel. Von jedem Schlüssel werden nur die ersten Zeichen angezeigt.</numerusform>
            <numerusform>%n Schlüssel. Von jedem Schlüssel werden nur die ersten Zeichen angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="162"/>
        <source>Issuing “%1”…</source>
        <translation>„%1“ wird ausgestellt…</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="165"/>
        <source>Issuing the key failed: %1</source>
        <translation>Ausstellen des Schlüssels fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/keys/ApiKeysPage.cpp" line="185"/>
        <source>Revoke %n key(s): %1? Programs using them will be refused at once.</source>
        <translation>
            <numerusform>%n Schlüssel widerrufen: %1? Programme, die ihn verwenden, werden sofort abgewiesen.</numerusform>
            <numerusform>%n Schlüssel widerrufen: %1? Programme, die sie verwenden, werden sofort abgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="187"/>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="208"/>
        <source>Revoking “%1” failed: %2</source>
        <translation>Widerrufen von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="211"/>
        <source>Revoking “%1” FAILED: the server still lists the key as active.</source>
        <translation>Widerrufen von „%1“ FEHLGESCHLAGEN: Der Server führt den Schlüssel weiter als aktiv.</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="214"/>
        <source>“%1” revoked; the server no longer lists it as active.</source>
        <translation>„%1“ widerrufen; der Server führt ihn nicht mehr als aktiv.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../app/AppController.cpp" line="29"/>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="30"/>
        <source>The system keychain is not available (%1). Secrets are kept in memory for this session only and are never written anywhere else.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Geheimnisse werden nur für diese Sitzung im Arbeitsspeicher gehalten und nirgendwo sonst gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="80"/>
        <source>Unknown server type “%1” in profile %2</source>
        <translation>Unbekannter Servertyp „%1“ in Profil %2</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="114"/>
        <source>The local cache cannot be opened, so offline review is off: %1</source>
        <translation>Der lokale Cache lässt sich nicht öffnen, daher ist die Offline-Durchsicht aus: %1</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="134"/>
        <source>The server cannot be reached (%1). Working offline from the cache.</source>
        <translation>Der Server ist nicht erreichbar (%1). Offline-Betrieb mit dem Cache.</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="145"/>
        <source>The server stopped answering (%1). Working offline from the last complete copy.</source>
        <translation>Der Server antwortet nicht mehr (%1). Offline weiter mit der letzten vollständigen Kopie.</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="166"/>
        <source>The cache upgrade was cancelled: the cache keeps everything it held, and is upgraded the next time this profile opens. Offline review is off until then.</source>
        <translation>Die Aktualisierung des Caches wurde abgebrochen: Der Cache behält alles, was er hatte, und wird beim nächsten Öffnen dieses Profils aktualisiert. Bis dahin ist die Offline-Durchsicht aus.</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="171"/>
        <source>The local cache cannot be upgraded, so offline review is off: %1</source>
        <translation>Der lokale Cache kann nicht aktualisiert werden, daher ist die Offline-Durchsicht aus: %1</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="192"/>
        <source>Local cache deleted.</source>
        <translation>Lokaler Cache gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="193"/>
        <source>The cache could not be deleted: %1</source>
        <translation>Der Cache konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditCsvExport</name>
    <message>
        <location filename="../models/export/AuditCsvExport.cpp" line="29"/>
        <location filename="../models/export/AuditCsvExport.cpp" line="37"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="26"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="27"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="28"/>
        <source>Create user</source>
        <translation>Benutzer erstellen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="29"/>
        <source>Edit user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="30"/>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="31"/>
        <source>Change roles</source>
        <translation>Rollen ändern</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="32"/>
        <source>Enable user</source>
        <translation>Benutzer aktivieren</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="33"/>
        <source>Disable user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="34"/>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="35"/>
        <source>Revoke session</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="36"/>
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="37"/>
        <source>Issue API key</source>
        <translation>API-Schlüssel ausstellen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="38"/>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="39"/>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="49"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="51"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="53"/>
        <source>Not confirmed by the server</source>
        <translation>Vom Server nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="81"/>
        <source>Cannot open the audit log %1: %2</source>
        <translation>Das Prüfprotokoll %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="86"/>
        <source>The audit log %1 cannot be read: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="92"/>
        <source>The audit log was written by a newer AuthDesk (schema %1).</source>
        <translation>Das Prüfprotokoll wurde von einer neueren AuthDesk-Version geschrieben (Schema %1).</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="111"/>
        <source>The audit log %1 cannot be created: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="130"/>
        <location filename="../models/audit/AuditLog.cpp" line="255"/>
        <source>The audit log is not open.</source>
        <translation>Das Prüfprotokoll ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="132"/>
        <source>An audit entry needs an action.</source>
        <translation>Ein Protokolleintrag braucht eine Aktion.</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="154"/>
        <source>The audit log could not be written: %1</source>
        <translation>Das Prüfprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="95"/>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="111"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="113"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="115"/>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="117"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="119"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="121"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="123"/>
        <source>Server answer</source>
        <translation>Serverantwort</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="125"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="127"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="31"/>
        <source>Filter by identity, action, target or message</source>
        <translation>Nach Identität, Aktion, Ziel oder Meldung filtern</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="38"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="54"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="56"/>
        <source>Every change this console made, kept locally. It never holds secrets.</source>
        <translation>Jede Änderung, die diese Konsole vorgenommen hat, lokal gespeichert. Es enthält nie Geheimnisse.</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="60"/>
        <source>The audit log is not available, so changes made now are not recorded. %1</source>
        <translation>Das Prüfprotokoll ist nicht verfügbar, daher werden Änderungen jetzt nicht aufgezeichnet. %1</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="74"/>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="75"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="80"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="81"/>
        <source>The audit log could not be written to %1.</source>
        <translation>Das Prüfprotokoll konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>BetterAuthDialect</name>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="129"/>
        <source>better-auth 1.7</source>
        <translation>better-auth 1.7</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="156"/>
        <source>better-auth sets a key&apos;s permissions on the server only; a key issued here has its owner&apos;s rights.</source>
        <translation>better-auth legt die Berechtigungen eines Schlüssels nur auf dem Server fest; ein hier ausgestellter Schlüssel hat die Rechte seines Besitzers.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="159"/>
        <source>better-auth lists sessions per user only: open a user to see theirs.</source>
        <translation>better-auth listet Sitzungen nur pro Benutzer auf: Öffnen Sie einen Benutzer, um seine zu sehen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="161"/>
        <source>better-auth sessions are cookies that the server extends while in use; AuthDesk signs in again when one ends.</source>
        <translation>better-auth-Sitzungen sind Cookies, die der Server bei Benutzung verlängert; AuthDesk meldet sich erneut an, wenn eine endet.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="163"/>
        <source>better-auth does not advertise per-user actions.</source>
        <translation>better-auth meldet keine Aktionen pro Benutzer.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="169"/>
        <source>Manages users, sessions and bans (admin plugin)</source>
        <translation>Verwaltet Benutzer, Sitzungen und Sperren (Admin-Plugin)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="170"/>
        <source>Regular account (the admin plugin&apos;s default role)</source>
        <translation>Normales Konto (Standardrolle des Admin-Plugins)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="178"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="180"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="181"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="182"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="517"/>
        <source>This account&apos;s email address is not verified yet.</source>
        <translation>Die E-Mail-Adresse dieses Kontos ist noch nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="519"/>
        <source>better-auth refused AuthDesk&apos;s Origin: the profile&apos;s base URL must be the server&apos;s baseURL or one of its trustedOrigins.</source>
        <translation>better-auth hat den Origin von AuthDesk abgelehnt: Die Basis-URL des Profils muss die baseURL des Servers oder einer seiner trustedOrigins sein.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="527"/>
        <source>The server has no such endpoint: check the base URL and that better-auth&apos;s admin and API-key plugins are enabled.</source>
        <translation>Der Server hat keinen solchen Endpunkt: Prüfen Sie die Basis-URL und ob die Admin- und API-Key-Plugins von better-auth aktiviert sind.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="542"/>
        <source>This does not look like an email address.</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="547"/>
        <source>better-auth changes a password separately from the profile: leave the password empty to save the other changes.</source>
        <translation>better-auth ändert ein Passwort getrennt vom Profil: Lassen Sie das Passwort leer, um die übrigen Änderungen zu speichern.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="551"/>
        <source>This server keeps no key descriptions (API-key metadata is disabled): leave the description empty.</source>
        <translation>Dieser Server speichert keine Schlüsselbeschreibungen (API-Key-Metadaten sind deaktiviert): Lassen Sie die Beschreibung leer.</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <location filename="../views/common/BulkActionDialog.cpp" line="35"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../views/common/BulkActionDialog.cpp" line="35"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../views/common/BulkActionDialog.cpp" line="35"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../views/common/BulkActionDialog.cpp" line="52"/>
        <location filename="../views/common/BulkActionDialog.cpp" line="162"/>
        <source>Deleting cannot be undone.</source>
        <translation>Löschen kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="56"/>
        <source>Also change the %n user(s) that changed since the decision</source>
        <translation>
            <numerusform>Auch den %n Benutzer ändern, der sich seit der Entscheidung geändert hat</numerusform>
            <numerusform>Auch die %n Benutzer ändern, die sich seit der Entscheidung geändert haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="149"/>
        <source>%n user(s) will change.</source>
        <translation>
            <numerusform>%n Benutzer wird geändert.</numerusform>
            <numerusform>%n Benutzer werden geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/common/BulkActionDialog.cpp" line="151"/>
        <source>%1 of %2 done.</source>
        <translation>%1 von %2 erledigt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="153"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="155"/>
        <source>%n cancelled before being sent.</source>
        <translation>
            <numerusform>%n vor dem Senden abgebrochen.</numerusform>
            <numerusform>%n vor dem Senden abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="158"/>
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n unverändert.</numerusform>
            <numerusform>%n unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="160"/>
        <source>%n cannot be changed (see why below).</source>
        <translation>
            <numerusform>%n kann nicht geändert werden (Grund siehe unten).</numerusform>
            <numerusform>%n können nicht geändert werden (Gründe siehe unten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="80"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="95"/>
        <source>already enabled</source>
        <translation>bereits aktiviert</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="95"/>
        <source>already disabled</source>
        <translation>bereits deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="98"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="98"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="103"/>
        <source>will be deleted</source>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="108"/>
        <source>already has %1</source>
        <translation>hat %1 bereits</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="111"/>
        <source>cannot add %1</source>
        <translation>%1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="121"/>
        <source>does not have %1</source>
        <translation>hat %1 nicht</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="124"/>
        <location filename="../models/operations/BulkOperation.cpp" line="128"/>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="125"/>
        <source>Every user has exactly one; add another one instead, which replaces it.</source>
        <translation>Jeder Benutzer hat genau eine; fügen Sie stattdessen eine andere hinzu, die sie ersetzt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="20"/>
        <source>Enable %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer aktivieren</numerusform>
            <numerusform>%n Benutzer aktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="23"/>
        <source>Disable %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer deaktivieren</numerusform>
            <numerusform>%n Benutzer deaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="26"/>
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer löschen</numerusform>
            <numerusform>%n Benutzer löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="29"/>
        <source>Add %1 to %n user(s)</source>
        <translation>
            <numerusform>%1 zu %n Benutzer hinzufügen</numerusform>
            <numerusform>%1 zu %n Benutzern hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="32"/>
        <source>Remove %1 from %n user(s)</source>
        <translation>
            <numerusform>%1 von %n Benutzer entfernen</numerusform>
            <numerusform>%1 von %n Benutzern entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="187"/>
        <source>This includes %1, the account this console is signed in as: its change is made last, once every other user&apos;s has ended, since it may end the session or narrow what it may do.</source>
        <translation>Darunter ist %1, das Konto, mit dem diese Konsole angemeldet ist: Seine Änderung kommt zuletzt, wenn alle anderen abgeschlossen sind, denn sie kann die Sitzung beenden oder einschränken, was sie darf.</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="238"/>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="274"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="354"/>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="356"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="358"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="360"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="362"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="364"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="366"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <location filename="../models/remote/CaBundle.cpp" line="17"/>
        <source>No CA bundle file was given.</source>
        <translation>Es wurde keine CA-Bundle-Datei angegeben.</translation>
    </message>
    <message>
        <location filename="../models/remote/CaBundle.cpp" line="21"/>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/remote/CaBundle.cpp" line="25"/>
        <source>The CA bundle %1 is too large to be a list of certificates.</source>
        <translation>Das CA-Bundle %1 ist zu groß, um eine Liste von Zertifikaten zu sein.</translation>
    </message>
    <message>
        <location filename="../models/remote/CaBundle.cpp" line="31"/>
        <source>The CA bundle %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="35"/>
        <source>The cache is open read-only while offline; changes need a connection to the server.</source>
        <translation>Der Cache ist offline nur lesbar geöffnet; Änderungen brauchen eine Verbindung zum Server.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="49"/>
        <location filename="../models/cache/CacheHousekeeping.cpp" line="72"/>
        <location filename="../models/cache/CachedUserSource.cpp" line="191"/>
        <source>“%1” is not a valid profile id for a cache file.</source>
        <translation>„%1“ ist keine gültige Profil-ID für eine Cache-Datei.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="64"/>
        <source>There is no cache for this profile yet; it needs one sync while online.</source>
        <translation>Für dieses Profil gibt es noch keinen Cache; dafür ist eine Synchronisierung im Online-Betrieb nötig.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="74"/>
        <location filename="../models/cache/CacheUpgrade.cpp" line="92"/>
        <source>Cannot open the cache %1: %2</source>
        <translation>Der Cache %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="82"/>
        <source>The cache %1 is not usable: %2</source>
        <translation>Der Cache %1 ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>CacheHousekeeping</name>
    <message>
        <location filename="../models/cache/CacheHousekeeping.cpp" line="87"/>
        <source>The cache could not be removed completely: %1</source>
        <translation>Der Cache konnte nicht vollständig entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>CacheInfo</name>
    <message>
        <location filename="../models/cache/CacheInfo.cpp" line="10"/>
        <source>No cache</source>
        <translation>Kein Cache</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CacheInfo.cpp" line="14"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/cache/CacheInfo.cpp" line="15"/>
        <source>synced %1</source>
        <translation>synchronisiert %1</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheInfo.cpp" line="16"/>
        <source>never synced completely</source>
        <translation>nie vollständig synchronisiert</translation>
    </message>
</context>
<context>
    <name>CacheSchema</name>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="194"/>
        <source>The cache file cannot be read: %1</source>
        <translation>Die Cache-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="198"/>
        <source>The cache was written by a newer AuthDesk (schema %1, this version knows %2); clear the cache or update AuthDesk.</source>
        <translation>Der Cache wurde von einer neueren AuthDesk-Version geschrieben (Schema %1, diese Version kennt %2); leeren Sie den Cache oder aktualisieren Sie AuthDesk.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="216"/>
        <location filename="../models/cache/CacheSchema.cpp" line="238"/>
        <source>Upgrading the cache to schema %1 failed: %2</source>
        <translation>Die Aktualisierung des Caches auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="225"/>
        <source>Upgrading the cache to schema %1 was stopped.</source>
        <translation>Die Aktualisierung des Caches auf Schema %1 wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="253"/>
        <location filename="../models/cache/CacheSchema.cpp" line="268"/>
        <location filename="../models/cache/CacheSchema.cpp" line="274"/>
        <source>Sorting the cache in this language failed: %1</source>
        <translation>Das Sortieren des Caches in dieser Sprache ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="260"/>
        <source>Sorting the cache in this language was stopped.</source>
        <translation>Das Sortieren des Caches in dieser Sprache wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="485"/>
        <source>the search text&apos;s SQL function cannot be registered</source>
        <translation>die SQL-Funktion für den Suchtext kann nicht registriert werden</translation>
    </message>
</context>
<context>
    <name>CacheWriter</name>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="161"/>
        <location filename="../models/cache/CacheWriter.cpp" line="447"/>
        <location filename="../models/cache/CacheWriter.cpp" line="639"/>
        <source>Writing the cache failed: %1</source>
        <translation>Schreiben des Caches fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="177"/>
        <source>The cache is not open.</source>
        <translation>Der Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="233"/>
        <location filename="../models/cache/CacheWriter.cpp" line="407"/>
        <location filename="../models/cache/CacheWriter.cpp" line="428"/>
        <source>No sync is in progress.</source>
        <translation>Es läuft keine Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="595"/>
        <source>The sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="641"/>
        <source>Readers kept the cache&apos;s log from being emptied.</source>
        <translation>Lesende Verbindungen haben verhindert, dass das Protokoll des Caches geleert wurde.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="774"/>
        <source>A user without an id cannot be cached.</source>
        <translation>Ein Benutzer ohne ID kann nicht zwischengespeichert werden.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="782"/>
        <source>Another program sorted the cache in another language; the next sync sorts it in this one&apos;s again and brings this user with it.</source>
        <translation>Ein anderes Programm hat den Cache in einer anderen Sprache sortiert; die nächste Synchronisierung sortiert ihn wieder in dieser und übernimmt diesen Benutzer.</translation>
    </message>
</context>
<context>
    <name>CachedUser</name>
    <message>
        <location filename="../models/cache/CachedUser.cpp" line="10"/>
        <source>deleted on server (last seen %1)</source>
        <translation>auf dem Server gelöscht (zuletzt gesehen am %1)</translation>
    </message>
</context>
<context>
    <name>CachedUserSource</name>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="530"/>
        <source>Reading the cache was cancelled.</source>
        <translation>Das Lesen des Caches wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="609"/>
        <source>the file is not open</source>
        <translation>die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="611"/>
        <source>The local cache could not be read: %1.</source>
        <translation>Der lokale Cache konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="632"/>
        <source>The cache is closed.</source>
        <translation>Der Cache ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="646"/>
        <source>The local cache does not hold this user.</source>
        <translation>Der lokale Cache enthält diesen Benutzer nicht.</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="666"/>
        <location filename="../models/cache/CachedUserSource.cpp" line="688"/>
        <location filename="../models/cache/CachedUserSource.cpp" line="706"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="669"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="674"/>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CachedUserSource.cpp" line="674"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="678"/>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CachedUserSource.cpp" line="678"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="681"/>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CachedUserSource.cpp" line="681"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="691"/>
        <source>Offline — data as of %1</source>
        <translation>Offline — Datenstand %1</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="692"/>
        <source>Offline — nothing cached yet for this profile</source>
        <translation>Offline — für dieses Profil ist noch nichts im Cache</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="694"/>
        <source>Cached data as of %1 (%2) — updating…</source>
        <translation>Daten aus dem Cache, Stand %1 (%2) — wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="695"/>
        <source>Loading from the server…</source>
        <translation>Wird vom Server geladen…</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="697"/>
        <source>Live — synced %1</source>
        <translation>Live — synchronisiert: %1</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="708"/>
        <source>“%1” needs the server, and AuthDesk is working offline (data as of %2). Go online to make changes.</source>
        <translation>„%1“ braucht den Server, aber AuthDesk arbeitet offline (Datenstand %2). Gehen Sie online, um Änderungen vorzunehmen.</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <location filename="../models/remote/Capabilities.cpp" line="14"/>
        <source>This server records no reason with a disabled account.</source>
        <translation>Dieser Server speichert zu einem deaktivierten Konto keinen Grund.</translation>
    </message>
    <message>
        <location filename="../models/remote/Capabilities.cpp" line="16"/>
        <source>This server cannot end a disable by itself: enable the account again when it is due.</source>
        <translation>Dieser Server kann eine Deaktivierung nicht selbst beenden: Aktivieren Sie das Konto wieder, wenn es so weit ist.</translation>
    </message>
    <message>
        <location filename="../models/remote/Capabilities.cpp" line="19"/>
        <source>This server publishes no OpenID Connect endpoint for that.</source>
        <translation>Dieser Server veröffentlicht dafür keinen OpenID-Connect-Endpunkt.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../views/profiles/CertificateDialog.cpp" line="26"/>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location filename="../views/profiles/CertificateDialog.cpp" line="27"/>
        <source>&lt;b&gt;The connection to “%1” was refused.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Only trust this certificate if its fingerprint matches the one your server&apos;s administrator gave you.</source>
        <translation>&lt;b&gt;Die Verbindung zu „%1“ wurde abgelehnt.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Vertrauen Sie diesem Zertifikat nur, wenn sein Fingerabdruck mit dem übereinstimmt, den Ihnen der Administrator des Servers genannt hat.</translation>
    </message>
    <message>
        <location filename="../views/profiles/CertificateDialog.cpp" line="43"/>
        <source>Trust this certificate for this profile</source>
        <translation>Diesem Zertifikat für dieses Profil vertrauen</translation>
    </message>
    <message>
        <location filename="../views/profiles/CertificateDialog.cpp" line="50"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="95"/>
        <source>; also %1: %2</source>
        <translation>; außerdem %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="43"/>
        <source>warning: no keychain (%1); secrets are kept for this run only.</source>
        <translation>Warnung: kein Schlüsselbund (%1); Geheimnisse werden nur für diesen Aufruf behalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="159"/>
        <source>AuthDesk on the command line.</source>
        <translation>AuthDesk auf der Kommandozeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="135"/>
        <source>Profile name or id (default: the current one).</source>
        <translation>Profilname oder -ID (Standard: das aktuelle).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="137"/>
        <source>Read the local cache; never contact the server.</source>
        <translation>Den lokalen Cache lesen; den Server nie kontaktieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="14"/>
        <source>Output: %1 (default %2).</source>
        <translation>Ausgabe: %1 (Standard: %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="20"/>
        <source>Do not ask before destructive actions.</source>
        <translation>Vor zerstörerischen Aktionen nicht nachfragen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="138"/>
        <source>Read the password from the first line of stdin.</source>
        <translation>Das Passwort aus der ersten Zeile von stdin lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="140"/>
        <source>Read secrets from stdin, one NAME=VALUE per line up to an empty line (see Secrets).</source>
        <translation>Geheimnisse von stdin lesen, ein NAME=VALUE pro Zeile bis zu einer Leerzeile (siehe Secrets).</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="52"/>
        <source>users create: read the new user&apos;s password from stdin (after the secrets, if given there).</source>
        <translation>users create: das Passwort des neuen Benutzers von stdin lesen (nach den Geheimnissen, falls diese dort stehen).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="141"/>
        <source>Refused: passwords never go on the command line.</source>
        <translation>Abgelehnt: Passwörter gehören nie auf die Kommandozeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="8"/>
        <source>Every user (from the server, or the cache with --offline).</source>
        <translation>Alle Benutzer (vom Server oder mit --offline aus dem Cache).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="18"/>
        <source>Writes every user of the profile to stdout, as JSON unless --format says otherwise, in the columns the console&apos;s Export writes: from the server page after page, or from the local cache with --offline (see &apos;sync&apos;). --limit N writes the first N only.</source>
        <translation>Schreibt alle Benutzer des Profils nach stdout, als JSON, sofern --format nichts anderes angibt, mit den Spalten, die der Export der Konsole schreibt: Seite für Seite vom Server oder mit --offline aus dem lokalen Cache (siehe &apos;sync&apos;). --limit N schreibt nur die ersten N.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="26"/>
        <location filename="../app/cli/UsersCommand.cpp" line="42"/>
        <source>Every page, not only the first.</source>
        <translation>Alle Seiten, nicht nur die erste.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="30"/>
        <source>At most this many users (default: every user).</source>
        <translation>Höchstens so viele Benutzer (Standard: alle Benutzer).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="44"/>
        <location filename="../app/cli/UsersCommand.cpp" line="146"/>
        <source>authdesk-cli: --limit takes a number of users, 1 or more.</source>
        <translation>authdesk-cli: --limit erwartet eine Anzahl von Benutzern, 1 oder mehr.</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="25"/>
        <source>Search text.</source>
        <translation>Suchtext.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="43"/>
        <source>Rows per page.</source>
        <translation>Zeilen pro Seite.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="47"/>
        <source>Server type: %1.</source>
        <translation>Servertyp: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="48"/>
        <source>Username or email to sign in with.</source>
        <translation>Benutzername oder E-Mail für die Anmeldung.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="49"/>
        <source>A non-secret profile setting, key=value.</source>
        <translation>Eine nicht geheime Profileinstellung, key=value.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="45"/>
        <source>Username of the user.</source>
        <translation>Benutzername des Benutzers.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="46"/>
        <source>Email of the user.</source>
        <translation>E-Mail-Adresse des Benutzers.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="47"/>
        <source>First name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="48"/>
        <source>Last name.</source>
        <translation>Nachname.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="49"/>
        <source>A role or scope (repeatable).</source>
        <translation>Eine Rolle oder ein Scope (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="50"/>
        <source>true or false.</source>
        <translation>true oder false.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="29"/>
        <source>Description of an API key.</source>
        <translation>Beschreibung eines API-Schlüssels.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="30"/>
        <source>User id owning the API key.</source>
        <translation>ID des Benutzers, dem der API-Schlüssel gehört.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="146"/>
        <source>Only errors and warnings on stderr.</source>
        <translation>Nur Fehler und Warnungen auf stderr.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="147"/>
        <source>Also tell each step on stderr.</source>
        <translation>Zusätzlich jeden Schritt auf stderr melden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="159"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="160"/>
        <source>&apos;authdesk-cli help COMMAND&apos; or &apos;authdesk-cli COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>&apos;authdesk-cli help COMMAND&apos; oder &apos;authdesk-cli COMMAND --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="167"/>
        <location filename="../app/cli/CliApplication.cpp" line="186"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="180"/>
        <source>Global options, before or after the command: %1 (see authdesk-cli --help).</source>
        <translation>Globale Optionen, vor oder nach dem Befehl: %1 (siehe authdesk-cli --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="225"/>
        <source>See authdesk-cli --help.</source>
        <translation>Siehe authdesk-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="254"/>
        <source>See authdesk-cli help %1.</source>
        <translation>Siehe authdesk-cli help %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="278"/>
        <source>authdesk-cli: passwords are never accepted on the command line (other users can read it); use --password-stdin or answer the prompt.</source>
        <translation>authdesk-cli: Passwörter werden nie auf der Kommandozeile angenommen (andere Benutzer können sie lesen); verwenden Sie --password-stdin oder beantworten Sie die Abfrage.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="284"/>
        <source>authdesk-cli: give either --password-stdin or --secrets-stdin, not both.</source>
        <translation>authdesk-cli: geben Sie entweder --password-stdin oder --secrets-stdin an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="288"/>
        <source>authdesk-cli: give either --quiet or --verbose, not both.</source>
        <translation>authdesk-cli: geben Sie entweder --quiet oder --verbose an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="240"/>
        <source>authdesk-cli: no command given. See authdesk-cli --help.</source>
        <translation>authdesk-cli: kein Befehl angegeben. Siehe authdesk-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="144"/>
        <source>Give up on any one request after this many seconds (default: the profile&apos;s, 60).</source>
        <translation>Jede einzelne Anfrage nach so vielen Sekunden aufgeben (Standard: der Wert des Profils, 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="246"/>
        <location filename="../app/cli/HelpCommand.cpp" line="39"/>
        <source>authdesk-cli: unknown command &apos;%1&apos;. See authdesk-cli --help.</source>
        <translation>authdesk-cli: unbekannter Befehl &apos;%1&apos;. Siehe authdesk-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="77"/>
        <source>authdesk-cli: --format must be table, csv, json or jsonl.</source>
        <translation>authdesk-cli: --format muss table, csv, json oder jsonl sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="138"/>
        <source>Peak memory: %1 KiB.</source>
        <translation>Höchster Speicherbedarf: %1 KiB.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="158"/>
        <source>Signing out of %1.</source>
        <translation>Abmeldung von %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="185"/>
        <source>authdesk-cli: no profile chosen; use --profile NAME (see &apos;profiles list&apos;).</source>
        <translation>authdesk-cli: kein Profil gewählt; verwenden Sie --profile NAME (siehe &apos;profiles list&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="190"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="195"/>
        <source>authdesk-cli: no profile named &apos;%1&apos;.</source>
        <translation>authdesk-cli: kein Profil namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="198"/>
        <source>authdesk-cli: this command needs the server; it is not available with --offline.</source>
        <translation>authdesk-cli: dieser Befehl braucht den Server; mit --offline ist er nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="208"/>
        <source>authdesk-cli: --deadline takes a number of seconds from 1 to 86400.</source>
        <translation>authdesk-cli: --deadline erwartet eine Zahl von Sekunden zwischen 1 und 86400.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="216"/>
        <source>authdesk-cli: unknown server type &apos;%1&apos; in the profile.</source>
        <translation>authdesk-cli: unbekannter Servertyp &apos;%1&apos; im Profil.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="220"/>
        <source>Profile %1: %2 at %3.</source>
        <translation>Profil %1: %2 bei %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="248"/>
        <source>authdesk-cli: the cache of %1 cannot be sorted in this system&apos;s language: %2</source>
        <translation>authdesk-cli: Der Cache von %1 kann nicht in der Sprache dieses Systems sortiert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="249"/>
        <source>authdesk-cli: the cache of %1 cannot be upgraded to this version&apos;s format: %2</source>
        <translation>authdesk-cli: Der Cache von %1 lässt sich nicht auf das Format dieser Version aktualisieren: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="253"/>
        <source>The cache of %1 was sorted again in the order of this system&apos;s language.</source>
        <translation>Der Cache von %1 wurde neu in der Reihenfolge der Sprache dieses Systems sortiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="254"/>
        <source>The cache of %1 was upgraded to this version&apos;s format.</source>
        <translation>Der Cache von %1 wurde auf das Format dieser Version aktualisiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="289"/>
        <source>Signed in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="293"/>
        <source>Signing in to %1 as %2.</source>
        <translation>Anmeldung bei %1 als %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="306"/>
        <source>authdesk-cli: --password-stdin given but stdin has no line.</source>
        <translation>authdesk-cli: --password-stdin angegeben, aber stdin enthält keine Zeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="315"/>
        <source>authdesk-cli: --secrets-stdin: %1</source>
        <translation>authdesk-cli: --secrets-stdin: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="319"/>
        <source>authdesk-cli: --secrets-stdin given but stdin has no NAME=VALUE line.</source>
        <translation>authdesk-cli: --secrets-stdin angegeben, aber stdin enthält keine NAME=VALUE-Zeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="335"/>
        <source>%1 for %2 at %3 (Enter keeps the stored one): </source>
        <translation>%1 für %2 bei %3 (Eingabe behält den gespeicherten Wert): </translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="337"/>
        <source>%1 for %2 at %3: </source>
        <translation>%1 für %2 bei %3: </translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="346"/>
        <source>authdesk-cli: no %1 given.</source>
        <translation>authdesk-cli: kein Wert für %1 angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="348"/>
        <source>authdesk-cli: no %1 for %2 on stdin, none stored and no terminal to ask on; give it with --password-stdin or --secrets-stdin.</source>
        <translation>authdesk-cli: kein Wert für %1 von %2 auf stdin, keiner gespeichert und kein Terminal zum Nachfragen; geben Sie ihn mit --password-stdin oder --secrets-stdin an.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="351"/>
        <source>authdesk-cli: no stored %1 for %2 and no terminal to ask on; run &apos;authdesk-cli login&apos;, or give it with --password-stdin or --secrets-stdin.</source>
        <translation>authdesk-cli: kein gespeicherter Wert für %1 von %2 und kein Terminal zum Nachfragen; führen Sie &apos;authdesk-cli login&apos; aus oder geben Sie ihn mit --password-stdin oder --secrets-stdin an.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="17"/>
        <source>List, add or remove connection profiles.</source>
        <translation>Verbindungsprofile auflisten, hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="31"/>
        <source>A profile names a server: its base URL, its type (%1) and the identity to sign in with. Secrets never go into a profile: &apos;authdesk-cli login&apos; keeps them in the keychain. &apos;profiles remove&apos; deletes the profile&apos;s stored secrets too, and its local cache with --delete-cache. With --discover, --url is the server&apos;s OpenID Connect issuer (a Keycloak realm&apos;s https://HOST/realms/REALM, a Glewlwyd plugin&apos;s .../api/oidc): its discovery document gives the type, the API&apos;s base URL and the realm; --setting values still win.</source>
        <translation>Ein Profil benennt einen Server: seine Basis-URL, seinen Typ (%1) und die Identität für die Anmeldung. Geheimnisse kommen nie in ein Profil: &apos;authdesk-cli login&apos; legt sie im Schlüsselbund ab. &apos;profiles remove&apos; löscht auch die gespeicherten Geheimnisse des Profils und mit --delete-cache seinen lokalen Cache. Mit --discover ist --url der OpenID-Connect-Issuer des Servers (der eines Keycloak-Realms https://HOST/realms/REALM, der eines Glewlwyd-Plugins .../api/oidc): sein Discovery-Dokument liefert Typ, Basis-URL der API und Realm; --setting-Werte haben Vorrang.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="44"/>
        <source>Name of the new profile.</source>
        <translation>Name des neuen Profils.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="45"/>
        <source>Base URL of the server&apos;s API.</source>
        <translation>Basis-URL der API des Servers.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="51"/>
        <source>The profile&apos;s proxy: http://host:port, socks5://host:port or none (direct). Without it, HTTPS_PROXY, ALL_PROXY and NO_PROXY, else the desktop&apos;s settings.</source>
        <translation>Der Proxy des Profils: http://host:port, socks5://host:port oder none (direkt). Ohne ihn gelten HTTPS_PROXY, ALL_PROXY und NO_PROXY, sonst die Einstellungen der Arbeitsumgebung.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="55"/>
        <source>A PEM file of the certificate authorities to trust for this server instead of the system&apos;s.</source>
        <translation>Eine PEM-Datei mit den Zertifizierungsstellen, denen für diesen Server statt denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="57"/>
        <source>remove: also delete the profile&apos;s local cache.</source>
        <translation>remove: auch den lokalen Cache des Profils löschen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="58"/>
        <source>add: fill in the type, base URL and realm from the OpenID Connect discovery document under --url.</source>
        <translation>add: Typ, Basis-URL und Realm aus dem OpenID-Connect-Discovery-Dokument unter --url ausfüllen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="129"/>
        <source>authdesk-cli: the OpenID Connect server at %1 (issuer %2) is not one AuthDesk recognises: give its --url and --dialect instead of --discover.</source>
        <translation>authdesk-cli: Den OpenID-Connect-Server unter %1 (Issuer %2) erkennt AuthDesk nicht: Geben Sie statt --discover seine --url und --dialect an.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="137"/>
        <source>authdesk-cli: discovered %1 at %2</source>
        <translation>authdesk-cli: %1 unter %2 gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="149"/>
        <source>authdesk-cli: profiles add needs --name, a valid --url and --dialect (%1).</source>
        <translation>authdesk-cli: profiles add braucht --name, eine gültige --url und --dialect (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="156"/>
        <source>authdesk-cli: %1 is a secret: it is kept in the keychain by &apos;authdesk-cli login&apos; (from the prompt or --secrets-stdin), never in the profile or on the command line.</source>
        <translation>authdesk-cli: %1 ist ein Geheimnis: Es wird von &apos;authdesk-cli login&apos; im Schlüsselbund abgelegt (aus der Abfrage oder --secrets-stdin), nie im Profil oder auf der Kommandozeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="163"/>
        <source>authdesk-cli: a %1 profile needs --setting %2=VALUE (%3).</source>
        <translation>authdesk-cli: ein %1-Profil braucht --setting %2=VALUE (%3).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="170"/>
        <source>authdesk-cli: --proxy: %1</source>
        <translation>authdesk-cli: --proxy: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="175"/>
        <source>authdesk-cli: --ca-bundle: %1</source>
        <translation>authdesk-cli: --ca-bundle: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="180"/>
        <source>authdesk-cli: a profile named &apos;%1&apos; exists already.</source>
        <translation>authdesk-cli: ein Profil namens &apos;%1&apos; gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="200"/>
        <source>Remove the profile &apos;%1&apos;, its stored secrets and its local cache?</source>
        <translation>Das Profil &apos;%1&apos;, seine gespeicherten Geheimnisse und seinen lokalen Cache entfernen?</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="201"/>
        <source>Remove the profile &apos;%1&apos; and its stored secrets?</source>
        <translation>Das Profil &apos;%1&apos; und seine gespeicherten Geheimnisse entfernen?</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="202"/>
        <source>authdesk-cli: not removed (confirm on a terminal, or pass --yes).</source>
        <translation>authdesk-cli: nicht entfernt (auf einem Terminal bestätigen oder --yes angeben).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="215"/>
        <source>authdesk-cli: the keychain could not be reached; the secrets of &apos;%1&apos; may still be stored there.</source>
        <translation>authdesk-cli: der Schlüsselbund war nicht erreichbar; die Geheimnisse von &apos;%1&apos; sind dort vielleicht noch gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="222"/>
        <source>Removed the profile &apos;%1&apos;.</source>
        <translation>Profil &apos;%1&apos; entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="228"/>
        <source>Removed the profile &apos;%1&apos;, its stored secrets and its local cache.</source>
        <translation>Profil &apos;%1&apos;, seine gespeicherten Geheimnisse und sein lokaler Cache entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="229"/>
        <source>Removed the profile &apos;%1&apos; and its stored secrets; its local cache is kept (--delete-cache removes it).</source>
        <translation>Profil &apos;%1&apos; und seine gespeicherten Geheimnisse entfernt; sein lokaler Cache bleibt erhalten (--delete-cache entfernt ihn).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="89"/>
        <source>authdesk-cli: profiles list | add | remove NAME [--delete-cache]</source>
        <translation>authdesk-cli: profiles list | add | remove NAME [--delete-cache]</translation>
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="9"/>
        <source>Sign in, then keep the secrets it used in the keychain.</source>
        <translation>Anmelden und die dabei verwendeten Geheimnisse im Schlüsselbund ablegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="14"/>
        <source>Signs in to the profile with the secrets from --password-stdin or --secrets-stdin, or asks for each on the terminal (Enter keeps a stored one), and keeps what signed in in the keychain: later commands read it from there and ask nothing. Without a keychain it warns and keeps nothing.</source>
        <translation>Meldet sich beim Profil mit den Geheimnissen aus --password-stdin oder --secrets-stdin an oder fragt jedes auf dem Terminal ab (Eingabe behält ein gespeichertes) und legt die Geheimnisse, mit denen die Anmeldung gelang, im Schlüsselbund ab: Spätere Befehle lesen sie von dort und fragen nicht nach. Ohne Schlüsselbund gibt er eine Warnung aus und speichert nichts.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="37"/>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="48"/>
        <source>The profile does not keep its password: later commands will ask for it.</source>
        <translation>Das Profil speichert sein Passwort nicht: Spätere Befehle fragen danach.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="55"/>
        <source>Stored %1 for %2 in the keychain; later commands will not ask for it.</source>
        <translation>%1 für %2 im Schlüsselbund gespeichert; spätere Befehle fragen nicht mehr danach.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="58"/>
        <source>Nothing was stored: there is no keychain, so later commands will ask again (or take --password-stdin or --secrets-stdin).</source>
        <translation>Nichts gespeichert: Es gibt keinen Schlüsselbund, daher fragen spätere Befehle erneut (oder nehmen --password-stdin oder --secrets-stdin).</translation>
    </message>
    <message>
        <location filename="../app/cli/LogoutCommand.cpp" line="10"/>
        <source>Forget every stored secret of the profile.</source>
        <translation>Alle gespeicherten Geheimnisse des Profils vergessen.</translation>
    </message>
    <message>
        <location filename="../app/cli/LogoutCommand.cpp" line="15"/>
        <source>Removes the profile&apos;s secrets from the keychain; the next command needs them again. No session of authdesk-cli stays open where the server can sign out (every run signs out when it ends); elsewhere it says how the server&apos;s tokens end.</source>
        <translation>Entfernt die Geheimnisse des Profils aus dem Schlüsselbund; der nächste Befehl braucht sie erneut. Wo der Server eine Abmeldung erlaubt, bleibt keine Sitzung von authdesk-cli offen (jeder Aufruf meldet sich am Ende ab); anderswo sagt der Befehl, wie die Tokens des Servers enden.</translation>
    </message>
    <message>
        <location filename="../app/cli/LogoutCommand.cpp" line="32"/>
        <source>authdesk-cli: the keychain could not be reached; the secrets of %1 may still be stored there.</source>
        <translation>authdesk-cli: der Schlüsselbund war nicht erreichbar; die Geheimnisse von %1 sind dort vielleicht noch gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/LogoutCommand.cpp" line="37"/>
        <source>Forgot the stored secrets of %1; the next command needs them again.</source>
        <translation>Die gespeicherten Geheimnisse von %1 wurden vergessen; der nächste Befehl braucht sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/cli/LogoutCommand.cpp" line="42"/>
        <source>No session of authdesk-cli is left open on %1: every run signs out when it ends.</source>
        <translation>Auf %1 bleibt keine Sitzung von authdesk-cli offen: Jeder Aufruf meldet sich am Ende ab.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserListing.cpp" line="34"/>
        <source>No cached user holds the role “%1”.</source>
        <translation>Kein Benutzer im Cache hat die Rolle „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserListing.cpp" line="75"/>
        <source>Read a page at offset %1; users so far: %2.</source>
        <translation>Seite ab Offset %1 gelesen; Benutzer bisher: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/UserListing.cpp" line="80"/>
        <source>%1 of %n user(s)…</source>
        <translation>
            <numerusform>%1 von %n Benutzer…</numerusform>
            <numerusform>%1 von %n Benutzern…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/UserListing.cpp" line="81"/>
        <source>%n user(s)…</source>
        <translation>
            <numerusform>%n Benutzer…</numerusform>
            <numerusform>%n Benutzer…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SessionsCommand.cpp" line="9"/>
        <source>List or revoke a user&apos;s sessions.</source>
        <translation>Die Sitzungen eines Benutzers auflisten oder widerrufen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionsCommand.cpp" line="47"/>
        <source>Revoke the session %1 of user %2?</source>
        <translation>Sitzung %1 von Benutzer %2 widerrufen?</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionsCommand.cpp" line="48"/>
        <source>Revoke every session of user %1?</source>
        <translation>Alle Sitzungen von Benutzer %1 widerrufen?</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="14"/>
        <source>Copy every user into the local cache.</source>
        <translation>Alle Benutzer in den lokalen Cache kopieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="19"/>
        <source>Copies every user of the profile into its local cache, which --offline reads (users list, export). A cancelled or failed sync leaves the previous copy. A sync that would mark more than half of the cached users deleted on the server stops before changing the cache, unless --allow-mass-delete says that is expected.</source>
        <translation>Kopiert alle Benutzer des Profils in seinen lokalen Cache, den --offline liest (users list, export). Eine abgebrochene oder fehlgeschlagene Synchronisierung lässt die vorherige Kopie bestehen. Eine Synchronisierung, die mehr als die Hälfte der zwischengespeicherten Benutzer als auf dem Server gelöscht markieren würde, hält an, bevor sie den Cache ändert, es sei denn, --allow-mass-delete erklärt das für erwartet.</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="28"/>
        <source>Accept a sync that marks more than half of the cached users deleted on the server.</source>
        <translation>Eine Synchronisierung annehmen, die mehr als die Hälfte der zwischengespeicherten Benutzer als auf dem Server gelöscht markiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SyncCommand.cpp" line="47"/>
        <source>authdesk-cli: the server no longer lists %1 of the %n cached user(s); syncing would mark them deleted, so the cache was left as it was. If they really are gone, run &apos;authdesk-cli sync --allow-mass-delete&apos;.</source>
        <translation>
            <numerusform>authdesk-cli: Der Server führt %1 des %n zwischengespeicherten Benutzers nicht mehr; die Synchronisierung würde sie als gelöscht markieren, daher blieb der Cache unverändert. Wenn sie wirklich weg sind, führen Sie &apos;authdesk-cli sync --allow-mass-delete&apos; aus.</numerusform>
            <numerusform>authdesk-cli: Der Server führt %1 der %n zwischengespeicherten Benutzer nicht mehr; die Synchronisierung würde sie als gelöscht markieren, daher blieb der Cache unverändert. Wenn sie wirklich weg sind, führen Sie &apos;authdesk-cli sync --allow-mass-delete&apos; aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SyncCommand.cpp" line="66"/>
        <source>Synced %n user(s) into the cache.</source>
        <translation>
            <numerusform>%n Benutzer in den Cache synchronisiert.</numerusform>
            <numerusform>%n Benutzer in den Cache synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/InsightsCommand.cpp" line="11"/>
        <source>Who is stale, disabled or an admin: figures from the profile&apos;s local cache.</source>
        <translation>Wer veraltet, deaktiviert oder Admin ist: Zahlen aus dem lokalen Cache des Profils.</translation>
    </message>
    <message>
        <location filename="../app/cli/InsightsCommand.cpp" line="21"/>
        <source>Counts the users of the profile&apos;s local cache (see &apos;sync&apos;), online or offline: enabled and disabled, never signed in, no sign-in for 30, 90 and 365 days, admins, disabled users that still hold sessions or API keys, users per role, accounts created per month and the last sign-in distribution. A figure the cache cannot know (the server records no sign-in time, sessions were not synced) has no count and a note saying why.</source>
        <translation>Zählt die Benutzer im lokalen Cache des Profils (siehe &apos;sync&apos;), online oder offline: aktiviert und deaktiviert, nie angemeldet, seit 30, 90 und 365 Tagen nicht angemeldet, Admins, deaktivierte Benutzer, die noch Sitzungen oder API-Schlüssel haben, Benutzer je Rolle, pro Monat angelegte Konten und die Verteilung der letzten Anmeldung. Eine Zahl, die der Cache nicht kennen kann (der Server speichert keine Anmeldezeit, Sitzungen wurden nicht synchronisiert), hat keinen Wert, sondern einen Hinweis auf den Grund.</translation>
    </message>
    <message>
        <location filename="../app/cli/InsightsCommand.cpp" line="32"/>
        <source>Count sign-in ages back from this time (ISO 8601, e.g. 2026-06-30 or 2026-06-30T12:00Z), for a report as of a date; default now.</source>
        <translation>Anmeldealter ab diesem Zeitpunkt zählen (ISO 8601, z. B. 2026-06-30 oder 2026-06-30T12:00Z), für einen Bericht zu einem Stichtag; Standard: jetzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/InsightsCommand.cpp" line="46"/>
        <source>authdesk-cli: --at takes a date or time in ISO 8601 (2026-06-30, 2026-06-30T12:00Z).</source>
        <translation>authdesk-cli: --at erwartet ein Datum oder eine Zeit in ISO 8601 (2026-06-30, 2026-06-30T12:00Z).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="266"/>
        <source>authdesk-cli: no cache for %1 yet; run &apos;authdesk-cli sync&apos; first.</source>
        <translation>authdesk-cli: noch kein Cache für %1; führen Sie zuerst &apos;authdesk-cli sync&apos; aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="13"/>
        <source>List, show, create, change or delete users.</source>
        <translation>Benutzer auflisten, anzeigen, anlegen, ändern oder löschen.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="30"/>
        <source>&apos;list&apos; prints the first page of users (--limit rows), or every page with --all; with --offline it reads the local cache, where --role (any of those given) and --enabled select the users as the Overview&apos;s figures do. &apos;create&apos; asks for the new user&apos;s password on the terminal, or reads it from stdin: the line after the secrets, or the first line with --new-password-stdin once the secrets are stored. &apos;delete&apos; asks first (or takes --yes) and reports a line per user.</source>
        <translation>&apos;list&apos; gibt die erste Seite der Benutzer aus (--limit Zeilen) oder mit --all alle Seiten; mit --offline liest es den lokalen Cache, in dem --role (eine der angegebenen Rollen) und --enabled die Benutzer so auswählen wie die Kennzahlen der Übersicht. &apos;create&apos; fragt das Passwort des neuen Benutzers auf dem Terminal ab oder liest es von stdin: die Zeile nach den Geheimnissen oder, sobald die Geheimnisse gespeichert sind, mit --new-password-stdin die erste Zeile. &apos;delete&apos; fragt zuerst nach (oder nimmt --yes) und meldet eine Zeile pro Benutzer.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="84"/>
        <source>authdesk-cli: users list | get ID | create | update ID | delete ID... | set-roles ID ROLE...</source>
        <translation>authdesk-cli: users list | get ID | create | update ID | delete ID... | set-roles ID ROLE...</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/UsersCommand.cpp" line="94"/>
        <source>Delete %n user(s) on the server? This cannot be undone.</source>
        <translation>
            <numerusform>%n Benutzer auf dem Server löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Benutzer auf dem Server löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="95"/>
        <source>authdesk-cli: nothing deleted (confirm on a terminal, or pass --yes).</source>
        <translation>authdesk-cli: nichts gelöscht (auf einem Terminal bestätigen oder --yes angeben).</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="102"/>
        <source>Password for the new user: </source>
        <translation>Passwort für den neuen Benutzer: </translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="103"/>
        <source>authdesk-cli: the new user&apos;s password comes from a terminal or from stdin (--new-password-stdin, or the line after the secrets on stdin).</source>
        <translation>authdesk-cli: das Passwort des neuen Benutzers kommt von einem Terminal oder von stdin (--new-password-stdin oder die Zeile nach den Geheimnissen auf stdin).</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="121"/>
        <source>authdesk-cli: &apos;users list&apos; does not take --%1.</source>
        <translation>authdesk-cli: &apos;users list&apos; nimmt kein --%1.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="128"/>
        <source>authdesk-cli: --role needs a role&apos;s name.</source>
        <translation>authdesk-cli: --role braucht den Namen einer Rolle.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="153"/>
        <source>At most %1 users come in a page: --limit %2 lists the first %1, --all every page.</source>
        <translation>Eine Seite bringt höchstens %1 Benutzer: --limit %2 listet die ersten %1, --all alle Seiten.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="186"/>
        <source>authdesk-cli: --enabled takes true or false, not “%1”.</source>
        <translation>authdesk-cli: --enabled nimmt true oder false, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="138"/>
        <source>authdesk-cli: --role and --enabled select users from the local cache: add --offline (after &apos;authdesk-cli sync&apos;).</source>
        <translation>authdesk-cli: --role und --enabled wählen Benutzer aus dem lokalen Cache: --offline angeben (nach &apos;authdesk-cli sync&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="210"/>
        <source>authdesk-cli: the new user&apos;s password is missing from stdin (the line after the secrets).</source>
        <translation>authdesk-cli: das Passwort des neuen Benutzers fehlt auf stdin (die Zeile nach den Geheimnissen).</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="269"/>
        <source>deleting</source>
        <translation>lösche</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="269"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="396"/>
        <source>%1: failed — %2</source>
        <translation>%1: fehlgeschlagen — %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionsCommand.cpp" line="40"/>
        <source>authdesk-cli: sessions list USER_ID | revoke USER_ID SESSION_ID | revoke-all USER_ID</source>
        <translation>authdesk-cli: sessions list USER_ID | revoke USER_ID SESSION_ID | revoke-all USER_ID</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="57"/>
        <location filename="../app/cli/SessionsCommand.cpp" line="49"/>
        <source>authdesk-cli: nothing revoked (confirm on a terminal, or pass --yes).</source>
        <translation>authdesk-cli: nichts widerrufen (auf einem Terminal bestätigen oder --yes angeben).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionsCommand.cpp" line="78"/>
        <source>Session %1 revoked.</source>
        <translation>Sitzung %1 widerrufen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionsCommand.cpp" line="85"/>
        <source>Every session of %1 revoked.</source>
        <translation>Alle Sitzungen von %1 widerrufen.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="9"/>
        <source>List, issue or revoke API keys.</source>
        <translation>API-Schlüssel auflisten, ausstellen oder widerrufen.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="21"/>
        <source>&apos;create&apos; prints the new key once on stdout, and nothing else there; it cannot be shown again.</source>
        <translation>&apos;create&apos; gibt den neuen Schlüssel einmal auf stdout aus und sonst nichts dort; er kann nicht noch einmal angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="28"/>
        <source>Name of the new API key.</source>
        <translation>Name des neuen API-Schlüssels.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="47"/>
        <source>authdesk-cli: keys list | create --name N | revoke KEY_ID</source>
        <translation>authdesk-cli: keys list | create --name N | revoke KEY_ID</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="51"/>
        <source>authdesk-cli: keys create needs --name.</source>
        <translation>authdesk-cli: keys create braucht --name.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="56"/>
        <source>Revoke the API key %1?</source>
        <translation>API-Schlüssel %1 widerrufen?</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="110"/>
        <source>API key %1 (id %2) issued; it will not be shown again.</source>
        <translation>API-Schlüssel %1 (ID %2) ausgestellt; er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="123"/>
        <source>API key %1 revoked.</source>
        <translation>API-Schlüssel %1 widerrufen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="70"/>
        <source>authdesk-cli: sync cancelled; the cache is unchanged.</source>
        <translation>authdesk-cli: Synchronisierung abgebrochen; der Cache ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="9"/>
        <source>The local audit log (only that profile&apos;s with --profile).</source>
        <translation>Das lokale Prüfprotokoll (mit --profile nur das dieses Profils).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="26"/>
        <source>authdesk-cli: the audit log cannot be opened.</source>
        <translation>authdesk-cli: das Prüfprotokoll lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompleteCommand.cpp" line="45"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CompleteCommand.cpp" line="100"/>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpCommand.cpp" line="8"/>
        <source>Show the help of a command, or this list.</source>
        <translation>Die Hilfe eines Befehls oder diese Liste anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="17"/>
        <source>%1 — users: %2, kept: %3, disabled: %4, role removed: %5, deleted: %6, asked: %7, open: %8.</source>
        <translation>%1 — Benutzer: %2, behalten: %3, deaktiviert: %4, Rolle entzogen: %5, gelöscht: %6, nachgefragt: %7, offen: %8.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="72"/>
        <source>Name of the new review.</source>
        <translation>Name der neuen Prüfung.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="73"/>
        <source>Who reviews (start) or who decides (decide).</source>
        <translation>Wer prüft (start) oder wer entscheidet (decide).</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="74"/>
        <source>Due date of the new review, YYYY-MM-DD.</source>
        <translation>Fälligkeitsdatum der neuen Prüfung, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="75"/>
        <source>start: only users with this role; decide: the role to remove.</source>
        <translation>start: nur Benutzer mit dieser Rolle; decide: die zu entziehende Rolle.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="77"/>
        <source>start: only the cached users this search finds.</source>
        <translation>start: nur die zwischengespeicherten Benutzer, die diese Suche findet.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="78"/>
        <source>Why: the decision&apos;s comment, or the question of &apos;ask&apos;.</source>
        <translation>Warum: der Kommentar der Entscheidung oder die Frage von &apos;ask&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="33"/>
        <source>Access reviews from the local cache: start, decide per user, import, report, apply.</source>
        <translation>Zugriffsprüfungen aus dem lokalen Cache: beginnen, je Benutzer entscheiden, importieren, berichten, anwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="55"/>
        <source>A review is a snapshot of the profile&apos;s cached users (see &apos;sync&apos;), all of them, one role&apos;s (--role) or a search&apos;s (--search), taken offline. Decide per user: keep, disable, remove-role (with --role), delete, or ask (with --comment: the question). Each decision records who (--reviewer, else the review&apos;s reviewer), when and why (--comment), and is saved at once. &apos;import&apos; reads a CSV with the report&apos;s columns (user_id and decision at least; rows without a decision are skipped): every row is checked first, and the first bad one refuses the file with its line and reason, changing nothing. REVIEW is the review&apos;s name or id. &apos;report&apos; prints every user with the decision; the totals go to stderr. &apos;apply&apos; signs in and makes the decisions that change the server (disable, remove-role, delete) not applied yet, after a preview and a confirmation (or --yes); a user whose cached copy changed since the snapshot (sync first to know) is skipped unless --include-changed. Each change is in the audit log with the review&apos;s name; the review is closed once every user is decided and applied.</source>
        <translation>Eine Prüfung ist eine Momentaufnahme der zwischengespeicherten Benutzer des Profils (siehe &apos;sync&apos;), aller, einer Rolle (--role) oder einer Suche (--search), offline aufgenommen. Je Benutzer entscheiden: keep, disable, remove-role (mit --role), delete oder ask (mit --comment: die Frage). Jede Entscheidung hält fest, wer (--reviewer, sonst der Prüfer der Prüfung), wann und warum (--comment), und wird sofort gespeichert. &apos;import&apos; liest eine CSV-Datei mit den Spalten des Berichts (mindestens user_id und decision; Zeilen ohne Entscheidung werden übersprungen): Jede Zeile wird zuerst geprüft, und die erste fehlerhafte weist die Datei mit Zeile und Grund ab, ohne etwas zu ändern. REVIEW ist der Name oder die ID der Prüfung. &apos;report&apos; gibt jeden Benutzer mit der Entscheidung aus; die Summen gehen nach stderr. &apos;apply&apos; meldet sich an und führt die Entscheidungen, die den Server ändern (disable, remove-role, delete) und noch nicht angewendet sind, nach einer Vorschau und einer Bestätigung (oder --yes) aus; ein Benutzer, dessen zwischengespeicherte Kopie sich seit der Momentaufnahme geändert hat (vorher synchronisieren, um es zu wissen), wird ohne --include-changed übersprungen. Jede Änderung steht mit dem Namen der Prüfung im Audit-Protokoll; die Prüfung ist abgeschlossen, sobald jeder Benutzer entschieden und angewendet ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="81"/>
        <source>apply: also change users whose copy changed since the snapshot.</source>
        <translation>apply: auch Benutzer ändern, deren Kopie sich seit der Momentaufnahme geändert hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="90"/>
        <source>authdesk-cli: review start | list | decide REVIEW USER_ID DECISION | import REVIEW FILE | report REVIEW | apply REVIEW</source>
        <translation>authdesk-cli: review start | list | decide PRÜFUNG BENUTZER_ID ENTSCHEIDUNG | import PRÜFUNG DATEI | report PRÜFUNG | apply PRÜFUNG</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="99"/>
        <source>authdesk-cli: %1</source>
        <translation>authdesk-cli: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="126"/>
        <source>authdesk-cli: --due takes a date as YYYY-MM-DD.</source>
        <translation>authdesk-cli: --due erwartet ein Datum als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="131"/>
        <source>authdesk-cli: review start needs --name and --reviewer.</source>
        <translation>authdesk-cli: review start braucht --name und --reviewer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ReviewCommand.cpp" line="153"/>
        <source>Review “%1” started: %n user(s) to decide, from the cache as of %2.</source>
        <translation>
            <numerusform>Prüfung „%1“ gestartet: %n Benutzer zu entscheiden, aus dem Cache vom %2.</numerusform>
            <numerusform>Prüfung „%1“ gestartet: %n Benutzer zu entscheiden, aus dem Cache vom %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="189"/>
        <source>authdesk-cli: review decide REVIEW USER_ID %1</source>
        <translation>authdesk-cli: review decide REVIEW USER_ID %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="193"/>
        <location filename="../app/cli/ReviewCommand.cpp" line="219"/>
        <location filename="../app/cli/ReviewCommand.cpp" line="288"/>
        <location filename="../app/cli/ReviewCommand.cpp" line="319"/>
        <source>authdesk-cli: this profile has no review “%1”.</source>
        <translation>authdesk-cli: dieses Profil hat keine Prüfung „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="214"/>
        <source>authdesk-cli: review import REVIEW FILE.csv</source>
        <translation>authdesk-cli: review import REVIEW DATEI.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="225"/>
        <source>authdesk-cli: %1 cannot be read: %2</source>
        <translation>authdesk-cli: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="229"/>
        <source>authdesk-cli: %1: %2 Nothing was changed.</source>
        <translation>authdesk-cli: %1: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="235"/>
        <source>authdesk-cli: %1 has no “%2” column. Nothing was changed.</source>
        <translation>authdesk-cli: %1 hat keine Spalte „%2“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="247"/>
        <source>authdesk-cli: %1, line %2: “%3” is not a decision (%4). Nothing was changed.</source>
        <translation>authdesk-cli: %1, Zeile %2: „%3“ ist keine Entscheidung (%4). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="268"/>
        <source>authdesk-cli: %1, line %2: %3 Nothing was changed.</source>
        <translation>authdesk-cli: %1, Zeile %2: %3 Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ReviewCommand.cpp" line="279"/>
        <source>%n decision(s) imported.</source>
        <translation>
            <numerusform>%n Entscheidung importiert.</numerusform>
            <numerusform>%n Entscheidungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="306"/>
        <source>Made offline from the cache as of %1.</source>
        <translation>Offline erstellt aus dem Cache vom %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="314"/>
        <source>authdesk-cli: review apply REVIEW [--include-changed] [--yes]</source>
        <translation>authdesk-cli: review apply PRÜFUNG [--include-changed] [--yes]</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ReviewCommand.cpp" line="345"/>
        <source>%n user(s) changed since the snapshot: check them, then apply again with --include-changed.</source>
        <translation>
            <numerusform>%n Benutzer hat sich seit der Momentaufnahme geändert: prüfen, dann erneut mit --include-changed anwenden.</numerusform>
            <numerusform>%n Benutzer haben sich seit der Momentaufnahme geändert: prüfen, dann erneut mit --include-changed anwenden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="349"/>
        <source>Nothing to change on the server now.</source>
        <translation>Auf dem Server ist jetzt nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="354"/>
        <source>authdesk-cli: nothing applied (confirm on a terminal, or pass --yes).</source>
        <translation>authdesk-cli: nichts angewendet (im Terminal bestätigen oder --yes angeben).</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="357"/>
        <source>applying</source>
        <translation>wende an</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../models/remote/Connection.cpp" line="139"/>
        <location filename="../models/remote/Connection.cpp" line="162"/>
        <source>This server&apos;s sign-in is not supported.</source>
        <translation>Die Anmeldung dieses Servers wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="315"/>
        <source>The server no longer accepts this session. Sign in again to continue.</source>
        <translation>Der Server akzeptiert diese Sitzung nicht mehr. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="329"/>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="354"/>
        <source>AuthDesk is working offline; this needs the server.</source>
        <translation>AuthDesk arbeitet offline; dafür ist der Server nötig.</translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="344"/>
        <source>This server cannot do this for this item or with these options.</source>
        <translation>Dieser Server kann das für dieses Element oder mit diesen Optionen nicht.</translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="464"/>
        <source>No stored %1 for this profile: enter it to sign in.</source>
        <translation>Für dieses Profil ist kein Wert für „%1“ gespeichert: Geben Sie ihn zur Anmeldung ein.</translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="532"/>
        <source>Cancelled: not signed in.</source>
        <translation>Abgebrochen: nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/export/CsvReader.cpp" line="77"/>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <location filename="../models/export/CsvReader.cpp" line="83"/>
        <source>The file is empty: it has no header row.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../models/export/CsvReader.cpp" line="91"/>
        <source>Line %1: %2 fields, but the header names %3.</source>
        <translation>Zeile %1: %2 Felder, aber die Kopfzeile nennt %3.</translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <location filename="../models/remote/Dialect.cpp" line="208"/>
        <source>The server publishes no token introspection endpoint on its own address.</source>
        <translation>Der Server veröffentlicht unter seiner eigenen Adresse keinen Endpunkt zur Token-Prüfung (Introspection).</translation>
    </message>
    <message>
        <location filename="../models/remote/Dialect.cpp" line="223"/>
        <source>The server publishes no token revocation endpoint on its own address.</source>
        <translation>Der Server veröffentlicht unter seiner eigenen Adresse keinen Endpunkt zum Widerrufen von Tokens.</translation>
    </message>
    <message>
        <location filename="../models/remote/Dialect.cpp" line="283"/>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="205"/>
        <source>Saved, but reading the user back failed: %1</source>
        <translation>Gespeichert, aber das erneute Lesen des Benutzers ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DisableDialog</name>
    <message>
        <location filename="../views/users/DisableDialog.cpp" line="15"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../views/users/DisableDialog.cpp" line="24"/>
        <source>Optional, e.g. left the company</source>
        <translation>Optional, z. B. hat das Unternehmen verlassen</translation>
    </message>
    <message>
        <location filename="../views/users/DisableDialog.cpp" line="26"/>
        <source>Recorded on the server with the disabled account</source>
        <translation>Wird auf dem Server zum deaktivierten Konto gespeichert</translation>
    </message>
    <message>
        <location filename="../views/users/DisableDialog.cpp" line="37"/>
        <source>The server enables the account again at this time; unchecked, it stays disabled until enabled here</source>
        <translation>Der Server aktiviert das Konto zu diesem Zeitpunkt wieder; ohne Häkchen bleibt es deaktiviert, bis es hier aktiviert wird</translation>
    </message>
    <message>
        <location filename="../views/users/DisableDialog.cpp" line="48"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../views/users/DisableDialog.cpp" line="51"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../views/users/DisableDialog.cpp" line="62"/>
        <source>The end of the disable must be in the future.</source>
        <translation>Das Ende der Deaktivierung muss in der Zukunft liegen.</translation>
    </message>
</context>
<context>
    <name>EnvironmentProxyFactory</name>
    <message>
        <location filename="../models/remote/EnvironmentProxyFactory.cpp" line="151"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ErrorMapping</name>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="110"/>
        <source>Subject: %1
Issuer: %2
Valid: %3 to %4
SHA-256: %5</source>
        <translation>Inhaber: %1
Aussteller: %2
Gültig: %3 bis %4
SHA-256: %5</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="73"/>
        <source>Wrong username or password.</source>
        <translation>Benutzername oder Passwort falsch.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="75"/>
        <source>This account is disabled.</source>
        <translation>Dieses Konto ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="77"/>
        <source>The session has expired or was revoked; sign in again.</source>
        <translation>Die Sitzung ist abgelaufen oder wurde widerrufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="79"/>
        <source>The server refused the API key or token: it is wrong, expired or revoked.</source>
        <translation>Der Server hat den API-Schlüssel bzw. das Token abgelehnt: falsch, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="82"/>
        <source>A user with this username already exists.</source>
        <translation>Es gibt bereits einen Benutzer mit diesem Benutzernamen.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="84"/>
        <source>A user with this email already exists.</source>
        <translation>Es gibt bereits einen Benutzer mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="86"/>
        <source>This already exists on the server.</source>
        <translation>Das gibt es auf dem Server bereits.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="88"/>
        <source>The server has no such endpoint: check the profile&apos;s base URL.</source>
        <translation>Der Server hat keinen solchen Endpunkt: Prüfen Sie die Basis-URL des Profils.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="90"/>
        <source>The user changed on the server since it was loaded; reload it and edit again.</source>
        <translation>Der Benutzer wurde seit dem Laden auf dem Server geändert; laden Sie ihn neu und bearbeiten Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="197"/>
        <source>The server has no sign-in at %1: check the profile&apos;s base URL.</source>
        <translation>Der Server hat unter %1 keine Anmeldung: Prüfen Sie die Basis-URL des Profils.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="201"/>
        <source>The server refused the sign-in at %1 without saying why: check the credentials, and that this is the server&apos;s base URL.</source>
        <translation>Der Server hat die Anmeldung unter %1 ohne Begründung abgelehnt: Prüfen Sie die Anmeldedaten und ob dies die Basis-URL des Servers ist.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="204"/>
        <source>The server refused the sign-in at %1 (“%2”): check the credentials, and that this is the server&apos;s base URL.</source>
        <translation>Der Server hat die Anmeldung unter %1 abgelehnt („%2“): Prüfen Sie die Anmeldedaten und ob dies die Basis-URL des Servers ist.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="218"/>
        <source>Not allowed: this needs an admin account.</source>
        <translation>Nicht erlaubt: Dafür ist ein Administratorkonto nötig.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="219"/>
        <source>Not allowed: %1.</source>
        <translation>Nicht erlaubt: %1.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="221"/>
        <source>Not found on the server: it may have been deleted meanwhile.</source>
        <translation>Auf dem Server nicht gefunden: Es wurde vielleicht inzwischen gelöscht.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="223"/>
        <source>The server refused the change as conflicting; reload and try again.</source>
        <translation>Der Server hat die Änderung wegen eines Konflikts abgelehnt; laden Sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="224"/>
        <source>The server refused the change as conflicting: %1.</source>
        <translation>Der Server hat die Änderung wegen eines Konflikts abgelehnt: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/ErrorMapping.cpp" line="226"/>
        <source>The server is rate-limiting requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Der Server begrenzt die Anfragerate; versuchen Sie es in %n Sekunde noch einmal.</numerusform>
            <numerusform>Der Server begrenzt die Anfragerate; versuchen Sie es in %n Sekunden noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="228"/>
        <source>The server is rate-limiting requests; try again in a moment.</source>
        <translation>Der Server begrenzt die Anfragerate; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="233"/>
        <source>The request is too large for the server.</source>
        <translation>Die Anfrage ist zu groß für den Server.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="235"/>
        <source>The server refused the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="236"/>
        <source>The server refused the request as invalid: %1.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt: %1.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="237"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="238"/>
        <source>The server refused the request: %1.</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/ErrorMapping.cpp" line="241"/>
        <source>The server is unavailable for now; try again in %n second(s).</source>
        <translation>
            <numerusform>Der Server ist gerade nicht verfügbar; versuchen Sie es in %n Sekunde noch einmal.</numerusform>
            <numerusform>Der Server ist gerade nicht verfügbar; versuchen Sie es in %n Sekunden noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="243"/>
        <source>The server is unavailable for now; try again in a moment.</source>
        <translation>Der Server ist gerade nicht verfügbar; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="245"/>
        <source>The server failed (HTTP %1); try again later.</source>
        <translation>Serverfehler (HTTP %1); versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="250"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="255"/>
        <source>This server does not offer this operation.</source>
        <translation>Dieser Server bietet diese Operation nicht an.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="260"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="267"/>
        <source>The server redirected to another host (%1); AuthDesk does not follow it with your credentials.</source>
        <translation>Der Server hat auf einen anderen Host umgeleitet (%1); AuthDesk folgt dem nicht mit Ihren Anmeldedaten.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="284"/>
        <source>The server&apos;s certificate changed since it was trusted for this profile: it may have been renewed, or someone may be intercepting the connection. Compare its fingerprint with the server&apos;s administrator before trusting it (%1).</source>
        <translation>Das Zertifikat des Servers hat sich geändert, seit ihm für dieses Profil vertraut wurde: Es wurde vielleicht erneuert, oder jemand fängt die Verbindung ab. Vergleichen Sie seinen Fingerabdruck mit dem Administrator des Servers, bevor Sie ihm vertrauen (%1).</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="288"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="300"/>
        <source>The server&apos;s answer is too large (over %1); AuthDesk refused it.</source>
        <translation>Die Antwort des Servers ist zu groß (über %1); AuthDesk hat sie abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/ErrorMapping.cpp" line="307"/>
        <source>The server took longer than %n s to answer.</source>
        <translation>
            <numerusform>Der Server hat länger als %n s nicht geantwortet.</numerusform>
            <numerusform>Der Server hat länger als %n s nicht geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/ErrorMapping.cpp" line="313"/>
        <source>The server&apos;s answer was still not complete after %n s; AuthDesk gave up waiting for it.</source>
        <translation>
            <numerusform>Die Antwort des Servers war nach %n s noch nicht vollständig; AuthDesk hat das Warten aufgegeben.</numerusform>
            <numerusform>Die Antwort des Servers war nach %n s noch nicht vollständig; AuthDesk hat das Warten aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="321"/>
        <source>The id “%1” cannot be sent to the server: in an address it would name another resource than the one meant. Nothing was sent.</source>
        <translation>Die ID „%1“ kann nicht an den Server gesendet werden: In einer Adresse würde sie eine andere Ressource als die gemeinte bezeichnen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="328"/>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="334"/>
        <source>The connection closed before the server answered; AuthDesk did not send the change again. Check whether it was made before trying again.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server antwortete; AuthDesk hat die Änderung nicht erneut gesendet. Prüfen Sie, ob sie ausgeführt wurde, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="341"/>
        <source>The server closed the connection before answering completely.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="347"/>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="352"/>
        <source>The connection to the server failed: %1</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="358"/>
        <source>The proxy cannot be used, so nothing was sent: %1</source>
        <translation>Der Proxy kann nicht verwendet werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="365"/>
        <source>%1 Nothing was sent: fix the profile&apos;s CA bundle or clear it to trust the system&apos;s certificate authorities.</source>
        <translation>%1 Es wurde nichts gesendet: Korrigieren Sie das CA-Bundle des Profils oder leeren Sie es, um den Zertifizierungsstellen des Systems zu vertrauen.</translation>
    </message>
</context>
<context>
    <name>GatekeeperDialect</name>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="30"/>
        <source>SONATA Gatekeeper</source>
        <translation>SONATA Gatekeeper</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="44"/>
        <source>Gatekeeper lists users in its own order; AuthDesk sorts the loaded rows.</source>
        <translation>Gatekeeper listet Benutzer in eigener Reihenfolge auf; AuthDesk sortiert die geladenen Zeilen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="45"/>
        <source>Gatekeeper identifies clients by certificates and public keys, not API keys.</source>
        <translation>Gatekeeper erkennt Clients an Zertifikaten und öffentlichen Schlüsseln, nicht an API-Schlüsseln.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="49"/>
        <source>Gatekeeper does not advertise per-user actions.</source>
        <translation>Gatekeeper meldet keine Aktionen pro Benutzer.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="56"/>
        <source>Sees and manages every user</source>
        <translation>Sieht und verwaltet alle Benutzer</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="57"/>
        <source>Publishes network services</source>
        <translation>Veröffentlicht Netzwerkdienste</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="58"/>
        <source>Instantiates network services</source>
        <translation>Instanziiert Netzwerkdienste</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="66"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="69"/>
        <source>User type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="71"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="73"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="76"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="77"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="78"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>GeminiDialect</name>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="43"/>
        <source>Gemini (Make Music Day)</source>
        <translation>Gemini (Make Music Day)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="56"/>
        <source>Gemini lists users in its own order; AuthDesk sorts the loaded rows.</source>
        <translation>Gemini listet Benutzer in eigener Reihenfolge auf; AuthDesk sortiert die geladenen Zeilen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="58"/>
        <source>Gemini lists sessions per user only: open a user to see theirs.</source>
        <translation>Gemini listet Sitzungen nur pro Benutzer auf: Öffnen Sie einen Benutzer, um seine zu sehen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="60"/>
        <source>Gemini issues no refresh tokens; AuthDesk signs in again with the stored password.</source>
        <translation>Gemini stellt keine Refresh-Tokens aus; AuthDesk meldet sich mit dem gespeicherten Passwort erneut an.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="61"/>
        <source>Gemini authenticates API clients with client credentials, not API keys.</source>
        <translation>Gemini authentifiziert API-Clients mit Client-Zugangsdaten, nicht mit API-Schlüsseln.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="70"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="71"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="82"/>
        <source>Granted by the server to administrators; it can never be requested or assigned.</source>
        <translation>Vom Server an Administratoren vergeben; kann nie beantragt oder zugewiesen werden.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="84"/>
        <source>View artist and venue profiles (every token needs it)</source>
        <translation>Künstler- und Veranstaltungsortprofile ansehen (jedes Token braucht das)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="85"/>
        <source>Create, update and delete an artist profile</source>
        <translation>Ein Künstlerprofil anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="86"/>
        <source>Create, update and delete a venue profile</source>
        <translation>Ein Veranstaltungsortprofil anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="87"/>
        <source>Administrator of a city</source>
        <translation>Administrator einer Stadt</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="88"/>
        <source>Administrator of the whole system</source>
        <translation>Administrator des gesamten Systems</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="94"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="96"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="97"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="98"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="99"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="326"/>
        <source>The client ID or client secret is wrong: check the profile&apos;s Gemini client credentials.</source>
        <translation>Client-ID oder Client-Secret ist falsch: Prüfen Sie die Gemini-Client-Zugangsdaten des Profils.</translation>
    </message>
</context>
<context>
    <name>GlewlwydDialect</name>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="162"/>
        <source>Glewlwyd 2.7</source>
        <translation>Glewlwyd 2.7</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="190"/>
        <source>Glewlwyd lists users in its own order; AuthDesk sorts the loaded rows.</source>
        <translation>Glewlwyd listet Benutzer in eigener Reihenfolge auf; AuthDesk sortiert die geladenen Zeilen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="193"/>
        <source>Glewlwyd does not say how many users match; AuthDesk loads pages until one comes back short.</source>
        <translation>Glewlwyd gibt nicht an, wie viele Benutzer passen; AuthDesk lädt Seiten, bis eine unvollständig zurückkommt.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="195"/>
        <source>Glewlwyd lists sessions per user only: open a user to see theirs.</source>
        <translation>Glewlwyd listet Sitzungen nur pro Benutzer auf: Öffnen Sie einen Benutzer, um seine zu sehen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="197"/>
        <source>Glewlwyd sessions have no refresh token; AuthDesk types the stored password again when the admin scope asks for it.</source>
        <translation>Glewlwyd-Sitzungen haben kein Refresh-Token; AuthDesk gibt das gespeicherte Passwort erneut ein, wenn der Admin-Scope danach fragt.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="199"/>
        <source>Glewlwyd does not advertise per-user actions.</source>
        <translation>Glewlwyd meldet keine Aktionen pro Benutzer.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="202"/>
        <source>The console holds a Glewlwyd session cookie or API key, not an OAuth token: there is nothing for the OpenID Connect endpoints to check or revoke.</source>
        <translation>Die Konsole hält ein Glewlwyd-Sitzungscookie oder einen API-Schlüssel, kein OAuth-Token: Die OpenID-Connect-Endpunkte haben nichts zu prüfen oder zu widerrufen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="208"/>
        <source>Glewlwyd manages sessions only for an administrator signed in with a password, not with an API key.</source>
        <translation>Glewlwyd verwaltet Sitzungen nur für Administratoren, die mit Passwort angemeldet sind, nicht mit API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="213"/>
        <source>Glewlwyd lets only an administrator signed in with a password list, issue or disable API keys, not another API key.</source>
        <translation>Bei Glewlwyd kann nur ein mit Passwort angemeldeter Administrator API-Schlüssel auflisten, ausstellen oder deaktivieren, nicht ein anderer API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="217"/>
        <source>An API key has no session to end: disable the key to stop it.</source>
        <translation>Ein API-Schlüssel hat keine Sitzung, die man beenden könnte: Deaktivieren Sie den Schlüssel, um ihn zu stoppen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="243"/>
        <source>Sign in with (password or api_key)</source>
        <translation>Anmelden mit (password oder api_key)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="245"/>
        <source>Admin API key, instead of a password</source>
        <translation>Admin-API-Schlüssel statt eines Passworts</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="258"/>
        <source>Glewlwyd administration: access to the admin API</source>
        <translation>Glewlwyd-Administration: Zugriff auf die Admin-API</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="259"/>
        <source>Glewlwyd profile: access to the user&apos;s own profile</source>
        <translation>Glewlwyd-Profil: Zugriff auf das eigene Profil des Benutzers</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="265"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="267"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="268"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="269"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="270"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="307"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="529"/>
        <source>Issued from %1 (%2)</source>
        <translation>Ausgestellt von %1 aus (%2)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="596"/>
        <source>Glewlwyd refused the sign-in: wrong username or password, a disabled account, or an API key that is disabled or not accepted.</source>
        <translation>Glewlwyd hat die Anmeldung abgelehnt: falscher Benutzername oder falsches Passwort, ein deaktiviertes Konto oder ein deaktivierter oder nicht akzeptierter API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="601"/>
        <source>Glewlwyd&apos;s configuration turns this feature off; for API keys, set admin_session_authentication=&quot;cookie,api_key&quot; in glewlwyd.conf.</source>
        <translation>Die Konfiguration von Glewlwyd schaltet diese Funktion ab; für API-Schlüssel setzen Sie admin_session_authentication=&quot;cookie,api_key&quot; in glewlwyd.conf.</translation>
    </message>
</context>
<context>
    <name>InsightsReader</name>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="24"/>
        <source>7 days or less</source>
        <translation>7 Tage oder weniger</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="25"/>
        <source>8–30 days</source>
        <translation>8–30 Tage</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="26"/>
        <source>31–90 days</source>
        <translation>31–90 Tage</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="27"/>
        <source>91–365 days</source>
        <translation>91–365 Tage</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="28"/>
        <source>Over a year</source>
        <translation>Über ein Jahr</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="72"/>
        <source>The cache is closed.</source>
        <translation>Der Cache ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="90"/>
        <source>The cache could not be read: %1</source>
        <translation>Der Cache konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="127"/>
        <source>This server gave no user a sign-in time.</source>
        <translation>Dieser Server hat für keinen Benutzer eine Anmeldezeit geliefert.</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="133"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="134"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="135"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="139"/>
        <location filename="../models/insights/InsightsReader.cpp" line="141"/>
        <source>Never signed in</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="142"/>
        <source>No sign-in for 30 days</source>
        <translation>Seit 30 Tagen nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="142"/>
        <source>No sign-in for 90 days</source>
        <translation>Seit 90 Tagen nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="143"/>
        <source>No sign-in for 365 days</source>
        <translation>Seit 365 Tagen nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="159"/>
        <location filename="../models/insights/InsightsReader.cpp" line="165"/>
        <source>Admins</source>
        <translation>Admins</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="160"/>
        <source>This server names no administrator role.</source>
        <translation>Dieser Server nennt keine Administratorrolle.</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="173"/>
        <source>Disabled, still holding sessions or keys</source>
        <translation>Deaktiviert, noch mit Sitzungen oder Schlüsseln</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="176"/>
        <source>The cache holds no list of every session on this server.</source>
        <translation>Der Cache enthält keine Liste aller Sitzungen dieses Servers.</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="229"/>
        <source>Before %1</source>
        <translation>Vor %1</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="258"/>
        <location filename="../models/insights/InsightsReader.cpp" line="259"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>IssueKeyDialog</name>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="18"/>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="24"/>
        <source>Issue an API key</source>
        <translation>API-Schlüssel ausstellen</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="26"/>
        <source>What the key is for, e.g. deploy-bot</source>
        <translation>Wofür der Schlüssel ist, z. B. deploy-bot</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="37"/>
        <source>Without an expiry the key works until it is revoked</source>
        <translation>Ohne Ablaufdatum funktioniert der Schlüssel, bis er widerrufen wird</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="53"/>
        <source>None checked: the key has every right of its owner</source>
        <translation>Nichts angehakt: Der Schlüssel hat alle Rechte seines Besitzers</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="64"/>
        <source>Issue key</source>
        <translation>Ausstellen</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="66"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="67"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="70"/>
        <source>Limit to scopes</source>
        <translation>Auf Scopes beschränken</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="76"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="87"/>
        <source>Give the key a name, so it can be recognised and revoked later.</source>
        <translation>Geben Sie dem Schlüssel einen Namen, damit er später erkannt und widerrufen werden kann.</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="93"/>
        <source>The expiry must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
</context>
<context>
    <name>IssuedKeyDialog</name>
    <message>
        <location filename="../views/keys/IssuedKeyDialog.cpp" line="20"/>
        <source>API key issued</source>
        <translation>API-Schlüssel ausgestellt</translation>
    </message>
    <message>
        <location filename="../views/keys/IssuedKeyDialog.cpp" line="22"/>
        <source>&lt;b&gt;Copy the key “%1” now.&lt;/b&gt; It is shown only this once: AuthDesk does not store it and the server will never show it again.</source>
        <translation>&lt;b&gt;Kopieren Sie den Schlüssel „%1“ jetzt.&lt;/b&gt; Er wird nur dieses eine Mal angezeigt: AuthDesk speichert ihn nicht, und der Server zeigt ihn nie wieder an.</translation>
    </message>
    <message>
        <location filename="../views/keys/IssuedKeyDialog.cpp" line="32"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/keys/IssuedKeyDialog.cpp" line="36"/>
        <source>The clipboard is cleared after %n second(s) if it still holds the key.</source>
        <translation>
            <numerusform>Die Zwischenablage wird nach %n Sekunde geleert, wenn sie den Schlüssel noch enthält.</numerusform>
            <numerusform>Die Zwischenablage wird nach %n Sekunden geleert, wenn sie den Schlüssel noch enthält.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../models/remote/dialects/JsonReader.cpp" line="12"/>
        <source>The server sent an answer AuthDesk cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die AuthDesk nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>KeycloakDialect</name>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="143"/>
        <source>The roles every new user of the realm gets</source>
        <translation>Die Rollen, die jeder neue Benutzer des Realms erhält</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="151"/>
        <source>A composite role grants other roles; AuthDesk shows it but leaves its mapping to Keycloak&apos;s admin console.</source>
        <translation>Eine zusammengesetzte Rolle gewährt andere Rollen; AuthDesk zeigt sie an, überlässt ihre Zuordnung aber der Admin-Konsole von Keycloak.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="161"/>
        <source>not a valid email address</source>
        <translation>keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="162"/>
        <source>not an allowed value</source>
        <translation>kein erlaubter Wert</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="164"/>
        <source>too short or too long</source>
        <translation>zu kurz oder zu lang</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="165"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="167"/>
        <source>read-only in this realm</source>
        <translation>in diesem Realm schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="169"/>
        <source>not in the required form</source>
        <translation>nicht im erforderlichen Format</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="171"/>
        <source>contains a character Keycloak does not allow</source>
        <translation>enthält ein Zeichen, das Keycloak nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="224"/>
        <source>Keycloak 26</source>
        <translation>Keycloak 26</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="260"/>
        <source>Keycloak lists users by username only; AuthDesk sorts the loaded rows.</source>
        <translation>Keycloak listet Benutzer nur nach Benutzernamen auf; AuthDesk sortiert die geladenen Zeilen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="262"/>
        <source>Keycloak lists sessions per user or per client, not for the whole realm: open a user to see theirs.</source>
        <translation>Keycloak listet Sitzungen pro Benutzer oder pro Client auf, nicht für den ganzen Realm: Öffnen Sie einen Benutzer, um seine zu sehen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="268"/>
        <source>Keycloak&apos;s client secrets do not expire by themselves; revoke the key when it is no longer needed.</source>
        <translation>Die Client-Secrets von Keycloak laufen nicht von selbst ab; widerrufen Sie den Schlüssel, wenn er nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="271"/>
        <source>A Keycloak service-account client gets the realm&apos;s default roles; give it others in Keycloak&apos;s admin console (Service account roles).</source>
        <translation>Ein Keycloak-Client mit Service-Account erhält die Standardrollen des Realms; weitere Rollen vergeben Sie in der Admin-Konsole von Keycloak (Service account roles).</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="274"/>
        <source>Keycloak keeps no reason or end time for a disabled user: it is disabled until enabled again.</source>
        <translation>Keycloak speichert zu einem deaktivierten Benutzer weder Grund noch Endzeitpunkt: Er bleibt deaktiviert, bis er wieder aktiviert wird.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="277"/>
        <source>Keycloak does not advertise per-user actions.</source>
        <translation>Keycloak meldet keine Aktionen pro Benutzer.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="279"/>
        <source>Client credentials come without a refresh token; AuthDesk asks for a new token with the client secret instead.</source>
        <translation>Client-Zugangsdaten liefern kein Refresh-Token; AuthDesk fordert stattdessen mit dem Client-Secret ein neues Token an.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="281"/>
        <source>Client credentials open no session to end; the token expires by itself.</source>
        <translation>Client-Zugangsdaten öffnen keine Sitzung, die man beenden könnte; das Token läuft von selbst ab.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="289"/>
        <source>Keycloak answers introspection only for a confidential client: sign in with client credentials to ask it about the token.</source>
        <translation>Keycloak beantwortet Token-Prüfungen nur für einen vertraulichen Client: Melden Sie sich mit Client-Zugangsdaten an, um den Server nach dem Token zu fragen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="296"/>
        <source>Realm to manage</source>
        <translation>Zu verwaltender Realm</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="296"/>
        <source>the sign-in realm</source>
        <translation>der Anmelde-Realm</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="297"/>
        <source>Realm to sign in to</source>
        <translation>Realm für die Anmeldung</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="298"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="299"/>
        <source>Sign in with (password or client_credentials)</source>
        <translation>Anmelden mit (password oder client_credentials)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="301"/>
        <source>Client secret, for client_credentials</source>
        <translation>Client-Secret, für client_credentials</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="312"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="314"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="315"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="316"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="317"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="318"/>
        <source>Temporary: changed at the next sign-in</source>
        <translation>Vorläufig: bei der nächsten Anmeldung zu ändern</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="326"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="335"/>
        <source>At the next sign-in</source>
        <translation>Bei der nächsten Anmeldung</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="338"/>
        <source>Verify the email address</source>
        <translation>E-Mail-Adresse bestätigen</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="338"/>
        <source>Choose a new password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="339"/>
        <source>Set up one-time codes (OTP)</source>
        <translation>Einmalcodes (OTP) einrichten</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="339"/>
        <source>Review the profile</source>
        <translation>Profil überprüfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="678"/>
        <source>Locked after %n failed sign-in(s); enabling the user unlocks it.</source>
        <translation>
            <numerusform>Nach %n fehlgeschlagenen Anmeldung gesperrt; Aktivieren des Benutzers hebt die Sperre auf.</numerusform>
            <numerusform>Nach %n fehlgeschlagenen Anmeldungen gesperrt; Aktivieren des Benutzers hebt die Sperre auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="679"/>
        <source>Locked after %n failed sign-in(s), the last from %1; enabling the user unlocks it.</source>
        <translation>
            <numerusform>Nach %n fehlgeschlagenen Anmeldung gesperrt, zuletzt von %1; Aktivieren des Benutzers hebt die Sperre auf.</numerusform>
            <numerusform>Nach %n fehlgeschlagenen Anmeldungen gesperrt, zuletzt von %1; Aktivieren des Benutzers hebt die Sperre auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="909"/>
        <source>offline token: %1</source>
        <translation>Offline-Token: %1</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1052"/>
        <source>Keycloak refused the sign-in: the account has required actions pending (a new password, a verified email); complete them in a browser first.</source>
        <translation>Keycloak hat die Anmeldung abgelehnt: Für das Konto stehen erforderliche Aktionen aus (ein neues Passwort, eine bestätigte E-Mail-Adresse); schließen Sie diese zuerst in einem Browser ab.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1059"/>
        <source>Keycloak refused the client: check the profile&apos;s client ID and, for client credentials, its secret.</source>
        <translation>Keycloak hat den Client abgelehnt: Prüfen Sie die Client-ID des Profils und, bei Client-Zugangsdaten, dessen Secret.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1070"/>
        <source>Keycloak refused: the signed-in account lacks the realm-management role for this (manage-users to change users, view-users to read them).</source>
        <translation>Keycloak hat abgelehnt: Dem angemeldeten Konto fehlt dafür die Rolle aus realm-management (manage-users zum Ändern von Benutzern, view-users zum Lesen).</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1077"/>
        <source>Keycloak has no such realm: check the profile&apos;s realm names (they are case-sensitive).</source>
        <translation>Keycloak hat keinen solchen Realm: Prüfen Sie die Realm-Namen des Profils (Groß- und Kleinschreibung wird unterschieden).</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1150"/>
        <source>Keycloak has no user named %1 in this realm.</source>
        <translation>Keycloak hat in diesem Realm keinen Benutzer namens %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1231"/>
        <source>The realm lists more than %n group(s); AuthDesk stops there.</source>
        <translation>
            <numerusform>Der Realm hat mehr als %n Gruppe; AuthDesk hört dort auf.</numerusform>
            <numerusform>Der Realm hat mehr als %n Gruppen; AuthDesk hört dort auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1306"/>
        <source>Keycloak&apos;s realm has no group %1.</source>
        <translation>Der Keycloak-Realm hat keine Gruppe %1.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1402"/>
        <source>Keycloak&apos;s realm has no role named %1.</source>
        <translation>Der Keycloak-Realm hat keine Rolle namens %1.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1405"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ListBanners</name>
    <message>
        <location filename="../views/users/ListBanners.cpp" line="23"/>
        <source>Show all users</source>
        <translation>Alle Benutzer anzeigen</translation>
    </message>
    <message>
        <location filename="../views/users/ListBanners.cpp" line="51"/>
        <source>Only the users of the overview’s figure “%1”, from the local copy.</source>
        <translation>Nur die Benutzer der Übersichtszahl „%1“, aus der lokalen Kopie.</translation>
    </message>
</context>
<context>
    <name>LuminateDialect</name>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="17"/>
        <source>Luminate Data</source>
        <translation>Luminate Data</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="24"/>
        <source>Luminate Data has no user management API; AuthDesk only signs in and checks the token.</source>
        <translation>Luminate Data hat keine API zur Benutzerverwaltung; AuthDesk meldet sich nur an und prüft das Token.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="30"/>
        <source>Luminate Data does not expose sessions; its tokens expire after 24 hours.</source>
        <translation>Luminate Data stellt keine Sitzungen bereit; seine Tokens laufen nach 24 Stunden ab.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="34"/>
        <source>Luminate API keys are issued by Luminate support, not through the API.</source>
        <translation>Luminate-API-Schlüssel stellt der Luminate-Support aus, nicht die API.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="38"/>
        <source>Luminate has no refresh token; AuthDesk signs in again before expiry.</source>
        <translation>Luminate hat kein Refresh-Token; AuthDesk meldet sich vor dem Ablauf erneut an.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="44"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="104"/>
        <source>This API key is not valid for Luminate.</source>
        <translation>Dieser API-Schlüssel ist für Luminate nicht gültig.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../views/MainWindow.cpp" line="65"/>
        <source>AuthDesk</source>
        <translation>AuthDesk</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="75"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="76"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="77"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="78"/>
        <source>&amp;Token inspector…</source>
        <translation>&amp;Token-Inspektor…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="79"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="85"/>
        <source>S&amp;ync cache</source>
        <translation>Cache s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="87"/>
        <location filename="../views/MainWindow.cpp" line="415"/>
        <source>Copy every user of the server into the local cache, for offline review</source>
        <translation>Alle Benutzer des Servers in den lokalen Cache kopieren, zur Offline-Durchsicht</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="88"/>
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="407"/>
        <source>Read the local cache only; nothing is sent to the server</source>
        <translation>Nur den lokalen Cache lesen; nichts wird an den Server gesendet</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="96"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="103"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="108"/>
        <source>Profile: </source>
        <translation>Profil: </translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="120"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="120"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="120"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="120"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="120"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="121"/>
        <source>Access reviews</source>
        <translation>Zugriffsprüfungen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="150"/>
        <source>The overview could not be counted: %1</source>
        <translation>Die Übersicht konnte nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="178"/>
        <source>Cancel sync</source>
        <translation>Sync abbrechen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="179"/>
        <source>Stop the sync; the cache stays exactly as it was before it began</source>
        <translation>Synchronisierung stoppen; der Cache bleibt genau so, wie er vorher war</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="186"/>
        <source>Cancel upgrade</source>
        <translation>Aktualisierung abbrechen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="188"/>
        <source>Stop the upgrade; the cache stays as it was, and is upgraded the next time this profile opens</source>
        <translation>Aktualisierung anhalten; der Cache bleibt unverändert und wird beim nächsten Öffnen dieses Profils aktualisiert</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="228"/>
        <source>Welcome to AuthDesk</source>
        <translation>Willkommen bei AuthDesk</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="234"/>
        <source>AuthDesk manages the users, sessions and API keys of your auth servers. To begin, add a server: its address, its type and the account you sign in with. Passwords go to the system keychain, never to a file.</source>
        <translation>AuthDesk verwaltet die Benutzer, Sitzungen und API-Schlüssel Ihrer Auth-Server. Fügen Sie zu Beginn einen Server hinzu: seine Adresse, seinen Typ und das Konto, mit dem Sie sich anmelden. Passwörter kommen in den Schlüsselbund des Systems, niemals in eine Datei.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="245"/>
        <source>Add server…</source>
        <translation>Server hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="247"/>
        <source>Opens the server profiles</source>
        <translation>Öffnet die Serverprofile</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="249"/>
        <source>Servers added with authdesk-cli profiles add show here too.</source>
        <translation>Mit authdesk-cli profiles add angelegte Server erscheinen hier ebenfalls.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="284"/>
        <source>No profile — open Profiles… to add one</source>
        <translation>Kein Profil — öffnen Sie Profile…, um eines anzulegen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="312"/>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="331"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="341"/>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="351"/>
        <source>Mark users deleted?</source>
        <translation>Benutzer als gelöscht markieren?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/MainWindow.cpp" line="352"/>
        <source>The server no longer lists %L1 of the %Ln user(s) in the offline copy. Syncing now marks them deleted on the server in the copy.

If the server is misbehaving, cancel: the copy stays as it was.</source>
        <translation>
            <numerusform>Der Server führt %L1 des %Ln Benutzers der Offline-Kopie nicht mehr. Die Synchronisierung markiert sie jetzt in der Kopie als auf dem Server gelöscht.

Wenn der Server sich fehlerhaft verhält, brechen Sie ab: Die Kopie bleibt unverändert.</numerusform>
            <numerusform>Der Server führt %L1 der %Ln Benutzer der Offline-Kopie nicht mehr. Die Synchronisierung markiert sie jetzt in der Kopie als auf dem Server gelöscht.

Wenn der Server sich fehlerhaft verhält, brechen Sie ab: Die Kopie bleibt unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="382"/>
        <source>This profile has no local copy to count.</source>
        <translation>Dieses Profil hat keine lokale Kopie zum Zählen.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="384"/>
        <source>Sync this profile to see its overview: the figures come from the local copy.</source>
        <translation>Synchronisieren Sie dieses Profil, um seine Übersicht zu sehen: Die Zahlen stammen aus der lokalen Kopie.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="412"/>
        <source>No local cache for this profile</source>
        <translation>Kein lokaler Cache für dieses Profil</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="413"/>
        <source>Working offline: go online to sync</source>
        <translation>Offline-Betrieb: Zum Synchronisieren online gehen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="414"/>
        <source>Sign in to sync</source>
        <translation>Zum Synchronisieren anmelden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="442"/>
        <source>The local cache is being sorted again in the order of this system&apos;s language, which changed since it was written. The console works live meanwhile; offline review returns when that is done.</source>
        <translation>Der lokale Cache wird neu in der Reihenfolge der Systemsprache sortiert, die sich seit seinem Anlegen geändert hat. Die Konsole arbeitet solange live; die Offline-Durchsicht ist danach wieder verfügbar.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="445"/>
        <source>The local cache is being upgraded to this version&apos;s format. The console works live meanwhile; offline review returns when the upgrade is done.</source>
        <translation>Der lokale Cache wird auf das Format dieser Version aktualisiert. Die Konsole arbeitet solange live; die Offline-Durchsicht ist wieder da, sobald die Aktualisierung fertig ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/MainWindow.cpp" line="485"/>
        <source>Cache synced: %Ln user(s).</source>
        <translation>
            <numerusform>Cache synchronisiert: %Ln Benutzer.</numerusform>
            <numerusform>Cache synchronisiert: %Ln Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="488"/>
        <source>Sync cancelled: the cache is as it was before.</source>
        <translation>Synchronisierung abgebrochen: Der Cache ist unverändert.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="491"/>
        <source>Sync failed, the cache is as it was before: %1</source>
        <translation>Synchronisierung fehlgeschlagen, der Cache ist unverändert: %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="508"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="514"/>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="515"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="516"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="517"/>
        <source>Renewing the session…</source>
        <translation>Sitzung wird erneuert…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="518"/>
        <source>Sign-in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="519"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="525"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="529"/>
        <source>Credential does not expire</source>
        <translation>Zugangsdaten laufen nicht ab</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="538"/>
        <source>Token expires in %1</source>
        <translation>Token läuft ab in %1</translation>
    </message>
</context>
<context>
    <name>NebulaDialect</name>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="58"/>
        <source>Nebula Block</source>
        <translation>Nebula Block</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="72"/>
        <source>Nebula lists users in its own order; AuthDesk sorts the loaded rows.</source>
        <translation>Nebula listet Benutzer in eigener Reihenfolge auf; AuthDesk sortiert die geladenen Zeilen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="74"/>
        <source>Nebula lists sessions per user only: open a user to see theirs.</source>
        <translation>Nebula listet Sitzungen nur pro Benutzer auf: Öffnen Sie einen Benutzer, um seine zu sehen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="76"/>
        <source>Nebula tokens last 2 hours and cannot be refreshed; AuthDesk signs in again.</source>
        <translation>Nebula-Tokens gelten 2 Stunden und lassen sich nicht erneuern; AuthDesk meldet sich erneut an.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="77"/>
        <source>Nebula has no logout: the token simply expires after 2 hours.</source>
        <translation>Nebula hat keine Abmeldung: Das Token läuft einfach nach 2 Stunden ab.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="78"/>
        <source>Nebula does not advertise per-user actions.</source>
        <translation>Nebula meldet keine Aktionen pro Benutzer.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="79"/>
        <source>Nebula&apos;s ak_ keys never expire: revoke a key to end it.</source>
        <translation>Die ak_-Schlüssel von Nebula laufen nie ab: Widerrufen Sie einen Schlüssel, um ihn zu beenden.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="81"/>
        <source>A Nebula key acts with all of its owner&apos;s rights; it cannot be limited.</source>
        <translation>Ein Nebula-Schlüssel handelt mit allen Rechten seines Besitzers; er lässt sich nicht beschränken.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="87"/>
        <source>Sign in with (password or api_key)</source>
        <translation>Anmelden mit (password oder api_key)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="89"/>
        <source>API key (ak_…), instead of a password</source>
        <translation>API-Schlüssel (ak_…) statt eines Passworts</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="100"/>
        <source>Staff: administers every account (is_staff)</source>
        <translation>Staff: verwaltet alle Konten (is_staff)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="101"/>
        <source>Regular account</source>
        <translation>Normales Konto</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="107"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="109"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="110"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="111"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="144"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="24"/>
        <source>New access review</source>
        <translation>Neue Zugriffsprüfung</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="26"/>
        <source>e.g. Q4 admin review</source>
        <translation>z. B. Admin-Prüfung Q4</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="31"/>
        <source>Every cached user</source>
        <translation>Alle zwischengespeicherten Benutzer</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="33"/>
        <source>The users listed now (%1)</source>
        <translation>Die jetzt aufgelisteten Benutzer (%1)</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="37"/>
        <source>Users with the role %1</source>
        <translation>Benutzer mit der Rolle %1</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="40"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="41"/>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="42"/>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="43"/>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="46"/>
        <source>Start review</source>
        <translation>Prüfung starten</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="43"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="75"/>
        <source>No profile is open.</source>
        <translation>Kein Profil ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="82"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="116"/>
        <source>From the local copy as of %1; sign-in ages counted from %2.</source>
        <translation>Aus der lokalen Kopie vom %1; Anmeldealter gezählt ab %2.</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="119"/>
        <source>From the local copy.</source>
        <translation>Aus der lokalen Kopie.</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="123"/>
        <source>Users per role</source>
        <translation>Benutzer je Rolle</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="124"/>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="126"/>
        <source>Accounts created per month</source>
        <translation>Pro Monat angelegte Konten</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/overview/OverviewPage.cpp" line="146"/>
        <source>List these %Ln user(s)</source>
        <translation>
            <numerusform>Diesen %n Benutzer auflisten</numerusform>
            <numerusform>Diese %n Benutzer auflisten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="162"/>
        <source>No users to show.</source>
        <translation>Keine Benutzer anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="175"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="195"/>
        <source>%1: %2 — click to list them</source>
        <translation>%1: %2 — zum Auflisten klicken</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="228"/>
        <source>Click a bar to list its users.</source>
        <translation>Klicken Sie auf einen Balken, um seine Benutzer aufzulisten.</translation>
    </message>
</context>
<context>
    <name>PagingGuard</name>
    <message>
        <location filename="../models/sources/PagingGuard.cpp" line="22"/>
        <source>The server gave an impossible number of users (%1); AuthDesk stopped reading its pages.</source>
        <translation>Der Server nannte eine unmögliche Anzahl von Benutzern (%1); AuthDesk hat das Lesen seiner Seiten beendet.</translation>
    </message>
    <message>
        <location filename="../models/sources/PagingGuard.cpp" line="41"/>
        <source>The server announced more users but sent an empty page at position %L1; AuthDesk stopped reading its pages.</source>
        <translation>Der Server kündigte weitere Benutzer an, sandte aber an Position %L1 eine leere Seite; AuthDesk hat das Lesen seiner Seiten beendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sources/PagingGuard.cpp" line="45"/>
        <source>The server sent the same %n user(s) again at position %L1; AuthDesk stopped reading its pages, which would never end.</source>
        <translation>
            <numerusform>Der Server sandte an Position %L1 denselben %n Benutzer erneut; AuthDesk hat das Lesen seiner Seiten beendet, das sonst nie enden würde.</numerusform>
            <numerusform>Der Server sandte an Position %L1 dieselben %n Benutzer erneut; AuthDesk hat das Lesen seiner Seiten beendet, das sonst nie enden würde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sources/PagingGuard.cpp" line="50"/>
        <source>The server announced more users, yet its page at position %L1 held %n user(s), fewer than its earlier pages; AuthDesk stopped reading its pages.</source>
        <translation>
            <numerusform>Der Server kündigte weitere Benutzer an, doch seine Seite an Position %L1 enthielt %n Benutzer, weniger als seine früheren Seiten; AuthDesk hat das Lesen seiner Seiten beendet.</numerusform>
            <numerusform>Der Server kündigte weitere Benutzer an, doch seine Seite an Position %L1 enthielt %n Benutzer, weniger als seine früheren Seiten; AuthDesk hat das Lesen seiner Seiten beendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCache</name>
    <message>
        <location filename="../models/cache/ProfileCache.cpp" line="105"/>
        <source>Needs the server: you are working from the cache (%1).</source>
        <translation>Braucht den Server: Sie arbeiten mit dem Cache (%1).</translation>
    </message>
</context>
<context>
    <name>ProfileDiscovery</name>
    <message>
        <location filename="../models/remote/ProfileDiscovery.cpp" line="27"/>
        <source>Type the server&apos;s address (http:// or https://) or its OpenID Connect issuer as the base URL first.</source>
        <translation>Geben Sie zuerst die Adresse des Servers (http:// oder https://) oder seinen OpenID-Connect-Issuer als Basis-URL ein.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../models/profiles/ProfileStore.cpp" line="127"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="41"/>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="48"/>
        <source>Clear cache…</source>
        <translation>Cache leeren…</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="55"/>
        <source>Server profiles</source>
        <translation>Serverprofile</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="66"/>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="243"/>
        <source>stored in the keychain; leave empty to keep</source>
        <translation>im Schlüsselbund gespeichert; leer lassen zum Beibehalten</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="68"/>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="72"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="69"/>
        <source>A request fails when no byte arrives for this long.</source>
        <translation>Eine Anfrage schlägt fehl, wenn so lange kein Byte ankommt.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="73"/>
        <source>A request fails when its whole answer takes longer than this, however steadily bytes arrive.</source>
        <translation>Eine Anfrage schlägt fehl, wenn ihre ganze Antwort länger dauert, wie stetig die Bytes auch ankommen.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="76"/>
        <source>the system&apos;s (empty), none, or http://proxy:3128</source>
        <translation>der des Systems (leer), none oder http://proxy:3128</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="77"/>
        <source>Empty: the HTTPS_PROXY, ALL_PROXY and NO_PROXY environment variables, else the desktop&apos;s proxy settings. “none”: connect directly. Or a proxy for this server only: http://host:port, socks5://host:port or socks5h://host:port (without a user name or password).</source>
        <translation>Leer: die Umgebungsvariablen HTTPS_PROXY, ALL_PROXY und NO_PROXY, sonst die Proxy-Einstellungen der Arbeitsumgebung. „none“: direkt verbinden. Oder ein Proxy nur für diesen Server: http://host:port, socks5://host:port oder socks5h://host:port (ohne Benutzername und Passwort).</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="82"/>
        <source>the system&apos;s certificate authorities</source>
        <translation>die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="83"/>
        <source>A PEM file with the certificate authorities to trust for this server instead of the system&apos;s, e.g. a company&apos;s internal CA.</source>
        <translation>Eine PEM-Datei mit den Zertifizierungsstellen, denen für diesen Server statt denen des Systems vertraut wird, z. B. die interne CA eines Unternehmens.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="94"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="95"/>
        <source>Fill in from server</source>
        <translation>Vom Server ausfüllen</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="97"/>
        <source>Type the server&apos;s OpenID Connect issuer (e.g. https://sso.example.com/realms/acme) as the base URL: its discovery document then fills in the server type, base URL and realm. Nothing is saved until you press Save.</source>
        <translation>Geben Sie den OpenID-Connect-Issuer des Servers (z. B. https://sso.example.com/realms/acme) als Basis-URL ein: sein Discovery-Dokument füllt dann Servertyp, Basis-URL und Realm aus. Gespeichert wird erst mit „Speichern“.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="105"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="106"/>
        <source>Server type</source>
        <translation>Servertyp</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="107"/>
        <source>Username or email</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="108"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="110"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="111"/>
        <source>Deadline per request</source>
        <translation>Frist pro Anfrage</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="112"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="113"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="119"/>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="371"/>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="120"/>
        <source>Pinned certificate</source>
        <translation>Fixiertes Zertifikat</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="125"/>
        <source>Delete this profile&apos;s local copy of the server&apos;s users; the audit log is kept</source>
        <translation>Die lokale Kopie der Serverbenutzer dieses Profils löschen; das Prüfprotokoll bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="130"/>
        <source>Local cache</source>
        <translation>Lokaler Cache</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="132"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="134"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="136"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="146"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="148"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="159"/>
        <source>What the server allows</source>
        <translation>Was der Server erlaubt</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="217"/>
        <source>none (TLS errors are refused)</source>
        <translation>keines (TLS-Fehler werden abgelehnt)</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="257"/>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="262"/>
        <source>The base URL must be an http:// or https:// address, e.g. https://auth.example.com/api.</source>
        <translation>Die Basis-URL muss eine http://- oder https://-Adresse sein, z. B. https://auth.example.com/api.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="264"/>
        <source>Enter the username or email to sign in with.</source>
        <translation>Geben Sie den Benutzernamen oder die E-Mail für die Anmeldung ein.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="334"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="365"/>
        <source>No cache</source>
        <translation>Kein Cache</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="372"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="382"/>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="383"/>
        <source>Delete the local copy of %1&apos;s users (%2)? Offline review of this profile needs a new sync afterwards. The audit log is kept.</source>
        <translation>Die lokale Kopie der Benutzer von %1 (%2) löschen? Die Offline-Durchsicht dieses Profils braucht danach eine neue Synchronisierung. Das Prüfprotokoll bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="398"/>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="399"/>
        <source>Remove the profile “%1”? Its secrets are deleted from the keychain.</source>
        <translation>Das Profil „%1“ entfernen? Seine Geheimnisse werden aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="403"/>
        <source>Remove, keep cache</source>
        <translation>Entfernen, Cache behalten</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="404"/>
        <source>Remove and delete cache</source>
        <translation>Entfernen und Cache löschen</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="430"/>
        <source>Reading the server&apos;s OpenID Connect discovery document…</source>
        <translation>Das OpenID-Connect-Discovery-Dokument des Servers wird gelesen…</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="434"/>
        <source>No discovery document: %1
%2</source>
        <translation>Kein Discovery-Dokument: %1
%2</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="440"/>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="447"/>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="443"/>
        <source>Issuer: %1
Token endpoint: %2
Introspection (RFC 7662): %3
Revocation (RFC 7009): %4
Grant types: %5</source>
        <translation>Issuer: %1
Token-Endpunkt: %2
Introspektion (RFC 7662): %3
Widerruf (RFC 7009): %4
Grant-Typen: %5</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="449"/>
        <source>This OpenID Connect server is not one AuthDesk recognises: choose the server type and base URL yourself.

</source>
        <translation>Diesen OpenID-Connect-Server erkennt AuthDesk nicht: Wählen Sie Servertyp und Basis-URL selbst.

</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="464"/>
        <source>Filled in as %1 at %2. Check the form, then Save.

</source>
        <translation>Als %1 unter %2 ausgefüllt. Prüfen Sie das Formular und speichern Sie dann.

</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="488"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="490"/>
        <source>Sign-in failed: %1
%2</source>
        <translation>Anmeldung fehlgeschlagen: %1
%2</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="546"/>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="551"/>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="555"/>
        <source>List users</source>
        <translation>Benutzer auflisten</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="514"/>
        <source>Search on the server</source>
        <translation>Auf dem Server suchen</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="515"/>
        <source>Create users</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="516"/>
        <source>Edit users</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="517"/>
        <source>Delete users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="518"/>
        <source>Change roles/scopes</source>
        <translation>Rollen/Scopes ändern</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="519"/>
        <source>Enable/disable</source>
        <translation>Aktivieren/deaktivieren</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="520"/>
        <source>See sessions</source>
        <translation>Sitzungen ansehen</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="521"/>
        <source>Revoke sessions</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="524"/>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/profiles/ProfilesDialog.cpp" line="548"/>
        <source>List users (%Ln on the server)</source>
        <translation>
            <numerusform>Benutzer auflisten (%Ln auf dem Server)</numerusform>
            <numerusform>Benutzer auflisten (%Ln auf dem Server)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/profiles/ProfilesDialog.cpp" line="562"/>
        <source>See API keys (%n key(s))</source>
        <translation>
            <numerusform>API-Schlüssel ansehen (%n Schlüssel)</numerusform>
            <numerusform>API-Schlüssel ansehen (%n Schlüssel)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="563"/>
        <source>See API keys</source>
        <translation>API-Schlüssel ansehen</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="522"/>
        <source>Issue API keys</source>
        <translation>API-Schlüssel ausstellen</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="523"/>
        <source>Refresh tokens</source>
        <translation>Tokens erneuern</translation>
    </message>
</context>
<context>
    <name>ProgressRate</name>
    <message>
        <location filename="../models/operations/ProgressRate.cpp" line="41"/>
        <source>%L1/s</source>
        <translation>%L1/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/ProgressRate.cpp" line="46"/>
        <source>%1, about %n s left</source>
        <translation>
            <numerusform>%1, noch etwa %n s</numerusform>
            <numerusform>%1, noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/ProgressRate.cpp" line="47"/>
        <source>%1, about %n min left</source>
        <translation>
            <numerusform>%1, noch etwa %n min</numerusform>
            <numerusform>%1, noch etwa %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <location filename="../models/remote/ProxySetting.cpp" line="24"/>
        <source>Write the proxy as http://host:port or socks5://host:port, or “none” for a direct connection.</source>
        <translation>Geben Sie den Proxy als http://host:port oder socks5://host:port an, oder „none“ für eine direkte Verbindung.</translation>
    </message>
    <message>
        <location filename="../models/remote/ProxySetting.cpp" line="31"/>
        <source>The proxy is not an address of the form http://host:port or socks5://host:port.</source>
        <translation>Der Proxy ist keine Adresse der Form http://host:port oder socks5://host:port.</translation>
    </message>
    <message>
        <location filename="../models/remote/ProxySetting.cpp" line="39"/>
        <source>A proxy reached over HTTPS is not supported; use http:// or socks5://.</source>
        <translation>Ein über HTTPS erreichter Proxy wird nicht unterstützt; verwenden Sie http:// oder socks5://.</translation>
    </message>
    <message>
        <location filename="../models/remote/ProxySetting.cpp" line="42"/>
        <source>SOCKS4 proxies are not supported; use socks5:// or http://.</source>
        <translation>SOCKS4-Proxys werden nicht unterstützt; verwenden Sie socks5:// oder http://.</translation>
    </message>
    <message>
        <location filename="../models/remote/ProxySetting.cpp" line="45"/>
        <source>The proxy&apos;s scheme must be http://, socks5:// or socks5h://.</source>
        <translation>Das Schema des Proxys muss http://, socks5:// oder socks5h:// sein.</translation>
    </message>
    <message>
        <location filename="../models/remote/ProxySetting.cpp" line="49"/>
        <source>A proxy with a user name or password is not supported in a profile, where it would be stored unprotected; use a proxy that needs no sign-in, or the HTTPS_PROXY environment variable.</source>
        <translation>Ein Proxy mit Benutzername oder Passwort wird in einem Profil nicht unterstützt, wo er ungeschützt gespeichert würde; verwenden Sie einen Proxy ohne Anmeldung oder die Umgebungsvariable HTTPS_PROXY.</translation>
    </message>
</context>
<context>
    <name>ReviewApplication</name>
    <message>
        <location filename="../models/reviews/ReviewApplication.cpp" line="45"/>
        <source>There is no such review.</source>
        <translation>Diese Prüfung gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewApplication.cpp" line="47"/>
        <source>The review “%1” was applied already.</source>
        <translation>Die Prüfung „%1“ wurde bereits angewendet.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewApplication.cpp" line="59"/>
        <source>Nothing to apply: no decision of “%1” that changes the server is left.</source>
        <translation>Nichts anzuwenden: Keine Entscheidung von „%1“, die den Server ändert, ist übrig.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewApplication.cpp" line="78"/>
        <source>changed on the server since the review&apos;s snapshot</source>
        <translation>seit der Momentaufnahme der Prüfung auf dem Server geändert</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewApplication.cpp" line="81"/>
        <source>deleted on the server since the review&apos;s snapshot</source>
        <translation>seit der Momentaufnahme der Prüfung auf dem Server gelöscht</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewApplication.cpp" line="84"/>
        <source>no longer in the cache: whether it changed is not known</source>
        <translation>nicht mehr im Cache: ob er sich geändert hat, ist unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/reviews/ReviewApplication.cpp" line="93"/>
        <source>Apply “%1”: %n change(s)</source>
        <translation>
            <numerusform>„%1“ anwenden: %n Änderung</numerusform>
            <numerusform>„%1“ anwenden: %n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDecision</name>
    <message>
        <location filename="../models/reviews/ReviewDecision.cpp" line="46"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewDecision.cpp" line="48"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewDecision.cpp" line="50"/>
        <source>Remove role %1</source>
        <translation>Rolle %1 entziehen</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewDecision.cpp" line="52"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewDecision.cpp" line="54"/>
        <source>Ask</source>
        <translation>Nachfragen</translation>
    </message>
</context>
<context>
    <name>ReviewItemModel</name>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="107"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="107"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="111"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="115"/>
        <source>Changed since</source>
        <translation>Seitdem geändert</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="117"/>
        <source>Deleted on server</source>
        <translation>Auf dem Server gelöscht</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="119"/>
        <source>No longer cached</source>
        <translation>Nicht mehr im Cache</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="126"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="130"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="144"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="146"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="148"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="150"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="152"/>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="154"/>
        <source>Since the snapshot</source>
        <translation>Seit der Momentaufnahme</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="156"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="158"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="160"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="162"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
</context>
<context>
    <name>ReviewLoader</name>
    <message>
        <location filename="../models/reviews/ReviewLoader.cpp" line="53"/>
        <source>There is not enough memory for this review.</source>
        <translation>Für diese Überprüfung ist nicht genug Speicher vorhanden.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewLoader.cpp" line="83"/>
        <source>Taking the review&apos;s snapshot: %1 users read from the cache… %2 s</source>
        <translation>Momentaufnahme der Überprüfung: %1 Benutzer aus dem Cache gelesen … %2 s</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewLoader.cpp" line="87"/>
        <source>Writing the review: %1 of %2 users… %3 s</source>
        <translation>Überprüfung wird geschrieben: %1 von %2 Benutzern … %3 s</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewLoader.cpp" line="91"/>
        <source>Reading the review… %1 s</source>
        <translation>Überprüfung wird gelesen … %1 s</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewLoader.cpp" line="93"/>
        <source>Comparing %1 users with the cache… %2 s</source>
        <translation>%1 Benutzer werden mit dem Cache verglichen … %2 s</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="16"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="19"/>
        <source>Access review: %1</source>
        <translation>Zugriffsprüfung: %1</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="21"/>
        <source>Reviewer: %1. Scope: %2. Due: %3.</source>
        <translation>Prüfer: %1. Umfang: %2. Fällig: %3.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="23"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="26"/>
        <source>Made offline from the local cache as of %1; started %2, printed %3.</source>
        <translation>Offline erstellt aus dem lokalen Cache vom %1; begonnen %2, gedruckt %3.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="31"/>
        <source>Applied on the server %1.</source>
        <translation>Auf dem Server angewendet %1.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="34"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="35"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="35"/>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="36"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="36"/>
        <source>Role removed</source>
        <translation>Rolle entzogen</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="37"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="37"/>
        <source>Asked</source>
        <translation>Nachgefragt</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="38"/>
        <location filename="../models/reviews/ReviewReport.cpp" line="55"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="41"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="46"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="46"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="46"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="46"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="46"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="46"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="48"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="57"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ReviewSnapshot</name>
    <message>
        <location filename="../models/reviews/ReviewSnapshot.cpp" line="25"/>
        <source>Taking the review&apos;s snapshot was cancelled.</source>
        <translation>Die Momentaufnahme der Überprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewSnapshot.cpp" line="67"/>
        <source>an Overview figure&apos;s users</source>
        <translation>die Benutzer einer Übersichtszahl</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewSnapshot.cpp" line="69"/>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewSnapshot.cpp" line="71"/>
        <source>enabled users</source>
        <translation>aktivierte Benutzer</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewSnapshot.cpp" line="71"/>
        <source>disabled users</source>
        <translation>deaktivierte Benutzer</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewSnapshot.cpp" line="73"/>
        <source>search “%1”</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewSnapshot.cpp" line="74"/>
        <source>all users</source>
        <translation>alle Benutzer</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="64"/>
        <source>The access reviews file %1 cannot be opened: %2</source>
        <translation>Die Datei der Zugriffsprüfungen %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="76"/>
        <source>The access reviews file %1 was written by a newer AuthDesk (schema %2).</source>
        <translation>Die Datei der Zugriffsprüfungen %1 wurde von einem neueren AuthDesk geschrieben (Schema %2).</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="131"/>
        <source>The access reviews file could not be used: %1</source>
        <translation>Die Datei der Zugriffsprüfungen konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="141"/>
        <source>A review needs a name.</source>
        <translation>Eine Prüfung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="143"/>
        <source>A review needs the reviewer&apos;s name.</source>
        <translation>Eine Prüfung braucht den Namen des Prüfers.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="145"/>
        <source>No cached user is in this review&apos;s scope.</source>
        <translation>Kein zwischengespeicherter Benutzer liegt im Umfang dieser Prüfung.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="148"/>
        <source>This profile already has a review named “%1”.</source>
        <translation>Dieses Profil hat bereits eine Prüfung namens „%1“.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="179"/>
        <source>Starting the review was cancelled.</source>
        <translation>Das Starten der Überprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="263"/>
        <source>Reading the review was cancelled.</source>
        <translation>Das Lesen der Überprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="312"/>
        <source>There is no such review.</source>
        <translation>Diese Prüfung gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="316"/>
        <source>The review “%1” was applied already; its decisions can no longer change.</source>
        <translation>Die Prüfung „%1“ wurde bereits angewendet; ihre Entscheidungen können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="325"/>
        <source>The user %1 is not in the review “%2”.</source>
        <translation>Der Benutzer %1 ist nicht in der Prüfung „%2“.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="328"/>
        <source>The decision for %1 was applied on the server already; it can no longer change.</source>
        <translation>Die Entscheidung für %1 wurde bereits auf dem Server angewendet; sie kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="332"/>
        <source>The decision for %1 names no reviewer.</source>
        <translation>Die Entscheidung für %1 nennt keinen Prüfer.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="337"/>
        <source>Removing a role from %1 needs the role&apos;s name.</source>
        <translation>Um %1 eine Rolle zu entziehen, wird der Name der Rolle benötigt.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="338"/>
        <source>The user %1 did not hold the role “%2” when the review started.</source>
        <translation>Der Benutzer %1 hatte die Rolle „%2“ nicht, als die Prüfung begann.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="343"/>
        <source>Asking about %1 needs a comment: the question to answer.</source>
        <translation>Eine Nachfrage zu %1 braucht einen Kommentar: die zu beantwortende Frage.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="411"/>
        <source>The user %1 has no decision to take back.</source>
        <translation>Der Benutzer %1 hat keine Entscheidung, die zurückgenommen werden könnte.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="49"/>
        <source>Apply on the server…</source>
        <translation>Auf dem Server anwenden…</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="56"/>
        <source>New review…</source>
        <translation>Neue Prüfung…</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="59"/>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="62"/>
        <source>Review:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="80"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="81"/>
        <source>Stop: a review being started is not made; one being opened is not shown</source>
        <translation>Anhalten: eine begonnene Überprüfung wird nicht angelegt, eine geöffnete nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="97"/>
        <source>Why (the question, for Ask)</source>
        <translation>Warum (die Frage, für Nachfragen)</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="99"/>
        <source>The role Remove role takes away</source>
        <translation>Die Rolle, die „Rolle entziehen“ wegnimmt</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="110"/>
        <source>&amp;Keep</source>
        <translation>Behalten (&amp;K)</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="111"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="112"/>
        <source>&amp;Remove role</source>
        <translation>&amp;Rolle entziehen</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="114"/>
        <source>Delete (&amp;X)</source>
        <translation>Löschen (&amp;X)</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="115"/>
        <source>&amp;Ask</source>
        <translation>N&amp;achfragen</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="116"/>
        <source>&amp;Undecide</source>
        <translation>Entscheidung z&amp;urücknehmen</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="117"/>
        <source>&amp;Next open</source>
        <translation>&amp;Nächste offene</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="161"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="212"/>
        <source>Applying a review needs the server: sign in first.</source>
        <translation>Eine Prüfung anzuwenden braucht den Server: zuerst anmelden.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="244"/>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, fällig %3</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="312"/>
        <location filename="../views/reviews/ReviewsPage.cpp" line="331"/>
        <source>A review starts from the profile&apos;s local copy: sync it first.</source>
        <translation>Eine Prüfung beginnt mit der lokalen Kopie des Profils: Synchronisieren Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="406"/>
        <source>Sign in to apply the decisions on the server.</source>
        <translation>Anmelden, um die Entscheidungen auf dem Server anzuwenden.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="408"/>
        <source>Applied on the server %1.</source>
        <translation>Auf dem Server angewendet am %1.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="410"/>
        <source>Preview the decisions that change the server, then apply them.</source>
        <translation>Die Entscheidungen, die den Server ändern, in der Vorschau sehen und dann anwenden.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="417"/>
        <source>No review yet: “New review…” takes a snapshot of the cached users to decide on.</source>
        <translation>Noch keine Prüfung: „Neue Prüfung…“ erstellt eine Momentaufnahme der zwischengespeicherten Benutzer, über die zu entscheiden ist.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="418"/>
        <source>Reviews are made from the profile&apos;s local copy: sync it first.</source>
        <translation>Prüfungen entstehen aus der lokalen Kopie des Profils: Synchronisieren Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="422"/>
        <source>Users: %1 — kept: %2, disabled: %3, role removed: %4, deleted: %5, asked: %6, open: %7. Scope: %8. Made offline from the cache as of %9.</source>
        <translation>Benutzer: %1 — behalten: %2, deaktiviert: %3, Rolle entzogen: %4, gelöscht: %5, nachgefragt: %6, offen: %7. Umfang: %8. Offline erstellt aus dem Cache vom %9.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="457"/>
        <source>No review is open.</source>
        <translation>Keine Prüfung ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="462"/>
        <source>Access review: %1</source>
        <translation>Zugriffsprüfung: %1</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="468"/>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="479"/>
        <source>Export review report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="482"/>
        <source>PDF document (*.pdf);;CSV file (*.csv)</source>
        <translation>PDF-Dokument (*.pdf);;CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="486"/>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../views/users/RolesDialog.cpp" line="27"/>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <location filename="../views/users/RolesDialog.cpp" line="29"/>
        <source>A user of this server has exactly one role; choosing another replaces it.</source>
        <translation>Ein Benutzer dieses Servers hat genau eine Rolle; eine andere zu wählen ersetzt sie.</translation>
    </message>
    <message>
        <location filename="../views/users/RolesDialog.cpp" line="30"/>
        <source>Check the roles or scopes %1 should have.</source>
        <translation>Haken Sie die Rollen oder Scopes an, die %1 haben soll.</translation>
    </message>
    <message>
        <location filename="../views/users/RolesDialog.cpp" line="59"/>
        <source>(read-only)</source>
        <translation>(schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../views/users/RolesDialog.cpp" line="69"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../views/users/RolesDialog.cpp" line="109"/>
        <source>Choose exactly one role.</source>
        <translation>Wählen Sie genau eine Rolle.</translation>
    </message>
</context>
<context>
    <name>ScimDialect</name>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="145"/>
        <source>SCIM 2.0 (RFC 7644)</source>
        <translation>SCIM 2.0 (RFC 7644)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="157"/>
        <source>Sorting is optional in SCIM and most servers do not offer it; AuthDesk sorts the loaded rows.</source>
        <translation>Sortieren ist in SCIM optional und die meisten Server bieten es nicht an; AuthDesk sortiert die geladenen Zeilen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="159"/>
        <source>SCIM provisions accounts only: sessions live in the identity provider or the application.</source>
        <translation>SCIM stellt nur Konten bereit: Sitzungen liegen beim Identitätsanbieter oder in der Anwendung.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="164"/>
        <source>SCIM has no API keys: bearer tokens are issued by the server&apos;s administrator, outside SCIM.</source>
        <translation>SCIM hat keine API-Schlüssel: Bearer-Tokens stellt der Administrator des Servers außerhalb von SCIM aus.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="167"/>
        <source>A SCIM bearer token is used as it is until it expires or the server&apos;s administrator revokes it.</source>
        <translation>Ein SCIM-Bearer-Token wird unverändert verwendet, bis es abläuft oder der Administrator des Servers es widerruft.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="170"/>
        <source>SCIM has no sign-out: AuthDesk forgets the bearer token, which stays valid on the server until it is revoked there.</source>
        <translation>SCIM hat keine Abmeldung: AuthDesk vergisst das Bearer-Token, das auf dem Server gültig bleibt, bis es dort widerrufen wird.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="172"/>
        <source>SCIM does not advertise per-user actions.</source>
        <translation>SCIM meldet keine Aktionen pro Benutzer.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="178"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="180"/>
        <source>Search filter: sw (starts with), co (contains) or eq (exact user name or email, for servers that filter by equality only)</source>
        <translation>Suchfilter: sw (beginnt mit), co (enthält) oder eq (exakter Benutzername oder E-Mail, für Server, die nur auf Gleichheit filtern)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="187"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="188"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="189"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="190"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="191"/>
        <source>Display name (empty: from the name)</source>
        <translation>Anzeigename (leer: aus dem Namen)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="282"/>
        <source>SCIM bearer token</source>
        <translation>SCIM-Bearer-Token</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="488"/>
        <source>The server made the change but sent the user back empty; refresh to see it.</source>
        <translation>Der Server hat die Änderung ausgeführt, den Benutzer aber leer zurückgeschickt; aktualisieren Sie, um ihn zu sehen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="522"/>
        <source>A user with this user name already exists.</source>
        <translation>Es gibt bereits einen Benutzer mit diesem Benutzernamen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="535"/>
        <source>This server does not accept AuthDesk&apos;s search (%1): choose another search filter (sw, co or eq) in the profile.</source>
        <translation>Dieser Server akzeptiert die Suche von AuthDesk nicht (%1): Wählen Sie im Profil einen anderen Suchfilter (sw, co oder eq).</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="533"/>
        <source>This server does not accept AuthDesk&apos;s search: choose another search filter (sw, co or eq) in the profile.</source>
        <translation>Dieser Server akzeptiert die Suche von AuthDesk nicht: Wählen Sie im Profil einen anderen Suchfilter (sw, co oder eq).</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="539"/>
        <source>The server finds too many users for this search; narrow it down.</source>
        <translation>Der Server findet für diese Suche zu viele Benutzer; schränken Sie sie ein.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="543"/>
        <source>The server does not let this attribute change: %1.</source>
        <translation>Der Server lässt dieses Attribut nicht ändern: %1.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="542"/>
        <source>The server does not let this attribute change.</source>
        <translation>Der Server lässt dieses Attribut nicht ändern.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="549"/>
        <source>The server refused the bearer token: it is wrong, expired or revoked.</source>
        <translation>Der Server hat das Bearer-Token abgelehnt: Es ist falsch, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="554"/>
        <source>Not allowed with this bearer token: %1.</source>
        <translation>Mit diesem Bearer-Token nicht erlaubt: %1.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="553"/>
        <source>Not allowed with this bearer token: it lacks the permission for this.</source>
        <translation>Mit diesem Bearer-Token nicht erlaubt: Ihm fehlt die Berechtigung dafür.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="560"/>
        <source>The server has no SCIM endpoint here: the base URL must be the SCIM root, e.g. https://idp.example.com/scim/v2.</source>
        <translation>Der Server hat hier keinen SCIM-Endpunkt: Die Basis-URL muss die SCIM-Wurzel sein, z. B. https://idp.example.com/scim/v2.</translation>
    </message>
</context>
<context>
    <name>SecretNames</name>
    <message>
        <location filename="../models/credentials/SecretNames.cpp" line="14"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../models/credentials/SecretNames.cpp" line="16"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location filename="../models/credentials/SecretNames.cpp" line="18"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/credentials/SecretNames.cpp" line="20"/>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
</context>
<context>
    <name>SecretReader</name>
    <message>
        <location filename="../app/cli/SecretReader.cpp" line="73"/>
        <source>line %1 of stdin is not NAME=VALUE.</source>
        <translation>Zeile %1 von stdin ist nicht NAME=VALUE.</translation>
    </message>
    <message>
        <location filename="../app/cli/SecretReader.cpp" line="76"/>
        <source>line %1 of stdin names no secret of this profile (it takes %2).</source>
        <translation>Zeile %1 von stdin nennt kein Geheimnis dieses Profils (es nimmt %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/SecretReader.cpp" line="81"/>
        <source>stdin gives an empty %1.</source>
        <translation>stdin liefert einen leeren Wert für %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/SecretReader.cpp" line="83"/>
        <source>stdin gives %1 twice.</source>
        <translation>stdin liefert %1 zweimal.</translation>
    </message>
</context>
<context>
    <name>ServerUserSource</name>
    <message>
        <location filename="../models/sources/ServerUserSource.cpp" line="20"/>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>SessionRevocation</name>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="61"/>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="114"/>
        <source>the list could not be read again: %1</source>
        <translation>die Liste konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="117"/>
        <source>the server still reports it as active</source>
        <translation>der Server meldet sie weiterhin als aktiv</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="134"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="136"/>
        <source>revoking</source>
        <translation>wird widerrufen</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="138"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="140"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="142"/>
        <source>FAILED: still active</source>
        <translation>FEHLGESCHLAGEN: noch aktiv</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="144"/>
        <source>revoked, not verified</source>
        <translation>widerrufen, nicht überprüft</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="146"/>
        <source>cancelled, not revoked</source>
        <translation>abgebrochen, nicht widerrufen</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="156"/>
        <source>%1 — session %2: %3</source>
        <translation>%1 — Sitzung %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/SessionRevocation.cpp" line="168"/>
        <source>%1 of %n session(s) revoked</source>
        <translation>
            <numerusform>%1 von %n Sitzung widerrufen</numerusform>
            <numerusform>%1 von %n Sitzungen widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/SessionRevocation.cpp" line="170"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/SessionRevocation.cpp" line="172"/>
        <source>, %n not verified</source>
        <translation>
            <numerusform>, %n nicht überprüft</numerusform>
            <numerusform>, %n nicht überprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/SessionRevocation.cpp" line="174"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n abgebrochen</numerusform>
            <numerusform>, %n abgebrochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../models/items/SessionTableModel.cpp" line="82"/>
        <source>%1 (this console)</source>
        <translation>%1 (diese Konsole)</translation>
    </message>
    <message>
        <location filename="../models/items/SessionTableModel.cpp" line="97"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../models/items/SessionTableModel.cpp" line="99"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../models/items/SessionTableModel.cpp" line="101"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../models/items/SessionTableModel.cpp" line="103"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../models/items/SessionTableModel.cpp" line="105"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../models/items/SessionTableModel.cpp" line="107"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../models/items/SessionTableModel.cpp" line="109"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/items/SessionTableModel.cpp" line="111"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="30"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="31"/>
        <source>Revoke selected…</source>
        <translation>Auswahl widerrufen…</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="33"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="40"/>
        <source>Filter by user, address, client…</source>
        <translation>Nach Benutzer, Adresse, Client filtern…</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="50"/>
        <source>Stop after the calls already sent; the rest stay active</source>
        <translation>Nach den bereits gesendeten Aufrufen aufhören; der Rest bleibt aktiv</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="54"/>
        <source>What each revocation did appears here.</source>
        <translation>Hier erscheint, was jeder Widerruf bewirkt hat.</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="76"/>
        <source>Open Users</source>
        <translation>Benutzer öffnen</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="90"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="100"/>
        <source>Revoke selected sessions</source>
        <translation>Ausgewählte Sitzungen widerrufen</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="125"/>
        <source>Sessions are read live from the server: sign in to a profile, and work online, to see them.</source>
        <translation>Sitzungen werden live vom Server gelesen: Melden Sie sich bei einem Profil an und arbeiten Sie online, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="134"/>
        <source>Sessions can still be seen and revoked per user: open Users, select a user and choose the Sessions tab (Sign out everywhere revokes all of theirs).</source>
        <translation>Sitzungen lassen sich weiterhin pro Benutzer ansehen und widerrufen: Öffnen Sie Benutzer, wählen Sie einen Benutzer und dann den Reiter Sitzungen (Überall abmelden widerruft alle seine Sitzungen).</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="144"/>
        <source>Reading sessions… %L1 so far</source>
        <translation>Sitzungen werden gelesen… bisher %L1</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="149"/>
        <source>The sessions are read when this page opens.</source>
        <translation>Die Sitzungen werden gelesen, wenn diese Seite geöffnet wird.</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="174"/>
        <source>Revoke the selected sessions (Delete)</source>
        <translation>Ausgewählte Sitzungen widerrufen (Entf)</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="182"/>
        <source>Reading sessions…</source>
        <translation>Sitzungen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="188"/>
        <source>Could not load sessions: %1</source>
        <translation>Sitzungen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="204"/>
        <source>%Ln active session(s)</source>
        <translation>
            <numerusform>%Ln aktive Sitzung</numerusform>
            <numerusform>%Ln aktive Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="205"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="207"/>
        <source>%Ln match(es) the filter</source>
        <translation>
            <numerusform>Filtertreffer: %Ln</numerusform>
            <numerusform>Filtertreffer: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="230"/>
        <source>Revoke %n session(s)? The owner of each is signed out of it at once.</source>
        <translation>
            <numerusform>%n Sitzung widerrufen? Ihr Besitzer wird sofort von ihr abgemeldet.</numerusform>
            <numerusform>%n Sitzungen widerrufen? Der Besitzer jeder Sitzung wird sofort von ihr abgemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="233"/>
        <source>They belong to %n user(s).</source>
        <translation>
            <numerusform>Sie gehören %n Benutzer.</numerusform>
            <numerusform>Sie gehören %n Benutzern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="236"/>
        <source>One of them is this console&apos;s own session: you will be signed out.</source>
        <translation>Eine davon ist die eigene Sitzung dieser Konsole: Sie werden abgemeldet.</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="237"/>
        <source>Revoke sessions</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="252"/>
        <source>Revoking %v of %m</source>
        <translation>Widerruf: %v von %m</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="254"/>
        <source>Revoking %n session(s)…</source>
        <translation>
            <numerusform>%n Sitzung wird widerrufen…</numerusform>
            <numerusform>%n Sitzungen werden widerrufen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="21"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="22"/>
        <source>Sign out everywhere…</source>
        <translation>Überall abmelden…</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="28"/>
        <location filename="../views/sessions/SessionsTab.cpp" line="62"/>
        <source>Revoke the selected sessions</source>
        <translation>Ausgewählte Sitzungen widerrufen</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="65"/>
        <source>Revoke every session of this user</source>
        <translation>Alle Sitzungen dieses Benutzers widerrufen</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="75"/>
        <source>Select a user to see their sessions.</source>
        <translation>Wählen Sie einen Benutzer aus, um seine Sitzungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="82"/>
        <source>Loading sessions…</source>
        <translation>Sitzungen werden geladen…</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="95"/>
        <source>Could not load sessions: %1</source>
        <translation>Sitzungen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="102"/>
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n aktive Sitzung</numerusform>
            <numerusform>%n aktive Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="117"/>
        <source>Revoke the session of %1 started %2 from %3?</source>
        <translation>Sitzung von %1 widerrufen (begonnen am %2 von %3)?</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="120"/>
        <source>an unknown address</source>
        <translation>unbekannter Adresse</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="122"/>
        <source>Revoke %n session(s) of %1?</source>
        <translation>
            <numerusform>%n Sitzung von %1 widerrufen?</numerusform>
            <numerusform>%n Sitzungen von %1 widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="124"/>
        <source>Revoke session</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="149"/>
        <source>Revoking…</source>
        <translation>Wird widerrufen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="160"/>
        <source>Sign %1 out everywhere? This revokes %n session(s) and their refresh tokens.</source>
        <translation>
            <numerusform>%1 überall abmelden? Das widerruft %n Sitzung und ihre Refresh-Tokens.</numerusform>
            <numerusform>%1 überall abmelden? Das widerruft %n Sitzungen und ihre Refresh-Tokens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="163"/>
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="168"/>
        <source>Signing out everywhere failed: %1</source>
        <translation>Überall abmelden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="179"/>
        <source>FAILED: still active</source>
        <translation>FEHLGESCHLAGEN: noch aktiv</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="184"/>
        <source>Sign out everywhere: done, the server no longer lists any of the %n session(s).</source>
        <translation>
            <numerusform>Überall abmelden: erledigt, der Server führt die %n Sitzung nicht mehr.</numerusform>
            <numerusform>Überall abmelden: erledigt, der Server führt keine der %n Sitzungen mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="187"/>
        <source>Sign out everywhere: FAILED — the server still reports %n session(s) as active: %1.</source>
        <translation>
            <numerusform>Überall abmelden: FEHLGESCHLAGEN — der Server meldet %n Sitzung weiterhin als aktiv: %1.</numerusform>
            <numerusform>Überall abmelden: FEHLGESCHLAGEN — der Server meldet %n Sitzungen weiterhin als aktiv: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../views/profiles/SignInDialog.cpp" line="16"/>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../views/profiles/SignInDialog.cpp" line="19"/>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location filename="../views/profiles/SignInDialog.cpp" line="27"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <location filename="../models/storage/SqliteConnection.cpp" line="56"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteConnection.cpp" line="68"/>
        <source>Cannot create the file %1: %2</source>
        <translation>Die Datei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteConnection.cpp" line="104"/>
        <source>the text order&apos;s SQL function cannot be registered</source>
        <translation>die SQL-Funktion für die Textreihenfolge kann nicht registriert werden</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteConnection.cpp" line="114"/>
        <source>write-ahead logging is not available: %1</source>
        <translation>Write-Ahead-Logging ist nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>SqliteProblem</name>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="51"/>
        <source>the file is damaged or is not an AuthDesk database; AuthDesk leaves it as it is, and moving it aside lets a new one be made</source>
        <translation>die Datei ist beschädigt oder keine AuthDesk-Datenbank; AuthDesk lässt sie unverändert, und wenn Sie sie beiseitelegen, kann eine neue angelegt werden</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="55"/>
        <source>another program (another AuthDesk or authdesk-cli) holds the file and did not let go in time; try again once it has finished</source>
        <translation>ein anderes Programm (ein anderes AuthDesk oder authdesk-cli) hält die Datei und hat sie nicht rechtzeitig freigegeben; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="59"/>
        <source>the disk is full; nothing was changed, free some space and try again</source>
        <translation>der Datenträger ist voll; nichts wurde geändert, geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="62"/>
        <source>the file or its folder is read-only; nothing was changed</source>
        <translation>die Datei oder ihr Ordner ist schreibgeschützt; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="65"/>
        <source>the file cannot be opened: check that its folder exists and is yours</source>
        <translation>die Datei lässt sich nicht öffnen: Prüfen Sie, ob ihr Ordner existiert und Ihnen gehört</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="68"/>
        <source>the disk reported an error while reading or writing the file</source>
        <translation>der Datenträger hat beim Lesen oder Schreiben der Datei einen Fehler gemeldet</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="71"/>
        <source>an unknown database error</source>
        <translation>ein unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="73"/>
        <source>%1 (SQLite: %2)</source>
        <translation>%1 (SQLite: %2)</translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message>
        <location filename="../models/cache/SyncJob.cpp" line="14"/>
        <source>The cache was left as it was.</source>
        <translation>Der Cache blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../models/cache/SyncJob.cpp" line="170"/>
        <source>The server kept announcing more users after %1 pages; the cache was left as it was.</source>
        <translation>Der Server hat nach %1 Seiten immer noch weitere Benutzer angekündigt; der Cache blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../models/cache/SyncJob.cpp" line="386"/>
        <source>The cache could not be written: %1</source>
        <translation>Der Cache konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../models/cache/SyncProgress.cpp" line="7"/>
        <source>Syncing users: %L1 of %L2 (page %3, %L4/s)</source>
        <translation>Sync: %L1 von %L2 Benutzern (Seite %3, %L4/s)</translation>
    </message>
    <message>
        <location filename="../models/cache/SyncProgress.cpp" line="12"/>
        <source>Syncing users: %L1 (page %2, %L3/s)</source>
        <translation>Sync: %L1 Benutzer (Seite %2, %L3/s)</translation>
    </message>
    <message>
        <location filename="../models/cache/SyncProgress.cpp" line="14"/>
        <source>Syncing sessions…</source>
        <translation>Synchronisiere Sitzungen…</translation>
    </message>
    <message>
        <location filename="../models/cache/SyncProgress.cpp" line="16"/>
        <source>Syncing API keys…</source>
        <translation>Synchronisiere API-Schlüssel…</translation>
    </message>
    <message>
        <location filename="../models/cache/SyncProgress.cpp" line="18"/>
        <source>Saving the new copy…</source>
        <translation>Neue Kopie wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../models/cache/SyncProgress.cpp" line="19"/>
        <source>Saving the new copy… %1 s</source>
        <translation>Neue Kopie wird gespeichert… %1 s</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <location filename="../models/remote/TokenInspector.cpp" line="39"/>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <location filename="../models/remote/TokenInspector.cpp" line="44"/>
        <location filename="../models/remote/TokenInspector.cpp" line="93"/>
        <source>Nebula API key (never expires)</source>
        <translation>Nebula-API-Schlüssel (läuft nie ab)</translation>
    </message>
    <message>
        <location filename="../models/remote/TokenInspector.cpp" line="50"/>
        <source>Opaque token: only the server knows what it means</source>
        <translation>Opakes Token: Nur der Server kennt seine Bedeutung</translation>
    </message>
    <message>
        <location filename="../models/remote/TokenInspector.cpp" line="59"/>
        <source>Opaque token</source>
        <translation>Opakes Token</translation>
    </message>
    <message>
        <location filename="../models/remote/TokenInspector.cpp" line="60"/>
        <source>It has three dot-separated parts but they do not decode as a JWT.</source>
        <translation>Es hat drei durch Punkte getrennte Teile, die sich aber nicht als JWT dekodieren lassen.</translation>
    </message>
    <message>
        <location filename="../models/remote/TokenInspector.cpp" line="65"/>
        <source>JWT (%1), decoded but not verified</source>
        <translation>JWT (%1), dekodiert, aber nicht verifiziert</translation>
    </message>
</context>
<context>
    <name>TokenInspectorDialog</name>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="22"/>
        <source>Ask the server</source>
        <translation>Server fragen</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="23"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="26"/>
        <source>Token inspector</source>
        <translation>Token-Inspektor</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="28"/>
        <source>Paste any token here to decode it</source>
        <translation>Ein beliebiges Token hier einfügen, um es zu dekodieren</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="40"/>
        <source>Decoded claims are shown as the token states them: they are not verified, and AuthDesk never trusts them over what the server answered.</source>
        <translation>Dekodierte Claims werden so gezeigt, wie das Token sie angibt: Sie sind nicht verifiziert, und AuthDesk vertraut ihnen nie mehr als der Antwort des Servers.</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="64"/>
        <source>Only the console&apos;s own token is sent to the server.</source>
        <translation>Nur das eigene Token der Konsole wird an den Server geschickt.</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="62"/>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="82"/>
        <source>&lt;p&gt;The server says this token is &lt;b&gt;active&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Laut Server ist dieses Token &lt;b&gt;aktiv&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="83"/>
        <source>&lt;p&gt;The server says this token is &lt;b&gt;not active&lt;/b&gt;: it expired, was revoked, or this client may not ask about it (some servers answer only a client named in the token&apos;s audience).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Laut Server ist dieses Token &lt;b&gt;nicht aktiv&lt;/b&gt;: Es ist abgelaufen, wurde widerrufen, oder dieser Client darf nicht danach fragen (manche Server antworten nur einem Client, der in der Zielgruppe (audience) des Tokens steht).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="95"/>
        <source>Revoke the console&apos;s token</source>
        <translation>Token der Konsole widerrufen</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="96"/>
        <source>Revoke the access token this console uses now? The server refuses it from then on; the console signs in again or renews it at its next request.</source>
        <translation>Das Zugriffstoken widerrufen, das diese Konsole gerade verwendet? Der Server weist es danach zurück; die Konsole meldet sich bei ihrer nächsten Anfrage neu an oder erneuert es.</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="104"/>
        <source>&lt;p&gt;The server revoked this token.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Server hat dieses Token widerrufen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="116"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="120"/>
        <source>&lt;p&gt;The console&apos;s own session, as the server described it at sign-in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die eigene Sitzung der Konsole, wie der Server sie bei der Anmeldung beschrieben hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="124"/>
        <source>&lt;p&gt;Issued: %1&lt;br&gt;Expires: %2&lt;br&gt;Scopes / roles: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ausgestellt: %1&lt;br&gt;Läuft ab: %2&lt;br&gt;Scopes / Rollen: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="126"/>
        <source>none stated</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="129"/>
        <source>&lt;h4&gt;What the server answered&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Antwort des Servers&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="131"/>
        <source>&lt;h4&gt;Header (unverified)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Header (nicht verifiziert)&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="134"/>
        <source>&lt;h4&gt;Claims (unverified)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Claims (nicht verifiziert)&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <location filename="../models/cache/UpgradeProgress.cpp" line="33"/>
        <source>Sorting the cache in this system&apos;s language</source>
        <translation>Cache wird in der Sprache dieses Systems sortiert</translation>
    </message>
    <message>
        <location filename="../models/cache/UpgradeProgress.cpp" line="34"/>
        <source>Upgrading the cache (step %1 of %2)</source>
        <translation>Cache wird aktualisiert (Schritt %1 von %2)</translation>
    </message>
    <message>
        <location filename="../models/cache/UpgradeProgress.cpp" line="37"/>
        <source>%1… %2 s</source>
        <translation>%1… %2 s</translation>
    </message>
    <message>
        <location filename="../models/cache/UpgradeProgress.cpp" line="38"/>
        <source>%1: %2 %, %L3 users/s, about %4 s left</source>
        <translation>%1: %2 %, %L3 Benutzer/s, noch etwa %4 s</translation>
    </message>
</context>
<context>
    <name>UserChange</name>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="9"/>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="11"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="13"/>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="15"/>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="17"/>
        <source>creation time</source>
        <translation>Erstellungszeit</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="28"/>
        <source>appeared on the server</source>
        <translation>auf dem Server erschienen</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="30"/>
        <source>deleted on server</source>
        <translation>auf dem Server gelöscht</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="32"/>
        <source>back on the server</source>
        <translation>wieder auf dem Server</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="37"/>
        <source>lost role %1</source>
        <translation>Rolle %1 verloren</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="37"/>
        <source>gained role %1</source>
        <translation>Rolle %1 erhalten</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="39"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="39"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="41"/>
        <source>%1 set to “%2”</source>
        <translation>%1 auf „%2“ gesetzt</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="43"/>
        <source>%1 removed (was “%2”)</source>
        <translation>%1 entfernt (war „%2“)</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="44"/>
        <source>%1 changed from “%2” to “%3”</source>
        <translation>%1 von „%2“ in „%3“ geändert</translation>
    </message>
</context>
<context>
    <name>UserColumnChooser</name>
    <message>
        <location filename="../views/users/UserColumnChooser.cpp" line="19"/>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <location filename="../views/users/UserColumnChooser.cpp" line="33"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>UserDetailPanel</name>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="60"/>
        <source>Loading every attribute from the server…</source>
        <translation>Alle Attribute werden vom Server geladen…</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="72"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="72"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="81"/>
        <source>Roles / scopes</source>
        <translation>Rollen / Scopes</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="85"/>
        <source>Actions the server allows for this user</source>
        <translation>Aktionen, die der Server für diesen Benutzer erlaubt</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="91"/>
        <source>Sessions of this user appear here.</source>
        <translation>Hier erscheinen die Sitzungen dieses Benutzers.</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="93"/>
        <source>API keys of this user appear here.</source>
        <translation>Hier erscheinen die API-Schlüssel dieses Benutzers.</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="95"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="96"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="97"/>
        <location filename="../views/users/UserDetailPanel.cpp" line="167"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="98"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="103"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="103"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="112"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="161"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="163"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="165"/>
        <source>Change scopes…</source>
        <translation>Scopes ändern…</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="169"/>
        <source>Sign out everywhere…</source>
        <translation>Überall abmelden…</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="171"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="185"/>
        <source>No user selected</source>
        <translation>Kein Benutzer ausgewählt</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="191"/>
        <source>username %1</source>
        <translation>Benutzername %1</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="192"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="192"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="194"/>
        <source>created %1</source>
        <translation>erstellt am %1</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="195"/>
        <source>last login %1</source>
        <translation>letzte Anmeldung am %1</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="196"/>
        <source>no sign-in recorded</source>
        <translation>keine Anmeldung erfasst</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="201"/>
        <source>Select a user in the table to see every attribute the server returned.</source>
        <translation>Wählen Sie einen Benutzer in der Tabelle aus, um alle Attribute zu sehen, die der Server geliefert hat.</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="215"/>
        <source>(no roles or scopes)</source>
        <translation>(keine Rollen oder Scopes)</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="256"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="258"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="258"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="272"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="273"/>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="274"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="275"/>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="276"/>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="314"/>
        <source>The server allows no actions on this user for your account.</source>
        <translation>Der Server erlaubt Ihrem Konto keine Aktionen für diesen Benutzer.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="23"/>
        <source>Account enabled</source>
        <translation>Konto aktiviert</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="28"/>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="28"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserEditDialog.cpp" line="72"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="73"/>
        <source>leave empty to keep the password</source>
        <translation>leer lassen, um das Passwort zu behalten</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="77"/>
        <source>The server does not allow changing this.</source>
        <translation>Der Server erlaubt nicht, das zu ändern.</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="113"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="113"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="162"/>
        <source>The other choices could not be listed: %1</source>
        <translation>Die übrigen Auswahlmöglichkeiten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="205"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="208"/>
        <source>This does not look like an email address.</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserEditDialog.cpp" line="210"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen.</numerusform>
            <numerusform>Mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserExporter</name>
    <message>
        <location filename="../models/export/UserExporter.cpp" line="54"/>
        <source>There is no user list to export.</source>
        <translation>Es gibt keine Benutzerliste zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../models/export/UserExporter.cpp" line="61"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/export/UserExporter.cpp" line="78"/>
        <location filename="../models/export/UserExporter.cpp" line="163"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/export/UserExporter.cpp" line="79"/>
        <source>Could not load every user: %1</source>
        <translation>Nicht alle Benutzer konnten geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/export/UserExporter.cpp" line="103"/>
        <source>The list was reloaded during the export; nothing was written.</source>
        <translation>Die Liste wurde während des Exports neu geladen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/export/UserExporter.cpp" line="119"/>
        <source>Writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../models/export/UserExporter.cpp" line="135"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/export/UserExporter.cpp" line="138"/>
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>%n Benutzer nach %1 exportiert.</numerusform>
            <numerusform>%n Benutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserListController</name>
    <message>
        <location filename="../models/listing/UserListController.cpp" line="389"/>
        <source>There is no server or cache to list users from.</source>
        <translation>Es gibt weder einen Server noch einen Cache, aus dem Benutzer aufgelistet werden können.</translation>
    </message>
    <message>
        <location filename="../models/listing/UserListController.cpp" line="412"/>
        <source>The list of users was closed.</source>
        <translation>Die Benutzerliste wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="610"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="610"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="583"/>
        <source>This account is disabled: it cannot sign in.</source>
        <translation>Dieses Konto ist deaktiviert: Es kann sich nicht anmelden.</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="66"/>
        <source>The list was reloaded.</source>
        <translation>Die Liste wurde neu geladen.</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="164"/>
        <source>Another export started.</source>
        <translation>Ein anderer Export wurde gestartet.</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="178"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="629"/>
        <source>The server&apos;s attribute %1. Click to sort the loaded users.</source>
        <translation>Das Attribut %1 des Servers. Klicken, um die geladenen Benutzer zu sortieren.</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="632"/>
        <source>Click to sort: the server sorts every user.</source>
        <translation>Klicken zum Sortieren: Der Server sortiert alle Benutzer.</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="633"/>
        <source>Click to sort the loaded users (this server cannot sort).</source>
        <translation>Klicken, um die geladenen Benutzer zu sortieren (dieser Server kann nicht sortieren).</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="637"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="639"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="641"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="643"/>
        <source>Roles / scopes</source>
        <translation>Rollen / Scopes</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="645"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="647"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="649"/>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../views/users/UserActions.cpp" line="30"/>
        <source>New user…</source>
        <translation>Neuer Benutzer…</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="32"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="34"/>
        <source>Roles…</source>
        <translation>Rollen…</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="35"/>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="37"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="38"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="79"/>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="81"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="84"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="87"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="41"/>
        <source>Add role to selected</source>
        <translation>Rolle zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="43"/>
        <source>Remove role from selected</source>
        <translation>Rolle aus Auswahl entfernen</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="114"/>
        <source>Search users (Ctrl+F)</source>
        <translation>Benutzer suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="118"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="118"/>
        <source>Enabled only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="118"/>
        <source>Disabled only</source>
        <translation>Nur deaktivierte</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="120"/>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="121"/>
        <source>Show only users holding this role or scope (among the loaded rows)</source>
        <translation>Nur Benutzer mit dieser Rolle oder diesem Scope zeigen (unter den geladenen Zeilen)</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="184"/>
        <source>Could not load users: %1</source>
        <translation>Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="181"/>
        <location filename="../views/users/UsersPage.cpp" line="230"/>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="240"/>
        <source>Cache search</source>
        <translation>Cache-Suche</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="241"/>
        <source>Every cached user is searched as you type, by the words&apos; beginnings.</source>
        <translation>Während der Eingabe werden alle Benutzer im Cache nach Wortanfängen durchsucht.</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="232"/>
        <source>Choose or create a profile to see its users.</source>
        <translation>Wählen oder erstellen Sie ein Profil, um seine Benutzer zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="178"/>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="247"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="250"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="253"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="256"/>
        <source>roles now %1</source>
        <translation>Rollen jetzt %1</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="261"/>
        <source>failed — %1</source>
        <translation>fehlgeschlagen — %1</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="271"/>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 von %3 erledigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserActions.cpp" line="275"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="310"/>
        <source>Every user holds exactly one; add another one instead, which replaces it.</source>
        <translation>Jeder Benutzer hat genau eine; fügen Sie stattdessen eine andere hinzu, die sie ersetzt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UsersPage.cpp" line="411"/>
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/users/UserExportProgress.cpp" line="19"/>
        <location filename="../views/users/UsersPage.cpp" line="418"/>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="419"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../views/users/UserExportProgress.cpp" line="17"/>
        <source>Exporting users…</source>
        <translation>Benutzer werden exportiert…</translation>
    </message>
    <message>
        <location filename="../views/users/UserExportProgress.cpp" line="17"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserExportProgress.cpp" line="44"/>
        <source>Fetching every page: %L1 of %Ln user(s)</source>
        <translation>
            <numerusform>Alle Seiten werden abgerufen: %L1 von %Ln Benutzer</numerusform>
            <numerusform>Alle Seiten werden abgerufen: %L1 von %Ln Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserExportProgress.cpp" line="45"/>
        <source>Fetching every page: %Ln user(s)</source>
        <translation>
            <numerusform>Alle Seiten werden abgerufen: %Ln Benutzer</numerusform>
            <numerusform>Alle Seiten werden abgerufen: %Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserExportProgress.cpp" line="46"/>
        <source>Writing %L1 of %Ln user(s)</source>
        <translation>
            <numerusform>Schreibe %L1 von %Ln Benutzer</numerusform>
            <numerusform>Schreibe %L1 von %Ln Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserExportProgress.cpp" line="56"/>
        <source>Exported %Ln user(s) to %1</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/users/UserExportProgress.cpp" line="57"/>
        <source>Export not written: %1</source>
        <translation>Export nicht geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="244"/>
        <source>Server search</source>
        <translation>Serversuche</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UsersPage.cpp" line="262"/>
        <source>%L1 of %Ln user(s) loaded</source>
        <translation>
            <numerusform>%L1 von %Ln Benutzer geladen</numerusform>
            <numerusform>%L1 von %Ln Benutzern geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UsersPage.cpp" line="263"/>
        <source>%Ln user(s) loaded</source>
        <translation>
            <numerusform>%Ln Benutzer geladen</numerusform>
            <numerusform>%Ln Benutzer geladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="248"/>
        <source>Local filter</source>
        <translation>Lokaler Filter</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="245"/>
        <source>The server searches all its users as you type.</source>
        <translation>Der Server durchsucht während der Eingabe alle seine Benutzer.</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="249"/>
        <source>This server cannot search: only the loaded rows are filtered.</source>
        <translation>Dieser Server kann nicht suchen: Nur die geladenen Zeilen werden gefiltert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UsersPage.cpp" line="265"/>
        <source>%Ln user(s) shown</source>
        <translation>
            <numerusform>%Ln Benutzer angezeigt</numerusform>
            <numerusform>%Ln Benutzer angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="330"/>
        <source>Changes found by syncs of the local cache, newest first.</source>
        <translation>Änderungen, die Synchronisierungen des lokalen Caches gefunden haben, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="332"/>
        <source>Not in the local cache yet: sync to start its history.</source>
        <translation>Noch nicht im lokalen Cache: Synchronisieren Sie, um den Verlauf zu beginnen.</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="335"/>
        <source>History is recorded by the local cache, which is not open.</source>
        <translation>Der Verlauf wird vom lokalen Cache erfasst, der nicht geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="359"/>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="91"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="94"/>
        <source>The server does not allow this on %1 for your account.</source>
        <translation>Der Server erlaubt Ihrem Konto das bei %1 nicht.</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="126"/>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="146"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="152"/>
        <source>Roles of %1 saved</source>
        <translation>Rollen von %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="176"/>
        <source>Delete the user %1 (%2) on the server? This cannot be undone.</source>
        <translation>Den Benutzer %1 (%2) auf dem Server löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Admin console for auth servers</source>
        <translation>Verwaltungskonsole für Authentifizierungsserver</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>User interface language (e.g. de, fr).</source>
        <translation>Sprache der Oberfläche (z. B. de, fr).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>Open this profile (name or id).</source>
        <translation>Dieses Profil öffnen (Name oder ID).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>Save a screenshot once the users have loaded, then quit.</source>
        <translation>Nach dem Laden der Benutzer einen Screenshot speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>Create the &apos;Sandbox demo&apos; profile for this URL.</source>
        <translation>Das Profil &apos;Sandbox demo&apos; für diese URL anlegen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="75"/>
        <source>Server type of the demo profile.</source>
        <translation>Servertyp des Demoprofils.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="77"/>
        <source>Identity of the demo profile.</source>
        <translation>Identität des Demoprofils.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>A non-secret demo setting, key=value.</source>
        <translation>Eine nicht geheime Demo-Einstellung, key=value.</translation>
    </message>
</context>
</TS>

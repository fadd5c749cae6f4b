<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AllSessionsFetch</name>
    <message>
        <location filename="../models/operations/AllSessionsFetch.cpp" line="36"/>
        <source>Reading the sessions was cancelled.</source>
        <translation>La lecture des sessions a été annulée.</translation>
    </message>
    <message>
        <location filename="../models/operations/AllSessionsFetch.cpp" line="42"/>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <location filename="../models/operations/AllSessionsFetch.cpp" line="58"/>
        <source>The server sent the same page of sessions twice; stopped reading.</source>
        <translation>Le serveur a envoyé deux fois la même page de sessions&#xa0;; lecture interrompue.</translation>
    </message>
</context>
<context>
    <name>ApiKeyTableModel</name>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="66"/>
        <source>never</source>
        <comment>last used</comment>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="68"/>
        <source>never</source>
        <comment>expires</comment>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="71"/>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="71"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="71"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="87"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="89"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="91"/>
        <source>Key starts with</source>
        <translation>Début de la clé</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="93"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="95"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="97"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="99"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="101"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/items/ApiKeyTableModel.cpp" line="103"/>
        <source>Scopes</source>
        <translation>Portées</translation>
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
        <translation>Émettre une clé…</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="30"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="50"/>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="75"/>
        <source>Issue a new key; it is shown once</source>
        <translation>Émettre une nouvelle clé&#xa0;; elle n’est affichée qu’une fois</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="77"/>
        <source>Revoke the selected keys</source>
        <translation>Révoquer les clés sélectionnées</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="86"/>
        <source>Sign in to a profile to manage its API keys.</source>
        <translation>Connectez-vous à un profil pour gérer ses clés d’API.</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="102"/>
        <source>Select one user to see their API keys.</source>
        <translation>Sélectionnez un utilisateur pour voir ses clés d’API.</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="135"/>
        <source>Could not load API keys: %1</source>
        <translation>Impossible de charger les clés d’API&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/keys/ApiKeysPage.cpp" line="142"/>
        <source>%n key(s). Only the first characters of each key are ever shown.</source>
        <translation>
            <numerusform>%n clé. Seuls les premiers caractères de chaque clé sont affichés.</numerusform>
            <numerusform>%n clés. Seuls les premiers caractères de chaque clé sont affichés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="162"/>
        <source>Issuing “%1”…</source>
        <translation>Émission de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="165"/>
        <source>Issuing the key failed: %1</source>
        <translation>Échec de l’émission de la clé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/keys/ApiKeysPage.cpp" line="185"/>
        <source>Revoke %n key(s): %1? Programs using them will be refused at once.</source>
        <translation>
            <numerusform>Révoquer %n clé&#xa0;: %1&#xa0;? Les programmes qui l’utilisent seront refusés aussitôt.</numerusform>
            <numerusform>Révoquer %n clés&#xa0;: %1&#xa0;? Les programmes qui les utilisent seront refusés aussitôt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="187"/>
        <source>Revoke API key</source>
        <translation>Révoquer la clé d’API</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="208"/>
        <source>Revoking “%1” failed: %2</source>
        <translation>Échec de la révocation de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="211"/>
        <source>Revoking “%1” FAILED: the server still lists the key as active.</source>
        <translation>Révocation de «&#xa0;%1&#xa0;» ÉCHOUÉE&#xa0;: le serveur indique toujours la clé comme active.</translation>
    </message>
    <message>
        <location filename="../views/keys/ApiKeysPage.cpp" line="214"/>
        <source>“%1” revoked; the server no longer lists it as active.</source>
        <translation>«&#xa0;%1&#xa0;» révoquée&#xa0;; le serveur ne l’indique plus comme active.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../app/AppController.cpp" line="29"/>
        <source>No keychain</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="30"/>
        <source>The system keychain is not available (%1). Secrets are kept in memory for this session only and are never written anywhere else.</source>
        <translation>Le trousseau du système n’est pas disponible (%1). Les secrets sont gardés en mémoire pour cette session uniquement et ne sont jamais écrits ailleurs.</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="80"/>
        <source>Unknown server type “%1” in profile %2</source>
        <translation>Type de serveur «&#xa0;%1&#xa0;» inconnu dans le profil %2</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="114"/>
        <source>The local cache cannot be opened, so offline review is off: %1</source>
        <translation>Le cache local ne peut pas être ouvert, la consultation hors ligne est donc désactivée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="134"/>
        <source>The server cannot be reached (%1). Working offline from the cache.</source>
        <translation>Le serveur est injoignable (%1). Travail hors ligne à partir du cache.</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="145"/>
        <source>The server stopped answering (%1). Working offline from the last complete copy.</source>
        <translation>Le serveur ne répond plus (%1). Travail hors ligne sur la dernière copie complète.</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="166"/>
        <source>The cache upgrade was cancelled: the cache keeps everything it held, and is upgraded the next time this profile opens. Offline review is off until then.</source>
        <translation>La mise à niveau du cache a été annulée&#xa0;: le cache garde tout ce qu’il contenait et sera mis à niveau à la prochaine ouverture de ce profil. D’ici là, la consultation hors ligne est désactivée.</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="171"/>
        <source>The local cache cannot be upgraded, so offline review is off: %1</source>
        <translation>Le cache local ne peut pas être mis à niveau, la consultation hors ligne est donc désactivée : %1</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="192"/>
        <source>Local cache deleted.</source>
        <translation>Cache local supprimé.</translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="193"/>
        <source>The cache could not be deleted: %1</source>
        <translation>Le cache n’a pas pu être supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuditCsvExport</name>
    <message>
        <location filename="../models/export/AuditCsvExport.cpp" line="29"/>
        <location filename="../models/export/AuditCsvExport.cpp" line="37"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="26"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="27"/>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="28"/>
        <source>Create user</source>
        <translation>Création d’utilisateur</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="29"/>
        <source>Edit user</source>
        <translation>Modification d’utilisateur</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="30"/>
        <source>Delete user</source>
        <translation>Suppression d’utilisateur</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="31"/>
        <source>Change roles</source>
        <translation>Modification des rôles</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="32"/>
        <source>Enable user</source>
        <translation>Activation d’utilisateur</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="33"/>
        <source>Disable user</source>
        <translation>Désactivation d’utilisateur</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="34"/>
        <source>Set password</source>
        <translation>Définition du mot de passe</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="35"/>
        <source>Revoke session</source>
        <translation>Révocation de session</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="36"/>
        <source>Sign out everywhere</source>
        <translation>Déconnexion partout</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="37"/>
        <source>Issue API key</source>
        <translation>Émission de clé d’API</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="38"/>
        <source>Revoke API key</source>
        <translation>Révocation de clé d’API</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="39"/>
        <source>Clear cache</source>
        <translation>Vidage du cache</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="49"/>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="51"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="53"/>
        <source>Not confirmed by the server</source>
        <translation>Non confirmé par le serveur</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="81"/>
        <source>Cannot open the audit log %1: %2</source>
        <translation>Impossible d’ouvrir le journal d’audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="86"/>
        <source>The audit log %1 cannot be read: %2</source>
        <translation>Le journal d’audit %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="92"/>
        <source>The audit log was written by a newer AuthDesk (schema %1).</source>
        <translation>Le journal d’audit a été écrit par une version plus récente d’AuthDesk (schéma %1).</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="111"/>
        <source>The audit log %1 cannot be created: %2</source>
        <translation>Le journal d’audit %1 ne peut pas être créé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="130"/>
        <location filename="../models/audit/AuditLog.cpp" line="255"/>
        <source>The audit log is not open.</source>
        <translation>Le journal d’audit n’est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="132"/>
        <source>An audit entry needs an action.</source>
        <translation>Une entrée d’audit nécessite une action.</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="154"/>
        <source>The audit log could not be written: %1</source>
        <translation>Le journal d’audit n’a pas pu être écrit&#xa0;: %1</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="113"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="115"/>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="117"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="119"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="121"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="123"/>
        <source>Server answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="125"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="127"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="31"/>
        <source>Filter by identity, action, target or message</source>
        <translation>Filtrer par identité, action, cible ou message</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="38"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="54"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="56"/>
        <source>Every change this console made, kept locally. It never holds secrets.</source>
        <translation>Chaque modification faite par cette console, conservée localement. Il ne contient jamais de secrets.</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="60"/>
        <source>The audit log is not available, so changes made now are not recorded. %1</source>
        <translation>Le journal d’audit n’est pas disponible&#xa0;: les modifications faites maintenant ne sont pas enregistrées. %1</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="74"/>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="75"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="80"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../views/audit/AuditPage.cpp" line="81"/>
        <source>The audit log could not be written to %1.</source>
        <translation>Le journal d’audit n’a pas pu être écrit dans %1.</translation>
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
        <translation>better-auth ne définit les permissions d’une clé que sur le serveur&#xa0;; une clé émise ici a les droits de son propriétaire.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="159"/>
        <source>better-auth lists sessions per user only: open a user to see theirs.</source>
        <translation>better-auth ne liste les sessions que par utilisateur&#xa0;: ouvrez un utilisateur pour voir les siennes.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="161"/>
        <source>better-auth sessions are cookies that the server extends while in use; AuthDesk signs in again when one ends.</source>
        <translation>Les sessions better-auth sont des cookies que le serveur prolonge tant qu’ils servent&#xa0;; AuthDesk se reconnecte quand l’une expire.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="163"/>
        <source>better-auth does not advertise per-user actions.</source>
        <translation>better-auth n’annonce pas d’actions par utilisateur.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="169"/>
        <source>Manages users, sessions and bans (admin plugin)</source>
        <translation>Gère les utilisateurs, les sessions et les bannissements (plugin admin)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="170"/>
        <source>Regular account (the admin plugin&apos;s default role)</source>
        <translation>Compte ordinaire (rôle par défaut du plugin admin)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="178"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="180"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="181"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="182"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="517"/>
        <source>This account&apos;s email address is not verified yet.</source>
        <translation>L’adresse e-mail de ce compte n’est pas encore vérifiée.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="519"/>
        <source>better-auth refused AuthDesk&apos;s Origin: the profile&apos;s base URL must be the server&apos;s baseURL or one of its trustedOrigins.</source>
        <translation>better-auth a refusé l’Origin d’AuthDesk&#xa0;: l’URL de base du profil doit être la baseURL du serveur ou l’un de ses trustedOrigins.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="527"/>
        <source>The server has no such endpoint: check the base URL and that better-auth&apos;s admin and API-key plugins are enabled.</source>
        <translation>Le serveur n’a pas ce point de terminaison&#xa0;: vérifiez l’URL de base et que les plugins admin et API-key de better-auth sont activés.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="542"/>
        <source>This does not look like an email address.</source>
        <translation>Ceci ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="547"/>
        <source>better-auth changes a password separately from the profile: leave the password empty to save the other changes.</source>
        <translation>better-auth change un mot de passe à part du profil&#xa0;: laissez le mot de passe vide pour enregistrer les autres modifications.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/BetterAuthDialect.cpp" line="551"/>
        <source>This server keeps no key descriptions (API-key metadata is disabled): leave the description empty.</source>
        <translation>Ce serveur ne conserve pas de description de clé (les métadonnées des clés d’API sont désactivées)&#xa0;: laissez la description vide.</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <location filename="../views/common/BulkActionDialog.cpp" line="35"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../views/common/BulkActionDialog.cpp" line="35"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../views/common/BulkActionDialog.cpp" line="35"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../views/common/BulkActionDialog.cpp" line="52"/>
        <location filename="../views/common/BulkActionDialog.cpp" line="162"/>
        <source>Deleting cannot be undone.</source>
        <translation>La suppression est irréversible.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="56"/>
        <source>Also change the %n user(s) that changed since the decision</source>
        <translation>
            <numerusform>Modifier aussi l’utilisateur (%n) qui a changé depuis la décision</numerusform>
            <numerusform>Modifier aussi les %n utilisateurs qui ont changé depuis la décision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="149"/>
        <source>%n user(s) will change.</source>
        <translation>
            <numerusform>%n utilisateur sera modifié.</numerusform>
            <numerusform>%n utilisateurs seront modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/common/BulkActionDialog.cpp" line="151"/>
        <source>%1 of %2 done.</source>
        <translation>Terminés&#xa0;: %1 sur %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="153"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n en échec.</numerusform>
            <numerusform>%n en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="155"/>
        <source>%n cancelled before being sent.</source>
        <translation>
            <numerusform>%n annulé avant l’envoi.</numerusform>
            <numerusform>%n annulés avant l’envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="158"/>
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n inchangé.</numerusform>
            <numerusform>%n inchangés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="160"/>
        <source>%n cannot be changed (see why below).</source>
        <translation>
            <numerusform>%n ne peut pas être modifié (raison ci-dessous).</numerusform>
            <numerusform>%n ne peuvent pas être modifiés (raisons ci-dessous).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="80"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="95"/>
        <source>already enabled</source>
        <translation>déjà activé</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="95"/>
        <source>already disabled</source>
        <translation>déjà désactivé</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="98"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="98"/>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="103"/>
        <source>will be deleted</source>
        <translation>sera supprimé</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="108"/>
        <source>already has %1</source>
        <translation>a déjà %1</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="111"/>
        <source>cannot add %1</source>
        <translation>impossible d’ajouter %1</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="121"/>
        <source>does not have %1</source>
        <translation>n’a pas %1</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="124"/>
        <location filename="../models/operations/BulkOperation.cpp" line="128"/>
        <source>cannot remove %1</source>
        <translation>impossible de retirer %1</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="125"/>
        <source>Every user has exactly one; add another one instead, which replaces it.</source>
        <translation>Chaque utilisateur en a exactement un&#xa0;; ajoutez-en plutôt un autre, qui le remplace.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="20"/>
        <source>Enable %n user(s)</source>
        <translation>
            <numerusform>Activer %n utilisateur</numerusform>
            <numerusform>Activer %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="23"/>
        <source>Disable %n user(s)</source>
        <translation>
            <numerusform>Désactiver %n utilisateur</numerusform>
            <numerusform>Désactiver %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="26"/>
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>Supprimer %n utilisateur</numerusform>
            <numerusform>Supprimer %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="29"/>
        <source>Add %1 to %n user(s)</source>
        <translation>
            <numerusform>Ajouter %1 à %n utilisateur</numerusform>
            <numerusform>Ajouter %1 à %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="32"/>
        <source>Remove %1 from %n user(s)</source>
        <translation>
            <numerusform>Retirer %1 à %n utilisateur</numerusform>
            <numerusform>Retirer %1 à %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="187"/>
        <source>This includes %1, the account this console is signed in as: its change is made last, once every other user&apos;s has ended, since it may end the session or narrow what it may do.</source>
        <translation>Cela inclut %1, le compte avec lequel cette console est connectée&#xa0;: sa modification est faite en dernier, une fois toutes les autres terminées, car elle peut mettre fin à la session ou restreindre ce qu’elle peut faire.</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="238"/>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="274"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="354"/>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="356"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="358"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="360"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="362"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="364"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../models/operations/BulkOperation.cpp" line="366"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <location filename="../models/remote/CaBundle.cpp" line="17"/>
        <source>No CA bundle file was given.</source>
        <translation>Aucun fichier de bundle CA n’a été indiqué.</translation>
    </message>
    <message>
        <location filename="../models/remote/CaBundle.cpp" line="21"/>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Le bundle CA %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../models/remote/CaBundle.cpp" line="25"/>
        <source>The CA bundle %1 is too large to be a list of certificates.</source>
        <translation>Le bundle CA %1 est trop grand pour être une liste de certificats.</translation>
    </message>
    <message>
        <location filename="../models/remote/CaBundle.cpp" line="31"/>
        <source>The CA bundle %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Le bundle CA %1 ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="35"/>
        <source>The cache is open read-only while offline; changes need a connection to the server.</source>
        <translation>Le cache est ouvert en lecture seule hors ligne&#xa0;; les modifications nécessitent une connexion au serveur.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="49"/>
        <location filename="../models/cache/CacheHousekeeping.cpp" line="72"/>
        <location filename="../models/cache/CachedUserSource.cpp" line="191"/>
        <source>“%1” is not a valid profile id for a cache file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ID de profil valide pour un fichier de cache.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="64"/>
        <source>There is no cache for this profile yet; it needs one sync while online.</source>
        <translation>Ce profil n’a pas encore de cache&#xa0;; il faut une synchronisation en ligne.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="74"/>
        <location filename="../models/cache/CacheUpgrade.cpp" line="92"/>
        <source>Cannot open the cache %1: %2</source>
        <translation>Impossible d’ouvrir le cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="82"/>
        <source>The cache %1 is not usable: %2</source>
        <translation>Le cache %1 n’est pas utilisable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CacheHousekeeping</name>
    <message>
        <location filename="../models/cache/CacheHousekeeping.cpp" line="87"/>
        <source>The cache could not be removed completely: %1</source>
        <translation>Le cache n’a pas pu être entièrement supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CacheInfo</name>
    <message>
        <location filename="../models/cache/CacheInfo.cpp" line="10"/>
        <source>No cache</source>
        <translation>Aucun cache</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CacheInfo.cpp" line="14"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/cache/CacheInfo.cpp" line="15"/>
        <source>synced %1</source>
        <translation>synchronisé %1</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheInfo.cpp" line="16"/>
        <source>never synced completely</source>
        <translation>jamais entièrement synchronisé</translation>
    </message>
</context>
<context>
    <name>CacheSchema</name>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="194"/>
        <source>The cache file cannot be read: %1</source>
        <translation>Le fichier du cache ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="198"/>
        <source>The cache was written by a newer AuthDesk (schema %1, this version knows %2); clear the cache or update AuthDesk.</source>
        <translation>Le cache a été écrit par une version plus récente d’AuthDesk (schéma %1, cette version connaît %2)&#xa0;; videz le cache ou mettez AuthDesk à jour.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="216"/>
        <location filename="../models/cache/CacheSchema.cpp" line="238"/>
        <source>Upgrading the cache to schema %1 failed: %2</source>
        <translation>La mise à niveau du cache vers le schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="225"/>
        <source>Upgrading the cache to schema %1 was stopped.</source>
        <translation>La mise à niveau du cache vers le schéma %1 a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="253"/>
        <location filename="../models/cache/CacheSchema.cpp" line="268"/>
        <location filename="../models/cache/CacheSchema.cpp" line="274"/>
        <source>Sorting the cache in this language failed: %1</source>
        <translation>Le tri du cache dans cette langue a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="260"/>
        <source>Sorting the cache in this language was stopped.</source>
        <translation>Le tri du cache dans cette langue a été interrompu.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="485"/>
        <source>the search text&apos;s SQL function cannot be registered</source>
        <translation>la fonction SQL du texte de recherche ne peut pas être enregistrée</translation>
    </message>
</context>
<context>
    <name>CacheWriter</name>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="161"/>
        <location filename="../models/cache/CacheWriter.cpp" line="447"/>
        <location filename="../models/cache/CacheWriter.cpp" line="639"/>
        <source>Writing the cache failed: %1</source>
        <translation>Échec de l’écriture du cache&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="177"/>
        <source>The cache is not open.</source>
        <translation>Le cache n’est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="233"/>
        <location filename="../models/cache/CacheWriter.cpp" line="407"/>
        <location filename="../models/cache/CacheWriter.cpp" line="428"/>
        <source>No sync is in progress.</source>
        <translation>Aucune synchronisation n’est en cours.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="595"/>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="641"/>
        <source>Readers kept the cache&apos;s log from being emptied.</source>
        <translation>Des lectures en cours ont empêché de vider le journal du cache.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="774"/>
        <source>A user without an id cannot be cached.</source>
        <translation>Un utilisateur sans ID ne peut pas être mis en cache.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="782"/>
        <source>Another program sorted the cache in another language; the next sync sorts it in this one&apos;s again and brings this user with it.</source>
        <translation>Un autre programme a trié le cache dans une autre langue&#xa0;; la prochaine synchronisation le trie à nouveau dans celle-ci et y ajoute cet utilisateur.</translation>
    </message>
</context>
<context>
    <name>CachedUser</name>
    <message>
        <location filename="../models/cache/CachedUser.cpp" line="10"/>
        <source>deleted on server (last seen %1)</source>
        <translation>supprimé sur le serveur (vu pour la dernière fois le %1)</translation>
    </message>
</context>
<context>
    <name>CachedUserSource</name>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="530"/>
        <source>Reading the cache was cancelled.</source>
        <translation>La lecture du cache a été annulée.</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="609"/>
        <source>the file is not open</source>
        <translation>le fichier n’est pas ouvert</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="611"/>
        <source>The local cache could not be read: %1.</source>
        <translation>Le cache local n’a pas pu être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="632"/>
        <source>The cache is closed.</source>
        <translation>Le cache est fermé.</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="646"/>
        <source>The local cache does not hold this user.</source>
        <translation>Le cache local ne contient pas cet utilisateur.</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="666"/>
        <location filename="../models/cache/CachedUserSource.cpp" line="688"/>
        <location filename="../models/cache/CachedUserSource.cpp" line="706"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="669"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="674"/>
        <source>1 minute ago</source>
        <translation>il y a 1 minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CachedUserSource.cpp" line="674"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="678"/>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CachedUserSource.cpp" line="678"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="681"/>
        <source>1 day ago</source>
        <translation>il y a 1 jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CachedUserSource.cpp" line="681"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="691"/>
        <source>Offline — data as of %1</source>
        <translation>Hors ligne — données du %1</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="692"/>
        <source>Offline — nothing cached yet for this profile</source>
        <translation>Hors ligne — rien en cache pour ce profil</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="694"/>
        <source>Cached data as of %1 (%2) — updating…</source>
        <translation>Données en cache du %1 (%2) — mise à jour…</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="695"/>
        <source>Loading from the server…</source>
        <translation>Chargement depuis le serveur…</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="697"/>
        <source>Live — synced %1</source>
        <translation>En direct — synchronisé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="708"/>
        <source>“%1” needs the server, and AuthDesk is working offline (data as of %2). Go online to make changes.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite le serveur, or AuthDesk travaille hors ligne (données du %2). Passez en ligne pour faire des modifications.</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <location filename="../models/remote/Capabilities.cpp" line="14"/>
        <source>This server records no reason with a disabled account.</source>
        <translation>Ce serveur n’enregistre aucun motif avec un compte désactivé.</translation>
    </message>
    <message>
        <location filename="../models/remote/Capabilities.cpp" line="16"/>
        <source>This server cannot end a disable by itself: enable the account again when it is due.</source>
        <translation>Ce serveur ne peut pas mettre fin lui-même à une désactivation&#xa0;: réactivez le compte le moment venu.</translation>
    </message>
    <message>
        <location filename="../models/remote/Capabilities.cpp" line="19"/>
        <source>This server publishes no OpenID Connect endpoint for that.</source>
        <translation>Ce serveur ne publie aucun point d&apos;accès OpenID Connect pour cela.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../views/profiles/CertificateDialog.cpp" line="26"/>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <location filename="../views/profiles/CertificateDialog.cpp" line="27"/>
        <source>&lt;b&gt;The connection to “%1” was refused.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Only trust this certificate if its fingerprint matches the one your server&apos;s administrator gave you.</source>
        <translation>&lt;b&gt;La connexion à «&#xa0;%1&#xa0;» a été refusée.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Ne faites confiance à ce certificat que si son empreinte correspond à celle que l’administrateur de votre serveur vous a donnée.</translation>
    </message>
    <message>
        <location filename="../views/profiles/CertificateDialog.cpp" line="43"/>
        <source>Trust this certificate for this profile</source>
        <translation>Faire confiance à ce certificat pour ce profil</translation>
    </message>
    <message>
        <location filename="../views/profiles/CertificateDialog.cpp" line="50"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="95"/>
        <source>; also %1: %2</source>
        <translation>; également %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="43"/>
        <source>warning: no keychain (%1); secrets are kept for this run only.</source>
        <translation>avertissement&#xa0;: aucun trousseau (%1)&#xa0;; les secrets ne sont gardés que pour cette exécution.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="159"/>
        <source>AuthDesk on the command line.</source>
        <translation>AuthDesk en ligne de commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="135"/>
        <source>Profile name or id (default: the current one).</source>
        <translation>Nom ou ID du profil (par défaut&#xa0;: le profil courant).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="137"/>
        <source>Read the local cache; never contact the server.</source>
        <translation>Lire le cache local&#xa0;; ne jamais contacter le serveur.</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="14"/>
        <source>Output: %1 (default %2).</source>
        <translation>Sortie&#xa0;: %1 (par défaut&#xa0;: %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="20"/>
        <source>Do not ask before destructive actions.</source>
        <translation>Ne pas demander de confirmation avant les actions destructrices.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="138"/>
        <source>Read the password from the first line of stdin.</source>
        <translation>Lire le mot de passe sur la première ligne de stdin.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="140"/>
        <source>Read secrets from stdin, one NAME=VALUE per line up to an empty line (see Secrets).</source>
        <translation>Lire les secrets sur stdin, un NAME=VALUE par ligne jusqu’à une ligne vide (voir Secrets).</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="52"/>
        <source>users create: read the new user&apos;s password from stdin (after the secrets, if given there).</source>
        <translation>users create&#xa0;: lire le mot de passe du nouvel utilisateur sur stdin (après les secrets, s’ils y sont donnés).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="141"/>
        <source>Refused: passwords never go on the command line.</source>
        <translation>Refusé&#xa0;: les mots de passe ne passent jamais par la ligne de commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="8"/>
        <source>Every user (from the server, or the cache with --offline).</source>
        <translation>Tous les utilisateurs (depuis le serveur, ou depuis le cache avec --offline).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="18"/>
        <source>Writes every user of the profile to stdout, as JSON unless --format says otherwise, in the columns the console&apos;s Export writes: from the server page after page, or from the local cache with --offline (see &apos;sync&apos;). --limit N writes the first N only.</source>
        <translation>Écrit tous les utilisateurs du profil sur stdout, en JSON sauf indication contraire de --format, avec les colonnes qu’écrit l’export de la console&#xa0;: depuis le serveur page après page, ou depuis le cache local avec --offline (voir &apos;sync&apos;). --limit N n’écrit que les N premiers.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="26"/>
        <location filename="../app/cli/UsersCommand.cpp" line="42"/>
        <source>Every page, not only the first.</source>
        <translation>Toutes les pages, pas seulement la première.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="30"/>
        <source>At most this many users (default: every user).</source>
        <translation>Au plus ce nombre d’utilisateurs (par défaut&#xa0;: tous les utilisateurs).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="44"/>
        <location filename="../app/cli/UsersCommand.cpp" line="146"/>
        <source>authdesk-cli: --limit takes a number of users, 1 or more.</source>
        <translation>authdesk-cli&#xa0;: --limit attend un nombre d’utilisateurs, 1 ou plus.</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="25"/>
        <source>Search text.</source>
        <translation>Texte recherché.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="43"/>
        <source>Rows per page.</source>
        <translation>Lignes par page.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="47"/>
        <source>Server type: %1.</source>
        <translation>Type de serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="48"/>
        <source>Username or email to sign in with.</source>
        <translation>Identifiant ou e-mail pour se connecter.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="49"/>
        <source>A non-secret profile setting, key=value.</source>
        <translation>Un paramètre non secret du profil, key=value.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="45"/>
        <source>Username of the user.</source>
        <translation>Identifiant de l’utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="46"/>
        <source>Email of the user.</source>
        <translation>E-mail de l’utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="47"/>
        <source>First name.</source>
        <translation>Prénom.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="48"/>
        <source>Last name.</source>
        <translation>Nom.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="49"/>
        <source>A role or scope (repeatable).</source>
        <translation>Un rôle ou une portée (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="50"/>
        <source>true or false.</source>
        <translation>true ou false.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="29"/>
        <source>Description of an API key.</source>
        <translation>Description d’une clé d’API.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="30"/>
        <source>User id owning the API key.</source>
        <translation>ID de l’utilisateur propriétaire de la clé d’API.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="146"/>
        <source>Only errors and warnings on stderr.</source>
        <translation>Seulement les erreurs et les avertissements sur stderr.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="147"/>
        <source>Also tell each step on stderr.</source>
        <translation>Indiquer aussi chaque étape sur stderr.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="159"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="160"/>
        <source>&apos;authdesk-cli help COMMAND&apos; or &apos;authdesk-cli COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>&apos;authdesk-cli help COMMAND&apos; ou &apos;authdesk-cli COMMAND --help&apos; affiche les options d’une commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="167"/>
        <location filename="../app/cli/CliApplication.cpp" line="186"/>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="180"/>
        <source>Global options, before or after the command: %1 (see authdesk-cli --help).</source>
        <translation>Options globales, avant ou après la commande&#xa0;: %1 (voir authdesk-cli --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="225"/>
        <source>See authdesk-cli --help.</source>
        <translation>Voir authdesk-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="254"/>
        <source>See authdesk-cli help %1.</source>
        <translation>Voir authdesk-cli help %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="278"/>
        <source>authdesk-cli: passwords are never accepted on the command line (other users can read it); use --password-stdin or answer the prompt.</source>
        <translation>authdesk-cli&#xa0;: les mots de passe ne sont jamais acceptés sur la ligne de commande (d’autres utilisateurs peuvent la lire)&#xa0;; utilisez --password-stdin ou répondez à l’invite.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="284"/>
        <source>authdesk-cli: give either --password-stdin or --secrets-stdin, not both.</source>
        <translation>authdesk-cli&#xa0;: indiquez --password-stdin ou --secrets-stdin, pas les deux.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="288"/>
        <source>authdesk-cli: give either --quiet or --verbose, not both.</source>
        <translation>authdesk-cli&#xa0;: indiquez --quiet ou --verbose, pas les deux.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="240"/>
        <source>authdesk-cli: no command given. See authdesk-cli --help.</source>
        <translation>authdesk-cli&#xa0;: aucune commande indiquée. Voir authdesk-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="144"/>
        <source>Give up on any one request after this many seconds (default: the profile&apos;s, 60).</source>
        <translation>Abandonner toute requête après ce nombre de secondes (par défaut : celui du profil, 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="246"/>
        <location filename="../app/cli/HelpCommand.cpp" line="39"/>
        <source>authdesk-cli: unknown command &apos;%1&apos;. See authdesk-cli --help.</source>
        <translation>authdesk-cli&#xa0;: commande &apos;%1&apos; inconnue. Voir authdesk-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="77"/>
        <source>authdesk-cli: --format must be table, csv, json or jsonl.</source>
        <translation>authdesk-cli&#xa0;: --format doit être table, csv, json ou jsonl.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="138"/>
        <source>Peak memory: %1 KiB.</source>
        <translation>Mémoire maximale : %1 Kio.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="158"/>
        <source>Signing out of %1.</source>
        <translation>Déconnexion de %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="185"/>
        <source>authdesk-cli: no profile chosen; use --profile NAME (see &apos;profiles list&apos;).</source>
        <translation>authdesk-cli&#xa0;: aucun profil choisi&#xa0;; utilisez --profile NAME (voir &apos;profiles list&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="190"/>
        <location filename="../app/cli/ProfilesCommand.cpp" line="195"/>
        <source>authdesk-cli: no profile named &apos;%1&apos;.</source>
        <translation>authdesk-cli&#xa0;: aucun profil nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="198"/>
        <source>authdesk-cli: this command needs the server; it is not available with --offline.</source>
        <translation>authdesk-cli&#xa0;: cette commande nécessite le serveur&#xa0;; elle n’est pas disponible avec --offline.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="208"/>
        <source>authdesk-cli: --deadline takes a number of seconds from 1 to 86400.</source>
        <translation>authdesk-cli : --deadline attend un nombre de secondes de 1 à 86400.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="216"/>
        <source>authdesk-cli: unknown server type &apos;%1&apos; in the profile.</source>
        <translation>authdesk-cli&#xa0;: type de serveur &apos;%1&apos; inconnu dans le profil.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="220"/>
        <source>Profile %1: %2 at %3.</source>
        <translation>Profil %1&#xa0;: %2 sur %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="248"/>
        <source>authdesk-cli: the cache of %1 cannot be sorted in this system&apos;s language: %2</source>
        <translation>authdesk-cli&#xa0;: le cache de %1 ne peut pas être trié dans la langue de ce système&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="249"/>
        <source>authdesk-cli: the cache of %1 cannot be upgraded to this version&apos;s format: %2</source>
        <translation>authdesk-cli&#xa0;: le cache de %1 ne peut pas être mis à niveau au format de cette version&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="253"/>
        <source>The cache of %1 was sorted again in the order of this system&apos;s language.</source>
        <translation>Le cache de %1 a été trié à nouveau dans l’ordre de la langue de ce système.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="254"/>
        <source>The cache of %1 was upgraded to this version&apos;s format.</source>
        <translation>Le cache de %1 a été mis à niveau au format de cette version.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="289"/>
        <source>Signed in to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="293"/>
        <source>Signing in to %1 as %2.</source>
        <translation>Connexion à %1 en tant que %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="306"/>
        <source>authdesk-cli: --password-stdin given but stdin has no line.</source>
        <translation>authdesk-cli&#xa0;: --password-stdin indiqué mais stdin ne contient aucune ligne.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="315"/>
        <source>authdesk-cli: --secrets-stdin: %1</source>
        <translation>authdesk-cli&#xa0;: --secrets-stdin&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="319"/>
        <source>authdesk-cli: --secrets-stdin given but stdin has no NAME=VALUE line.</source>
        <translation>authdesk-cli&#xa0;: --secrets-stdin indiqué mais stdin ne contient aucune ligne NAME=VALUE.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="335"/>
        <source>%1 for %2 at %3 (Enter keeps the stored one): </source>
        <translation>%1 pour %2 sur %3 (Entrée garde la valeur enregistrée)&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="337"/>
        <source>%1 for %2 at %3: </source>
        <translation>%1 pour %2 sur %3&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="346"/>
        <source>authdesk-cli: no %1 given.</source>
        <translation>authdesk-cli&#xa0;: aucune valeur donnée pour %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="348"/>
        <source>authdesk-cli: no %1 for %2 on stdin, none stored and no terminal to ask on; give it with --password-stdin or --secrets-stdin.</source>
        <translation>authdesk-cli&#xa0;: aucune valeur pour %1 de %2 sur stdin, aucune enregistrée et aucun terminal pour la demander&#xa0;; donnez-la avec --password-stdin ou --secrets-stdin.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="351"/>
        <source>authdesk-cli: no stored %1 for %2 and no terminal to ask on; run &apos;authdesk-cli login&apos;, or give it with --password-stdin or --secrets-stdin.</source>
        <translation>authdesk-cli&#xa0;: aucune valeur enregistrée pour %1 de %2 et aucun terminal pour la demander&#xa0;; lancez &apos;authdesk-cli login&apos; ou donnez-la avec --password-stdin ou --secrets-stdin.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="17"/>
        <source>List, add or remove connection profiles.</source>
        <translation>Lister, ajouter ou supprimer des profils de connexion.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="31"/>
        <source>A profile names a server: its base URL, its type (%1) and the identity to sign in with. Secrets never go into a profile: &apos;authdesk-cli login&apos; keeps them in the keychain. &apos;profiles remove&apos; deletes the profile&apos;s stored secrets too, and its local cache with --delete-cache. With --discover, --url is the server&apos;s OpenID Connect issuer (a Keycloak realm&apos;s https://HOST/realms/REALM, a Glewlwyd plugin&apos;s .../api/oidc): its discovery document gives the type, the API&apos;s base URL and the realm; --setting values still win.</source>
        <translation>Un profil désigne un serveur&#xa0;: son URL de base, son type (%1) et l’identité avec laquelle se connecter. Les secrets ne vont jamais dans un profil&#xa0;: &apos;authdesk-cli login&apos; les garde dans le trousseau. &apos;profiles remove&apos; supprime aussi les secrets enregistrés du profil, et son cache local avec --delete-cache. Avec --discover, --url est l’émetteur OpenID Connect du serveur (celui d’un realm Keycloak https://HOST/realms/REALM, celui d’un plugin Glewlwyd .../api/oidc)&#xa0;: son document de découverte donne le type, l’URL de base de l’API et le realm&#xa0;; les valeurs de --setting l’emportent.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="44"/>
        <source>Name of the new profile.</source>
        <translation>Nom du nouveau profil.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="45"/>
        <source>Base URL of the server&apos;s API.</source>
        <translation>URL de base de l’API du serveur.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="51"/>
        <source>The profile&apos;s proxy: http://host:port, socks5://host:port or none (direct). Without it, HTTPS_PROXY, ALL_PROXY and NO_PROXY, else the desktop&apos;s settings.</source>
        <translation>Le proxy du profil : http://hôte:port, socks5://hôte:port ou none (direct). Sans lui, HTTPS_PROXY, ALL_PROXY et NO_PROXY, sinon les réglages du bureau.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="55"/>
        <source>A PEM file of the certificate authorities to trust for this server instead of the system&apos;s.</source>
        <translation>Un fichier PEM des autorités de certification à approuver pour ce serveur à la place de celles du système.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="57"/>
        <source>remove: also delete the profile&apos;s local cache.</source>
        <translation>remove&#xa0;: supprimer aussi le cache local du profil.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="58"/>
        <source>add: fill in the type, base URL and realm from the OpenID Connect discovery document under --url.</source>
        <translation>add&#xa0;: remplir le type, l’URL de base et le realm depuis le document de découverte OpenID Connect sous --url.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="129"/>
        <source>authdesk-cli: the OpenID Connect server at %1 (issuer %2) is not one AuthDesk recognises: give its --url and --dialect instead of --discover.</source>
        <translation>authdesk-cli&#xa0;: AuthDesk ne reconnaît pas le serveur OpenID Connect à l’adresse %1 (émetteur %2)&#xa0;: indiquez son --url et son --dialect au lieu de --discover.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="137"/>
        <source>authdesk-cli: discovered %1 at %2</source>
        <translation>authdesk-cli&#xa0;: %1 trouvé à l’adresse %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="149"/>
        <source>authdesk-cli: profiles add needs --name, a valid --url and --dialect (%1).</source>
        <translation>authdesk-cli&#xa0;: profiles add nécessite --name, une --url valide et --dialect (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="156"/>
        <source>authdesk-cli: %1 is a secret: it is kept in the keychain by &apos;authdesk-cli login&apos; (from the prompt or --secrets-stdin), never in the profile or on the command line.</source>
        <translation>authdesk-cli&#xa0;: %1 est un secret&#xa0;: il est gardé dans le trousseau par &apos;authdesk-cli login&apos; (depuis l’invite ou --secrets-stdin), jamais dans le profil ni sur la ligne de commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="163"/>
        <source>authdesk-cli: a %1 profile needs --setting %2=VALUE (%3).</source>
        <translation>authdesk-cli&#xa0;: un profil %1 nécessite --setting %2=VALUE (%3).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="170"/>
        <source>authdesk-cli: --proxy: %1</source>
        <translation>authdesk-cli : --proxy : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="175"/>
        <source>authdesk-cli: --ca-bundle: %1</source>
        <translation>authdesk-cli : --ca-bundle : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="180"/>
        <source>authdesk-cli: a profile named &apos;%1&apos; exists already.</source>
        <translation>authdesk-cli&#xa0;: un profil nommé &apos;%1&apos; existe déjà.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="200"/>
        <source>Remove the profile &apos;%1&apos;, its stored secrets and its local cache?</source>
        <translation>Supprimer le profil &apos;%1&apos;, ses secrets enregistrés et son cache local&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="201"/>
        <source>Remove the profile &apos;%1&apos; and its stored secrets?</source>
        <translation>Supprimer le profil &apos;%1&apos; et ses secrets enregistrés&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="202"/>
        <source>authdesk-cli: not removed (confirm on a terminal, or pass --yes).</source>
        <translation>authdesk-cli&#xa0;: rien supprimé (confirmez dans un terminal ou passez --yes).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="215"/>
        <source>authdesk-cli: the keychain could not be reached; the secrets of &apos;%1&apos; may still be stored there.</source>
        <translation>authdesk-cli&#xa0;: le trousseau est injoignable&#xa0;; les secrets de &apos;%1&apos; y sont peut-être encore enregistrés.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="222"/>
        <source>Removed the profile &apos;%1&apos;.</source>
        <translation>Profil &apos;%1&apos; supprimé.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="228"/>
        <source>Removed the profile &apos;%1&apos;, its stored secrets and its local cache.</source>
        <translation>Profil &apos;%1&apos;, ses secrets enregistrés et son cache local supprimés.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="229"/>
        <source>Removed the profile &apos;%1&apos; and its stored secrets; its local cache is kept (--delete-cache removes it).</source>
        <translation>Profil &apos;%1&apos; et ses secrets enregistrés supprimés&#xa0;; son cache local est conservé (--delete-cache le supprime).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfilesCommand.cpp" line="89"/>
        <source>authdesk-cli: profiles list | add | remove NAME [--delete-cache]</source>
        <translation>authdesk-cli&#xa0;: profiles list | add | remove NAME [--delete-cache]</translation>
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="9"/>
        <source>Sign in, then keep the secrets it used in the keychain.</source>
        <translation>Se connecter, puis garder dans le trousseau les secrets utilisés.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="14"/>
        <source>Signs in to the profile with the secrets from --password-stdin or --secrets-stdin, or asks for each on the terminal (Enter keeps a stored one), and keeps what signed in in the keychain: later commands read it from there and ask nothing. Without a keychain it warns and keeps nothing.</source>
        <translation>Se connecte au profil avec les secrets de --password-stdin ou --secrets-stdin, ou demande chacun dans le terminal (Entrée garde celui enregistré), et garde dans le trousseau ceux qui ont permis la connexion&#xa0;: les commandes suivantes les y lisent et ne demandent rien. Sans trousseau, elle avertit et ne garde rien.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="37"/>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="48"/>
        <source>The profile does not keep its password: later commands will ask for it.</source>
        <translation>Le profil ne garde pas son mot de passe&#xa0;: les commandes suivantes le demanderont.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="55"/>
        <source>Stored %1 for %2 in the keychain; later commands will not ask for it.</source>
        <translation>%1 enregistré pour %2 dans le trousseau&#xa0;; les commandes suivantes ne le demanderont pas.</translation>
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="58"/>
        <source>Nothing was stored: there is no keychain, so later commands will ask again (or take --password-stdin or --secrets-stdin).</source>
        <translation>Rien n’a été enregistré&#xa0;: il n’y a pas de trousseau, les commandes suivantes redemanderont donc (ou prendront --password-stdin ou --secrets-stdin).</translation>
    </message>
    <message>
        <location filename="../app/cli/LogoutCommand.cpp" line="10"/>
        <source>Forget every stored secret of the profile.</source>
        <translation>Oublier tous les secrets enregistrés du profil.</translation>
    </message>
    <message>
        <location filename="../app/cli/LogoutCommand.cpp" line="15"/>
        <source>Removes the profile&apos;s secrets from the keychain; the next command needs them again. No session of authdesk-cli stays open where the server can sign out (every run signs out when it ends); elsewhere it says how the server&apos;s tokens end.</source>
        <translation>Supprime du trousseau les secrets du profil&#xa0;; la prochaine commande en aura de nouveau besoin. Aucune session d’authdesk-cli ne reste ouverte là où le serveur permet de se déconnecter (chaque exécution se déconnecte à la fin)&#xa0;; ailleurs, la commande indique comment les jetons du serveur prennent fin.</translation>
    </message>
    <message>
        <location filename="../app/cli/LogoutCommand.cpp" line="32"/>
        <source>authdesk-cli: the keychain could not be reached; the secrets of %1 may still be stored there.</source>
        <translation>authdesk-cli&#xa0;: le trousseau est injoignable&#xa0;; les secrets de %1 y sont peut-être encore enregistrés.</translation>
    </message>
    <message>
        <location filename="../app/cli/LogoutCommand.cpp" line="37"/>
        <source>Forgot the stored secrets of %1; the next command needs them again.</source>
        <translation>Secrets enregistrés de %1 oubliés&#xa0;; la prochaine commande en aura de nouveau besoin.</translation>
    </message>
    <message>
        <location filename="../app/cli/LogoutCommand.cpp" line="42"/>
        <source>No session of authdesk-cli is left open on %1: every run signs out when it ends.</source>
        <translation>Aucune session d’authdesk-cli ne reste ouverte sur %1&#xa0;: chaque exécution se déconnecte à la fin.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserListing.cpp" line="34"/>
        <source>No cached user holds the role “%1”.</source>
        <translation>Aucun utilisateur du cache n&apos;a le rôle « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/UserListing.cpp" line="75"/>
        <source>Read a page at offset %1; users so far: %2.</source>
        <translation>Page lue à partir de la position %1&#xa0;; utilisateurs jusqu’ici&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/UserListing.cpp" line="80"/>
        <source>%1 of %n user(s)…</source>
        <translation>
            <numerusform>%1 sur %n utilisateur…</numerusform>
            <numerusform>%1 sur %n utilisateurs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/UserListing.cpp" line="81"/>
        <source>%n user(s)…</source>
        <translation>
            <numerusform>%n utilisateur…</numerusform>
            <numerusform>%n utilisateurs…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SessionsCommand.cpp" line="9"/>
        <source>List or revoke a user&apos;s sessions.</source>
        <translation>Lister ou révoquer les sessions d’un utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionsCommand.cpp" line="47"/>
        <source>Revoke the session %1 of user %2?</source>
        <translation>Révoquer la session %1 de l’utilisateur %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionsCommand.cpp" line="48"/>
        <source>Revoke every session of user %1?</source>
        <translation>Révoquer toutes les sessions de l’utilisateur %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="14"/>
        <source>Copy every user into the local cache.</source>
        <translation>Copier tous les utilisateurs dans le cache local.</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="19"/>
        <source>Copies every user of the profile into its local cache, which --offline reads (users list, export). A cancelled or failed sync leaves the previous copy. A sync that would mark more than half of the cached users deleted on the server stops before changing the cache, unless --allow-mass-delete says that is expected.</source>
        <translation>Copie tous les utilisateurs du profil dans son cache local, que lit --offline (users list, export). Une synchronisation annulée ou échouée laisse la copie précédente. Une synchronisation qui marquerait plus de la moitié des utilisateurs en cache comme supprimés sur le serveur s’arrête avant de modifier le cache, sauf si --allow-mass-delete indique que c’est attendu.</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="28"/>
        <source>Accept a sync that marks more than half of the cached users deleted on the server.</source>
        <translation>Accepter une synchronisation qui marque plus de la moitié des utilisateurs en cache comme supprimés sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SyncCommand.cpp" line="47"/>
        <source>authdesk-cli: the server no longer lists %1 of the %n cached user(s); syncing would mark them deleted, so the cache was left as it was. If they really are gone, run &apos;authdesk-cli sync --allow-mass-delete&apos;.</source>
        <translation>
            <numerusform>authdesk-cli : le serveur ne liste plus %1 des %n utilisateur en cache ; la synchronisation les marquerait comme supprimés, le cache est donc resté tel quel. S’ils ont vraiment disparu, lancez &apos;authdesk-cli sync --allow-mass-delete&apos;.</numerusform>
            <numerusform>authdesk-cli : le serveur ne liste plus %1 des %n utilisateurs en cache ; la synchronisation les marquerait comme supprimés, le cache est donc resté tel quel. S’ils ont vraiment disparu, lancez &apos;authdesk-cli sync --allow-mass-delete&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SyncCommand.cpp" line="66"/>
        <source>Synced %n user(s) into the cache.</source>
        <translation>
            <numerusform>%n utilisateur synchronisé dans le cache.</numerusform>
            <numerusform>%n utilisateurs synchronisés dans le cache.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/InsightsCommand.cpp" line="11"/>
        <source>Who is stale, disabled or an admin: figures from the profile&apos;s local cache.</source>
        <translation>Qui est inactif, désactivé ou admin&#xa0;: des chiffres tirés du cache local du profil.</translation>
    </message>
    <message>
        <location filename="../app/cli/InsightsCommand.cpp" line="21"/>
        <source>Counts the users of the profile&apos;s local cache (see &apos;sync&apos;), online or offline: enabled and disabled, never signed in, no sign-in for 30, 90 and 365 days, admins, disabled users that still hold sessions or API keys, users per role, accounts created per month and the last sign-in distribution. A figure the cache cannot know (the server records no sign-in time, sessions were not synced) has no count and a note saying why.</source>
        <translation>Compte les utilisateurs du cache local du profil (voir &apos;sync&apos;), en ligne ou hors ligne&#xa0;: activés et désactivés, jamais connectés, sans connexion depuis 30, 90 et 365 jours, admins, utilisateurs désactivés qui détiennent encore des sessions ou des clés d’API, utilisateurs par rôle, comptes créés par mois et répartition de la dernière connexion. Un chiffre que le cache ne peut pas connaître (le serveur n’enregistre aucune heure de connexion, les sessions n’ont pas été synchronisées) n’a pas de valeur mais une note qui dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../app/cli/InsightsCommand.cpp" line="32"/>
        <source>Count sign-in ages back from this time (ISO 8601, e.g. 2026-06-30 or 2026-06-30T12:00Z), for a report as of a date; default now.</source>
        <translation>Compter l’ancienneté des connexions à partir de ce moment (ISO 8601, p. ex. 2026-06-30 ou 2026-06-30T12:00Z), pour un rapport à une date donnée&#xa0;; par défaut maintenant.</translation>
    </message>
    <message>
        <location filename="../app/cli/InsightsCommand.cpp" line="46"/>
        <source>authdesk-cli: --at takes a date or time in ISO 8601 (2026-06-30, 2026-06-30T12:00Z).</source>
        <translation>authdesk-cli&#xa0;: --at attend une date ou une heure en ISO 8601 (2026-06-30, 2026-06-30T12:00Z).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="266"/>
        <source>authdesk-cli: no cache for %1 yet; run &apos;authdesk-cli sync&apos; first.</source>
        <translation>authdesk-cli&#xa0;: pas encore de cache pour %1&#xa0;; lancez d’abord &apos;authdesk-cli sync&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="13"/>
        <source>List, show, create, change or delete users.</source>
        <translation>Lister, afficher, créer, modifier ou supprimer des utilisateurs.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="30"/>
        <source>&apos;list&apos; prints the first page of users (--limit rows), or every page with --all; with --offline it reads the local cache, where --role (any of those given) and --enabled select the users as the Overview&apos;s figures do. &apos;create&apos; asks for the new user&apos;s password on the terminal, or reads it from stdin: the line after the secrets, or the first line with --new-password-stdin once the secrets are stored. &apos;delete&apos; asks first (or takes --yes) and reports a line per user.</source>
        <translation>&apos;list&apos; affiche la première page d&apos;utilisateurs (--limit lignes), ou toutes les pages avec --all ; avec --offline, il lit le cache local, où --role (l&apos;un des rôles donnés) et --enabled choisissent les utilisateurs comme le font les chiffres de la vue d&apos;ensemble. &apos;create&apos; demande le mot de passe du nouvel utilisateur sur le terminal, ou le lit sur stdin : la ligne après les secrets, ou la première ligne avec --new-password-stdin une fois les secrets enregistrés. &apos;delete&apos; demande d&apos;abord (ou prend --yes) et rend compte ligne par ligne.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="84"/>
        <source>authdesk-cli: users list | get ID | create | update ID | delete ID... | set-roles ID ROLE...</source>
        <translation>authdesk-cli&#xa0;: users list | get ID | create | update ID | delete ID... | set-roles ID ROLE...</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/UsersCommand.cpp" line="94"/>
        <source>Delete %n user(s) on the server? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n utilisateur sur le serveur&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n utilisateurs sur le serveur&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="95"/>
        <source>authdesk-cli: nothing deleted (confirm on a terminal, or pass --yes).</source>
        <translation>authdesk-cli&#xa0;: rien supprimé (confirmez dans un terminal ou passez --yes).</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="102"/>
        <source>Password for the new user: </source>
        <translation>Mot de passe du nouvel utilisateur&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="103"/>
        <source>authdesk-cli: the new user&apos;s password comes from a terminal or from stdin (--new-password-stdin, or the line after the secrets on stdin).</source>
        <translation>authdesk-cli&#xa0;: le mot de passe du nouvel utilisateur vient d’un terminal ou de stdin (--new-password-stdin, ou la ligne après les secrets sur stdin).</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="121"/>
        <source>authdesk-cli: &apos;users list&apos; does not take --%1.</source>
        <translation>authdesk-cli : &apos;users list&apos; ne prend pas --%1.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="128"/>
        <source>authdesk-cli: --role needs a role&apos;s name.</source>
        <translation>authdesk-cli : --role attend le nom d&apos;un rôle.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="153"/>
        <source>At most %1 users come in a page: --limit %2 lists the first %1, --all every page.</source>
        <translation>Une page apporte au plus %1 utilisateurs : --limit %2 liste les %1 premiers, --all toutes les pages.</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="186"/>
        <source>authdesk-cli: --enabled takes true or false, not “%1”.</source>
        <translation>authdesk-cli : --enabled prend true ou false, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="138"/>
        <source>authdesk-cli: --role and --enabled select users from the local cache: add --offline (after &apos;authdesk-cli sync&apos;).</source>
        <translation>authdesk-cli : --role et --enabled choisissent des utilisateurs dans le cache local : ajoutez --offline (après &apos;authdesk-cli sync&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="210"/>
        <source>authdesk-cli: the new user&apos;s password is missing from stdin (the line after the secrets).</source>
        <translation>authdesk-cli&#xa0;: le mot de passe du nouvel utilisateur manque sur stdin (la ligne après les secrets).</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="269"/>
        <source>deleting</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="269"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="396"/>
        <source>%1: failed — %2</source>
        <translation>%1&#xa0;: échec — %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionsCommand.cpp" line="40"/>
        <source>authdesk-cli: sessions list USER_ID | revoke USER_ID SESSION_ID | revoke-all USER_ID</source>
        <translation>authdesk-cli&#xa0;: sessions list USER_ID | revoke USER_ID SESSION_ID | revoke-all USER_ID</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="57"/>
        <location filename="../app/cli/SessionsCommand.cpp" line="49"/>
        <source>authdesk-cli: nothing revoked (confirm on a terminal, or pass --yes).</source>
        <translation>authdesk-cli&#xa0;: rien révoqué (confirmez dans un terminal ou passez --yes).</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionsCommand.cpp" line="78"/>
        <source>Session %1 revoked.</source>
        <translation>Session %1 révoquée.</translation>
    </message>
    <message>
        <location filename="../app/cli/SessionsCommand.cpp" line="85"/>
        <source>Every session of %1 revoked.</source>
        <translation>Toutes les sessions de %1 révoquées.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="9"/>
        <source>List, issue or revoke API keys.</source>
        <translation>Lister, émettre ou révoquer des clés d’API.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="21"/>
        <source>&apos;create&apos; prints the new key once on stdout, and nothing else there; it cannot be shown again.</source>
        <translation>&apos;create&apos; affiche la nouvelle clé une seule fois sur stdout, et rien d’autre&#xa0;; elle ne peut plus être affichée.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="28"/>
        <source>Name of the new API key.</source>
        <translation>Nom de la nouvelle clé d’API.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="47"/>
        <source>authdesk-cli: keys list | create --name N | revoke KEY_ID</source>
        <translation>authdesk-cli&#xa0;: keys list | create --name N | revoke KEY_ID</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="51"/>
        <source>authdesk-cli: keys create needs --name.</source>
        <translation>authdesk-cli&#xa0;: keys create nécessite --name.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="56"/>
        <source>Revoke the API key %1?</source>
        <translation>Révoquer la clé d’API %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="110"/>
        <source>API key %1 (id %2) issued; it will not be shown again.</source>
        <translation>Clé d’API %1 (ID %2) émise&#xa0;; elle ne sera plus affichée.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeysCommand.cpp" line="123"/>
        <source>API key %1 revoked.</source>
        <translation>Clé d’API %1 révoquée.</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="70"/>
        <source>authdesk-cli: sync cancelled; the cache is unchanged.</source>
        <translation>authdesk-cli&#xa0;: synchronisation annulée&#xa0;; le cache est inchangé.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="9"/>
        <source>The local audit log (only that profile&apos;s with --profile).</source>
        <translation>Le journal d’audit local (seulement celui de ce profil avec --profile).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="26"/>
        <source>authdesk-cli: the audit log cannot be opened.</source>
        <translation>authdesk-cli&#xa0;: le journal d’audit ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompleteCommand.cpp" line="45"/>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CompleteCommand.cpp" line="100"/>
        <source>Displays help on commandline options.</source>
        <translation>Afficher l’aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpCommand.cpp" line="8"/>
        <source>Show the help of a command, or this list.</source>
        <translation>Afficher l’aide d’une commande, ou cette liste.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="17"/>
        <source>%1 — users: %2, kept: %3, disabled: %4, role removed: %5, deleted: %6, asked: %7, open: %8.</source>
        <translation>%1 — utilisateurs&#xa0;: %2, conservés&#xa0;: %3, désactivés&#xa0;: %4, rôle retiré&#xa0;: %5, supprimés&#xa0;: %6, questions&#xa0;: %7, ouverts&#xa0;: %8.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="72"/>
        <source>Name of the new review.</source>
        <translation>Nom de la nouvelle revue.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="73"/>
        <source>Who reviews (start) or who decides (decide).</source>
        <translation>Qui révise (start) ou qui décide (decide).</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="74"/>
        <source>Due date of the new review, YYYY-MM-DD.</source>
        <translation>Échéance de la nouvelle revue, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="75"/>
        <source>start: only users with this role; decide: the role to remove.</source>
        <translation>start&#xa0;: seulement les utilisateurs ayant ce rôle&#xa0;; decide&#xa0;: le rôle à retirer.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="77"/>
        <source>start: only the cached users this search finds.</source>
        <translation>start&#xa0;: seulement les utilisateurs en cache que cette recherche trouve.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="78"/>
        <source>Why: the decision&apos;s comment, or the question of &apos;ask&apos;.</source>
        <translation>Pourquoi&#xa0;: le commentaire de la décision, ou la question de &apos;ask&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="33"/>
        <source>Access reviews from the local cache: start, decide per user, import, report, apply.</source>
        <translation>Revues d’accès depuis le cache local&#xa0;: commencer, décider par utilisateur, importer, rapport, appliquer.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="55"/>
        <source>A review is a snapshot of the profile&apos;s cached users (see &apos;sync&apos;), all of them, one role&apos;s (--role) or a search&apos;s (--search), taken offline. Decide per user: keep, disable, remove-role (with --role), delete, or ask (with --comment: the question). Each decision records who (--reviewer, else the review&apos;s reviewer), when and why (--comment), and is saved at once. &apos;import&apos; reads a CSV with the report&apos;s columns (user_id and decision at least; rows without a decision are skipped): every row is checked first, and the first bad one refuses the file with its line and reason, changing nothing. REVIEW is the review&apos;s name or id. &apos;report&apos; prints every user with the decision; the totals go to stderr. &apos;apply&apos; signs in and makes the decisions that change the server (disable, remove-role, delete) not applied yet, after a preview and a confirmation (or --yes); a user whose cached copy changed since the snapshot (sync first to know) is skipped unless --include-changed. Each change is in the audit log with the review&apos;s name; the review is closed once every user is decided and applied.</source>
        <translation>Une revue est un instantané des utilisateurs du profil en cache (voir &apos;sync&apos;)&#xa0;: tous, ceux d’un rôle (--role) ou d’une recherche (--search), pris hors ligne. Décider par utilisateur&#xa0;: keep, disable, remove-role (avec --role), delete ou ask (avec --comment&#xa0;: la question). Chaque décision enregistre qui (--reviewer, sinon le réviseur de la revue), quand et pourquoi (--comment), et est enregistrée aussitôt. &apos;import&apos; lit un CSV avec les colonnes du rapport (au moins user_id et decision&#xa0;; les lignes sans décision sont ignorées)&#xa0;: chaque ligne est d’abord vérifiée, et la première erronée fait refuser le fichier avec sa ligne et la raison, sans rien changer. REVIEW est le nom ou l’identifiant de la revue. &apos;report&apos; affiche chaque utilisateur avec la décision&#xa0;; les totaux vont sur stderr. &apos;apply&apos; se connecte et applique les décisions qui modifient le serveur (disable, remove-role, delete) pas encore appliquées, après un aperçu et une confirmation (ou --yes)&#xa0;; un utilisateur dont la copie en cache a changé depuis l’instantané (synchroniser avant pour le savoir) est ignoré sans --include-changed. Chaque modification figure dans le journal d’audit avec le nom de la revue&#xa0;; la revue est close dès que chaque utilisateur est décidé et appliqué.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="81"/>
        <source>apply: also change users whose copy changed since the snapshot.</source>
        <translation>apply&#xa0;: modifier aussi les utilisateurs dont la copie a changé depuis l’instantané.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="90"/>
        <source>authdesk-cli: review start | list | decide REVIEW USER_ID DECISION | import REVIEW FILE | report REVIEW | apply REVIEW</source>
        <translation>authdesk-cli&#xa0;: review start | list | decide REVUE ID_UTILISATEUR DÉCISION | import REVUE FICHIER | report REVUE | apply REVUE</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="99"/>
        <source>authdesk-cli: %1</source>
        <translation>authdesk-cli&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="126"/>
        <source>authdesk-cli: --due takes a date as YYYY-MM-DD.</source>
        <translation>authdesk-cli&#xa0;: --due attend une date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="131"/>
        <source>authdesk-cli: review start needs --name and --reviewer.</source>
        <translation>authdesk-cli&#xa0;: review start demande --name et --reviewer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ReviewCommand.cpp" line="153"/>
        <source>Review “%1” started: %n user(s) to decide, from the cache as of %2.</source>
        <translation>
            <numerusform>Revue «&#xa0;%1&#xa0;» démarrée&#xa0;: %n utilisateur à décider, depuis le cache du %2.</numerusform>
            <numerusform>Revue «&#xa0;%1&#xa0;» démarrée&#xa0;: %n utilisateurs à décider, depuis le cache du %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="189"/>
        <source>authdesk-cli: review decide REVIEW USER_ID %1</source>
        <translation>authdesk-cli&#xa0;: review decide REVIEW USER_ID %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="193"/>
        <location filename="../app/cli/ReviewCommand.cpp" line="219"/>
        <location filename="../app/cli/ReviewCommand.cpp" line="288"/>
        <location filename="../app/cli/ReviewCommand.cpp" line="319"/>
        <source>authdesk-cli: this profile has no review “%1”.</source>
        <translation>authdesk-cli&#xa0;: ce profil n’a pas de revue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="214"/>
        <source>authdesk-cli: review import REVIEW FILE.csv</source>
        <translation>authdesk-cli&#xa0;: review import REVIEW FICHIER.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="225"/>
        <source>authdesk-cli: %1 cannot be read: %2</source>
        <translation>authdesk-cli&#xa0;: %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="229"/>
        <source>authdesk-cli: %1: %2 Nothing was changed.</source>
        <translation>authdesk-cli&#xa0;: %1&#xa0;: %2 Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="235"/>
        <source>authdesk-cli: %1 has no “%2” column. Nothing was changed.</source>
        <translation>authdesk-cli&#xa0;: %1 n’a pas de colonne «&#xa0;%2&#xa0;». Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="247"/>
        <source>authdesk-cli: %1, line %2: “%3” is not a decision (%4). Nothing was changed.</source>
        <translation>authdesk-cli&#xa0;: %1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» n’est pas une décision (%4). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="268"/>
        <source>authdesk-cli: %1, line %2: %3 Nothing was changed.</source>
        <translation>authdesk-cli&#xa0;: %1, ligne %2&#xa0;: %3 Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ReviewCommand.cpp" line="279"/>
        <source>%n decision(s) imported.</source>
        <translation>
            <numerusform>%n décision importée.</numerusform>
            <numerusform>%n décisions importées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="306"/>
        <source>Made offline from the cache as of %1.</source>
        <translation>Faite hors ligne depuis le cache du %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="314"/>
        <source>authdesk-cli: review apply REVIEW [--include-changed] [--yes]</source>
        <translation>authdesk-cli&#xa0;: review apply REVUE [--include-changed] [--yes]</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ReviewCommand.cpp" line="345"/>
        <source>%n user(s) changed since the snapshot: check them, then apply again with --include-changed.</source>
        <translation>
            <numerusform>%n utilisateur a changé depuis l’instantané&#xa0;: le vérifier, puis appliquer de nouveau avec --include-changed.</numerusform>
            <numerusform>%n utilisateurs ont changé depuis l’instantané&#xa0;: les vérifier, puis appliquer de nouveau avec --include-changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="349"/>
        <source>Nothing to change on the server now.</source>
        <translation>Rien à modifier sur le serveur pour l’instant.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="354"/>
        <source>authdesk-cli: nothing applied (confirm on a terminal, or pass --yes).</source>
        <translation>authdesk-cli&#xa0;: rien n’a été appliqué (confirmer dans un terminal, ou passer --yes).</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="357"/>
        <source>applying</source>
        <translation>application</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../models/remote/Connection.cpp" line="139"/>
        <location filename="../models/remote/Connection.cpp" line="162"/>
        <source>This server&apos;s sign-in is not supported.</source>
        <translation>La connexion à ce serveur n’est pas prise en charge.</translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="315"/>
        <source>The server no longer accepts this session. Sign in again to continue.</source>
        <translation>Le serveur n’accepte plus cette session. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="329"/>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>Votre session a expiré. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="354"/>
        <source>AuthDesk is working offline; this needs the server.</source>
        <translation>AuthDesk travaille hors ligne&#xa0;; cette action nécessite le serveur.</translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="344"/>
        <source>This server cannot do this for this item or with these options.</source>
        <translation>Ce serveur ne peut pas faire cela pour cet élément ou avec ces options.</translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="464"/>
        <source>No stored %1 for this profile: enter it to sign in.</source>
        <translation>Aucune valeur «&#xa0;%1&#xa0;» enregistrée pour ce profil&#xa0;: saisissez-la pour vous connecter.</translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="532"/>
        <source>Cancelled: not signed in.</source>
        <translation>Annulé&#xa0;: non connecté.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/export/CsvReader.cpp" line="77"/>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n’est jamais fermé.</translation>
    </message>
    <message>
        <location filename="../models/export/CsvReader.cpp" line="83"/>
        <source>The file is empty: it has no header row.</source>
        <translation>Le fichier est vide&#xa0;: il n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <location filename="../models/export/CsvReader.cpp" line="91"/>
        <source>Line %1: %2 fields, but the header names %3.</source>
        <translation>Ligne %1&#xa0;: %2 champs, mais l’en-tête en nomme %3.</translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <location filename="../models/remote/Dialect.cpp" line="208"/>
        <source>The server publishes no token introspection endpoint on its own address.</source>
        <translation>Le serveur ne publie aucun point d&apos;accès d&apos;introspection de jeton à sa propre adresse.</translation>
    </message>
    <message>
        <location filename="../models/remote/Dialect.cpp" line="223"/>
        <source>The server publishes no token revocation endpoint on its own address.</source>
        <translation>Le serveur ne publie aucun point d&apos;accès de révocation de jeton à sa propre adresse.</translation>
    </message>
    <message>
        <location filename="../models/remote/Dialect.cpp" line="283"/>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="205"/>
        <source>Saved, but reading the user back failed: %1</source>
        <translation>Enregistré, mais la relecture de l’utilisateur a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DisableDialog</name>
    <message>
        <location filename="../views/users/DisableDialog.cpp" line="15"/>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <location filename="../views/users/DisableDialog.cpp" line="24"/>
        <source>Optional, e.g. left the company</source>
        <translation>Facultatif, p. ex. a quitté l’entreprise</translation>
    </message>
    <message>
        <location filename="../views/users/DisableDialog.cpp" line="26"/>
        <source>Recorded on the server with the disabled account</source>
        <translation>Enregistré sur le serveur avec le compte désactivé</translation>
    </message>
    <message>
        <location filename="../views/users/DisableDialog.cpp" line="37"/>
        <source>The server enables the account again at this time; unchecked, it stays disabled until enabled here</source>
        <translation>Le serveur réactive le compte à ce moment&#xa0;; décoché, il reste désactivé jusqu’à ce qu’il soit réactivé ici</translation>
    </message>
    <message>
        <location filename="../views/users/DisableDialog.cpp" line="48"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../views/users/DisableDialog.cpp" line="51"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../views/users/DisableDialog.cpp" line="62"/>
        <source>The end of the disable must be in the future.</source>
        <translation>La fin de la désactivation doit être dans le futur.</translation>
    </message>
</context>
<context>
    <name>EnvironmentProxyFactory</name>
    <message>
        <location filename="../models/remote/EnvironmentProxyFactory.cpp" line="151"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Sujet&#xa0;: %1
Émetteur&#xa0;: %2
Validité&#xa0;: du %3 au %4
SHA-256&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="73"/>
        <source>Wrong username or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="75"/>
        <source>This account is disabled.</source>
        <translation>Ce compte est désactivé.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="77"/>
        <source>The session has expired or was revoked; sign in again.</source>
        <translation>La session a expiré ou a été révoquée&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="79"/>
        <source>The server refused the API key or token: it is wrong, expired or revoked.</source>
        <translation>Le serveur a refusé la clé d’API ou le jeton&#xa0;: erroné, expiré ou révoqué.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="82"/>
        <source>A user with this username already exists.</source>
        <translation>Un utilisateur avec cet identifiant existe déjà.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="84"/>
        <source>A user with this email already exists.</source>
        <translation>Un utilisateur avec cette adresse e-mail existe déjà.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="86"/>
        <source>This already exists on the server.</source>
        <translation>Cela existe déjà sur le serveur.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="88"/>
        <source>The server has no such endpoint: check the profile&apos;s base URL.</source>
        <translation>Le serveur n’a pas ce point de terminaison&#xa0;: vérifiez l’URL de base du profil.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="90"/>
        <source>The user changed on the server since it was loaded; reload it and edit again.</source>
        <translation>L’utilisateur a changé sur le serveur depuis son chargement&#xa0;; rechargez-le et modifiez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="197"/>
        <source>The server has no sign-in at %1: check the profile&apos;s base URL.</source>
        <translation>Le serveur n’a pas de connexion à %1&#xa0;: vérifiez l’URL de base du profil.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="201"/>
        <source>The server refused the sign-in at %1 without saying why: check the credentials, and that this is the server&apos;s base URL.</source>
        <translation>Le serveur a refusé la connexion à %1 sans dire pourquoi&#xa0;: vérifiez les identifiants, et qu’il s’agit bien de l’URL de base du serveur.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="204"/>
        <source>The server refused the sign-in at %1 (“%2”): check the credentials, and that this is the server&apos;s base URL.</source>
        <translation>Le serveur a refusé la connexion à %1 («&#xa0;%2&#xa0;»)&#xa0;: vérifiez les identifiants, et qu’il s’agit bien de l’URL de base du serveur.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="218"/>
        <source>Not allowed: this needs an admin account.</source>
        <translation>Non autorisé&#xa0;: il faut un compte administrateur.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="219"/>
        <source>Not allowed: %1.</source>
        <translation>Non autorisé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="221"/>
        <source>Not found on the server: it may have been deleted meanwhile.</source>
        <translation>Introuvable sur le serveur&#xa0;: l’élément a peut-être été supprimé entre-temps.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="223"/>
        <source>The server refused the change as conflicting; reload and try again.</source>
        <translation>Le serveur a refusé la modification pour conflit&#xa0;; rechargez et réessayez.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="224"/>
        <source>The server refused the change as conflicting: %1.</source>
        <translation>Le serveur a refusé la modification pour conflit&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/ErrorMapping.cpp" line="226"/>
        <source>The server is rate-limiting requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur limite le débit des requêtes&#xa0;; réessayez dans %n seconde.</numerusform>
            <numerusform>Le serveur limite le débit des requêtes&#xa0;; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="228"/>
        <source>The server is rate-limiting requests; try again in a moment.</source>
        <translation>Le serveur limite le débit des requêtes&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="233"/>
        <source>The request is too large for the server.</source>
        <translation>La requête est trop volumineuse pour le serveur.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="235"/>
        <source>The server refused the request as invalid.</source>
        <translation>Le serveur a refusé la requête comme non valide.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="236"/>
        <source>The server refused the request as invalid: %1.</source>
        <translation>Le serveur a refusé la requête comme non valide&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="237"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="238"/>
        <source>The server refused the request: %1.</source>
        <translation>Le serveur a refusé la requête&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/ErrorMapping.cpp" line="241"/>
        <source>The server is unavailable for now; try again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur est momentanément indisponible&#xa0;; réessayez dans %n seconde.</numerusform>
            <numerusform>Le serveur est momentanément indisponible&#xa0;; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="243"/>
        <source>The server is unavailable for now; try again in a moment.</source>
        <translation>Le serveur est momentanément indisponible&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="245"/>
        <source>The server failed (HTTP %1); try again later.</source>
        <translation>Erreur du serveur (HTTP %1)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="250"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="255"/>
        <source>This server does not offer this operation.</source>
        <translation>Ce serveur ne propose pas cette opération.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="260"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="267"/>
        <source>The server redirected to another host (%1); AuthDesk does not follow it with your credentials.</source>
        <translation>Le serveur a redirigé vers un autre hôte (%1)&#xa0;; AuthDesk ne le suit pas avec vos identifiants.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="284"/>
        <source>The server&apos;s certificate changed since it was trusted for this profile: it may have been renewed, or someone may be intercepting the connection. Compare its fingerprint with the server&apos;s administrator before trusting it (%1).</source>
        <translation>Le certificat du serveur a changé depuis qu’il a été approuvé pour ce profil&#xa0;: il a peut-être été renouvelé, ou quelqu’un intercepte peut-être la connexion. Comparez son empreinte avec l’administrateur du serveur avant de lui faire confiance (%1).</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="288"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n’est pas approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="300"/>
        <source>The server&apos;s answer is too large (over %1); AuthDesk refused it.</source>
        <translation>La réponse du serveur est trop volumineuse (plus de %1)&#xa0;; AuthDesk l’a refusée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/ErrorMapping.cpp" line="307"/>
        <source>The server took longer than %n s to answer.</source>
        <translation>
            <numerusform>Le serveur a mis plus de %n s à répondre.</numerusform>
            <numerusform>Le serveur a mis plus de %n s à répondre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/ErrorMapping.cpp" line="313"/>
        <source>The server&apos;s answer was still not complete after %n s; AuthDesk gave up waiting for it.</source>
        <translation>
            <numerusform>La réponse du serveur n’était toujours pas complète après %n s ; AuthDesk a cessé de l’attendre.</numerusform>
            <numerusform>La réponse du serveur n’était toujours pas complète après %n s ; AuthDesk a cessé de l’attendre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="321"/>
        <source>The id “%1” cannot be sent to the server: in an address it would name another resource than the one meant. Nothing was sent.</source>
        <translation>L’identifiant « %1 » ne peut pas être envoyé au serveur : dans une adresse, il désignerait une autre ressource que celle voulue. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="328"/>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="334"/>
        <source>The connection closed before the server answered; AuthDesk did not send the change again. Check whether it was made before trying again.</source>
        <translation>La connexion s’est fermée avant la réponse du serveur&#xa0;; AuthDesk n’a pas renvoyé la modification. Vérifiez si elle a été appliquée avant de réessayer.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="341"/>
        <source>The server closed the connection before answering completely.</source>
        <translation>Le serveur a fermé la connexion avant d’avoir entièrement répondu.</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="347"/>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>La réponse du serveur n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="352"/>
        <source>The connection to the server failed: %1</source>
        <translation>La connexion au serveur a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="358"/>
        <source>The proxy cannot be used, so nothing was sent: %1</source>
        <translation>Le proxy ne peut pas être utilisé, rien n’a donc été envoyé : %1</translation>
    </message>
    <message>
        <location filename="../models/remote/ErrorMapping.cpp" line="365"/>
        <source>%1 Nothing was sent: fix the profile&apos;s CA bundle or clear it to trust the system&apos;s certificate authorities.</source>
        <translation>%1 Rien n’a été envoyé : corrigez le bundle CA du profil ou videz-le pour faire confiance aux autorités de certification du système.</translation>
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
        <translation>Gatekeeper liste les utilisateurs dans son propre ordre&#xa0;; AuthDesk trie les lignes chargées.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="45"/>
        <source>Gatekeeper identifies clients by certificates and public keys, not API keys.</source>
        <translation>Gatekeeper identifie les clients par certificats et clés publiques, pas par clés d’API.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="49"/>
        <source>Gatekeeper does not advertise per-user actions.</source>
        <translation>Gatekeeper n’annonce pas d’actions par utilisateur.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="56"/>
        <source>Sees and manages every user</source>
        <translation>Voit et gère tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="57"/>
        <source>Publishes network services</source>
        <translation>Publie des services réseau</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="58"/>
        <source>Instantiates network services</source>
        <translation>Instancie des services réseau</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="66"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="69"/>
        <source>User type</source>
        <translation>Type d’utilisateur</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="71"/>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="73"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="76"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="77"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="78"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>Gemini liste les utilisateurs dans son propre ordre&#xa0;; AuthDesk trie les lignes chargées.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="58"/>
        <source>Gemini lists sessions per user only: open a user to see theirs.</source>
        <translation>Gemini ne liste les sessions que par utilisateur&#xa0;: ouvrez un utilisateur pour voir les siennes.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="60"/>
        <source>Gemini issues no refresh tokens; AuthDesk signs in again with the stored password.</source>
        <translation>Gemini n’émet pas de jetons de rafraîchissement&#xa0;; AuthDesk se reconnecte avec le mot de passe enregistré.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="61"/>
        <source>Gemini authenticates API clients with client credentials, not API keys.</source>
        <translation>Gemini authentifie les clients de l’API par identifiants client, pas par clés d’API.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="70"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="71"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="82"/>
        <source>Granted by the server to administrators; it can never be requested or assigned.</source>
        <translation>Accordé par le serveur aux administrateurs&#xa0;; ne peut jamais être demandé ni attribué.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="84"/>
        <source>View artist and venue profiles (every token needs it)</source>
        <translation>Voir les profils d’artistes et de lieux (tout jeton en a besoin)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="85"/>
        <source>Create, update and delete an artist profile</source>
        <translation>Créer, modifier et supprimer un profil d’artiste</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="86"/>
        <source>Create, update and delete a venue profile</source>
        <translation>Créer, modifier et supprimer un profil de lieu</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="87"/>
        <source>Administrator of a city</source>
        <translation>Administrateur d’une ville</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="88"/>
        <source>Administrator of the whole system</source>
        <translation>Administrateur de tout le système</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="94"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="96"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="97"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="98"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="99"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="326"/>
        <source>The client ID or client secret is wrong: check the profile&apos;s Gemini client credentials.</source>
        <translation>L’ID client ou le secret client est incorrect&#xa0;: vérifiez les identifiants client Gemini du profil.</translation>
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
        <translation>Glewlwyd liste les utilisateurs dans son propre ordre&#xa0;; AuthDesk trie les lignes chargées.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="193"/>
        <source>Glewlwyd does not say how many users match; AuthDesk loads pages until one comes back short.</source>
        <translation>Glewlwyd n’indique pas combien d’utilisateurs correspondent&#xa0;; AuthDesk charge des pages jusqu’à en recevoir une incomplète.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="195"/>
        <source>Glewlwyd lists sessions per user only: open a user to see theirs.</source>
        <translation>Glewlwyd ne liste les sessions que par utilisateur&#xa0;: ouvrez un utilisateur pour voir les siennes.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="197"/>
        <source>Glewlwyd sessions have no refresh token; AuthDesk types the stored password again when the admin scope asks for it.</source>
        <translation>Les sessions Glewlwyd n’ont pas de jeton de rafraîchissement&#xa0;; AuthDesk ressaisit le mot de passe enregistré quand la portée admin le demande.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="199"/>
        <source>Glewlwyd does not advertise per-user actions.</source>
        <translation>Glewlwyd n’annonce pas d’actions par utilisateur.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="202"/>
        <source>The console holds a Glewlwyd session cookie or API key, not an OAuth token: there is nothing for the OpenID Connect endpoints to check or revoke.</source>
        <translation>La console détient un cookie de session ou une clé d&apos;API Glewlwyd, pas un jeton OAuth&#xa0;: les points d&apos;accès OpenID Connect n&apos;ont rien à vérifier ni à révoquer.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="208"/>
        <source>Glewlwyd manages sessions only for an administrator signed in with a password, not with an API key.</source>
        <translation>Glewlwyd ne gère les sessions que pour un administrateur connecté par mot de passe, pas par clé d’API.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="213"/>
        <source>Glewlwyd lets only an administrator signed in with a password list, issue or disable API keys, not another API key.</source>
        <translation>Glewlwyd ne laisse qu’un administrateur connecté par mot de passe lister, émettre ou désactiver des clés d’API, pas une autre clé d’API.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="217"/>
        <source>An API key has no session to end: disable the key to stop it.</source>
        <translation>Une clé d’API n’a pas de session à fermer&#xa0;: désactivez la clé pour l’arrêter.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="243"/>
        <source>Sign in with (password or api_key)</source>
        <translation>Se connecter avec (password ou api_key)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="245"/>
        <source>Admin API key, instead of a password</source>
        <translation>Clé d’API admin, au lieu d’un mot de passe</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="258"/>
        <source>Glewlwyd administration: access to the admin API</source>
        <translation>Administration Glewlwyd&#xa0;: accès à l’API d’administration</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="259"/>
        <source>Glewlwyd profile: access to the user&apos;s own profile</source>
        <translation>Profil Glewlwyd&#xa0;: accès au propre profil de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="265"/>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="267"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="268"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="269"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="270"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="307"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="529"/>
        <source>Issued from %1 (%2)</source>
        <translation>Émise depuis %1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="596"/>
        <source>Glewlwyd refused the sign-in: wrong username or password, a disabled account, or an API key that is disabled or not accepted.</source>
        <translation>Glewlwyd a refusé la connexion&#xa0;: identifiant ou mot de passe incorrect, compte désactivé, ou clé d’API désactivée ou non acceptée.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GlewlwydDialect.cpp" line="601"/>
        <source>Glewlwyd&apos;s configuration turns this feature off; for API keys, set admin_session_authentication=&quot;cookie,api_key&quot; in glewlwyd.conf.</source>
        <translation>La configuration de Glewlwyd désactive cette fonction&#xa0;; pour les clés d’API, définissez admin_session_authentication=&quot;cookie,api_key&quot; dans glewlwyd.conf.</translation>
    </message>
</context>
<context>
    <name>InsightsReader</name>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="24"/>
        <source>7 days or less</source>
        <translation>7 jours ou moins</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="25"/>
        <source>8–30 days</source>
        <translation>8–30 jours</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="26"/>
        <source>31–90 days</source>
        <translation>31–90 jours</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="27"/>
        <source>91–365 days</source>
        <translation>91–365 jours</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="28"/>
        <source>Over a year</source>
        <translation>Plus d’un an</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="72"/>
        <source>The cache is closed.</source>
        <translation>Le cache est fermé.</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="90"/>
        <source>The cache could not be read: %1</source>
        <translation>Le cache n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="127"/>
        <source>This server gave no user a sign-in time.</source>
        <translation>Ce serveur n’a donné d’heure de connexion pour aucun utilisateur.</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="133"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="134"/>
        <source>Enabled</source>
        <translation>Activés</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="135"/>
        <source>Disabled</source>
        <translation>Désactivés</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="139"/>
        <location filename="../models/insights/InsightsReader.cpp" line="141"/>
        <source>Never signed in</source>
        <translation>Jamais connectés</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="142"/>
        <source>No sign-in for 30 days</source>
        <translation>Sans connexion depuis 30 jours</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="142"/>
        <source>No sign-in for 90 days</source>
        <translation>Sans connexion depuis 90 jours</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="143"/>
        <source>No sign-in for 365 days</source>
        <translation>Sans connexion depuis 365 jours</translation>
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
        <translation>Ce serveur ne désigne aucun rôle d’administrateur.</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="173"/>
        <source>Disabled, still holding sessions or keys</source>
        <translation>Désactivés, avec encore des sessions ou des clés</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="176"/>
        <source>The cache holds no list of every session on this server.</source>
        <translation>Le cache ne contient pas la liste de toutes les sessions de ce serveur.</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="229"/>
        <source>Before %1</source>
        <translation>Avant %1</translation>
    </message>
    <message>
        <location filename="../models/insights/InsightsReader.cpp" line="258"/>
        <location filename="../models/insights/InsightsReader.cpp" line="259"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>IssueKeyDialog</name>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="18"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="24"/>
        <source>Issue an API key</source>
        <translation>Émettre une clé d’API</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="26"/>
        <source>What the key is for, e.g. deploy-bot</source>
        <translation>À quoi sert la clé, p. ex. deploy-bot</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="37"/>
        <source>Without an expiry the key works until it is revoked</source>
        <translation>Sans date d’expiration, la clé fonctionne jusqu’à sa révocation</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="53"/>
        <source>None checked: the key has every right of its owner</source>
        <translation>Aucune cochée&#xa0;: la clé a tous les droits de son propriétaire</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="64"/>
        <source>Issue key</source>
        <translation>Émettre la clé</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="66"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="67"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="70"/>
        <source>Limit to scopes</source>
        <translation>Limiter aux portées</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="76"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="87"/>
        <source>Give the key a name, so it can be recognised and revoked later.</source>
        <translation>Donnez un nom à la clé pour pouvoir la reconnaître et la révoquer plus tard.</translation>
    </message>
    <message>
        <location filename="../views/keys/IssueKeyDialog.cpp" line="93"/>
        <source>The expiry must be in the future.</source>
        <translation>La date d’expiration doit être dans le futur.</translation>
    </message>
</context>
<context>
    <name>IssuedKeyDialog</name>
    <message>
        <location filename="../views/keys/IssuedKeyDialog.cpp" line="20"/>
        <source>API key issued</source>
        <translation>Clé d’API émise</translation>
    </message>
    <message>
        <location filename="../views/keys/IssuedKeyDialog.cpp" line="22"/>
        <source>&lt;b&gt;Copy the key “%1” now.&lt;/b&gt; It is shown only this once: AuthDesk does not store it and the server will never show it again.</source>
        <translation>&lt;b&gt;Copiez la clé «&#xa0;%1&#xa0;» maintenant.&lt;/b&gt; Elle n’est affichée que cette fois&#xa0;: AuthDesk ne l’enregistre pas et le serveur ne la montrera plus jamais.</translation>
    </message>
    <message>
        <location filename="../views/keys/IssuedKeyDialog.cpp" line="32"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/keys/IssuedKeyDialog.cpp" line="36"/>
        <source>The clipboard is cleared after %n second(s) if it still holds the key.</source>
        <translation>
            <numerusform>Le presse-papiers est vidé au bout de %n seconde s’il contient encore la clé.</numerusform>
            <numerusform>Le presse-papiers est vidé au bout de %n secondes s’il contient encore la clé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../models/remote/dialects/JsonReader.cpp" line="12"/>
        <source>The server sent an answer AuthDesk cannot read.</source>
        <translation>Le serveur a envoyé une réponse illisible pour AuthDesk.</translation>
    </message>
</context>
<context>
    <name>KeycloakDialect</name>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="143"/>
        <source>The roles every new user of the realm gets</source>
        <translation>Les rôles que reçoit chaque nouvel utilisateur du realm</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="151"/>
        <source>A composite role grants other roles; AuthDesk shows it but leaves its mapping to Keycloak&apos;s admin console.</source>
        <translation>Un rôle composite accorde d’autres rôles ; AuthDesk l’affiche mais laisse son attribution à la console d’administration de Keycloak.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="161"/>
        <source>not a valid email address</source>
        <translation>adresse e-mail non valide</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="162"/>
        <source>not an allowed value</source>
        <translation>valeur non autorisée</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="164"/>
        <source>too short or too long</source>
        <translation>trop court ou trop long</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="165"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="167"/>
        <source>read-only in this realm</source>
        <translation>en lecture seule dans ce realm</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="169"/>
        <source>not in the required form</source>
        <translation>pas au format requis</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="171"/>
        <source>contains a character Keycloak does not allow</source>
        <translation>contient un caractère que Keycloak n’autorise pas</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="224"/>
        <source>Keycloak 26</source>
        <translation>Keycloak 26</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="260"/>
        <source>Keycloak lists users by username only; AuthDesk sorts the loaded rows.</source>
        <translation>Keycloak ne liste les utilisateurs que par identifiant&#xa0;; AuthDesk trie les lignes chargées.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="262"/>
        <source>Keycloak lists sessions per user or per client, not for the whole realm: open a user to see theirs.</source>
        <translation>Keycloak liste les sessions par utilisateur ou par client, pas pour tout le realm&#xa0;: ouvrez un utilisateur pour voir les siennes.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="268"/>
        <source>Keycloak&apos;s client secrets do not expire by themselves; revoke the key when it is no longer needed.</source>
        <translation>Les secrets client de Keycloak n’expirent pas d’eux-mêmes&#xa0;; révoquez la clé quand elle n’est plus utile.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="271"/>
        <source>A Keycloak service-account client gets the realm&apos;s default roles; give it others in Keycloak&apos;s admin console (Service account roles).</source>
        <translation>Un client Keycloak à compte de service reçoit les rôles par défaut du realm&#xa0;; attribuez-lui-en d’autres dans la console d’administration de Keycloak (Service account roles).</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="274"/>
        <source>Keycloak keeps no reason or end time for a disabled user: it is disabled until enabled again.</source>
        <translation>Keycloak n’enregistre ni motif ni date de fin pour un utilisateur désactivé&#xa0;: il reste désactivé jusqu’à ce qu’il soit réactivé.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="277"/>
        <source>Keycloak does not advertise per-user actions.</source>
        <translation>Keycloak n’annonce pas d’actions par utilisateur.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="279"/>
        <source>Client credentials come without a refresh token; AuthDesk asks for a new token with the client secret instead.</source>
        <translation>Les identifiants client ne fournissent pas de jeton de rafraîchissement&#xa0;; AuthDesk demande plutôt un nouveau jeton avec le secret client.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="281"/>
        <source>Client credentials open no session to end; the token expires by itself.</source>
        <translation>Les identifiants client n’ouvrent pas de session à fermer&#xa0;; le jeton expire de lui-même.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="289"/>
        <source>Keycloak answers introspection only for a confidential client: sign in with client credentials to ask it about the token.</source>
        <translation>Keycloak ne répond à l&apos;introspection que pour un client confidentiel&#xa0;: connectez-vous avec les identifiants du client pour l&apos;interroger sur le jeton.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="296"/>
        <source>Realm to manage</source>
        <translation>Realm à gérer</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="296"/>
        <source>the sign-in realm</source>
        <translation>le realm de connexion</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="297"/>
        <source>Realm to sign in to</source>
        <translation>Realm de connexion</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="298"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="299"/>
        <source>Sign in with (password or client_credentials)</source>
        <translation>Se connecter avec (password ou client_credentials)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="301"/>
        <source>Client secret, for client_credentials</source>
        <translation>Secret client, pour client_credentials</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="312"/>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="314"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="315"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="316"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="317"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="318"/>
        <source>Temporary: changed at the next sign-in</source>
        <translation>Temporaire&#xa0;: à changer à la prochaine connexion</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="326"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="335"/>
        <source>At the next sign-in</source>
        <translation>À la prochaine connexion</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="338"/>
        <source>Verify the email address</source>
        <translation>Vérifier l’adresse e-mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="338"/>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="339"/>
        <source>Set up one-time codes (OTP)</source>
        <translation>Configurer les codes à usage unique (OTP)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="339"/>
        <source>Review the profile</source>
        <translation>Relire le profil</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="678"/>
        <source>Locked after %n failed sign-in(s); enabling the user unlocks it.</source>
        <translation>
            <numerusform>Bloqué après %n échec de connexion&#xa0;; activer l’utilisateur le débloque.</numerusform>
            <numerusform>Bloqué après %n échecs de connexion&#xa0;; activer l’utilisateur le débloque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="679"/>
        <source>Locked after %n failed sign-in(s), the last from %1; enabling the user unlocks it.</source>
        <translation>
            <numerusform>Bloqué après %n échec de connexion, le dernier depuis %1&#xa0;; activer l’utilisateur le débloque.</numerusform>
            <numerusform>Bloqué après %n échecs de connexion, le dernier depuis %1&#xa0;; activer l’utilisateur le débloque.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="909"/>
        <source>offline token: %1</source>
        <translation>jeton hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1052"/>
        <source>Keycloak refused the sign-in: the account has required actions pending (a new password, a verified email); complete them in a browser first.</source>
        <translation>Keycloak a refusé la connexion&#xa0;: le compte a des actions requises en attente (un nouveau mot de passe, une adresse e-mail vérifiée)&#xa0;; effectuez-les d’abord dans un navigateur.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1059"/>
        <source>Keycloak refused the client: check the profile&apos;s client ID and, for client credentials, its secret.</source>
        <translation>Keycloak a refusé le client&#xa0;: vérifiez l’ID client du profil et, pour les identifiants client, son secret.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1070"/>
        <source>Keycloak refused: the signed-in account lacks the realm-management role for this (manage-users to change users, view-users to read them).</source>
        <translation>Keycloak a refusé&#xa0;: il manque au compte connecté le rôle realm-management nécessaire (manage-users pour modifier les utilisateurs, view-users pour les lire).</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1077"/>
        <source>Keycloak has no such realm: check the profile&apos;s realm names (they are case-sensitive).</source>
        <translation>Keycloak n’a pas ce realm&#xa0;: vérifiez les noms de realm du profil (ils sont sensibles à la casse).</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1150"/>
        <source>Keycloak has no user named %1 in this realm.</source>
        <translation>Keycloak n’a pas d’utilisateur nommé %1 dans ce realm.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1231"/>
        <source>The realm lists more than %n group(s); AuthDesk stops there.</source>
        <translation>
            <numerusform>Le realm compte plus de %n groupe&#xa0;; AuthDesk s&apos;arrête là.</numerusform>
            <numerusform>Le realm compte plus de %n groupes&#xa0;; AuthDesk s&apos;arrête là.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1306"/>
        <source>Keycloak&apos;s realm has no group %1.</source>
        <translation>Le realm Keycloak n&apos;a pas de groupe %1.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1402"/>
        <source>Keycloak&apos;s realm has no role named %1.</source>
        <translation>Le realm Keycloak n’a pas de rôle nommé %1.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1405"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ListBanners</name>
    <message>
        <location filename="../views/users/ListBanners.cpp" line="23"/>
        <source>Show all users</source>
        <translation>Afficher tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../views/users/ListBanners.cpp" line="51"/>
        <source>Only the users of the overview’s figure “%1”, from the local copy.</source>
        <translation>Seulement les utilisateurs du chiffre «&#xa0;%1&#xa0;» de la vue d’ensemble, depuis la copie locale.</translation>
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
        <translation>Luminate Data n’a pas d’API de gestion des utilisateurs&#xa0;; AuthDesk se connecte seulement et vérifie le jeton.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="30"/>
        <source>Luminate Data does not expose sessions; its tokens expire after 24 hours.</source>
        <translation>Luminate Data n’expose pas de sessions&#xa0;; ses jetons expirent au bout de 24 heures.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="34"/>
        <source>Luminate API keys are issued by Luminate support, not through the API.</source>
        <translation>Les clés d’API Luminate sont émises par le support Luminate, pas par l’API.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="38"/>
        <source>Luminate has no refresh token; AuthDesk signs in again before expiry.</source>
        <translation>Luminate n’a pas de jeton de rafraîchissement&#xa0;; AuthDesk se reconnecte avant l’expiration.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="44"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="104"/>
        <source>This API key is not valid for Luminate.</source>
        <translation>Cette clé d’API n’est pas valide pour Luminate.</translation>
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
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="76"/>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="77"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="78"/>
        <source>&amp;Token inspector…</source>
        <translation>Inspecteur de &amp;jeton…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="79"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="85"/>
        <source>S&amp;ync cache</source>
        <translation>S&amp;ynchroniser le cache</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="87"/>
        <location filename="../views/MainWindow.cpp" line="415"/>
        <source>Copy every user of the server into the local cache, for offline review</source>
        <translation>Copier tous les utilisateurs du serveur dans le cache local, pour les consulter hors ligne</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="88"/>
        <source>Work &amp;offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="407"/>
        <source>Read the local cache only; nothing is sent to the server</source>
        <translation>Lire uniquement le cache local&#xa0;; rien n’est envoyé au serveur</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="96"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="103"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="108"/>
        <source>Profile: </source>
        <translation>Profil : </translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="120"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="120"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="120"/>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="120"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="120"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="121"/>
        <source>Access reviews</source>
        <translation>Revues d’accès</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="150"/>
        <source>The overview could not be counted: %1</source>
        <translation>La vue d’ensemble n’a pas pu être comptée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="178"/>
        <source>Cancel sync</source>
        <translation>Annuler la synchro</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="179"/>
        <source>Stop the sync; the cache stays exactly as it was before it began</source>
        <translation>Arrêter la synchronisation&#xa0;; le cache reste exactement tel qu’il était avant</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="186"/>
        <source>Cancel upgrade</source>
        <translation>Annuler la mise à niveau</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="188"/>
        <source>Stop the upgrade; the cache stays as it was, and is upgraded the next time this profile opens</source>
        <translation>Arrêter la mise à niveau&#xa0;; le cache reste tel quel et sera mis à niveau à la prochaine ouverture de ce profil</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="228"/>
        <source>Welcome to AuthDesk</source>
        <translation>Bienvenue dans AuthDesk</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="234"/>
        <source>AuthDesk manages the users, sessions and API keys of your auth servers. To begin, add a server: its address, its type and the account you sign in with. Passwords go to the system keychain, never to a file.</source>
        <translation>AuthDesk gère les utilisateurs, les sessions et les clés d’API de vos serveurs d’authentification. Pour commencer, ajoutez un serveur&#xa0;: son adresse, son type et le compte avec lequel vous vous connectez. Les mots de passe vont dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="245"/>
        <source>Add server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="247"/>
        <source>Opens the server profiles</source>
        <translation>Ouvre les profils de serveur</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="249"/>
        <source>Servers added with authdesk-cli profiles add show here too.</source>
        <translation>Les serveurs ajoutés avec authdesk-cli profiles add apparaissent aussi ici.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="284"/>
        <source>No profile — open Profiles… to add one</source>
        <translation>Aucun profil — ouvrez Profils… pour en ajouter un</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="312"/>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="331"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="341"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="351"/>
        <source>Mark users deleted?</source>
        <translation>Marquer des utilisateurs comme supprimés ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/MainWindow.cpp" line="352"/>
        <source>The server no longer lists %L1 of the %Ln user(s) in the offline copy. Syncing now marks them deleted on the server in the copy.

If the server is misbehaving, cancel: the copy stays as it was.</source>
        <translation>
            <numerusform>Le serveur ne liste plus %L1 des %Ln utilisateur de la copie hors ligne. Synchroniser maintenant les marque comme supprimés sur le serveur dans la copie.

Si le serveur se comporte mal, annulez : la copie reste telle quelle.</numerusform>
            <numerusform>Le serveur ne liste plus %L1 des %Ln utilisateurs de la copie hors ligne. Synchroniser maintenant les marque comme supprimés sur le serveur dans la copie.

Si le serveur se comporte mal, annulez : la copie reste telle quelle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="382"/>
        <source>This profile has no local copy to count.</source>
        <translation>Ce profil n’a pas de copie locale à compter.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="384"/>
        <source>Sync this profile to see its overview: the figures come from the local copy.</source>
        <translation>Synchronisez ce profil pour voir sa vue d’ensemble&#xa0;: les chiffres viennent de la copie locale.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="412"/>
        <source>No local cache for this profile</source>
        <translation>Aucun cache local pour ce profil</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="413"/>
        <source>Working offline: go online to sync</source>
        <translation>Hors ligne&#xa0;: passez en ligne pour synchroniser</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="414"/>
        <source>Sign in to sync</source>
        <translation>Connectez-vous pour synchroniser</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="442"/>
        <source>The local cache is being sorted again in the order of this system&apos;s language, which changed since it was written. The console works live meanwhile; offline review returns when that is done.</source>
        <translation>Le cache local est trié à nouveau dans l’ordre de la langue du système, qui a changé depuis son écriture. La console fonctionne en direct pendant ce temps&#xa0;; la consultation hors ligne revient une fois le tri terminé.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="445"/>
        <source>The local cache is being upgraded to this version&apos;s format. The console works live meanwhile; offline review returns when the upgrade is done.</source>
        <translation>Le cache local est en cours de mise à niveau au format de cette version. La console fonctionne en direct en attendant&#xa0;; la consultation hors ligne reviendra une fois la mise à niveau terminée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/MainWindow.cpp" line="485"/>
        <source>Cache synced: %Ln user(s).</source>
        <translation>
            <numerusform>Cache synchronisé&#xa0;: %Ln utilisateur.</numerusform>
            <numerusform>Cache synchronisé&#xa0;: %Ln utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="488"/>
        <source>Sync cancelled: the cache is as it was before.</source>
        <translation>Synchronisation annulée&#xa0;: le cache est tel qu’il était.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="491"/>
        <source>Sync failed, the cache is as it was before: %1</source>
        <translation>Échec de la synchronisation, le cache est tel qu’il était&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="508"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="514"/>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="515"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="516"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="517"/>
        <source>Renewing the session…</source>
        <translation>Renouvellement de la session…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="518"/>
        <source>Sign-in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="519"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="525"/>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="529"/>
        <source>Credential does not expire</source>
        <translation>L’identifiant n’expire pas</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="538"/>
        <source>Token expires in %1</source>
        <translation>Le jeton expire dans %1</translation>
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
        <translation>Nebula liste les utilisateurs dans son propre ordre&#xa0;; AuthDesk trie les lignes chargées.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="74"/>
        <source>Nebula lists sessions per user only: open a user to see theirs.</source>
        <translation>Nebula ne liste les sessions que par utilisateur&#xa0;: ouvrez un utilisateur pour voir les siennes.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="76"/>
        <source>Nebula tokens last 2 hours and cannot be refreshed; AuthDesk signs in again.</source>
        <translation>Les jetons Nebula durent 2 heures et ne peuvent pas être renouvelés&#xa0;; AuthDesk se reconnecte.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="77"/>
        <source>Nebula has no logout: the token simply expires after 2 hours.</source>
        <translation>Nebula n’a pas de déconnexion&#xa0;: le jeton expire simplement au bout de 2 heures.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="78"/>
        <source>Nebula does not advertise per-user actions.</source>
        <translation>Nebula n’annonce pas d’actions par utilisateur.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="79"/>
        <source>Nebula&apos;s ak_ keys never expire: revoke a key to end it.</source>
        <translation>Les clés ak_ de Nebula n’expirent jamais&#xa0;: révoquez une clé pour y mettre fin.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="81"/>
        <source>A Nebula key acts with all of its owner&apos;s rights; it cannot be limited.</source>
        <translation>Une clé Nebula agit avec tous les droits de son propriétaire&#xa0;; elle ne peut pas être limitée.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="87"/>
        <source>Sign in with (password or api_key)</source>
        <translation>Se connecter avec (password ou api_key)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="89"/>
        <source>API key (ak_…), instead of a password</source>
        <translation>Clé d’API (ak_…), au lieu d’un mot de passe</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="100"/>
        <source>Staff: administers every account (is_staff)</source>
        <translation>Staff&#xa0;: administre tous les comptes (is_staff)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="101"/>
        <source>Regular account</source>
        <translation>Compte ordinaire</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="107"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="109"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="110"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="111"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="144"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="24"/>
        <source>New access review</source>
        <translation>Nouvelle revue d’accès</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="26"/>
        <source>e.g. Q4 admin review</source>
        <translation>p. ex. revue des admins T4</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="31"/>
        <source>Every cached user</source>
        <translation>Tous les utilisateurs en cache</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="33"/>
        <source>The users listed now (%1)</source>
        <translation>Les utilisateurs listés maintenant (%1)</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="37"/>
        <source>Users with the role %1</source>
        <translation>Utilisateurs ayant le rôle %1</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="40"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="41"/>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Réviseur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="42"/>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="43"/>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/reviews/NewReviewDialog.cpp" line="46"/>
        <source>Start review</source>
        <translation>Démarrer la revue</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="43"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="75"/>
        <source>No profile is open.</source>
        <translation>Aucun profil n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="82"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="116"/>
        <source>From the local copy as of %1; sign-in ages counted from %2.</source>
        <translation>Depuis la copie locale du %1&#xa0;; ancienneté des connexions comptée à partir du %2.</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="119"/>
        <source>From the local copy.</source>
        <translation>Depuis la copie locale.</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="123"/>
        <source>Users per role</source>
        <translation>Utilisateurs par rôle</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="124"/>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="126"/>
        <source>Accounts created per month</source>
        <translation>Comptes créés par mois</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/overview/OverviewPage.cpp" line="146"/>
        <source>List these %Ln user(s)</source>
        <translation>
            <numerusform>Lister cet utilisateur (%n)</numerusform>
            <numerusform>Lister ces %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="162"/>
        <source>No users to show.</source>
        <translation>Aucun utilisateur à afficher.</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="175"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="195"/>
        <source>%1: %2 — click to list them</source>
        <translation>%1&#xa0;: %2 — cliquer pour les lister</translation>
    </message>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="228"/>
        <source>Click a bar to list its users.</source>
        <translation>Cliquez sur une barre pour lister ses utilisateurs.</translation>
    </message>
</context>
<context>
    <name>PagingGuard</name>
    <message>
        <location filename="../models/sources/PagingGuard.cpp" line="22"/>
        <source>The server gave an impossible number of users (%1); AuthDesk stopped reading its pages.</source>
        <translation>Le serveur a indiqué un nombre d’utilisateurs impossible (%1) ; AuthDesk a cessé de lire ses pages.</translation>
    </message>
    <message>
        <location filename="../models/sources/PagingGuard.cpp" line="41"/>
        <source>The server announced more users but sent an empty page at position %L1; AuthDesk stopped reading its pages.</source>
        <translation>Le serveur annonçait d’autres utilisateurs mais a envoyé une page vide à la position %L1 ; AuthDesk a cessé de lire ses pages.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sources/PagingGuard.cpp" line="45"/>
        <source>The server sent the same %n user(s) again at position %L1; AuthDesk stopped reading its pages, which would never end.</source>
        <translation>
            <numerusform>Le serveur a renvoyé le même utilisateur (%n) à la position %L1 ; AuthDesk a cessé de lire ses pages, ce qui ne finirait jamais.</numerusform>
            <numerusform>Le serveur a renvoyé les mêmes %n utilisateurs à la position %L1 ; AuthDesk a cessé de lire ses pages, ce qui ne finirait jamais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sources/PagingGuard.cpp" line="50"/>
        <source>The server announced more users, yet its page at position %L1 held %n user(s), fewer than its earlier pages; AuthDesk stopped reading its pages.</source>
        <translation>
            <numerusform>Le serveur annonçait d’autres utilisateurs, mais sa page à la position %L1 contenait %n utilisateur, moins que ses pages précédentes ; AuthDesk a cessé de lire ses pages.</numerusform>
            <numerusform>Le serveur annonçait d’autres utilisateurs, mais sa page à la position %L1 contenait %n utilisateurs, moins que ses pages précédentes ; AuthDesk a cessé de lire ses pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCache</name>
    <message>
        <location filename="../models/cache/ProfileCache.cpp" line="105"/>
        <source>Needs the server: you are working from the cache (%1).</source>
        <translation>Nécessite le serveur&#xa0;: vous travaillez à partir du cache (%1).</translation>
    </message>
</context>
<context>
    <name>ProfileDiscovery</name>
    <message>
        <location filename="../models/remote/ProfileDiscovery.cpp" line="27"/>
        <source>Type the server&apos;s address (http:// or https://) or its OpenID Connect issuer as the base URL first.</source>
        <translation>Saisissez d’abord l’adresse du serveur (http:// ou https://) ou son émetteur OpenID Connect comme URL de base.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../models/profiles/ProfileStore.cpp" line="127"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="41"/>
        <source>Remember the password in the system keychain</source>
        <translation>Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="48"/>
        <source>Clear cache…</source>
        <translation>Vider le cache…</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="55"/>
        <source>Server profiles</source>
        <translation>Profils de serveur</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="66"/>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="243"/>
        <source>stored in the keychain; leave empty to keep</source>
        <translation>enregistré dans le trousseau&#xa0;; laisser vide pour le garder</translation>
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
        <translation>Une requête échoue quand aucun octet n’arrive pendant cette durée.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="73"/>
        <source>A request fails when its whole answer takes longer than this, however steadily bytes arrive.</source>
        <translation>Une requête échoue quand sa réponse complète prend plus longtemps, même si les octets arrivent régulièrement.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="76"/>
        <source>the system&apos;s (empty), none, or http://proxy:3128</source>
        <translation>celui du système (vide), none, ou http://proxy:3128</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="77"/>
        <source>Empty: the HTTPS_PROXY, ALL_PROXY and NO_PROXY environment variables, else the desktop&apos;s proxy settings. “none”: connect directly. Or a proxy for this server only: http://host:port, socks5://host:port or socks5h://host:port (without a user name or password).</source>
        <translation>Vide : les variables d’environnement HTTPS_PROXY, ALL_PROXY et NO_PROXY, sinon les réglages de proxy du bureau. « none » : connexion directe. Ou un proxy pour ce serveur seulement : http://hôte:port, socks5://hôte:port ou socks5h://hôte:port (sans nom d’utilisateur ni mot de passe).</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="82"/>
        <source>the system&apos;s certificate authorities</source>
        <translation>les autorités de certification du système</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="83"/>
        <source>A PEM file with the certificate authorities to trust for this server instead of the system&apos;s, e.g. a company&apos;s internal CA.</source>
        <translation>Un fichier PEM avec les autorités de certification à approuver pour ce serveur à la place de celles du système, par exemple l’AC interne d’une entreprise.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="94"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="95"/>
        <source>Fill in from server</source>
        <translation>Remplir depuis le serveur</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="97"/>
        <source>Type the server&apos;s OpenID Connect issuer (e.g. https://sso.example.com/realms/acme) as the base URL: its discovery document then fills in the server type, base URL and realm. Nothing is saved until you press Save.</source>
        <translation>Saisissez l’émetteur OpenID Connect du serveur (p. ex. https://sso.example.com/realms/acme) comme URL de base&#xa0;: son document de découverte remplit alors le type de serveur, l’URL de base et le realm. Rien n’est enregistré avant que vous cliquiez sur Enregistrer.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="105"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="106"/>
        <source>Server type</source>
        <translation>Type de serveur</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="107"/>
        <source>Username or email</source>
        <translation>Identifiant ou e-mail</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="108"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="110"/>
        <source>Timeout</source>
        <translation>Délai d’attente</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="111"/>
        <source>Deadline per request</source>
        <translation>Délai maximal par requête</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="112"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="113"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="119"/>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="371"/>
        <source>CA bundle</source>
        <translation>Bundle CA</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="120"/>
        <source>Pinned certificate</source>
        <translation>Certificat épinglé</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="125"/>
        <source>Delete this profile&apos;s local copy of the server&apos;s users; the audit log is kept</source>
        <translation>Supprimer la copie locale des utilisateurs du serveur pour ce profil&#xa0;; le journal d’audit est conservé</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="130"/>
        <source>Local cache</source>
        <translation>Cache local</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="132"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="134"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="136"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="146"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="148"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="159"/>
        <source>What the server allows</source>
        <translation>Ce que le serveur permet</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="217"/>
        <source>none (TLS errors are refused)</source>
        <translation>aucun (les erreurs TLS sont refusées)</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="257"/>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="262"/>
        <source>The base URL must be an http:// or https:// address, e.g. https://auth.example.com/api.</source>
        <translation>L’URL de base doit être une adresse http:// ou https://, p. ex. https://auth.example.com/api.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="264"/>
        <source>Enter the username or email to sign in with.</source>
        <translation>Saisissez l’identifiant ou l’e-mail de connexion.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="334"/>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="365"/>
        <source>No cache</source>
        <translation>Aucun cache</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="372"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="382"/>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="383"/>
        <source>Delete the local copy of %1&apos;s users (%2)? Offline review of this profile needs a new sync afterwards. The audit log is kept.</source>
        <translation>Supprimer la copie locale des utilisateurs de %1 (%2)&#xa0;? La consultation hors ligne de ce profil nécessitera ensuite une nouvelle synchronisation. Le journal d’audit est conservé.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="398"/>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="399"/>
        <source>Remove the profile “%1”? Its secrets are deleted from the keychain.</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;? Ses secrets sont effacés du trousseau.</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="403"/>
        <source>Remove, keep cache</source>
        <translation>Supprimer, garder le cache</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="404"/>
        <source>Remove and delete cache</source>
        <translation>Supprimer avec le cache</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="430"/>
        <source>Reading the server&apos;s OpenID Connect discovery document…</source>
        <translation>Lecture du document de découverte OpenID Connect du serveur…</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="434"/>
        <source>No discovery document: %1
%2</source>
        <translation>Aucun document de découverte&#xa0;: %1
%2</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="440"/>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="447"/>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="443"/>
        <source>Issuer: %1
Token endpoint: %2
Introspection (RFC 7662): %3
Revocation (RFC 7009): %4
Grant types: %5</source>
        <translation>Émetteur&#xa0;: %1
Point de terminaison des jetons&#xa0;: %2
Introspection (RFC 7662)&#xa0;: %3
Révocation (RFC 7009)&#xa0;: %4
Types d’autorisation&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="449"/>
        <source>This OpenID Connect server is not one AuthDesk recognises: choose the server type and base URL yourself.

</source>
        <translation>AuthDesk ne reconnaît pas ce serveur OpenID Connect&#xa0;: choisissez vous-même le type de serveur et l’URL de base.

</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="464"/>
        <source>Filled in as %1 at %2. Check the form, then Save.

</source>
        <translation>Rempli comme %1 à l’adresse %2. Vérifiez le formulaire, puis enregistrez.

</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="488"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="490"/>
        <source>Sign-in failed: %1
%2</source>
        <translation>Échec de la connexion&#xa0;: %1
%2</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="546"/>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="551"/>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="555"/>
        <source>List users</source>
        <translation>Lister les utilisateurs</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="514"/>
        <source>Search on the server</source>
        <translation>Rechercher sur le serveur</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="515"/>
        <source>Create users</source>
        <translation>Créer des utilisateurs</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="516"/>
        <source>Edit users</source>
        <translation>Modifier des utilisateurs</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="517"/>
        <source>Delete users</source>
        <translation>Supprimer des utilisateurs</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="518"/>
        <source>Change roles/scopes</source>
        <translation>Modifier rôles/portées</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="519"/>
        <source>Enable/disable</source>
        <translation>Activer/désactiver</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="520"/>
        <source>See sessions</source>
        <translation>Voir les sessions</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="521"/>
        <source>Revoke sessions</source>
        <translation>Révoquer des sessions</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="524"/>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/profiles/ProfilesDialog.cpp" line="548"/>
        <source>List users (%Ln on the server)</source>
        <translation>
            <numerusform>Lister les utilisateurs (%Ln sur le serveur)</numerusform>
            <numerusform>Lister les utilisateurs (%Ln sur le serveur)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/profiles/ProfilesDialog.cpp" line="562"/>
        <source>See API keys (%n key(s))</source>
        <translation>
            <numerusform>Voir les clés d’API (%n clé)</numerusform>
            <numerusform>Voir les clés d’API (%n clés)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="563"/>
        <source>See API keys</source>
        <translation>Voir les clés d’API</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="522"/>
        <source>Issue API keys</source>
        <translation>Émettre des clés d’API</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="523"/>
        <source>Refresh tokens</source>
        <translation>Renouveler les jetons</translation>
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
            <numerusform>%1, encore environ %n s</numerusform>
            <numerusform>%1, encore environ %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/ProgressRate.cpp" line="47"/>
        <source>%1, about %n min left</source>
        <translation>
            <numerusform>%1, encore environ %n min</numerusform>
            <numerusform>%1, encore environ %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <location filename="../models/remote/ProxySetting.cpp" line="24"/>
        <source>Write the proxy as http://host:port or socks5://host:port, or “none” for a direct connection.</source>
        <translation>Écrivez le proxy sous la forme http://hôte:port ou socks5://hôte:port, ou « none » pour une connexion directe.</translation>
    </message>
    <message>
        <location filename="../models/remote/ProxySetting.cpp" line="31"/>
        <source>The proxy is not an address of the form http://host:port or socks5://host:port.</source>
        <translation>Le proxy n’est pas une adresse de la forme http://hôte:port ou socks5://hôte:port.</translation>
    </message>
    <message>
        <location filename="../models/remote/ProxySetting.cpp" line="39"/>
        <source>A proxy reached over HTTPS is not supported; use http:// or socks5://.</source>
        <translation>Un proxy joint par HTTPS n’est pas pris en charge ; utilisez http:// ou socks5://.</translation>
    </message>
    <message>
        <location filename="../models/remote/ProxySetting.cpp" line="42"/>
        <source>SOCKS4 proxies are not supported; use socks5:// or http://.</source>
        <translation>Les proxys SOCKS4 ne sont pas pris en charge ; utilisez socks5:// ou http://.</translation>
    </message>
    <message>
        <location filename="../models/remote/ProxySetting.cpp" line="45"/>
        <source>The proxy&apos;s scheme must be http://, socks5:// or socks5h://.</source>
        <translation>Le schéma du proxy doit être http://, socks5:// ou socks5h://.</translation>
    </message>
    <message>
        <location filename="../models/remote/ProxySetting.cpp" line="49"/>
        <source>A proxy with a user name or password is not supported in a profile, where it would be stored unprotected; use a proxy that needs no sign-in, or the HTTPS_PROXY environment variable.</source>
        <translation>Un proxy avec nom d’utilisateur ou mot de passe n’est pas pris en charge dans un profil, où il serait stocké sans protection ; utilisez un proxy sans authentification, ou la variable d’environnement HTTPS_PROXY.</translation>
    </message>
</context>
<context>
    <name>ReviewApplication</name>
    <message>
        <location filename="../models/reviews/ReviewApplication.cpp" line="45"/>
        <source>There is no such review.</source>
        <translation>Cette revue n’existe pas.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewApplication.cpp" line="47"/>
        <source>The review “%1” was applied already.</source>
        <translation>La revue «&#xa0;%1&#xa0;» a déjà été appliquée.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewApplication.cpp" line="59"/>
        <source>Nothing to apply: no decision of “%1” that changes the server is left.</source>
        <translation>Rien à appliquer&#xa0;: il ne reste aucune décision de «&#xa0;%1&#xa0;» qui modifie le serveur.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewApplication.cpp" line="78"/>
        <source>changed on the server since the review&apos;s snapshot</source>
        <translation>modifié sur le serveur depuis l’instantané de la revue</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewApplication.cpp" line="81"/>
        <source>deleted on the server since the review&apos;s snapshot</source>
        <translation>supprimé sur le serveur depuis l’instantané de la revue</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewApplication.cpp" line="84"/>
        <source>no longer in the cache: whether it changed is not known</source>
        <translation>plus dans le cache&#xa0;: on ne sait pas s’il a changé</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/reviews/ReviewApplication.cpp" line="93"/>
        <source>Apply “%1”: %n change(s)</source>
        <translation>
            <numerusform>Appliquer «&#xa0;%1&#xa0;»&#xa0;: %n modification</numerusform>
            <numerusform>Appliquer «&#xa0;%1&#xa0;»&#xa0;: %n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDecision</name>
    <message>
        <location filename="../models/reviews/ReviewDecision.cpp" line="46"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewDecision.cpp" line="48"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewDecision.cpp" line="50"/>
        <source>Remove role %1</source>
        <translation>Retirer le rôle %1</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewDecision.cpp" line="52"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewDecision.cpp" line="54"/>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
</context>
<context>
    <name>ReviewItemModel</name>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="107"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="107"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="111"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="115"/>
        <source>Changed since</source>
        <translation>Modifié depuis</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="117"/>
        <source>Deleted on server</source>
        <translation>Supprimé sur le serveur</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="119"/>
        <source>No longer cached</source>
        <translation>Plus dans le cache</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="126"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="130"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="144"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="146"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="148"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="150"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="152"/>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="154"/>
        <source>Since the snapshot</source>
        <translation>Depuis l’instantané</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="156"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="158"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="160"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewItemModel.cpp" line="162"/>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
</context>
<context>
    <name>ReviewLoader</name>
    <message>
        <location filename="../models/reviews/ReviewLoader.cpp" line="53"/>
        <source>There is not enough memory for this review.</source>
        <translation>La mémoire ne suffit pas pour cette revue.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewLoader.cpp" line="83"/>
        <source>Taking the review&apos;s snapshot: %1 users read from the cache… %2 s</source>
        <translation>Instantané de la revue&#xa0;: %1 utilisateurs lus dans le cache… %2 s</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewLoader.cpp" line="87"/>
        <source>Writing the review: %1 of %2 users… %3 s</source>
        <translation>Écriture de la revue&#xa0;: %1 utilisateurs sur %2… %3 s</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewLoader.cpp" line="91"/>
        <source>Reading the review… %1 s</source>
        <translation>Lecture de la revue… %1 s</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewLoader.cpp" line="93"/>
        <source>Comparing %1 users with the cache… %2 s</source>
        <translation>Comparaison de %1 utilisateurs avec le cache… %2 s</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="16"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="19"/>
        <source>Access review: %1</source>
        <translation>Revue d’accès&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="21"/>
        <source>Reviewer: %1. Scope: %2. Due: %3.</source>
        <translation>Réviseur&#xa0;: %1. Périmètre&#xa0;: %2. Échéance&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="23"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="26"/>
        <source>Made offline from the local cache as of %1; started %2, printed %3.</source>
        <translation>Faite hors ligne depuis le cache local du %1&#xa0;; commencée le %2, imprimée le %3.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="31"/>
        <source>Applied on the server %1.</source>
        <translation>Appliquée sur le serveur le %1.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="34"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="35"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="35"/>
        <source>Kept</source>
        <translation>Conservés</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="36"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="36"/>
        <source>Role removed</source>
        <translation>Rôle retiré</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="37"/>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="37"/>
        <source>Asked</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="38"/>
        <location filename="../models/reviews/ReviewReport.cpp" line="55"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="41"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="46"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="46"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="46"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="46"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="46"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="46"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewReport.cpp" line="48"/>
        <source>Applied</source>
        <translation>Appliqué</translation>
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
        <translation>L’instantané de la revue a été annulé.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewSnapshot.cpp" line="67"/>
        <source>an Overview figure&apos;s users</source>
        <translation>les utilisateurs d’un chiffre de la vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewSnapshot.cpp" line="69"/>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewSnapshot.cpp" line="71"/>
        <source>enabled users</source>
        <translation>utilisateurs activés</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewSnapshot.cpp" line="71"/>
        <source>disabled users</source>
        <translation>utilisateurs désactivés</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewSnapshot.cpp" line="73"/>
        <source>search “%1”</source>
        <translation>recherche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewSnapshot.cpp" line="74"/>
        <source>all users</source>
        <translation>tous les utilisateurs</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="64"/>
        <source>The access reviews file %1 cannot be opened: %2</source>
        <translation>Le fichier des revues d’accès %1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="76"/>
        <source>The access reviews file %1 was written by a newer AuthDesk (schema %2).</source>
        <translation>Le fichier des revues d’accès %1 a été écrit par un AuthDesk plus récent (schéma %2).</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="131"/>
        <source>The access reviews file could not be used: %1</source>
        <translation>Le fichier des revues d’accès n’a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="141"/>
        <source>A review needs a name.</source>
        <translation>Une revue a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="143"/>
        <source>A review needs the reviewer&apos;s name.</source>
        <translation>Une revue a besoin du nom du réviseur.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="145"/>
        <source>No cached user is in this review&apos;s scope.</source>
        <translation>Aucun utilisateur en cache n’entre dans le périmètre de cette revue.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="148"/>
        <source>This profile already has a review named “%1”.</source>
        <translation>Ce profil a déjà une revue nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="179"/>
        <source>Starting the review was cancelled.</source>
        <translation>Le lancement de la revue a été annulé.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="263"/>
        <source>Reading the review was cancelled.</source>
        <translation>La lecture de la revue a été annulée.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="312"/>
        <source>There is no such review.</source>
        <translation>Cette revue n’existe pas.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="316"/>
        <source>The review “%1” was applied already; its decisions can no longer change.</source>
        <translation>La revue «&#xa0;%1&#xa0;» a déjà été appliquée&#xa0;; ses décisions ne peuvent plus changer.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="325"/>
        <source>The user %1 is not in the review “%2”.</source>
        <translation>L’utilisateur %1 n’est pas dans la revue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="328"/>
        <source>The decision for %1 was applied on the server already; it can no longer change.</source>
        <translation>La décision pour %1 a déjà été appliquée sur le serveur&#xa0;; elle ne peut plus changer.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="332"/>
        <source>The decision for %1 names no reviewer.</source>
        <translation>La décision pour %1 ne nomme aucun réviseur.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="337"/>
        <source>Removing a role from %1 needs the role&apos;s name.</source>
        <translation>Retirer un rôle à %1 demande le nom du rôle.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="338"/>
        <source>The user %1 did not hold the role “%2” when the review started.</source>
        <translation>L’utilisateur %1 n’avait pas le rôle «&#xa0;%2&#xa0;» au début de la revue.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="343"/>
        <source>Asking about %1 needs a comment: the question to answer.</source>
        <translation>Une question sur %1 demande un commentaire&#xa0;: la question à laquelle répondre.</translation>
    </message>
    <message>
        <location filename="../models/reviews/ReviewStore.cpp" line="411"/>
        <source>The user %1 has no decision to take back.</source>
        <translation>L’utilisateur %1 n’a pas de décision à retirer.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="49"/>
        <source>Apply on the server…</source>
        <translation>Appliquer sur le serveur…</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="56"/>
        <source>New review…</source>
        <translation>Nouvelle revue…</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="59"/>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="62"/>
        <source>Review:</source>
        <translation>Revue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="80"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="81"/>
        <source>Stop: a review being started is not made; one being opened is not shown</source>
        <translation>Arrêter&#xa0;: une revue en cours de création n’est pas créée, une revue en cours d’ouverture n’est pas affichée</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="97"/>
        <source>Why (the question, for Ask)</source>
        <translation>Pourquoi (la question, pour Demander)</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="99"/>
        <source>The role Remove role takes away</source>
        <translation>Le rôle que «&#xa0;Retirer le rôle&#xa0;» enlève</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="110"/>
        <source>&amp;Keep</source>
        <translation>Conserver (&amp;K)</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="111"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="112"/>
        <source>&amp;Remove role</source>
        <translation>&amp;Retirer le rôle</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="114"/>
        <source>Delete (&amp;X)</source>
        <translation>Supprimer (&amp;X)</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="115"/>
        <source>&amp;Ask</source>
        <translation>Dem&amp;ander</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="116"/>
        <source>&amp;Undecide</source>
        <translation>Ann&amp;uler la décision</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="117"/>
        <source>&amp;Next open</source>
        <translation>Suivant ouvert (&amp;N)</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="161"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="212"/>
        <source>Applying a review needs the server: sign in first.</source>
        <translation>Appliquer une revue demande le serveur&#xa0;: se connecter d’abord.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="244"/>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, échéance %3</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="312"/>
        <location filename="../views/reviews/ReviewsPage.cpp" line="331"/>
        <source>A review starts from the profile&apos;s local copy: sync it first.</source>
        <translation>Une revue part de la copie locale du profil&#xa0;: synchronisez-le d’abord.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="406"/>
        <source>Sign in to apply the decisions on the server.</source>
        <translation>Se connecter pour appliquer les décisions sur le serveur.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="408"/>
        <source>Applied on the server %1.</source>
        <translation>Appliquée sur le serveur le %1.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="410"/>
        <source>Preview the decisions that change the server, then apply them.</source>
        <translation>Voir l’aperçu des décisions qui modifient le serveur, puis les appliquer.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="417"/>
        <source>No review yet: “New review…” takes a snapshot of the cached users to decide on.</source>
        <translation>Pas encore de revue&#xa0;: «&#xa0;Nouvelle revue…&#xa0;» prend un instantané des utilisateurs en cache sur lesquels décider.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="418"/>
        <source>Reviews are made from the profile&apos;s local copy: sync it first.</source>
        <translation>Les revues se font depuis la copie locale du profil&#xa0;: synchronisez-le d’abord.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="422"/>
        <source>Users: %1 — kept: %2, disabled: %3, role removed: %4, deleted: %5, asked: %6, open: %7. Scope: %8. Made offline from the cache as of %9.</source>
        <translation>Utilisateurs&#xa0;: %1 — conservés&#xa0;: %2, désactivés&#xa0;: %3, rôle retiré&#xa0;: %4, supprimés&#xa0;: %5, questions&#xa0;: %6, ouverts&#xa0;: %7. Périmètre&#xa0;: %8. Faite hors ligne depuis le cache du %9.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="457"/>
        <source>No review is open.</source>
        <translation>Aucune revue n’est ouverte.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="462"/>
        <source>Access review: %1</source>
        <translation>Revue d’accès&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="468"/>
        <source>%1 could not be written.</source>
        <translation>%1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="479"/>
        <source>Export review report</source>
        <translation>Exporter le rapport de revue</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="482"/>
        <source>PDF document (*.pdf);;CSV file (*.csv)</source>
        <translation>Document PDF (*.pdf);;Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/reviews/ReviewsPage.cpp" line="486"/>
        <source>The report was not written: %1</source>
        <translation>Le rapport n’a pas été écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../views/users/RolesDialog.cpp" line="27"/>
        <source>Roles of %1</source>
        <translation>Rôles de %1</translation>
    </message>
    <message>
        <location filename="../views/users/RolesDialog.cpp" line="29"/>
        <source>A user of this server has exactly one role; choosing another replaces it.</source>
        <translation>Un utilisateur de ce serveur a exactement un rôle&#xa0;; en choisir un autre le remplace.</translation>
    </message>
    <message>
        <location filename="../views/users/RolesDialog.cpp" line="30"/>
        <source>Check the roles or scopes %1 should have.</source>
        <translation>Cochez les rôles ou portées que %1 doit avoir.</translation>
    </message>
    <message>
        <location filename="../views/users/RolesDialog.cpp" line="59"/>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <location filename="../views/users/RolesDialog.cpp" line="69"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../views/users/RolesDialog.cpp" line="109"/>
        <source>Choose exactly one role.</source>
        <translation>Choisissez exactement un rôle.</translation>
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
        <translation>Le tri est facultatif dans SCIM et la plupart des serveurs ne le proposent pas&#xa0;; AuthDesk trie les lignes chargées.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="159"/>
        <source>SCIM provisions accounts only: sessions live in the identity provider or the application.</source>
        <translation>SCIM ne fait que provisionner des comptes&#xa0;: les sessions relèvent du fournisseur d’identité ou de l’application.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="164"/>
        <source>SCIM has no API keys: bearer tokens are issued by the server&apos;s administrator, outside SCIM.</source>
        <translation>SCIM n’a pas de clés d’API&#xa0;: les jetons Bearer sont émis par l’administrateur du serveur, hors de SCIM.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="167"/>
        <source>A SCIM bearer token is used as it is until it expires or the server&apos;s administrator revokes it.</source>
        <translation>Un jeton Bearer SCIM est utilisé tel quel jusqu’à son expiration ou sa révocation par l’administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="170"/>
        <source>SCIM has no sign-out: AuthDesk forgets the bearer token, which stays valid on the server until it is revoked there.</source>
        <translation>SCIM n’a pas de déconnexion&#xa0;: AuthDesk oublie le jeton Bearer, qui reste valide sur le serveur jusqu’à ce qu’il y soit révoqué.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="172"/>
        <source>SCIM does not advertise per-user actions.</source>
        <translation>SCIM n’annonce pas d’actions par utilisateur.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="178"/>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="180"/>
        <source>Search filter: sw (starts with), co (contains) or eq (exact user name or email, for servers that filter by equality only)</source>
        <translation>Filtre de recherche&#xa0;: sw (commence par), co (contient) ou eq (nom d’utilisateur ou e-mail exact, pour les serveurs qui ne filtrent que par égalité)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="187"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="188"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="189"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="190"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="191"/>
        <source>Display name (empty: from the name)</source>
        <translation>Nom affiché (vide&#xa0;: d’après le nom)</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="282"/>
        <source>SCIM bearer token</source>
        <translation>Jeton Bearer SCIM</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="488"/>
        <source>The server made the change but sent the user back empty; refresh to see it.</source>
        <translation>Le serveur a fait la modification mais a renvoyé l’utilisateur vide&#xa0;; actualisez pour la voir.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="522"/>
        <source>A user with this user name already exists.</source>
        <translation>Un utilisateur avec ce nom d’utilisateur existe déjà.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="535"/>
        <source>This server does not accept AuthDesk&apos;s search (%1): choose another search filter (sw, co or eq) in the profile.</source>
        <translation>Ce serveur n’accepte pas la recherche d’AuthDesk (%1)&#xa0;: choisissez un autre filtre de recherche (sw, co ou eq) dans le profil.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="533"/>
        <source>This server does not accept AuthDesk&apos;s search: choose another search filter (sw, co or eq) in the profile.</source>
        <translation>Ce serveur n’accepte pas la recherche d’AuthDesk&#xa0;: choisissez un autre filtre de recherche (sw, co ou eq) dans le profil.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="539"/>
        <source>The server finds too many users for this search; narrow it down.</source>
        <translation>Le serveur trouve trop d’utilisateurs pour cette recherche&#xa0;; affinez-la.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="543"/>
        <source>The server does not let this attribute change: %1.</source>
        <translation>Le serveur ne permet pas de modifier cet attribut&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="542"/>
        <source>The server does not let this attribute change.</source>
        <translation>Le serveur ne permet pas de modifier cet attribut.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="549"/>
        <source>The server refused the bearer token: it is wrong, expired or revoked.</source>
        <translation>Le serveur a refusé le jeton Bearer&#xa0;: il est incorrect, expiré ou révoqué.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="554"/>
        <source>Not allowed with this bearer token: %1.</source>
        <translation>Non autorisé avec ce jeton Bearer&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="553"/>
        <source>Not allowed with this bearer token: it lacks the permission for this.</source>
        <translation>Non autorisé avec ce jeton Bearer&#xa0;: il lui manque la permission.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/ScimDialect.cpp" line="560"/>
        <source>The server has no SCIM endpoint here: the base URL must be the SCIM root, e.g. https://idp.example.com/scim/v2.</source>
        <translation>Le serveur n’a pas de point de terminaison SCIM ici&#xa0;: l’URL de base doit être la racine SCIM, p. ex. https://idp.example.com/scim/v2.</translation>
    </message>
</context>
<context>
    <name>SecretNames</name>
    <message>
        <location filename="../models/credentials/SecretNames.cpp" line="14"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../models/credentials/SecretNames.cpp" line="16"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../models/credentials/SecretNames.cpp" line="18"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../models/credentials/SecretNames.cpp" line="20"/>
        <source>Refresh token</source>
        <translation>Jeton de rafraîchissement</translation>
    </message>
</context>
<context>
    <name>SecretReader</name>
    <message>
        <location filename="../app/cli/SecretReader.cpp" line="73"/>
        <source>line %1 of stdin is not NAME=VALUE.</source>
        <translation>la ligne %1 de stdin n’est pas de la forme NAME=VALUE.</translation>
    </message>
    <message>
        <location filename="../app/cli/SecretReader.cpp" line="76"/>
        <source>line %1 of stdin names no secret of this profile (it takes %2).</source>
        <translation>la ligne %1 de stdin ne nomme aucun secret de ce profil (il accepte %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/SecretReader.cpp" line="81"/>
        <source>stdin gives an empty %1.</source>
        <translation>stdin donne une valeur vide pour %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/SecretReader.cpp" line="83"/>
        <source>stdin gives %1 twice.</source>
        <translation>stdin donne %1 deux fois.</translation>
    </message>
</context>
<context>
    <name>ServerUserSource</name>
    <message>
        <location filename="../models/sources/ServerUserSource.cpp" line="20"/>
        <source>The connection to the server was closed.</source>
        <translation>La connexion au serveur a été fermée.</translation>
    </message>
</context>
<context>
    <name>SessionRevocation</name>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="61"/>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="114"/>
        <source>the list could not be read again: %1</source>
        <translation>la liste n’a pas pu être relue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="117"/>
        <source>the server still reports it as active</source>
        <translation>le serveur l’indique toujours comme active</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="134"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="136"/>
        <source>revoking</source>
        <translation>révocation</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="138"/>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="140"/>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="142"/>
        <source>FAILED: still active</source>
        <translation>ÉCHEC&#xa0;: toujours active</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="144"/>
        <source>revoked, not verified</source>
        <translation>révoquée, non vérifiée</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="146"/>
        <source>cancelled, not revoked</source>
        <translation>annulée, non révoquée</translation>
    </message>
    <message>
        <location filename="../models/operations/SessionRevocation.cpp" line="156"/>
        <source>%1 — session %2: %3</source>
        <translation>%1 — session %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/SessionRevocation.cpp" line="168"/>
        <source>%1 of %n session(s) revoked</source>
        <translation>
            <numerusform>%1 session sur %n révoquée</numerusform>
            <numerusform>%1 sessions sur %n révoquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/SessionRevocation.cpp" line="170"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/SessionRevocation.cpp" line="172"/>
        <source>, %n not verified</source>
        <translation>
            <numerusform>, %n non vérifiée</numerusform>
            <numerusform>, %n non vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/SessionRevocation.cpp" line="174"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n annulée</numerusform>
            <numerusform>, %n annulées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../models/items/SessionTableModel.cpp" line="82"/>
        <source>%1 (this console)</source>
        <translation>%1 (cette console)</translation>
    </message>
    <message>
        <location filename="../models/items/SessionTableModel.cpp" line="97"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../models/items/SessionTableModel.cpp" line="99"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../models/items/SessionTableModel.cpp" line="101"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../models/items/SessionTableModel.cpp" line="103"/>
        <source>Expires</source>
        <translation>Expiration</translation>
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
        <translation>Résultat</translation>
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
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="31"/>
        <source>Revoke selected…</source>
        <translation>Révoquer la sélection…</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="33"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="40"/>
        <source>Filter by user, address, client…</source>
        <translation>Filtrer par utilisateur, adresse, client…</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="50"/>
        <source>Stop after the calls already sent; the rest stay active</source>
        <translation>Arrêter après les appels déjà envoyés&#xa0;; les autres restent actives</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="54"/>
        <source>What each revocation did appears here.</source>
        <translation>Le résultat de chaque révocation apparaît ici.</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="76"/>
        <source>Open Users</source>
        <translation>Ouvrir Utilisateurs</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="90"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="100"/>
        <source>Revoke selected sessions</source>
        <translation>Révoquer les sessions sélectionnées</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="125"/>
        <source>Sessions are read live from the server: sign in to a profile, and work online, to see them.</source>
        <translation>Les sessions sont lues en direct sur le serveur&#xa0;: connectez-vous à un profil et travaillez en ligne pour les voir.</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="134"/>
        <source>Sessions can still be seen and revoked per user: open Users, select a user and choose the Sessions tab (Sign out everywhere revokes all of theirs).</source>
        <translation>Les sessions restent visibles et révocables par utilisateur&#xa0;: ouvrez Utilisateurs, sélectionnez un utilisateur et choisissez l’onglet Sessions (Déconnecter partout révoque toutes les siennes).</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="144"/>
        <source>Reading sessions… %L1 so far</source>
        <translation>Lecture des sessions… %L1 jusqu’ici</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="149"/>
        <source>The sessions are read when this page opens.</source>
        <translation>Les sessions sont lues à l’ouverture de cette page.</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="174"/>
        <source>Revoke the selected sessions (Delete)</source>
        <translation>Révoquer les sessions sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="182"/>
        <source>Reading sessions…</source>
        <translation>Lecture des sessions…</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="188"/>
        <source>Could not load sessions: %1</source>
        <translation>Impossible de charger les sessions&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="204"/>
        <source>%Ln active session(s)</source>
        <translation>
            <numerusform>%Ln session active</numerusform>
            <numerusform>%Ln sessions actives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="205"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="207"/>
        <source>%Ln match(es) the filter</source>
        <translation>
            <numerusform>Correspondant au filtre&#xa0;: %Ln</numerusform>
            <numerusform>Correspondant au filtre&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="230"/>
        <source>Revoke %n session(s)? The owner of each is signed out of it at once.</source>
        <translation>
            <numerusform>Révoquer %n session&#xa0;? Son propriétaire en est aussitôt déconnecté.</numerusform>
            <numerusform>Révoquer %n sessions&#xa0;? Le propriétaire de chacune en est aussitôt déconnecté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="233"/>
        <source>They belong to %n user(s).</source>
        <translation>
            <numerusform>Elles appartiennent à %n utilisateur.</numerusform>
            <numerusform>Elles appartiennent à %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="236"/>
        <source>One of them is this console&apos;s own session: you will be signed out.</source>
        <translation>L’une d’elles est la session de cette console&#xa0;: vous serez déconnecté.</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="237"/>
        <source>Revoke sessions</source>
        <translation>Révoquer des sessions</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsPage.cpp" line="252"/>
        <source>Revoking %v of %m</source>
        <translation>Révocation&#xa0;: %v sur %m</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="254"/>
        <source>Revoking %n session(s)…</source>
        <translation>
            <numerusform>Révocation de %n session…</numerusform>
            <numerusform>Révocation de %n sessions…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="21"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="22"/>
        <source>Sign out everywhere…</source>
        <translation>Déconnecter partout…</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="28"/>
        <location filename="../views/sessions/SessionsTab.cpp" line="62"/>
        <source>Revoke the selected sessions</source>
        <translation>Révoquer les sessions sélectionnées</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="65"/>
        <source>Revoke every session of this user</source>
        <translation>Révoquer toutes les sessions de cet utilisateur</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="75"/>
        <source>Select a user to see their sessions.</source>
        <translation>Sélectionnez un utilisateur pour voir ses sessions.</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="82"/>
        <source>Loading sessions…</source>
        <translation>Chargement des sessions…</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="95"/>
        <source>Could not load sessions: %1</source>
        <translation>Impossible de charger les sessions&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="102"/>
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n session active</numerusform>
            <numerusform>%n sessions actives</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="117"/>
        <source>Revoke the session of %1 started %2 from %3?</source>
        <translation>Révoquer la session de %1 ouverte le %2 depuis %3&#xa0;?</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="120"/>
        <source>an unknown address</source>
        <translation>une adresse inconnue</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="122"/>
        <source>Revoke %n session(s) of %1?</source>
        <translation>
            <numerusform>Révoquer %n session de %1&#xa0;?</numerusform>
            <numerusform>Révoquer %n sessions de %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="124"/>
        <source>Revoke session</source>
        <translation>Révoquer la session</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="149"/>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="160"/>
        <source>Sign %1 out everywhere? This revokes %n session(s) and their refresh tokens.</source>
        <translation>
            <numerusform>Déconnecter %1 partout&#xa0;? Cela révoque %n session et ses jetons de rafraîchissement.</numerusform>
            <numerusform>Déconnecter %1 partout&#xa0;? Cela révoque %n sessions et leurs jetons de rafraîchissement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="163"/>
        <source>Sign out everywhere</source>
        <translation>Déconnecter partout</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="168"/>
        <source>Signing out everywhere failed: %1</source>
        <translation>Échec de la déconnexion partout&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/sessions/SessionsTab.cpp" line="179"/>
        <source>FAILED: still active</source>
        <translation>ÉCHEC&#xa0;: toujours active</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="184"/>
        <source>Sign out everywhere: done, the server no longer lists any of the %n session(s).</source>
        <translation>
            <numerusform>Déconnexion partout&#xa0;: terminé, le serveur ne liste plus aucune session (%n).</numerusform>
            <numerusform>Déconnexion partout&#xa0;: terminé, le serveur ne liste plus aucune des %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="187"/>
        <source>Sign out everywhere: FAILED — the server still reports %n session(s) as active: %1.</source>
        <translation>
            <numerusform>Déconnexion partout&#xa0;: ÉCHEC — le serveur indique toujours %n session comme active&#xa0;: %1.</numerusform>
            <numerusform>Déconnexion partout&#xa0;: ÉCHEC — le serveur indique toujours %n sessions comme actives&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../views/profiles/SignInDialog.cpp" line="16"/>
        <source>Remember in the system keychain</source>
        <translation>Retenir dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../views/profiles/SignInDialog.cpp" line="19"/>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <location filename="../views/profiles/SignInDialog.cpp" line="27"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <location filename="../models/storage/SqliteConnection.cpp" line="56"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteConnection.cpp" line="68"/>
        <source>Cannot create the file %1: %2</source>
        <translation>Impossible de créer le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteConnection.cpp" line="104"/>
        <source>the text order&apos;s SQL function cannot be registered</source>
        <translation>la fonction SQL de l’ordre des textes ne peut pas être enregistrée</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteConnection.cpp" line="114"/>
        <source>write-ahead logging is not available: %1</source>
        <translation>la journalisation WAL n’est pas disponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SqliteProblem</name>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="51"/>
        <source>the file is damaged or is not an AuthDesk database; AuthDesk leaves it as it is, and moving it aside lets a new one be made</source>
        <translation>le fichier est endommagé ou n’est pas une base AuthDesk&#xa0;; AuthDesk le laisse tel quel, et le mettre de côté permet d’en créer un nouveau</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="55"/>
        <source>another program (another AuthDesk or authdesk-cli) holds the file and did not let go in time; try again once it has finished</source>
        <translation>un autre programme (un autre AuthDesk ou authdesk-cli) tient le fichier et ne l’a pas libéré à temps&#xa0;; réessayez quand il aura terminé</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="59"/>
        <source>the disk is full; nothing was changed, free some space and try again</source>
        <translation>le disque est plein&#xa0;; rien n’a été modifié, libérez de l’espace et réessayez</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="62"/>
        <source>the file or its folder is read-only; nothing was changed</source>
        <translation>le fichier ou son dossier est en lecture seule&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="65"/>
        <source>the file cannot be opened: check that its folder exists and is yours</source>
        <translation>le fichier ne peut pas être ouvert&#xa0;: vérifiez que son dossier existe et vous appartient</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="68"/>
        <source>the disk reported an error while reading or writing the file</source>
        <translation>le disque a signalé une erreur en lisant ou en écrivant le fichier</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="71"/>
        <source>an unknown database error</source>
        <translation>une erreur de base de données inconnue</translation>
    </message>
    <message>
        <location filename="../models/storage/SqliteProblem.cpp" line="73"/>
        <source>%1 (SQLite: %2)</source>
        <translation>%1 (SQLite&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message>
        <location filename="../models/cache/SyncJob.cpp" line="14"/>
        <source>The cache was left as it was.</source>
        <translation>Le cache est resté tel quel.</translation>
    </message>
    <message>
        <location filename="../models/cache/SyncJob.cpp" line="170"/>
        <source>The server kept announcing more users after %1 pages; the cache was left as it was.</source>
        <translation>Le serveur annonçait toujours d’autres utilisateurs après %1 pages&#xa0;; le cache est resté tel quel.</translation>
    </message>
    <message>
        <location filename="../models/cache/SyncJob.cpp" line="386"/>
        <source>The cache could not be written: %1</source>
        <translation>Le cache n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../models/cache/SyncProgress.cpp" line="7"/>
        <source>Syncing users: %L1 of %L2 (page %3, %L4/s)</source>
        <translation>Utilisateurs&#xa0;: %L1 sur %L2 (page %3, %L4/s)</translation>
    </message>
    <message>
        <location filename="../models/cache/SyncProgress.cpp" line="12"/>
        <source>Syncing users: %L1 (page %2, %L3/s)</source>
        <translation>Utilisateurs&#xa0;: %L1 (page %2, %L3/s)</translation>
    </message>
    <message>
        <location filename="../models/cache/SyncProgress.cpp" line="14"/>
        <source>Syncing sessions…</source>
        <translation>Synchronisation des sessions…</translation>
    </message>
    <message>
        <location filename="../models/cache/SyncProgress.cpp" line="16"/>
        <source>Syncing API keys…</source>
        <translation>Synchronisation des clés d’API…</translation>
    </message>
    <message>
        <location filename="../models/cache/SyncProgress.cpp" line="18"/>
        <source>Saving the new copy…</source>
        <translation>Enregistrement de la nouvelle copie…</translation>
    </message>
    <message>
        <location filename="../models/cache/SyncProgress.cpp" line="19"/>
        <source>Saving the new copy… %1 s</source>
        <translation>Enregistrement de la nouvelle copie… %1 s</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <location filename="../models/remote/TokenInspector.cpp" line="39"/>
        <source>No token</source>
        <translation>Aucun jeton</translation>
    </message>
    <message>
        <location filename="../models/remote/TokenInspector.cpp" line="44"/>
        <location filename="../models/remote/TokenInspector.cpp" line="93"/>
        <source>Nebula API key (never expires)</source>
        <translation>Clé d’API Nebula (n’expire jamais)</translation>
    </message>
    <message>
        <location filename="../models/remote/TokenInspector.cpp" line="50"/>
        <source>Opaque token: only the server knows what it means</source>
        <translation>Jeton opaque&#xa0;: seul le serveur sait ce qu’il signifie</translation>
    </message>
    <message>
        <location filename="../models/remote/TokenInspector.cpp" line="59"/>
        <source>Opaque token</source>
        <translation>Jeton opaque</translation>
    </message>
    <message>
        <location filename="../models/remote/TokenInspector.cpp" line="60"/>
        <source>It has three dot-separated parts but they do not decode as a JWT.</source>
        <translation>Il a trois parties séparées par des points, mais elles ne se décodent pas comme un JWT.</translation>
    </message>
    <message>
        <location filename="../models/remote/TokenInspector.cpp" line="65"/>
        <source>JWT (%1), decoded but not verified</source>
        <translation>JWT (%1), décodé mais non vérifié</translation>
    </message>
</context>
<context>
    <name>TokenInspectorDialog</name>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="22"/>
        <source>Ask the server</source>
        <translation>Interroger le serveur</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="23"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="26"/>
        <source>Token inspector</source>
        <translation>Inspecteur de jeton</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="28"/>
        <source>Paste any token here to decode it</source>
        <translation>Collez un jeton ici pour le décoder</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="40"/>
        <source>Decoded claims are shown as the token states them: they are not verified, and AuthDesk never trusts them over what the server answered.</source>
        <translation>Les claims décodés sont affichés tels que le jeton les déclare&#xa0;: ils ne sont pas vérifiés, et AuthDesk ne leur fait jamais plus confiance qu’à la réponse du serveur.</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="64"/>
        <source>Only the console&apos;s own token is sent to the server.</source>
        <translation>Seul le jeton de la console elle-même est envoyé au serveur.</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="62"/>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="82"/>
        <source>&lt;p&gt;The server says this token is &lt;b&gt;active&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Selon le serveur, ce jeton est &lt;b&gt;actif&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="83"/>
        <source>&lt;p&gt;The server says this token is &lt;b&gt;not active&lt;/b&gt;: it expired, was revoked, or this client may not ask about it (some servers answer only a client named in the token&apos;s audience).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Selon le serveur, ce jeton n&apos;est &lt;b&gt;pas actif&lt;/b&gt;&#xa0;: il a expiré, a été révoqué, ou ce client ne peut pas le demander (certains serveurs ne répondent qu&apos;à un client nommé dans l&apos;audience du jeton).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="95"/>
        <source>Revoke the console&apos;s token</source>
        <translation>Révoquer le jeton de la console</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="96"/>
        <source>Revoke the access token this console uses now? The server refuses it from then on; the console signs in again or renews it at its next request.</source>
        <translation>Révoquer le jeton d&apos;accès qu&apos;utilise maintenant cette console&#xa0;? Le serveur le refuse dès lors&#xa0;; la console se reconnecte ou le renouvelle à sa prochaine requête.</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="104"/>
        <source>&lt;p&gt;The server revoked this token.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le serveur a révoqué ce jeton.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="116"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="120"/>
        <source>&lt;p&gt;The console&apos;s own session, as the server described it at sign-in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La session de la console, telle que le serveur l’a décrite à la connexion.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="124"/>
        <source>&lt;p&gt;Issued: %1&lt;br&gt;Expires: %2&lt;br&gt;Scopes / roles: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Émis&#xa0;: %1&lt;br&gt;Expire&#xa0;: %2&lt;br&gt;Portées / rôles&#xa0;: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="126"/>
        <source>none stated</source>
        <translation>aucune indiquée</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="129"/>
        <source>&lt;h4&gt;What the server answered&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Réponse du serveur&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="131"/>
        <source>&lt;h4&gt;Header (unverified)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;En-tête (non vérifié)&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../views/tokens/TokenInspectorDialog.cpp" line="134"/>
        <source>&lt;h4&gt;Claims (unverified)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Claims (non vérifiés)&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <location filename="../models/cache/UpgradeProgress.cpp" line="33"/>
        <source>Sorting the cache in this system&apos;s language</source>
        <translation>Tri du cache dans la langue de ce système</translation>
    </message>
    <message>
        <location filename="../models/cache/UpgradeProgress.cpp" line="34"/>
        <source>Upgrading the cache (step %1 of %2)</source>
        <translation>Mise à jour du cache (étape %1 sur %2)</translation>
    </message>
    <message>
        <location filename="../models/cache/UpgradeProgress.cpp" line="37"/>
        <source>%1… %2 s</source>
        <translation>%1… %2 s</translation>
    </message>
    <message>
        <location filename="../models/cache/UpgradeProgress.cpp" line="38"/>
        <source>%1: %2 %, %L3 users/s, about %4 s left</source>
        <translation>%1 : %2 %, %L3 utilisateurs/s, environ %4 s restantes</translation>
    </message>
</context>
<context>
    <name>UserChange</name>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="9"/>
        <source>username</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="11"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="13"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="15"/>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="17"/>
        <source>creation time</source>
        <translation>date de création</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="28"/>
        <source>appeared on the server</source>
        <translation>apparu sur le serveur</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="30"/>
        <source>deleted on server</source>
        <translation>supprimé sur le serveur</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="32"/>
        <source>back on the server</source>
        <translation>de retour sur le serveur</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="37"/>
        <source>lost role %1</source>
        <translation>a perdu le rôle %1</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="37"/>
        <source>gained role %1</source>
        <translation>a reçu le rôle %1</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="39"/>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="39"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="41"/>
        <source>%1 set to “%2”</source>
        <translation>%1 défini à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="43"/>
        <source>%1 removed (was “%2”)</source>
        <translation>%1 supprimé (était «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="44"/>
        <source>%1 changed from “%2” to “%3”</source>
        <translation>%1 changé de «&#xa0;%2&#xa0;» en «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>UserColumnChooser</name>
    <message>
        <location filename="../views/users/UserColumnChooser.cpp" line="19"/>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <location filename="../views/users/UserColumnChooser.cpp" line="33"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>UserDetailPanel</name>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="60"/>
        <source>Loading every attribute from the server…</source>
        <translation>Chargement de tous les attributs depuis le serveur…</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="72"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="72"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="81"/>
        <source>Roles / scopes</source>
        <translation>Rôles / portées</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="85"/>
        <source>Actions the server allows for this user</source>
        <translation>Actions que le serveur permet pour cet utilisateur</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="91"/>
        <source>Sessions of this user appear here.</source>
        <translation>Les sessions de cet utilisateur apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="93"/>
        <source>API keys of this user appear here.</source>
        <translation>Les clés d’API de cet utilisateur apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="95"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="96"/>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="97"/>
        <location filename="../views/users/UserDetailPanel.cpp" line="167"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="98"/>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="103"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="103"/>
        <source>What changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="112"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="161"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="163"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="165"/>
        <source>Change scopes…</source>
        <translation>Modifier les portées…</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="169"/>
        <source>Sign out everywhere…</source>
        <translation>Déconnecter partout…</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="171"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="185"/>
        <source>No user selected</source>
        <translation>Aucun utilisateur sélectionné</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="191"/>
        <source>username %1</source>
        <translation>identifiant %1</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="192"/>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="192"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="194"/>
        <source>created %1</source>
        <translation>créé le %1</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="195"/>
        <source>last login %1</source>
        <translation>dernière connexion le %1</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="196"/>
        <source>no sign-in recorded</source>
        <translation>aucune connexion enregistrée</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="201"/>
        <source>Select a user in the table to see every attribute the server returned.</source>
        <translation>Sélectionnez un utilisateur dans le tableau pour voir tous les attributs renvoyés par le serveur.</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="215"/>
        <source>(no roles or scopes)</source>
        <translation>(aucun rôle ni portée)</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="256"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="258"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="258"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="272"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="273"/>
        <source>username</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="274"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="275"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="276"/>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="314"/>
        <source>The server allows no actions on this user for your account.</source>
        <translation>Le serveur ne permet à votre compte aucune action sur cet utilisateur.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="23"/>
        <source>Account enabled</source>
        <translation>Compte activé</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="28"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="28"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserEditDialog.cpp" line="72"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="73"/>
        <source>leave empty to keep the password</source>
        <translation>laisser vide pour garder le mot de passe</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="77"/>
        <source>The server does not allow changing this.</source>
        <translation>Le serveur ne permet pas de modifier ceci.</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="113"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="113"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="162"/>
        <source>The other choices could not be listed: %1</source>
        <translation>Les autres choix n&apos;ont pas pu être listés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="205"/>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="208"/>
        <source>This does not look like an email address.</source>
        <translation>Ceci ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserEditDialog.cpp" line="210"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserExporter</name>
    <message>
        <location filename="../models/export/UserExporter.cpp" line="54"/>
        <source>There is no user list to export.</source>
        <translation>Il n’y a pas de liste d’utilisateurs à exporter.</translation>
    </message>
    <message>
        <location filename="../models/export/UserExporter.cpp" line="61"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/export/UserExporter.cpp" line="78"/>
        <location filename="../models/export/UserExporter.cpp" line="163"/>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <location filename="../models/export/UserExporter.cpp" line="79"/>
        <source>Could not load every user: %1</source>
        <translation>Impossible de charger tous les utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/export/UserExporter.cpp" line="103"/>
        <source>The list was reloaded during the export; nothing was written.</source>
        <translation>La liste a été rechargée pendant l’export&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../models/export/UserExporter.cpp" line="119"/>
        <source>Writing failed: %1</source>
        <translation>Échec de l’écriture&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/export/UserExporter.cpp" line="135"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/export/UserExporter.cpp" line="138"/>
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>%n utilisateur exporté vers %1.</numerusform>
            <numerusform>%n utilisateurs exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserListController</name>
    <message>
        <location filename="../models/listing/UserListController.cpp" line="389"/>
        <source>There is no server or cache to list users from.</source>
        <translation>Il n’y a ni serveur ni cache d’où lister les utilisateurs.</translation>
    </message>
    <message>
        <location filename="../models/listing/UserListController.cpp" line="412"/>
        <source>The list of users was closed.</source>
        <translation>La liste des utilisateurs a été fermée.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="610"/>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="610"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="583"/>
        <source>This account is disabled: it cannot sign in.</source>
        <translation>Ce compte est désactivé&#xa0;: il ne peut pas se connecter.</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="66"/>
        <source>The list was reloaded.</source>
        <translation>La liste a été rechargée.</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="164"/>
        <source>Another export started.</source>
        <translation>Un autre export a commencé.</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="178"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="629"/>
        <source>The server&apos;s attribute %1. Click to sort the loaded users.</source>
        <translation>L’attribut %1 du serveur. Cliquez pour trier les utilisateurs chargés.</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="632"/>
        <source>Click to sort: the server sorts every user.</source>
        <translation>Cliquez pour trier&#xa0;: le serveur trie tous les utilisateurs.</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="633"/>
        <source>Click to sort the loaded users (this server cannot sort).</source>
        <translation>Cliquez pour trier les utilisateurs chargés (ce serveur ne sait pas trier).</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="637"/>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="639"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="641"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="643"/>
        <source>Roles / scopes</source>
        <translation>Rôles / portées</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="645"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="647"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="649"/>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../views/users/UserActions.cpp" line="30"/>
        <source>New user…</source>
        <translation>Nouvel utilisateur…</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="32"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="34"/>
        <source>Roles…</source>
        <translation>Rôles…</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="35"/>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="37"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="38"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="79"/>
        <source>Copy rows</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="81"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="84"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="87"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="41"/>
        <source>Add role to selected</source>
        <translation>Ajouter un rôle à la sélection</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="43"/>
        <source>Remove role from selected</source>
        <translation>Retirer un rôle de la sélection</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="114"/>
        <source>Search users (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="118"/>
        <source>All users</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="118"/>
        <source>Enabled only</source>
        <translation>Actifs seulement</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="118"/>
        <source>Disabled only</source>
        <translation>Désactivés seulement</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="120"/>
        <source>Any role</source>
        <translation>Tout rôle</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="121"/>
        <source>Show only users holding this role or scope (among the loaded rows)</source>
        <translation>Afficher seulement les utilisateurs ayant ce rôle ou cette portée (parmi les lignes chargées)</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="184"/>
        <source>Could not load users: %1</source>
        <translation>Impossible de charger les utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="181"/>
        <location filename="../views/users/UsersPage.cpp" line="230"/>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="240"/>
        <source>Cache search</source>
        <translation>Recherche dans le cache</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="241"/>
        <source>Every cached user is searched as you type, by the words&apos; beginnings.</source>
        <translation>Tous les utilisateurs en cache sont recherchés pendant la saisie, par début de mot.</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="232"/>
        <source>Choose or create a profile to see its users.</source>
        <translation>Choisissez ou créez un profil pour voir ses utilisateurs.</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="178"/>
        <source>Delete user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="247"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="250"/>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="253"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="256"/>
        <source>roles now %1</source>
        <translation>rôles désormais&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="261"/>
        <source>failed — %1</source>
        <translation>échec — %1</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="271"/>
        <source>%1: %2 of %3 done</source>
        <translation>%1&#xa0;: %2 sur %3 terminés</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserActions.cpp" line="275"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="310"/>
        <source>Every user holds exactly one; add another one instead, which replaces it.</source>
        <translation>Chaque utilisateur en a exactement un&#xa0;; ajoutez-en plutôt un autre, qui le remplace.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UsersPage.cpp" line="411"/>
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/users/UserExportProgress.cpp" line="19"/>
        <location filename="../views/users/UsersPage.cpp" line="418"/>
        <source>Export users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="419"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../views/users/UserExportProgress.cpp" line="17"/>
        <source>Exporting users…</source>
        <translation>Export des utilisateurs…</translation>
    </message>
    <message>
        <location filename="../views/users/UserExportProgress.cpp" line="17"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserExportProgress.cpp" line="44"/>
        <source>Fetching every page: %L1 of %Ln user(s)</source>
        <translation>
            <numerusform>Récupération de toutes les pages&#xa0;: %L1 sur %Ln utilisateur</numerusform>
            <numerusform>Récupération de toutes les pages&#xa0;: %L1 sur %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserExportProgress.cpp" line="45"/>
        <source>Fetching every page: %Ln user(s)</source>
        <translation>
            <numerusform>Récupération de toutes les pages&#xa0;: %Ln utilisateur</numerusform>
            <numerusform>Récupération de toutes les pages&#xa0;: %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserExportProgress.cpp" line="46"/>
        <source>Writing %L1 of %Ln user(s)</source>
        <translation>
            <numerusform>Écriture de %L1 sur %Ln utilisateur</numerusform>
            <numerusform>Écriture de %L1 sur %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserExportProgress.cpp" line="56"/>
        <source>Exported %Ln user(s) to %1</source>
        <translation>
            <numerusform>%Ln utilisateur exporté vers %1</numerusform>
            <numerusform>%Ln utilisateurs exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/users/UserExportProgress.cpp" line="57"/>
        <source>Export not written: %1</source>
        <translation>Export non écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="244"/>
        <source>Server search</source>
        <translation>Recherche serveur</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UsersPage.cpp" line="262"/>
        <source>%L1 of %Ln user(s) loaded</source>
        <translation>
            <numerusform>%L1 sur %Ln utilisateur chargé</numerusform>
            <numerusform>%L1 sur %Ln utilisateurs chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UsersPage.cpp" line="263"/>
        <source>%Ln user(s) loaded</source>
        <translation>
            <numerusform>%Ln utilisateur chargé</numerusform>
            <numerusform>%Ln utilisateurs chargés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="248"/>
        <source>Local filter</source>
        <translation>Filtre local</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="245"/>
        <source>The server searches all its users as you type.</source>
        <translation>Le serveur recherche parmi tous ses utilisateurs pendant la saisie.</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="249"/>
        <source>This server cannot search: only the loaded rows are filtered.</source>
        <translation>Ce serveur ne sait pas rechercher&#xa0;: seules les lignes chargées sont filtrées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UsersPage.cpp" line="265"/>
        <source>%Ln user(s) shown</source>
        <translation>
            <numerusform>%Ln utilisateur affiché</numerusform>
            <numerusform>%Ln utilisateurs affichés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="330"/>
        <source>Changes found by syncs of the local cache, newest first.</source>
        <translation>Modifications relevées par les synchronisations du cache local, les plus récentes en premier.</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="332"/>
        <source>Not in the local cache yet: sync to start its history.</source>
        <translation>Pas encore dans le cache local&#xa0;: synchronisez pour commencer son historique.</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="335"/>
        <source>History is recorded by the local cache, which is not open.</source>
        <translation>L’historique est enregistré par le cache local, qui n’est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="359"/>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="91"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="94"/>
        <source>The server does not allow this on %1 for your account.</source>
        <translation>Le serveur ne permet pas cela sur %1 pour votre compte.</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="126"/>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="146"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="152"/>
        <source>Roles of %1 saved</source>
        <translation>Rôles de %1 enregistrés</translation>
    </message>
    <message>
        <location filename="../views/users/UserActions.cpp" line="176"/>
        <source>Delete the user %1 (%2) on the server? This cannot be undone.</source>
        <translation>Supprimer l’utilisateur %1 (%2) sur le serveur&#xa0;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Admin console for auth servers</source>
        <translation>Console d’administration pour serveurs d’authentification</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>User interface language (e.g. de, fr).</source>
        <translation>Langue de l’interface (p. ex. de, fr).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>Open this profile (name or id).</source>
        <translation>Ouvrir ce profil (nom ou ID).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>Save a screenshot once the users have loaded, then quit.</source>
        <translation>Enregistrer une capture d’écran une fois les utilisateurs chargés, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>Create the &apos;Sandbox demo&apos; profile for this URL.</source>
        <translation>Créer le profil &apos;Sandbox demo&apos; pour cette URL.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="75"/>
        <source>Server type of the demo profile.</source>
        <translation>Type de serveur du profil de démo.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="77"/>
        <source>Identity of the demo profile.</source>
        <translation>Identité du profil de démo.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>A non-secret demo setting, key=value.</source>
        <translation>Un paramètre de démo non secret, key=value.</translation>
    </message>
</context>
</TS>

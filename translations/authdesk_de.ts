<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../models/remote/ApiClient.cpp" line="101"/>
        <source>The server redirected to another host (%1); AuthDesk does not follow it with your credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/ApiClient.cpp" line="120"/>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/ApiClient.cpp" line="128"/>
        <source>The server&apos;s answer is too large (%1 MB); AuthDesk refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/ApiClient.cpp" line="136"/>
        <source>The server&apos;s answer is larger than %1 MB; AuthDesk refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/ApiClient.cpp" line="157"/>
        <source>The server took longer than %1 s to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/ApiClient.cpp" line="162"/>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/ApiClient.cpp" line="166"/>
        <source>The connection to the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/ApiClient.cpp" line="171"/>
        <source>The server closed the connection before answering completely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../app/AppController.cpp" line="20"/>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="21"/>
        <source>The system keychain is not available (%1). Secrets are kept in memory for this session only and are never written anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppController.cpp" line="60"/>
        <source>Unknown server type “%1” in profile %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="25"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="26"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="27"/>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="28"/>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="29"/>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="30"/>
        <source>Change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="31"/>
        <source>Enable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="32"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="33"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="34"/>
        <source>Revoke session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="35"/>
        <source>Sign out everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="36"/>
        <source>Issue API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="37"/>
        <source>Revoke API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="38"/>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="48"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="50"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditEntry.cpp" line="52"/>
        <source>Not confirmed by the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="98"/>
        <source>Cannot open the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="106"/>
        <source>The audit log %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="114"/>
        <source>The audit log was written by a newer AuthDesk (schema %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="131"/>
        <source>The audit log %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="154"/>
        <location filename="../models/audit/AuditLog.cpp" line="276"/>
        <source>The audit log is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="156"/>
        <source>An audit entry needs an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="178"/>
        <source>The audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLog.cpp" line="323"/>
        <location filename="../models/audit/AuditLog.cpp" line="329"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="91"/>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="107"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="109"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="111"/>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="113"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="115"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="117"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="119"/>
        <source>Server answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="121"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="40"/>
        <source>The cache is open read-only while offline; changes need a connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="56"/>
        <source>Cannot create the cache folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="66"/>
        <source>Cannot create the cache file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="81"/>
        <location filename="../models/cache/CacheHousekeeping.cpp" line="68"/>
        <location filename="../models/cache/CachedUserSource.cpp" line="97"/>
        <source>“%1” is not a valid profile id for a cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="96"/>
        <source>There is no cache for this profile yet; it needs one sync while online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="114"/>
        <source>Cannot open the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="122"/>
        <source>The cache %1 cannot use write-ahead logging: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheDatabase.cpp" line="130"/>
        <source>The cache %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheHousekeeping</name>
    <message>
        <location filename="../models/cache/CacheHousekeeping.cpp" line="83"/>
        <source>The cache could not be removed completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheInfo</name>
    <message>
        <location filename="../models/cache/CacheInfo.cpp" line="10"/>
        <source>No cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheInfo.cpp" line="14"/>
        <source>1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheInfo.cpp" line="14"/>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheInfo.cpp" line="15"/>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheInfo.cpp" line="16"/>
        <source>never synced completely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheSchema</name>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="46"/>
        <source>The cache file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="50"/>
        <source>The cache was written by a newer AuthDesk (schema %1, this version knows %2); clear the cache or update AuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheSchema.cpp" line="66"/>
        <source>Upgrading the cache to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheWriter</name>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="52"/>
        <source>Writing the cache failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="58"/>
        <source>The cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="108"/>
        <location filename="../models/cache/CacheWriter.cpp" line="312"/>
        <source>No sync is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CacheWriter.cpp" line="484"/>
        <source>A user without an id cannot be cached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CachedUser</name>
    <message>
        <location filename="../models/cache/CachedUser.cpp" line="10"/>
        <source>deleted on server (last seen %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CachedUserSource</name>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="371"/>
        <location filename="../models/cache/CachedUserSource.cpp" line="392"/>
        <location filename="../models/cache/CachedUserSource.cpp" line="409"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="374"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="379"/>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CachedUserSource.cpp" line="379"/>
        <source>%n minutes ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="383"/>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CachedUserSource.cpp" line="383"/>
        <source>%n hours ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="386"/>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CachedUserSource.cpp" line="386"/>
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="395"/>
        <source>Offline — data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="396"/>
        <source>Offline — nothing cached yet for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="398"/>
        <source>Cached data as of %1 (%2) — updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="399"/>
        <source>Loading from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="401"/>
        <source>Live — synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/CachedUserSource.cpp" line="411"/>
        <source>“%1” needs the server, and AuthDesk is working offline (data as of %2). Go online to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../models/remote/Connection.cpp" line="73"/>
        <source>This server&apos;s sign-in is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="180"/>
        <source>The server no longer accepts this session. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="194"/>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="210"/>
        <source>AuthDesk is working offline; this needs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="262"/>
        <source>No stored %1 for this profile: enter it to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/Connection.cpp" line="313"/>
        <source>Cancelled: not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionUserSource</name>
    <message>
        <location filename="../models/cache/ConnectionUserSource.cpp" line="14"/>
        <source>The connection to the server was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <location filename="../models/remote/Dialect.cpp" line="9"/>
        <source>This server does not offer this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/Dialect.cpp" line="48"/>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatekeeperDialect</name>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="29"/>
        <source>SONATA Gatekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="41"/>
        <source>Gatekeeper lists users in its own order; AuthDesk sorts the loaded rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="42"/>
        <source>Gatekeeper identifies clients by certificates and public keys, not API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="46"/>
        <source>Gatekeeper does not advertise per-user actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="52"/>
        <source>Sees and manages every user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="53"/>
        <source>Publishes network services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="54"/>
        <source>Instantiates network services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="60"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="62"/>
        <source>User type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="64"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="65"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="68"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="69"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="70"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="283"/>
        <source>The server refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="293"/>
        <source>Wrong username or password.</source>
        <translation>Benutzername oder Passwort falsch.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="294"/>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="295"/>
        <source>The session has expired or was revoked; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="299"/>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="299"/>
        <source>this needs an admin account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="303"/>
        <source>Not found on the server: it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="307"/>
        <source>That name is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="312"/>
        <source>The server is rate-limiting requests; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GatekeeperDialect.cpp" line="317"/>
        <source>The server failed (HTTP %1); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeminiDialect</name>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="42"/>
        <source>Gemini (Make Music Day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="53"/>
        <source>Gemini lists users in its own order; AuthDesk sorts the loaded rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="54"/>
        <source>Gemini lists sessions per user only: open a user to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="55"/>
        <source>Gemini issues no refresh tokens; AuthDesk signs in again with the stored password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="56"/>
        <source>Gemini authenticates API clients with client credentials, not API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="65"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="66"/>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="76"/>
        <source>Granted by the server to administrators; it can never be requested or assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="77"/>
        <source>View artist and venue profiles (every token needs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="78"/>
        <source>Create, update and delete an artist profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="79"/>
        <source>Create, update and delete a venue profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="80"/>
        <source>Administrator of a city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="81"/>
        <source>Administrator of the whole system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="86"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="88"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="89"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="90"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="91"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="307"/>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="308"/>
        <source>Wrong username or password.</source>
        <translation>Benutzername oder Passwort falsch.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="311"/>
        <source>The client ID or client secret is wrong: check the profile&apos;s Gemini client credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="314"/>
        <source>The session has expired or was revoked; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="317"/>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="317"/>
        <source>your scopes do not permit this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="324"/>
        <source>Not found on the server: it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="328"/>
        <source>An account with this email already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="331"/>
        <source>The server refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="340"/>
        <source>The server is rate-limiting requests; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/GeminiDialect.cpp" line="343"/>
        <source>The server failed (HTTP %1); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../models/remote/dialects/JsonReader.cpp" line="9"/>
        <source>The server sent an answer AuthDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LuminateDialect</name>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="17"/>
        <source>Luminate Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="23"/>
        <source>Luminate Data has no user management API; AuthDesk only signs in and checks the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="28"/>
        <source>Luminate Data does not expose sessions; its tokens expire after 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="32"/>
        <source>Luminate API keys are issued by Luminate support, not through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="35"/>
        <source>Luminate has no refresh token; AuthDesk signs in again before expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="41"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="95"/>
        <source>This API key is not valid for Luminate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="98"/>
        <source>Wrong username or password.</source>
        <translation>Benutzername oder Passwort falsch.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="101"/>
        <source>The Luminate token has expired or is invalid; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="105"/>
        <source>Luminate is rate-limiting requests; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/LuminateDialect.cpp" line="108"/>
        <source>Luminate failed (HTTP %1); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../views/MainWindow.cpp" line="36"/>
        <source>AuthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="46"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="47"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="48"/>
        <source>Sign &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="49"/>
        <source>&amp;Token inspector…</source>
        <translation>&amp;Token-Inspektor…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="50"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="57"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="62"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="65"/>
        <source>Profile: </source>
        <translation>Profil: </translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="74"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="74"/>
        <location filename="../views/MainWindow.cpp" line="86"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="74"/>
        <location filename="../views/MainWindow.cpp" line="89"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="74"/>
        <location filename="../views/MainWindow.cpp" line="91"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="87"/>
        <source>Sessions across all users, where the server can list them. Until this view lands, open a user to manage their sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="90"/>
        <source>API keys: list, issue (shown once) and revoke, where the server offers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="92"/>
        <source>Every change the console made, kept locally and never holding secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="148"/>
        <source>No profile — open Profiles… to add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="162"/>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="180"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="186"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="187"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="188"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="189"/>
        <source>Renewing the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="190"/>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="191"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="194"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="198"/>
        <source>Credential does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="206"/>
        <source>Token expires in %1</source>
        <translation>Token läuft ab in %1</translation>
    </message>
</context>
<context>
    <name>NebulaDialect</name>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="48"/>
        <source>Nebula Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="60"/>
        <source>Nebula lists users in its own order; AuthDesk sorts the loaded rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="61"/>
        <source>Nebula lists sessions per user only: open a user to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="62"/>
        <source>Nebula tokens last 2 hours and cannot be refreshed; AuthDesk signs in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="63"/>
        <source>Nebula has no logout: the token simply expires after 2 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="64"/>
        <source>Nebula does not advertise per-user actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="70"/>
        <source>Sign in with (password or api_key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="71"/>
        <source>API key (ak_…), instead of a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="81"/>
        <source>Staff: administers every account (is_staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="82"/>
        <source>Regular account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="87"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="89"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="90"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="91"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="123"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="350"/>
        <source>This Nebula API key is not valid or was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="351"/>
        <source>Wrong username or password.</source>
        <translation>Benutzername oder Passwort falsch.</translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="352"/>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="353"/>
        <source>The session has expired; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="357"/>
        <source>Not allowed: this needs a Nebula staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="361"/>
        <source>Not found on the server: it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="370"/>
        <source>The server is rate-limiting requests; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="375"/>
        <source>The server failed (HTTP %1); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/remote/dialects/NebulaDialect.cpp" line="382"/>
        <source>The server refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../models/profiles/ProfileStore.cpp" line="95"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="32"/>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="40"/>
        <source>Server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="51"/>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="178"/>
        <source>stored in the keychain; leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="53"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="64"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="65"/>
        <source>Server type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="66"/>
        <source>Username or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="67"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="69"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="70"/>
        <source>Pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="72"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="74"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="76"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="86"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="88"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="99"/>
        <source>What the server allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="153"/>
        <source>none (TLS errors are refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="192"/>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="195"/>
        <source>The base URL must be an http:// or https:// address, e.g. https://auth.example.com/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="197"/>
        <source>Enter the username or email to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="253"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="273"/>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="274"/>
        <source>Remove the profile “%1”? Its secrets are deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="276"/>
        <source>Remove, keep cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="277"/>
        <source>Remove and delete cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="311"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="314"/>
        <source>Sign-in failed: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="317"/>
        <source>Signed in as %1.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="320"/>
        <source>List users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="320"/>
        <source>Search on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="321"/>
        <source>Create users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="321"/>
        <source>Edit users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="322"/>
        <source>Delete users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="322"/>
        <source>Change roles/scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="323"/>
        <source>Enable/disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="323"/>
        <source>See sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="324"/>
        <source>Revoke sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="324"/>
        <source>See API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="325"/>
        <source>Issue API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/ProfilesDialog.cpp" line="325"/>
        <source>Refresh tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../views/profiles/SignInDialog.cpp" line="13"/>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/SignInDialog.cpp" line="16"/>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/SignInDialog.cpp" line="24"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/SignInDialog.cpp" line="25"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/SignInDialog.cpp" line="26"/>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/profiles/SignInDialog.cpp" line="27"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message>
        <location filename="../models/cache/SyncJob.cpp" line="104"/>
        <source>The server announced more users but sent an empty page; the cache was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/SyncJob.cpp" line="110"/>
        <source>The server kept announcing more users after %1 pages; the cache was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/SyncJob.cpp" line="268"/>
        <source>The cache could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserChange</name>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="9"/>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="11"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="13"/>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="15"/>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="17"/>
        <source>creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="28"/>
        <source>appeared on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="30"/>
        <source>deleted on server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="32"/>
        <source>back on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="37"/>
        <source>lost role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="37"/>
        <source>gained role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="39"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="39"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="41"/>
        <source>%1 set to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="43"/>
        <source>%1 removed (was “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cache/UserChange.cpp" line="44"/>
        <source>%1 changed from “%2” to “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDetailPanel</name>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="27"/>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="27"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="35"/>
        <source>Roles / scopes</source>
        <translation>Rollen / Scopes</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="37"/>
        <source>Actions the server allows for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="40"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="41"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="52"/>
        <source>No user selected</source>
        <translation>Kein Benutzer ausgewählt</translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="53"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="53"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="54"/>
        <source>Select a user in the table to see every attribute the server returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="61"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UserDetailPanel.cpp" line="73"/>
        <source>The server does not advertise per-user actions; see the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="21"/>
        <source>Account enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="26"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="26"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserEditDialog.cpp" line="51"/>
        <source>at least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="52"/>
        <source>leave empty to keep the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="56"/>
        <source>The server does not allow changing this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="86"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="86"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="118"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UserEditDialog.cpp" line="120"/>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserEditDialog.cpp" line="122"/>
        <source>At least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserPageSource</name>
    <message>
        <location filename="../models/cache/UserPageSource.cpp" line="9"/>
        <source>This server does not offer this operation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="176"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="176"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="182"/>
        <source>This account is disabled: it cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="191"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="192"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="193"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="194"/>
        <source>Roles / scopes</source>
        <translation>Rollen / Scopes</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="195"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="196"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="197"/>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="63"/>
        <source>New user…</source>
        <translation>Neuer Benutzer…</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="64"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="65"/>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="66"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="67"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="68"/>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="69"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="70"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="85"/>
        <source>Search users (Ctrl+F)</source>
        <translation>Benutzer suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="89"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="89"/>
        <source>Enabled only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="89"/>
        <source>Disabled only</source>
        <translation>Nur deaktivierte</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="126"/>
        <source>%L1 of %L2 users loaded</source>
        <translation>%L1 von %L2 Benutzern geladen</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="126"/>
        <source>%L1 users loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="137"/>
        <source>Could not load users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="140"/>
        <location filename="../views/users/UsersPage.cpp" line="154"/>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="154"/>
        <source>Choose or create a profile to see its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="156"/>
        <source>Server search</source>
        <translation>Serversuche</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="156"/>
        <source>Local filter</source>
        <translation>Lokaler Filter</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="157"/>
        <source>The server searches all its users as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="158"/>
        <source>This server cannot search: only the loaded rows are filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="199"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="219"/>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="232"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="242"/>
        <source>Delete the user %1 (%2) on the server? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UsersPage.cpp" line="244"/>
        <source>Delete these %n users on the server? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="245"/>
        <source>Delete users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="255"/>
        <source>%1: deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="257"/>
        <location filename="../views/users/UsersPage.cpp" line="280"/>
        <source>%1: failed — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="278"/>
        <source>%1: enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/users/UsersPage.cpp" line="278"/>
        <source>%1: disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="56"/>
        <source>Admin console for auth servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>User interface language (e.g. de, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Open this profile (name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>Save a screenshot once the users have loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="64"/>
        <source>Create the &apos;Sandbox demo&apos; profile for this URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Server type of the demo profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>Identity of the demo profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>A non-secret demo setting, key=value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

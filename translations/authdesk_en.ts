<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiKeysPage</name>
    <message numerus="yes">
        <location filename="../views/keys/ApiKeysPage.cpp" line="142"/>
        <source>%n key(s). Only the first characters of each key are ever shown.</source>
        <translation>
            <numerusform>%n key. Only the first characters of each key are ever shown.</numerusform>
            <numerusform>%n keys. Only the first characters of each key are ever shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/keys/ApiKeysPage.cpp" line="185"/>
        <source>Revoke %n key(s): %1? Programs using them will be refused at once.</source>
        <translation>
            <numerusform>Revoke %n key: %1? Programs using them will be refused at once.</numerusform>
            <numerusform>Revoke %n keys: %1? Programs using them will be refused at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="56"/>
        <source>Also change the %n user(s) that changed since the decision</source>
        <translation>
            <numerusform>Also change the user that changed since the decision</numerusform>
            <numerusform>Also change the %n users that changed since the decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="149"/>
        <source>%n user(s) will change.</source>
        <translation>
            <numerusform>%n user will change.</numerusform>
            <numerusform>%n users will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="153"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="155"/>
        <source>%n cancelled before being sent.</source>
        <translation>
            <numerusform>%n cancelled before being sent.</numerusform>
            <numerusform>%n cancelled before being sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="158"/>
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n unchanged.</numerusform>
            <numerusform>%n unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/BulkActionDialog.cpp" line="160"/>
        <source>%n cannot be changed (see why below).</source>
        <translation>
            <numerusform>%n cannot be changed (see why below).</numerusform>
            <numerusform>%n cannot be changed (see why below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="20"/>
        <source>Enable %n user(s)</source>
        <translation>
            <numerusform>Enable %n user</numerusform>
            <numerusform>Enable %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="23"/>
        <source>Disable %n user(s)</source>
        <translation>
            <numerusform>Disable %n user</numerusform>
            <numerusform>Disable %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="26"/>
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>Delete %n user</numerusform>
            <numerusform>Delete %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="29"/>
        <source>Add %1 to %n user(s)</source>
        <translation>
            <numerusform>Add %1 to %n user</numerusform>
            <numerusform>Add %1 to %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/BulkOperation.cpp" line="32"/>
        <source>Remove %1 from %n user(s)</source>
        <translation>
            <numerusform>Remove %1 from %n user</numerusform>
            <numerusform>Remove %1 from %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheInfo</name>
    <message numerus="yes">
        <location filename="../models/cache/CacheInfo.cpp" line="14"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CachedUserSource</name>
    <message numerus="yes">
        <location filename="../models/cache/CachedUserSource.cpp" line="654"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CachedUserSource.cpp" line="658"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CachedUserSource.cpp" line="661"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message numerus="yes">
        <location filename="../app/cli/UserListing.cpp" line="68"/>
        <source>%1 of %n user(s)…</source>
        <translation>
            <numerusform>%1 of %n user…</numerusform>
            <numerusform>%1 of %n users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/UserListing.cpp" line="69"/>
        <source>%n user(s)…</source>
        <translation>
            <numerusform>%n user…</numerusform>
            <numerusform>%n users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/UsersCommand.cpp" line="90"/>
        <source>Delete %n user(s) on the server? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n user on the server? This cannot be undone.</numerusform>
            <numerusform>Delete %n users on the server? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SyncCommand.cpp" line="47"/>
        <source>authdesk-cli: the server no longer lists %1 of the %n cached user(s); syncing would mark them deleted, so the cache was left as it was. If they really are gone, run &apos;authdesk-cli sync --allow-mass-delete&apos;.</source>
        <translation>
            <numerusform>authdesk-cli: the server no longer lists %1 of the %n cached user; syncing would mark them deleted, so the cache was left as it was. If they really are gone, run &apos;authdesk-cli sync --allow-mass-delete&apos;.</numerusform>
            <numerusform>authdesk-cli: the server no longer lists %1 of the %n cached users; syncing would mark them deleted, so the cache was left as it was. If they really are gone, run &apos;authdesk-cli sync --allow-mass-delete&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SyncCommand.cpp" line="66"/>
        <source>Synced %n user(s) into the cache.</source>
        <translation>
            <numerusform>Synced %n user into the cache.</numerusform>
            <numerusform>Synced %n users into the cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ReviewCommand.cpp" line="154"/>
        <source>Review “%1” started: %n user(s) to decide, from the cache as of %2.</source>
        <translation>
            <numerusform>Review “%1” started: %n user to decide, from the cache as of %2.</numerusform>
            <numerusform>Review “%1” started: %n users to decide, from the cache as of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ReviewCommand.cpp" line="280"/>
        <source>%n decision(s) imported.</source>
        <translation>
            <numerusform>%n decision imported.</numerusform>
            <numerusform>%n decisions imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ReviewCommand.cpp" line="346"/>
        <source>%n user(s) changed since the snapshot: check them, then apply again with --include-changed.</source>
        <translation>
            <numerusform>%n user changed since the snapshot: check it, then apply again with --include-changed.</numerusform>
            <numerusform>%n users changed since the snapshot: check them, then apply again with --include-changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMapping</name>
    <message numerus="yes">
        <location filename="../models/remote/ErrorMapping.cpp" line="204"/>
        <source>The server is rate-limiting requests; try again in %n second(s).</source>
        <translation>
            <numerusform>The server is rate-limiting requests; try again in %n second.</numerusform>
            <numerusform>The server is rate-limiting requests; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/ErrorMapping.cpp" line="219"/>
        <source>The server is unavailable for now; try again in %n second(s).</source>
        <translation>
            <numerusform>The server is unavailable for now; try again in %n second.</numerusform>
            <numerusform>The server is unavailable for now; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/ErrorMapping.cpp" line="285"/>
        <source>The server took longer than %n s to answer.</source>
        <translation>
            <numerusform>The server took longer than %n s to answer.</numerusform>
            <numerusform>The server took longer than %n s to answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/ErrorMapping.cpp" line="291"/>
        <source>The server&apos;s answer was still not complete after %n s; AuthDesk gave up waiting for it.</source>
        <translation>
            <numerusform>The server&apos;s answer was still not complete after %n s; AuthDesk gave up waiting for it.</numerusform>
            <numerusform>The server&apos;s answer was still not complete after %n s; AuthDesk gave up waiting for it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuedKeyDialog</name>
    <message numerus="yes">
        <location filename="../views/keys/IssuedKeyDialog.cpp" line="36"/>
        <source>The clipboard is cleared after %n second(s) if it still holds the key.</source>
        <translation>
            <numerusform>The clipboard is cleared after %n second if it still holds the key.</numerusform>
            <numerusform>The clipboard is cleared after %n seconds if it still holds the key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeycloakDialect</name>
    <message numerus="yes">
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="678"/>
        <source>Locked after %n failed sign-in(s); enabling the user unlocks it.</source>
        <translation>
            <numerusform>Locked after %n failed sign-in; enabling the user unlocks it.</numerusform>
            <numerusform>Locked after %n failed sign-ins; enabling the user unlocks it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="679"/>
        <source>Locked after %n failed sign-in(s), the last from %1; enabling the user unlocks it.</source>
        <translation>
            <numerusform>Locked after %n failed sign-in, the last from %1; enabling the user unlocks it.</numerusform>
            <numerusform>Locked after %n failed sign-ins, the last from %1; enabling the user unlocks it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/remote/dialects/KeycloakDialect.cpp" line="1230"/>
        <source>The realm lists more than %n group(s); AuthDesk stops there.</source>
        <translation>
            <numerusform>The realm lists more than %n group; AuthDesk stops there.</numerusform>
            <numerusform>The realm lists more than %n groups; AuthDesk stops there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../views/MainWindow.cpp" line="352"/>
        <source>The server no longer lists %L1 of the %Ln user(s) in the offline copy. Syncing now marks them deleted on the server in the copy.

If the server is misbehaving, cancel: the copy stays as it was.</source>
        <translation>
            <numerusform>The server no longer lists %L1 of the %Ln user in the offline copy. Syncing now marks them deleted on the server in the copy.

If the server is misbehaving, cancel: the copy stays as it was.</numerusform>
            <numerusform>The server no longer lists %L1 of the %Ln users in the offline copy. Syncing now marks them deleted on the server in the copy.

If the server is misbehaving, cancel: the copy stays as it was.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/MainWindow.cpp" line="478"/>
        <source>Cache synced: %Ln user(s).</source>
        <translation>
            <numerusform>Cache synced: %Ln user.</numerusform>
            <numerusform>Cache synced: %Ln users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../views/overview/OverviewPage.cpp" line="146"/>
        <source>List these %Ln user(s)</source>
        <translation>
            <numerusform>List this %n user</numerusform>
            <numerusform>List these %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagingGuard</name>
    <message numerus="yes">
        <location filename="../models/sources/PagingGuard.cpp" line="45"/>
        <source>The server sent the same %n user(s) again at position %L1; AuthDesk stopped reading its pages, which would never end.</source>
        <translation>
            <numerusform>The server sent the same %n user again at position %L1; AuthDesk stopped reading its pages, which would never end.</numerusform>
            <numerusform>The server sent the same %n users again at position %L1; AuthDesk stopped reading its pages, which would never end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sources/PagingGuard.cpp" line="50"/>
        <source>The server announced more users, yet its page at position %L1 held %n user(s), fewer than its earlier pages; AuthDesk stopped reading its pages.</source>
        <translation>
            <numerusform>The server announced more users, yet its page at position %L1 held %n user, fewer than its earlier pages; AuthDesk stopped reading its pages.</numerusform>
            <numerusform>The server announced more users, yet its page at position %L1 held %n users, fewer than its earlier pages; AuthDesk stopped reading its pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message numerus="yes">
        <location filename="../views/profiles/ProfilesDialog.cpp" line="548"/>
        <source>List users (%Ln on the server)</source>
        <translation>
            <numerusform>List users (%Ln on the server)</numerusform>
            <numerusform>List users (%Ln on the server)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/profiles/ProfilesDialog.cpp" line="562"/>
        <source>See API keys (%n key(s))</source>
        <translation>
            <numerusform>See API keys (%n key)</numerusform>
            <numerusform>See API keys (%n keys)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressRate</name>
    <message numerus="yes">
        <location filename="../models/operations/ProgressRate.cpp" line="46"/>
        <source>%1, about %n s left</source>
        <translation>
            <numerusform>%1, about %n s left</numerusform>
            <numerusform>%1, about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/ProgressRate.cpp" line="47"/>
        <source>%1, about %n min left</source>
        <translation>
            <numerusform>%1, about %n min left</numerusform>
            <numerusform>%1, about %n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewApplication</name>
    <message numerus="yes">
        <location filename="../models/reviews/ReviewApplication.cpp" line="93"/>
        <source>Apply “%1”: %n change(s)</source>
        <translation>
            <numerusform>Apply “%1”: %n change</numerusform>
            <numerusform>Apply “%1”: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionRevocation</name>
    <message numerus="yes">
        <location filename="../models/operations/SessionRevocation.cpp" line="168"/>
        <source>%1 of %n session(s) revoked</source>
        <translation>
            <numerusform>%1 of %n session revoked</numerusform>
            <numerusform>%1 of %n sessions revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/SessionRevocation.cpp" line="170"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/SessionRevocation.cpp" line="172"/>
        <source>, %n not verified</source>
        <translation>
            <numerusform>, %n not verified</numerusform>
            <numerusform>, %n not verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/operations/SessionRevocation.cpp" line="174"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelled</numerusform>
            <numerusform>, %n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="204"/>
        <source>%Ln active session(s)</source>
        <translation>
            <numerusform>%Ln active session</numerusform>
            <numerusform>%Ln active sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="205"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="207"/>
        <source>%Ln match(es) the filter</source>
        <translation>
            <numerusform>%Ln matches the filter</numerusform>
            <numerusform>%Ln match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="230"/>
        <source>Revoke %n session(s)? The owner of each is signed out of it at once.</source>
        <translation>
            <numerusform>Revoke %n session? Its owner is signed out of it at once.</numerusform>
            <numerusform>Revoke %n sessions? The owner of each is signed out of it at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="233"/>
        <source>They belong to %n user(s).</source>
        <translation>
            <numerusform>They belong to %n user.</numerusform>
            <numerusform>They belong to %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsPage.cpp" line="254"/>
        <source>Revoking %n session(s)…</source>
        <translation>
            <numerusform>Revoking %n session…</numerusform>
            <numerusform>Revoking %n sessions…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="102"/>
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n active session</numerusform>
            <numerusform>%n active sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="122"/>
        <source>Revoke %n session(s) of %1?</source>
        <translation>
            <numerusform>Revoke %n session of %1?</numerusform>
            <numerusform>Revoke %n sessions of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="160"/>
        <source>Sign %1 out everywhere? This revokes %n session(s) and their refresh tokens.</source>
        <translation>
            <numerusform>Sign %1 out everywhere? This revokes %n session and their refresh tokens.</numerusform>
            <numerusform>Sign %1 out everywhere? This revokes %n sessions and their refresh tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="184"/>
        <source>Sign out everywhere: done, the server no longer lists any of the %n session(s).</source>
        <translation>
            <numerusform>Sign out everywhere: done, the server no longer lists any of the %n session.</numerusform>
            <numerusform>Sign out everywhere: done, the server no longer lists any of the %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sessions/SessionsTab.cpp" line="187"/>
        <source>Sign out everywhere: FAILED — the server still reports %n session(s) as active: %1.</source>
        <translation>
            <numerusform>Sign out everywhere: FAILED — the server still reports %n session as active: %1.</numerusform>
            <numerusform>Sign out everywhere: FAILED — the server still reports %n sessions as active: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message numerus="yes">
        <location filename="../views/users/UserEditDialog.cpp" line="72"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserEditDialog.cpp" line="210"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserExporter</name>
    <message numerus="yes">
        <location filename="../models/export/UserExporter.cpp" line="138"/>
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>Exported %n user to %1.</numerusform>
            <numerusform>Exported %n users to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <location filename="../views/users/UsersPage.cpp" line="261"/>
        <source>%L1 of %Ln user(s) loaded</source>
        <translation>
            <numerusform>%L1 of %Ln user loaded</numerusform>
            <numerusform>%L1 of %Ln users loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UsersPage.cpp" line="262"/>
        <source>%Ln user(s) loaded</source>
        <translation>
            <numerusform>%Ln user loaded</numerusform>
            <numerusform>%Ln users loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UsersPage.cpp" line="264"/>
        <source>%Ln user(s) shown</source>
        <translation>
            <numerusform>%Ln user shown</numerusform>
            <numerusform>%Ln users shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserActions.cpp" line="275"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UsersPage.cpp" line="403"/>
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserExportProgress.cpp" line="44"/>
        <source>Fetching every page: %L1 of %Ln user(s)</source>
        <translation>
            <numerusform>Fetching every page: %L1 of %Ln user</numerusform>
            <numerusform>Fetching every page: %L1 of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserExportProgress.cpp" line="45"/>
        <source>Fetching every page: %Ln user(s)</source>
        <translation>
            <numerusform>Fetching every page: %Ln user</numerusform>
            <numerusform>Fetching every page: %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserExportProgress.cpp" line="46"/>
        <source>Writing %L1 of %Ln user(s)</source>
        <translation>
            <numerusform>Writing %L1 of %Ln user</numerusform>
            <numerusform>Writing %L1 of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/users/UserExportProgress.cpp" line="56"/>
        <source>Exported %Ln user(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln user to %1</numerusform>
            <numerusform>Exported %Ln users to %1</numerusform>
        </translation>
    </message>
</context>
</TS>

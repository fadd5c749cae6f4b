#pragma once
// What a server can do, and for what it cannot, why. The UI reads this to hide or disable
// actions with a tooltip that gives the reason; nothing in views/ knows a server by name.

#include <QCoreApplication>
#include <QHash>
#include <QString>

enum class Capability {
    ListUsers,
    ServerSearch, // the server filters users by a search string (else: local filter)
    ServerSort,
    TotalCount, // the server reports how many users match
    GetUser,
    CreateUser,
    UpdateUser,
    DeleteUser,
    SetRoles,     // change roles/scopes
    SetEnabled,   // enable/disable (or ban/unban)
    ListSessions, // one user's sessions
    ListAllSessions,
    RevokeSession,
    RevokeAllSessions,
    ListApiKeys,
    CreateApiKey,
    RevokeApiKey,
    ApiKeyExpiry, // an issued key can be given an expiry time
    ApiKeyScopes, // an issued key can be limited to some of the roles/scopes
    // A disable records the administrator's reason, and can end by itself at a given time
    // (better-auth's banReason and banExpires).
    DisableReason,
    DisableExpiry,
    RefreshToken,
    SignOut,              // revoke the console's own token
    UserActionsFromLinks, // per-user actions come from the server (Gemini _links)
    // The token inspector asks the server about the console's token (RFC 7662) and revokes it
    // (RFC 7009), at the endpoints its OpenID Connect discovery names.
    TokenIntrospection,
    TokenRevocation,
};

class Capabilities
{
    Q_DECLARE_TR_FUNCTIONS(Capabilities)
public:
    void allow(Capability capability)
    {
        m_unsupported.remove(capability);
        m_supported.insert(capability, true);
    }
    void deny(Capability capability, const QString& reason)
    {
        m_supported.remove(capability);
        m_unsupported.insert(capability, reason);
    }
    bool supports(Capability capability) const { return m_supported.contains(capability); }
    // Why the server cannot do it, in one sentence; empty if it can.
    QString reason(Capability capability) const;

private:
    QHash<Capability, bool> m_supported;
    QHash<Capability, QString> m_unsupported;
};

#pragma once
// Base of the four API emulations: each answers requests below its prefix. Shared here is
// what all of them do the same way — issuing sessions as hashed tokens and checking them.

#include "SandboxContext.h"
#include "SandboxReply.h"
#include "SandboxRequest.h"
#include "Store.h"

#include <optional>

struct IssuedSession
{
    QString sessionId;
    QString accessToken;
    QString refreshToken;
    qint64 expiresAt = 0;
};

class ApiHandler
{
public:
    explicit ApiHandler(SandboxContext& context)
        : m_context(context)
    {
    }
    virtual ~ApiHandler() = default;
    ApiHandler(const ApiHandler&) = delete;
    ApiHandler& operator=(const ApiHandler&) = delete;

    virtual QString prefix() const = 0; // "gemini", ...
    virtual SandboxReply handle(const SandboxRequest& request) = 0;

protected:
    // Creates a session with an access token (and a refresh token when refreshSeconds > 0).
    IssuedSession issueSession(const StoredUser& user, const QStringList& scopes, int accessSeconds,
                               int refreshSeconds, const SandboxRequest& request,
                               const QString& sessionId = QString());
    // The live (not expired, not revoked) token of this API with that value, of that kind.
    std::optional<StoredToken> liveToken(const QString& token,
                                         const QString& kind = QStringLiteral("access"));
    // The bearer credential of "Authorization: Bearer <t>" (scheme case-insensitive), or empty.
    static QString bearerOf(const SandboxRequest& request);
    static QString isoTime(qint64 secondsSinceEpoch);

    SandboxContext& m_context;
};

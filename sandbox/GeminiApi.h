#pragma once
// Gemini (Make Music Day) OAuth2 password grant, user creation with client credentials and
// hypermedia `_links` (seed 000 + DIALECTS.md), plus the admin extensions in README.md.
// Errors are OAuth2-style {"error", "error_description"}.

#include "ApiHandler.h"

class GeminiApi : public ApiHandler
{
public:
    using ApiHandler::ApiHandler;
    QString prefix() const override { return QStringLiteral("gemini"); }
    SandboxReply handle(const SandboxRequest& request) override;

    static const QStringList& requestableScopes();

private:
    SandboxReply createUser(const SandboxRequest& request);
    SandboxReply token(const SandboxRequest& request);
    SandboxReply tokenAnswer(const StoredUser& user, const QStringList& requested,
                             const SandboxRequest& request);
    SandboxReply listUsers(const SandboxRequest& request, const QStringList& callerScopes);
    SandboxReply patchUser(const SandboxRequest& request, StoredUser target, const QStringList& callerScopes);
    bool clientAuthenticated(const SandboxRequest& request) const;

    static SandboxReply error(int status, const QString& code, const QString& description);
    static QJsonObject userJson(const StoredUser& user, const StoredUser& caller,
                                const QStringList& callerScopes);
};

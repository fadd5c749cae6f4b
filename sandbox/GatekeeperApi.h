#pragma once
// SONATA Gatekeeper's user management and sessions (seed 001 + DIALECTS.md), with the admin
// extensions described in README.md. Errors are {"error": {"code", "message"}}.

#include "ApiHandler.h"

class GatekeeperApi : public ApiHandler
{
public:
    using ApiHandler::ApiHandler;
    QString prefix() const override { return QStringLiteral("gatekeeper"); }
    SandboxReply handle(const SandboxRequest& request) override;

private:
    SandboxReply registerUser(const SandboxRequest& request, const std::optional<StoredUser>& caller);
    SandboxReply listUsers(const SandboxRequest& request, const StoredUser& caller);
    SandboxReply updateOwnProfile(const SandboxRequest& request, StoredUser caller);
    SandboxReply adminUpdate(const SandboxRequest& request, StoredUser target);
    SandboxReply signIn(const SandboxRequest& request);
    SandboxReply refresh(const SandboxRequest& request);
    int refreshSeconds() const;
    SandboxReply sessionAnswer(const StoredUser& user, const IssuedSession& session, qint64 began);
    SandboxReply listSessions(const StoredUser& user);
    SandboxReply listAllSessions(const SandboxRequest& request);

    static SandboxReply error(int status, const QString& message);
    static QJsonObject userJson(const StoredUser& user);
    static QJsonObject sessionJson(const StoredToken& token, const StoredUser* user = nullptr);
};

#pragma once
// Nebula Block: login returning an HS256 JWT (2 h), `ak_` API keys that never expire, both sent
// as bearer (seed 002 + DIALECTS.md), plus staff-only user administration extensions.
// Errors are {"status": "failed", "message", "data": null}.

#include "ApiHandler.h"

class NebulaApi : public ApiHandler
{
public:
    using ApiHandler::ApiHandler;
    QString prefix() const override { return QStringLiteral("nebula"); }
    SandboxReply handle(const SandboxRequest& request) override;

    // Issues a JWT session for a user (also used by the seeder).
    QString issueJwt(const StoredUser& user, const SandboxRequest& request);

private:
    SandboxReply login(const SandboxRequest& request);
    SandboxReply createKey(const SandboxRequest& request, const StoredUser& caller);
    SandboxReply listKeys(const StoredUser& owner);
    std::optional<StoredUser> authenticate(const SandboxRequest& request, QString* failure);
    SandboxReply adminUsers(const SandboxRequest& request, const StoredUser& caller);

    static SandboxReply ok(int status, const QJsonValue& data, const QString& message);
    static SandboxReply failed(int status, const QString& message);
    static QJsonObject userJson(const StoredUser& user);
};

#include "LuminateApi.h"

#include "PasswordHasher.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
constexpr int luminateTokenLifetime = 86400;
}

SandboxReply LuminateApi::unauthorized(const QString& code, const QString& message)
{
    const QJsonObject detail{{QStringLiteral("error_code"), code},
                             {QStringLiteral("error_type"), QStringLiteral("Unauthorized")},
                             {QStringLiteral("message"), message}};
    return SandboxReply::json(
        401, QJsonObject{{QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("errors"), QJsonArray{detail}},
                                      {QStringLiteral("code"), 401},
                                      {QStringLiteral("message"), QStringLiteral("Unauthorized")}}}});
}

SandboxReply LuminateApi::handle(const SandboxRequest& r)
{
    if (QString::fromUtf8(r.header("x-api-key")) != m_context.luminateApiKey)
        return unauthorized(QStringLiteral("00018"), QStringLiteral("API key invalid or not provided."));

    if (r.matches("POST", {QStringLiteral("auth")})) {
        const QUrlQuery form = r.form();
        const QString username = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
        const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
        auto user = m_context.store->userByLogin(prefix(), username);
        if (!user || !PasswordHasher::verify(user->passwordHash, password))
            return unauthorized(QStringLiteral("00019"), QStringLiteral("Username or password invalid."));
        user->lastLoginAt = SandboxContext::now();
        m_context.store->updateUser(*user);
        const int lifetime = m_context.lifetime(luminateTokenLifetime);
        const IssuedSession session = issueSession(*user, {}, lifetime, 0, r);
        return SandboxReply::json(200, QJsonObject{{QStringLiteral("access_token"), session.accessToken},
                                                   {QStringLiteral("expires_in"), lifetime}});
    }

    // Data calls: the token goes in `authorization` without a scheme.
    const QString token = QString::fromUtf8(r.header("authorization")).trimmed();
    if (token.isEmpty() || !liveToken(token))
        return unauthorized(QStringLiteral("00020"),
                            QStringLiteral("Authorization token invalid, expired or not provided."));
    QStringList args;
    if (r.matches("GET", {QStringLiteral("songs"), QStringLiteral("*")}, &args)) {
        SandboxReply reply = SandboxReply::json(
            200, QJsonObject{{QStringLiteral("id"), args[0]},
                             {QStringLiteral("title"), QString(QStringLiteral("Sandbox Song ") + args[0])},
                             {QStringLiteral("artists"), QJsonArray{QStringLiteral("The Sandboxes")}},
                             {QStringLiteral("isrc"), QStringLiteral("QZSB52600001")}});
        reply.headers = {{"Content-Type", "application/vnd.luminate-data.svc-apibff.v1+json"}};
        return reply;
    }
    return SandboxReply::json(
        404, QJsonObject{{QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("errors"), QJsonArray()},
                                      {QStringLiteral("code"), 404},
                                      {QStringLiteral("message"), QStringLiteral("Not Found")}}}});
}

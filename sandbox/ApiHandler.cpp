#include "ApiHandler.h"

#include "TokenService.h"
#include "values/Utc.h"

#include <QDateTime>

IssuedSession ApiHandler::issueSession(const StoredUser& user, const QStringList& scopes, int accessSeconds,
                                       int refreshSeconds, const SandboxRequest& request,
                                       const QString& sessionId)
{
    const qint64 now = SandboxContext::now();
    IssuedSession issued;
    issued.sessionId = sessionId.isEmpty() ? TokenService::uuid() : sessionId;
    issued.accessToken = TokenService::randomToken();
    issued.expiresAt = now + accessSeconds;

    StoredToken token;
    token.api = prefix();
    token.userRow = user.row;
    token.sessionId = issued.sessionId;
    token.kind = QStringLiteral("access");
    token.scopes = scopes;
    token.createdAt = now;
    token.expiresAt = issued.expiresAt;
    token.lastUsedAt = now;
    token.ip = request.remoteAddress;
    token.userAgent = QString::fromUtf8(request.header("User-Agent"));
    m_context.store->insertToken(token, TokenService::hashOf(issued.accessToken));
    if (refreshSeconds > 0) {
        issued.refreshToken = TokenService::randomToken();
        token.kind = QStringLiteral("refresh");
        token.expiresAt = now + refreshSeconds;
        m_context.store->insertToken(token, TokenService::hashOf(issued.refreshToken));
    }
    return issued;
}

std::optional<StoredToken> ApiHandler::liveToken(const QString& value, const QString& kind)
{
    if (value.isEmpty())
        return std::nullopt;
    auto token = m_context.store->tokenByHash(TokenService::hashOf(value));
    const qint64 now = SandboxContext::now();
    if (!token || token->api != prefix() || token->kind != kind || token->revoked ||
        (token->expiresAt != 0 && token->expiresAt <= now))
        return std::nullopt;
    m_context.store->touchToken(token->id, now);
    return token;
}

QString ApiHandler::bearerOf(const SandboxRequest& request)
{
    const QString header = QString::fromUtf8(request.header("Authorization")).trimmed();
    if (!header.startsWith(QLatin1String("bearer "), Qt::CaseInsensitive))
        return {};
    return header.mid(7).trimmed();
}

QString ApiHandler::isoTime(qint64 secondsSinceEpoch)
{
    if (secondsSinceEpoch <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Utc::zone).toString(Qt::ISODate);
}

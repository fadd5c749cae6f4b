#include "TokenInspector.h"

#include "values/Utc.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TokenInspector", text);
}

QJsonObject decodePart(const QByteArray& part, bool* ok)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &error);
    *ok = decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok &&
          error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

QDateTime epoch(const QJsonValue& value)
{
    return value.isDouble() ? QDateTime::fromSecsSinceEpoch(value.toInteger(), Utc::zone) : QDateTime();
}

} // namespace

TokenReport TokenInspector::inspect(const QString& token)
{
    TokenReport report;
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        report.kindName = tr("No token");
        return report;
    }
    if (trimmed.startsWith(QLatin1String("ak_"))) {
        report.kind = TokenReport::Kind::NebulaApiKey;
        report.kindName = tr("Nebula API key (never expires)");
        return report;
    }
    const QList<QByteArray> parts = trimmed.toLatin1().split('.');
    if (parts.size() != 3) {
        report.kind = TokenReport::Kind::Opaque;
        report.kindName = tr("Opaque token: only the server knows what it means");
        return report;
    }
    bool headerOk = false;
    bool claimsOk = false;
    report.header = decodePart(parts[0], &headerOk);
    report.claims = decodePart(parts[1], &claimsOk);
    if (!headerOk || !claimsOk) {
        report.kind = TokenReport::Kind::Opaque;
        report.kindName = tr("Opaque token");
        report.problem = tr("It has three dot-separated parts but they do not decode as a JWT.");
        return report;
    }
    report.kind = TokenReport::Kind::Jwt;
    report.kindName =
        tr("JWT (%1), decoded but not verified").arg(report.header.value(QStringLiteral("alg")).toString());
    report.issuedAt = epoch(report.claims.value(QStringLiteral("iat")));
    report.expiresAt = epoch(report.claims.value(QStringLiteral("exp")));
    for (const char* key : {"scopes", "scope", "roles"}) {
        const QJsonValue value = report.claims.value(QLatin1String(key));
        if (value.isArray()) {
            for (const QJsonValue& item : value.toArray())
                report.scopes << item.toString();
        } else if (value.isString()) {
            report.scopes += value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    report.scopes.removeDuplicates();
    return report;
}

TokenReport TokenInspector::inspect(const AuthState& state)
{
    TokenReport report = inspect(state.accessToken);
    // What the server answered at sign-in is the console's truth; the token's own claims are not.
    if (state.expiresAt.isValid())
        report.expiresAt = state.expiresAt;
    if (state.issuedAt.isValid())
        report.issuedAt = state.issuedAt;
    if (!state.scopes.isEmpty())
        report.scopes = state.scopes;
    if (state.extra.value(QStringLiteral("api_key")).toBool()) {
        report.kind = TokenReport::Kind::NebulaApiKey;
        report.kindName = tr("Nebula API key (never expires)");
    }
    return report;
}

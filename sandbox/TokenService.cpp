#include "TokenService.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUuid>
#include <sodium.h>

namespace {
constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

TokenService::TokenService(QByteArray jwtSecret)
    : m_secret(std::move(jwtSecret))
{
}

QString TokenService::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return QString::fromLatin1(raw.toBase64(base64url));
}

QString TokenService::hashOf(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString TokenService::uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString TokenService::signJwt(const QJsonObject& claims) const
{
    const QByteArray header = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(base64url);
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(base64url);
    const QByteArray signingInput = header + '.' + payload;
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256)
            .toBase64(base64url);
    return QString::fromLatin1(signingInput + '.' + signature);
}

QJsonObject TokenService::verifyJwt(const QString& token, bool* ok) const
{
    *ok = false;
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    const QByteArray expected =
        QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256)
            .toBase64(base64url);
    if (expected.size() != parts[2].size() ||
        sodium_memcmp(expected.constData(), parts[2].constData(), size_t(expected.size())) != 0)
        return {};
    const QJsonDocument header = QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], base64url));
    if (header.object().value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return {};
    const QJsonDocument claims = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], base64url));
    if (!claims.isObject())
        return {};
    *ok = true;
    return claims.object();
}

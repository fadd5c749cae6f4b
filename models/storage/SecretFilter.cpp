#include "SecretFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

namespace {
// Name fragments that mark a secret wherever they appear ("password_hash", "refresh_token").
const QStringList& secretFragments()
{
    static const QStringList fragments{
        QStringLiteral("password"),   QStringLiteral("passwd"),  QStringLiteral("secret"),
        QStringLiteral("token"),      QStringLiteral("jwt"),     QStringLiteral("hash"),
        QStringLiteral("credential"), QStringLiteral("private"),
    };
    return fragments;
}

// Whole names that are full keys; "partial_key_data" and "public_key" are not secrets.
const QStringList& secretNames()
{
    static const QStringList names{
        QStringLiteral("key"),        QStringLiteral("apikey"),         QStringLiteral("api_key"),
        QStringLiteral("api-key"),    QStringLiteral("x-api-key"),      QStringLiteral("access_key"),
        QStringLiteral("secret_key"), QStringLiteral("authorization"),  QStringLiteral("cookie"),
        QStringLiteral("set-cookie"), QStringLiteral("session_cookie"), QStringLiteral("otp"),
        QStringLiteral("totp"),
    };
    return names;
}

const QRegularExpression& jwtPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"re(eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)re"));
    return re;
}

const QRegularExpression& nebulaKeyPattern()
{
    static const QRegularExpression re(QStringLiteral(R"re(\bak_[A-Za-z0-9_-]{12,})re"));
    return re;
}

const QRegularExpression& bearerPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"re(\b(Bearer|token|Basic)\s+[A-Za-z0-9._~+/=-]{8,})re"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& assignmentPattern()
{
    // password=..., "client_secret":"...", access_token: ...
    static const QRegularExpression re(
        QStringLiteral(
            R"re(("?[A-Za-z_-]*(password|passwd|secret|token|api[_-]?key)"?\s*[:=]\s*)("[^"]*"|[^\s&,;}]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}
} // namespace

bool SecretFilter::isSecretName(const QString& name)
{
    const QString lower = name.toLower();
    if (secretNames().contains(lower))
        return true;
    for (const QString& fragment : secretFragments()) {
        if (lower.contains(fragment))
            return true;
    }
    return false;
}

bool SecretFilter::looksLikeSecretValue(const QString& value)
{
    return jwtPattern().match(value).hasMatch() || nebulaKeyPattern().match(value).hasMatch() ||
           bearerPattern().match(value).hasMatch();
}

QVariant SecretFilter::filtered(const QVariant& value, bool* keep)
{
    // Every container a QVariant can carry here, not only what QJsonDocument gives: a dialect or
    // an edit may hand over a QStringList, a QVariantHash or a QJsonObject.
    *keep = true;
    switch (value.metaType().id()) {
    case QMetaType::QVariantMap:
        return withoutSecrets(value.toMap());
    case QMetaType::QVariantHash: {
        const QVariantHash hash = value.toHash();
        QVariantMap map;
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            map.insert(it.key(), it.value());
        return withoutSecrets(map);
    }
    case QMetaType::QJsonObject:
        return withoutSecrets(value.toJsonObject().toVariantMap());
    case QMetaType::QJsonArray:
        return filtered(value.toJsonArray().toVariantList(), keep);
    case QMetaType::QJsonValue:
        return filtered(value.toJsonValue().toVariant(), keep);
    case QMetaType::QJsonDocument:
        return filtered(value.toJsonDocument().toVariant(), keep);
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QVariantList list;
        for (const QVariant& item : value.toList()) {
            bool keepItem = true;
            QVariant clean = filtered(item, &keepItem);
            if (keepItem)
                list.append(clean);
        }
        return list;
    }
    case QMetaType::QString:
    case QMetaType::QByteArray:
        if (looksLikeSecretValue(value.toString()))
            *keep = false;
        return value;
    default:
        return value;
    }
}

QVariantMap SecretFilter::withoutSecrets(const QVariantMap& map)
{
    QVariantMap clean;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (isSecretName(it.key()))
            continue;
        bool keep = true;
        QVariant value = filtered(it.value(), &keep);
        if (keep)
            clean.insert(it.key(), value);
    }
    return clean;
}

QString SecretFilter::redact(const QString& text)
{
    static const QString redacted = QStringLiteral("[redacted]");
    QString result = text;
    result.replace(jwtPattern(), redacted);
    result.replace(nebulaKeyPattern(), redacted);
    result.replace(bearerPattern(), QStringLiteral("\\1 ") + redacted);
    result.replace(assignmentPattern(), QStringLiteral("\\1") + redacted);
    return result;
}

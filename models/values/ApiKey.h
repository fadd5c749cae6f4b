#pragma once
// Metadata of an API key. It never holds the key itself: a newly issued key travels once,
// in IssuedApiKey, from the parser to the dialog that shows it.

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

struct ApiKey
{
    QString id;
    QString name;
    QString description;
    QString ownerId;
    QString owner;
    QString prefix; // the first characters only, e.g. "ak_W4KL…"
    QStringList scopes;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt;
    bool enabled = true;
    QVariantMap attributes;
    friend bool operator==(const ApiKey&, const ApiKey&) = default;
};

// What the console asks for when issuing a key.
struct ApiKeyRequest
{
    QString name;
    QString description;
    QString ownerId; // empty: the signed-in identity
    QDateTime expiresAt;
    QStringList scopes;
};

// The only place a full key exists: shown once, then dropped.
struct IssuedApiKey
{
    ApiKey key;
    QString secret;
};

Q_DECLARE_METATYPE(ApiKey)

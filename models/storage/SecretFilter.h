#pragma once
// Keeps secrets out of everything AuthDesk writes to disk (the cache and the audit log).
// Servers sometimes echo tokens, hashes or keys inside user, session or key objects; the
// cache stores attributes "as received", so they pass through here first.

#include <QString>
#include <QVariant>
#include <QVariantMap>

class SecretFilter
{
public:
    // True for attribute names that hold secrets: password, token, secret, hash, JWT, full keys.
    static bool isSecretName(const QString& name);
    // True for values that look like credentials whatever their name: JWTs, bearer headers,
    // long Nebula "ak_" keys.
    static bool looksLikeSecretValue(const QString& value);
    // The map without secret entries, recursively through nested maps, hashes, lists, string
    // lists and JSON values (which come back as maps and lists).
    static QVariantMap withoutSecrets(const QVariantMap& map);
    // Free text (a server message, an error detail) with credential-looking words replaced
    // by "[redacted]".
    static QString redact(const QString& text);

private:
    static QVariant filtered(const QVariant& value, bool* keep);
};

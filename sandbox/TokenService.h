#pragma once
// Random opaque tokens (stored only as SHA-256 hashes), API keys, UUIDs and Nebula's HS256 JWTs.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class TokenService
{
public:
    explicit TokenService(QByteArray jwtSecret);

    static QString randomToken(int bytes = 32);
    static QString hashOf(const QString& token);
    static QString uuid();

    QString signJwt(const QJsonObject& claims) const;
    // Verifies the signature and returns the claims; `ok` false for a bad or foreign token.
    QJsonObject verifyJwt(const QString& token, bool* ok) const;

private:
    QByteArray m_secret;
};

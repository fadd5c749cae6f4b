#pragma once
// Describes a token for the token inspector: its kind, and for a JWT the decoded header and
// claims with issue and expiry times. The decoding is for display only: nothing here verifies
// a signature, so nothing here may decide what the console trusts.

#include "AuthState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

struct TokenReport
{
    enum class Kind { Empty, Jwt, NebulaApiKey, Opaque };
    Kind kind = Kind::Empty;
    QString kindName;   // "JWT (HS256)", "Nebula API key", "Opaque token"
    QJsonObject header; // JWT only
    QJsonObject claims; // JWT only, UNVERIFIED
    QDateTime issuedAt;
    QDateTime expiresAt;
    QStringList scopes;
    QString problem; // e.g. "not valid base64url": a malformed JWT is reported, not trusted
};

class TokenInspector
{
public:
    static TokenReport inspect(const QString& token);
    // The console's own session: what the server said (scopes, expiry) plus the token's contents.
    static TokenReport inspect(const AuthState& state);
};

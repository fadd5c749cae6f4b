#pragma once
// The console's own signed-in state for one profile. Held in memory only: the refresh token
// alone may be persisted, and then only through CredentialStore.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkCookie>
#include <QString>
#include <QStringList>
#include <QVariantMap>

struct AuthState
{
    QString accessToken;
    QString tokenType; // "Bearer", "token", ... as the dialect uses it
    QDateTime issuedAt;
    QDateTime expiresAt; // invalid when the credential never expires (Nebula ak_ keys)
    QString refreshToken;
    QDateTime refreshExpiresAt;
    QStringList scopes; // scopes or roles the server granted the console
    QString identity;   // who is signed in, as shown in the status bar
    QString userId;
    QString sessionId;             // the server's id for the console's own session, when it has one
    QList<QNetworkCookie> cookies; // cookie-based servers (Glewlwyd, better-auth)
    QVariantMap extra;

    bool isSignedIn() const { return !accessToken.isEmpty() || !cookies.isEmpty(); }
    qint64 secondsLeft(const QDateTime& now = QDateTime::currentDateTimeUtc()) const
    {
        return expiresAt.isValid() ? now.secsTo(expiresAt) : -1;
    }
};

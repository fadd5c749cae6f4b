#pragma once
// A sign-in session (or issued token) of one user, as far as the server reports it.

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

struct Session
{
    QString id;
    QString userId;
    QString username;
    QDateTime startedAt;
    QDateTime lastActivityAt;
    QDateTime expiresAt;
    QString ipAddress;
    QString userAgent;
    bool isConsoleOwn = false; // the session AuthDesk itself is signed in with
    QVariantMap attributes; // the server's other fields: those not read into the ones above
    friend bool operator==(const Session&, const Session&) = default;
};

Q_DECLARE_METATYPE(Session)

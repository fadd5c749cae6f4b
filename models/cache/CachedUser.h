#pragma once
// One user as the cache holds it: the server's data plus when the cache saw it. Users that
// vanished from the server stay, marked "deleted on server (last seen <time>)".

#include "values/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

struct CachedUser
{
    User user;
    QDateTime firstSeenAt;
    QDateTime lastSeenAt;        // the last sync or refresh that found the user on the server
    QDateTime deletedOnServerAt; // invalid while the server still has the user

    bool isDeletedOnServer() const { return deletedOnServerAt.isValid(); }
    // "deleted on server (last seen 12 Mar 2025 14:03)", or empty for a present user.
    QString statusText() const;
    friend bool operator==(const CachedUser&, const CachedUser&) = default;

    Q_DECLARE_TR_FUNCTIONS(CachedUser) // last: it ends in "private:"
};

Q_DECLARE_METATYPE(CachedUser)

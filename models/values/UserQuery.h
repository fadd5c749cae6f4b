#pragma once
// One page request of the user list, and the page that answers it.

#include "values/User.h"

#include <QList>
#include <QString>

struct UserQuery
{
    qint64 offset = 0;
    int limit = 100;
    QString search;    // empty: everyone
    QString sortField; // a User field name ("username", "email", "createdAt"), empty: server order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    // The page must carry each user's attributes (attribute columns, a cache for offline review);
    // a server whose lists are faster without them (Keycloak's brief representation) leaves
    // them out otherwise.
    bool withAttributes = false;
};

struct UserPage
{
    QList<User> users;
    qint64 total = -1;    // -1 when the server does not say
    bool hasMore = false; // another page follows this one
};

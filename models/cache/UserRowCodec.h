#pragma once
// How a User is stored in a cache row (values as SqlValue keeps them), secrets filtered out, and a
// fingerprint of the whole so a sync can skip the users that did not change.

#include "values/User.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

struct UserRow
{
    QString id;
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QString name;  // display name, searched and sorted
    QString roles; // JSON array
    bool enabled = true;
    QVariant createdAt;   // qint64 ms or NULL
    QVariant lastLoginAt; // qint64 ms or NULL
    QString attributes;   // JSON object, without secrets
    QString attributeText; // its values, for the search index (UserRowCodec::attributeText)
    QString actions;      // JSON object
    qint64 fingerprint = 0;
};

class UserRowCodec
{
public:
    static UserRow encode(const User& user);
    // The attributes' values as the search index reads them: every text and number, nested
    // ones included, in key order, separated by spaces; keys (such as "city", which would match
    // everyone), true, false and null say nothing worth finding. Made here, while a sync stages
    // its pages, so that its commit only copies it (SQL's json_tree took 3 s of a million
    // users' commit); the upgrades call this very function from SQL (SearchIndex).
    // A value that one of the user's own columns holds is left out:
    // - the username, email and names, which the index reads from their own columns: a server
    //   that lists every field among the attributes would index each of them twice;
    // - the id and the created and last sign-in times (as the dialects read times: ISO 8601
    //   text, seconds or milliseconds; JsonReader::dateFrom), which no
    //   search finds a user by (the table's filter and the servers' searches neither): a
    //   sandbox user's id and two times were 83 of its 107 bytes of text and most of the index
    //   (a UUID's random pieces, with their prefixes, each a term of its own): 36.5 MB and
    //   4.4 s against 13.4 MB and 1.0 s for 200,000 users (tests/bench/README.md).
    static QString attributeText(const QVariantMap& attributes, const User& columns);
    // The inverse of encode(); attributes come back without the secrets encode() dropped.
    static User decode(const QString& id, const QString& username, const QString& email,
                       const QString& firstName, const QString& lastName, const QString& roles, bool enabled,
                       const QVariant& createdAt, const QVariant& lastLoginAt, const QString& attributes,
                       const QString& actions);
};

#pragma once
// How a User is stored in a cache row (values as SqlValue keeps them), secrets filtered out, and a
// fingerprint of the whole so a sync can skip the users that did not change.

#include "values/User.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
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
    QString actions;      // JSON object
    qint64 fingerprint = 0;
};

class UserRowCodec
{
public:
    static UserRow encode(const User& user);
    // The inverse of encode(); attributes come back without the secrets encode() dropped.
    static User decode(const QString& id, const QString& username, const QString& email,
                       const QString& firstName, const QString& lastName, const QString& roles, bool enabled,
                       const QVariant& createdAt, const QVariant& lastLoginAt, const QString& attributes,
                       const QString& actions);
};

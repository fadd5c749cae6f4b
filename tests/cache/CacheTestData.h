#pragma once
// Users for cache tests: deterministic, with roles, attributes and the kinds of secrets a
// server might echo, so tests can check those never reach the file.

#include "values/User.h"
#include "values/Utc.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace CacheTestData {

inline const QString echoedPassword = QStringLiteral("Pa55-word-that-must-not-be-cached");
inline const QString echoedToken =
    QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXZhbHVl");
inline const QString echoedKey = QStringLiteral("ak_Zx81Y2tHkq9LmWq0pRsTuVwXyZaBcDe");

inline User user(int i)
{
    User u;
    u.id = QStringLiteral("id-%1").arg(i, 6, 10, QLatin1Char('0'));
    u.username = QStringLiteral("user%1").arg(i);
    u.email = QStringLiteral("user%1@example.test").arg(i);
    static const char* const firstNames[] = {"Anna", "Bruno", "Chloé", "Dmitri",
                                             "Elif", "Farid", "Greta", "Hiro"};
    static const char* const lastNames[] = {"Novak",  "Silva",  "Moreau", "Ivanov",
                                            "Yilmaz", "Haddad", "Berg",   "Sato"};
    u.firstName = QString::fromUtf8(firstNames[i % 8]);
    u.lastName = QString::fromUtf8(lastNames[(i / 8) % 8]);
    u.roles = i % 10 == 0 ? QStringList{QStringLiteral("profile"), QStringLiteral("admin")}
                          : QStringList{QStringLiteral("profile")};
    u.enabled = i % 7 != 0;
    u.createdAt = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Utc::zone).addSecs(qint64(i) * 3600);
    u.lastLoginAt = i % 3 == 0 ? QDateTime() : QDateTime(QDate(2025, 2, 1), QTime(12, 0), Utc::zone).addSecs(i);
    u.attributes = {
        {QStringLiteral("phone_number"), QStringLiteral("+49 30 %1").arg(1000 + i)},
        {QStringLiteral("user_type"), i % 10 == 0 ? QStringLiteral("admin") : QStringLiteral("customer")},
        {QStringLiteral("city"), i % 2 ? QStringLiteral("Berlin") : QStringLiteral("Lisbon")}};
    return u;
}

// The same user as a careless server might send it: secrets among the attributes.
inline User userWithSecrets(int i)
{
    User u = user(i);
    u.attributes.insert(QStringLiteral("password"), echoedPassword);
    u.attributes.insert(QStringLiteral("access_token"), echoedToken);
    u.attributes.insert(QStringLiteral("note"), QString(QStringLiteral("Bearer ") + echoedToken));
    u.attributes.insert(QStringLiteral("nested"),
                        QVariantMap{{QStringLiteral("api_key"), echoedKey},
                                    {QStringLiteral("fine"), QStringLiteral("kept")}});
    return u;
}

inline QList<User> users(int count, int first = 0)
{
    QList<User> list;
    list.reserve(count);
    for (int i = first; i < first + count; ++i)
        list.append(user(i));
    return list;
}

// Every byte of the cache file and its WAL, to look for secrets.
inline QByteArray fileBytes(const QString& path)
{
    QByteArray bytes;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

// How the search index merges its segments as rows come, from its settings, and how many
// segments it has: a fill of every row at once turns merging off, merges once ("1 segment") and
// must turn merging on again ("automerge 4, crisismerge 16", FTS5's defaults, kept in the file).
inline QString searchIndexMerging(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    QStringList found;
    if (!query.exec(QStringLiteral(
            "SELECT k, v FROM users_fts_config WHERE k IN ('automerge', 'crisismerge') ORDER BY k")))
        return query.lastError().text();
    while (query.next())
        found << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString();
    if (!query.exec(QStringLiteral("SELECT count(DISTINCT segid) FROM users_fts_idx")) || !query.next())
        return query.lastError().text();
    found << QString::number(query.value(0).toInt()) + QStringLiteral(" segment(s)");
    return found.join(QStringLiteral(", "));
}

} // namespace CacheTestData

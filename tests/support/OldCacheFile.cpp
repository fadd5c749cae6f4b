#include "OldCacheFile.h"

#include "cache/CacheSchema.h"
#include "storage/SqliteConnection.h"

#include <QSqlError>
#include <QSqlQuery>

bool OldCacheFile::writeVersion2(const QString& path, int users, QString* error)
{
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Access::ReadWrite, 10000)) {
        *error = connection.errorString();
        return false;
    }
    QSqlDatabase db = connection.database();
    if (!CacheSchema::migrateTo(db, 2, error))
        return false;
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO users (id, username, email, name, attributes, first_seen_at, "
                                  "last_seen_at) VALUES (?, ?, ?, ?, ?, 1, 1)"));
    for (int i = 0; i < users; ++i) {
        insert.addBindValue(QStringLiteral("id-%1").arg(i));
        insert.addBindValue(QStringLiteral("user%1").arg(i));
        insert.addBindValue(QStringLiteral("user%1@example.test").arg(i));
        insert.addBindValue(QStringLiteral("Mia Muster"));
        insert.addBindValue(QStringLiteral("{\"city\":\"%1\",\"floor\":%2}")
                                .arg(i % 2 ? QStringLiteral("Porto") : QStringLiteral("Lyon"))
                                .arg(i % 9));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return db.commit();
}

bool OldCacheFile::keepSortKeysInColumns(QSqlDatabase& db, QString* error)
{
    return CacheSchema::run(
        db,
        {QStringLiteral("DROP INDEX users_by_username"), QStringLiteral("DROP INDEX users_by_email"),
         QStringLiteral("DROP INDEX users_by_name"),
         QStringLiteral("ALTER TABLE users ADD COLUMN username_key BLOB NOT NULL DEFAULT x''"),
         QStringLiteral("ALTER TABLE users ADD COLUMN email_key BLOB NOT NULL DEFAULT x''"),
         QStringLiteral("ALTER TABLE users ADD COLUMN name_key BLOB NOT NULL DEFAULT x''"),
         QStringLiteral("UPDATE users SET username_key = sort_key(username), email_key = sort_key(email), "
                        "name_key = sort_key(name)"),
         QStringLiteral("CREATE INDEX users_by_username ON users (username_key)"),
         QStringLiteral("CREATE INDEX users_by_email ON users (email_key)"),
         QStringLiteral("CREATE INDEX users_by_name ON users (name_key)")},
        error);
}

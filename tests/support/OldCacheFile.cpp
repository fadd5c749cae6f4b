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

#pragma once
// Cache files as earlier AuthDesks wrote them (schema 2; schemas 4 to 7 with their sort key
// columns): for the tests of their upgrade, in the cache's own tests and in the console's.

#include <QSqlDatabase>
#include <QString>

namespace OldCacheFile {

// Writes `users` users ("user0", "user1", …; half of them in Porto) into a new schema-2 file.
bool writeVersion2(const QString& path, int users, QString* error);

// Lays out a file of schema 4 to 7 (made by CacheSchema::migrateTo) as AuthDesk wrote those:
// the sort keys in users.username_key, email_key and name_key, made for the rows it holds, and
// the text indexes on those columns, which schema 8 drops. Rows written after it give their
// keys themselves (sort_key(username) and so on).
bool keepSortKeysInColumns(QSqlDatabase& db, QString* error);

} // namespace OldCacheFile

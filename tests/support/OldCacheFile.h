#pragma once
// A cache file as AuthDesk 2 wrote it (schema 2): for the tests of its upgrade, in the cache's
// own tests and in the console's.

#include <QString>

namespace OldCacheFile {

// Writes `users` users ("user0", "user1", …; half of them in Porto) into a new schema-2 file.
bool writeVersion2(const QString& path, int users, QString* error);

} // namespace OldCacheFile

#pragma once
// Size, age and removal of the per-profile cache files, for the profiles dialog. Close the
// profile's CachedUserSource (and let any SyncJob finish) before clear(): on Unix a connection
// that stays open would keep writing into the removed file.

#include "CacheInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class CacheHousekeeping
{
    Q_DECLARE_TR_FUNCTIONS(CacheHousekeeping)
public:
    static CacheInfo info(const QString& profileId);
    static CacheInfo infoForFile(const QString& path);
    // Removes the cache file with its -wal and -shm; true when nothing is left. The audit log
    // is kept: it is a record of what the console did, not a copy of the server.
    static bool clear(const QString& profileId, QString* error = nullptr);
    static bool clearFile(const QString& path, QString* error = nullptr);
    // Every cache file in the cache folder, e.g. to find those of deleted profiles.
    static QList<CacheInfo> all();
};

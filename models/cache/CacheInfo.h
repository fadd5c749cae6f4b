#pragma once
// What the profiles dialog shows about one profile's cache.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct CacheInfo
{
    QString profileId;
    QString path;
    bool exists = false;
    qint64 sizeBytes = 0; // the database with its -wal and -shm files
    QDateTime lastSyncAt; // end of the last complete full sync; invalid if never
    qint64 users = -1;    // users present on the server at that sync; -1 if unknown

    // "12.3 MB · 1,204 users · synced 3 hours ago", or "No cache".
    QString summary(const QDateTime& now = QDateTime::currentDateTime()) const;

    Q_DECLARE_TR_FUNCTIONS(CacheInfo) // last: it ends in "private:"
};

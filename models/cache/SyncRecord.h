#pragma once
// The record of one completed sync: a full walk of the server's users, or the refresh of a
// single user. Cancelled or interrupted syncs leave no record because they leave no change.

#include <QDateTime>
#include <QMetaType>
#include <QString>

struct SyncRecord
{
    enum class Kind { Full, User };

    qint64 id = 0;
    Kind kind = Kind::Full;
    QDateTime startedAt;
    QDateTime finishedAt;
    int pages = 0;
    qint64 users = 0; // users the server listed
    qint64 added = 0;
    qint64 changed = 0;
    qint64 deleted = 0;   // found missing on the server by this sync
    qint64 sessions = -1; // -1: sessions were not synced
    qint64 apiKeys = -1;  // -1: keys were not synced

    bool isValid() const { return id > 0; }
    friend bool operator==(const SyncRecord&, const SyncRecord&) = default;
};

Q_DECLARE_METATYPE(SyncRecord)

#pragma once
// One profile's cache file: a SQLite database (Qt's QSQLITE driver) in WAL mode, created
// readable by its owner only and migrated to the current schema when opened. A
// CacheDatabase is one connection and, like every QSqlDatabase, belongs to the thread that
// opened it: the GUI reads through one, a sync's worker thread writes through its own, and
// WAL lets the reader keep reading the previous copy while the writer works.
//
// Files live in <AppDataLocation>/cache/<profileId>.sqlite (with -wal and -shm beside it).

#include "storage/SqliteConnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class CacheDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CacheDatabase)
public:
    enum class Access {
        ReadWrite,
        ReadOnly, // offline: SQLite itself refuses every write
    };

    CacheDatabase() = default;
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase&) = delete;
    CacheDatabase& operator=(const CacheDatabase&) = delete;

    // How long a connection to a cache waits for another's write lock before it gives up.
    static constexpr int busyTimeoutMs = 10000;

    // <AppDataLocation>/cache
    static QString cacheDirectory();
    // The cache file of a profile; empty when the id could escape the cache directory.
    static QString pathForProfile(const QString& profileId);

    // Opens (creating it with mode 0600 if needed) and migrates the file. A read-only open of
    // a file that needs a migration migrates it first through a short read-write connection.
    bool open(const QString& path, Access access = Access::ReadWrite);
    bool openProfile(const QString& profileId, Access access = Access::ReadWrite);
    void close();

    bool isOpen() const { return m_connection.isOpen(); }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    QSqlDatabase database() const { return m_connection.database(); }
    int schemaVersion() const;
    // "ok", or SQLite's list of problems.
    QString integrityCheck() const;

    // Small key/value facts about the cache (profile id, server URL); not for secrets.
    QString info(const QString& key) const;
    bool setInfo(const QString& key, const QString& value);

    // The error a write gets while the cache is open read-only (offline).
    static QString readOnlyMessage();

private:
    bool fail(const QString& message);

    SqliteConnection m_connection;
    QString m_path;
    QString m_error;
    Access m_access = Access::ReadWrite;
};

#pragma once
// One SQLite file opened the way every AuthDesk database is (the profiles' caches and the audit
// log): the file created readable by its owner only, a connection of its own (a QSqlDatabase
// belongs to the thread that opened it, so each user of a file gets one), a busy timeout so a
// reader waits for a writer instead of failing, and, when writable, write-ahead logging so
// readers keep the previous copy while a write runs and a crash keeps the last commit.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <functional>

class QSqlQuery;
struct sqlite3;

class SqliteConnection
{
    Q_DECLARE_TR_FUNCTIONS(SqliteConnection)
public:
    enum class Access {
        ReadWrite,
        ReadOnly, // SQLite itself refuses every write
    };

    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    // Opens `path` (a read-write open creates it owner-only first); on failure errorString()
    // says why in SQLite's or the file system's words, and the caller says which file it was.
    bool open(const QString& path, Access access, int busyTimeoutMs);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase database() const { return m_db; }
    QString errorString() const { return m_error; }
    // Starts a write transaction holding the write lock from the start (BEGIN IMMEDIATE), so a
    // writer that finds another program writing waits for it as long as the busy timeout allows.
    // A plain BEGIN takes the lock only at its first write, after reads; SQLite then answers
    // "database is locked" at once rather than wait, since waiting there could deadlock.
    // End it with QSqlDatabase::commit() or rollback().
    static bool beginWrite(QSqlDatabase& db, QSqlError* error);
    // Prepares `statement` on `sql`, binds `binds` in order and runs it, rows to be read front to
    // back; false (the error in sql.lastError()) when any step failed.
    static bool run(QSqlQuery& sql, const QString& statement, const QVariantList& binds = {});
    // Qt's SQLite driver's own connection, for what Qt has no call for (functions, a progress
    // handler); nullptr when closed. Debian's Qt links the system's libsqlite3, as AuthDesk does.
    static sqlite3* handle(const QSqlDatabase& db);
    // Until called again with nullptr, SQLite asks `goesOn` every thousand steps of its virtual
    // machine, and a false interrupts the statement running (SQLITE_INTERRUPT): one statement
    // over a million rows can then stop within milliseconds. Waiting for another program's
    // write lock asks it too, every 20 ms up to the connection's busy timeout, so a stop also
    // ends that wait (SQLITE_BUSY). `goesOn` must outlive the call.
    static void setStopCheck(const QSqlDatabase& db, const std::function<bool()>* goesOn);
    // PRAGMA user_version: the schema version the file's owner keeps there; -1 when unreadable.
    static int userVersion(const QSqlDatabase& db);

    // Creates `path` (and its folder, 0700) readable by its owner only, or tightens an existing
    // file that others could read.
    static bool prepareFile(const QString& path, QString* error);

private:
    bool fail(const QString& message);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_error;
};

#include "SqliteConnection.h"

#include "LocaleCollation.h"

#include "SqliteProblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>
#include <unordered_map>

namespace {
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// While a stop check is set, waiting for another program's write lock (BEGIN IMMEDIATE behind
// a sync of the same file) goes in short naps that ask the check each time, up to the busy
// timeout the connection had: SQLite's own timeout sleeps without asking anyone.
struct BusyWait
{
    const std::function<bool()>* goesOn = nullptr;
    int limitMs = 0;
};
constexpr int busyNapMs = 20;
QMutex busyWaitsLock;
std::unordered_map<sqlite3*, BusyWait> busyWaits; // by connection; a node keeps its address

int napWhileGoingOn(void* data, int naps)
{
    const auto* wait = static_cast<const BusyWait*>(data);
    if (naps * busyNapMs >= wait->limitMs || !(*wait->goesOn)())
        return 0; // SQLITE_BUSY: "database is locked", or the stop the caller asked for
    sqlite3_sleep(busyNapMs);
    return 1;
}
} // namespace

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::prepareFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral("."))) {
            *error = tr("Cannot create the folder %1.").arg(dir.absolutePath());
            return false;
        }
        QFile::setPermissions(dir.absolutePath(), ownerOnly | QFileDevice::ExeOwner);
    }
    QFile file(path);
    if (!file.exists()) {
        // Created 0600 from the start, so no other account can ever read it; SQLite gives the
        // -wal and -shm files the database's own permissions.
        // Another connection (a second sync of the profile) may create it first: then it is
        // there, 0600 as well, and this one opens it.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly) && !file.exists()) {
            *error = tr("Cannot create the file %1: %2").arg(path, file.errorString());
            return false;
        }
        file.close();
    } else if (file.permissions().testAnyFlags(QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                               QFileDevice::ReadOther | QFileDevice::WriteOther)) {
        file.setPermissions(ownerOnly);
    }
    return true;
}

bool SqliteConnection::fail(const QString& message)
{
    m_error = message;
    close();
    return false;
}

bool SqliteConnection::open(const QString& path, Access access, int busyTimeoutMs)
{
    close();
    m_error.clear();
    if (access == Access::ReadWrite && !prepareFile(path, &m_error))
        return false;

    m_connectionName = QStringLiteral("authdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return fail(SqliteProblem::explain(m_db.lastError()));
    // sort_key(): the cache's sort keys, for what SQL writes or orders by (LocaleCollation).
    if (!LocaleCollation::addSqlFunction(handle(m_db)))
        return fail(tr("the text order's SQL function cannot be registered"));
    if (access == Access::ReadOnly)
        return true;

    QSqlQuery pragma(m_db);
    // NORMAL is crash-safe in WAL mode: a crash loses at most the last commits, never the file.
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !pragma.next() ||
        pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // A damaged or held file says so; anything else is WAL itself refused.
        return fail(SqliteProblem::kindOf(pragma.lastError()) == SqliteProblem::Kind::Other
                        ? tr("write-ahead logging is not available: %1").arg(pragma.lastError().text())
                        : SqliteProblem::explain(pragma.lastError()));
    }
    pragma.finish();
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return true;
}

void SqliteConnection::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool SqliteConnection::beginWrite(QSqlDatabase& db, QSqlError* error)
{
    QSqlQuery begin(db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    *error = begin.lastError();
    return false;
}

sqlite3* SqliteConnection::handle(const QSqlDatabase& db)
{
    const QVariant handle = db.isOpen() && db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

void SqliteConnection::setStopCheck(const QSqlDatabase& db, const std::function<bool()>* goesOn)
{
    sqlite3* connection = handle(db);
    if (!connection)
        return;
    const QMutexLocker lock(&busyWaitsLock);
    const auto waiting = busyWaits.find(connection);
    if (!goesOn) {
        sqlite3_progress_handler(connection, 0, nullptr, nullptr);
        if (waiting != busyWaits.end()) {
            sqlite3_busy_timeout(connection, waiting->second.limitMs);
            busyWaits.erase(waiting);
        }
        return;
    }
    int limitMs = 0;
    if (waiting != busyWaits.end()) {
        limitMs = waiting->second.limitMs;
    } else if (QSqlQuery timeout(db); timeout.exec(QStringLiteral("PRAGMA busy_timeout")) && timeout.next()) {
        limitMs = timeout.value(0).toInt();
    }
    const auto ask = [](void* check) { return (*static_cast<const std::function<bool()>*>(check))() ? 0 : 1; };
    sqlite3_progress_handler(connection, 1000, ask, const_cast<std::function<bool()>*>(goesOn));
    BusyWait& wait = busyWaits[connection];
    wait = {goesOn, limitMs};
    sqlite3_busy_handler(connection, &napWhileGoingOn, &wait);
}

int SqliteConnection::userVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool SqliteConnection::run(QSqlQuery& sql, const QString& statement, const QVariantList& binds)
{
    sql.setForwardOnly(true);
    if (!sql.prepare(statement))
        return false;
    for (const QVariant& value : binds)
        sql.addBindValue(value);
    return sql.exec();
}

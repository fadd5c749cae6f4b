#include "CacheDatabase.h"

#include "CacheSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace {
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

CacheDatabase::~CacheDatabase()
{
    close();
}

QString CacheDatabase::cacheDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache");
}

QString CacheDatabase::pathForProfile(const QString& profileId)
{
    // Profile ids are UUIDs; anything with a path separator or dots could point elsewhere.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_{}-]{1,100}$"));
    if (!safe.match(profileId).hasMatch())
        return {};
    return cacheDirectory() + QLatin1Char('/') + profileId + QStringLiteral(".sqlite");
}

QString CacheDatabase::readOnlyMessage()
{
    return tr("The cache is open read-only while offline; changes need a connection to the server.");
}

bool CacheDatabase::fail(const QString& message)
{
    m_error = message;
    close();
    return false;
}

bool CacheDatabase::prepareFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral("."))) {
            *error = tr("Cannot create the cache folder %1.").arg(dir.absolutePath());
            return false;
        }
        QFile::setPermissions(dir.absolutePath(), ownerOnly | QFileDevice::ExeOwner);
    }
    QFile file(path);
    if (!file.exists()) {
        // Created 0600 from the start, so no other account can ever read it; SQLite gives the
        // -wal and -shm files the database's own permissions.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
            *error = tr("Cannot create the cache file %1: %2").arg(path, file.errorString());
            return false;
        }
        file.close();
    } else if (file.permissions().testAnyFlags(QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                               QFileDevice::ReadOther | QFileDevice::WriteOther)) {
        file.setPermissions(ownerOnly);
    }
    return true;
}

bool CacheDatabase::openProfile(const QString& profileId, Access access)
{
    const QString path = pathForProfile(profileId);
    if (path.isEmpty()) {
        m_error = tr("“%1” is not a valid profile id for a cache file.").arg(profileId);
        return false;
    }
    return open(path, access);
}

bool CacheDatabase::open(const QString& path, Access access)
{
    close();
    m_error.clear();
    m_path = path;
    m_access = access;

    if (access == Access::ReadOnly) {
        if (!QFileInfo::exists(path))
            return fail(tr("There is no cache for this profile yet; it needs one sync while online."));
        // An older file is upgraded once (a local change only), then opened read-only.
        CacheDatabase upgrade;
        if (!upgrade.open(path, Access::ReadWrite))
            return fail(upgrade.errorString());
        upgrade.close();
    } else if (!prepareFile(path, &m_error)) {
        return false;
    }

    m_connectionName = QStringLiteral("authdesk-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return fail(tr("Cannot open the cache %1: %2").arg(path, m_db.lastError().text()));

    QSqlQuery pragma(m_db);
    if (access == Access::ReadWrite) {
        // WAL: readers keep the previous copy while a sync writes, and a crash mid-write
        // leaves the last committed copy. NORMAL is crash-safe in WAL mode.
        if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !pragma.next() ||
            pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return fail(
                tr("The cache %1 cannot use write-ahead logging: %2").arg(path, pragma.lastError().text()));
        pragma.finish();
        pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        QString migrationError;
        if (!CacheSchema::migrate(m_db, &migrationError))
            return fail(migrationError);
    } else if (CacheSchema::version(m_db) != CacheSchema::CurrentVersion) {
        return fail(tr("The cache %1 is not usable: %2").arg(path, m_db.lastError().text()));
    }
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return true;
}

void CacheDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

int CacheDatabase::schemaVersion() const
{
    return CacheSchema::version(m_db);
}

QString CacheDatabase::integrityCheck() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    return problems.join(QLatin1Char('\n'));
}

QString CacheDatabase::info(const QString& key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM cache_info WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool CacheDatabase::setInfo(const QString& key, const QString& value)
{
    if (isReadOnly()) {
        m_error = readOnlyMessage();
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO cache_info (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

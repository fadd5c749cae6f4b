#include "CacheDatabase.h"

#include "CacheSchema.h"
#include "storage/SqliteProblem.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

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
    }
    const auto connectionAccess =
        access == Access::ReadOnly ? SqliteConnection::Access::ReadOnly : SqliteConnection::Access::ReadWrite;
    if (!m_connection.open(path, connectionAccess, busyTimeoutMs))
        return fail(tr("Cannot open the cache %1: %2").arg(path, m_connection.errorString()));

    QSqlDatabase db = m_connection.database();
    if (access == Access::ReadWrite) {
        QString migrationError;
        if (!CacheSchema::migrate(db, &migrationError))
            return fail(migrationError);
    } else if (CacheSchema::version(db) != CacheSchema::CurrentVersion) {
        return fail(tr("The cache %1 is not usable: %2").arg(path, SqliteProblem::explain(db.lastError())));
    }
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return true;
}

void CacheDatabase::close()
{
    m_connection.close();
}

int CacheDatabase::schemaVersion() const
{
    return CacheSchema::version(database());
}

QString CacheDatabase::integrityCheck() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return SqliteProblem::explain(query.lastError());
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    return problems.join(QLatin1Char('\n'));
}

QString CacheDatabase::info(const QString& key) const
{
    QSqlQuery query(database());
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
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO cache_info (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        m_error = SqliteProblem::explain(query.lastError());
        return false;
    }
    return true;
}

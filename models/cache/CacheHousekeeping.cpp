#include "CacheHousekeeping.h"

#include "CacheDatabase.h"
#include "UserRowCodec.h"
#include "storage/SqlValue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace {
const QStringList fileSuffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                               QStringLiteral("-journal")};
} // namespace

CacheInfo CacheHousekeeping::info(const QString& profileId)
{
    const QString path = CacheDatabase::pathForProfile(profileId);
    CacheInfo result = path.isEmpty() ? CacheInfo{} : infoForFile(path);
    result.profileId = profileId;
    return result;
}

CacheInfo CacheHousekeeping::infoForFile(const QString& path)
{
    CacheInfo result;
    result.path = path;
    result.profileId = QFileInfo(path).completeBaseName();
    result.exists = QFileInfo::exists(path);
    if (!result.exists)
        return result;
    for (const QString& suffix : fileSuffixes)
        result.sizeBytes += QFileInfo(path + suffix).size();

    // A plain read-only look: no migration, no WAL switch, nothing written.
    const QString name =
        QStringLiteral("authdesk-cache-info-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT finished_at FROM syncs WHERE kind = 'full' "
                                          "ORDER BY id DESC LIMIT 1")) &&
                query.next()) {
                result.lastSyncAt = SqlValue::fromMsecs(query.value(0));
            } else if (query.exec(QStringLiteral("SELECT max(finished_at) FROM syncs")) && query.next()) {
                result.lastSyncAt = SqlValue::fromMsecs(query.value(0)); // a version 1 cache
            }
            QSqlQuery users(db);
            if (users.exec(QStringLiteral("SELECT count(*) FROM users WHERE deleted_at IS NULL")) &&
                users.next())
                result.users = users.value(0).toLongLong();
            else if (users.exec(QStringLiteral("SELECT count(*) FROM users")) && users.next())
                result.users = users.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool CacheHousekeeping::clear(const QString& profileId, QString* error)
{
    const QString path = CacheDatabase::pathForProfile(profileId);
    if (path.isEmpty()) {
        if (error)
            *error = CacheDatabase::tr("“%1” is not a valid profile id for a cache file.").arg(profileId);
        return false;
    }
    return clearFile(path, error);
}

bool CacheHousekeeping::clearFile(const QString& path, QString* error)
{
    QStringList failed;
    for (const QString& suffix : fileSuffixes) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove())
            failed << file.fileName() + QStringLiteral(": ") + file.errorString();
    }
    if (!failed.isEmpty() && error)
        *error = tr("The cache could not be removed completely: %1").arg(failed.join(QStringLiteral("; ")));
    return failed.isEmpty();
}

QList<CacheInfo> CacheHousekeeping::all()
{
    QList<CacheInfo> result;
    const QDir dir(CacheDatabase::cacheDirectory());
    for (const QString& name : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name))
        result << infoForFile(dir.filePath(name));
    return result;
}

#include "AuditLog.h"

#include "storage/SecretFilter.h"
#include "storage/SqlValue.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteProblem.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace {
constexpr int schemaVersion = 1;

const QString columns = QStringLiteral("id, at, profile_id, profile_name, server, identity, action, target, "
                                       "target_id, outcome, http_status, server_code, message, details");

AuditEntry readEntry(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = SqlValue::fromMsecs(query.value(1));
    entry.profileId = query.value(2).toString();
    entry.profileName = query.value(3).toString();
    entry.server = query.value(4).toString();
    entry.identity = query.value(5).toString();
    entry.action = query.value(6).toString();
    entry.target = query.value(7).toString();
    entry.targetId = query.value(8).toString();
    entry.outcome = AuditEntry::outcomeFromName(query.value(9).toString());
    entry.httpStatus = query.value(10).toInt();
    entry.serverCode = query.value(11).toString();
    entry.message = query.value(12).toString();
    entry.details = SqlValue::mapFromJson(query.value(13).toString());
    return entry;
}

// A server URL as the log keeps it: no user info, no query (either could carry a secret).
QString cleanServer(const QString& server)
{
    QUrl url(server);
    if (!url.isValid() || url.scheme().isEmpty())
        return SecretFilter::redact(server);
    url.setUserInfo({});
    url.setQuery(QString());
    url.setFragment({});
    return url.toString();
}

} // namespace

AuditLog::AuditLog(QObject* parent)
    : QObject(parent)
{
}

AuditLog::~AuditLog()
{
    close();
}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/audit.sqlite");
}

bool AuditLog::fail(const QString& message) const
{
    m_error = message;
    return false;
}

bool AuditLog::open(const QString& path)
{
    close();
    m_path = path;
    if (!m_connection.open(path, SqliteConnection::Access::ReadWrite, 5000))
        return fail(tr("Cannot open the audit log %1: %2").arg(path, m_connection.errorString()));
    m_db = m_connection.database();
    QSqlQuery query(m_db);
    const int version = SqliteConnection::userVersion(m_db);
    if (version < 0) {
        const QString message = tr("The audit log %1 cannot be read: %2").arg(path, SqliteProblem::explain(m_db.lastError()));
        close();
        return fail(message);
    }
    if (version > schemaVersion) {
        close();
        return fail(tr("The audit log was written by a newer AuthDesk (schema %1).").arg(version));
    }
    if (version < 1) {
        const QStringList statements{
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, "
                "profile_id TEXT NOT NULL DEFAULT '', profile_name TEXT NOT NULL DEFAULT '', "
                "server TEXT NOT NULL DEFAULT '', identity TEXT NOT NULL DEFAULT '', action TEXT NOT NULL, "
                "target TEXT NOT NULL DEFAULT '', target_id TEXT NOT NULL DEFAULT '', "
                "outcome TEXT NOT NULL, http_status INTEGER NOT NULL DEFAULT 0, "
                "server_code TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', "
                "details TEXT NOT NULL DEFAULT '{}')"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS audit_by_time ON audit (at)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS audit_by_profile ON audit (profile_id, at)"),
            QStringLiteral("PRAGMA user_version = 1"),
        };
        for (const QString& sql : statements) {
            if (!query.exec(sql)) {
                const QString message =
                    tr("The audit log %1 cannot be created: %2").arg(path, SqliteProblem::explain(query.lastError()));
                close();
                return fail(message);
            }
        }
    }
    m_error.clear();
    return true;
}

void AuditLog::close()
{
    m_db = QSqlDatabase();
    m_connection.close();
}

bool AuditLog::record(AuditEntry entry)
{
    if (!isOpen())
        return fail(tr("The audit log is not open."));
    if (entry.action.isEmpty())
        return fail(tr("An audit entry needs an action."));
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    entry.server = cleanServer(entry.server);
    entry.target = SecretFilter::redact(entry.target);
    entry.targetId = SecretFilter::redact(entry.targetId);
    entry.message = SecretFilter::redact(entry.message);
    entry.details = SecretFilter::withoutSecrets(entry.details);

    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO audit (at, profile_id, profile_name, server, identity, action, target, "
                       "target_id, outcome, http_status, server_code, message, details) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto text = &SqlValue::text;
    for (const QVariant& value :
         QVariantList{entry.at.toMSecsSinceEpoch(), text(entry.profileId), text(entry.profileName),
                      text(entry.server), text(entry.identity), entry.action, text(entry.target),
                      text(entry.targetId), AuditEntry::outcomeName(entry.outcome), entry.httpStatus,
                      text(entry.serverCode), text(entry.message), SqlValue::toJson(entry.details)})
        insert.addBindValue(value);
    if (!insert.exec())
        return fail(tr("The audit log could not be written: %1").arg(SqliteProblem::explain(insert.lastError())));
    entry.id = insert.lastInsertId().toLongLong();
    // Millisecond precision is what is stored; what listeners get must equal what they re-read.
    entry.at = SqlValue::fromMsecs(entry.at.toMSecsSinceEpoch());
    emit recorded(entry);
    return true;
}

QString AuditLog::whereClause(const AuditFilter& filter, QVariantList* binds) const
{
    QStringList conditions;
    if (!filter.profileId.isEmpty()) {
        conditions << QStringLiteral("profile_id = ?");
        *binds << filter.profileId;
    }
    if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        *binds << filter.action;
    }
    if (filter.outcome) {
        conditions << QStringLiteral("outcome = ?");
        *binds << AuditEntry::outcomeName(*filter.outcome);
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        *binds << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        *binds << filter.to.toMSecsSinceEpoch();
    }
    if (!filter.text.isEmpty()) {
        QString pattern = filter.text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        QStringList any;
        for (const char* column :
             {"identity", "action", "target", "server_code", "message", "profile_name"}) {
            any << QString::fromLatin1(column) + QStringLiteral(" LIKE ? ESCAPE '\\'");
            *binds << pattern;
        }
        conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QList<AuditEntry> AuditLog::entries(const AuditFilter& filter, qint64 offset, int limit) const
{
    QList<AuditEntry> result;
    if (!isOpen())
        return result;
    QVariantList binds;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM audit") +
                  whereClause(filter, &binds) +
                  QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"));
    for (const QVariant& value : std::as_const(binds))
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec()) {
        fail(SqliteProblem::explain(query.lastError()));
        return result;
    }
    while (query.next())
        result.append(readEntry(query));
    return result;
}

qint64 AuditLog::count(const AuditFilter& filter) const
{
    if (!isOpen())
        return 0;
    QVariantList binds;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM audit") + whereClause(filter, &binds));
    for (const QVariant& value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QStringList AuditLog::actions() const
{
    QStringList result;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT DISTINCT action FROM audit ORDER BY action"))) {
        while (query.next())
            result << query.value(0).toString();
    }
    return result;
}

bool AuditLog::forEach(const AuditFilter& filter, const std::function<bool(const AuditEntry&)>& visit) const
{
    if (!isOpen())
        return fail(tr("The audit log is not open."));
    QVariantList binds;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM audit") +
                  whereClause(filter, &binds) + QStringLiteral(" ORDER BY at, id"));
    for (const QVariant& value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec())
        return fail(SqliteProblem::explain(query.lastError()));
    while (query.next()) {
        if (!visit(readEntry(query)))
            return false;
    }
    return true;
}

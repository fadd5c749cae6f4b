#include "SearchIndex.h"

#include "CacheSchema.h"
#include "UserRowCodec.h"
#include "storage/SqliteConnection.h"
#include "values/Utc.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>

namespace {
const QString ftsColumns = QStringLiteral("username, email, name, attribute_text");

QString textOf(sqlite3_value* value)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(value)), sqlite3_value_bytes(value));
}

QDateTime timeOf(sqlite3_value* value)
{
    return sqlite3_value_type(value) == SQLITE_NULL ? QDateTime()
                                                    : QDateTime::fromMSecsSinceEpoch(sqlite3_value_int64(value), Utc::zone);
}

// authdesk_attribute_text(attributes, id, username, email, first_name, last_name, created_at,
// last_login_at): the text a sync writes, made by the very code that writes it.
void attributeTextFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    User columns;
    columns.id = textOf(arguments[1]);
    columns.username = textOf(arguments[2]);
    columns.email = textOf(arguments[3]);
    columns.firstName = textOf(arguments[4]);
    columns.lastName = textOf(arguments[5]);
    columns.createdAt = timeOf(arguments[6]);
    columns.lastLoginAt = timeOf(arguments[7]);
    // Not JSON (a damaged row): no text, as the row has no attributes to show either.
    const QByteArray json(reinterpret_cast<const char*>(sqlite3_value_text(arguments[0])),
                          sqlite3_value_bytes(arguments[0]));
    const QVariantMap attributes = QJsonDocument::fromJson(json).object().toVariantMap();
    const QByteArray text = UserRowCodec::attributeText(attributes, columns).toUtf8();
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}
} // namespace

bool SearchIndex::create(QSqlDatabase& db, QString* error, const CacheSchema::Passes& passes)
{
    // Filled before its triggers exist, in slices of users in key order (FTS5 writes ascending
    // rowids fastest), which is what FTS5's 'rebuild' does in one statement.
    QStringList statements = dropStatements();
    statements << createStatement();
    return CacheSchema::run(db, statements + beforeFillingAtOnce(), error) &&
           CacheSchema::runOverUsers(db,
                                     QStringLiteral("INSERT INTO users_fts (rowid, ") + ftsColumns +
                                         QStringLiteral(") SELECT user_key, ") + ftsColumns +
                                         QStringLiteral(" FROM users WHERE user_key > ?1 AND user_key <= ?2"),
                                     CacheSchema::PassCost::searchIndex, passes, error) &&
           CacheSchema::run(db, afterFillingAtOnce() + triggerStatements(), error);
}

QString SearchIndex::createStatement(const QString& table, const QString& content)
{
    return QStringLiteral("CREATE VIRTUAL TABLE ") + table + QStringLiteral(" USING fts5 (") + ftsColumns +
           QStringLiteral(", ") + content +
           QStringLiteral(", tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6', detail=none, columnsize=0)");
}

QString SearchIndex::columns()
{
    return ftsColumns;
}

QStringList SearchIndex::beforeFillingAtOnce(const QString& table)
{
    // No merge on the way (automerge 0) until a thousand segments wait (a million users made
    // 365): FTS5 refuses a new segment past 2000 in all, so two levels of 999 still fit.
    return {QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('automerge', 0)").arg(table),
            QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('crisismerge', 1000)").arg(table)};
}

QString SearchIndex::mergeIntoOne(const QString& table)
{
    return QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(table);
}

QStringList SearchIndex::afterFillingAtOnce()
{
    return QStringList{mergeIntoOne()} + mergingAsUsual();
}

QStringList SearchIndex::mergingAsUsual()
{
    // FTS5's defaults, kept in users_fts_config for the later syncs' few rows at a time.
    return {QStringLiteral("INSERT INTO users_fts (users_fts, rank) VALUES ('automerge', 4)"),
            QStringLiteral("INSERT INTO users_fts (users_fts, rank) VALUES ('crisismerge', 16)")};
}

QStringList SearchIndex::triggerStatements()
{
    const QString insertNew = QStringLiteral(" INSERT INTO users_fts (rowid, ") + ftsColumns +
                              QStringLiteral(") VALUES (new.user_key, new.username, new.email, new.name,"
                                             " new.attribute_text);");
    const QString deleteOld = QStringLiteral(" INSERT INTO users_fts (users_fts, rowid, ") + ftsColumns +
                              QStringLiteral(") VALUES ('delete', old.user_key, old.username, old.email,"
                                             " old.name, old.attribute_text);");
    return {
        QStringLiteral("CREATE TRIGGER users_fts_after_insert AFTER INSERT ON users BEGIN") + insertNew +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER users_fts_after_delete AFTER DELETE ON users BEGIN") + deleteOld +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER users_fts_after_update AFTER UPDATE OF ") + ftsColumns +
            QStringLiteral(" ON users BEGIN") + deleteOld + insertNew + QStringLiteral(" END"),
    };
}

QStringList SearchIndex::dropStatements()
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS users_fts_after_insert"),
            QStringLiteral("DROP TRIGGER IF EXISTS users_fts_after_delete"),
            QStringLiteral("DROP TRIGGER IF EXISTS users_fts_after_update"),
            QStringLiteral("DROP TABLE IF EXISTS users_fts")};
}

QString SearchIndex::attributeTextOf(const QString& json)
{
    return QStringLiteral("authdesk_attribute_text(%1, users.id, users.username, users.email, users.first_name, "
                          "users.last_name, users.created_at, users.last_login_at)")
        .arg(json);
}

bool SearchIndex::addAttributeTextFunction(const QSqlDatabase& db)
{
    sqlite3* connection = SqliteConnection::handle(db);
    return connection && sqlite3_create_function_v2(connection, "authdesk_attribute_text", 8,
                                                    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                                    &attributeTextFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
}

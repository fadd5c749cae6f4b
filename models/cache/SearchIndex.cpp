#include "SearchIndex.h"

#include "CacheSchema.h"

namespace {
const QString ftsColumns = QStringLiteral("username, email, name, attribute_text");
} // namespace

bool SearchIndex::create(QSqlDatabase& db, QString* error, const CacheSchema::Passes& passes)
{
    // Filled before its triggers exist, in slices of users in key order (FTS5 writes ascending
    // rowids fastest), which is what FTS5's 'rebuild' does in one statement.
    QStringList statements = dropStatements();
    statements << QStringLiteral("CREATE VIRTUAL TABLE users_fts USING fts5 (") + ftsColumns +
                      QStringLiteral(", content='users', content_rowid='user_key',"
                                     " tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6',"
                                     " detail=none, columnsize=0)");
    return CacheSchema::run(db, statements + beforeFillingAtOnce(), error) &&
           CacheSchema::runOverUsers(db,
                                     QStringLiteral("INSERT INTO users_fts (rowid, ") + ftsColumns +
                                         QStringLiteral(") SELECT user_key, ") + ftsColumns +
                                         QStringLiteral(" FROM users WHERE user_key > ?1 AND user_key <= ?2"),
                                     CacheSchema::PassCost::searchIndex, passes, error) &&
           CacheSchema::run(db, afterFillingAtOnce() + triggerStatements(), error);
}

QStringList SearchIndex::beforeFillingAtOnce()
{
    // No merge on the way (automerge 0) until a thousand segments wait (a million users made
    // 365): FTS5 refuses a new segment past 2000 in all, so two levels of 999 still fit.
    return {QStringLiteral("INSERT INTO users_fts (users_fts, rank) VALUES ('automerge', 0)"),
            QStringLiteral("INSERT INTO users_fts (users_fts, rank) VALUES ('crisismerge', 1000)")};
}

QStringList SearchIndex::afterFillingAtOnce()
{
    // FTS5's defaults, kept in users_fts_config for the later syncs' few rows at a time.
    return {QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('optimize')"),
            QStringLiteral("INSERT INTO users_fts (users_fts, rank) VALUES ('automerge', 4)"),
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
    // Leaf values only, nested ones included; true/false/null say nothing worth finding. The
    // row's id and times as UserRowCodec reads them: json_tree has an id column of its own, and
    // a time is text that starts with a date (julianday() would take a bare number for a day)
    // or a number of milliseconds; IS, since a time the user lacks is NULL.
    return QStringLiteral(
               "CASE WHEN json_valid(%1) THEN (SELECT ifnull(group_concat(atom, ' '), '') "
               "FROM json_tree(%1) WHERE type IN ('text', 'integer', 'real')"
               " AND atom NOT IN (username, email, first_name, last_name, users.id)"
               " AND NOT (type = 'text' AND atom GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
               " AND julianday(atom) IS NOT NULL"
               " AND (CAST(round((julianday(atom) - 2440587.5) * 86400000.0) AS INTEGER) IS users.created_at"
               " OR CAST(round((julianday(atom) - 2440587.5) * 86400000.0) AS INTEGER) IS users.last_login_at))"
               " AND NOT (type <> 'text' AND (atom IS users.created_at OR atom IS users.last_login_at))"
               ") ELSE '' END")
        .arg(json);
}

#include "SearchIndex.h"

#include "CacheSchema.h"
#include "storage/SqliteProblem.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
// For each row of %1 still without a key: the keys of the users it sorts between, its place
// among the rows that share that gap (i, 1-based) and how many share it (n).
const QString gapsOfNewRows =
    QStringLiteral("WITH wanted AS (SELECT s.id, s.username_key,"
                   " (SELECT u.search_key FROM main.users u WHERE u.username_key <= s.username_key"
                   "  ORDER BY u.username_key DESC, u.search_key DESC LIMIT 1) AS prev,"
                   " (SELECT u.search_key FROM main.users u WHERE u.username_key > s.username_key"
                   "  ORDER BY u.username_key, u.search_key LIMIT 1) AS next"
                   " FROM %1 s WHERE s.search_key IS NULL),"
                   " runs AS (SELECT id, prev, next,"
                   " row_number() OVER (PARTITION BY prev ORDER BY username_key, id) AS i,"
                   " count(*) OVER (PARTITION BY prev) AS n FROM wanted) ");

const QString ftsColumns = QStringLiteral("username, email, name, attribute_text");

bool exec(QSqlDatabase& db, const QString& sql, QString* error, const QVariantList& binds = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        *error = SqliteProblem::explain(query.lastError());
        return false;
    }
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = SqliteProblem::explain(query.lastError());
        return false;
    }
    return true;
}
} // namespace

bool SearchIndex::create(QSqlDatabase& db, const QString& order, QString* error)
{
    QStringList statements = dropTriggerStatements();
    statements << QStringLiteral("DROP TABLE IF EXISTS users_fts")
               << QStringLiteral("CREATE VIRTUAL TABLE users_fts USING fts5 (") + ftsColumns +
                      QStringLiteral(", content='users', content_rowid='search_key',"
                                     " tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6',"
                                     " detail=none, columnsize=0)");
    return CacheSchema::run(db, statements, error) && renumber(db, error, order);
}

QStringList SearchIndex::triggerStatements()
{
    const QString insertNew = QStringLiteral(" INSERT INTO users_fts (rowid, ") + ftsColumns +
                              QStringLiteral(") VALUES (new.search_key, new.username, new.email, new.name,"
                                             " new.attribute_text);");
    const QString deleteOld = QStringLiteral(" INSERT INTO users_fts (users_fts, rowid, ") + ftsColumns +
                              QStringLiteral(") VALUES ('delete', old.search_key, old.username, old.email,"
                                             " old.name, old.attribute_text);");
    return {
        QStringLiteral("CREATE TRIGGER users_fts_after_insert AFTER INSERT ON users BEGIN") + insertNew +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER users_fts_after_delete AFTER DELETE ON users BEGIN") + deleteOld +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER users_fts_after_update AFTER UPDATE OF ") + ftsColumns +
            QStringLiteral(", search_key ON users BEGIN") + deleteOld + insertNew + QStringLiteral(" END"),
    };
}

QStringList SearchIndex::dropTriggerStatements()
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS users_fts_after_insert"),
            QStringLiteral("DROP TRIGGER IF EXISTS users_fts_after_delete"),
            QStringLiteral("DROP TRIGGER IF EXISTS users_fts_after_update")};
}

QString SearchIndex::attributeTextOf(const QString& json)
{
    // Leaf values only, nested ones included; true/false/null say nothing worth finding.
    return QStringLiteral("CASE WHEN json_valid(%1) THEN (SELECT ifnull(group_concat(atom, ' '), '') "
                          "FROM json_tree(%1) WHERE type IN ('text', 'integer', 'real')) ELSE '' END")
        .arg(json);
}

bool SearchIndex::assignKeys(QSqlDatabase& db, const QString& table, bool* renumberNeeded, QString* error)
{
    *renumberNeeded = false;
    const QString gaps = gapsOfNewRows.arg(table);
    QSqlQuery query(db);
    if (!query.exec(gaps + QStringLiteral("SELECT EXISTS (SELECT 1 FROM runs WHERE prev IS NOT NULL AND "
                                          "next IS NOT NULL AND (next - prev) / (n + 1) = 0)")) ||
        !query.next()) {
        *error = SqliteProblem::explain(query.lastError());
        return false;
    }
    *renumberNeeded = query.value(0).toBool();
    query.finish();
    if (*renumberNeeded) {
        // Unique keys past the end for now; renumber() puts everyone in order afterwards.
        return exec(db,
                    QStringLiteral("UPDATE %1 AS s SET search_key = r.k FROM (SELECT id, "
                                   "(SELECT ifnull(max(search_key), 0) FROM main.users) + row_number() OVER "
                                   "(ORDER BY username_key, id) * ? AS k FROM %1 "
                                   "WHERE search_key IS NULL) r WHERE r.id = s.id")
                        .arg(table),
                    error, {spread});
    }
    // Evenly after the previous user, at most `step` apart; before the first user, counting
    // back from it; in an empty cache, `spread` apart.
    return exec(db,
                gaps + QStringLiteral("UPDATE %1 AS s SET search_key = CASE"
                                      " WHEN r.prev IS NULL AND r.next IS NULL THEN r.i * ?"
                                      " WHEN r.next IS NULL THEN r.prev + r.i * ?"
                                      " WHEN r.prev IS NULL THEN r.next - (r.n - r.i + 1) * ?"
                                      " ELSE r.prev + r.i * min(?, (r.next - r.prev) / (r.n + 1)) END"
                                      " FROM runs r WHERE r.id = s.id")
                           .arg(table),
                error, {spread, step, step, step});
}

bool SearchIndex::renumber(QSqlDatabase& db, QString* error, const QString& order)
{
    // Without the triggers and the key's indexes, renumbering is one pass over users and one
    // ordered fill of the index (FTS5 writes rowids in ascending order fastest).
    QStringList statements = dropTriggerStatements();
    statements << QStringLiteral("DROP INDEX IF EXISTS users_by_search_key")
               << QStringLiteral("DROP INDEX IF EXISTS users_by_username")
               << QStringLiteral("UPDATE users SET search_key = r.k FROM (SELECT user_key, row_number() "
                                 "OVER (ORDER BY %1, search_key, user_key) * %2 AS k "
                                 "FROM users) r WHERE r.user_key = users.user_key")
                      .arg(order)
                      .arg(spread)
               << QStringLiteral("CREATE UNIQUE INDEX users_by_search_key ON users (search_key)")
               << QStringLiteral("CREATE INDEX users_by_username ON users (%1, search_key)").arg(order)
               << QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('delete-all')")
               << QStringLiteral("INSERT INTO users_fts (rowid, ") + ftsColumns +
                      QStringLiteral(") SELECT search_key, ") + ftsColumns +
                      QStringLiteral(" FROM users ORDER BY search_key");
    statements += triggerStatements();
    return CacheSchema::run(db, statements, error);
}

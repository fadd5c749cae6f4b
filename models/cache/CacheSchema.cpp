#include "CacheSchema.h"

#include "storage/SqliteConnection.h"

#include "SearchIndex.h"
#include "UserRowCodec.h"
#include "storage/LocaleCollation.h"
#include "storage/SqlValue.h"
#include "storage/SqliteProblem.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

const QString CacheSchema::collationKey = QStringLiteral("collation");

namespace {
// SQLite's words for a failed statement, and the statement's start to say which it was.
QString failureOf(const QSqlQuery& query, const QString& sql)
{
    return SqliteProblem::explain(query.lastError()) + QStringLiteral(" [") + sql.left(80) + QLatin1Char(']');
}
} // namespace

bool CacheSchema::run(QSqlDatabase& db, const QStringList& statements, QString* error)
{
    QSqlQuery query(db);
    for (const QString& sql : statements) {
        if (!query.exec(sql)) {
            *error = failureOf(query, sql);
            return false;
        }
    }
    return true;
}

namespace {
// The indexes that order users by their texts in the user's language: each holds the sort key
// sort_key() makes of its column (LocaleCollation), which the table itself does not keep.
const QString usernameIndex = QStringLiteral("CREATE INDEX users_by_username ON users (sort_key(username))");
const QStringList sortKeyIndexes{usernameIndex,
                                 QStringLiteral("CREATE INDEX users_by_email ON users (sort_key(email))"),
                                 QStringLiteral("CREATE INDEX users_by_name ON users (sort_key(name))")};
const QStringList dropSortKeyIndexes{QStringLiteral("DROP INDEX IF EXISTS users_by_username"),
                                     QStringLiteral("DROP INDEX IF EXISTS users_by_email"),
                                     QStringLiteral("DROP INDEX IF EXISTS users_by_name")};
const QStringList keyColumns{QStringLiteral("username_key"), QStringLiteral("email_key"),
                             QStringLiteral("name_key")};

// Users in a slice of user_key for runOverUsers: a few tenths of a second of work, so that a
// progress bar moves smoothly and the statement journal of each slice stays small.
constexpr qint64 sliceOfKeys = 16384;

bool setVersion(QSqlDatabase& db, int version, QString* error)
{
    return CacheSchema::run(db, {QStringLiteral("PRAGMA user_version = %1").arg(version)}, error);
}

// Rows in users (0 before it exists).
qint64 usersIn(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'users'")) ||
        !query.next() || query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM users")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}
} // namespace

int CacheSchema::version(const QSqlDatabase& db)
{
    return SqliteConnection::userVersion(db);
}

bool CacheSchema::migrate(QSqlDatabase& db, QString* error, const StepObserver& beforeStep,
                          const RowObserver& rowsDone)
{
    return migrateTo(db, CurrentVersion, error, beforeStep, rowsDone);
}

qint64 CacheSchema::plannedRows(const QSqlDatabase& db, qint64* users)
{
    const qint64 count = usersIn(db);
    if (users)
        *users = count;
    const int found = version(db);
    if (found < 0 || found > CurrentVersion)
        return 0;
    qint64 cost = 0;
    for (int next = found + 1; next <= CurrentVersion; ++next)
        cost += costOf(db, next);
    // A file of schema 4 or later keeps its rules; one that takes step 4, or step 8 with its key
    // columns, gets this process's.
    if (found >= 4 && collation(db) != LocaleCollation::current().identity() &&
        (found >= 8 || costOf(db, 8) == 0))
        cost += costOf(db, 4);
    return cost * count;
}

int CacheSchema::costOf(const QSqlDatabase& db, int version)
{
    switch (version) {
    case 2: // the copy, seven indexes, the roles, the search index
        return PassCost::copy + 7 * PassCost::index + PassCost::roles + PassCost::searchIndex;
    case 3:
        return PassCost::attributeText + PassCost::searchIndex;
    case 4: // collate()
        return 3 * PassCost::sortKeyIndex;
    case 5: { // with search_key: the old index dropped, the column, the username index, the new index
        bool has = false;
        QString ignored;
        if (!hasSearchKey(db, &has, &ignored) || !has)
            return 0;
        return PassCost::dropSearchIndex + PassCost::rewrite + PassCost::sortKeyIndex + PassCost::searchIndex;
    }
    case 6:
        return PassCost::roles;
    case 7:
        return PassCost::attributeText + PassCost::searchIndex;
    case 8: { // with the key columns: each dropped (a rewrite), then collate()
        bool has = false;
        QString ignored;
        if (!hasKeyColumns(db, &has, &ignored) || !has)
            return 0;
        return 3 * PassCost::rewrite + 3 * PassCost::sortKeyIndex;
    }
    default:
        return 0;
    }
}

bool CacheSchema::runOverUsers(QSqlDatabase& db, const QString& sql, int cost, const Passes& passes,
                                QString* error, Counted counted)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT min(user_key), max(user_key) FROM users")) || !query.next()) {
        *error = SqliteProblem::explain(query.lastError());
        return false;
    }
    const qint64 first = query.value(0).toLongLong();
    const qint64 last = query.value(1).toLongLong();
    const bool empty = query.value(0).isNull();
    query.finish();
    if (empty)
        return true;
    const auto failed = [&] {
        *error = failureOf(query, sql);
        return false;
    };
    if (!query.prepare(sql))
        return failed();
    QSqlQuery inSlice(db);
    if (counted == Counted::UsersInSlice &&
        !inSlice.prepare(QStringLiteral("SELECT count(*) FROM users WHERE user_key > ?1 AND user_key <= ?2"))) {
        *error = SqliteProblem::explain(inSlice.lastError());
        return false;
    }
    for (qint64 after = first - 1; after < last;) {
        const qint64 upTo = last - after > sliceOfKeys ? after + sliceOfKeys : last; // never past last
        query.bindValue(0, after);
        query.bindValue(1, upTo);
        if (!query.exec())
            return failed();
        qint64 rows = query.numRowsAffected();
        if (counted == Counted::UsersInSlice) {
            inSlice.bindValue(0, after);
            inSlice.bindValue(1, upTo);
            if (!inSlice.exec() || !inSlice.next()) {
                *error = SqliteProblem::explain(inSlice.lastError());
                return false;
            }
            rows = inSlice.value(0).toLongLong();
            inSlice.finish();
        }
        after = upTo;
        passes.report(rows * cost);
    }
    return true;
}

bool CacheSchema::runPass(QSqlDatabase& db, const QStringList& statements, int cost, const Passes& passes,
                          QString* error)
{
    if (!run(db, statements, error))
        return false;
    passes.report(passes.users * cost);
    return true;
}

bool CacheSchema::hasUserColumn(const QSqlDatabase& db, const QString& column, bool* has, QString* error)
{
    QSqlQuery probe(db);
    probe.prepare(QStringLiteral("SELECT count(*) FROM pragma_table_info('users') WHERE name = ?"));
    probe.addBindValue(column);
    if (!probe.exec() || !probe.next()) {
        *error = SqliteProblem::explain(probe.lastError());
        return false;
    }
    *has = probe.value(0).toInt() > 0;
    return true;
}

bool CacheSchema::hasSearchKey(const QSqlDatabase& db, bool* has, QString* error)
{
    return hasUserColumn(db, QStringLiteral("search_key"), has, error);
}

bool CacheSchema::hasKeyColumns(const QSqlDatabase& db, bool* has, QString* error)
{
    return hasUserColumn(db, keyColumns.first(), has, error);
}

bool CacheSchema::migrateTo(QSqlDatabase& db, int target, QString* error, const StepObserver& beforeStep,
                            const RowObserver& rowsDone)
{
    const int found = version(db);
    if (found < 0) {
        *error = tr("The cache file cannot be read: %1").arg(SqliteProblem::explain(db.lastError()));
        return false;
    }
    if (found > CurrentVersion) {
        *error = tr("The cache was written by a newer AuthDesk (schema %1, this version knows %2); "
                    "clear the cache or update AuthDesk.")
                     .arg(found)
                     .arg(CurrentVersion);
        return false;
    }
    using Step = bool (*)(QSqlDatabase&, QString*, const Passes&);
    static const Step steps[] = {&CacheSchema::createVersion1, &CacheSchema::upgradeToVersion2,
                                 &CacheSchema::upgradeToVersion3, &CacheSchema::upgradeToVersion4,
                                 &CacheSchema::upgradeToVersion5, &CacheSchema::upgradeToVersion6,
                                 &CacheSchema::upgradeToVersion7, &CacheSchema::upgradeToVersion8};
    const Passes passes{rowsDone ? usersIn(db) : 0, rowsDone};
    for (int next = found + 1; next <= target && next <= CurrentVersion; ++next) {
        // IMMEDIATE: the write lock first (waiting as long as the busy timeout allows), then the
        // version read again. Two connections opening a new or old file at once (two syncs of
        // one profile) would otherwise both run the same step, and the second fail on "table
        // users already exists".
        if (QSqlError failed; !SqliteConnection::beginWrite(db, &failed)) {
            *error = tr("Upgrading the cache to schema %1 failed: %2").arg(next).arg(SqliteProblem::explain(failed));
            return false;
        }
        if (version(db) >= next) {
            db.commit(); // another connection did this step meanwhile
            continue;
        }
        const auto stopped = [&] {
            db.rollback();
            *error = tr("Upgrading the cache to schema %1 was stopped.").arg(next);
            return false;
        };
        if (beforeStep && !beforeStep(next))
            return stopped();
        QString stepError;
        const bool done = steps[next - 1](db, &stepError, passes);
        // Asked again before the commit: an interrupted read ends as a finished one does, and a
        // step stopped half-way must not commit what it had read by then.
        if (done && beforeStep && !beforeStep(next))
            return stopped();
        if (!done || !setVersion(db, next, &stepError) || !db.commit()) {
            db.rollback();
            *error = tr("Upgrading the cache to schema %1 failed: %2").arg(next).arg(stepError);
            return false;
        }
    }
    if (target >= CurrentVersion && needsCollating(db))
        return recollate(db, error, beforeStep, passes);
    return true;
}

bool CacheSchema::recollate(QSqlDatabase& db, QString* error, const StepObserver& beforeStep,
                            const Passes& passes)
{
    // Keys made under other rules (the user changed language, or a new ICU orders some texts
    // differently) would sort new users among old ones wrongly: all are made again, as a step.
    if (QSqlError failed; !SqliteConnection::beginWrite(db, &failed)) {
        *error = tr("Sorting the cache in this language failed: %1").arg(SqliteProblem::explain(failed));
        return false;
    }
    if (!needsCollating(db))
        return db.commit(); // another connection did it meanwhile
    const auto stopped = [&] {
        db.rollback();
        *error = tr("Sorting the cache in this language was stopped.");
        return false;
    };
    if (beforeStep && !beforeStep(CurrentVersion))
        return stopped();
    QString stepError;
    if (!collate(db, &stepError, passes)) {
        db.rollback();
        *error = tr("Sorting the cache in this language failed: %1").arg(stepError);
        return false;
    }
    if (beforeStep && !beforeStep(CurrentVersion))
        return stopped();
    if (!db.commit()) {
        *error = tr("Sorting the cache in this language failed: %1").arg(SqliteProblem::explain(db.lastError()));
        db.rollback();
        return false;
    }
    return true;
}

bool CacheSchema::createVersion1(QSqlDatabase& db, QString* error, const Passes&)
{
    return run(db,
               {
                   QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT, email TEXT, "
                                  "first_name TEXT, last_name TEXT, roles TEXT, enabled INTEGER, "
                                  "created_at INTEGER, last_login_at INTEGER, attributes TEXT, "
                                  "last_seen_at INTEGER)"),
                   QStringLiteral("CREATE TABLE syncs (id INTEGER PRIMARY KEY, started_at INTEGER, "
                                  "finished_at INTEGER, users INTEGER)"),
               },
               error);
}

bool CacheSchema::upgradeToVersion2(QSqlDatabase& db, QString* error, const Passes& passes)
{
    // users gets an integer key (FTS5's rowid) and the columns search and sort need.
    if (!run(db,
             {QStringLiteral("CREATE TABLE users_v2 ("
                             " user_key INTEGER PRIMARY KEY,"
                             " id TEXT NOT NULL,"
                             " username TEXT NOT NULL DEFAULT '',"
                             " email TEXT NOT NULL DEFAULT '',"
                             " first_name TEXT NOT NULL DEFAULT '',"
                             " last_name TEXT NOT NULL DEFAULT '',"
                             " name TEXT NOT NULL DEFAULT '',"
                             " roles TEXT NOT NULL DEFAULT '[]',"
                             " enabled INTEGER NOT NULL DEFAULT 1,"
                             " created_at INTEGER,"
                             " last_login_at INTEGER,"
                             " attributes TEXT NOT NULL DEFAULT '{}',"
                             " actions TEXT NOT NULL DEFAULT '{}',"
                             " fingerprint INTEGER NOT NULL DEFAULT 0,"
                             " first_seen_at INTEGER NOT NULL,"
                             " last_seen_at INTEGER NOT NULL,"
                             " deleted_at INTEGER)")},
             error))
        return false;

    // Version 1 kept roles as comma-separated text; re-encode every row the way version 2
    // stores it, fingerprint included, so the next sync does not see every user as changed.
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    if (!read.exec(QStringLiteral("SELECT id, username, email, first_name, last_name, roles, enabled, "
                                  "created_at, last_login_at, attributes, last_seen_at FROM users")) ||
        !write.prepare(QStringLiteral(
            "INSERT INTO users_v2 (id, username, email, first_name, last_name, name, roles, enabled, "
            "created_at, last_login_at, attributes, fingerprint, first_seen_at, last_seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = SqliteProblem::explain(read.lastError().isValid() ? read.lastError() : write.lastError());
        return false;
    }
    qint64 copied = 0;
    while (read.next()) {
        User user;
        user.id = read.value(0).toString();
        user.username = read.value(1).toString();
        user.email = read.value(2).toString();
        user.firstName = read.value(3).toString();
        user.lastName = read.value(4).toString();
        user.roles = read.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString& role : user.roles)
            role = role.trimmed();
        user.enabled = read.value(6).isNull() || read.value(6).toBool();
        user.createdAt = SqlValue::fromMsecs(read.value(7));
        user.lastLoginAt = SqlValue::fromMsecs(read.value(8));
        user.attributes = SqlValue::mapFromJson(read.value(9).toString());
        const qint64 lastSeen = read.value(10).toLongLong();
        const UserRow row = UserRowCodec::encode(user);
        const QVariantList values{
            row.id,      row.username,  row.email,       row.firstName,  row.lastName,    row.name, row.roles,
            row.enabled, row.createdAt, row.lastLoginAt, row.attributes, row.fingerprint, lastSeen, lastSeen};
        for (int i = 0; i < values.size(); ++i)
            write.bindValue(i, values.at(i));
        if (!write.exec()) {
            *error = SqliteProblem::explain(write.lastError());
            return false;
        }
        if (++copied % 1000 == 0)
            passes.report(1000 * PassCost::copy);
    }
    passes.report(copied % 1000 * PassCost::copy);
    if (read.lastError().isValid()) { // interrupted or failed half-way: not every row was copied
        *error = SqliteProblem::explain(read.lastError());
        return false;
    }
    read.finish();

    // The id is unique by an index of its own rather than by a UNIQUE in the table, which SQLite
    // could not let go: a first sync drops it with the others and builds it from the written
    // rows at the end (CacheWriter::deferIndexes), where keeping it up row by row, in username
    // order, made writing a million rows take 5.9 s in sqlite3, against 3.7 s with the index
    // built after them (9.5 and 5.1 s with UUIDs). Files whose users table was made before
    // (2026-12-07) keep the constraint's index; both serve every lookup and ON CONFLICT (id).
    const QStringList indexes{
        QStringLiteral("CREATE UNIQUE INDEX users_by_id ON users (id)"),
        QStringLiteral("CREATE INDEX users_by_username ON users (username COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX users_by_email ON users (email COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX users_by_name ON users (name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX users_by_created ON users (created_at)"),
        QStringLiteral("CREATE INDEX users_by_last_login ON users (last_login_at)"),
        QStringLiteral("CREATE INDEX users_deleted ON users (deleted_at) WHERE deleted_at IS NOT NULL")};
    if (!run(db, {QStringLiteral("DROP TABLE users"), QStringLiteral("ALTER TABLE users_v2 RENAME TO users")},
             error) ||
        !runPass(db, indexes, 7 * PassCost::index, passes, error))
        return false;
    const QStringList roles{
        QStringLiteral("CREATE TABLE user_roles ("
                       " user_key INTEGER NOT NULL REFERENCES users (user_key) ON DELETE CASCADE,"
                       " role TEXT NOT NULL,"
                       " last_seen_at INTEGER NOT NULL,"
                       " PRIMARY KEY (user_key, role)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX user_roles_by_role ON user_roles (role, user_key)")};
    const QString copyRoles =
        QStringLiteral("INSERT OR IGNORE INTO user_roles (user_key, role, last_seen_at) "
                       "SELECT u.user_key, r.value, u.last_seen_at FROM users u, json_each(u.roles) r");
    if (!run(db, roles, error) || !runPass(db, {copyRoles}, PassCost::roles, passes, error))
        return false;
    if (!run(db, {
            // Sessions and key metadata: never a token or a full key (SecretFilter guards the
            // attributes, and ApiKey has no field for the key itself).
            QStringLiteral("CREATE TABLE sessions ("
                           " user_id TEXT NOT NULL,"
                           " id TEXT NOT NULL,"
                           " username TEXT NOT NULL DEFAULT '',"
                           " started_at INTEGER, last_activity_at INTEGER, expires_at INTEGER,"
                           " ip_address TEXT NOT NULL DEFAULT '',"
                           " user_agent TEXT NOT NULL DEFAULT '',"
                           " attributes TEXT NOT NULL DEFAULT '{}',"
                           " last_seen_at INTEGER NOT NULL,"
                           " PRIMARY KEY (user_id, id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE api_keys ("
                           " id TEXT PRIMARY KEY,"
                           " owner_id TEXT NOT NULL DEFAULT '',"
                           " owner TEXT NOT NULL DEFAULT '',"
                           " name TEXT NOT NULL DEFAULT '',"
                           " description TEXT NOT NULL DEFAULT '',"
                           " prefix TEXT NOT NULL DEFAULT '',"
                           " scopes TEXT NOT NULL DEFAULT '[]',"
                           " created_at INTEGER, last_used_at INTEGER, expires_at INTEGER,"
                           " enabled INTEGER NOT NULL DEFAULT 1,"
                           " attributes TEXT NOT NULL DEFAULT '{}',"
                           " last_seen_at INTEGER NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX api_keys_by_owner ON api_keys (owner_id)"),

            QStringLiteral("ALTER TABLE syncs RENAME COLUMN users TO users_seen"),
            QStringLiteral("ALTER TABLE syncs ADD COLUMN kind TEXT NOT NULL DEFAULT 'full'"),
            QStringLiteral("ALTER TABLE syncs ADD COLUMN pages INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE syncs ADD COLUMN added INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE syncs ADD COLUMN changed INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE syncs ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE syncs ADD COLUMN sessions INTEGER NOT NULL DEFAULT -1"),
            QStringLiteral("ALTER TABLE syncs ADD COLUMN api_keys INTEGER NOT NULL DEFAULT -1"),

            QStringLiteral("CREATE TABLE user_history ("
                           " id INTEGER PRIMARY KEY,"
                           " sync_id INTEGER,"
                           " user_id TEXT NOT NULL,"
                           " username TEXT NOT NULL DEFAULT '',"
                           " changed_at INTEGER NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " field TEXT NOT NULL DEFAULT '',"
                           " old_value TEXT NOT NULL DEFAULT '',"
                           " new_value TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX user_history_by_user ON user_history (user_id, changed_at)"),
            QStringLiteral("CREATE INDEX user_history_by_time ON user_history (changed_at)"),

            QStringLiteral("CREATE TABLE cache_info (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"),

            // The FTS index reads its text from users (external content) and is kept in step by
            // triggers; prefix indexes make a one-to-three letter prefix cheap on every keystroke.
            QStringLiteral("CREATE VIRTUAL TABLE users_fts USING fts5 (username, email, name, attributes,"
                           " content='users', content_rowid='user_key',"
                           " tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')")}, error) ||
        !runPass(db, {QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('rebuild')")},
                 PassCost::searchIndex, passes, error))
        return false;
    return run(db, {
            QStringLiteral("CREATE TRIGGER users_fts_after_insert AFTER INSERT ON users BEGIN"
                           " INSERT INTO users_fts (rowid, username, email, name, attributes)"
                           " VALUES (new.user_key, new.username, new.email, new.name, new.attributes); END"),
            QStringLiteral(
                "CREATE TRIGGER users_fts_after_delete AFTER DELETE ON users BEGIN"
                " INSERT INTO users_fts (users_fts, rowid, username, email, name, attributes)"
                " VALUES ('delete', old.user_key, old.username, old.email, old.name, old.attributes);"
                " END"),
            QStringLiteral(
                "CREATE TRIGGER users_fts_after_update AFTER UPDATE OF username, email, name, attributes"
                " ON users BEGIN"
                " INSERT INTO users_fts (users_fts, rowid, username, email, name, attributes)"
                " VALUES ('delete', old.user_key, old.username, old.email, old.name, old.attributes);"
                " INSERT INTO users_fts (rowid, username, email, name, attributes)"
                " VALUES (new.user_key, new.username, new.email, new.name, new.attributes); END"),
        },
        error);
}

bool CacheSchema::upgradeToVersion3(QSqlDatabase& db, QString* error, const Passes& passes)
{
    // The FTS index covers the attributes' values only, not their keys, and keeps no positions
    // (SearchIndex). Schema 3 as first released also numbered the users in username order for
    // the index (users.search_key); upgradeToVersion5 drops that from files that have it.
    return run(db, {QStringLiteral("ALTER TABLE users ADD COLUMN attribute_text TEXT NOT NULL DEFAULT ''")},
               error) &&
           fillSearchText(db, error, passes);
}

bool CacheSchema::fillSearchText(QSqlDatabase& db, QString* error, const Passes& passes)
{
    if (!SearchIndex::addAttributeTextFunction(db)) {
        *error = tr("the search text's SQL function cannot be registered");
        return false;
    }
    // The old index goes first: its triggers would follow every row written, only for the index
    // to be made again after.
    if (!run(db, SearchIndex::dropStatements(), error))
        return false;
    // Only the rows whose text changes are written: a million users whose attributes hold no id
    // or time took 44 s to upgrade when every row was written again, most of it the writing.
    return runOverUsers(db,
                        QStringLiteral("UPDATE users SET attribute_text = made.text FROM (SELECT user_key, ") +
                            SearchIndex::attributeTextOf(QStringLiteral("attributes")) +
                            QStringLiteral(" AS text FROM users WHERE user_key > ?1 AND user_key <= ?2) AS made "
                                           "WHERE users.user_key = made.user_key AND users.attribute_text IS NOT made.text"),
                        PassCost::attributeText, passes, error, Counted::UsersInSlice) &&
           SearchIndex::create(db, error, passes);
}

bool CacheSchema::upgradeToVersion4(QSqlDatabase& db, QString* error, const Passes& passes)
{
    // Sorting moves from NOCASE bytes to the user's language: the text indexes hold sort keys.
    // (As first released, this step kept the keys in columns of users too; version 8 drops them.)
    return collate(db, error, passes);
}

bool CacheSchema::collate(QSqlDatabase& db, QString* error, const Passes& passes)
{
    // The text indexes built again, sort_key() making every key with the current rules; each
    // reported as it is done, so that a bar moves during a change of language.
    const QString identity = LocaleCollation::current().identity();
    if (!run(db, dropSortKeyIndexes, error))
        return false;
    for (const QString& index : sortKeyIndexes) {
        if (!runPass(db, {index}, PassCost::sortKeyIndex, passes, error))
            return false;
    }
    return run(db,
               {QStringLiteral("INSERT INTO cache_info (key, value) VALUES ('%1', '%2') "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                    .arg(collationKey, QString(identity).replace(QLatin1Char('\''), QStringLiteral("''")))},
               error);
}

bool CacheSchema::upgradeToVersion5(QSqlDatabase& db, QString* error, const Passes& passes)
{
    // The search index moves from users.search_key (2^32 apart in username order, five bytes a
    // match in the index) to the dense user_key (one or two): a million users' index takes 84 MB
    // instead of 324. The pages freed stay in the file for later writes (a VACUUM would copy
    // the whole file once more). Files made by this version never had search_key.
    bool has = false;
    if (!hasSearchKey(db, &has, error))
        return false;
    if (!has)
        return true;
    return runPass(db,
                   SearchIndex::dropStatements() +
                       QStringList{QStringLiteral("DROP INDEX IF EXISTS users_by_search_key"),
                                   QStringLiteral("DROP INDEX IF EXISTS users_by_username")},
                   PassCost::dropSearchIndex, passes, error) &&
           runPass(db, {QStringLiteral("ALTER TABLE users DROP COLUMN search_key")}, PassCost::rewrite,
                   passes, error) &&
           runPass(db, {usernameIndex}, PassCost::sortKeyIndex, passes, error) &&
           SearchIndex::create(db, error, passes);
}

bool CacheSchema::upgradeToVersion6(QSqlDatabase& db, QString* error, const Passes& passes)
{
    // The roles are only ever looked up by role (a filter, the roles offered, the overview's
    // counts); a user's own come from users.roles. Keyed by role, the table needs no second
    // index: a million users' two roles each take 39 MB instead of 85 (tests/bench/README.md).
    // Its rows are read again from users.roles, which a user's rows are found by from now on.
    // No index leads from a user to its rows: nothing deletes users (they are marked deleted),
    // and a delete would have to take their roles first or make the cascade read the table.
    return runPass(db,
                   {QStringLiteral("CREATE TABLE user_roles_v6 ("
                                   " role TEXT NOT NULL,"
                                   " user_key INTEGER NOT NULL REFERENCES users (user_key) ON DELETE CASCADE,"
                                   " PRIMARY KEY (role, user_key)) WITHOUT ROWID"),
                    QStringLiteral("INSERT OR IGNORE INTO user_roles_v6 (role, user_key) SELECT r.value, u.user_key "
                                   "FROM users u, json_each(") +
                        readableRoles(QStringLiteral("u.roles")) + QStringLiteral(") r ORDER BY 1, 2"),
                    QStringLiteral("DROP TABLE user_roles"),
                    QStringLiteral("ALTER TABLE user_roles_v6 RENAME TO user_roles")},
                   PassCost::roles, passes, error);
}

bool CacheSchema::upgradeToVersion7(QSqlDatabase& db, QString* error, const Passes& passes)
{
    // The attributes' text leaves out the id and the times, which the users' columns hold
    // (UserRowCodec::attributeText): made again for every user, then the search index.
    return fillSearchText(db, error, passes);
}

bool CacheSchema::upgradeToVersion8(QSqlDatabase& db, QString* error, const Passes& passes)
{
    // The sort keys leave the users' rows: the indexes make them from the texts (sort_key() in
    // their expressions) and were the only readers. A million users' file loses 71 MB of its
    // 618 (62 bytes of keys a user, and their part of each row's header), and every row read
    // for the table or a search is that much shorter. Files whose step 4 was made by this
    // version never had the columns.
    bool has = false;
    if (!hasKeyColumns(db, &has, error))
        return false;
    if (!has)
        return true;
    if (!run(db, dropSortKeyIndexes, error))
        return false;
    for (const QString& column : keyColumns) {
        if (!runPass(db, {QStringLiteral("ALTER TABLE users DROP COLUMN ") + column}, PassCost::rewrite, passes,
                     error))
            return false;
    }
    return collate(db, error, passes);
}

QString CacheSchema::readableRoles(const QString& column)
{
    return QStringLiteral("CASE WHEN json_valid(%1) THEN %1 ELSE '[]' END").arg(column);
}

QString CacheSchema::collation(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM cache_info WHERE key = ?"));
    query.addBindValue(collationKey);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool CacheSchema::needsCollating(const QSqlDatabase& db)
{
    return version(db) == CurrentVersion && collation(db) != LocaleCollation::current().identity();
}

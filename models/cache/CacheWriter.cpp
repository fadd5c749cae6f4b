#include "CacheWriter.h"

#include "CacheDatabase.h"
#include "CacheSchema.h"
#include "FirstLoadAhead.h"
#include "SearchIndex.h"
#include "SearchIndexBuilder.h"
#include "UserDiff.h"
#include "UserRowCodec.h"
#include "items/FreedMemory.h"
#include "storage/SecretFilter.h"
#include "storage/SqlValue.h"
#include "storage/LocaleCollation.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteProblem.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <sqlite3.h>

// Where a sync's commit spent its time, one line per step; off unless asked for
// (QT_LOGGING_RULES="authdesk.cache.commit.info=true"), as the benchmarks do.
Q_LOGGING_CATEGORY(lcCommit, "authdesk.cache.commit", QtWarningMsg)

namespace {
// staging_users.state, set by commitSync's classification.
enum StagedState { StagedNew = 0, StagedSame = 1, StagedChanged = 2, StagedRestored = 3 };

// The last is the text the search index reads from the attributes.
const QString userColumns =
    QStringLiteral("id, username, email, first_name, last_name, name, roles, enabled, "
                   "created_at, last_login_at, attributes, actions, fingerprint, attribute_text");
// The staged copy adds the username's sort key (LocaleCollation), made while staging: the
// commit numbers new users in its order. The cache's rows keep no key; its indexes make them.
const QString stagedUserColumns = userColumns + QStringLiteral(", username_key");

// A user seen again gets the server's copy and counts as present (not deleted) once more: the
// same for a sync's merge and for one user read again.
const QString userUpsert =
    QStringLiteral("ON CONFLICT (id) DO UPDATE SET username = excluded.username, "
                   "email = excluded.email, first_name = excluded.first_name, "
                   "last_name = excluded.last_name, name = excluded.name, roles = excluded.roles, "
                   "enabled = excluded.enabled, created_at = excluded.created_at, "
                   "last_login_at = excluded.last_login_at, attributes = excluded.attributes, "
                   "actions = excluded.actions, fingerprint = excluded.fingerprint, "
                   "last_seen_at = excluded.last_seen_at, deleted_at = NULL, "
                   "attribute_text = excluded.attribute_text");

// "?, ?, ?": one placeholder per bound value.
QString placeholders(qsizetype count)
{
    return QStringLiteral("?, ").repeated(count).chopped(2);
}

// The values of userColumns, in order.
QVariantList rowValues(const UserRow& row)
{
    return {row.id,         row.username, row.email,      row.firstName, row.lastName,
            row.name,       row.roles,    row.enabled,    row.createdAt, row.lastLoginAt,
            row.attributes, row.actions,  row.fingerprint, row.attributeText};
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString notNull(const QString& text)
{
    return SqlValue::text(text);
}

// A session and an API key as the cache's rows hold them (the staging tables and the tables
// proper share these columns), secrets filtered out.
const QString sessionColumns = QStringLiteral(
    "user_id, id, username, started_at, last_activity_at, expires_at, ip_address, user_agent, attributes");

QVariantList sessionValues(const Session& session, const QString& userId)
{
    return {notNull(userId),
            notNull(session.id),
            notNull(session.username),
            SqlValue::toMsecs(session.startedAt),
            SqlValue::toMsecs(session.lastActivityAt),
            SqlValue::toMsecs(session.expiresAt),
            notNull(session.ipAddress),
            notNull(session.userAgent),
            SqlValue::toJson(SecretFilter::withoutSecrets(session.attributes))};
}

const QString apiKeyColumns = QStringLiteral("id, owner_id, owner, name, description, prefix, scopes, "
                                             "created_at, last_used_at, expires_at, enabled, attributes");

QVariantList apiKeyValues(const ApiKey& key, const QString& ownerId)
{
    // Only the prefix is metadata; a "prefix" long enough to be the key itself is cut.
    const QString prefix = SecretFilter::looksLikeSecretValue(key.prefix) ? key.prefix.left(8) : key.prefix;
    return {key.id,
            notNull(ownerId),
            notNull(key.owner),
            notNull(key.name),
            notNull(key.description),
            notNull(prefix),
            SqlValue::toJson(key.scopes),
            SqlValue::toMsecs(key.createdAt),
            SqlValue::toMsecs(key.lastUsedAt),
            SqlValue::toMsecs(key.expiresAt),
            key.enabled,
            SqlValue::toJson(SecretFilter::withoutSecrets(key.attributes))};
}

// "INSERT OR REPLACE INTO table (columns) VALUES (?, ?, ...)" for `count` columns.
QString insertStatement(const QString& table, const QString& columns, int count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return QStringLiteral("INSERT OR REPLACE INTO ") + table + QStringLiteral(" (") + columns +
           QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// Runs `work` with the connection's PRAGMA `name` set to `value`, then puts the old value
// back; one that cannot be read is left as it is.
void withPragma(const QSqlDatabase& db, const QString& name, int value, const std::function<void()>& work)
{
    QSqlQuery pragma(db);
    const bool read = pragma.exec(QStringLiteral("PRAGMA ") + name) && pragma.next();
    const int old = read ? pragma.value(0).toInt() : 0;
    pragma.finish();
    if (read)
        pragma.exec(QStringLiteral("PRAGMA %1 = %2").arg(name).arg(value));
    work();
    if (read)
        pragma.exec(QStringLiteral("PRAGMA %1 = %2").arg(name).arg(old));
}

bool execWith(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec();
}
} // namespace

CacheWriter::CacheWriter(CacheDatabase& database)
    : m_database(database)
{
}

CacheWriter::~CacheWriter() = default;

bool CacheWriter::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool CacheWriter::failQuery(const QSqlQuery& query)
{
    return fail(tr("Writing the cache failed: %1").arg(SqliteProblem::explain(query.lastError())));
}

bool CacheWriter::runAll(const QStringList& statements)
{
    QSqlQuery query(m_database.database());
    for (const QString& sql : statements) {
        if (!query.exec(sql))
            return failQuery(query);
    }
    return true;
}

bool CacheWriter::ensureWritable()
{
    if (!m_database.isOpen())
        return fail(tr("The cache is not open."));
    if (m_database.isReadOnly())
        return fail(CacheDatabase::readOnlyMessage());
    return true;
}

bool CacheWriter::createStagingTables()
{
    const QStringList statements{
        // No key on either table while the pages come in: each row is appended. Keyed, a row went
        // into the key's B-tree at a random place (server ids, sessions listed across users), and
        // a temporary database keeps 2 MB of its pages: a million sessions took 30.3 s to stage
        // with the key and 2.1 s without (tests/bench/README.md). finishStagingUsers() keys the
        // users once their listing is over; the commit copies the sessions sorted.
        QStringLiteral("DROP INDEX IF EXISTS temp.staging_users_by_id"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS staging_users (id TEXT NOT NULL, username TEXT, "
                       "email TEXT, first_name TEXT, last_name TEXT, name TEXT, roles TEXT, enabled INTEGER, "
                       "created_at INTEGER, last_login_at INTEGER, attributes TEXT, actions TEXT, "
                       "fingerprint INTEGER, attribute_text TEXT, username_key BLOB, "
                       "state INTEGER NOT NULL DEFAULT 0, user_key INTEGER)"),
        QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS staging_sessions (user_id TEXT NOT NULL, id TEXT NOT NULL, "
            "username TEXT, started_at INTEGER, last_activity_at INTEGER, expires_at INTEGER, "
            "ip_address TEXT, user_agent TEXT, attributes TEXT)"),
        QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS staging_api_keys (id TEXT PRIMARY KEY, owner_id TEXT, "
            "owner TEXT, name TEXT, description TEXT, prefix TEXT, scopes TEXT, created_at INTEGER, "
            "last_used_at INTEGER, expires_at INTEGER, enabled INTEGER, attributes TEXT)"),
        QStringLiteral("DELETE FROM temp.staging_users"),
        QStringLiteral("DELETE FROM temp.staging_sessions"),
        QStringLiteral("DELETE FROM temp.staging_api_keys"),
    };
    return runAll(statements);
}

bool CacheWriter::beginSync(const QDateTime& startedAt)
{
    if (!ensureWritable())
        return false;
    if (m_syncing)
        abortSync();
    releaseStaging(); // the last sync's, if its caller left it
    // A sync's commit rewrites many pages it wrote moments before: with SQLite's default 2 MB
    // page cache they are read back from the WAL (profiled in tests/bench/README.md). 16 MB,
    // for the sync's own connection.
    QSqlQuery pragma(m_database.database());
    pragma.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    // A log that checkpoint() could not empty (readers held it) shrinks to 64 MB when SQLite
    // next starts it over, rather than keeping the size of a whole copy.
    pragma.exec(QStringLiteral("PRAGMA journal_size_limit = 67108864"));
    // The commit sorts every staged row (a million users, 2.3 million sessions): SQLite's sorter
    // may sort and write its runs on helper threads while this one reads on; the other core is
    // idle by then. A million sandbox users: write users 6.2 -> 3.6 s, sessions 8.4 -> 5.5 s. Each
    // helper holds a run of its own (16 MB, as the page cache): the peak 80 -> 97 MB. At most two.
    pragma.exec(QStringLiteral("PRAGMA threads = %1").arg(qBound(1, QThread::idealThreadCount() - 1, 2)));
    if (!createStagingTables())
        return false;
    m_syncing = true;
    m_stagingHeld = true;
    m_stagedUsersKeyed = false;
    m_sessionsStaged = m_keysStaged = false;
    m_stagedUsers = m_stagedSessions = m_stagedKeys = 0;
    m_syncStartedAt = startedAt;
    return true;
}

bool CacheWriter::ensureStagingTransaction()
{
    if (!m_syncing)
        return fail(tr("No sync is in progress."));
    if (m_stagingTransaction)
        return true;
    QSqlDatabase db = m_database.database();
    if (!db.transaction())
        return fail(SqliteProblem::explain(db.lastError()));
    m_stagingTransaction = true;
    return true;
}

bool CacheWriter::flushStaging()
{
    if (!m_stagingTransaction)
        return true;
    m_stagingTransaction = false;
    QSqlDatabase db = m_database.database();
    if (!db.commit())
        return fail(SqliteProblem::explain(db.lastError()));
    return true;
}

bool CacheWriter::stageUsers(const QList<User>& users)
{
    m_loadAhead.reset(); // made from the users staged before these; dropped outside any transaction
    if (!ensureStagingTransaction())
        return false;
    m_stagedUsersKeyed = false;
    QSqlQuery insert(m_database.database());
    // A user listed twice (the server's list shifted between pages) is staged twice here;
    // finishStagingUsers() keeps the latest copy.
    if (!insert.prepare(QStringLiteral("INSERT INTO temp.staging_users (") + stagedUserColumns +
                        QStringLiteral(") VALUES (") +
                        placeholders(stagedUserColumns.count(QLatin1Char(',')) + 1) + QStringLiteral(")")))
        return failQuery(insert);
    const LocaleCollation& collation = LocaleCollation::current();
    for (const User& user : users) {
        if (user.id.isEmpty())
            continue;
        const UserRow row = UserRowCodec::encode(user);
        const QVariantList values = rowValues(row);
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        insert.bindValue(int(values.size()), collation.key(row.username));
        if (!insert.exec())
            return failQuery(insert);
        ++m_stagedUsers;
    }
    return true;
}

bool CacheWriter::finishStagingUsers()
{
    if (!m_syncing)
        return fail(tr("No sync is in progress."));
    if (!flushStaging())
        return false;
    if (m_stagedUsersKeyed)
        return true;
    // Cancel reaches into these statements too (a second or so at a million users).
    QSqlDatabase db = m_database.database();
    SqliteConnection::setStopCheck(db, &m_goesOn);
    const auto noStopCheck = qScopeGuard([&db] { SqliteConnection::setStopCheck(db, nullptr); });
    // Sorted once, as CREATE INDEX does (0.8 s for a million ids), rather than a row at a time.
    // Then one walk of that index in order finds every copy followed by a later one of the same
    // user: no lookup per row, scattered over the index's pages.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS temp.staging_users_by_id ON staging_users (id)")) ||
        !query.exec(QStringLiteral(
            "DELETE FROM temp.staging_users WHERE rowid IN (SELECT staged FROM (SELECT rowid AS staged, id, "
            "lead(id) OVER (ORDER BY id, rowid) AS next_id FROM temp.staging_users) WHERE next_id = id)")))
        return failQuery(query);
    m_stagedUsersKeyed = true;
    return true;
}

bool CacheWriter::startLoadAhead()
{
    m_loadAhead.reset();
    if (!m_syncing || !finishStagingUsers())
        return false;
    auto ahead = std::make_unique<FirstLoadAhead>(m_database.database(), loadStatement(QStringLiteral("temp.ready_users")),
                                                  m_goesOn);
    if (!ahead->start(now())) {
        qCInfo(lcCommit, "users not made ready ahead of the commit: %s", qPrintable(ahead->errorString()));
        return false;
    }
    m_loadAhead = std::move(ahead);
    return true;
}

bool CacheWriter::loadAheadStep()
{
    // Each step its own statement, outside the staging transaction (the caller flushes it): a
    // step that fails or that Cancel interrupts takes no staged page with it.
    if (!m_syncing || !m_loadAhead || m_loadAhead->isReady() || m_stagingTransaction)
        return false;
    QSqlDatabase db = m_database.database();
    SqliteConnection::setStopCheck(db, &m_goesOn);
    const auto noStopCheck = qScopeGuard([&db] { SqliteConnection::setStopCheck(db, nullptr); });
    QElapsedTimer clock;
    clock.start();
    if (!m_loadAhead->step()) {
        qCInfo(lcCommit, "users not made ready ahead of the commit: %s", qPrintable(m_loadAhead->errorString()));
        m_loadAhead.reset();
        return false;
    }
    qCInfo(lcCommit, "users made ready ahead of the commit, a step: %lld ms", clock.elapsed());
    return !m_loadAhead->isReady();
}

void CacheWriter::feedLoadAhead()
{
    if (m_loadAhead)
        m_loadAhead->feed();
}

bool CacheWriter::stageSessions(const QList<Session>& sessions)
{
    if (!ensureStagingTransaction())
        return false;
    m_sessionsStaged = true;
    QSqlQuery insert(m_database.database());
    if (!insert.prepare(insertStatement(QStringLiteral("temp.staging_sessions"), sessionColumns, 9)))
        return failQuery(insert);
    for (const Session& session : sessions) {
        if (!execWith(insert, sessionValues(session, session.userId)))
            return failQuery(insert);
        ++m_stagedSessions;
    }
    return true;
}

bool CacheWriter::stageApiKeys(const QList<ApiKey>& keys)
{
    if (!ensureStagingTransaction())
        return false;
    m_keysStaged = true;
    QSqlQuery insert(m_database.database());
    if (!insert.prepare(insertStatement(QStringLiteral("temp.staging_api_keys"), apiKeyColumns, 12)))
        return failQuery(insert);
    for (const ApiKey& key : keys) {
        if (!execWith(insert, apiKeyValues(key, key.ownerId)))
            return failQuery(insert);
        ++m_stagedKeys;
    }
    return true;
}

void CacheWriter::stopSyncing()
{
    if (m_stagingTransaction) {
        m_database.database().rollback();
        m_stagingTransaction = false;
    }
    m_searchBuild.reset();
    m_syncing = false;
}

void CacheWriter::abortSync()
{
    stopSyncing();
    releaseStaging();
}

void CacheWriter::releaseStaging()
{
    if (m_syncing)
        return; // abortSync() is how a sync under way lets its pages go
    // Seconds at a million users, each statement in one step of SQLite's that no stop reaches
    // into: a stop (the job going away) skips those not yet begun, and what they would have
    // emptied goes with the connection or with the next sync's beginSync().
    m_loadAhead.reset();
    QSqlDatabase db = m_database.database();
    if (m_stagingHeld && db.isOpen()) {
        QSqlQuery query(db);
        for (const char* table : {"staging_users", "staging_sessions", "staging_api_keys"}) {
            if (wasStopped())
                break;
            query.exec(QStringLiteral("DELETE FROM temp.") + QLatin1String(table));
        }
        // The pages the sync's connection kept (16 MB of the file's) go back until the next
        // sync; glibc keeps freed memory in this thread's heap unless asked (FreedMemory): a
        // 200,000-user sync left the process at 68 MB, now 43-44.
        query.exec(QStringLiteral("PRAGMA shrink_memory"));
        FreedMemory::giveBack();
    }
    m_stagingHeld = false;
}

void CacheWriter::closing()
{
    // The connection closes next and its TEMP tables go with it, at no cost: emptying them
    // took seconds at a million users.
    stopSyncing();
    if (m_loadAhead)
        m_loadAhead->leaveTable();
    m_loadAhead.reset();
    m_stagingHeld = false;
}

qint64 CacheWriter::insertSyncRow(SyncRecord::Kind kind, qint64 startedAt, qint64 finishedAt)
{
    QSqlQuery insert(m_database.database());
    insert.prepare(QStringLiteral("INSERT INTO syncs (kind, started_at, finished_at) VALUES (?, ?, ?)"));
    insert.addBindValue(kind == SyncRecord::Kind::Full ? QStringLiteral("full") : QStringLiteral("user"));
    insert.addBindValue(startedAt);
    insert.addBindValue(finishedAt);
    if (!insert.exec()) {
        failQuery(insert);
        return 0;
    }
    return insert.lastInsertId().toLongLong();
}

bool CacheWriter::insertHistory(const QList<UserChange>& changes, qint64 syncId, qint64 at)
{
    if (changes.isEmpty())
        return true;
    QSqlQuery insert(m_database.database());
    if (!insert.prepare(
            QStringLiteral("INSERT INTO user_history (sync_id, user_id, username, changed_at, kind, "
                           "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return failQuery(insert);
    for (const UserChange& change : changes) {
        insert.bindValue(0, syncId);
        insert.bindValue(1, change.userId);
        insert.bindValue(2, notNull(change.username));
        insert.bindValue(3, at);
        insert.bindValue(4, UserChange::kindName(change.kind));
        insert.bindValue(5, notNull(change.field));
        insert.bindValue(6, notNull(change.oldValue));
        insert.bindValue(7, notNull(change.newValue));
        if (!insert.exec())
            return failQuery(insert);
    }
    return true;
}

// Compares each staged user whose fingerprint differs with its cached copy, field by field,
// and writes the differences as history.
bool CacheWriter::recordChanges(qint64 syncId, qint64 at, qint64* changedUsers)
{
    QSqlQuery query(m_database.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT s.id, s.username, s.email, s.first_name, s.last_name, s.roles, s.enabled, s.created_at, "
            "s.last_login_at, s.attributes, s.actions, s.state, "
            "u.username, u.email, u.first_name, u.last_name, u.roles, u.enabled, u.created_at, "
            "u.last_login_at, u.attributes, u.actions "
            "FROM temp.staging_users s JOIN main.users u ON u.user_key = s.user_key WHERE s.state IN (2, "
            "3)")))
        return failQuery(query);
    QList<UserChange> changes;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const User after = UserRowCodec::decode(
            id, query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
            query.value(4).toString(), query.value(5).toString(), query.value(6).toBool(), query.value(7),
            query.value(8), query.value(9).toString(), query.value(10).toString());
        const User before = UserRowCodec::decode(
            id, query.value(12).toString(), query.value(13).toString(), query.value(14).toString(),
            query.value(15).toString(), query.value(16).toString(), query.value(17).toBool(), query.value(18),
            query.value(19), query.value(20).toString(), query.value(21).toString());
        const QList<UserChange> userChanges = UserDiff::changes(before, after);
        if (query.value(11).toInt() == StagedRestored) {
            UserChange restored;
            restored.userId = id;
            restored.username = after.username;
            restored.kind = UserChange::Kind::Restored;
            changes.append(restored);
        }
        if (!userChanges.isEmpty())
            ++*changedUsers;
        changes += userChanges;
    }
    query.finish();
    return insertHistory(changes, syncId, at);
}

bool CacheWriter::countVanishing(qint64* vanishing, qint64* present)
{
    if (!m_syncing)
        return fail(tr("No sync is in progress."));
    if (!finishStagingUsers())
        return false;
    // A million users take seconds to count: Cancel reaches into the statement here too.
    QSqlDatabase db = m_database.database();
    SqliteConnection::setStopCheck(db, &m_goesOn);
    const auto noStopCheck = qScopeGuard([&db] { SqliteConnection::setStopCheck(db, nullptr); });
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT count(*), coalesce(sum(NOT EXISTS (SELECT 1 FROM temp.staging_users s WHERE s.id = u.id)), 0) "
            "FROM main.users u WHERE u.deleted_at IS NULL")) ||
        !query.next())
        return failQuery(query);
    *present = query.value(0).toLongLong();
    *vanishing = query.value(1).toLongLong();
    return true;
}

bool CacheWriter::commitSync(int pages, SyncRecord* record)
{
    if (!m_syncing)
        return fail(tr("No sync is in progress."));
    if (!flushStaging())
        return false;
    m_commitSteps.clear();
    m_stepClock.start();
    const auto step = [this](const char* name) { commitStep(name); };
    // SyncWorker keys the users after their last page; a caller that did not, or that staged
    // users since, has it done here.
    if (!m_stagedUsersKeyed) {
        if (!finishStagingUsers())
            return false;
        step("key the staged users");
    }
    QSqlDatabase db = m_database.database();
    // Cancel reaches into the statements until the COMMIT; the handler goes on every way out.
    SqliteConnection::setStopCheck(db, &m_goesOn);
    const auto noStopCheck = qScopeGuard([&db] { SqliteConnection::setStopCheck(db, nullptr); });
    // A search index built beside a commit that fails stops with it.
    const auto noSearchBuild = qScopeGuard([this] { m_searchBuild.reset(); });
    const qint64 at = now();
    if (QSqlError error; !SqliteConnection::beginWrite(db, &error))
        return fail(SqliteProblem::explain(error));
    // Another program (the CLI under another LANG) may have sorted the file in its language
    // since this one opened it: sorted in this one's again first, so the keys staged here and
    // the file's agree.
    if (CacheSchema::needsCollating(db)) {
        if (QString error; !CacheSchema::collate(db, &error)) {
            db.rollback();
            return fail(tr("Writing the cache failed: %1").arg(error));
        }
        step("sort the cache in this language again");
    }
    const auto rollback = [&](const QSqlQuery& query) {
        const bool ok = failQuery(query);
        db.rollback();
        return ok;
    };

    QSqlQuery query(db);
    // Whether an earlier full sync exists: the very first one adds every user, and writing
    // "appeared on the server" for each of them would bury the real history.
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM syncs WHERE kind = 'full')")) ||
        !query.next())
        return rollback(query);
    const bool firstSync = !query.value(0).toBool();
    query.finish();

    const qint64 syncId = insertSyncRow(SyncRecord::Kind::Full, m_syncStartedAt.toMSecsSinceEpoch(), at);
    if (syncId == 0) {
        db.rollback();
        return false;
    }

    if (!query.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM main.users)")) || !query.next())
        return rollback(query);
    const bool emptyCache = query.value(0).toBool();
    query.finish();
    // Into an empty cache every staged user is new: matching a million of them against no row,
    // then reading them twice more for changes and a count, took 1.2 s of a first sync's commit.
    qint64 changed = 0;
    if (!emptyCache) {
        if (!query.exec(QStringLiteral(
                "UPDATE temp.staging_users AS s SET user_key = u.user_key, state = CASE"
                " WHEN u.deleted_at IS NOT NULL THEN 3 WHEN u.fingerprint = s.fingerprint THEN 1 ELSE 2 END"
                " FROM main.users AS u WHERE u.id = s.id")))
            return rollback(query);
        step("match staged users to cached ones");
        if (!recordChanges(syncId, at, &changed)) {
            db.rollback();
            return false;
        }
        step("history: changed users");
    }
    qint64 added = 0;
    if (!query.exec(emptyCache ? QStringLiteral("SELECT count(*) FROM temp.staging_users")
                               : QStringLiteral("SELECT count(*) FROM temp.staging_users WHERE state = 0")) ||
        !query.next())
        return rollback(query);
    added = query.value(0).toLongLong();
    query.finish();
    if (!firstSync) {
        query.prepare(
            QStringLiteral("INSERT INTO user_history (sync_id, user_id, username, changed_at, kind) "
                           "SELECT ?, id, username, ?, 'added' FROM temp.staging_users WHERE state = 0"));
        query.addBindValue(syncId);
        query.addBindValue(at);
        if (!query.exec())
            return rollback(query);
    }

    step("history: added users");
    // Users the server no longer lists stay, marked deleted on server with their last sighting.
    query.prepare(QStringLiteral("INSERT INTO user_history (sync_id, user_id, username, changed_at, kind) "
                                 "SELECT ?, u.id, u.username, ?, 'deleted' FROM main.users u "
                                 "WHERE u.deleted_at IS NULL AND NOT EXISTS "
                                 "(SELECT 1 FROM temp.staging_users s WHERE s.id = u.id)"));
    query.addBindValue(syncId);
    query.addBindValue(at);
    if (!query.exec())
        return rollback(query);
    const qint64 deleted = query.numRowsAffected();
    query.prepare(
        QStringLiteral("UPDATE main.users SET deleted_at = ? WHERE deleted_at IS NULL AND NOT EXISTS "
                       "(SELECT 1 FROM temp.staging_users s WHERE s.id = users.id)"));
    query.addBindValue(at);
    if (!query.exec())
        return rollback(query);

    step("mark users the server no longer lists");
    if (emptyCache ? !loadIntoEmptyCache(at) : !mergeUsers(at)) {
        db.rollback();
        return false;
    }
    if (m_sessionsStaged) {
        // The listed sessions replace every cached one, each rewritten anyway: emptied first,
        // the table is filled in its key order, with no staging key to look the old rows up by.
        if (!query.exec(QStringLiteral("DELETE FROM main.sessions")))
            return rollback(query);
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO main.sessions (user_id, id, username, started_at, last_activity_at, "
            "expires_at, "
            "ip_address, user_agent, attributes, last_seen_at) SELECT user_id, id, username, started_at, "
            "last_activity_at, expires_at, ip_address, user_agent, attributes, ? FROM "
            // In the table's key order, sorted once: servers list sessions by their own id,
            // scattered over users, and 2.1 million of them took 36 s scattered and 10 s sorted
            // (the sqlite3 tool, tests/bench/README.md). A session listed twice (the list
            // shifted between pages) comes twice, and its later copy replaces the earlier.
            "temp.staging_sessions ORDER BY user_id, id, rowid"));
        query.addBindValue(at);
        if (!query.exec())
            return rollback(query);
    }
    step("sessions");
    if (!completeSearchIndex()) {
        db.rollback();
        return false;
    }
    if (m_keysStaged) {
        if (!query.exec(QStringLiteral(
                "DELETE FROM main.api_keys WHERE id NOT IN (SELECT id FROM temp.staging_api_keys)")))
            return rollback(query);
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO main.api_keys (id, owner_id, owner, name, description, prefix, scopes, "
            "created_at, "
            "last_used_at, expires_at, enabled, attributes, last_seen_at) SELECT id, owner_id, owner, name, "
            "description, prefix, scopes, created_at, last_used_at, expires_at, enabled, attributes, ? "
            "FROM temp.staging_api_keys"));
        query.addBindValue(at);
        if (!query.exec())
            return rollback(query);
    }

    step("API keys");
    SyncRecord result;
    result.id = syncId;
    result.kind = SyncRecord::Kind::Full;
    result.startedAt = m_syncStartedAt;
    result.finishedAt = SqlValue::fromMsecs(at);
    result.pages = pages;
    result.users = m_stagedUsers;
    // m_stagedUsers counts duplicates once per listing; the staging table knows the truth.
    if (query.exec(QStringLiteral("SELECT count(*) FROM temp.staging_users")) && query.next())
        result.users = query.value(0).toLongLong();
    query.finish();
    result.added = added;
    result.changed = changed;
    result.deleted = deleted;
    result.sessions = m_sessionsStaged ? m_stagedSessions : -1;
    result.apiKeys = m_keysStaged ? m_stagedKeys : -1;
    query.prepare(
        QStringLiteral("UPDATE syncs SET pages = ?, users_seen = ?, added = ?, changed = ?, deleted = ?, "
                       "sessions = ?, api_keys = ? WHERE id = ?"));
    for (const QVariant& value : QVariantList{result.pages, result.users, result.added, result.changed,
                                              result.deleted, result.sessions, result.apiKeys, syncId})
        query.addBindValue(value);
    if (!query.exec())
        return rollback(query);

    step("counts");
    // Past the last point where Cancel can keep the old copy: the COMMIT runs to its end.
    SqliteConnection::setStopCheck(db, nullptr);
    if (wasStopped()) {
        db.rollback();
        return fail(tr("The sync was cancelled."));
    }
    // The COMMIT would copy the whole log into the file when it is over the connection's
    // automatic checkpoint (a thousand pages): checkpoint() does that once the sync is reported.
    bool committed = false;
    withPragma(db, QStringLiteral("wal_autocheckpoint"), 0, [&] { committed = db.commit(); });
    if (!committed) {
        fail(SqliteProblem::explain(db.lastError()));
        db.rollback();
        return false;
    }
    step("commit (the WAL written)");
    // The staging tables and the users made ready are emptied by releaseStaging(), once the
    // sync has been reported: 3 s of a million sandbox users' commit went into that.
    m_syncing = false;
    if (record)
        *record = result;
    return true;
}

bool CacheWriter::checkpoint(qint64* elapsedMs)
{
    if (!ensureWritable())
        return false;
    QElapsedTimer clock;
    clock.start();
    // TRUNCATE copies every page, then waits for readers still reading from the log before it
    // empties it: a page read of the console's takes milliseconds, but a reader that holds its
    // view longer must not hold this worker (the next sync, a refresh) for the connection's
    // ten seconds. The log it leaves is copied by a later checkpoint and cut to
    // journal_size_limit when SQLite starts it over (beginSync()).
    QSqlDatabase db = m_database.database();
    bool done = false;
    QSqlError error;
    withPragma(db, QStringLiteral("busy_timeout"), readersWaitMs, [&] {
        QSqlQuery query(db);
        done = query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && query.next() &&
               query.value(0).toInt() == 0;
        error = query.lastError();
    });
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    qCInfo(lcCommit, "checkpoint after the commit (the WAL copied into the file): %lld ms", clock.elapsed());
    if (done)
        return true;
    if (error.isValid())
        fail(tr("Writing the cache failed: %1").arg(SqliteProblem::explain(error)));
    else
        fail(tr("Readers kept the cache's log from being emptied."));
    qCInfo(lcCommit, "checkpoint after the commit: %s", qPrintable(m_error));
    return false;
}

void CacheWriter::commitStep(const char* name)
{
    m_commitSteps.append({QLatin1String(name), m_stepClock.restart()});
    qCInfo(lcCommit, "%s: %lld ms", name, m_commitSteps.constLast().second);
}

bool CacheWriter::mergeUsers(qint64 at)
{
    QSqlDatabase db = m_database.database();
    QSqlQuery query(db);
    // The roles of changed and restored users go first, found by the copy about to be replaced
    // (user_roles is keyed by role, so a user's rows are looked up by the roles it held). A copy
    // whose roles are not JSON (a damaged file) has its rows found by reading the whole table.
    const QString replaced = QStringLiteral(" FROM temp.staging_users s JOIN main.users u ON u.user_key = s.user_key");
    if (!query.exec(QStringLiteral("DELETE FROM main.user_roles WHERE (role, user_key) IN (SELECT r.value, u.user_key") +
                    replaced + QStringLiteral(", json_each(") + CacheSchema::readableRoles(QStringLiteral("u.roles")) +
                    QStringLiteral(") r WHERE s.state IN (2, 3))")))
        return failQuery(query);
    // Only when there is one: SQLite reads the whole table for an IN over no users too.
    const QString damaged = replaced + QStringLiteral(" WHERE s.state IN (2, 3) AND NOT json_valid(u.roles)");
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1") + damaged + QStringLiteral(")")) || !query.next())
        return failQuery(query);
    if (query.value(0).toBool()) {
        query.finish();
        if (!query.exec(QStringLiteral("DELETE FROM main.user_roles WHERE user_key IN (SELECT u.user_key") + damaged +
                        QStringLiteral(")")))
            return failQuery(query);
    }
    query.finish();
    commitStep("old roles");
    // New, changed and restored users get their new copy; the FTS triggers follow, in key
    // order (FTS5 writes ascending rowids several times faster): the cached users first, then
    // the new ones, which are given the next keys in username order.
    query.prepare(
        QStringLiteral("INSERT INTO main.users (") + userColumns +
        QStringLiteral(", first_seen_at, last_seen_at, deleted_at) SELECT ") + userColumns +
        QStringLiteral(", ?, ?, NULL FROM temp.staging_users WHERE state <> 1 "
                       "ORDER BY user_key IS NULL, user_key, username_key, id ") +
        userUpsert);
    query.addBindValue(at);
    query.addBindValue(at);
    if (!query.exec())
        return failQuery(query);
    commitStep("write users (their indexes and FTS rows)");
    // Unchanged users were just seen again.
    query.prepare(QStringLiteral("UPDATE main.users SET last_seen_at = ? WHERE user_key IN "
                                 "(SELECT user_key FROM temp.staging_users WHERE state = 1)"));
    query.addBindValue(at);
    if (!query.exec())
        return failQuery(query);
    commitStep("unchanged users seen again");
    // The roles of new, changed and restored users, in the table's key order: appended to its
    // pages rather than scattered over them.
    if (!query.exec(QStringLiteral("INSERT OR IGNORE INTO main.user_roles (role, user_key) "
                                   "SELECT r.value, u.user_key FROM temp.staging_users s "
                                   "JOIN main.users u ON u.id = s.id, json_each(s.roles) r WHERE s.state <> 1 "
                                   "ORDER BY 1, 2")))
        return failQuery(query);
    commitStep("roles");
    return true;
}

bool CacheWriter::loadIntoEmptyCache(qint64 at)
{
    // An empty cache (a first sync) takes every staged user at once, in the same transaction,
    // so a killed sync still leaves it empty. The rows are numbered in username order, which
    // keeps a sorted page's rows close together in the file; the staged rows are never
    // rewritten and the roles need no join back to their users. The secondary indexes are built
    // once at the end, from sorted rows, instead of row by row; the search index meanwhile, on
    // a thread of its own (SearchIndexBuilder).
    QStringList rebuild;
    bool copied = false;
    if (m_loadAhead ? !copyUsersLoadedAhead(&rebuild, &copied) : !deferIndexes(&rebuild))
        return false;
    QSqlQuery query(m_database.database());
    if (copied) {
        m_searchBuild = m_loadAhead->takeSearchBuild();
    } else {
        commitStep("drop the indexes");
        // The rows are written in username order into the empty table, which numbers them 1, 2,
        // ... as they come (a new rowid is one past the largest): one sort, where numbering them
        // with row_number() first took a second sort by that number (4.2 s against 10.1 at a
        // million users, in sqlite3). The roles then come from the rows just written (numbering
        // the staged roles a second time took 3 s longer), sorted into the roles' key order.
        query.prepare(loadStatement(QStringLiteral("main.users")));
        query.addBindValue(at);
        query.addBindValue(at);
        if (!query.exec())
            return failQuery(query);
        commitStep("write users");
    }
    // The search index is built on the other core from here on (or was, from the rows made
    // ready), fed between the statements that follow, and swapped in by completeSearchIndex()
    // before the COMMIT.
    if (!m_searchBuild) {
        m_searchBuild = std::make_unique<SearchIndexBuilder>(SqliteConnection::handle(m_database.database()),
                                                             [this] { return !wasStopped(); });
        if (!m_searchBuild->start())
            qCInfo(lcCommit, "%s: the commit builds it itself", qPrintable(m_searchBuild->errorString()));
    }
    // The indexes first, a feed between each two, so that the builder never waits long; the
    // roles' one long statement last, when the builder has (nearly) every user.
    const auto feed = [this] {
        return m_searchBuild->feed() || fail(tr("Writing the cache failed: %1").arg(m_searchBuild->errorString()));
    };
    for (const QString& statement : std::as_const(rebuild)) {
        if (!feed() || !runAll({statement}))
            return false;
    }
    if (!feed())
        return false;
    commitStep("build the indexes");
    if (!query.exec(QStringLiteral("INSERT OR IGNORE INTO main.user_roles (role, user_key) "
                                   "SELECT r.value, u.user_key FROM main.users u, json_each(u.roles) r "
                                   "ORDER BY 1, 2")))
        return failQuery(query);
    commitStep("roles");
    return true;
}

bool CacheWriter::completeSearchIndex()
{
    if (!m_searchBuild)
        return true;
    const std::unique_ptr<SearchIndexBuilder> build = std::move(m_searchBuild);
    const bool built = build->finish();
    qCInfo(lcCommit, "search index builder: %s", qPrintable(build->timings()));
    commitStep("search index: its thread done");
    if (built && build->copyInto()) {
        commitStep("search index: copied into the file");
        return true;
    }
    // Cancel, or an error that made SQLite roll the transaction back (an interrupted write, a
    // failed read of the file): the commit fails; anything more would be written outside it.
    QSqlDatabase db = m_database.database();
    if (wasStopped() || sqlite3_get_autocommit(SqliteConnection::handle(db)))
        return fail(wasStopped() ? tr("The sync was cancelled.")
                                 : tr("Writing the cache failed: %1").arg(build->errorString()));
    // The builder could not (its temporary file refused, say): the commit builds it itself.
    qCInfo(lcCommit, "%s: the commit builds it itself", qPrintable(build->errorString()));
    if (QString error; !SearchIndex::create(db, &error))
        return fail(tr("Writing the cache failed: %1").arg(error));
    commitStep("build the search index");
    return true;
}

QString CacheWriter::loadStatement(const QString& table)
{
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + userColumns +
           QStringLiteral(", first_seen_at, last_seen_at, deleted_at) SELECT ") + userColumns +
           QStringLiteral(", ?, ?, NULL FROM temp.staging_users ORDER BY username_key, id");
}

bool CacheWriter::copyUsersLoadedAhead(QStringList* rebuild, bool* copied)
{
    const auto notUsed = [this](const QString& why) {
        qCInfo(lcCommit, "users made ready not used: %s", qPrintable(why));
        m_loadAhead->abandon();
    };
    // Only rows made ready in full: the steps left (a short listing of sessions) would hold the
    // commit longer than writing the users as usual, and could fail it.
    if (!m_loadAhead->isReady()) {
        notUsed(m_loadAhead->hasFailed() ? m_loadAhead->errorString() : tr("not ready by the commit"));
        return deferIndexes(rebuild);
    }
    // No insert trigger may run for SQLite to copy records whole: the search index's is dropped
    // (and made again after), as for any first sync; the users' indexes stay, filled by the copy.
    if (!deferIndexes(rebuild, Deferred::AllButUsersIndexes))
        return false;
    QString why;
    if (!m_loadAhead->fits(&why)) {
        notUsed(why);
        return deferIndexes(rebuild, Deferred::UsersIndexesOnly);
    }
    if (QString error; !m_loadAhead->copyInto(&error))
        return fail(tr("Writing the cache failed: %1").arg(error));
    *copied = true;
    commitStep("write users (the rows made ready, copied with their indexes)");
    return true;
}

bool CacheWriter::deferIndexes(QStringList* rebuild, Deferred which)
{
    // Every index of the users and their roles that SQLite lets go (not the keys' own), and the
    // trigger that feeds the search index; `rebuild` gets the statements that make them again.
    const QString usersIndexes = QStringLiteral("(type = 'index' AND tbl_name = 'users')");
    const QString others = QStringLiteral("(type = 'index' AND tbl_name = 'user_roles') OR "
                                          "(type = 'trigger' AND name = 'users_fts_after_insert')");
    const QString deferred = which == Deferred::Everything         ? usersIndexes + QStringLiteral(" OR ") + others
                             : which == Deferred::UsersIndexesOnly ? usersIndexes
                                                                   : others;
    QSqlQuery query(m_database.database());
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM main.sqlite_master WHERE sql IS NOT NULL AND (") +
                    deferred + QStringLiteral(")")))
        return failQuery(query);
    QStringList drops;
    while (query.next()) {
        drops << QStringLiteral("DROP %1 main.\"%2\"").arg(query.value(0).toString().toUpper(), query.value(1).toString());
        *rebuild << query.value(2).toString();
    }
    query.finish();
    return runAll(drops);
}

bool CacheWriter::storeUser(const User& user, SyncRecord* record)
{
    if (!ensureWritable())
        return false;
    if (user.id.isEmpty())
        return fail(tr("A user without an id cannot be cached."));
    QSqlDatabase db = m_database.database();
    const qint64 at = now();
    if (QSqlError error; !SqliteConnection::beginWrite(db, &error))
        return fail(SqliteProblem::explain(error));
    if (CacheSchema::needsCollating(db)) {
        // Sorting a whole file again is a sync's work (on its thread), never one edit's.
        db.rollback();
        return fail(tr("Another program sorted the cache in another language; the next sync sorts it in "
                       "this one's again and brings this user with it."));
    }
    QSqlQuery query(db);
    const auto rollback = [&](const QSqlQuery& failed) {
        failQuery(failed);
        db.rollback();
        return false;
    };

    query.prepare(QStringLiteral("SELECT username, email, first_name, last_name, roles, enabled, created_at, "
                                 "last_login_at, attributes, actions, deleted_at, fingerprint, json_valid(roles) "
                                 "FROM users WHERE id = ?"));
    query.addBindValue(user.id);
    if (!query.exec())
        return rollback(query);
    const UserRow row = UserRowCodec::encode(user);
    const bool existed = query.next();
    QList<UserChange> changes;
    bool unchanged = false;
    bool rolesReadable = true;
    if (existed) {
        const User before = UserRowCodec::decode(
            user.id, query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toBool(), query.value(6),
            query.value(7), query.value(8).toString(), query.value(9).toString());
        if (!query.value(10).isNull()) {
            UserChange restored;
            restored.userId = user.id;
            restored.username = user.username;
            restored.kind = UserChange::Kind::Restored;
            changes.append(restored);
        }
        changes += UserDiff::changes(before,
                                     UserRowCodec::decode(user.id, row.username, row.email, row.firstName,
                                                          row.lastName, row.roles, row.enabled, row.createdAt,
                                                          row.lastLoginAt, row.attributes, row.actions));
        unchanged = changes.isEmpty() && query.value(11).toLongLong() == row.fingerprint;
        rolesReadable = query.value(12).toBool();
    } else {
        UserChange added;
        added.userId = user.id;
        added.username = user.username;
        added.kind = UserChange::Kind::Added;
        changes.append(added);
    }
    query.finish();

    const qint64 syncId = insertSyncRow(SyncRecord::Kind::User, at, at);
    if (syncId == 0) {
        db.rollback();
        return false;
    }
    if (!insertHistory(changes, syncId, at)) {
        db.rollback();
        return false;
    }
    // The roles it held go with the copy they were read from (user_roles is keyed by role; a
    // copy whose roles are not JSON, in a damaged file, has its rows found by reading it all).
    if (!unchanged) {
        query.prepare(existed && !rolesReadable
                          ? QStringLiteral("DELETE FROM user_roles WHERE user_key = (SELECT user_key FROM users "
                                           "WHERE id = ?)")
                          : QStringLiteral("DELETE FROM user_roles WHERE (role, user_key) IN (SELECT r.value, "
                                           "u.user_key FROM users u, json_each(u.roles) r WHERE u.id = ?)"));
        query.addBindValue(user.id);
        if (!query.exec())
            return rollback(query);
    }
    if (unchanged) {
        query.prepare(QStringLiteral("UPDATE users SET last_seen_at = ? WHERE id = ?"));
        query.addBindValue(at);
        query.addBindValue(user.id);
    } else {
        const QVariantList values = rowValues(row);
        query.prepare(QStringLiteral("INSERT INTO users (") + userColumns +
                      QStringLiteral(", first_seen_at, last_seen_at, deleted_at) VALUES (") +
                      placeholders(values.size()) + QStringLiteral(", ?, ?, NULL) ") + userUpsert);
        for (const QVariant& value : values)
            query.addBindValue(value);
        query.addBindValue(at);
        query.addBindValue(at);
    }
    if (!query.exec())
        return rollback(query);
    if (!unchanged) {
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO user_roles (role, user_key) "
                                     "SELECT r.value, u.user_key FROM users u, json_each(u.roles) r WHERE u.id = ?"));
        query.addBindValue(user.id);
        if (!query.exec())
            return rollback(query);
    }

    query.prepare(QStringLiteral("UPDATE syncs SET users_seen = 1, added = ?, changed = ? WHERE id = ?"));
    query.addBindValue(existed ? 0 : 1);
    query.addBindValue(existed && !changes.isEmpty() ? 1 : 0);
    query.addBindValue(syncId);
    if (!query.exec())
        return rollback(query);
    if (!db.commit()) {
        fail(SqliteProblem::explain(db.lastError()));
        db.rollback();
        return false;
    }
    if (record) {
        SyncRecord result;
        result.id = syncId;
        result.kind = SyncRecord::Kind::User;
        result.startedAt = result.finishedAt = SqlValue::fromMsecs(at);
        result.users = 1;
        result.added = existed ? 0 : 1;
        result.changed = existed && !changes.isEmpty() ? 1 : 0;
        *record = result;
    }
    return true;
}

bool CacheWriter::markDeletedOnServer(const QString& userId)
{
    if (!ensureWritable())
        return false;
    QSqlDatabase db = m_database.database();
    const qint64 at = now();
    if (QSqlError error; !SqliteConnection::beginWrite(db, &error))
        return fail(SqliteProblem::explain(error));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO user_history (sync_id, user_id, username, changed_at, kind) "
                                 "SELECT NULL, id, username, ?, 'deleted' FROM users "
                                 "WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(at);
    query.addBindValue(userId);
    bool ok = query.exec();
    if (ok) {
        query.prepare(QStringLiteral("UPDATE users SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
        query.addBindValue(at);
        query.addBindValue(userId);
        ok = query.exec();
    }
    if (!ok || !db.commit()) {
        failQuery(query);
        db.rollback();
        return false;
    }
    return true;
}

bool CacheWriter::replaceRows(const QString& table, const QString& ownerColumn, const QString& owner,
                              const QString& columns, const QList<QVariantList>& rows)
{
    if (!ensureWritable())
        return false;
    QSqlDatabase db = m_database.database();
    const qint64 at = now();
    if (QSqlError error; !SqliteConnection::beginWrite(db, &error))
        return fail(SqliteProblem::explain(error));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE ") + ownerColumn +
                  QStringLiteral(" = ?"));
    query.addBindValue(owner);
    bool ok = query.exec();
    if (ok && !rows.isEmpty())
        ok = query.prepare(insertStatement(table, columns + QStringLiteral(", last_seen_at"),
                                           int(rows.constFirst().size()) + 1));
    for (int i = 0; ok && i < rows.size(); ++i)
        ok = execWith(query, rows.at(i) + QVariantList{at});
    if (!ok || !db.commit()) {
        failQuery(query);
        db.rollback();
        return false;
    }
    return true;
}

bool CacheWriter::storeSessions(const QString& userId, const QList<Session>& sessions)
{
    QList<QVariantList> rows;
    for (const Session& session : sessions)
        rows << sessionValues(session, userId);
    return replaceRows(QStringLiteral("sessions"), QStringLiteral("user_id"), notNull(userId), sessionColumns,
                       rows);
}

bool CacheWriter::storeApiKeys(const QString& ownerId, const QList<ApiKey>& keys)
{
    QList<QVariantList> rows;
    for (const ApiKey& key : keys)
        rows << apiKeyValues(key, ownerId.isEmpty() ? key.ownerId : ownerId);
    return replaceRows(QStringLiteral("api_keys"), QStringLiteral("owner_id"), notNull(ownerId),
                       apiKeyColumns, rows);
}

#include "Store.h"

#include <QDebug>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <limits>

namespace {

const char* const schema[] = {
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=OFF",
    "CREATE TABLE IF NOT EXISTS users (row INTEGER PRIMARY KEY, api TEXT NOT NULL, uid TEXT NOT NULL,"
    " username TEXT NOT NULL, email TEXT, first_name TEXT, last_name TEXT, role TEXT, scopes TEXT, phone "
    "TEXT,"
    " public_key TEXT, is_staff INTEGER, enabled INTEGER, created_at INTEGER, last_login_at INTEGER,"
    " password_hash BLOB, ukey TEXT, ekey TEXT)",
    // A seeded session or key has no hash: nobody holds a secret for it, so none can match.
    "CREATE TABLE IF NOT EXISTS tokens (id INTEGER PRIMARY KEY, api TEXT, user_row INTEGER, session_id TEXT,"
    " kind TEXT, hash TEXT, scopes TEXT, created_at INTEGER, expires_at INTEGER, last_used_at INTEGER,"
    " revoked INTEGER DEFAULT 0, ip TEXT, user_agent TEXT)",
    "CREATE TABLE IF NOT EXISTS api_keys (id INTEGER PRIMARY KEY, api TEXT, user_row INTEGER, name TEXT,"
    " description TEXT, prefix TEXT, hash TEXT, created_at INTEGER, last_used_at INTEGER,"
    " revoked INTEGER DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS uid_counters (api TEXT PRIMARY KEY, last INTEGER NOT NULL)",
};

// Everything but the tables' own keys; a bulk load may drop and rebuild them (Store::beginBulkLoad).
const char* const secondaryIndexes[][2] = {
    {"users_uid", "CREATE UNIQUE INDEX IF NOT EXISTS users_uid ON users(api, uid)"},
    {"users_ukey", "CREATE INDEX IF NOT EXISTS users_ukey ON users(api, ukey)"},
    {"users_ekey", "CREATE INDEX IF NOT EXISTS users_ekey ON users(api, ekey)"},
    // Gemini's sort keys (email uses users_ekey). Only Gemini sorts on the server, so these cover
    // its rows only: the other APIs' users, two thirds of a seed, cost nothing to index. Every
    // index ends in the row, which breaks ties.
    {"users_created", "CREATE INDEX IF NOT EXISTS users_created ON users(created_at) WHERE api = 'gemini'"},
    {"users_last",
     "CREATE INDEX IF NOT EXISTS users_last ON users(last_name, first_name) WHERE api = 'gemini'"},
    {"users_first",
     "CREATE INDEX IF NOT EXISTS users_first ON users(first_name, last_name) WHERE api = 'gemini'"},
    // Partial: `hash = ?` implies NOT NULL, so lookups use it, and hashless seeded rows cost nothing.
    {"tokens_hash", "CREATE UNIQUE INDEX IF NOT EXISTS tokens_hash ON tokens(hash) WHERE hash IS NOT NULL"},
    {"tokens_user", "CREATE INDEX IF NOT EXISTS tokens_user ON tokens(user_row)"},
    // The sessions listed across users (Gatekeeper): live access tokens only, in id order.
    {"tokens_live",
     "CREATE INDEX IF NOT EXISTS tokens_live ON tokens(api) WHERE kind = 'access' AND revoked = 0"},
    {"keys_hash", "CREATE UNIQUE INDEX IF NOT EXISTS keys_hash ON api_keys(hash) WHERE hash IS NOT NULL"},
    {"keys_user", "CREATE INDEX IF NOT EXISTS keys_user ON api_keys(user_row)"},
};

const QString userColumns = QStringLiteral("row, api, uid, username, email, first_name, last_name, role, "
                                           "scopes, phone, public_key, is_staff, enabled,"
                                           " created_at, last_login_at, password_hash");
const QString tokenColumns = QStringLiteral("id, api, user_row, session_id, kind, scopes, created_at, "
                                            "expires_at, last_used_at, revoked, ip, user_agent");
const QString keyColumns =
    QStringLiteral("id, api, user_row, name, description, prefix, created_at, last_used_at, revoked");

StoredUser readUser(const QSqlQuery& q)
{
    StoredUser u;
    u.row = q.value(0).toLongLong();
    u.api = q.value(1).toString();
    u.uid = q.value(2).toString();
    u.username = q.value(3).toString();
    u.email = q.value(4).toString();
    u.firstName = q.value(5).toString();
    u.lastName = q.value(6).toString();
    u.role = q.value(7).toString();
    u.scopes = q.value(8).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    u.phone = q.value(9).toString();
    u.publicKey = q.value(10).toString();
    u.isStaff = q.value(11).toBool();
    u.enabled = q.value(12).toBool();
    u.createdAt = q.value(13).toLongLong();
    u.lastLoginAt = q.value(14).toLongLong();
    u.passwordHash = q.value(15).toByteArray();
    return u;
}

StoredToken readToken(const QSqlQuery& q)
{
    StoredToken t;
    t.id = q.value(0).toLongLong();
    t.api = q.value(1).toString();
    t.userRow = q.value(2).toLongLong();
    t.sessionId = q.value(3).toString();
    t.kind = q.value(4).toString();
    t.scopes = q.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    t.createdAt = q.value(6).toLongLong();
    t.expiresAt = q.value(7).toLongLong();
    t.lastUsedAt = q.value(8).toLongLong();
    t.revoked = q.value(9).toBool();
    t.ip = q.value(10).toString();
    t.userAgent = q.value(11).toString();
    return t;
}

StoredKey readKey(const QSqlQuery& q)
{
    StoredKey k;
    k.id = q.value(0).toLongLong();
    k.api = q.value(1).toString();
    k.userRow = q.value(2).toLongLong();
    k.name = q.value(3).toString();
    k.description = q.value(4).toString();
    k.prefix = q.value(5).toString();
    k.createdAt = q.value(6).toLongLong();
    k.lastUsedAt = q.value(7).toLongLong();
    k.revoked = q.value(8).toBool();
    return k;
}

// The upper bound of a prefix range: every string starting with `prefix` sorts below it.
QString prefixEnd(const QString& prefix)
{
    return prefix + QChar(0xFFFF);
}

} // namespace

bool Store::open(const QString& file, QString* error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sandbox"));
    m_db.setDatabaseName(file.isEmpty() ? QStringLiteral(":memory:") : file);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QStringList statements;
    for (const char* statement : schema)
        statements << QString::fromLatin1(statement);
    for (const auto& index : secondaryIndexes)
        statements << QString::fromLatin1(index[1]);
    return execAll(statements, error);
}

bool Store::execAll(const QStringList& statements, QString* error)
{
    QSqlQuery q(m_db);
    for (const QString& statement : statements) {
        if (!q.exec(statement)) {
            *error = q.lastError().text() + QStringLiteral(" (") + statement + QLatin1Char(')');
            return false;
        }
    }
    return true;
}

bool Store::transaction()
{
    return m_db.transaction();
}

bool Store::commit()
{
    return m_db.commit();
}

std::optional<StoredUser> Store::userByRow(qint64 row) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users WHERE row = ?"));
    q.addBindValue(row);
    if (q.exec() && q.next())
        return readUser(q);
    return std::nullopt;
}

std::optional<StoredUser> Store::userByUid(const QString& api, const QString& uid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + userColumns +
              QStringLiteral(" FROM users WHERE api = ? AND uid = ?"));
    q.addBindValue(api);
    q.addBindValue(uid);
    if (q.exec() && q.next())
        return readUser(q);
    return std::nullopt;
}

std::optional<StoredUser> Store::userByLogin(const QString& api, const QString& login) const
{
    QSqlQuery q(m_db);
    const QString key = login.trimmed().toLower();
    q.prepare(QStringLiteral("SELECT ") + userColumns +
              QStringLiteral(" FROM users WHERE api = ? AND ukey = ? UNION ALL SELECT ") + userColumns +
              QStringLiteral(" FROM users WHERE api = ? AND ekey = ? LIMIT 1"));
    q.addBindValue(api);
    q.addBindValue(key);
    q.addBindValue(api);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return readUser(q);
    return std::nullopt;
}

qint64 Store::insertUser(const StoredUser& u)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (api, uid, username, email, first_name, last_name, role, "
                             "scopes, phone, public_key,"
                             " is_staff, enabled, created_at, last_login_at, password_hash, ukey, ekey)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(u.api);
    q.addBindValue(u.uid);
    q.addBindValue(u.username);
    q.addBindValue(u.email);
    q.addBindValue(u.firstName);
    q.addBindValue(u.lastName);
    q.addBindValue(u.role);
    q.addBindValue(u.scopes.join(QLatin1Char(' ')));
    q.addBindValue(u.phone);
    q.addBindValue(u.publicKey);
    q.addBindValue(u.isStaff);
    q.addBindValue(u.enabled);
    q.addBindValue(u.createdAt);
    q.addBindValue(u.lastLoginAt);
    q.addBindValue(u.passwordHash);
    q.addBindValue(u.username.toLower());
    q.addBindValue(u.email.toLower());
    if (!q.exec())
        return 0;
    const qint64 row = q.lastInsertId().toLongLong();
    if (m_ranksLoaded)
        m_ranks[u.api].add(row, row);
    bool numeric = false;
    if (const qint64 uid = u.uid.toLongLong(&numeric); numeric)
        raiseNumericUid(u.api, uid);
    return row;
}

bool Store::updateUser(const StoredUser& u)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE users SET username=?, email=?, first_name=?, last_name=?, role=?, scopes=?, phone=?, "
        "public_key=?,"
        " is_staff=?, enabled=?, last_login_at=?, password_hash=?, ukey=?, ekey=? WHERE row=?"));
    q.addBindValue(u.username);
    q.addBindValue(u.email);
    q.addBindValue(u.firstName);
    q.addBindValue(u.lastName);
    q.addBindValue(u.role);
    q.addBindValue(u.scopes.join(QLatin1Char(' ')));
    q.addBindValue(u.phone);
    q.addBindValue(u.publicKey);
    q.addBindValue(u.isStaff);
    q.addBindValue(u.enabled);
    q.addBindValue(u.lastLoginAt);
    q.addBindValue(u.passwordHash);
    q.addBindValue(u.username.toLower());
    q.addBindValue(u.email.toLower());
    q.addBindValue(u.row);
    return q.exec() && q.numRowsAffected() == 1;
}

bool Store::deleteUser(qint64 row)
{
    const auto user = userByRow(row);
    if (!user)
        return false;
    QSqlQuery q(m_db);
    for (const char* statement :
         {"DELETE FROM tokens WHERE user_row = ?", "DELETE FROM api_keys WHERE user_row = ?",
          "DELETE FROM users WHERE row = ?"}) {
        q.prepare(QString::fromLatin1(statement));
        q.addBindValue(row);
        if (!q.exec())
            return false;
    }
    if (m_ranksLoaded)
        m_ranks[user->api].remove(row);
    return true;
}

QList<StoredUser> Store::listUsers(const QString& api, qint64 offset, int limit, const QString& search,
                                   qint64* total, UserOrder order, bool descending) const
{
    QList<StoredUser> users;
    QSqlQuery q(m_db);
    const QString key = search.trimmed().toLower();
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    QString orderBy;
    const char* index = nullptr; // the index that serves the order (see secondaryIndexes)
    switch (order) {
    case UserOrder::Creation:
        orderBy = QStringLiteral("row") + direction;
        break;
    case UserOrder::CreatedAt:
        orderBy = QStringLiteral("created_at") + direction + QStringLiteral(", row") + direction;
        index = "users_created";
        break;
    case UserOrder::Email:
        orderBy = QStringLiteral("ekey") + direction + QStringLiteral(", row") + direction;
        index = "users_ekey";
        break;
    case UserOrder::FirstName:
        orderBy = QStringLiteral("first_name") + direction + QStringLiteral(", last_name") + direction +
                  QStringLiteral(", row") + direction;
        index = "users_first";
        break;
    case UserOrder::LastName:
        orderBy = QStringLiteral("last_name") + direction + QStringLiteral(", first_name") + direction +
                  QStringLiteral(", row") + direction;
        index = "users_last";
        break;
    }
    auto read = [&] {
        if (!q.exec()) {
            qWarning("authdesk-sandbox: listing users failed: %s", qPrintable(q.lastError().text()));
            return;
        }
        while (q.next())
            users.append(readUser(q));
    };

    if (!key.isEmpty()) {
        // Two index range scans (username, email), merged, then ordered.
        const QString where = QStringLiteral(
            " FROM users WHERE row IN (SELECT row FROM users WHERE api = :api AND ukey >= :lo AND ukey < :hi"
            " UNION SELECT row FROM users WHERE api = :api AND ekey >= :lo AND ekey < :hi)");
        if (total) {
            q.prepare(QStringLiteral("SELECT COUNT(*)") + where);
            q.bindValue(QStringLiteral(":api"), api);
            q.bindValue(QStringLiteral(":lo"), key);
            q.bindValue(QStringLiteral(":hi"), prefixEnd(key));
            *total = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        }
        q.prepare(QStringLiteral("SELECT ") + userColumns + where + QStringLiteral(" ORDER BY ") + orderBy +
                  QStringLiteral(" LIMIT :limit OFFSET :offset"));
        q.bindValue(QStringLiteral(":api"), api);
        q.bindValue(QStringLiteral(":lo"), key);
        q.bindValue(QStringLiteral(":hi"), prefixEnd(key));
        q.bindValue(QStringLiteral(":limit"), limit);
        q.bindValue(QStringLiteral(":offset"), offset);
        read();
        return users;
    }

    const RowRanks& ranks = ranksOf(api);
    const qint64 count = ranks.size();
    if (total)
        *total = count;
    if (order == UserOrder::Creation) {
        // The page is exactly the API's rows in a few ranges of row numbers (usually one; two
        // where it spans the admin and the seeded block): no row before it is read, and no row
        // of another API either.
        if (offset >= count || limit <= 0)
            return users;
        const qint64 last = qMin(count, offset + limit) - 1;
        auto ranges = ranks.segments(descending ? count - 1 - last : offset, last - offset + 1);
        if (descending)
            std::reverse(ranges.begin(), ranges.end());
        // `+api` only guards: keeps the planner on the row range, and matches every row.
        q.prepare(QStringLiteral("SELECT ") + userColumns +
                  QStringLiteral(" FROM users WHERE row BETWEEN ? AND ? AND +api = ? ORDER BY ") + orderBy);
        for (const auto& [first, lastRow] : ranges) {
            q.bindValue(0, first);
            q.bindValue(1, lastRow);
            q.bindValue(2, api);
            read();
        }
        return users;
    }
    // A sort key: its index is walked in order, so a page costs its offset in index steps (no
    // table reads for the skipped rows) and never a sort. Without statistics SQLite would rather
    // take (api, ekey) for `api =` and sort every row of the API; INDEXED BY holds it to the
    // right index (and fails with a warning if that ever became impossible). The API is written into
    // the statement, not bound, so that the partial indexes over Gemini's rows can match.
    const bool indexed = index && (order == UserOrder::Email || api == QLatin1String("gemini"));
    const QString apiLiteral =
        QLatin1Char('\'') + QString(api).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    q.prepare(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users") +
              (indexed ? QStringLiteral(" INDEXED BY ") + QLatin1String(index) : QString()) +
              QStringLiteral(" WHERE api = ") + apiLiteral + QStringLiteral(" ORDER BY ") + orderBy +
              QStringLiteral(" LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    read();
    return users;
}

const RowRanks& Store::ranksOf(const QString& api) const
{
    loadRanks();
    static const RowRanks none;
    const auto it = m_ranks.find(api);
    return it == m_ranks.end() ? none : it->second;
}

void Store::loadRanks() const
{
    if (m_ranksLoaded)
        return;
    m_ranksLoaded = true;
    // Once per run, for every API in one pass over the table (a --db file; a fresh store is
    // empty here): only the first and last row of each run of consecutive rows come back.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT api, row, prev_row IS NULL OR prev_row <> row - 1 OR prev_api <> api,"
                               " next_row IS NULL OR next_row <> row + 1 OR next_api <> api FROM"
                               " (SELECT api, row, LAG(row) OVER w AS prev_row, LAG(api) OVER w AS prev_api,"
                               " LEAD(row) OVER w AS next_row, LEAD(api) OVER w AS next_api FROM users "
                               "WINDOW w AS (ORDER BY row))"
                               " WHERE prev_row IS NULL OR prev_row <> row - 1 OR prev_api <> api"
                               " OR next_row IS NULL OR next_row <> row + 1 OR next_api <> api"))) {
        qWarning("authdesk-sandbox: reading the user order failed: %s", qPrintable(q.lastError().text()));
        return;
    }
    QHash<QString, qint64> runStart;
    while (q.next()) {
        const QString api = q.value(0).toString();
        const qint64 row = q.value(1).toLongLong();
        if (q.value(2).toBool())
            runStart.insert(api, row);
        if (q.value(3).toBool())
            m_ranks[api].add(runStart.value(api, row), row);
    }
}

qint64& Store::numericUidCounter(const QString& api)
{
    auto it = m_numericUids.find(api);
    if (it != m_numericUids.end())
        return it->second;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT last FROM uid_counters WHERE api = ?"));
    q.addBindValue(api);
    qint64 last = 0;
    if (q.exec() && q.next()) {
        last = q.value(0).toLongLong();
    } else {
        // A file written before the counter existed: one scan, then the counter takes over.
        q.prepare(QStringLiteral("SELECT COALESCE(MAX(CAST(uid AS INTEGER)), 0) FROM users WHERE api = ?"));
        q.addBindValue(api);
        last = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    return m_numericUids.emplace(api, last).first->second;
}

qint64 Store::nextNumericUid(const QString& api)
{
    const qint64 uid = numericUidCounter(api) + 1;
    raiseNumericUid(api, uid);
    return uid;
}

void Store::raiseNumericUid(const QString& api, qint64 uid)
{
    qint64& last = numericUidCounter(api);
    if (uid <= last)
        return;
    last = uid;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO uid_counters (api, last) VALUES (?, ?)"
                             " ON CONFLICT(api) DO UPDATE SET last = excluded.last"));
    q.addBindValue(api);
    q.addBindValue(uid);
    q.exec();
}

qint64 Store::insertToken(const StoredToken& t, const QString& hash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO tokens (api, user_row, session_id, kind, hash, scopes, created_at,"
        " expires_at, last_used_at, revoked, ip, user_agent) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(t.api);
    q.addBindValue(t.userRow);
    q.addBindValue(t.sessionId);
    q.addBindValue(t.kind);
    q.addBindValue(hash);
    q.addBindValue(t.scopes.join(QLatin1Char(' ')));
    q.addBindValue(t.createdAt);
    q.addBindValue(t.expiresAt);
    q.addBindValue(t.lastUsedAt);
    q.addBindValue(t.revoked);
    q.addBindValue(t.ip);
    q.addBindValue(t.userAgent);
    return q.exec() ? q.lastInsertId().toLongLong() : 0;
}

std::optional<StoredToken> Store::tokenByHash(const QString& hash) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + tokenColumns + QStringLiteral(" FROM tokens WHERE hash = ?"));
    q.addBindValue(hash);
    if (q.exec() && q.next())
        return readToken(q);
    return std::nullopt;
}

void Store::touchToken(qint64 id, qint64 now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tokens SET last_used_at = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(id);
    if (q.exec())
        m_stampedRows += q.numRowsAffected();
}

int Store::revokeSession(qint64 userRow, const QString& sessionId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE tokens SET revoked = 1 WHERE user_row = ? AND session_id = ? AND revoked = 0"));
    q.addBindValue(userRow);
    q.addBindValue(sessionId);
    return q.exec() ? q.numRowsAffected() : 0;
}

int Store::revokeAllSessions(qint64 userRow)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT COUNT(DISTINCT session_id) FROM tokens WHERE user_row = ? AND revoked = 0"));
    q.addBindValue(userRow);
    const int sessions = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE user_row = ? AND revoked = 0"));
    q.addBindValue(userRow);
    q.exec();
    return sessions;
}

QList<StoredToken> Store::sessionsOf(qint64 userRow, qint64 now) const
{
    QList<StoredToken> sessions;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT ") + tokenColumns +
        QStringLiteral(" FROM tokens WHERE user_row = ? AND kind = 'access' AND revoked = 0"
                       " AND (expires_at = 0 OR expires_at > ? OR session_id IN (SELECT session_id FROM"
                       " tokens WHERE user_row = ? AND kind = 'refresh' AND revoked = 0 AND expires_at > ?))"
                       " ORDER BY created_at"));
    q.addBindValue(userRow);
    q.addBindValue(now);
    q.addBindValue(userRow);
    q.addBindValue(now);
    if (q.exec()) {
        while (q.next())
            sessions.append(readToken(q));
    }
    return sessions;
}

QList<StoredToken> Store::sessionsOfApi(const QString& api, qint64 now, qint64 offset, int limit,
                                        qint64* total) const
{
    QList<StoredToken> sessions;
    QSqlQuery q(m_db);
    const QString where = QStringLiteral(" FROM tokens WHERE api = ? AND kind = 'access' AND revoked = 0 AND "
                                         "(expires_at = 0 OR expires_at > ?)");
    LiveSessionPages& pages = m_sessionPages[api];
    const LiveSessionPages::Version version = writeVersion();
    if (!pages.holds(version, now)) {
        // Counted once, until a write or the first of these sessions to expire.
        q.prepare(QStringLiteral("SELECT COUNT(*), MIN(NULLIF(expires_at, 0))") + where);
        q.addBindValue(api);
        q.addBindValue(now);
        if (!q.exec() || !q.next()) {
            qWarning("authdesk-sandbox: counting sessions failed: %s", qPrintable(q.lastError().text()));
            return sessions;
        }
        const QVariant firstExpiry = q.value(1);
        pages.reset(version, now,
                    firstExpiry.isNull() ? std::numeric_limits<qint64>::max() : firstExpiry.toLongLong(),
                    q.value(0).toLongLong());
    }
    if (total)
        *total = pages.total();
    // The page after one just served starts past its last id: a range of the index, where OFFSET
    // would step over every earlier session.
    const std::optional<qint64> after = pages.lastIdBefore(offset);
    q.prepare(QStringLiteral("SELECT ") + tokenColumns + where +
              (after ? QStringLiteral(" AND id > ? ORDER BY id LIMIT ?")
                     : QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?")));
    q.addBindValue(api);
    q.addBindValue(now);
    if (after)
        q.addBindValue(*after);
    q.addBindValue(limit);
    if (!after)
        q.addBindValue(offset);
    if (q.exec()) {
        while (q.next())
            sessions.append(readToken(q));
    }
    if (!sessions.isEmpty())
        pages.remember(offset + sessions.size(), sessions.constLast().id);
    return sessions;
}

LiveSessionPages::Version Store::writeVersion() const
{
    // total_changes() counts every row this connection wrote, last-use stamps too: those change
    // no session's liveness, so they are taken back out. data_version moves when another
    // connection commits to a --db file.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT total_changes(), data_version FROM pragma_data_version")) || !q.next())
        return {};
    return {q.value(0).toLongLong() - m_stampedRows, q.value(1).toLongLong()};
}

qint64 Store::insertKey(const StoredKey& k, const QString& hash)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO api_keys (api, user_row, name, description, prefix, hash, created_at,"
                       " last_used_at, revoked) VALUES (?,?,?,?,?,?,?,?,0)"));
    q.addBindValue(k.api);
    q.addBindValue(k.userRow);
    q.addBindValue(k.name);
    q.addBindValue(k.description);
    q.addBindValue(k.prefix);
    q.addBindValue(hash);
    q.addBindValue(k.createdAt);
    q.addBindValue(k.lastUsedAt);
    return q.exec() ? q.lastInsertId().toLongLong() : 0;
}

std::optional<StoredKey> Store::keyByHash(const QString& hash) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + keyColumns + QStringLiteral(" FROM api_keys WHERE hash = ?"));
    q.addBindValue(hash);
    if (q.exec() && q.next())
        return readKey(q);
    return std::nullopt;
}

std::optional<StoredKey> Store::keyById(const QString& api, qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + keyColumns +
              QStringLiteral(" FROM api_keys WHERE api = ? AND id = ?"));
    q.addBindValue(api);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readKey(q);
    return std::nullopt;
}

QList<StoredKey> Store::keysOf(qint64 userRow) const
{
    QList<StoredKey> keys;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + keyColumns +
              QStringLiteral(" FROM api_keys WHERE user_row = ? AND revoked = 0 ORDER BY id"));
    q.addBindValue(userRow);
    if (q.exec()) {
        while (q.next())
            keys.append(readKey(q));
    }
    return keys;
}

bool Store::revokeKey(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE api_keys SET revoked = 1 WHERE id = ? AND revoked = 0"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

void Store::touchKey(qint64 id, qint64 now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(id);
    if (q.exec())
        m_stampedRows += q.numRowsAffected();
}

bool Store::beginBulkLoad(qint64 rowsToAdd, QString* error)
{
    loadRanks(); // now, while it is cheap: usersAdded() extends what is known
    QSqlQuery q(m_db);
    // MAX(row) is an upper bound of the row count that costs one B-tree step, not a scan.
    q.exec(QStringLiteral("SELECT (SELECT COALESCE(MAX(row), 0) FROM users) + (SELECT COALESCE(MAX(id), 0) "
                          "FROM tokens) + (SELECT COALESCE(MAX(id), 0) FROM api_keys)"));
    const qint64 existing = q.next() ? q.value(0).toLongLong() : 0;
    q.finish(); // an unfinished SELECT would keep the tables locked against DROP INDEX
    if (existing >= rowsToAdd)
        return true; // a big store: updating its indexes costs less than rebuilding them
    QStringList drops;
    for (const auto& index : secondaryIndexes)
        drops << QStringLiteral("DROP INDEX IF EXISTS ") + QLatin1String(index[0]);
    return execAll(drops, error);
}

bool Store::endBulkLoad(QString* error)
{
    QStringList creates;
    for (const auto& index : secondaryIndexes)
        creates << QString::fromLatin1(index[1]);
    return execAll(creates, error);
}

qint64 Store::lastUserRow() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT COALESCE(MAX(row), 0) FROM users"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void Store::usersAdded(const QString& api, qint64 firstRow, qint64 lastRow)
{
    if (m_ranksLoaded)
        m_ranks[api].add(firstRow, lastRow);
}

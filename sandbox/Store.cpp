#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const char* const schema[] = {
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=OFF",
    "CREATE TABLE IF NOT EXISTS users (row INTEGER PRIMARY KEY, api TEXT NOT NULL, uid TEXT NOT NULL,"
    " username TEXT NOT NULL, email TEXT, first_name TEXT, last_name TEXT, role TEXT, scopes TEXT, phone "
    "TEXT,"
    " public_key TEXT, is_staff INTEGER, enabled INTEGER, created_at INTEGER, last_login_at INTEGER,"
    " password_hash BLOB, ukey TEXT, ekey TEXT)",
    "CREATE UNIQUE INDEX IF NOT EXISTS users_uid ON users(api, uid)",
    "CREATE INDEX IF NOT EXISTS users_ukey ON users(api, ukey)",
    "CREATE INDEX IF NOT EXISTS users_ekey ON users(api, ekey)",
    "CREATE TABLE IF NOT EXISTS tokens (id INTEGER PRIMARY KEY, api TEXT, user_row INTEGER, session_id TEXT,"
    " kind TEXT, hash TEXT UNIQUE, scopes TEXT, created_at INTEGER, expires_at INTEGER, last_used_at INTEGER,"
    " revoked INTEGER DEFAULT 0, ip TEXT, user_agent TEXT)",
    "CREATE INDEX IF NOT EXISTS tokens_user ON tokens(user_row)",
    "CREATE INDEX IF NOT EXISTS tokens_session ON tokens(session_id, kind)",
    "CREATE INDEX IF NOT EXISTS tokens_api ON tokens(api, kind, revoked)",
    "CREATE TABLE IF NOT EXISTS api_keys (id INTEGER PRIMARY KEY, api TEXT, user_row INTEGER, name TEXT,"
    " description TEXT, prefix TEXT, hash TEXT UNIQUE, created_at INTEGER, last_used_at INTEGER,"
    " revoked INTEGER DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS keys_user ON api_keys(user_row)",
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
    QSqlQuery q(m_db);
    for (const char* statement : schema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            *error = q.lastError().text();
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
    m_userCounts.remove(u.api);
    return q.lastInsertId().toLongLong();
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
    m_userCounts.remove(user->api);
    return true;
}

QList<StoredUser> Store::listUsers(const QString& api, qint64 offset, int limit, const QString& search,
                                   qint64* total) const
{
    QList<StoredUser> users;
    QSqlQuery q(m_db);
    const QString key = search.trimmed().toLower();
    if (key.isEmpty()) {
        if (total) {
            if (!m_userCounts.contains(api)) {
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE api = ?"));
                q.addBindValue(api);
                m_userCounts.insert(api, q.exec() && q.next() ? q.value(0).toLongLong() : 0);
            }
            *total = m_userCounts.value(api);
        }
        q.prepare(QStringLiteral("SELECT ") + userColumns +
                  QStringLiteral(" FROM users WHERE api = ? ORDER BY row LIMIT ? OFFSET ?"));
        q.addBindValue(api);
    } else {
        // Two index range scans (username, email), merged; creation order within the result.
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
        q.prepare(QStringLiteral("SELECT ") + userColumns + where +
                  QStringLiteral(" ORDER BY row LIMIT :limit OFFSET :offset"));
        q.bindValue(QStringLiteral(":api"), api);
        q.bindValue(QStringLiteral(":lo"), key);
        q.bindValue(QStringLiteral(":hi"), prefixEnd(key));
        q.bindValue(QStringLiteral(":limit"), limit);
        q.bindValue(QStringLiteral(":offset"), offset);
        if (q.exec()) {
            while (q.next())
                users.append(readUser(q));
        }
        return users;
    }
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (q.exec()) {
        while (q.next())
            users.append(readUser(q));
    }
    return users;
}

qint64 Store::nextNumericUid(const QString& api)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(CAST(uid AS INTEGER)), 0) + 1 FROM users WHERE api = ?"));
    q.addBindValue(api);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 1;
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

std::optional<StoredToken> Store::tokenBySession(const QString& sessionId, const QString& kind) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + tokenColumns +
              QStringLiteral(" FROM tokens WHERE session_id = ? AND kind = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(sessionId);
    q.addBindValue(kind);
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
    q.exec();
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
    q.prepare(QStringLiteral("SELECT COUNT(*)") + where);
    q.addBindValue(api);
    q.addBindValue(now);
    if (total)
        *total = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.prepare(QStringLiteral("SELECT ") + tokenColumns + where +
              QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?"));
    q.addBindValue(api);
    q.addBindValue(now);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (q.exec()) {
        while (q.next())
            sessions.append(readToken(q));
    }
    return sessions;
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
    q.exec();
}

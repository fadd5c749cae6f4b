#pragma once
// The sandbox's SQLite store: users of every API, their tokens (as hashes), sessions and API
// keys (as hashes plus a display prefix). Indexed so that paging and prefix search stay fast
// with a million users.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

struct StoredUser
{
    qint64 row = 0;
    QString api;
    QString uid;
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QString role;       // Gatekeeper user_type, Nebula ADMIN/GUEST
    QStringList scopes; // Gemini scopes (city/admin included when granted)
    QString phone;
    QString publicKey;
    bool isStaff = false;
    bool enabled = true;
    qint64 createdAt = 0;
    qint64 lastLoginAt = 0;
    QByteArray passwordHash;
};

struct StoredToken
{
    qint64 id = 0;
    QString api;
    qint64 userRow = 0;
    QString sessionId;
    QString kind; // "access" or "refresh"
    QStringList scopes;
    qint64 createdAt = 0;
    qint64 expiresAt = 0; // 0: never
    qint64 lastUsedAt = 0;
    bool revoked = false;
    QString ip;
    QString userAgent;
};

struct StoredKey
{
    qint64 id = 0;
    QString api;
    qint64 userRow = 0;
    QString name;
    QString description;
    QString prefix;
    qint64 createdAt = 0;
    qint64 lastUsedAt = 0;
    bool revoked = false;
};

class Store
{
public:
    bool open(const QString& file, QString* error);
    bool transaction();
    bool commit();

    std::optional<StoredUser> userByRow(qint64 row) const;
    std::optional<StoredUser> userByUid(const QString& api, const QString& uid) const;
    // Case-insensitive match on username or email.
    std::optional<StoredUser> userByLogin(const QString& api, const QString& login) const;
    qint64 insertUser(const StoredUser& user);
    bool updateUser(const StoredUser& user);
    bool deleteUser(qint64 row);
    // One page in creation order; `search` is a case-insensitive prefix of username or email.
    QList<StoredUser> listUsers(const QString& api, qint64 offset, int limit, const QString& search,
                                qint64* total) const;
    qint64 nextNumericUid(const QString& api);

    qint64 insertToken(const StoredToken& token, const QString& hash);
    std::optional<StoredToken> tokenByHash(const QString& hash) const;
    std::optional<StoredToken> tokenBySession(const QString& sessionId, const QString& kind) const;
    void touchToken(qint64 id, qint64 now);
    int revokeSession(qint64 userRow, const QString& sessionId);
    int revokeAllSessions(qint64 userRow);
    // Live sessions (one row per session id, its access token) of a user, or of a whole API.
    QList<StoredToken> sessionsOf(qint64 userRow, qint64 now) const;
    QList<StoredToken> sessionsOfApi(const QString& api, qint64 now, qint64 offset, int limit,
                                     qint64* total) const;

    qint64 insertKey(const StoredKey& key, const QString& hash);
    std::optional<StoredKey> keyByHash(const QString& hash) const;
    std::optional<StoredKey> keyById(const QString& api, qint64 id) const;
    QList<StoredKey> keysOf(qint64 userRow) const;
    bool revokeKey(qint64 id);
    void touchKey(qint64 id, qint64 now);

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    mutable QHash<QString, qint64> m_userCounts; // cached COUNT(*) per API, dropped on change
};

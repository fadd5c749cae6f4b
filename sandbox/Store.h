#pragma once
// The sandbox's SQLite store: users of every API, their tokens (as hashes), sessions and API
// keys (as hashes plus a display prefix). Indexed so that paging and prefix search stay fast
// with a million users: a page in creation order is a range of rows found through RowRanks,
// never a walk past the rows before it.

#include "LiveSessionPages.h"
#include "RowRanks.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <map>
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

// The orders a user list can have. Creation is the row order every API pages in by default;
// the others are Gemini's `sort=` keys, backed by indexes over Gemini's users only (ties
// broken by row); for another API they would be a scan.
enum class UserOrder { Creation, CreatedAt, Email, FirstName, LastName };

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
    // One page; `search` is a case-insensitive prefix of username or email.
    QList<StoredUser> listUsers(const QString& api, qint64 offset, int limit, const QString& search,
                                qint64* total, UserOrder order = UserOrder::Creation,
                                bool descending = false) const;
    // The next id of an API with numeric user ids (Nebula): a stored counter, never reused.
    qint64 nextNumericUid(const QString& api);
    // Moves the counter past `uid` (a user created with an explicit numeric id).
    void raiseNumericUid(const QString& api, qint64 uid);

    qint64 insertToken(const StoredToken& token, const QString& hash);
    std::optional<StoredToken> tokenByHash(const QString& hash) const;
    void touchToken(qint64 id, qint64 now);
    int revokeSession(qint64 userRow, const QString& sessionId);
    int revokeAllSessions(qint64 userRow);
    // Live sessions (one row per session id, its access token) of a user, or of a whole API; the
    // API's are paged by id, and a page that follows the last one is a range (LiveSessionPages).
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

    // Bulk loading (the seeder), inside the caller's transaction. When the tables hold fewer
    // rows than are about to be added, the secondary indexes are dropped and endBulkLoad builds
    // them again from the sorted data, which is several times cheaper than updating them row
    // by row; the unique ones are checked as they are built, so a duplicate still fails the
    // load (and the transaction rolls the drop back).
    bool beginBulkLoad(qint64 rowsToAdd, QString* error);
    bool endBulkLoad(QString* error);
    // The highest user row so far: a bulk load numbers its rows from the next one.
    qint64 lastUserRow() const;
    // After the bulk load committed: rows first..last are the API's new users.
    void usersAdded(const QString& api, qint64 firstRow, qint64 lastRow);

private:
    const RowRanks& ranksOf(const QString& api) const;
    void loadRanks() const;
    qint64& numericUidCounter(const QString& api);
    bool execAll(const QStringList& statements, QString* error);
    // Changes whenever a row is written, except by the last-use stamps.
    LiveSessionPages::Version writeVersion() const;

    QSqlDatabase m_db;
    // Per API, read from the table on first use (a --db file), then kept up to date here.
    // std::map: references to its values stay valid while other APIs are added.
    mutable std::map<QString, RowRanks> m_ranks;
    mutable bool m_ranksLoaded = false;
    std::map<QString, qint64> m_numericUids; // last numeric uid handed out, per API
    mutable std::map<QString, LiveSessionPages> m_sessionPages; // per API
    qint64 m_stampedRows = 0;                                   // rows written by touchToken/touchKey
};

#pragma once
// The cached users of one profile, for the users table, the detail panel and offline work.
// Opening it is instant whatever the cache's size: rows are read a page at a time through
// indexes (sort) and FTS5 (search), never loaded whole.
//
// As a UserSource it answers pages on the next turn of the event loop, as a server would, and
// an SQL error reaches the caller as an ApiError, never as an empty page. The synchronous reads
// below (GUI thread, fast) serve the console's detail panel, tests and tools:
//
//     CachedUserSource source;                      // one per open profile
//     source.open(profile.id, CachedUserSource::Freshness::Cached);
//     UserQuery q; q.offset = 0; q.limit = 200;     // the same UserQuery Connection takes
//     q.search = "mar";                             // FTS prefix search, every keystroke
//     q.sortField = "email"; q.sortOrder = Qt::DescendingOrder;
//     Result<UserPage> read = source.readPage(q);   // users + total + hasMore, or why not
//     UserPage page = source.page(q);               // the same, empty when SQL failed
//     QList<CachedUser> rows = source.rows(q);      // the same rows with last seen / deleted
//     qint64 n = source.count(q);                   // rows matching, for the scroll bar
//
// Sort fields: username, email, name (display name), firstName, lastName, enabled, roles,
// createdAt, lastLoginAt, lastSeenAt, id; empty means username. Ties break by cache order,
// so paging is stable. CacheFilter narrows by role, enabled and deleted-on-server.
// A sorted search reads the keys of its matches from the FTS index first (MatchSet); a few
// thousand are then sorted, more walk the sort column's index and keep the rows in the set.
// After a sync commits, cacheChanged() fires: re-read the visible window and merge by id.
//
// Freshness: nothing cached may claim to be live. statusText() gives the banner
// ("Offline — data as of <time>"), writeRefused() the error every server action gets while
// offline.

#include "CacheDatabase.h"
#include "CacheFilter.h"
#include "MatchSet.h"
#include "CachedUser.h"
#include "SyncRecord.h"
#include "UserChange.h"
#include "sources/UserSource.h"
#include "values/ApiError.h"
#include "values/ApiKey.h"
#include "values/Session.h"
#include "values/UserQuery.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <functional>
#include <optional>
#include <type_traits>

class QSqlQuery;

class CachedUserSource : public UserSource
{
    Q_OBJECT
public:
    enum class Freshness {
        Live,    // a sync in this session brought the cache up to date with a reachable server
        Cached,  // shown from the cache; a sync is on its way
        Offline, // the server cannot be reached or the user chose to work offline
    };
    Q_ENUM(Freshness)

    explicit CachedUserSource(QObject* parent = nullptr);
    ~CachedUserSource() override;

    // Offline opens the file read-only: SQLite itself then refuses every write.
    bool open(const QString& profileId, Freshness freshness = Freshness::Cached);
    bool openFile(const QString& path, Freshness freshness = Freshness::Cached);
    void close();
    bool isOpen() const { return m_database.isOpen(); }
    QString errorString() const { return m_error; }
    CacheDatabase& database() { return m_database; }
    const CacheDatabase& database() const { return m_database; }

    // --- UserSource ---
    // Reading, searching and sorting the copy (ProfileCache says why everything else is not).
    Capabilities capabilities() const override;
    bool searchesInstantly() const override { return true; }
    // Pages of the users within scope() (everyone by default).
    void fetchUsers(const UserQuery& query, QObject* context, Callback<UserPage> done) override;
    // The cached copy; NotFound when the cache does not hold the user.
    void fetchUser(const User& user, QObject* context, Callback<User> done) override;

    // What fetchUsers() lists: an Overview figure's users, or everyone (the default filter).
    void setScope(const CacheFilter& scope) { m_scope = scope; }
    const CacheFilter& scope() const { return m_scope; }

    // --- rows ---
    // A failed statement (a damaged or locked file) is an error, with SQLite's words as detail.
    Result<QList<CachedUser>> readRows(const UserQuery& query, const CacheFilter& filter = {}) const;
    Result<qint64> readCount(const UserQuery& query = {}, const CacheFilter& filter = {}) const;
    Result<UserPage> readPage(const UserQuery& query, const CacheFilter& filter = {}) const;
    // Reads in pages that must agree with each other (a review's snapshot): every read `reads`
    // makes sees the file as it was at the first of them, whatever a sync commits meanwhile
    // (one read transaction of the write-ahead log).
    Result<Done> readAsOne(const std::function<Result<Done>()>& reads) const;
    // The same, for callers that own the file and can do nothing with an error (tests, tools):
    // empty (zero) when the statement failed.
    QList<CachedUser> rows(const UserQuery& query, const CacheFilter& filter = {}) const;
    UserPage page(const UserQuery& query, const CacheFilter& filter = {}) const;
    qint64 count(const UserQuery& query = {}, const CacheFilter& filter = {}) const;
    std::optional<CachedUser> user(const QString& id) const;
    // The stored UserRowCodec fingerprint of each of `ids` the cache holds, and whether the
    // server deleted it: what a review compares with its snapshot, without reading whole users.
    struct Fingerprint
    {
        qint64 value = 0;
        bool deletedOnServer = false;
    };
    // `goesOn`, when given, is asked between statements; false ends with a Cancelled error.
    Result<QHash<QString, Fingerprint>> fingerprints(const QStringList& ids,
                                                     const std::function<bool()>& goesOn = {}) const;
    // Every role or scope present in the cache, sorted, for a filter menu.
    Result<QStringList> roles() const;

    // --- history and details ---
    // Each list is the error when the file cannot be read, never an empty list that would
    // say "nothing happened".
    // Newest first.
    Result<QList<UserChange>> history(const QString& userId, int limit = 1000) const;
    Result<QList<UserChange>> recentChanges(int limit = 200) const;
    Result<QList<Session>> sessions(const QString& userId) const;
    Result<QList<ApiKey>> apiKeys(const QString& ownerId = {}) const; // empty: every cached key
    SyncRecord lastFullSync() const;
    Result<QList<SyncRecord>> syncs(int limit = 50) const;

    // --- freshness ---
    Freshness freshness() const { return m_freshness; }
    void setFreshness(Freshness freshness);
    bool isLive() const { return m_freshness == Freshness::Live; }
    // When the shown data was complete: the end of the last full sync (invalid: never synced).
    QDateTime asOf() const;
    // "Offline — data as of 12/03/2025 14:03", "Cached data from 3 hours ago — updating…",
    // "Live — synced 14:03".
    QString statusText(const QDateTime& now = QDateTime::currentDateTime()) const;
    // The error for an action that needs the server while offline, naming the action.
    ApiError writeRefused(const QString& action) const;

    // "just now", "5 minutes ago", "3 days ago".
    static QString ageText(const QDateTime& time, const QDateTime& now = QDateTime::currentDateTime());
    // The FTS5 MATCH expression for what the user typed: every word a prefix, all required.
    static QString ftsExpression(const QString& search);
    // From how many matches a search's first page walks the sort index instead of sorting
    // every match (see rows()); a setting so that tests reach both plans with small data. A
    // text column walks from a quarter of it: sorting its matches makes each one's sort key.
    void setLargeMatchCount(qint64 matches) { m_largeMatchCount = qMax<qint64>(1, matches); }

public slots:
    // Called when a sync committed: the cache now holds a complete, current copy.
    void syncCommitted(const SyncRecord& record);

signals:
    void freshnessChanged(CachedUserSource::Freshness freshness);
    void cacheChanged();

private:
    // How a search meets the users table. UsersFirst: it reads users, every match (a subquery)
    // then sorted. SetWalk: it walks the sort column's index, keeping the rows in m_matchSet.
    enum class SearchPlan { UsersFirst, SetWalk };
    SearchPlan sortedSearchPlan(const QString& match, bool keyedAsRead) const;
    QString whereClause(const QString& match, const CacheFilter& filter, QVariantList* binds,
                        SearchPlan plan) const;

    void forgetReads();
    ApiError readFailed(const QString& sqliteMessage) const;
    // The rows `statement` selects, each read by `read` (history, sessions, keys, syncs).
    template <typename Read>
    auto readList(const QString& statement, const QVariantList& binds, Read read) const
        -> Result<QList<std::invoke_result_t<Read, const QSqlQuery&>>>;

    // The last count, and the state of the file it was read from (see count()).
    struct CountMemo
    {
        // The file's state: data_version moves with another connection's commits (the sync's),
        // and total_changes() with this connection's own writes. -1 when it cannot be read.
        static CountMemo now(const QSqlDatabase& database, const QString& match,
                             const CacheFilter& filter);
        QString match;
        CacheFilter filter;
        qint64 dataVersion = -1;
        qint64 changes = -1;
        qint64 count = -1;
        bool sameAs(const CountMemo& other) const
        {
            return dataVersion >= 0 && match == other.match && filter == other.filter &&
                   dataVersion == other.dataVersion && changes == other.changes;
        }
    };

    // `now`: ftsExpression() of the search (empty for none), the filter and the file's state.
    // -1 and SQLite's words in `error` when a statement failed.
    qint64 countMatches(const CountMemo& now, QString* error) const;
    // How many users `now.match` finds in the FTS index: the size of the set of matches a
    // sorted page read, while the file is in the same state, else counted again (a third of a
    // million matches: 15 ms each way).
    qint64 ftsMatchCount(const CountMemo& now) const;

    // Up to this many users deleted on the server are subtracted one by one from a search count.
    static constexpr qint64 fewDeletedUsers = 2000;

    CacheDatabase m_database;
    CacheFilter m_scope;
    qint64 m_largeMatchCount = 20000; // measured with tests/bench/bench_cache_read on 1M users
    mutable MatchSet m_matchSet;
    mutable CountMemo m_lastCount;
    mutable CountMemo m_lastMatchSet; // what m_matchSet holds: its match, the file's state, its size
    Freshness m_freshness = Freshness::Cached;
    QString m_error;
};

#include "CachedUserSource.h"

#include "UserRowCodec.h"
#include "storage/SqlValue.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteProblem.h"

#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>
#include <type_traits>

namespace {
const QString rowColumns =
    QStringLiteral("u.id, u.username, u.email, u.first_name, u.last_name, u.roles, u.enabled, u.created_at, "
                   "u.last_login_at, "
                   "u.attributes, u.actions, u.first_seen_at, u.last_seen_at, u.deleted_at");

CachedUser readRow(const QSqlQuery& query)
{
    CachedUser row;
    row.user =
        UserRowCodec::decode(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                             query.value(6).toBool(), query.value(7), query.value(8),
                             query.value(9).toString(), query.value(10).toString());
    row.firstSeenAt = SqlValue::fromMsecs(query.value(11));
    row.lastSeenAt = SqlValue::fromMsecs(query.value(12));
    row.deletedOnServerAt = SqlValue::fromMsecs(query.value(13));
    return row;
}

struct SortColumn
{
    QString expression;
    QString index; // the index that holds rows in this order (then by user_key), if any
    // Whether ordering by the expression makes a sort key for each row the index does not give
    // (the texts, keyed by sort_key()): a few microseconds a match.
    bool keyedAsRead = false;
};

SortColumn sortColumn(const UserQuery& query)
{
    static const QHash<QString, SortColumn> columns{
        // Texts sort by their keys in the user's language (LocaleCollation), as the table does:
        // read from the index that holds them for username, email and name (its expression is
        // the same sort_key()), made as they are read for first and last names.
        {QStringLiteral("username"), {QStringLiteral("sort_key(u.username)"), QStringLiteral("users_by_username"), true}},
        {QStringLiteral("email"), {QStringLiteral("sort_key(u.email)"), QStringLiteral("users_by_email"), true}},
        {QStringLiteral("name"), {QStringLiteral("sort_key(u.name)"), QStringLiteral("users_by_name"), true}},
        {QStringLiteral("displayName"), {QStringLiteral("sort_key(u.name)"), QStringLiteral("users_by_name"), true}},
        {QStringLiteral("firstName"), {QStringLiteral("sort_key(u.first_name)"), {}}},
        {QStringLiteral("lastName"), {QStringLiteral("sort_key(u.last_name)"), {}}},
        {QStringLiteral("enabled"), {QStringLiteral("u.enabled"), {}}},
        // The names joined as the table shows them ("admin, member"), keyed as they are read.
        {QStringLiteral("roles"),
         {QStringLiteral("sort_key((SELECT group_concat(r.value, ', ') FROM json_each(u.roles) r))"), {}}},
        {QStringLiteral("createdAt"), {QStringLiteral("u.created_at"), QStringLiteral("users_by_created")}},
        {QStringLiteral("lastLoginAt"),
         {QStringLiteral("u.last_login_at"), QStringLiteral("users_by_last_login")}},
        {QStringLiteral("lastSeenAt"), {QStringLiteral("u.last_seen_at"), {}}},
        {QStringLiteral("id"), {QStringLiteral("u.id"), {}}},
    };
    return columns.value(query.sortField, columns.value(QStringLiteral("username")));
}

QString orderBy(const UserQuery& query)
{
    const QLatin1String direction(query.sortOrder == Qt::DescendingOrder ? " DESC" : "");
    const SortColumn column = sortColumn(query);
    return QStringLiteral(" ORDER BY ") + column.expression + direction + QStringLiteral(", u.user_key") +
           direction;
}

// The first value of a one-row answer, or -1 (and SQLite's words in `error`) when the statement
// failed.
qint64 scalar(const QSqlDatabase& database, const QString& statement, const QVariantList& binds = {},
              QString* error = nullptr)
{
    QSqlQuery sql(database);
    if (SqliteConnection::run(sql, statement, binds) && sql.next())
        return sql.value(0).toLongLong();
    if (error)
        *error = SqliteProblem::explain(sql.lastError());
    return -1;
}

UserChange readChange(const QSqlQuery& query)
{
    UserChange change;
    change.id = query.value(0).toLongLong();
    change.syncId = query.value(1).toLongLong();
    change.userId = query.value(2).toString();
    change.username = query.value(3).toString();
    change.at = SqlValue::fromMsecs(query.value(4));
    change.kind = UserChange::kindFromName(query.value(5).toString());
    change.field = query.value(6).toString();
    change.oldValue = query.value(7).toString();
    change.newValue = query.value(8).toString();
    return change;
}

const QString changeColumns =
    QStringLiteral("id, sync_id, user_id, username, changed_at, kind, field, old_value, new_value");

SyncRecord readSync(const QSqlQuery& query)
{
    SyncRecord record;
    record.id = query.value(0).toLongLong();
    record.kind =
        query.value(1).toString() == QLatin1String("user") ? SyncRecord::Kind::User : SyncRecord::Kind::Full;
    record.startedAt = SqlValue::fromMsecs(query.value(2));
    record.finishedAt = SqlValue::fromMsecs(query.value(3));
    record.pages = query.value(4).toInt();
    record.users = query.value(5).toLongLong();
    record.added = query.value(6).toLongLong();
    record.changed = query.value(7).toLongLong();
    record.deleted = query.value(8).toLongLong();
    record.sessions = query.value(9).toLongLong();
    record.apiKeys = query.value(10).toLongLong();
    return record;
}

const QString syncColumns = QStringLiteral(
    "id, kind, started_at, finished_at, pages, users_seen, added, changed, deleted, sessions, api_keys");

Session readSession(const QSqlQuery& query)
{
    Session session;
    session.id = query.value(0).toString();
    session.userId = query.value(1).toString();
    session.username = query.value(2).toString();
    session.startedAt = SqlValue::fromMsecs(query.value(3));
    session.lastActivityAt = SqlValue::fromMsecs(query.value(4));
    session.expiresAt = SqlValue::fromMsecs(query.value(5));
    session.ipAddress = query.value(6).toString();
    session.userAgent = query.value(7).toString();
    session.attributes = SqlValue::mapFromJson(query.value(8).toString());
    return session;
}

ApiKey readApiKey(const QSqlQuery& query)
{
    ApiKey key;
    key.id = query.value(0).toString();
    key.ownerId = query.value(1).toString();
    key.owner = query.value(2).toString();
    key.name = query.value(3).toString();
    key.description = query.value(4).toString();
    key.prefix = query.value(5).toString();
    key.scopes = SqlValue::stringListFromJson(query.value(6).toString());
    key.createdAt = SqlValue::fromMsecs(query.value(7));
    key.lastUsedAt = SqlValue::fromMsecs(query.value(8));
    key.expiresAt = SqlValue::fromMsecs(query.value(9));
    key.enabled = query.value(10).toBool();
    key.attributes = SqlValue::mapFromJson(query.value(11).toString());
    return key;
}

} // namespace

CachedUserSource::CachedUserSource(QObject* parent)
    : UserSource(parent)
{
}

CachedUserSource::~CachedUserSource() = default;

template <typename Read>
auto CachedUserSource::readList(const QString& statement, const QVariantList& binds, Read read) const
    -> Result<QList<std::invoke_result_t<Read, const QSqlQuery&>>>
{
    QList<std::invoke_result_t<Read, const QSqlQuery&>> result;
    if (!m_database.isOpen())
        return readFailed(m_error);
    QSqlQuery sql(m_database.database());
    sql.setForwardOnly(true);
    if (!SqliteConnection::run(sql, statement, binds))
        return readFailed(SqliteProblem::explain(sql.lastError()));
    while (sql.next())
        result.append(read(sql));
    if (sql.lastError().isValid()) // a list read half-way is no list
        return readFailed(SqliteProblem::explain(sql.lastError()));
    return result;
}

bool CachedUserSource::open(const QString& profileId, Freshness freshness)
{
    const QString path = CacheDatabase::pathForProfile(profileId);
    if (path.isEmpty()) {
        m_error = CacheDatabase::tr("“%1” is not a valid profile id for a cache file.").arg(profileId);
        return false;
    }
    return openFile(path, freshness);
}

bool CachedUserSource::openFile(const QString& path, Freshness freshness)
{
    const auto access =
        freshness == Freshness::Offline ? CacheDatabase::Access::ReadOnly : CacheDatabase::Access::ReadWrite;
    forgetReads();
    if (!m_database.open(path, access)) {
        m_error = m_database.errorString();
        return false;
    }
    m_error.clear();
    setFreshness(freshness);
    return true;
}

void CachedUserSource::close()
{
    forgetReads();
    m_database.close();
}

void CachedUserSource::forgetReads()
{
    // Another file's connection may reach the same data_version: nothing read from the last
    // file may answer for this one.
    m_lastCount = {};
    m_lastMatchSet = {};
    m_matchSet.clear();
}

QString CachedUserSource::ftsExpression(const QString& search)
{
    // unicode61 splits on everything but letters and digits; splitting the same way here turns
    // "ann@exa" into the words "ann" and "exa". Each word is a prefix while it may still be
    // typed, except one ended by punctuation: the "ann" of "ann@" is a whole local part. Words
    // are quoted, so FTS5 operators typed by the user (OR, NOT, *, ") are plain text.
    QStringList terms;
    QString word;
    const auto flush = [&](bool complete) {
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + (complete ? QStringLiteral("\"") : QStringLiteral("\"*"));
        word.clear();
    };
    for (const QChar c : search) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush(!c.isSpace());
    }
    flush(false);
    return terms.join(QLatin1Char(' '));
}

QString CachedUserSource::whereClause(const QString& match, const CacheFilter& filter, QVariantList* binds,
                                      SearchPlan plan) const
{
    QStringList conditions;
    switch (filter.deleted) {
    case CacheFilter::Deleted::Exclude:
        conditions << QStringLiteral("u.deleted_at IS NULL");
        break;
    case CacheFilter::Deleted::Only:
        conditions << QStringLiteral("u.deleted_at IS NOT NULL");
        break;
    case CacheFilter::Deleted::Include:
        break;
    }
    if (!match.isEmpty() && plan == SearchPlan::UsersFirst) {
        conditions << QStringLiteral("u.user_key IN (SELECT rowid FROM users_fts WHERE users_fts MATCH ?)");
        binds->append(match);
    }
    if (!match.isEmpty() && plan == SearchPlan::SetWalk)
        conditions << QLatin1String(MatchSet::functionName) + QStringLiteral("(u.user_key)");
    if (!filter.role.isEmpty()) {
        conditions << QStringLiteral("u.user_key IN (SELECT user_key FROM user_roles WHERE role = ?)");
        binds->append(filter.role);
    }
    if (!filter.anyRole.isEmpty()) {
        conditions << QStringLiteral("u.user_key IN (SELECT user_key FROM user_roles WHERE role IN (%1))")
                          .arg(
                              QStringList(filter.anyRole.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString& role : filter.anyRole)
            binds->append(role);
    }
    if (filter.enabled.has_value()) {
        conditions << QStringLiteral("u.enabled = ?");
        binds->append(*filter.enabled ? 1 : 0);
    }
    // A server that records no sign-in at all leaves every last_login_at NULL: "never" then
    // means "unknown", and the Overview says so instead of offering this filter.
    if (filter.signIn == CacheFilter::SignIn::Never)
        conditions << QStringLiteral("u.last_login_at IS NULL");
    else if (filter.signIn == CacheFilter::SignIn::Recorded)
        conditions << QStringLiteral("u.last_login_at IS NOT NULL");
    const auto bound = [&](const char* condition, const std::optional<qint64>& value) {
        if (value) {
            conditions << QLatin1String(condition);
            binds->append(*value);
        }
    };
    bound("u.last_login_at >= ?", filter.lastLoginFrom);
    bound("u.last_login_at < ?", filter.lastLoginBefore);
    bound("u.created_at >= ?", filter.createdFrom);
    bound("u.created_at < ?", filter.createdBefore);
    if (filter.holdsAccessAt) {
        conditions << QStringLiteral(
            "(EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.id AND coalesce(s.expires_at, ?) >= ?) OR "
            "EXISTS (SELECT 1 FROM api_keys k WHERE k.owner_id = u.id AND k.enabled = 1 AND "
            "coalesce(k.expires_at, ?) >= ?))");
        binds->append(
            {*filter.holdsAccessAt, *filter.holdsAccessAt, *filter.holdsAccessAt, *filter.holdsAccessAt});
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

CachedUserSource::SearchPlan CachedUserSource::sortedSearchPlan(const QString& match, bool keyedAsRead) const
{
    // SQLite reads a search's matches and then sorts them all for the first page. When they are
    // many, walking the sort column's index and keeping the rows in the set of matches is faster
    // (MatchSet). The set is read anyway; a few thousand matches are then sorted, as SQLite
    // would, since a walk would meet hundreds of rows for each.
    // The set is kept while the file is unchanged: the next page of the same search (scrolling)
    // or its count reads it again. The file's state is read first, so a commit landing during
    // the fill can only make the set look older than it is, never newer.
    const CountMemo now = CountMemo::now(m_database.database(), match, {});
    if (!m_lastMatchSet.sameAs(now)) {
        m_lastMatchSet = now;
        m_lastMatchSet.count = m_matchSet.fill(m_database.database(), match);
        if (m_lastMatchSet.count < 0)
            m_lastMatchSet = {}; // the set is empty: the search falls back to SQLite's own plan
    }
    // Sorting a text column's matches makes each one's sort key (the index holds them, the rows
    // do not): 14,064 matches of a million users took 14.2 ms by email that way, where dates
    // took 7.1; a walk meeting seventy rows for each match found takes 2-3 ms.
    const qint64 large = keyedAsRead ? qMax<qint64>(1, m_largeMatchCount / 4) : m_largeMatchCount;
    return m_lastMatchSet.count >= large ? SearchPlan::SetWalk : SearchPlan::UsersFirst;
}

Result<Done> CachedUserSource::readAsOne(const std::function<Result<Done>()>& reads) const
{
    QSqlDatabase db = m_database.database();
    // A deferred transaction: the first read inside it fixes what the later ones see.
    const bool held = db.isOpen() && db.transaction();
    const Result<Done> result = reads();
    if (held && !db.rollback()) // nothing was written; a transaction left open would freeze its view
        qWarning("Ending a read of the cache failed: %s", qPrintable(db.lastError().text()));
    return result;
}

Result<QList<CachedUser>> CachedUserSource::readRows(const UserQuery& query, const CacheFilter& filter) const
{
    QList<CachedUser> result;
    if (!m_database.isOpen())
        return readFailed(m_error);
    if (query.limit <= 0)
        return result;
    QVariantList binds;
    QSqlQuery sql(m_database.database());
    // Appended piece by piece: one long QStringBuilder chain with a possibly empty WHERE makes
    // GCC 12 warn about a bogus out-of-bounds copy at -O2.
    QString statement = QStringLiteral("SELECT ") + rowColumns;
    const SortColumn column = sortColumn(query);
    const QString match = ftsExpression(query.search);
    statement += QStringLiteral(" FROM users u");
    const SearchPlan plan =
        column.index.isEmpty() || match.isEmpty() ? SearchPlan::UsersFirst : sortedSearchPlan(match, column.keyedAsRead);
    if (plan == SearchPlan::SetWalk)
        statement += QStringLiteral(" INDEXED BY ") + column.index;
    statement += whereClause(match, filter, &binds, plan);
    statement += orderBy(query);
    statement += QStringLiteral(" LIMIT ? OFFSET ?");
    binds << query.limit << qMax<qint64>(0, query.offset);
    if (!SqliteConnection::run(sql, statement, binds))
        return readFailed(SqliteProblem::explain(sql.lastError()));
    result.reserve(query.limit);
    while (sql.next())
        result.append(readRow(sql));
    if (sql.lastError().isValid()) // a page read half-way is no page
        return readFailed(SqliteProblem::explain(sql.lastError()));
    return result;
}

QList<CachedUser> CachedUserSource::rows(const UserQuery& query, const CacheFilter& filter) const
{
    const Result<QList<CachedUser>> read = readRows(query, filter);
    return read.ok() ? read.value() : QList<CachedUser>();
}

Result<UserPage> CachedUserSource::readPage(const UserQuery& query, const CacheFilter& filter) const
{
    const Result<QList<CachedUser>> cached = readRows(query, filter);
    if (!cached.ok())
        return cached.error();
    const Result<qint64> total = readCount(query, filter);
    if (!total.ok())
        return total.error();
    UserPage page;
    page.users.reserve(cached.value().size());
    for (const CachedUser& row : cached.value())
        page.users.append(row.user);
    page.total = total.value();
    page.hasMore = qMax<qint64>(0, query.offset) + cached.value().size() < page.total;
    return page;
}

UserPage CachedUserSource::page(const UserQuery& query, const CacheFilter& filter) const
{
    const Result<UserPage> read = readPage(query, filter);
    return read.ok() ? read.value() : UserPage();
}

qint64 CachedUserSource::count(const UserQuery& query, const CacheFilter& filter) const
{
    const Result<qint64> read = readCount(query, filter);
    return read.ok() ? read.value() : 0;
}

Result<qint64> CachedUserSource::readCount(const UserQuery& query, const CacheFilter& filter) const
{
    if (!m_database.isOpen())
        return readFailed(m_error);
    // Every page the table fetches while scrolling asks for the same count again; counting a
    // third of a million matches takes 15-30 ms, so the last count is kept until the file
    // changes.
    const CountMemo now = CountMemo::now(m_database.database(), ftsExpression(query.search), filter);
    const bool stateKnown = now.dataVersion >= 0;
    if (stateKnown && m_lastCount.sameAs(now))
        return m_lastCount.count;
    QString error;
    const qint64 counted = countMatches(now, &error);
    if (counted < 0) {
        m_lastCount = {};
        return readFailed(error);
    }
    m_lastCount = now;
    m_lastCount.count = counted;
    if (!stateKnown)
        m_lastCount.dataVersion = -1; // never reused
    return counted;
}

CachedUserSource::CountMemo CachedUserSource::CountMemo::now(const QSqlDatabase& database,
                                                            const QString& match, const CacheFilter& filter)
{
    CountMemo memo{match, filter, -1, -1, -1};
    QSqlQuery state(database);
    state.setForwardOnly(true);
    if (state.exec(QStringLiteral(
            "SELECT (SELECT data_version FROM pragma_data_version), total_changes()")) &&
        state.next()) {
        memo.dataVersion = state.value(0).toLongLong();
        memo.changes = state.value(1).toLongLong();
    }
    return memo;
}

qint64 CachedUserSource::ftsMatchCount(const CountMemo& now) const
{
    CountMemo search = now; // the set holds every match, whatever the filter
    search.filter = {};
    if (m_lastMatchSet.sameAs(search))
        return m_lastMatchSet.count;
    return scalar(m_database.database(),
                  QStringLiteral("SELECT count(*) FROM users_fts WHERE users_fts MATCH ?"), {now.match});
}

// The users deleted on the server, counted in their own partial index (users_deleted).
const QString countDeletedOnServer =
    QStringLiteral("(SELECT count(*) FROM users WHERE deleted_at IS NOT NULL)");

qint64 CachedUserSource::countMatches(const CountMemo& now, QString* error) const
{
    const QString& match = now.match;
    const CacheFilter& filter = now.filter;
    const QSqlDatabase database = m_database.database();
    // A search alone is counted in the FTS index, without reading a user row per match: the
    // users deleted on the server (few, and indexed) are then taken off one by one.
    if (!match.isEmpty() && !filter.narrows() && filter.deleted != CacheFilter::Deleted::Only) {
        const qint64 matches = ftsMatchCount(now);
        if (matches >= 0 && filter.deleted == CacheFilter::Deleted::Include)
            return matches;
        const qint64 deleted =
            scalar(database, QStringLiteral("SELECT ") + countDeletedOnServer);
        if (matches >= 0 && deleted >= 0 && deleted <= fewDeletedUsers) {
            const qint64 deletedMatches =
                deleted == 0
                    ? 0
                    : scalar(database,
                             QStringLiteral("SELECT count(*) FROM users u WHERE u.deleted_at IS NOT NULL "
                                            "AND EXISTS (SELECT 1 FROM users_fts WHERE users_fts MATCH ? "
                                            "AND rowid = u.user_key)"),
                             {match});
            if (deletedMatches >= 0)
                return matches - deletedMatches;
        }
    }
    if (match.isEmpty() && !filter.narrows()) {
        // Every user: SQLite counts a whole table from its smallest index without reading a row,
        // and the users deleted on the server from their own small index; counting the rows
        // whose deleted_at is empty would read the whole table (a million users: 290 ms
        // against 17 ms, which is most of opening a profile's cache).
        const QString all = QStringLiteral("(SELECT count(*) FROM users)");
        const QString count = filter.deleted == CacheFilter::Deleted::Include ? all
                              : filter.deleted == CacheFilter::Deleted::Only
                                  ? countDeletedOnServer
                                  : all + QStringLiteral(" - ") + countDeletedOnServer;
        return scalar(database, QStringLiteral("SELECT ") + count, {}, error);
    }
    QVariantList binds;
    return scalar(database,
                  QStringLiteral("SELECT count(*) FROM users u") +
                      whereClause(match, filter, &binds, SearchPlan::UsersFirst),
                  binds, error);
}

std::optional<CachedUser> CachedUserSource::user(const QString& id) const
{
    QSqlQuery sql(m_database.database());
    if (!SqliteConnection::run(
            sql, QStringLiteral("SELECT ") + rowColumns + QStringLiteral(" FROM users u WHERE u.id = ?"),
            {id}) ||
        !sql.next())
        return std::nullopt;
    return readRow(sql);
}

Result<QHash<QString, CachedUserSource::Fingerprint>> CachedUserSource::fingerprints(
    const QStringList& ids, const std::function<bool()>& goesOn) const
{
    if (!m_database.isOpen())
        return readFailed(m_error);
    // A few hundred ids a statement: far below SQLite's limit on bound values.
    constexpr int batch = 500;
    QHash<QString, Fingerprint> found;
    found.reserve(ids.size());
    for (qsizetype first = 0; first < ids.size(); first += batch) {
        if (goesOn && !goesOn())
            return ApiError::make(ApiError::Kind::Cancelled, tr("Reading the cache was cancelled."));
        const QStringList some = ids.mid(first, batch);
        QVariantList binds;
        binds.reserve(some.size());
        for (const QString& id : some)
            binds << id;
        const auto rows = readList(
            QStringLiteral("SELECT id, fingerprint, deleted_at IS NOT NULL FROM users WHERE id IN (") +
                QStringList(some.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')'),
            binds, [](const QSqlQuery& sql) {
                return std::pair{sql.value(0).toString(),
                                 Fingerprint{sql.value(1).toLongLong(), sql.value(2).toBool()}};
            });
        if (!rows.ok())
            return rows.error();
        for (const auto& [id, fingerprint] : rows.value())
            found.insert(id, fingerprint);
    }
    return found;
}

Result<QStringList> CachedUserSource::roles() const
{
    return readList(QStringLiteral("SELECT DISTINCT role FROM user_roles ORDER BY role"), {},
                    [](const QSqlQuery& sql) { return sql.value(0).toString(); });
}

Result<QList<UserChange>> CachedUserSource::history(const QString& userId, int limit) const
{
    return readList(QStringLiteral("SELECT ") + changeColumns +
                        QStringLiteral(" FROM user_history WHERE user_id = ? ORDER BY changed_at DESC, id DESC LIMIT ?"),
                    {userId, limit}, readChange);
}

Result<QList<UserChange>> CachedUserSource::recentChanges(int limit) const
{
    return readList(QStringLiteral("SELECT ") + changeColumns +
                        QStringLiteral(" FROM user_history ORDER BY changed_at DESC, id DESC LIMIT ?"),
                    {limit}, readChange);
}

Result<QList<Session>> CachedUserSource::sessions(const QString& userId) const
{
    return readList(
        QStringLiteral("SELECT id, user_id, username, started_at, last_activity_at, expires_at, ip_address, "
                       "user_agent, attributes FROM sessions WHERE user_id = ? ORDER BY started_at DESC"),
        {userId}, readSession);
}

Result<QList<ApiKey>> CachedUserSource::apiKeys(const QString& ownerId) const
{
    const QString select =
        QStringLiteral("SELECT id, owner_id, owner, name, description, prefix, scopes, created_at, "
                       "last_used_at, expires_at, enabled, attributes FROM api_keys");
    const QString order = QStringLiteral(" ORDER BY created_at DESC, id");
    if (ownerId.isEmpty())
        return readList(select + order, {}, readApiKey);
    return readList(select + QStringLiteral(" WHERE owner_id = ?") + order, {ownerId}, readApiKey);
}

SyncRecord CachedUserSource::lastFullSync() const
{
    QSqlQuery sql(m_database.database());
    if (!sql.exec(QStringLiteral("SELECT ") + syncColumns +
                  QStringLiteral(" FROM syncs WHERE kind = 'full' ORDER BY id DESC LIMIT 1")) ||
        !sql.next())
        return {};
    return readSync(sql);
}

Result<QList<SyncRecord>> CachedUserSource::syncs(int limit) const
{
    return readList(QStringLiteral("SELECT ") + syncColumns + QStringLiteral(" FROM syncs ORDER BY id DESC LIMIT ?"),
                    {limit}, readSync);
}

ApiError CachedUserSource::readFailed(const QString& sqliteMessage) const
{
    const QString why =
        sqliteMessage.trimmed().isEmpty() ? tr("the file is not open") : sqliteMessage.trimmed();
    ApiError error =
        ApiError::make(ApiError::Kind::Malformed, tr("The local cache could not be read: %1.").arg(why));
    error.detail = m_database.path();
    return error;
}

Capabilities CachedUserSource::capabilities() const
{
    Capabilities caps;
    for (Capability readable : {Capability::ListUsers, Capability::ServerSearch, Capability::ServerSort,
                                Capability::TotalCount, Capability::GetUser})
        caps.allow(readable);
    return caps;
}

void CachedUserSource::fetchUsers(const UserQuery& query, QObject* context, Callback<UserPage> done)
{
    // Answered on the next turn of the event loop, as a server would: a caller never sees its
    // own request answered from inside the call that made it.
    QPointer<CachedUserSource> self(this);
    QTimer::singleShot(0, context, [self, query, scope = m_scope, done = std::move(done)] {
        if (!self)
            done(ApiError::make(ApiError::Kind::Offline, tr("The cache is closed.")));
        else
            done(self->readPage(query, scope));
    });
}

void CachedUserSource::fetchUser(const User& user, QObject* context, Callback<User> done)
{
    QPointer<CachedUserSource> self(this);
    QTimer::singleShot(0, context, [self, id = user.id, done = std::move(done)] {
        const std::optional<CachedUser> cached = self ? self->user(id) : std::nullopt;
        if (cached)
            done(cached->user);
        else
            done(ApiError::make(ApiError::Kind::NotFound, tr("The local cache does not hold this user.")));
    });
}

void CachedUserSource::setFreshness(Freshness freshness)
{
    if (m_freshness == freshness)
        return;
    m_freshness = freshness;
    emit freshnessChanged(freshness);
}

QDateTime CachedUserSource::asOf() const
{
    return lastFullSync().finishedAt;
}

QString CachedUserSource::ageText(const QDateTime& time, const QDateTime& now)
{
    if (!time.isValid())
        return tr("never");
    const qint64 seconds = qMax<qint64>(0, time.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    // The singular is its own string so English reads right without a translation file;
    // %n keeps the plural forms for translators.
    if (seconds < 3600) {
        const int minutes = int(seconds / 60);
        return minutes == 1 ? tr("1 minute ago") : tr("%n minutes ago", nullptr, minutes);
    }
    if (seconds < 86400) {
        const int hours = int(seconds / 3600);
        return hours == 1 ? tr("1 hour ago") : tr("%n hours ago", nullptr, hours);
    }
    const int days = int(seconds / 86400);
    return days == 1 ? tr("1 day ago") : tr("%n days ago", nullptr, days);
}

QString CachedUserSource::statusText(const QDateTime& now) const
{
    const QDateTime time = asOf();
    const QString when =
        time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : tr("never");
    switch (m_freshness) {
    case Freshness::Offline:
        return time.isValid() ? tr("Offline — data as of %1").arg(when)
                              : tr("Offline — nothing cached yet for this profile");
    case Freshness::Cached:
        return time.isValid() ? tr("Cached data as of %1 (%2) — updating…").arg(when, ageText(time, now))
                              : tr("Loading from the server…");
    case Freshness::Live:
        return tr("Live — synced %1").arg(when);
    }
    return {};
}

ApiError CachedUserSource::writeRefused(const QString& action) const
{
    const QDateTime time = asOf();
    const QString when =
        time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : tr("never");
    return ApiError::make(ApiError::Kind::Offline,
                          tr("“%1” needs the server, and AuthDesk is working offline (data as of %2). "
                             "Go online to make changes.")
                              .arg(action, when));
}

void CachedUserSource::syncCommitted(const SyncRecord& record)
{
    if (record.kind == SyncRecord::Kind::Full)
        setFreshness(Freshness::Live);
    emit cacheChanged();
}

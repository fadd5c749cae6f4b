#include "ReviewSnapshot.h"

#include "cache/CachedUserSource.h"

Result<QList<User>> ReviewSnapshot::users(const CachedUserSource& cache, const CacheFilter& filter,
                                          const QString& search, QDateTime* cacheAsOf,
                                          const std::function<bool(qint64 read)>& read, int pageSize)
{
    UserQuery query;
    query.search = search;
    query.limit = pageSize;
    QList<User> users;
    // One moment of the cache: a sync committing between two pages would otherwise shift the
    // offsets, and a user could be taken twice or missed.
    const Result<Done> done = cache.readAsOne([&]() -> Result<Done> {
        if (cacheAsOf)
            *cacheAsOf = cache.asOf(); // the first read: it fixes the moment the pages are read at
        for (;;) {
            const Result<QList<CachedUser>> rows = cache.readRows(query, filter);
            if (!rows.ok())
                return rows.error();
            for (const CachedUser& row : rows.value())
                users << row.user;
            if (read && !read(users.size()))
                return ApiError::make(ApiError::Kind::Cancelled, tr("Taking the review's snapshot was cancelled."));
            if (rows.value().size() < query.limit)
                return Done{};
            query.offset += query.limit;
        }
    });
    if (!done.ok())
        return done.error();
    return users;
}

Result<Done> ReviewSnapshot::compare(QList<ReviewItem>& items, const CachedUserSource& cache,
                                     const std::function<bool()>& goesOn)
{
    QStringList ids;
    ids.reserve(items.size());
    for (const ReviewItem& item : items)
        ids << item.user.id;
    const Result<QHash<QString, CachedUserSource::Fingerprint>> now = cache.fingerprints(ids, goesOn);
    if (!now.ok())
        return now.error();
    for (ReviewItem& item : items) {
        const auto found = now.value().constFind(item.user.id);
        if (found == now.value().cend())
            item.serverCopy = ReviewItem::ServerCopy::NotCached;
        else if (found->deletedOnServer)
            item.serverCopy = ReviewItem::ServerCopy::DeletedOnServer;
        else if (found->value != item.fingerprint)
            item.serverCopy = ReviewItem::ServerCopy::Changed;
        else
            item.serverCopy = ReviewItem::ServerCopy::Unchanged;
    }
    return Done{};
}

QString ReviewSnapshot::scopeText(const CacheFilter& filter, const QString& search)
{
    QStringList parts;
    CacheFilter rest = filter;
    rest.role.clear();
    rest.enabled.reset();
    if (rest.narrows())
        parts << tr("an Overview figure's users");
    if (!filter.role.isEmpty())
        parts << tr("role %1").arg(filter.role);
    if (filter.enabled)
        parts << (*filter.enabled ? tr("enabled users") : tr("disabled users"));
    if (!search.trimmed().isEmpty())
        parts << tr("search “%1”").arg(search.trimmed());
    return parts.isEmpty() ? tr("all users") : parts.join(QStringLiteral(", "));
}

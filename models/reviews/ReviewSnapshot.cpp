#include "ReviewSnapshot.h"

#include "cache/CachedUserSource.h"
#include "cache/UserRowCodec.h"

namespace {
// The cache skips to an offset by counting: few, large pages.
constexpr int pageSize = 100000;
} // namespace

Result<QList<User>> ReviewSnapshot::users(const CachedUserSource& cache, const CacheFilter& filter,
                                          const QString& search)
{
    UserQuery query;
    query.search = search;
    query.limit = pageSize;
    QList<User> users;
    for (;;) {
        const Result<QList<CachedUser>> rows = cache.readRows(query, filter);
        if (!rows.ok())
            return rows.error();
        for (const CachedUser& row : rows.value())
            users << row.user;
        if (rows.value().size() < query.limit)
            return users;
        query.offset += query.limit;
    }
}

void ReviewSnapshot::compare(QList<ReviewItem>& items, const CachedUserSource& cache)
{
    for (ReviewItem& item : items) {
        const std::optional<CachedUser> now = cache.user(item.user.id);
        if (!now)
            item.serverCopy = ReviewItem::ServerCopy::NotCached;
        else if (now->isDeletedOnServer())
            item.serverCopy = ReviewItem::ServerCopy::DeletedOnServer;
        else if (UserRowCodec::encode(now->user).fingerprint != item.fingerprint)
            item.serverCopy = ReviewItem::ServerCopy::Changed;
        else
            item.serverCopy = ReviewItem::ServerCopy::Unchanged;
    }
}

QString ReviewSnapshot::scopeText(const CacheFilter& filter, const QString& search)
{
    if (!filter.role.isEmpty())
        return tr("role %1").arg(filter.role);
    if (!search.trimmed().isEmpty())
        return tr("search “%1”").arg(search.trimmed());
    return tr("all users");
}

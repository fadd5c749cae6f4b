#pragma once
// The users a new access review starts with: every cached user a filter and a search select
// (users deleted on the server left out), read from the cache a large page at a time, and the
// words that describe that scope in the review ("all users", "role admin", "search “mar”").

#include "ReviewItem.h"
#include "cache/CacheFilter.h"
#include "values/Result.h"
#include "values/User.h"

#include <QCoreApplication>
#include <functional>

class CachedUserSource;

class ReviewSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(ReviewSnapshot)
public:
    // `cacheAsOf`, when given, gets the time of the cache's last full sync as of the same moment
    // as the users (a review states it). `read`, when given, hears how many users are read so
    // far after each page; false stops there with a Cancelled error. The cache skips to an
    // offset by counting: few, large pages.
    static Result<QList<User>> users(const CachedUserSource& cache, const CacheFilter& filter, const QString& search,
                                     QDateTime* cacheAsOf, const std::function<bool(qint64 read)>& read = {},
                                     int pageSize = 100000);
    static QString scopeText(const CacheFilter& filter, const QString& search);
    // Sets each item's serverCopy from the cache as it is now (after the syncs since the
    // snapshot): the same fingerprint, another, deleted on the server, or gone from the cache.
    // Fingerprints are read a few hundred users a statement; the items stay as they were when
    // the cache cannot be read.
    // `goesOn`, when given, is asked between statements; false ends with a Cancelled error.
    static Result<Done> compare(QList<ReviewItem>& items, const CachedUserSource& cache,
                                const std::function<bool()>& goesOn = {});
};

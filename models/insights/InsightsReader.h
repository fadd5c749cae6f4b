#pragma once
// Counts the Overview's figures from a profile's cache, online or offline, with a handful of
// aggregate statements (one pass over the users for the headline and sign-in figures, one over
// user_roles, one per month group; the admins, the disabled still holding access and the
// oldest months counted by CachedUserSource::readCount of their own filter), all in one read
// transaction so that they agree whatever a sync commits meanwhile: 100,000 users take well
// under half a second (tests/bench/bench_cache_read). Every figure carries the CacheFilter that
// lists its users, and readCount of that filter gives the same number (tst_InsightsReader).
//
//     Result<UserInsights> read = InsightsReader::read(cache, dialect->roleSet().administrativeRoles());

#include "UserInsights.h"
#include "values/Result.h"

#include <QCoreApplication>
#include <QStringList>

class CachedUserSource;

class InsightsReader
{
    Q_DECLARE_TR_FUNCTIONS(InsightsReader)
public:
    // `adminRoles`: the roles that make a user an administrator (RoleSet::administrativeRoles);
    // empty: the server names none, and the admins figure says so.
    static Result<UserInsights> read(const CachedUserSource& cache, const QStringList& adminRoles,
                                     const QDateTime& now = QDateTime::currentDateTimeUtc());

    // At most this many months are shown one by one; older ones form one "earlier" bar.
    static constexpr int shownMonths = 36;

private:
    static Result<UserInsights> readFigures(const CachedUserSource& cache, const QStringList& adminRoles,
                                            const QDateTime& now);
};

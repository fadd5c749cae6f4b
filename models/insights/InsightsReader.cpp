#include "InsightsReader.h"

#include "cache/CachedUserSource.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteProblem.h"
#include "values/Utc.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
constexpr qint64 dayMs = 24 * 60 * 60 * 1000LL;

// The sign-in distribution's bars: from `newestDays` (exclusive of nothing newer) back to
// `oldestDays` ago; -1 for no bound.
struct SignInBucket
{
    const char* key;
    const char* label;
    int newestDays;
    int oldestDays;
};
constexpr SignInBucket signInBuckets[] = {
    {"lastSignIn:0-7", QT_TRANSLATE_NOOP("InsightsReader", "7 days or less"), -1, 7},
    {"lastSignIn:8-30", QT_TRANSLATE_NOOP("InsightsReader", "8–30 days"), 7, 30},
    {"lastSignIn:31-90", QT_TRANSLATE_NOOP("InsightsReader", "31–90 days"), 30, 90},
    {"lastSignIn:91-365", QT_TRANSLATE_NOOP("InsightsReader", "91–365 days"), 90, 365},
    {"lastSignIn:366-", QT_TRANSLATE_NOOP("InsightsReader", "Over a year"), 365, -1},
};

struct Reader
{
    QSqlDatabase db;
    QString error;

    // The rows `statement` answers, `columns` values each; `error` says why when it failed.
    QList<QVariantList> rows(const QString& statement, const QVariantList& binds, int columns)
    {
        QList<QVariantList> result;
        QSqlQuery sql(db);
        if (!SqliteConnection::run(sql, statement, binds)) {
            error = SqliteProblem::explain(sql.lastError());
            return result;
        }
        while (sql.next()) {
            QVariantList row;
            for (int c = 0; c < columns; ++c)
                row << sql.value(c);
            result << row;
        }
        if (sql.lastError().isValid())
            error = SqliteProblem::explain(sql.lastError());
        return result;
    }
};

InsightFigure figure(const QString& key, const QString& label, qint64 count, CacheFilter filter)
{
    return {key, label, count, {}, std::move(filter)};
}

InsightFigure unknown(const QString& key, const QString& label, const QString& reason, CacheFilter filter)
{
    return {key, label, -1, reason, std::move(filter)};
}
} // namespace

Result<UserInsights> InsightsReader::read(const CachedUserSource& cache, const QStringList& adminRoles,
                                          const QDateTime& now)
{
    if (!cache.isOpen())
        return ApiError::make(ApiError::Kind::Offline, tr("The cache is closed."));
    // One read transaction: in WAL mode every statement below then sees the same commit.
    QSqlDatabase db = cache.database().database();
    const bool snapshot = db.transaction();
    Result<UserInsights> insights = readFigures(cache, adminRoles, now);
    if (snapshot)
        db.rollback(); // nothing was written
    return insights;
}

Result<UserInsights> InsightsReader::readFigures(const CachedUserSource& cache, const QStringList& adminRoles,
                                                 const QDateTime& now)
{
    Reader reader{cache.database().database(), {}};
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const auto daysAgo = [&](int days) { return nowMs - days * dayMs; };
    const auto failed = [&] {
        return ApiError::make(ApiError::Kind::Offline,
                              tr("The cache could not be read: %1").arg(reader.error));
    };

    UserInsights insights;
    insights.now = now;
    insights.asOf = cache.asOf();

    // One pass over the users for every headline and sign-in figure.
    QString headline = QStringLiteral("SELECT count(*), coalesce(sum(enabled), 0), "
                                      "coalesce(sum(last_login_at IS NULL), 0)");
    QVariantList binds;
    for (const int days : {30, 90, 365}) {
        headline += QStringLiteral(", coalesce(sum(last_login_at < ?), 0)");
        binds << daysAgo(days);
    }
    for (const SignInBucket& bucket : signInBuckets) {
        headline += QStringLiteral(", coalesce(sum(last_login_at IS NOT NULL");
        if (bucket.oldestDays >= 0) {
            headline += QStringLiteral(" AND last_login_at >= ?");
            binds << daysAgo(bucket.oldestDays);
        }
        if (bucket.newestDays >= 0) {
            headline += QStringLiteral(" AND last_login_at < ?");
            binds << daysAgo(bucket.newestDays);
        }
        headline += QStringLiteral("), 0)");
    }
    headline += QStringLiteral(" FROM users WHERE deleted_at IS NULL");
    const int headlineColumns = 3 + 3 + int(std::size(signInBuckets));
    const QList<QVariantList> counts = reader.rows(headline, binds, headlineColumns);
    if (counts.size() != 1)
        return failed();
    const QVariantList& row = counts.first();
    const qint64 total = row.at(0).toLongLong();
    const qint64 enabled = row.at(1).toLongLong();
    const qint64 never = row.at(2).toLongLong();
    insights.recordsSignIn = total == 0 || never < total;
    const QString noSignIns = tr("This server gave no user a sign-in time.");

    CacheFilter enabledOnly;
    enabledOnly.enabled = true;
    CacheFilter disabledOnly;
    disabledOnly.enabled = false;
    insights.summary << figure(QStringLiteral("total"), tr("Users"), total, {})
                     << figure(QStringLiteral("enabled"), tr("Enabled"), enabled, enabledOnly)
                     << figure(QStringLiteral("disabled"), tr("Disabled"), total - enabled, disabledOnly);
    CacheFilter neverFilter;
    neverFilter.signIn = CacheFilter::SignIn::Never;
    insights.summary << (insights.recordsSignIn ? figure(QStringLiteral("neverSignedIn"),
                                                         tr("Never signed in"), never, neverFilter)
                                                : unknown(QStringLiteral("neverSignedIn"),
                                                          tr("Never signed in"), noSignIns, neverFilter));
    const QString idleLabels[] = {tr("No sign-in for 30 days"), tr("No sign-in for 90 days"),
                                  tr("No sign-in for 365 days")};
    const int idleDays[] = {30, 90, 365};
    for (int i = 0; i < 3; ++i) {
        CacheFilter idle;
        idle.signIn = CacheFilter::SignIn::Recorded;
        idle.lastLoginBefore = daysAgo(idleDays[i]);
        const QString key = QStringLiteral("idle%1").arg(idleDays[i]);
        insights.summary << (insights.recordsSignIn
                                 ? figure(key, idleLabels[i], row.at(3 + i).toLongLong(), idle)
                                 : unknown(key, idleLabels[i], noSignIns, idle));
    }

    // Admins: users holding any of the dialect's administrative roles.
    CacheFilter admins;
    admins.anyRole = adminRoles;
    if (adminRoles.isEmpty()) {
        insights.summary << unknown(QStringLiteral("admins"), tr("Admins"),
                                    tr("This server names no administrator role."), admins);
    } else {
        const Result<qint64> count = cache.readCount({}, admins);
        if (!count.ok())
            return count.error();
        insights.summary << figure(QStringLiteral("admins"), tr("Admins"), count.value(), admins);
    }

    // Disabled users that still hold a session or a key. Known only when the sync listed every
    // session of the server: most servers list only the console's own keys, never everyone's.
    CacheFilter stillHolding = disabledOnly;
    stillHolding.holdsAccessAt = nowMs;
    const SyncRecord lastSync = cache.lastFullSync();
    const QString stillHoldingLabel = tr("Disabled, still holding sessions or keys");
    if (lastSync.sessions < 0) {
        insights.summary << unknown(QStringLiteral("disabledWithAccess"), stillHoldingLabel,
                                    tr("The cache holds no list of every session on this server."),
                                    stillHolding);
    } else {
        // Sessions and keys still valid now: an expired one, or a disabled key, grants nothing.
        const Result<qint64> count = cache.readCount({}, stillHolding);
        if (!count.ok())
            return count.error();
        insights.summary << figure(QStringLiteral("disabledWithAccess"), stillHoldingLabel, count.value(),
                                   stillHolding);
    }

    // Users per role, most first (user_roles, keyed by role; never the users' JSON).
    const QList<QVariantList> roles = reader.rows(
        QStringLiteral("SELECT r.role, count(*) FROM user_roles r JOIN users u ON u.user_key = "
                       "r.user_key WHERE u.deleted_at IS NULL GROUP BY r.role ORDER BY 2 DESC, 1"),
        {}, 2);
    if (!reader.error.isEmpty())
        return failed();
    for (const QVariantList& r : roles) {
        CacheFilter withRole;
        withRole.role = r.at(0).toString();
        insights.roles << figure(QStringLiteral("role:") + withRole.role, withRole.role, r.at(1).toLongLong(),
                                 withRole);
    }

    // Accounts created per month (UTC), every month from the first to the last, the oldest
    // grouped into one bar when there are more than shownMonths.
    const QList<QVariantList> months = reader.rows(
        QStringLiteral(
            "SELECT strftime('%Y-%m', created_at / 1000, 'unixepoch') AS month, count(*) FROM users "
            "WHERE deleted_at IS NULL AND month IS NOT NULL GROUP BY month ORDER BY month"),
        {}, 2);
    if (!reader.error.isEmpty())
        return failed();
    if (!months.isEmpty()) {
        QHash<QString, qint64> perMonth;
        for (const QVariantList& m : months)
            perMonth.insert(m.at(0).toString(), m.at(1).toLongLong());
        const QDate first =
            QDate::fromString(months.first().at(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        const QDate last =
            QDate::fromString(months.last().at(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        QDate shownFrom = first;
        if (first.isValid() && last.isValid() && first.addMonths(shownMonths) <= last) {
            shownFrom = last.addMonths(1 - shownMonths);
            CacheFilter before;
            before.createdBefore = QDateTime(shownFrom, QTime(0, 0), Utc::zone).toMSecsSinceEpoch();
            // Counted as its filter lists them, not as a sum of months.
            const Result<qint64> earlier = cache.readCount({}, before);
            if (!earlier.ok())
                return earlier.error();
            insights.createdPerMonth << figure(
                QStringLiteral("created:earlier"),
                tr("Before %1").arg(shownFrom.toString(QStringLiteral("yyyy-MM"))), earlier.value(), before);
        }
        for (QDate month = shownFrom; month.isValid() && month <= last; month = month.addMonths(1)) {
            const QString name = month.toString(QStringLiteral("yyyy-MM"));
            CacheFilter inMonth;
            inMonth.createdFrom = QDateTime(month, QTime(0, 0), Utc::zone).toMSecsSinceEpoch();
            inMonth.createdBefore = QDateTime(month.addMonths(1), QTime(0, 0), Utc::zone).toMSecsSinceEpoch();
            insights.createdPerMonth << figure(QStringLiteral("created:") + name, name, perMonth.value(name),
                                               inMonth);
        }
    }

    // The last sign-in distribution, then those who never signed in.
    int column = 6;
    for (const SignInBucket& bucket : signInBuckets) {
        CacheFilter within;
        within.signIn = CacheFilter::SignIn::Recorded;
        if (bucket.oldestDays >= 0)
            within.lastLoginFrom = daysAgo(bucket.oldestDays);
        if (bucket.newestDays >= 0)
            within.lastLoginBefore = daysAgo(bucket.newestDays);
        const QString key = QLatin1String(bucket.key);
        const QString label = tr(bucket.label);
        insights.lastSignIn << (insights.recordsSignIn
                                    ? figure(key, label, row.at(column).toLongLong(), within)
                                    : unknown(key, label, noSignIns, within));
        ++column;
    }
    insights.lastSignIn << (insights.recordsSignIn
                                ? figure(QStringLiteral("lastSignIn:never"), tr("Never"), never, neverFilter)
                                : unknown(QStringLiteral("lastSignIn:never"), tr("Never"), noSignIns,
                                          neverFilter));
    return insights;
}

// The Overview's figures: counted by InsightsReader from a cache, compared with counts
// made here in plain C++ from the users the cache was given, and with CachedUserSource::readCount
// of each figure's filter, so that clicking a figure lists exactly the users it counts.

#include "cache/CacheWriter.h"
#include "cache/CachedUserSource.h"
#include "insights/InsightsReader.h"
#include "values/Utc.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {
const QDateTime now(QDate(2026, 6, 15), QTime(12, 0), Utc::zone);

// 400 users: every 5th never signed in, the others one every 2 days back from now; created one
// a day from 2025-01-01; every 10th an admin, every 7th disabled. Users 1 and 2 sit on the
// edges: 1 signed in exactly 30 days ago (not idle for 30 days), 2 a millisecond before that;
// 3 and 4 were created on either side of midnight UTC starting March 2025.
QList<User> people(int count = 400)
{
    QList<User> users;
    for (int i = 0; i < count; ++i) {
        User u;
        u.id = QStringLiteral("u%1").arg(i);
        u.username = QStringLiteral("person%1").arg(i);
        u.roles = {i % 10 == 0 ? QStringLiteral("admin") : QStringLiteral("member")};
        if (i % 4 == 0)
            u.roles << QStringLiteral("auditor");
        u.enabled = i % 7 != 0;
        u.createdAt = QDateTime(QDate(2025, 1, 1), QTime(8, 0), Utc::zone).addDays(i);
        if (i % 5 != 0)
            u.lastLoginAt = now.addSecs(-qint64(i) * 2 * 24 * 3600 - 60);
        if (i == 1 || i == 2)
            u.lastLoginAt = now.addDays(-30).addMSecs(i == 2 ? -1 : 0);
        if (i == 3 || i == 4)
            u.createdAt = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Utc::zone).addMSecs(i == 4 ? -1 : 0);
        users << u;
    }
    return users;
}

qint64 countIf(const QList<User>& users, const std::function<bool(const User&)>& which)
{
    return std::count_if(users.begin(), users.end(), which);
}
} // namespace

class tst_InsightsReader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh cache holding `users`, with the sessions and keys given (none: not synced).
    bool fill(CachedUserSource& source, const QList<User>& users, const QList<Session>* sessions = nullptr,
              const QList<ApiKey>* keys = nullptr)
    {
        if (!source.openFile(m_dir.filePath(QStringLiteral("insights-%1.sqlite").arg(++m_files))))
            return false;
        CacheWriter writer(source.database());
        return writer.beginSync(now) && writer.stageUsers(users) && (!sessions || writer.stageSessions(*sessions)) &&
               (!keys || writer.stageApiKeys(*keys)) && writer.commitSync(1);
    }

    // Every figure lists, through the users table's own reader, exactly as many users as it counts.
    static void verifyFiltersMatchCounts(const CachedUserSource& source, const UserInsights& insights)
    {
        for (const auto& [name, group] : insights.groups()) {
            for (const InsightFigure& f : *group) {
                if (!f.known())
                    continue;
                const Result<qint64> listed = source.readCount({}, f.filter);
                QVERIFY2(listed.ok(), qPrintable(listed.error().message));
                QVERIFY2(listed.value() == f.count,
                         qPrintable(QStringLiteral("%1: %2 counted, %3 listed").arg(f.key).arg(f.count).arg(listed.value())));
            }
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void figuresEqualIndependentCounts()
    {
        const QList<User> users = people();
        // Disabled users 7 and 14 hold a session, 21 a key; enabled 1 holds both. Disabled 28's
        // session expired and 35's key is disabled: they grant nothing.
        QList<Session> sessions;
        for (const int i : {7, 14, 1, 28}) {
            Session s;
            s.id = QStringLiteral("s%1").arg(i);
            s.userId = users.at(i).id;
            s.startedAt = now.addSecs(-3600);
            s.expiresAt = i == 28 ? now.addSecs(-60) : i == 7 ? now.addSecs(3600) : QDateTime();
            sessions << s;
        }
        QList<ApiKey> keys;
        for (const int i : {21, 1, 35}) {
            ApiKey k;
            k.id = QStringLiteral("k%1").arg(i);
            k.ownerId = users.at(i).id;
            k.name = QStringLiteral("key");
            k.enabled = i != 35;
            keys << k;
        }
        CachedUserSource source;
        QVERIFY(fill(source, users, &sessions, &keys));
        const Result<UserInsights> read = InsightsReader::read(source, {QStringLiteral("admin")}, now);
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        const UserInsights& insights = read.value();
        QVERIFY(insights.recordsSignIn);
        QCOMPARE(insights.now, now);
        QVERIFY(insights.asOf.isValid());

        const auto count = [&](const QString& key) {
            const InsightFigure* f = insights.figure(key);
            return f ? f->count : -2;
        };
        const auto idleFor = [&](int days) {
            return countIf(users, [&](const User& u) {
                return u.lastLoginAt.isValid() && u.lastLoginAt < now.addDays(-days);
            });
        };
        QCOMPARE(count(QStringLiteral("total")), qint64(users.size()));
        QCOMPARE(count(QStringLiteral("enabled")), countIf(users, [](const User& u) { return u.enabled; }));
        QCOMPARE(count(QStringLiteral("disabled")), countIf(users, [](const User& u) { return !u.enabled; }));
        QCOMPARE(count(QStringLiteral("neverSignedIn")),
                 countIf(users, [](const User& u) { return !u.lastLoginAt.isValid(); }));
        QCOMPARE(count(QStringLiteral("idle30")), idleFor(30));
        QCOMPARE(count(QStringLiteral("idle90")), idleFor(90));
        QCOMPARE(count(QStringLiteral("idle365")), idleFor(365));
        QVERIFY(idleFor(30) > idleFor(90) && idleFor(90) > idleFor(365) && idleFor(365) > 0);
        QCOMPARE(count(QStringLiteral("admins")),
                 countIf(users, [](const User& u) { return u.roles.contains(QStringLiteral("admin")); }));
        QCOMPARE(count(QStringLiteral("disabledWithAccess")), 3); // 7, 14 and 21; 1 is enabled

        QCOMPARE(insights.roles.size(), 3);
        QCOMPARE(insights.roles.first().key, QStringLiteral("role:member")); // most first
        for (const QString& role : {QStringLiteral("admin"), QStringLiteral("member"), QStringLiteral("auditor")})
            QCOMPARE(count(QStringLiteral("role:") + role),
                     countIf(users, [&](const User& u) { return u.roles.contains(role); }));

        // 400 days from 2025-01-01: every month from 2025-01 to 2026-02, none left out.
        QCOMPARE(insights.createdPerMonth.size(), 14);
        QCOMPARE(insights.createdPerMonth.first().key, QStringLiteral("created:2025-01"));
        QCOMPARE(insights.createdPerMonth.last().key, QStringLiteral("created:2026-02"));
        qint64 created = 0;
        for (const InsightFigure& month : insights.createdPerMonth) {
            const QDate first = QDate::fromString(month.label + QStringLiteral("-01"), Qt::ISODate);
            QCOMPARE(month.count, countIf(users, [&](const User& u) {
                         return u.createdAt.date() >= first && u.createdAt.date() < first.addMonths(1);
                     }));
            created += month.count;
        }
        QCOMPARE(created, qint64(users.size()));

        // The sign-in bars add up to everyone, and each is the span it names.
        QCOMPARE(insights.lastSignIn.size(), 6);
        qint64 spread = 0;
        for (const InsightFigure& bar : insights.lastSignIn)
            spread += bar.count;
        QCOMPARE(spread, qint64(users.size()));
        QCOMPARE(count(QStringLiteral("lastSignIn:0-7")), countIf(users, [](const User& u) {
                     return u.lastLoginAt.isValid() && u.lastLoginAt >= now.addDays(-7);
                 }));
        QCOMPARE(count(QStringLiteral("lastSignIn:91-365")), countIf(users, [](const User& u) {
                     return u.lastLoginAt.isValid() && u.lastLoginAt < now.addDays(-90) &&
                            u.lastLoginAt >= now.addDays(-365);
                 }));
        QCOMPARE(count(QStringLiteral("lastSignIn:never")), count(QStringLiteral("neverSignedIn")));

        verifyFiltersMatchCounts(source, insights);
    }

    // Users deleted on the server are not counted, nor listed by any figure.
    void usersDeletedOnServerAreLeftOut()
    {
        const QList<User> users = people(100);
        CachedUserSource source;
        QVERIFY(fill(source, users));
        CacheWriter writer(source.database());
        QVERIFY(writer.markDeletedOnServer(users.at(10).id)); // an admin
        QVERIFY(writer.markDeletedOnServer(users.at(7).id));  // disabled
        const Result<UserInsights> read = InsightsReader::read(source, {QStringLiteral("admin")}, now);
        QVERIFY(read.ok());
        QCOMPARE(read.value().figure(QStringLiteral("total"))->count, 98);
        QCOMPARE(read.value().figure(QStringLiteral("admins"))->count, 9);
        QCOMPARE(read.value().figure(QStringLiteral("disabled"))->count,
                 countIf(users, [](const User& u) { return !u.enabled; }) - 1);
        verifyFiltersMatchCounts(source, read.value());
    }

    // What the cache cannot know is said, not shown as zero.
    void whatIsNotKnownSaysWhy()
    {
        QList<User> users = people(50);
        for (User& u : users)
            u.lastLoginAt = {};
        CachedUserSource source;
        QVERIFY(fill(source, users)); // no sessions or keys synced
        const Result<UserInsights> read = InsightsReader::read(source, {}, now);
        QVERIFY(read.ok());
        const UserInsights& insights = read.value();
        QVERIFY(!insights.recordsSignIn);
        for (const QString& key : {QStringLiteral("neverSignedIn"), QStringLiteral("idle90"),
                                   QStringLiteral("lastSignIn:0-7"), QStringLiteral("lastSignIn:never")}) {
            QVERIFY2(!insights.figure(key)->known(), qPrintable(key));
            QVERIFY(insights.figure(key)->unknownReason.contains(QStringLiteral("no user a sign-in time")));
        }
        QVERIFY(!insights.figure(QStringLiteral("admins"))->known());
        QVERIFY(insights.figure(QStringLiteral("admins"))->unknownReason.contains(QStringLiteral("administrator role")));
        QVERIFY(!insights.figure(QStringLiteral("disabledWithAccess"))->known());
        QVERIFY(insights.figure(QStringLiteral("disabledWithAccess"))->unknownReason.contains(QStringLiteral("every session")));
        QCOMPARE(insights.figure(QStringLiteral("total"))->count, 50);

        // An empty cache: zeros where zero is true, and nothing to chart.
        CachedUserSource empty;
        QVERIFY(fill(empty, {}));
        const Result<UserInsights> none = InsightsReader::read(empty, {QStringLiteral("admin")}, now);
        QVERIFY(none.ok());
        QCOMPARE(none.value().figure(QStringLiteral("total"))->count, 0);
        QCOMPARE(none.value().figure(QStringLiteral("admins"))->count, 0);
        QVERIFY(none.value().createdPerMonth.isEmpty());
        QVERIFY(none.value().roles.isEmpty());

        CachedUserSource closed;
        QVERIFY(!InsightsReader::read(closed, {}, now).ok());
    }

    // Ten years of accounts: the last 36 months one by one, the rest in one bar before them.
    void oldMonthsShareOneBar()
    {
        QList<User> users = people(120);
        for (int i = 0; i < users.size(); ++i)
            users[i].createdAt = QDateTime(QDate(2016, 1, 10), QTime(0, 0), Utc::zone).addMonths(i);
        CachedUserSource source;
        QVERIFY(fill(source, users));
        const Result<UserInsights> read = InsightsReader::read(source, {}, now);
        QVERIFY(read.ok());
        const QList<InsightFigure>& months = read.value().createdPerMonth;
        QCOMPARE(months.size(), InsightsReader::shownMonths + 1);
        QCOMPARE(months.first().key, QStringLiteral("created:earlier"));
        QCOMPARE(months.first().count, 120 - InsightsReader::shownMonths);
        QCOMPARE(months.last().key, QStringLiteral("created:2025-12"));
        verifyFiltersMatchCounts(source, read.value());
    }
};

QTEST_GUILESS_MAIN(tst_InsightsReader)
#include "tst_InsightsReader.moc"

// Access reviews: the snapshot, decisions checked against it, a file's decisions all or none,
// an applied review frozen, an applied decision fixed, a first-schema file upgraded, and decisions that survive a kill -9 of the process making
// them (a child of this test decides one user after another until it is killed).

#include "cache/CacheWriter.h"
#include "cache/CachedUserSource.h"
#include "reviews/ReviewSnapshot.h"
#include "reviews/ReviewStore.h"
#include "values/Utc.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

namespace {
QList<User> people(int count)
{
    QList<User> users;
    for (int i = 0; i < count; ++i) {
        User u;
        u.id = QStringLiteral("id-%1").arg(i);
        u.username = QStringLiteral("user%1").arg(i, 3, 10, QLatin1Char('0'));
        u.email = u.username + QStringLiteral("@example.test");
        u.roles = i % 3 == 0 ? QStringList{QStringLiteral("admin"), QStringLiteral("member")}
                             : QStringList{QStringLiteral("member")};
        u.enabled = i % 5 != 0;
        users << u;
    }
    return users;
}

AccessReview named(const QString& name)
{
    AccessReview r;
    r.profileId = QStringLiteral("profile-1");
    r.name = name;
    r.reviewer = QStringLiteral("dana");
    r.due = QDate(2026, 12, 31);
    r.scope = QStringLiteral("all users");
    r.cacheAsOf = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Utc::zone);
    return r;
}

ReviewDecision decision(const QString& userId, ReviewDecision::Kind kind, const QString& role = {},
                        const QString& comment = {})
{
    ReviewDecision d;
    d.userId = userId;
    d.kind = kind;
    d.role = role;
    d.comment = comment;
    d.decidedBy = QStringLiteral("dana");
    return d;
}

// Child mode: decides the users of review 1 one after another, saying so after each commit.
int decideForever(const QString& path)
{
    ReviewStore store;
    if (!store.open(path))
        return 2;
    const Result<QList<ReviewItem>> items = store.items(1);
    if (!items.ok())
        return 3;
    for (const ReviewItem& item : items.value()) {
        if (!store.decide(1, decision(item.user.id, ReviewDecision::Kind::Keep, {}, QStringLiteral("still here"))).ok())
            return 4;
        std::printf("%s\n", qPrintable(item.user.id));
        std::fflush(stdout);
    }
    std::printf("all\n");
    std::fflush(stdout);
    for (;;)
        QThread::msleep(100); // waits for the kill
}
} // namespace

class tst_ReviewStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("reviews-%1.sqlite").arg(++m_files)); }

private slots:
    void snapshotAndTotals()
    {
        ReviewStore store;
        QVERIFY2(store.open(freshPath()), qPrintable(store.errorString()));
        const Result<qint64> id = store.start(named(QStringLiteral("Q4")), people(10));
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        const std::optional<AccessReview> review = store.review(QStringLiteral("profile-1"), QStringLiteral("Q4"));
        QVERIFY(review);
        QCOMPARE(review->id, id.value());
        QCOMPARE(review->reviewer, QStringLiteral("dana"));
        QCOMPARE(review->due, QDate(2026, 12, 31));
        QCOMPARE(review->cacheAsOf, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Utc::zone));
        QCOMPARE(review->totals.users, 10);
        QCOMPARE(review->totals.open(), 10);
        QVERIFY(store.review(QStringLiteral("profile-1"), QString::number(id.value())));
        QVERIFY(!store.review(QStringLiteral("profile-2"), QStringLiteral("Q4")));

        const Result<QList<ReviewItem>> items = store.items(id.value());
        QVERIFY(items.ok());
        QCOMPARE(items.value().size(), 10);
        QCOMPARE(items.value().first().user.username, QStringLiteral("user000"));
        QCOMPARE(items.value().first().user.roles, (QStringList{QStringLiteral("admin"), QStringLiteral("member")}));
        QVERIFY(!items.value().first().user.enabled);
        QVERIFY(items.value().first().fingerprint != 0);
        QVERIFY(!items.value().first().decision);

        // The name is the profile's; an empty scope or name is refused.
        QCOMPARE(store.start(named(QStringLiteral("Q4")), people(3)).error().kind, ApiError::Kind::Conflict);
        QVERIFY(store.start(named(QStringLiteral("other profile")), {}).error().message.contains(QStringLiteral("No cached user")));
        QVERIFY(!store.start(named(QStringLiteral("  ")), people(3)).ok());
    }

    void decisionsAreCheckedAgainstTheSnapshot()
    {
        ReviewStore store;
        QVERIFY(store.open(freshPath()));
        const qint64 id = store.start(named(QStringLiteral("Admins")), people(6)).value();
        using K = ReviewDecision::Kind;
        QVERIFY(store.decide(id, decision(QStringLiteral("id-0"), K::RemoveRole, QStringLiteral("admin"), QStringLiteral("no longer on call"))).ok());
        QVERIFY(store.decide(id, decision(QStringLiteral("id-1"), K::Disable, {}, QStringLiteral("left"))).ok());
        QVERIFY(store.decide(id, decision(QStringLiteral("id-2"), K::Keep)).ok());
        QVERIFY(store.decide(id, decision(QStringLiteral("id-3"), K::Delete)).ok());
        QVERIFY(store.decide(id, decision(QStringLiteral("id-4"), K::Ask, {}, QStringLiteral("Is Kim still a contractor?"))).ok());

        const Result<Done> notHeld = store.decide(id, decision(QStringLiteral("id-1"), K::RemoveRole, QStringLiteral("admin")));
        QVERIFY(!notHeld.ok());
        QVERIFY2(notHeld.error().message.contains(QStringLiteral("did not hold the role “admin”")), qPrintable(notHeld.error().message));
        QVERIFY(store.decide(id, decision(QStringLiteral("id-5"), K::Ask)).error().message.contains(QStringLiteral("needs a comment")));
        QCOMPARE(store.decide(id, decision(QStringLiteral("nobody"), K::Keep)).error().kind, ApiError::Kind::NotFound);
        ReviewDecision anonymous = decision(QStringLiteral("id-5"), K::Keep);
        anonymous.decidedBy.clear();
        QVERIFY(!store.decide(id, anonymous).ok());

        const AccessReview review = *store.review(id);
        QCOMPARE(review.totals.kept, 1);
        QCOMPARE(review.totals.disabled, 1);
        QCOMPARE(review.totals.rolesRemoved, 1);
        QCOMPARE(review.totals.deleted, 1);
        QCOMPARE(review.totals.asked, 1);
        QCOMPARE(review.totals.open(), 1);
        const QList<ReviewItem> items = store.items(id).value();
        const ReviewDecision& first = *items.first().decision;
        QCOMPARE(first.kind, K::RemoveRole);
        QCOMPARE(first.role, QStringLiteral("admin"));
        QCOMPARE(first.comment, QStringLiteral("no longer on call"));
        QCOMPARE(first.decidedBy, QStringLiteral("dana"));
        QVERIFY(qAbs(first.decidedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(first.text(), QStringLiteral("Remove role admin"));

        // A decision taken back leaves the user open again.
        QVERIFY(store.undecide(id, QStringLiteral("id-2")).ok());
        QCOMPARE(store.review(id)->totals.open(), 2);
    }

    void aFilesDecisionsAreAllOrNone()
    {
        ReviewStore store;
        QVERIFY(store.open(freshPath()));
        const qint64 id = store.start(named(QStringLiteral("Import")), people(4)).value();
        using K = ReviewDecision::Kind;
        const QList<ReviewDecision> file{decision(QStringLiteral("id-0"), K::Keep),
                                         decision(QStringLiteral("id-1"), K::RemoveRole, QStringLiteral("admin")),
                                         decision(QStringLiteral("id-2"), K::Disable)};
        const Result<Done> refused = store.decideAll(id, file);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("id-1")));
        QCOMPARE(store.review(id)->totals.open(), 4); // not even id-0
        QVERIFY(store.decideAll(id, {file.at(0), file.at(2)}).ok());
        QCOMPARE(store.review(id)->totals.open(), 2);
    }

    // Stopped while its users are written (the console's Cancel), a start leaves no review.
    void aStartStoppedHalfWayLeavesNoReview()
    {
        ReviewStore store;
        QVERIFY(store.open(freshPath()));
        qint64 heard = 0;
        const Result<qint64> stopped = store.start(named(QStringLiteral("Half")), people(2500), [&heard](qint64 written) {
            heard = written;
            return written < 2000;
        });
        QCOMPARE(stopped.error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(heard, 2000);
        QVERIFY(!store.review(QStringLiteral("profile-1"), QStringLiteral("Half")));
        const Result<qint64> again = store.start(named(QStringLiteral("Half")), people(2500), [](qint64) { return true; });
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(store.review(again.value())->totals.users, 2500);
    }

    // Reading a review back is one statement that sorts every user: a stop is heard inside it
    // (not only once it has returned), and the next read is whole again.
    void aReadStoppedInsideItsStatementSaysCancelled()
    {
        ReviewStore store;
        QVERIFY(store.open(freshPath()));
        const qint64 id = store.start(named(QStringLiteral("Long")), people(5000)).value();
        int asked = 0;
        const Result<QList<ReviewItem>> stopped = store.items(id, [&asked] { return ++asked < 3; });
        QCOMPARE(stopped.error().kind, ApiError::Kind::Cancelled);
        QVERIFY2(asked >= 3, qPrintable(QString::number(asked))); // asked while the rows were read
        QCOMPARE(store.items(id).value().size(), 5000);
        QCOMPARE(store.items(id, [] { return true; }).value().size(), 5000);

        CachedUserSource cache;
        QVERIFY(cache.openFile(freshPath()));
        QList<ReviewItem> items = store.items(id).value();
        QCOMPARE(ReviewSnapshot::compare(items, cache, [] { return false; }).error().kind, ApiError::Kind::Cancelled);
    }

    void anAppliedReviewIsFrozen()
    {
        ReviewStore store;
        QVERIFY(store.open(freshPath()));
        const qint64 id = store.start(named(QStringLiteral("Done")), people(2)).value();
        QVERIFY(store.decide(id, decision(QStringLiteral("id-0"), ReviewDecision::Kind::Keep)).ok());
        QVERIFY(store.markApplied(id).ok());
        QVERIFY(store.review(id)->appliedAt.isValid());
        QCOMPARE(store.decide(id, decision(QStringLiteral("id-1"), ReviewDecision::Kind::Keep)).error().kind,
                 ApiError::Kind::Conflict);
        QVERIFY(!store.undecide(id, QStringLiteral("id-0")).ok());
    }

    // An applied decision is fixed: it cannot change or be taken back, and the first record
    // stays; a failed one can be tried again and decided anew.
    void anAppliedDecisionIsFixed()
    {
        ReviewStore store;
        QVERIFY(store.open(freshPath()));
        const qint64 id = store.start(named(QStringLiteral("Partly")), people(3)).value();
        QVERIFY(store.decide(id, decision(QStringLiteral("id-0"), ReviewDecision::Kind::Disable)).ok());
        QVERIFY(store.decide(id, decision(QStringLiteral("id-1"), ReviewDecision::Kind::Delete)).ok());
        const QDateTime at(QDate(2026, 12, 4), QTime(10, 0), Utc::zone);
        QVERIFY(store.recordApplied(id, QStringLiteral("id-0"), true, QStringLiteral("done"), at).ok());
        QVERIFY(store.recordApplied(id, QStringLiteral("id-1"), false, QStringLiteral("failed: busy"), at).ok());
        QVERIFY(store.recordApplied(id, QStringLiteral("id-0"), false, QStringLiteral("failed: later"), at).ok());
        const QList<ReviewItem> items = store.items(id).value();
        QCOMPARE(items.at(0).appliedAt, at);
        QCOMPARE(items.at(0).applyResult, QStringLiteral("done"));
        QVERIFY(!items.at(1).appliedAt.isValid());
        QCOMPARE(items.at(1).applyResult, QStringLiteral("failed: busy"));
        const Result<Done> changed = store.decide(id, decision(QStringLiteral("id-0"), ReviewDecision::Kind::Keep));
        QCOMPARE(changed.error().kind, ApiError::Kind::Conflict);
        QVERIFY(changed.error().message.contains(QStringLiteral("applied on the server already")));
        QVERIFY(!store.undecide(id, QStringLiteral("id-0")).ok());
        QVERIFY(store.decide(id, decision(QStringLiteral("id-1"), ReviewDecision::Kind::Keep)).ok());
        QVERIFY(!store.review(id)->appliedAt.isValid());
    }

    // A file of the first schema (before decisions were applied one by one) opens with its
    // reviews and decisions, and gains the columns.
    void aFirstSchemaFileIsUpgraded()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char* statement :
                 {"CREATE TABLE reviews (id INTEGER PRIMARY KEY, profile_id TEXT NOT NULL, name TEXT NOT NULL, "
                  "reviewer TEXT NOT NULL, due TEXT NOT NULL DEFAULT '', scope TEXT NOT NULL DEFAULT '', "
                  "created_at INTEGER NOT NULL, cache_as_of INTEGER, applied_at INTEGER, UNIQUE (profile_id, name))",
                  "CREATE TABLE review_users (review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE, "
                  "user_id TEXT NOT NULL, username TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
                  "first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '', roles TEXT NOT NULL "
                  "DEFAULT '[]', enabled INTEGER NOT NULL DEFAULT 1, last_login_at INTEGER, fingerprint INTEGER NOT "
                  "NULL DEFAULT 0, decision TEXT, role TEXT NOT NULL DEFAULT '', comment TEXT NOT NULL DEFAULT '', "
                  "decided_by TEXT NOT NULL DEFAULT '', decided_at INTEGER, PRIMARY KEY (review_id, user_id)) "
                  "WITHOUT ROWID",
                  "INSERT INTO reviews (profile_id, name, reviewer, created_at) VALUES ('profile-1', 'Old', 'dana', 1)",
                  "INSERT INTO review_users (review_id, user_id, username, decision, decided_by, decided_at) "
                  "VALUES (1, 'u1', 'ada', 'disable', 'dana', 2)",
                  "PRAGMA user_version = 1"})
                QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        ReviewStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        const QList<ReviewItem> items = store.items(1).value();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().decision->kind, ReviewDecision::Kind::Disable);
        QVERIFY(items.first().applyResult.isEmpty());
        QVERIFY(store.recordApplied(1, QStringLiteral("u1"), true, QStringLiteral("done")).ok());
        QCOMPARE(store.items(1).value().first().applyResult, QStringLiteral("done"));
    }

    // A snapshot read in pages is one moment of the cache: a sync that commits between two pages
    // (here: the first user deleted on the server, which shifts every later offset) changes
    // nothing in it, and the next snapshot sees that sync.
    void aSnapshotIsOneMomentOfTheCache()
    {
        const QString path = freshPath();
        CachedUserSource cache;
        QVERIFY(cache.openFile(path));
        CacheWriter writer(cache.database());
        QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()) && writer.stageUsers(people(10)) && writer.commitSync(1));
        CachedUserSource other; // another program's sync
        QVERIFY(other.openFile(path));
        CacheWriter otherWriter(other.database());
        int pages = 0;
        const QDateTime before = cache.asOf();
        QVERIFY(before.isValid());
        QDateTime asOf;
        const Result<QList<User>> snapshot = ReviewSnapshot::users(
            cache, CacheFilter(), {}, &asOf,
            [&](qint64) {
                if (++pages > 1)
                    return true;
                // And another full sync, finished a clock tick later, whose time is not this
                // snapshot's.
                while (QDateTime::currentMSecsSinceEpoch() <= before.toMSecsSinceEpoch())
                    QThread::usleep(200);
                CacheWriter sync(other.database());
                return otherWriter.markDeletedOnServer(QStringLiteral("id-0")) &&
                       sync.beginSync(QDateTime::currentDateTimeUtc()) && sync.stageUsers(people(12).mid(1)) &&
                       sync.commitSync(1);
            },
            3);
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().message));
        QCOMPARE(pages, 4);
        QCOMPARE(asOf, before);
        QVERIFY(cache.asOf() > before);
        QStringList ids;
        for (const User& user : snapshot.value())
            ids << user.id;
        ids.sort();
        QStringList everyone;
        for (const User& user : people(10))
            everyone << user.id;
        everyone.sort();
        QCOMPARE(ids, everyone); // each once, id-0 too
        QCOMPARE(ReviewSnapshot::users(cache, CacheFilter(), {}, nullptr, {}, 3).value().size(), 11);
    }

    // After a sync, the users who changed on the server since the snapshot are told apart.
    void changesSinceTheSnapshotAreFlagged()
    {
        CachedUserSource cache;
        QVERIFY(cache.openFile(freshPath()));
        CacheWriter writer(cache.database());
        QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()) && writer.stageUsers(people(5)) && writer.commitSync(1));
        CacheFilter everyone;
        const Result<QList<User>> snapshot = ReviewSnapshot::users(cache, everyone, {}, nullptr);
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot.value().size(), 5);
        ReviewStore store;
        QVERIFY(store.open(freshPath()));
        const qint64 id = store.start(named(QStringLiteral("Drift")), snapshot.value()).value();

        User promoted = people(5).at(1);
        promoted.roles << QStringLiteral("auditor");
        QVERIFY(writer.storeUser(promoted));
        QVERIFY(writer.markDeletedOnServer(QStringLiteral("id-2")));
        Result<QList<ReviewItem>> items = store.items(id);
        QVERIFY(items.ok());
        ReviewSnapshot::compare(items.value(), cache);
        QHash<QString, ReviewItem::ServerCopy> copies;
        for (const ReviewItem& item : items.value())
            copies.insert(item.user.id, item.serverCopy);
        QCOMPARE(copies.value(QStringLiteral("id-0")), ReviewItem::ServerCopy::Unchanged);
        QCOMPARE(copies.value(QStringLiteral("id-1")), ReviewItem::ServerCopy::Changed);
        QCOMPARE(copies.value(QStringLiteral("id-2")), ReviewItem::ServerCopy::DeletedOnServer);
        QCOMPARE(copies.value(QStringLiteral("id-3")), ReviewItem::ServerCopy::Unchanged);
    }

    // Every decision reported as made is there after the process making them is killed.
    void decisionsSurviveAKill()
    {
        const QString path = freshPath();
        {
            ReviewStore store;
            QVERIFY(store.open(path));
            QCOMPARE(store.start(named(QStringLiteral("Killed")), people(400)).value(), 1);
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--decide-forever"), path});
        QVERIFY(child.waitForStarted());
        QStringList reported;
        QTRY_VERIFY_WITH_TIMEOUT((reported += QString::fromUtf8(child.readAllStandardOutput()).split(
                                      QLatin1Char('\n'), Qt::SkipEmptyParts),
                                  reported.size() >= 40),
                                 30000);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        reported += QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        reported.removeAll(QStringLiteral("all"));

        ReviewStore after;
        QVERIFY2(after.open(path), qPrintable(after.errorString()));
        QSet<QString> decided;
        const Result<QList<ReviewItem>> items = after.items(1);
        QVERIFY(items.ok());
        for (const ReviewItem& item : items.value()) {
            if (item.decision)
                decided.insert(item.user.id);
        }
        for (const QString& id : reported)
            QVERIFY2(decided.contains(id), qPrintable(id));
        QVERIFY(decided.size() >= reported.size());
        QVERIFY(decided.size() <= reported.size() + 1); // at most the one being written
    }
};

int main(int argc, char** argv)
{
    if (argc == 3 && QByteArray(argv[1]) == "--decide-forever") {
        QCoreApplication app(argc, argv);
        return decideForever(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    tst_ReviewStore test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ReviewStore.moc"

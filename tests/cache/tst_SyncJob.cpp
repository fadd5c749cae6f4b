// SyncJob against a stand-in server: every page arrives in the cache, progress is reported,
// and a cancel or a failure leaves the previous copy exactly as it was.

#include "CacheTestData.h"
#include "CommitLog.h"
#include "FakeUserSource.h"
#include "cache/CachedUserSource.h"
#include "cache/SyncJob.h"
#include "cache/SyncWorker.h"
#include "storage/SqliteConnection.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <algorithm>
#include <chrono>
#include <thread>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_SyncJob : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void syncStoresEveryPageAndReportsProgress();
    void syncWithoutTotalAndSessions();
    void repeatsInTheListingsAreKeptOnce();
    void pagesAnsweredOutOfOrderAreTakenInOrder_data();
    void pagesAnsweredOutOfOrderAreTakenInOrder();
    void aSlowPageHoldsTheListingToTwoPages();
    void aSourceThatAnswersAtOnceSyncsOnce();
    void aServerThatCapsItsPagesIsAskedOnePageAtATime();
    void aPageAskedPastTheEndThatFailsIsNoFailure();
    void cancelLeavesPreviousCopy();
    void cancelDuringTheCommitLeavesPreviousCopy();
    void cancelEndsTheWaitForAnotherWriter();
    void failedPageLeavesPreviousCopy();
    void readerSeesPreviousCopyDuringSync();
    void refreshUpdatesOneUser();
    void refreshOfVanishedUserMarksItDeleted();
    void syncThatWouldEmptyTheCopyAsksFirst();
    void twoSyncsOfOneCacheAtOnceNeitherCorrupts();
    void aFirstSyncMakesItsUsersReadyWhileItsSessionsAreListed();

private:
    SyncResult runSync(SyncJob& job);
    SyncResult syncInPagesOf100(UserSource& server);
    QList<CachedUser> everything(CachedUserSource& source);
    // The users the cache shows (not deleted), by id.
    QList<User> usersById(CachedUserSource& source);
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_SyncJob::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"));
}

SyncResult tst_SyncJob::runSync(SyncJob& job)
{
    QSignalSpy finished(&job, &SyncJob::finished);
    job.start();
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<SyncResult>();
}

SyncResult tst_SyncJob::syncInPagesOf100(UserSource& server)
{
    SyncJob job(m_path, &server);
    job.setPageSize(100);
    return runSync(job);
}

QList<User> tst_SyncJob::usersById(CachedUserSource& source)
{
    UserQuery all;
    all.limit = 100000;
    all.sortField = QStringLiteral("id");
    return source.page(all).users;
}

QList<CachedUser> tst_SyncJob::everything(CachedUserSource& source)
{
    UserQuery all;
    all.limit = 100000;
    all.sortField = QStringLiteral("id");
    CacheFilter filter;
    filter.deleted = CacheFilter::Deleted::Include;
    return source.rows(all, filter);
}

void tst_SyncJob::syncStoresEveryPageAndReportsProgress()
{
    FakeUserSource server;
    server.users = CacheTestData::users(1234);
    SyncJob job(m_path, &server);
    job.setPageSize(100);
    job.setPagesPerTransaction(3);
    QSignalSpy progress(&job, &SyncJob::progress);
    QSignalSpy staged(&job, &SyncJob::pageStaged);
    const SyncResult result = runSync(job);
    QVERIFY2(result.completed(), qPrintable(result.error.message));
    QCOMPARE(result.record.users, 1234);
    QCOMPARE(result.record.pages, 13);
    QCOMPARE(server.requests, 13);
    QCOMPARE(staged.size(), 13);

    const SyncProgress last = progress.last().first().value<SyncProgress>();
    QCOMPARE(last.phase, SyncProgress::Phase::Committing);
    QCOMPARE(last.pages, 13);
    QCOMPARE(last.users, 1234);
    QCOMPARE(last.total, 1234);
    QCOMPARE(last.percent(), 100);
    SyncProgress committing;
    for (const QList<QVariant>& signal : std::as_const(progress)) {
        committing = signal.first().value<SyncProgress>();
        if (committing.phase == SyncProgress::Phase::Committing)
            break;
    }
    QCOMPARE(committing.text(), QStringLiteral("Saving the new copy…")); // as the commit begins
    SyncProgress longCommit = committing;
    longCommit.committingMs = 12500; // then its seconds, every second (a million users: half a minute)
    QCOMPARE(longCommit.text(), QStringLiteral("Saving the new copy… 12 s"));
    int previousUsers = -1;
    for (const QList<QVariant>& signal : std::as_const(progress)) {
        const SyncProgress p = signal.first().value<SyncProgress>();
        QVERIFY(p.users >= previousUsers);
        previousUsers = int(p.users);
    }

    CachedUserSource source;
    QVERIFY(source.openFile(m_path));
    UserQuery all;
    all.limit = 5000;
    all.sortField = QStringLiteral("id");
    QCOMPARE(source.page(all).users, server.users);
    QCOMPARE(source.lastFullSync(), result.record);
}

void tst_SyncJob::repeatsInTheListingsAreKeptOnce()
{
    // The server's list shifted while it was paged: user 7 comes again on the last page, renamed
    // meanwhile, and session s0 again among the sessions, from another address. The users' half
    // checks the listing's PagingGuard, which drops a user already listed (the writer's own
    // rule, the latest copy, is tst_CacheWriter::duplicateListingsCountOnce's). Sessions have
    // no such guard: staged twice, through the worker, the copy listed last is kept.
    FakeUserSource server;
    server.users = CacheTestData::users(250);
    User renamed = server.users.at(7);
    renamed.username = QStringLiteral("renamed7");
    server.users.append(renamed);
    server.listSessions(300);
    Session moved = server.sessions.first();
    moved.ipAddress = QStringLiteral("192.0.2.7");
    server.sessions.append(moved);
    const SyncResult result = syncInPagesOf100(server);
    QVERIFY2(result.completed(), qPrintable(result.error.message));
    QCOMPARE(result.record.users, 250);

    CachedUserSource source;
    QVERIFY(source.openFile(m_path));
    QCOMPARE(source.count(), 250);
    QCOMPARE(source.user(renamed.id)->user.username, CacheTestData::user(7).username);
    const QList<Session> sessions = source.sessions(moved.userId).value();
    QCOMPARE(sessions.size(), 2); // s0 and s250: one session a user in turn
    const auto kept = std::find_if(sessions.cbegin(), sessions.cend(), [&](const Session& s) { return s.id == moved.id; });
    QVERIFY(kept != sessions.cend());
    QCOMPARE(kept->ipAddress, moved.ipAddress);
}

void tst_SyncJob::syncWithoutTotalAndSessions()
{
    FakeUserSource server;
    server.users = CacheTestData::users(250);
    server.reportTotal = false;
    server.listSessions(130);
    SyncJob job(m_path, &server);
    job.setPageSize(50);
    QSignalSpy progress(&job, &SyncJob::progress);
    const SyncResult result = runSync(job);
    QVERIFY(result.completed());
    QCOMPARE(result.record.users, 250);
    QCOMPARE(result.record.sessions, 130);
    QCOMPARE(progress.first().first().value<SyncProgress>().percent(), -1);
    CachedUserSource source;
    QVERIFY(source.openFile(m_path));
    QCOMPARE(source.sessions(server.users.at(129).id).value().size(), 1);
    QCOMPARE(source.sessions(server.users.at(130).id).value().size(), 0);
}

// The next page is asked for while this one is read (two requests on their way), so a server may
// answer them in either order: the sync takes them in the order of their offsets. Without a
// total, the short last page (11, odd) comes before page 10: taken as it came, it would end the
// listing a page early.
void tst_SyncJob::pagesAnsweredOutOfOrderAreTakenInOrder_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<bool>("total");
    QTest::newRow("with a total") << 1234 << true;
    QTest::newRow("without a total") << 1150 << false;
}

void tst_SyncJob::pagesAnsweredOutOfOrderAreTakenInOrder()
{
    QFETCH(int, users);
    QFETCH(bool, total);
    FakeUserSource server;
    server.users = CacheTestData::users(users);
    server.reportTotal = total;
    server.listSessions(730);
    server.evenPagesLate = true;
    SyncJob job(m_path, &server);
    job.setPageSize(100);
    QSignalSpy progress(&job, &SyncJob::progress);
    const SyncResult result = runSync(job);
    QVERIFY2(result.completed(), qPrintable(result.error.message));
    QCOMPARE(server.mostRequestsAtOnce, 2);
    QCOMPARE(result.record.users, users);
    QCOMPARE(result.record.pages, (users + 99) / 100);
    if (total)
        QCOMPARE(server.requests, 13); // nothing is asked past the total
    QCOMPARE(result.record.sessions, 730);
    // Seven full pages of sessions, the short eighth, and at most one asked past it.
    QVERIFY2(server.sessionRequests >= 8 && server.sessionRequests <= 9, qPrintable(QString::number(server.sessionRequests)));
    qint64 previousUsers = -1;
    for (const QList<QVariant>& signal : std::as_const(progress)) {
        const SyncProgress p = signal.first().value<SyncProgress>();
        QVERIFY(p.users >= previousUsers);
        previousUsers = p.users;
    }

    CachedUserSource source;
    QVERIFY(source.openFile(m_path));
    QCOMPARE(usersById(source), server.users);
    QCOMPARE(source.sessions(server.users.at(5).id).value().size(), 1);
}

// Page 1 answers 300 ms late and the pages after it at once: the sync asks for page 2 meanwhile,
// and no further, whatever answered early (a listing holds at most two pages it cannot take).
void tst_SyncJob::aSlowPageHoldsTheListingToTwoPages()
{
    FakeUserSource server;
    server.users = CacheTestData::users(1000);
    server.slowPage = 1;
    const SyncResult result = syncInPagesOf100(server);
    QVERIFY2(result.completed(), qPrintable(result.error.message));
    QCOMPARE(result.record.users, 1000);
    QCOMPARE(server.requestsWhileSlow, 1);
    QCOMPARE(server.requests, 10);
}

// A source may answer inside the call (UserSource's own default for sessions, a connection gone
// offline): the sync still walks both listings once and commits once.
void tst_SyncJob::aSourceThatAnswersAtOnceSyncsOnce()
{
    FakeUserSource server;
    server.users = CacheTestData::users(450);
    server.answersAtOnce = true;
    server.listSessions(300);
    server.failSessionsOnPage = 2; // the listing of sessions ends in a failure: a bonus, not needed
    SyncJob job(m_path, &server);
    job.setPageSize(100);
    QSignalSpy finished(&job, &SyncJob::finished);
    const SyncResult result = runSync(job);
    QVERIFY2(result.completed(), qPrintable(result.error.message));
    QCOMPARE(result.record.users, 450);
    QCOMPARE(result.record.sessions, 200);
    QCOMPARE(server.sessionRequests, 3);
    QTest::qWait(200); // a second commit would finish again, or fail
    QCOMPARE(finished.size(), 1);
}

// A server that answers fewer users than asked gives no way to know where its next page starts
// before this one is read: one request at a time, as before.
void tst_SyncJob::aServerThatCapsItsPagesIsAskedOnePageAtATime()
{
    FakeUserSource server;
    server.users = CacheTestData::users(250);
    server.reportTotal = false;
    server.pageCap = 40;
    const SyncResult result = syncInPagesOf100(server);
    QVERIFY2(result.completed(), qPrintable(result.error.message));
    QCOMPARE(result.record.users, 250);
    QCOMPARE(server.requests, 7);
    QCOMPARE(server.mostRequestsAtOnce, 1);
}

// Without a total, the page after the last one is asked for before the last one is read. When
// that request fails (a server answering an offset past its end with an error), nothing needed
// it: the sync completes, and so does its listing of sessions.
void tst_SyncJob::aPageAskedPastTheEndThatFailsIsNoFailure()
{
    FakeUserSource server;
    server.users = CacheTestData::users(300);
    server.reportTotal = false;
    server.failOnPage = 3; // offset 300, asked while page 2, which ends the listing, was read
    server.listSessions(250);
    server.failSessionsOnPage = 3; // page 2 is short and ends the listing
    server.evenPagesLate = true;   // the failure of page 3 comes before page 2
    const SyncResult result = syncInPagesOf100(server);
    QVERIFY2(result.completed(), qPrintable(result.error.message));
    // Pages 0-3, and perhaps 4 once 3 (answered before 2) left a request free: never more than
    // two past the last page read.
    QVERIFY2(server.requests >= 4 && server.requests <= 5, qPrintable(QString::number(server.requests)));
    QVERIFY2(server.sessionRequests >= 4 && server.sessionRequests <= 5,
             qPrintable(QString::number(server.sessionRequests)));
    QCOMPARE(result.record.users, 300);
    QCOMPARE(result.record.sessions, 250);
}

void tst_SyncJob::cancelLeavesPreviousCopy()
{
    FakeUserSource server;
    server.users = CacheTestData::users(500);
    SyncJob job(m_path, &server);
    job.setPageSize(50);
    QVERIFY(runSync(job).completed());
    CachedUserSource source;
    QVERIFY(source.openFile(m_path));
    const QList<CachedUser> before = everything(source);
    const QList<SyncRecord> syncsBefore = source.syncs().value();

    // The server changed a lot; the sync is cancelled after some pages were stored.
    server.users = CacheTestData::users(400, 1000);
    job.setMassDeletionAllowed(true); // every user replaced, on purpose
    server.delayMs = 5;
    job.setPagesPerTransaction(1);
    QSignalSpy finished(&job, &SyncJob::finished);
    // Cancelled from the third staged page itself: polling for it could come too late on a busy
    // machine, after the last page had already been committed.
    int staged = 0;
    connect(&job, &SyncJob::pageStaged, &job, [&job, &staged] {
        if (++staged == 3)
            job.cancel();
    });
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(staged >= 3);
    QCOMPARE(finished.first().first().value<SyncResult>().outcome, SyncResult::Outcome::Cancelled);
    QVERIFY(!job.isRunning());

    QCOMPARE(everything(source), before);
    QCOMPARE(source.syncs().value(), syncsBefore);
    QVERIFY(source.recentChanges().value().isEmpty());
    QCOMPARE(source.database().integrityCheck(), QStringLiteral("ok"));

    // Late answers of the cancelled sync change nothing; the next sync works.
    QTest::qWait(50);
    QCOMPARE(everything(source), before);
    server.delayMs = 0;
    const SyncResult next = runSync(job);
    QVERIFY(next.completed());
    QCOMPARE(next.record.added, 400);
    QCOMPARE(next.record.deleted, 500);
}

// A million users' commit takes half a minute: Cancel reaches into its statements (SyncJob::cancel
// calls stopCommit() on the worker, busy in the commit). Driven here on the test's thread, so the
// stop is there before the commit's first statement, both when the copy is merged into one and
// when a first sync loads an empty cache; and into the count of users the sync did not see, which
// comes first when a mass deletion is to be asked about (seconds at a million).
void tst_SyncJob::cancelDuringTheCommitLeavesPreviousCopy()
{
    for (const auto& [hadACopy, countsFirst] : {std::pair{false, false}, {true, false}, {true, true}}) {
        const QString path =
            m_dir.filePath(QStringLiteral("commit-%1-%2.sqlite").arg(hadACopy).arg(countsFirst));
        if (hadACopy) {
            FakeUserSource server;
            server.users = CacheTestData::users(500);
            SyncJob job(path, &server);
            QVERIFY(runSync(job).completed());
        }
        SyncWorker worker(path);
        QSignalSpy committed(&worker, &SyncWorker::committed);
        QSignalSpy aborted(&worker, &SyncWorker::aborted);
        QSignalSpy failed(&worker, &SyncWorker::failed);
        worker.begin(7, QDateTime::currentDateTimeUtc()); // makes the file when there is none
        CachedUserSource source;
        QVERIFY(source.openFile(path));
        const QList<CachedUser> before = everything(source);
        const auto syncsBefore = source.syncs().value();
        QCOMPARE(before.size(), hadACopy ? 500 : 0);

        // Users 1000 and on: every cached one vanishes, which the count would ask about.
        QSignalSpy massDeletion(&worker, &SyncWorker::massDeletionPending);
        worker.stageUsers(CacheTestData::users(3000, 1000), true);
        worker.stopCommit();
        worker.commit(30, !countsFirst);
        QVERIFY(massDeletion.isEmpty());
        QCOMPARE(aborted.size(), 1);
        QCOMPARE(aborted.first().first().toULongLong(), 7u);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).toString()));
        QVERIFY(committed.isEmpty());

        QCOMPARE(everything(source), before);
        QCOMPARE(source.syncs().value(), syncsBefore);
        QCOMPARE(source.database().integrityCheck(), QStringLiteral("ok"));

        // The next sync is allowed to commit again (SyncJob::start does so) and does.
        worker.allowCommit();
        worker.begin(8, QDateTime::currentDateTimeUtc());
        worker.stageUsers(CacheTestData::users(3000, 1000), true);
        worker.commit(30, true);
        QCOMPARE(committed.size(), 1);
        QCOMPARE(everything(source).size(), hadACopy ? 3500 : 3000);
        worker.shutdown();
    }
}

// Another program (the CLI's sync of the same profile) holds the write lock: the commit waits
// for it, up to the busy timeout of 10 s; Cancel ends that wait at once rather than at its end.
void tst_SyncJob::cancelEndsTheWaitForAnotherWriter()
{
    {
        FakeUserSource server;
        server.users = CacheTestData::users(200);
        SyncJob job(m_path, &server);
        QVERIFY(runSync(job).completed());
    }
    // Opened before the worker, not to race its opening of the file (no busy timeout here).
    SqliteConnection other;
    QVERIFY(other.open(m_path, SqliteConnection::Access::ReadWrite, 0));
    QSqlDatabase otherDb = other.database();
    SyncWorker worker(m_path);
    QSignalSpy aborted(&worker, &SyncWorker::aborted);
    QSignalSpy failed(&worker, &SyncWorker::failed);
    worker.begin(3, QDateTime::currentDateTimeUtc());
    worker.stageUsers(CacheTestData::users(200), true);

    QSqlError locked;
    QVERIFY(SqliteConnection::beginWrite(otherDb, &locked));

    // The commit runs on this thread, so the Cancel comes from another one, as SyncJob's does.
    QElapsedTimer clock;
    clock.start();
    std::thread canceller([&worker] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        worker.stopCommit();
    });
    worker.commit(1, true);
    const qint64 waited = clock.elapsed();
    canceller.join();
    otherDb.rollback();

    QCOMPARE(aborted.size(), 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).toString()));
    // Half the busy timeout: a wait that did not hear the Cancel lasts all of it.
    QVERIFY2(waited < CacheDatabase::busyTimeoutMs / 2, qPrintable(QString::number(waited)));

    // With the lock free, the next commit goes through.
    worker.allowCommit();
    worker.begin(4, QDateTime::currentDateTimeUtc());
    worker.stageUsers(CacheTestData::users(200), true);
    QSignalSpy committed(&worker, &SyncWorker::committed);
    worker.commit(1, true);
    QCOMPARE(committed.size(), 1);
    worker.shutdown();
}

void tst_SyncJob::failedPageLeavesPreviousCopy()
{
    FakeUserSource server;
    server.users = CacheTestData::users(300);
    SyncJob job(m_path, &server);
    job.setPageSize(40);
    QVERIFY(runSync(job).completed());
    CachedUserSource source;
    QVERIFY(source.openFile(m_path));
    const QList<CachedUser> before = everything(source);

    server.users = CacheTestData::users(300, 5000);
    server.failOnPage = 4;
    const SyncResult failed = runSync(job);
    QCOMPARE(failed.outcome, SyncResult::Outcome::Failed);
    QCOMPARE(failed.error.kind, ApiError::Kind::Network);
    QCOMPARE(everything(source), before);
    QCOMPARE(source.syncs().value().size(), 1);
}

void tst_SyncJob::readerSeesPreviousCopyDuringSync()
{
    FakeUserSource server;
    server.users = CacheTestData::users(200);
    SyncJob job(m_path, &server);
    job.setPageSize(20);
    job.setPagesPerTransaction(1);
    QVERIFY(runSync(job).completed());
    CachedUserSource source;
    QVERIFY(source.openFile(m_path));
    const QList<CachedUser> before = everything(source);

    server.users = CacheTestData::users(200, 700);
    job.setMassDeletionAllowed(true); // every user replaced, on purpose
    server.delayMs = 2;
    // The second half of the pages waits until the reader has looked: a sync left to run could
    // finish before the first look (it did once under the sanitizers).
    server.heldFromPage = 5;
    QSignalSpy staged(&job, &SyncJob::pageStaged);
    QSignalSpy finished(&job, &SyncJob::finished);
    job.start();
    // Mid-sync, with staged pages committed to staging, a reader still sees the old copy.
    QTRY_VERIFY_WITH_TIMEOUT(staged.size() >= 5, 10000);
    QCOMPARE(everything(source), before);
    QVERIFY(finished.isEmpty());
    server.release();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().value<SyncResult>().completed());
    UserQuery all;
    all.limit = 1000;
    all.sortField = QStringLiteral("id");
    QCOMPARE(source.page(all).users, server.users);
    // Reported first, then copied from the log into the file by the worker, which empties the
    // log while this reader stays open (SQLite's own checkpoint leaves its size on disk).
    QTRY_COMPARE(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0);
    QCOMPARE(source.page(all).users, server.users);
}

void tst_SyncJob::refreshUpdatesOneUser()
{
    FakeUserSource server;
    server.users = CacheTestData::users(30);
    SyncJob job(m_path, &server);
    const SyncResult first = runSync(job);
    QVERIFY(first.completed());

    server.users[4].enabled = !server.users[4].enabled;
    server.users[5].email = QStringLiteral("not-refreshed@example.test");
    QSignalSpy finished(&job, &SyncJob::finished);
    job.refreshUser(server.users[4]);
    QVERIFY(finished.wait(10000));
    const SyncResult result = finished.first().first().value<SyncResult>();
    QVERIFY(result.completed());
    QCOMPARE(result.record.kind, SyncRecord::Kind::User);
    QCOMPARE(server.requests, 2);

    CachedUserSource source;
    QVERIFY(source.openFile(m_path));
    QCOMPARE(source.user(server.users[4].id)->user, server.users[4]);
    QCOMPARE(source.user(server.users[5].id)->user.email, CacheTestData::user(5).email);
    QCOMPARE(source.history(server.users[4].id).value().size(), 1);
}

void tst_SyncJob::refreshOfVanishedUserMarksItDeleted()
{
    FakeUserSource server;
    server.users = CacheTestData::users(10);
    SyncJob job(m_path, &server);
    QVERIFY(runSync(job).completed());
    const User gone = server.users.takeAt(3);
    QSignalSpy finished(&job, &SyncJob::finished);
    job.refreshUser(gone);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().value<SyncResult>().completed());
    CachedUserSource source;
    QVERIFY(source.openFile(m_path));
    QVERIFY(source.user(gone.id)->isDeletedOnServer());
    QCOMPARE(source.count(), 9);
}

QTEST_GUILESS_MAIN(tst_SyncJob)
#include "tst_SyncJob.moc"

void tst_SyncJob::syncThatWouldEmptyTheCopyAsksFirst()
{
    FakeUserSource server;
    server.users = CacheTestData::users(250);
    SyncJob job(m_path, &server);
    job.setPageSize(50);
    QVERIFY(runSync(job).completed());
    CachedUserSource source;
    QVERIFY(source.openFile(m_path));
    const QList<CachedUser> before = everything(source);
    const QList<SyncRecord> syncsBefore = source.syncs().value();

    // A server that now lists 3 of the 250: the sync stops before its commit and asks.
    server.users = server.users.mid(0, 3);
    QSignalSpy pending(&job, &SyncJob::massDeletionPending);
    QSignalSpy finished(&job, &SyncJob::finished);
    job.start();
    QVERIFY(pending.wait(10000));
    QCOMPARE(pending.first().at(0).toLongLong(), 247);
    QCOMPARE(pending.first().at(1).toLongLong(), 250);
    QVERIFY(finished.isEmpty());
    QVERIFY(job.isRunning());
    QCOMPARE(everything(source), before);

    // Cancelled: the copy stays whole.
    job.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<SyncResult>().outcome, SyncResult::Outcome::Cancelled);
    QCOMPARE(everything(source), before);
    QCOMPARE(source.syncs().value(), syncsBefore);

    // Asked again and confirmed: the 247 are marked deleted, as the server listed.
    pending.clear();
    finished.clear();
    job.start();
    QVERIFY(pending.wait(10000));
    job.confirmMassDeletion();
    QVERIFY(finished.wait(10000));
    const SyncResult confirmed = finished.first().first().value<SyncResult>();
    QVERIFY(confirmed.completed());
    QCOMPARE(confirmed.record.deleted, 247);

    // Allowed beforehand (authdesk-cli sync --allow-mass-delete): no question at all.
    server.users = CacheTestData::users(10, 9000);
    job.setMassDeletionAllowed(true);
    pending.clear();
    const SyncResult allowed = runSync(job);
    QVERIFY(allowed.completed());
    QVERIFY(pending.isEmpty());

    // Fewer than half gone is an ordinary sync.
    job.setMassDeletionAllowed(false);
    server.users = server.users.mid(0, 6);
    QVERIFY(runSync(job).completed());
    QVERIFY(pending.isEmpty());
}

void tst_SyncJob::twoSyncsOfOneCacheAtOnceNeitherCorrupts()
{
    // Two syncs of one profile at once (two authdesk-cli runs, or the console and the CLI): each
    // has its own connection; SQLite lets one commit at a time and the other waits for it. Each
    // ends completed or with a sentence, and the copy is whole: one server's list or the other's.
    FakeUserSource first;
    first.users = CacheTestData::users(600);
    first.delayMs = 1;
    FakeUserSource second;
    second.users = CacheTestData::users(400, 5000);
    second.delayMs = 1;
    SyncJob a(m_path, &first);
    SyncJob b(m_path, &second);
    a.setPageSize(50);
    b.setPageSize(50);
    a.setMassDeletionAllowed(true); // each replaces the other's users
    b.setMassDeletionAllowed(true);
    QSignalSpy aDone(&a, &SyncJob::finished);
    QSignalSpy bDone(&b, &SyncJob::finished);
    a.start();
    b.start();
    QVERIFY(aDone.wait(30000) || !aDone.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!bDone.isEmpty(), 30000);
    int completed = 0;
    for (const SyncResult& result :
         {aDone.first().first().value<SyncResult>(), bDone.first().first().value<SyncResult>()}) {
        qInfo("one sync: %s %s", result.completed() ? "completed" : "failed", qPrintable(result.error.message));
        if (result.completed())
            ++completed;
        else
            QVERIFY2(!result.error.message.isEmpty(), "a sync that did not complete must say why");
    }
    QVERIFY(completed >= 1);

    CachedUserSource source;
    QVERIFY(source.openFile(m_path));
    QCOMPARE(source.database().integrityCheck(), QStringLiteral("ok"));
    UserQuery all;
    all.limit = 100000;
    all.sortField = QStringLiteral("id");
    const QList<User> present = source.page(all).users;
    QVERIFY2(present == first.users || present == second.users, qPrintable(QString::number(present.size())));
}

// The worker makes a first sync's users ready for the commit between the pages of sessions
// (SyncWorker::loadAhead), and the commit copies them whole: the same copy, sooner.
void tst_SyncJob::aFirstSyncMakesItsUsersReadyWhileItsSessionsAreListed()
{
    CommitLog log;
    const QString step = QStringLiteral("users made ready ahead of the commit, a step");
    const QString copied = QStringLiteral("write users (the rows made ready, copied with their indexes)");
    FakeUserSource server;
    server.users = CacheTestData::users(600);
    server.listSessions(600);
    server.sessionsHeldFromPage = 1; // until the worker has taken every step
    SyncJob job(m_path, &server);
    job.setPageSize(50);
    QSignalSpy finished(&job, &SyncJob::finished);
    job.start();
    // The table, its rows and seven indexes, each step between pages (none comes meanwhile).
    QTRY_COMPARE_WITH_TIMEOUT(log.linesStarting(step), qsizetype(10), 20000);
    QVERIFY(finished.isEmpty());
    server.release();
    QVERIFY(finished.wait(30000));
    const SyncResult result = finished.first().first().value<SyncResult>();
    QVERIFY2(result.completed(), qPrintable(result.error.message));
    QCOMPARE(result.record.sessions, 600);
    QCOMPARE(log.linesStarting(copied), qsizetype(1));
    CachedUserSource source;
    QVERIFY(source.openFile(m_path));
    QCOMPARE(usersById(source), server.users);
    QCOMPARE(source.sessions(server.users.at(599).id).value().size(), 1);
    QCOMPARE(source.database().integrityCheck(), QStringLiteral("ok"));

    // The next sync merges into the users it finds: nothing is made ready ahead.
    log.clear();
    server.users[7].username = QStringLiteral("renamed7");
    QVERIFY(runSync(job).completed());
    QCOMPARE(log.linesStarting(step), qsizetype(0));
    QCOMPARE(log.linesStarting(copied), qsizetype(0));
    QCOMPARE(usersById(source), server.users);
}

// A cache of an older schema upgraded on a worker thread: the caller's thread is free at once,
// even while another program holds the file's lock; Cancel, inside a statement or while waiting
// for that lock, leaves every row and the old schema in place (and the next upgrade finishes
// the work); a step that fails says why and keeps the old copy.

#include "CacheTestData.h"
#include "OldCacheFile.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheSchema.h"
#include "cache/CacheUpgrade.h"
#include "cache/CachedUserSource.h"
#include "storage/SqliteConnection.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// The schema version and a digest of every user row, read through a connection of its own.
QString snapshot(const QString& path)
{
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Access::ReadOnly, 10000))
        return connection.errorString();
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT count(*), total(length(id) + length(username) + length(email) + "
                                   "length(attributes)), group_concat(id, ',') FROM users")) ||
        !query.next())
        return query.lastError().text();
    return QStringLiteral("v%1 %2 users, %3 chars, ids %4")
        .arg(CacheSchema::version(connection.database()))
        .arg(query.value(0).toLongLong())
        .arg(query.value(1).toLongLong())
        .arg(qHash(query.value(2).toString()));
}

// Whether another connection could take the write lock right now.
bool writeLockFree(QSqlDatabase& db)
{
    QSqlError error;
    if (!SqliteConnection::beginWrite(db, &error))
        return false;
    db.rollback();
    return true;
}

} // namespace

class tst_CacheUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void upgradesOnAWorkerThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
        QString error;
        QVERIFY2(OldCacheFile::writeVersion2(path, 20000, &error), qPrintable(error));
        QVERIFY(CacheUpgrade::isNeeded(path));

        CacheUpgrade upgrade;
        QSignalSpy progressed(&upgrade, &CacheUpgrade::progressed);
        QSignalSpy finished(&upgrade, &CacheUpgrade::finished);
        {
            // Another program holds the write lock: start() returns all the same, the work
            // waiting on the worker, and the file is still the old one.
            SqliteConnection other;
            QVERIFY(other.open(path, SqliteConnection::Access::ReadWrite, 0));
            QSqlDatabase otherDb = other.database();
            QSqlError locked;
            QVERIFY(SqliteConnection::beginWrite(otherDb, &locked));
            upgrade.start(path);
            QVERIFY(upgrade.isRunning());
            QTest::qWait(200);
            QVERIFY(finished.isEmpty());
            QVERIFY(CacheUpgrade::isNeeded(path));
            otherDb.rollback();
        }
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).value<CacheUpgrade::Outcome>(), CacheUpgrade::Outcome::Upgraded);
        QVERIFY(!upgrade.isRunning());
        QVERIFY(!progressed.isEmpty());
        // A schema-2 file takes the steps to 3, 4, 5, 6, 7 and 8.
        const QString first = progressed.first().at(0).value<UpgradeProgress>().text();
        QVERIFY2(first.contains(QStringLiteral("step 1 of %1").arg(CacheSchema::CurrentVersion - 2)), qPrintable(first));
        // Its passes over the users: step 3's attribute text and search index, step 4's three
        // sort-key indexes (step 5 has nothing to do in a file without search_key, step 8 in one
        // without key columns), step 6's roles, step 7's attribute text and search index again.
        // Each was counted once, so the bar ends full.
        using Cost = CacheSchema::PassCost;
        const UpgradeProgress last = upgrade.progress();
        QCOMPARE(last.users, 20000);
        QCOMPARE(last.plannedRows, 20000 * (Cost::attributeText + Cost::searchIndex +
                                            3 * Cost::sortKeyIndex + Cost::roles + Cost::attributeText +
                                            Cost::searchIndex));
        QCOMPARE(last.rows, last.plannedRows);

        QVERIFY(!CacheUpgrade::isNeeded(path));
        CachedUserSource source;
        QVERIFY2(source.openFile(path), qPrintable(source.errorString()));
        QCOMPARE(source.database().schemaVersion(), CacheSchema::CurrentVersion);
        UserQuery query;
        QCOMPARE(source.count(query), 20000);
        query.search = QStringLiteral("porto");
        QCOMPARE(source.count(query), 10000);
        QCOMPARE(CacheTestData::searchIndexMerging(source.database().database()),
                 QStringLiteral("automerge 4, crisismerge 16, 1 segment(s)"));
    }

    void cancelKeepsTheCopyAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.sqlite"));
        QString error;
        QVERIFY2(OldCacheFile::writeVersion2(path, 50000, &error), qPrintable(error));
        const QString before = snapshot(path);
        QVERIFY2(before.startsWith(QStringLiteral("v2 50000 users")), qPrintable(before));

        {
            // Opened before the upgrade starts: opened after, without a busy timeout, it raced the
            // worker's own opening of the file and was refused once in CI ("database is locked").
            SqliteConnection other;
            QVERIFY(other.open(path, SqliteConnection::Access::ReadWrite, 0));
            QSqlDatabase otherDb = other.database();
            CacheUpgrade upgrade;
            QSignalSpy finished(&upgrade, &CacheUpgrade::finished);
            upgrade.start(path);
            // Cancelled inside the step: once it holds the file's write lock, its statements run.
            QTRY_VERIFY_WITH_TIMEOUT(!writeLockFree(otherDb), 20000);
            upgrade.cancel();
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.first().at(0).value<CacheUpgrade::Outcome>(), CacheUpgrade::Outcome::Cancelled);
            QVERIFY(finished.first().at(1).toString().isEmpty());
        }
        QCOMPARE(snapshot(path), before);
        QVERIFY(CacheUpgrade::isNeeded(path));

        // The next one finishes the work, every user kept.
        CacheUpgrade again;
        QSignalSpy finished(&again, &CacheUpgrade::finished);
        again.start(path);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).value<CacheUpgrade::Outcome>(), CacheUpgrade::Outcome::Upgraded);
        const QString after = snapshot(path);
        QCOMPARE(after.mid(2), before.mid(2));
        QVERIFY2(after.startsWith(QStringLiteral("v%1 ").arg(CacheSchema::CurrentVersion)), qPrintable(after));
    }

    // What the bar and the command line show: the share of the passes done, their rate and the
    // time left at that rate, never 100 % before the end.
    void progressTellsShareRateAndTimeLeft()
    {
        UpgradeProgress progress;
        progress.step = 1;
        progress.steps = 3;
        progress.elapsedMs = 400;
        QCOMPARE(progress.percent(), -1); // the file's rows not counted yet
        QCOMPARE(progress.text(), QStringLiteral("Upgrading the cache (step 1 of 3)… 0 s"));
        progress.users = 1000000;
        progress.plannedRows = 3000000; // passes costing 3 per user
        progress.rows = 250000;
        QCOMPARE(progress.percent(), 8);
        QCOMPARE(progress.secondsLeft(), -1); // no rate before the first second
        progress.elapsedMs = 5000;
        QCOMPARE(progress.usersPerSecond(), 16666); // a twelfth of the million through every pass in 5 s
        QCOMPARE(progress.secondsLeft(), 55);
        QCOMPARE(progress.text(), QStringLiteral("Upgrading the cache (step 1 of 3): 8 %, 16,666 users/s, about 55 s left"));
        progress.rows = progress.plannedRows; // the last index is still being built
        QCOMPARE(progress.percent(), 99);
        QCOMPARE(progress.secondsLeft(), 0);
        progress.steps = 0;
        QVERIFY2(progress.text().startsWith(QStringLiteral("Sorting the cache in this system's language: 99 %")),
                 qPrintable(progress.text()));
    }

    // Deleting the upgrade while it runs stops it (the console closing, or switching profile).
    void deletingStopsIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("deleted.sqlite"));
        QString error;
        QVERIFY2(OldCacheFile::writeVersion2(path, 50000, &error), qPrintable(error));
        const QString before = snapshot(path);
        // Opened before the upgrade starts, not to race the worker's opening of the file.
        SqliteConnection other;
        QVERIFY(other.open(path, SqliteConnection::Access::ReadWrite, 0));
        QSqlDatabase otherDb = other.database();
        auto upgrade = std::make_unique<CacheUpgrade>();
        upgrade->start(path);
        QTRY_VERIFY_WITH_TIMEOUT(!writeLockFree(otherDb), 20000); // inside the step
        upgrade.reset();
        QCOMPARE(snapshot(path), before);
    }

    // Waiting for another program's write lock (a sync of the same profile) ends at Cancel,
    // not at the end of the 10 s every connection waits for a lock.
    void cancelEndsAWaitForTheLock()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        QString error;
        QVERIFY2(OldCacheFile::writeVersion2(path, 100, &error), qPrintable(error));
        SqliteConnection other;
        QVERIFY(other.open(path, SqliteConnection::Access::ReadWrite, 0));
        QSqlDatabase otherDb = other.database();
        QSqlError locked;
        QVERIFY(SqliteConnection::beginWrite(otherDb, &locked));
        CacheUpgrade upgrade;
        QSignalSpy finished(&upgrade, &CacheUpgrade::finished);
        upgrade.start(path);
        QTest::qWait(300); // the worker is waiting for the lock by now
        QElapsedTimer clock;
        clock.start();
        upgrade.cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).value<CacheUpgrade::Outcome>(), CacheUpgrade::Outcome::Cancelled);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        otherDb.rollback();
        QVERIFY(CacheUpgrade::isNeeded(path));
    }

    void failedStepSaysWhyAndKeepsTheOldCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
        QString error;
        QVERIFY2(OldCacheFile::writeVersion2(path, 100, &error), qPrintable(error));
        {
            SqliteConnection connection;
            QVERIFY(connection.open(path, SqliteConnection::Access::ReadWrite, 10000));
            // A column the step adds, there already: its ALTER TABLE fails.
            QVERIFY(QSqlQuery(connection.database()).exec(QStringLiteral("ALTER TABLE users ADD COLUMN attribute_text TEXT")));
        }
        const QString before = snapshot(path);
        CacheUpgrade upgrade;
        QSignalSpy finished(&upgrade, &CacheUpgrade::finished);
        upgrade.start(path);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).value<CacheUpgrade::Outcome>(), CacheUpgrade::Outcome::Failed);
        const QString why = finished.first().at(1).toString();
        QVERIFY2(why.contains(QStringLiteral("schema 3")) && why.contains(QStringLiteral("attribute_text")), qPrintable(why));
        QCOMPARE(snapshot(path), before);
    }

    void currentOrMissingFileNeedsNone()
    {
        QVERIFY(!CacheUpgrade::isNeeded(m_dir.filePath(QStringLiteral("missing.sqlite"))));
        const QString path = m_dir.filePath(QStringLiteral("current.sqlite"));
        CacheDatabase current;
        QVERIFY(current.open(path));
        current.close();
        QVERIFY(!CacheUpgrade::isNeeded(path));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_CacheUpgrade)
#include "tst_CacheUpgrade.moc"

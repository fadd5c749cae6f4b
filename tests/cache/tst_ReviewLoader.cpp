// An access review taken and read back off the caller's thread (ReviewLoader): start() returns
// at once and the review arrives with every user in scope, compared with the cache; Cancel
// during the snapshot leaves no review behind; a second request drops the first, whose result
// never arrives.

#include "CacheTestData.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheWriter.h"
#include "reviews/ReviewLoader.h"
#include "reviews/ReviewStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class tst_ReviewLoader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_cachePath;
    QString m_reviewsPath;
    static constexpr int users = 50000;
    // Only against a hang: a review of 50,000 users takes about 15 s in the sanitizer build, and
    // one wait of 60 s ran out there while two builds shared the two cores.
    static constexpr int hangGuardMs = 240000;

    static AccessReview named(const QString& name)
    {
        AccessReview review;
        review.profileId = QStringLiteral("profile");
        review.name = name;
        review.reviewer = QStringLiteral("dana");
        review.scope = QStringLiteral("all users");
        return review;
    }

    int reviewsNamed(const QString& name) const
    {
        ReviewStore store;
        if (!store.open(m_reviewsPath))
            return -1;
        return store.review(QStringLiteral("profile"), name) ? 1 : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        m_reviewsPath = m_dir.filePath(QStringLiteral("reviews.sqlite"));
        CacheDatabase database;
        QVERIFY2(database.open(m_cachePath, CacheDatabase::Access::ReadWrite), qPrintable(database.errorString()));
        CacheWriter writer(database);
        QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()));
        QVERIFY(writer.stageUsers(CacheTestData::users(users)));
        QVERIFY2(writer.commitSync(1), qPrintable(writer.errorString()));
    }

    void startsAndReadsBackOffThisThread()
    {
        ReviewLoader loader;
        QSignalSpy loaded(&loader, &ReviewLoader::loaded);
        QSignalSpy failed(&loader, &ReviewLoader::failed);
        QSignalSpy progressed(&loader, &ReviewLoader::progressed);
        loader.start(m_reviewsPath, m_cachePath, named(QStringLiteral("Everyone")), {}, {});
        QVERIFY(loader.isRunning());
        QVERIFY(loaded.isEmpty()); // nothing done on this thread
        QVERIFY(!progressed.isEmpty());
        QVERIFY2(progressed.first().at(0).toString().startsWith(QLatin1String("Taking the review's snapshot")),
                 qPrintable(progressed.first().at(0).toString()));
        QVERIFY(loaded.wait(hangGuardMs));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        const qint64 id = loaded.first().at(0).toLongLong();
        const auto items = loaded.first().at(1).value<QList<ReviewItem>>();
        QCOMPARE(items.size(), users);
        QVERIFY(std::all_of(items.cbegin(), items.cend(), [](const ReviewItem& item) {
            return item.serverCopy == ReviewItem::ServerCopy::Unchanged; // compared with the cache
        }));

        loader.open(m_reviewsPath, m_cachePath, id);
        QVERIFY(loaded.wait(hangGuardMs));
        QCOMPARE(loaded.last().at(0).toLongLong(), id);
        QCOMPARE(loaded.last().at(1).value<QList<ReviewItem>>().size(), users);
    }

    void cancelDuringTheSnapshotMakesNoReview()
    {
        ReviewLoader loader;
        QSignalSpy cancelled(&loader, &ReviewLoader::cancelled);
        QSignalSpy loaded(&loader, &ReviewLoader::loaded);
        loader.start(m_reviewsPath, m_cachePath, named(QStringLiteral("Stopped")), {}, {});
        // Set before the worker's first check (after its page of users): inside the snapshot.
        loader.cancel();
        QVERIFY(cancelled.wait(hangGuardMs));
        QVERIFY(loaded.isEmpty());
        QCOMPARE(reviewsNamed(QStringLiteral("Stopped")), 0);
    }

    void aNewRequestDropsTheOneBefore()
    {
        ReviewLoader loader;
        QSignalSpy loaded(&loader, &ReviewLoader::loaded);
        QSignalSpy failed(&loader, &ReviewLoader::failed);
        QSignalSpy cancelled(&loader, &ReviewLoader::cancelled);
        loader.start(m_reviewsPath, m_cachePath, named(QStringLiteral("Dropped")), {}, {});
        loader.start(m_reviewsPath, m_cachePath, named(QStringLiteral("Kept")), {}, {});
        QVERIFY(loaded.wait(hangGuardMs));
        QTest::qWait(500); // anything of the first request would have come by now
        QCOMPARE(loaded.size(), 1);
        QVERIFY(failed.isEmpty() && cancelled.isEmpty());
        QCOMPARE(reviewsNamed(QStringLiteral("Kept")), 1);
        QCOMPARE(reviewsNamed(QStringLiteral("Dropped")), 0); // told to stop inside its snapshot
    }

    void aReviewThatCannotBeMadeSaysWhy()
    {
        ReviewLoader loader;
        QSignalSpy loaded(&loader, &ReviewLoader::loaded);
        QSignalSpy failed(&loader, &ReviewLoader::failed);
        loader.start(m_reviewsPath, m_cachePath, named(QStringLiteral("Twice")), {}, {});
        QVERIFY(loaded.wait(hangGuardMs));
        loader.start(m_reviewsPath, m_cachePath, named(QStringLiteral("Twice")), {}, {}); // the name is taken
        QVERIFY(failed.wait(hangGuardMs));
        QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("already has a review named")),
                 qPrintable(failed.first().at(0).toString()));
    }
};

QTEST_GUILESS_MAIN(tst_ReviewLoader)
#include "tst_ReviewLoader.moc"

// The sandbox's LiveSessionPages: a remembered count and page ends hold only for the same write
// version and while no counted session has expired (nor the clock gone back).

#include "LiveSessionPages.h"

#include <QtTest>

class tst_SandboxLiveSessionPages : public QObject
{
    Q_OBJECT

private slots:
    void holdsUntilAWriteOrTheFirstExpiry()
    {
        LiveSessionPages pages;
        const LiveSessionPages::Version v{100, 1};
        QVERIFY(!pages.holds(v, 1000)); // nothing counted yet
        pages.reset(v, 1000, 1500, 42);
        QCOMPARE(pages.total(), qint64(42));
        QVERIFY(pages.holds(v, 1000));
        QVERIFY(pages.holds(v, 1499));
        QVERIFY(!pages.holds(v, 1500)); // the first counted session has expired
        QVERIFY(!pages.holds(v, 999));  // the clock went back: an expired one may live again
        QVERIFY(!pages.holds({101, 1}, 1200)); // this connection wrote
        QVERIFY(!pages.holds({100, 2}, 1200)); // another connection committed
        QVERIFY(!pages.holds({-1, -1}, 1200)); // the version could not be read
        pages.reset({-1, -1}, 1000, 1500, 42);
        QVERIFY(!pages.holds({-1, -1}, 1200));
    }

    void remembersWherePagesEnded()
    {
        LiveSessionPages pages;
        pages.reset({1, 1}, 0, 10, 500);
        QVERIFY(!pages.lastIdBefore(100).has_value());
        pages.remember(100, 7001);
        pages.remember(200, 7350);
        QCOMPARE(pages.lastIdBefore(100), std::optional<qint64>(7001));
        QCOMPARE(pages.lastIdBefore(200), std::optional<qint64>(7350));
        QVERIFY(!pages.lastIdBefore(150).has_value()); // not a page end: OFFSET serves it
        // Only the latest ends are kept, a few pages in flight.
        for (qint64 end = 300; end <= 3000; end += 100)
            pages.remember(end, end * 10);
        QVERIFY(!pages.lastIdBefore(100).has_value());
        QCOMPARE(pages.lastIdBefore(3000), std::optional<qint64>(30000));
        // A second pass from the first page: its ends are the latest, whatever their positions.
        for (qint64 end = 100; end <= 400; end += 100) {
            pages.remember(end, end * 7);
            QCOMPARE(pages.lastIdBefore(end), std::optional<qint64>(end * 7));
        }
        QCOMPARE(pages.lastIdBefore(100), std::optional<qint64>(700));
        QVERIFY(!pages.lastIdBefore(1500).has_value()); // the longest unused went
        QCOMPARE(pages.lastIdBefore(3000), std::optional<qint64>(30000));
        // A new count forgets every end.
        pages.reset({2, 1}, 0, 10, 499);
        QVERIFY(!pages.lastIdBefore(3000).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_SandboxLiveSessionPages)
#include "tst_SandboxLiveSessionPages.moc"

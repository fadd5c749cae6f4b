// PagingGuard, page by page: the answers a lying or looping server gives (a negative or absurd
// total, the same page again, a total that grows while the users repeat, "more" with an empty
// or shrunken page) stop the walk with a sentence; honest paging, a server that caps its page
// size and a last short page pass untouched.

#include "sources/PagingGuard.h"

#include <QtTest>

namespace {

User user(const QString& id)
{
    User u;
    u.id = id;
    return u;
}

UserPage page(const QStringList& ids, qint64 total, bool hasMore)
{
    UserPage p;
    for (const QString& id : ids)
        p.users << user(id);
    p.total = total;
    p.hasMore = hasMore;
    return p;
}

QStringList ids(const QString& prefix, int from, int count)
{
    QStringList list;
    for (int i = from; i < from + count; ++i)
        list << prefix + QString::number(i);
    return list;
}

UserQuery asked(const PagingGuard& guard, int limit)
{
    UserQuery q;
    q.offset = guard.offset();
    q.limit = limit;
    return q;
}

} // namespace

class tst_PagingGuard : public QObject
{
    Q_OBJECT

private slots:
    void honestPagingEndsWithTheLastPage()
    {
        PagingGuard guard;
        for (int i = 0; i < 4; ++i) {
            UserPage p = page(ids(QStringLiteral("u"), i * 10, 10), 45, true);
            const auto next = guard.accept(asked(guard, 10), p);
            QVERIFY(next.ok());
            QCOMPARE(next.value(), PagingGuard::Next::Fetch);
            QCOMPARE(p.users.size(), 10);
        }
        UserPage last = page(ids(QStringLiteral("u"), 40, 5), 45, false);
        const auto next = guard.accept(asked(guard, 10), last);
        QVERIFY(next.ok());
        QCOMPARE(next.value(), PagingGuard::Next::Done);
        QCOMPARE(guard.listed(), 45);
        QCOMPARE(guard.offset(), 45);
    }

    void aServerThatCapsItsPagesIsFollowed()
    {
        // Asked for 100, the server sends 3 at a time and says more follow: its own page size.
        PagingGuard guard;
        for (int i = 0; i < 5; ++i) {
            UserPage p = page(ids(QStringLiteral("c"), i * 3, 3), 15, i < 4);
            const auto next = guard.accept(asked(guard, 100), p);
            QVERIFY2(next.ok(), qPrintable(next.error().message));
            QCOMPARE(next.value(), i < 4 ? PagingGuard::Next::Fetch : PagingGuard::Next::Done);
        }
        QCOMPARE(guard.listed(), 15);
    }

    void impossibleTotalsAreRefused_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::newRow("negative") << qint64(-5);
        QTest::newRow("minus two") << qint64(-2);
        QTest::newRow("a trillion") << qint64(1000000000000);
    }
    void impossibleTotalsAreRefused()
    {
        QFETCH(qint64, total);
        PagingGuard guard;
        UserPage p = page(ids(QStringLiteral("t"), 0, 3), total, true);
        const auto next = guard.accept(asked(guard, 100), p);
        QVERIFY(!next.ok());
        QCOMPARE(next.error().kind, ApiError::Kind::Malformed);
        QVERIFY2(next.error().message.contains(QString::number(total)), qPrintable(next.error().message));
        QVERIFY(next.error().message.contains(QLatin1String("impossible number of users")));
    }

    void theSamePageAgainStops()
    {
        // The same three users every time, the total growing: the second page ends it.
        PagingGuard guard;
        UserPage first = page(ids(QStringLiteral("s"), 0, 3), 100, true);
        QCOMPARE(guard.accept(asked(guard, 3), first).value(), PagingGuard::Next::Fetch);
        UserPage again = page(ids(QStringLiteral("s"), 0, 3), 200, true);
        const auto next = guard.accept(asked(guard, 3), again);
        QVERIFY(!next.ok());
        QVERIFY2(next.error().message.contains(QLatin1String("same 3 user")),
                 qPrintable(next.error().message));
        QCOMPARE(guard.listed(), 3);
    }

    void twoPagesInTurnStopToo()
    {
        PagingGuard guard;
        UserPage a = page(ids(QStringLiteral("a"), 0, 2), 10, true);
        UserPage b = page(ids(QStringLiteral("b"), 0, 2), 10, true);
        QVERIFY(guard.accept(asked(guard, 2), a).ok());
        QVERIFY(guard.accept(asked(guard, 2), b).ok());
        UserPage aAgain = page(ids(QStringLiteral("a"), 0, 2), 10, true);
        QVERIFY(!guard.accept(asked(guard, 2), aAgain).ok());
    }

    void repeatsWithinAnOtherwiseNewPageAreDropped()
    {
        // Offset paging while users are added: a page may overlap the one before it.
        PagingGuard guard;
        UserPage first = page(ids(QStringLiteral("o"), 0, 4), 7, true);
        QVERIFY(guard.accept(asked(guard, 4), first).ok());
        UserPage overlapping = page(ids(QStringLiteral("o"), 3, 4), 7, false);
        const auto next = guard.accept(asked(guard, 4), overlapping);
        QVERIFY(next.ok());
        QCOMPARE(next.value(), PagingGuard::Next::Done);
        QCOMPARE(overlapping.users.size(), 3); // o3 was listed already
        QCOMPARE(guard.listed(), 7);
        QCOMPARE(guard.offset(), 8); // the server's own position counts every user it sent
    }

    void moreWithAnEmptyOrShrunkenPageIsAContradiction()
    {
        PagingGuard empty;
        UserPage nothing = page({}, 50, true);
        const auto stop = empty.accept(asked(empty, 10), nothing);
        QVERIFY(!stop.ok());
        QVERIFY(stop.error().message.contains(QLatin1String("empty page")));

        PagingGuard shrunk;
        UserPage full = page(ids(QStringLiteral("f"), 0, 10), 50, true);
        QVERIFY(shrunk.accept(asked(shrunk, 10), full).ok());
        UserPage fewer = page(ids(QStringLiteral("f"), 10, 4), 50, true);
        const auto next = shrunk.accept(asked(shrunk, 10), fewer);
        QVERIFY(!next.ok());
        QVERIFY(next.error().message.contains(QLatin1String("fewer than its earlier pages")));

        // Asking for fewer is not the server shrinking its pages.
        PagingGuard limited;
        UserPage ten = page(ids(QStringLiteral("l"), 0, 10), 50, true);
        QVERIFY(limited.accept(asked(limited, 10), ten).ok());
        UserPage five = page(ids(QStringLiteral("l"), 10, 5), 50, true);
        QVERIFY(limited.accept(asked(limited, 5), five).ok());
    }
};

QTEST_GUILESS_MAIN(tst_PagingGuard)
#include "tst_PagingGuard.moc"

// Sorting with ranks built in the background gives exactly the order of sorting by comparing,
// for every column both ways: ties in arrival order, case variants, non-ASCII and empty texts,
// with rows edited, added and removed after the ranks were built, and after they are rebuilt.

#include "items/UserTableModel.h"
#include "values/Utc.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>
#include <limits>

class tst_UserSortRanks : public QObject
{
    Q_OBJECT

    // Few distinct texts, so that most rows tie with others and share long prefixes.
    static QList<User> makeUsers(int count, quint32 seed)
    {
        QRandomGenerator random(seed);
        const QStringList first{QStringLiteral("anna"), QStringLiteral("Anna"), QStringLiteral("Émile"),
                                QStringLiteral("émile"), QStringLiteral("Zoë"), QStringLiteral("zoe"),
                                QStringLiteral("Margaretha"), QStringLiteral("Margaret"), QString(),
                                QStringLiteral("日本"), QStringLiteral("Øystein"), QStringLiteral("ß")};
        const QStringList last{QStringLiteral("Martinez-Lopez"), QStringLiteral("martinez"), QStringLiteral("O'Neil"),
                               QStringLiteral("Schröder"), QStringLiteral("Schroder"), QString()};
        const QList<QStringList> roleSets{{}, {QStringLiteral("admin")}, {QStringLiteral("Admin")},
                                          {QStringLiteral("developer"), QStringLiteral("admin")}};
        QList<User> users;
        for (int i = 0; i < count; ++i) {
            User user;
            user.id = QStringLiteral("id-%1").arg(i);
            user.firstName = first[int(random.bounded(quint32(first.size())))];
            user.lastName = last[int(random.bounded(quint32(last.size())))];
            user.username = QString(user.firstName + user.lastName).left(int(random.bounded(12u)));
            user.email = user.username.isEmpty() ? QString() : user.username + QStringLiteral("@example.com");
            user.roles = roleSets[int(random.bounded(quint32(roleSets.size())))];
            user.enabled = random.bounded(2u) == 1;
            if (random.bounded(5u) != 0) // some never created or never signed in: no date
                user.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + random.bounded(200000u), Utc::zone);
            if (random.bounded(3u) != 0)
                user.lastLoginAt = QDateTime::fromSecsSinceEpoch(1700000000 + random.bounded(90000000u), Utc::zone);
            users << user;
        }
        return users;
    }

    static QStringList ids(const UserTableModel& model)
    {
        QStringList all;
        for (int row = 0; row < model.rowCount(); ++row)
            all << model.userId(row);
        return all;
    }

    // Both models hold the same rows; `ranked` sorts with ranks, `compared` by comparing.
    static void expectTheSameOrders(UserTableModel& ranked, UserTableModel& compared)
    {
        for (int column = 0; column < UserTableModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                ranked.sort(column, order);
                compared.sort(column, order);
                const QStringList got = ids(ranked);
                QCOMPARE(got.size(), compared.rowCount());
                if (got != ids(compared)) {
                    const QStringList want = ids(compared);
                    int at = 0;
                    while (got[at] == want[at])
                        ++at;
                    QFAIL(qPrintable(QStringLiteral("column %1, %2: row %3 is %4 instead of %5")
                                         .arg(column)
                                         .arg(order == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending"))
                                         .arg(at)
                                         .arg(got[at], want[at])));
                }
            }
        }
    }

    // Checked on its own: each text row is at or after the one above it, ties in arrival order.
    static void expectSortedByComparing(const UserTableModel& model, UserRowStore::Field field)
    {
        for (int row = 1; row < model.rowCount(); ++row) {
            const UserRowStore::Index above = model.storeIndex(row - 1), below = model.storeIndex(row);
            const int c = model.store().compare(above, below, field);
            QVERIFY2(c < 0 || (c == 0 && above < below), qPrintable(QStringLiteral("row %1").arg(row)));
        }
    }

    // The same rows in two models: one sorts with ranks (built as soon as asked), the other
    // always by comparing.
    struct TwoModels
    {
        UserTableModel ranked, compared;
        QSignalSpy built{&ranked.sortRanks(), &UserSortRanks::built};
        TwoModels()
        {
            ranked.sortRanks().setMinimumSlots(1);
            ranked.sortRanks().setQuietInterval(0);
            compared.sortRanks().setMinimumSlots(std::numeric_limits<UserRowStore::Index>::max());
        }
        void setUsers(const QList<User>& users)
        {
            ranked.setUsers(users);
            compared.setUsers(users);
        }
    };

private slots:
    void ranksOrderExactlyLikeComparing_data()
    {
        QTest::addColumn<bool>("packed");
        QTest::newRow("three ranks in one 8-byte word") << true;
        QTest::newRow("a 4-byte array per column (above 2^21 slots)") << false;
    }
    void ranksOrderExactlyLikeComparing()
    {
        QFETCH(bool, packed);
        const QList<User> users = makeUsers(3000, 7);
        TwoModels models;
        auto& [ranked, compared, built] = models;
        if (!packed)
            ranked.sortRanks().setPackingLimit(0);
        models.setUsers(users);
        QVERIFY(built.wait());
        QVERIFY(ranked.sortRanks().isUsable());
        QVERIFY(!compared.sortRanks().isUsable());
        expectTheSameOrders(ranked, compared);
        ranked.sort(UserTableModel::Name, Qt::AscendingOrder);
        expectSortedByComparing(ranked, UserRowStore::Field::Name);
        ranked.sort(UserTableModel::Username, Qt::AscendingOrder);
        expectSortedByComparing(ranked, UserRowStore::Field::Username);
    }

    void rowsChangedSinceAreMergedInThenRanksAreBuiltAgain()
    {
        const QList<User> users = makeUsers(3000, 11);
        TwoModels models;
        auto& [ranked, compared, built] = models;
        models.setUsers(users);
        QVERIFY(built.wait());
        built.clear();

        // Edits and new users after the ranks: still used, the changed rows compared and merged in.
        const QList<User> renamed = makeUsers(60, 99);
        for (int i = 0; i < 40; ++i) {
            User user = users[i * 70];
            user.username = renamed[i].username;
            user.email = renamed[i].email;
            user.firstName = renamed[i].firstName;
            user.lastName = renamed[i].lastName;
            QVERIFY(ranked.updateUser(user));
            QVERIFY(compared.updateUser(user));
        }
        for (int i = 40; i < 60; ++i) {
            User user = renamed[i];
            user.id = QStringLiteral("new-%1").arg(i);
            ranked.prependUser(user);
            compared.prependUser(user);
        }
        QVERIFY(ranked.sortRanks().isUsable());
        QCOMPARE(built.size(), 0); // nothing rebuilt yet: no turn of the event loop
        expectTheSameOrders(ranked, compared);

        // Sixty changes are not worth a build at each: merged in at every click.
        QVERIFY(!built.wait(400));
        QVERIFY(ranked.sortRanks().isUsable());

        // Once a quarter of what a click merges has changed, the ranks are built again.
        for (int i = 0; i < 300; ++i) {
            User user = users[i * 9 + 1];
            user.lastName = renamed[i % 60].firstName;
            QVERIFY(ranked.updateUser(user));
            QVERIFY(compared.updateUser(user));
        }
        expectTheSameOrders(ranked, compared);
        QVERIFY(built.wait());
        expectTheSameOrders(ranked, compared);

        // Most rows removed: the few left are ordered by the same ranks.
        for (int i = 0; i < 2950; ++i) {
            ranked.removeUser(users[i].id);
            compared.removeUser(users[i].id);
        }
        QCOMPARE(ranked.rowCount(), 70);
        expectTheSameOrders(ranked, compared);
    }

    void tooManyChangesFallBackToComparingUntilRebuilt()
    {
        const QList<User> users = makeUsers(3000, 5);
        TwoModels models;
        auto& [ranked, compared, built] = models;
        models.setUsers(users);
        QVERIFY(built.wait());
        const QList<User> more = makeUsers(1500, 6);
        QList<User> added;
        for (int i = 0; i < more.size(); ++i) {
            User user = more[i];
            user.id = QStringLiteral("more-%1").arg(i);
            added << user;
        }
        ranked.appendUsers(added);
        compared.appendUsers(added);
        QVERIFY(!ranked.sortRanks().isUsable()); // 1,500 new rows: more than the merge takes
        expectTheSameOrders(ranked, compared);
        QVERIFY(built.wait());
        QVERIFY(ranked.sortRanks().isUsable());
        expectTheSameOrders(ranked, compared);
    }

    void anotherListDropsTheOldRanks()
    {
        TwoModels models;
        auto& [ranked, compared, built] = models;
        ranked.setUsers(makeUsers(2000, 1));
        QVERIFY(built.wait());
        models.setUsers(makeUsers(2500, 2));
        QVERIFY(!ranked.sortRanks().isUsable()); // built for the rows that were replaced
        expectTheSameOrders(ranked, compared);
        QVERIFY(built.wait());
        QVERIFY(ranked.sortRanks().isUsable());
        expectTheSameOrders(ranked, compared);
    }
};

QTEST_GUILESS_MAIN(tst_UserSortRanks)
#include "tst_UserSortRanks.moc"

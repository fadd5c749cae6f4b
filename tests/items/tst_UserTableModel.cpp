// UserTableModel on a fake server: paging through fetchMore with the server's total, server
// search and sort, local sort that keeps the selection, edits, duplicates across pages,
// fetching everything (and cancelling it), complete users vs skeletons, failures.

#include "FakeUserServer.h"
#include "items/UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class tst_UserTableModel : public QObject
{
    Q_OBJECT

    static QString cell(const UserTableModel& model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

private slots:
    void pagesArriveThroughFetchMore()
    {
        FakeUserServer server(450);
        UserTableModel model; // no QAbstractItemModelTester here: it calls fetchMore() itself
        QSignalSpy loaded(&model, &UserTableModel::pageLoaded);
        model.setPageSize(200);
        server.attach(&model);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // one request at a time
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.total(), 450);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(loaded.wait());
        model.fetchMore({});
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(server.requests.at(2).offset, 400);
        QCOMPARE(cell(model, 449, UserTableModel::Username), QStringLiteral("user449"));
    }

    void columnsShowWhatTheServerGave()
    {
        FakeUserServer server(10);
        UserTableModel model;
        QSignalSpy loaded(&model, &UserTableModel::pageLoaded);
        server.attach(&model);
        QVERIFY(loaded.wait());
        QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));
        QCOMPARE(cell(model, 2, UserTableModel::Email), QStringLiteral("user2@example.com"));
        QCOMPARE(cell(model, 2, UserTableModel::Name), QStringLiteral("Chloé Müller"));
        QCOMPARE(cell(model, 2, UserTableModel::Roles), QStringLiteral("admin, developer"));
        QCOMPARE(cell(model, 0, UserTableModel::Enabled), QStringLiteral("Disabled"));
        QCOMPARE(cell(model, 1, UserTableModel::Enabled), QStringLiteral("Enabled"));
        QVERIFY(!cell(model, 1, UserTableModel::Created).isEmpty());
        QVERIFY(cell(model, 0, UserTableModel::LastLogin).isEmpty()); // never signed in
        QCOMPARE(model.index(1, UserTableModel::Created).data(UserTableModel::SortRole).toLongLong(),
                 server.users.at(1).createdAt.toSecsSinceEpoch());
        QCOMPARE(model.headerData(UserTableModel::Roles, Qt::Horizontal).toString(),
                 QStringLiteral("Roles / scopes"));
        QCOMPARE(model.index(3, 0).data(UserTableModel::IdRole).toString(), QStringLiteral("id-3"));
    }

    void attributeColumnsShowTheServersValuesOnceWanted()
    {
        FakeUserServer server(5);
        server.briefUnlessAsked = true;
        const QStringList departments{QStringLiteral("sales"), QStringLiteral("Finance"), QString(),
                                      QStringLiteral("it"), QStringLiteral("Legal\x1b[31m")};
        for (int i = 0; i < server.users.size(); ++i) {
            // Keycloak keeps custom attributes as lists under "attributes".
            server.users[i].attributes.insert(
                QStringLiteral("attributes"),
                QVariantMap{{QStringLiteral("department"), QStringList{departments.at(i)}},
                            {QStringLiteral("locations"), QStringList{QStringLiteral("Lyon"), QStringLiteral("Oslo")}}});
        }
        UserTableModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy loaded(&model, &UserTableModel::pageLoaded);
        server.attach(&model);
        QVERIFY(loaded.wait());
        const QList<FieldChoice> columns{{QStringLiteral("attributes.department"), QStringLiteral("Department")},
                                         {QStringLiteral("attributes.locations"), QStringLiteral("Locations")}};
        model.setAttributeColumns(columns);
        const int department = UserTableModel::ColumnCount, locations = UserTableModel::ColumnCount + 1;
        QCOMPARE(model.columnCount(), UserTableModel::ColumnCount + 2);
        QCOMPARE(model.headerData(department, Qt::Horizontal).toString(), QStringLiteral("Department"));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!server.requests.last().withAttributes); // not wanted yet: the lists stay brief
        QCOMPARE(server.requests.size(), 1);                // and nothing is asked again

        model.setAttributeValuesWanted(true);
        QVERIFY(loaded.wait());
        QVERIFY(server.requests.last().withAttributes);
        QCOMPARE(cell(model, 1, department), QStringLiteral("Finance"));
        QCOMPARE(cell(model, 1, locations), QStringLiteral("Lyon, Oslo"));
        QCOMPARE(cell(model, 4, department), QStringLiteral("Legal\\x1b[31m")); // shown escaped, never interpreted

        // Sorted here, whatever the server can sort: case-insensitive, ties in arrival order.
        model.sort(department, Qt::AscendingOrder);
        QStringList sorted;
        for (int row = 0; row < model.rowCount(); ++row)
            sorted << model.userId(row);
        QCOMPARE(sorted.first(), server.users.at(2).id); // the empty one first
        QCOMPARE(cell(model, 1, department), QStringLiteral("Finance"));
        QCOMPARE(cell(model, 4, department), QStringLiteral("sales"));
        model.sort(department, Qt::DescendingOrder);
        QCOMPARE(cell(model, 0, department), QStringLiteral("sales"));

        // Other columns again, and the same columns set twice reload nothing.
        const qsizetype asked = server.requests.size();
        model.setAttributeColumns(columns);
        QCOMPARE(server.requests.size(), asked);
        QSignalSpy sorting(&model, &UserTableModel::sortingChanged);
        model.setAttributeColumns({});
        QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));
        QCOMPARE(model.sortColumn(), -1);
        QCOMPARE(sorting.size(), 1);              // the view's sort arrow goes too
        QCOMPARE(model.userId(0), server.users.at(0).id); // back in arrival order
        QCOMPARE(server.requests.size(), asked); // no columns: nothing to reload
    }

    void unknownTotalStaysUnknown()
    {
        FakeUserServer server(30);
        server.reportsTotal = false;
        UserTableModel model;
        QSignalSpy loaded(&model, &UserTableModel::pageLoaded);
        server.attach(&model);
        QVERIFY(loaded.wait());
        QCOMPARE(model.total(), -1);
        QCOMPARE(loaded.last().at(1).toLongLong(), -1);
    }

    void serverSearchRestartsFromTheFirstPage()
    {
        FakeUserServer server(300);
        UserTableModel model;
        QSignalSpy loaded(&model, &UserTableModel::pageLoaded);
        server.attach(&model);
        QVERIFY(loaded.wait());
        QVERIFY(model.serverSearchActive());
        model.setServerSearch(QStringLiteral("user29"));
        QVERIFY(loaded.wait());
        QCOMPARE(server.requests.last().search, QStringLiteral("user29"));
        QCOMPARE(server.requests.last().offset, 0);
        QCOMPARE(model.rowCount(), 11); // user29, user290..299
        QCOMPARE(model.total(), 11);
    }

    void serverSearchIsIgnoredWhenTheServerCannot()
    {
        FakeUserServer server(20);
        server.searches = false;
        UserTableModel model;
        QSignalSpy loaded(&model, &UserTableModel::pageLoaded);
        server.attach(&model);
        QVERIFY(loaded.wait());
        model.setServerSearch(QStringLiteral("user1"));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(model.rowCount(), 20);
    }

    void staleAnswersAreDropped()
    {
        FakeUserServer server(100);
        UserTableModel model;
        QSignalSpy loaded(&model, &UserTableModel::pageLoaded);
        server.attach(&model);
        model.setServerSearch(QStringLiteral("user5")); // before the first answer arrives
        QVERIFY(loaded.wait());
        QTest::qWait(20);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 11); // user5, user50..59: only the search's answer
    }

    void localSortKeepsTheSelection()
    {
        FakeUserServer server(50);
        server.users[10].username = QStringLiteral("Zed");
        server.users[11].username = QStringLiteral("aaron");
        UserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &UserTableModel::pageLoaded);
        server.attach(&model);
        QVERIFY(loaded.wait());
        const QPersistentModelIndex zed = model.index(10, UserTableModel::Email);
        model.sort(UserTableModel::Username, Qt::AscendingOrder);
        QCOMPARE(cell(model, 0, UserTableModel::Username), QStringLiteral("aaron"));
        QCOMPARE(cell(model, 49, UserTableModel::Username), QStringLiteral("Zed"));
        QCOMPARE(zed.row(), 49);
        QCOMPARE(zed.column(), int(UserTableModel::Email));
        model.sort(UserTableModel::Username, Qt::DescendingOrder);
        QCOMPARE(cell(model, 0, UserTableModel::Username), QStringLiteral("Zed"));
        QCOMPARE(zed.row(), 0);
        model.sort(UserTableModel::Created, Qt::DescendingOrder);
        QCOMPARE(cell(model, 0, UserTableModel::Username), QStringLiteral("user49"));
        model.sort(-1);
        QCOMPARE(cell(model, 0, UserTableModel::Username), QStringLiteral("user0"));
        QCOMPARE(server.requests.size(), 1); // all local
    }

    void sortByRolesAndStatus()
    {
        FakeUserServer server(9);
        UserTableModel model;
        QSignalSpy loaded(&model, &UserTableModel::pageLoaded);
        server.attach(&model);
        QVERIFY(loaded.wait());
        model.sort(UserTableModel::Roles, Qt::AscendingOrder);
        QCOMPARE(cell(model, 0, UserTableModel::Roles), QStringLiteral("admin, developer"));
        QCOMPARE(cell(model, 8, UserTableModel::Roles), QStringLiteral("developer"));
        model.sort(UserTableModel::Enabled, Qt::AscendingOrder);
        QCOMPARE(cell(model, 0, UserTableModel::Enabled), QStringLiteral("Disabled"));
        QCOMPARE(cell(model, 8, UserTableModel::Enabled), QStringLiteral("Enabled"));
    }

    void newPagesJoinTheLocalSortOrder()
    {
        FakeUserServer server(30);
        UserTableModel model;
        model.setPageSize(10);
        QSignalSpy loaded(&model, &UserTableModel::pageLoaded);
        server.attach(&model);
        QVERIFY(loaded.wait());
        model.sort(UserTableModel::Created, Qt::DescendingOrder);
        model.fetchMore({});
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(cell(model, 0, UserTableModel::Username), QStringLiteral("user19"));
        QCOMPARE(cell(model, 19, UserTableModel::Username), QStringLiteral("user0"));
    }

    void serverSortAsksTheServer()
    {
        FakeUserServer server(30);
        server.sorts = true;
        UserTableModel model;
        QSignalSpy loaded(&model, &UserTableModel::pageLoaded);
        server.attach(&model);
        QVERIFY(loaded.wait());
        model.sort(UserTableModel::Email, Qt::DescendingOrder);
        QVERIFY(loaded.wait());
        QCOMPARE(server.requests.last().sortField, QStringLiteral("email"));
        QCOMPARE(server.requests.last().sortOrder, Qt::DescendingOrder);
        QCOMPARE(cell(model, 0, UserTableModel::Username), QStringLiteral("user9"));
    }

    void editsUpdateRemoveAndPrepend()
    {
        FakeUserServer server(10);
        UserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &UserTableModel::pageLoaded);
        server.attach(&model);
        QVERIFY(loaded.wait());
        User changed = model.user(3);
        changed.firstName = QStringLiteral("Augusta");
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.updateUser(changed));
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(cell(model, 3, UserTableModel::Name), QStringLiteral("Augusta Ivanov"));
        QCOMPARE(model.user(3).attributes.value(QStringLiteral("city")).toString(), QStringLiteral("Lisbon"));

        model.removeUser(QStringLiteral("id-3"));
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.total(), 9);
        QCOMPARE(model.rowOfId(QStringLiteral("id-3")), -1);
        QCOMPARE(cell(model, 3, UserTableModel::Username), QStringLiteral("user4"));

        User created = FakeUserServer::makeUser(99);
        model.prependUser(created);
        QCOMPARE(cell(model, 0, UserTableModel::Username), QStringLiteral("user99"));
        QCOMPARE(model.total(), 10);
        QVERIFY(!model.updateUser(FakeUserServer::makeUser(500)));
    }

    void aUserListedTwiceIsNotDuplicated()
    {
        UserTableModel model;
        model.setUsers({FakeUserServer::makeUser(1), FakeUserServer::makeUser(2)});
        User again = FakeUserServer::makeUser(2);
        again.email = QStringLiteral("changed@example.com");
        model.appendUsers({again, FakeUserServer::makeUser(3)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 1, UserTableModel::Email), QStringLiteral("changed@example.com"));
    }

    void completeUsersAreBoundedTheRestAreSkeletons()
    {
        UserTableModel model;
        QList<User> users;
        for (int i = 0; i < 20; ++i)
            users << FakeUserServer::makeUser(i);
        // Room for the last five of them and no more: the budget is in bytes.
        qsizetype lastFive = 0;
        for (int i = 15; i < 20; ++i)
            lastFive += UserTableModel::completeCost(users.at(i));
        QVERIFY(UserTableModel::completeCost(users.first()) > qsizetype(sizeof(User)));
        model.setCompleteCacheBytes(lastFive);
        model.setUsers(users);
        for (int row = 0; row < 20; ++row)
            QCOMPARE(model.isComplete(row), row >= 15);
        const User skeleton = model.user(0);
        QCOMPARE(skeleton.username, QStringLiteral("user0"));
        QVERIFY(skeleton.attributes.isEmpty());
        QVERIFY(skeleton.actions.isEmpty());
        QCOMPARE(model.user(19).actions.size(), 1);
        QVERIFY(!model.index(0, 0).data(UserTableModel::CompleteRole).toBool());
        model.updateUser(FakeUserServer::makeUser(0)); // e.g. after Connection::getUser
        QVERIFY(model.isComplete(0));
    }

    // The default budget keeps a directory of a few thousand complete (no fetch when one is
    // opened); the cost of a user with a huge or deeply nested attribute counts what it holds.
    void theDefaultBudgetKeepsAFewThousandComplete()
    {
        UserTableModel model;
        QList<User> users;
        for (int i = 0; i < 2500; ++i)
            users << FakeUserServer::makeUser(i);
        model.setUsers(users);
        QVERIFY(model.isComplete(0));
        QVERIFY(model.isComplete(2499));
        User heavy = FakeUserServer::makeUser(1);
        heavy.attributes.insert(QStringLiteral("notes"), QString(100000, QLatin1Char('x')));
        QVERIFY(UserTableModel::completeCost(heavy) > 200000);
        User nested = FakeUserServer::makeUser(1);
        const qsizetype plain = UserTableModel::completeCost(nested);
        nested.attributes.insert(QStringLiteral("server"),
                                 QVariantMap{{QStringLiteral("attributes"),
                                              QVariantMap{{QStringLiteral("notes"),
                                                           QVariantList{QString(50000, QLatin1Char('y'))}}}}});
        QVERIFY(UserTableModel::completeCost(nested) > plain + 100000);
    }

    void fetchAllLoadsEveryPage()
    {
        FakeUserServer server(1050);
        UserTableModel model;
        model.setPageSize(100);
        QSignalSpy loaded(&model, &UserTableModel::pageLoaded);
        server.attach(&model);
        QVERIFY(loaded.wait());
        model.sort(UserTableModel::Username, Qt::DescendingOrder);
        bool done = false;
        ApiError outcome = ApiError::make(ApiError::Kind::Server, QStringLiteral("not called"));
        model.fetchAll([&](const ApiError& error) {
            done = true;
            outcome = error;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(outcome.isNone());
        QCOMPARE(model.rowCount(), 1050);
        QCOMPARE(model.store().capacity(), 1050); // room for the total at once, not grown to 2048
        QCOMPARE(cell(model, 0, UserTableModel::Username),
                 QStringLiteral("user999")); // sorted once at the end
        bool again = false;
        model.fetchAll([&](const ApiError& error) { again = error.isNone(); });
        QVERIFY(again); // nothing left: answers at once
    }

    void fetchAllCanBeCancelledAndReportsFailures()
    {
        FakeUserServer server(1000);
        UserTableModel model;
        model.setPageSize(50);
        QSignalSpy loaded(&model, &UserTableModel::pageLoaded);
        server.attach(&model);
        QVERIFY(loaded.wait());
        ApiError outcome;
        bool done = false;
        model.fetchAll([&](const ApiError& error) {
            done = true;
            outcome = error;
        });
        QVERIFY(loaded.wait());
        model.cancelFetchAll();
        QVERIFY(done);
        QCOMPARE(outcome.kind, ApiError::Kind::Cancelled);
        QTest::qWait(30);
        QVERIFY(model.rowCount() < 1000);

        server.failAtRequest = int(server.requests.size()) + 1;
        done = false;
        QSignalSpy failed(&model, &UserTableModel::loadFailed);
        model.fetchAll([&](const ApiError& error) {
            done = true;
            outcome = error;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(outcome.kind, ApiError::Kind::Server);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!model.canFetchMore({}));
    }

    void noLoaderMeansNoRows()
    {
        UserTableModel model;
        model.setSource(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.serverSearchActive());
    }
};

QTEST_GUILESS_MAIN(tst_UserTableModel)
#include "tst_UserTableModel.moc"

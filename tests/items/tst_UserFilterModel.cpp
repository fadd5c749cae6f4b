// UserFilterModel: local search (case-insensitive, narrowing as you type and widening again),
// quick filters by state and role, edits re-filtered, sorting forwarded to the source model.

#include "FakeUserServer.h"
#include "items/UserFilterModel.h"
#include "items/UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class tst_UserFilterModel : public QObject
{
    Q_OBJECT
    UserTableModel* m_users = nullptr;
    UserFilterModel* m_filter = nullptr;
    QAbstractItemModelTester* m_tester = nullptr; // checks every signal of every test

    QStringList usernames() const
    {
        QStringList names;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            names << m_filter->index(row, UserTableModel::Username).data().toString();
        return names;
    }
    // The same filter computed the slow, obvious way.
    int expectedCount(const QString& text, UserFilterModel::State state, const QString& role) const
    {
        int n = 0;
        for (const User& u : m_users->users()) {
            if (state == UserFilterModel::State::Enabled && !u.enabled)
                continue;
            if (state == UserFilterModel::State::Disabled && u.enabled)
                continue;
            if (!role.isEmpty() && !u.roles.contains(role))
                continue;
            const QString name = QString(u.firstName + QLatin1Char(' ') + u.lastName).trimmed();
            if (!text.trimmed().isEmpty() && !u.username.contains(text.trimmed(), Qt::CaseInsensitive) &&
                !u.email.contains(text.trimmed(), Qt::CaseInsensitive) &&
                !name.contains(text.trimmed(), Qt::CaseInsensitive))
                continue;
            ++n;
        }
        return n;
    }

private slots:
    void init()
    {
        m_users = new UserTableModel(this);
        QList<User> users;
        for (int i = 0; i < 500; ++i)
            users << FakeUserServer::makeUser(i);
        m_users->setUsers(users);
        m_filter = new UserFilterModel(this);
        m_filter->setSourceModel(m_users);
        m_tester = new QAbstractItemModelTester(m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        delete m_tester;
        delete m_filter;
        delete m_users;
    }

    void typingNarrowsAndDeletingWidens()
    {
        QAbstractItemModelTester tester(m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_filter->rowCount(), 500);
        for (const QString& text :
             {QStringLiteral("u"), QStringLiteral("us"), QStringLiteral("user4"), QStringLiteral("user49"),
              QStringLiteral("user499"), QStringLiteral("user49"), QStringLiteral("user4"), QString()}) {
            m_filter->setText(text);
            QCOMPARE(m_filter->rowCount(), expectedCount(text, UserFilterModel::State::All, {}));
        }
        m_filter->setText(QStringLiteral("user49"));
        QCOMPARE(usernames().size(), 11);
        QVERIFY(usernames().contains(QStringLiteral("user495")));
    }

    void searchCoversEmailAndNameCaseInsensitively()
    {
        m_filter->setText(QStringLiteral("MÜLLER"));
        QCOMPARE(m_filter->rowCount(),
                 expectedCount(QStringLiteral("Müller"), UserFilterModel::State::All, {}));
        QVERIFY(m_filter->rowCount() > 0);
        m_filter->setText(QStringLiteral("user12@EXAMPLE"));
        QCOMPARE(usernames(), QStringList{QStringLiteral("user12")});
        m_filter->setText(QStringLiteral("ada love"));
        QCOMPARE(m_filter->rowCount(),
                 expectedCount(QStringLiteral("ada love"), UserFilterModel::State::All, {}));
    }

    void quickFiltersCombineWithText()
    {
        QAbstractItemModelTester tester(m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filter->setState(UserFilterModel::State::Disabled);
        QCOMPARE(m_filter->rowCount(), 125);
        m_filter->setRole(QStringLiteral("admin"));
        QCOMPARE(m_filter->rowCount(),
                 expectedCount({}, UserFilterModel::State::Disabled, QStringLiteral("admin")));
        m_filter->setText(QStringLiteral("user1"));
        QCOMPARE(m_filter->rowCount(),
                 expectedCount(QStringLiteral("user1"), UserFilterModel::State::Disabled,
                               QStringLiteral("admin")));
        m_filter->setState(UserFilterModel::State::Enabled);
        QCOMPARE(m_filter->rowCount(), expectedCount(QStringLiteral("user1"), UserFilterModel::State::Enabled,
                                                     QStringLiteral("admin")));
        m_filter->setRole(QString());
        m_filter->setState(UserFilterModel::State::All);
        QCOMPARE(m_filter->rowCount(),
                 expectedCount(QStringLiteral("user1"), UserFilterModel::State::All, {}));
        QVERIFY(m_filter->isFiltering());
    }

    void anEditThatNowMatchesAppearsEvenWhileNarrowing()
    {
        m_filter->setText(QStringLiteral("zz"));
        QCOMPARE(m_filter->rowCount(), 0);
        User changed = m_users->user(7);
        changed.email = QStringLiteral("zzzz@example.com");
        m_users->updateUser(changed);
        QCOMPARE(m_filter->rowCount(), 1);
        m_filter->setText(QStringLiteral("zzz")); // narrowing must still look at the edited row
        QCOMPARE(m_filter->rowCount(), 1);
        m_filter->setState(UserFilterModel::State::Disabled); // user7 is enabled
        QCOMPARE(m_filter->rowCount(), 0);
        changed.enabled = false;
        m_users->updateUser(changed);
        QCOMPARE(m_filter->rowCount(), 1);
    }

    void rowsAddedLaterAreFiltered()
    {
        m_filter->setText(QStringLiteral("newcomer"));
        QCOMPARE(m_filter->rowCount(), 0);
        User u = FakeUserServer::makeUser(1000);
        u.username = QStringLiteral("newcomer");
        m_users->appendUsers({u, FakeUserServer::makeUser(1001)});
        QCOMPARE(m_filter->rowCount(), 1);
        m_filter->setText(QStringLiteral("newcomerx"));
        QCOMPARE(m_filter->rowCount(), 0);
    }

    void rowsAddedAndRemovedWhileNothingIsFiltered()
    {
        QSignalSpy inserted(m_filter, &QAbstractItemModel::rowsInserted);
        m_users->appendUsers({FakeUserServer::makeUser(1000), FakeUserServer::makeUser(1001)});
        QCOMPARE(m_filter->rowCount(), 502);
        QCOMPARE(inserted.size(), 1);
        User first = FakeUserServer::makeUser(1002);
        first.id = QStringLiteral("first");
        m_users->prependUser(first);
        QCOMPARE(m_filter->index(0, UserTableModel::Username).data().toString(), first.username);
        m_users->removeUser(QStringLiteral("first"));
        QCOMPARE(m_filter->rowCount(), 502);
    }

    void sortingIsDoneByTheSourceModel()
    {
        m_filter->setText(QStringLiteral("user4"));
        m_filter->sort(UserTableModel::Created, Qt::DescendingOrder);
        QCOMPARE(m_users->sortColumn(), int(UserTableModel::Created));
        QCOMPARE(usernames().first(), QStringLiteral("user499"));
        QCOMPARE(usernames().last(), QStringLiteral("user4"));
        QCOMPARE(m_filter->rowCount(),
                 expectedCount(QStringLiteral("user4"), UserFilterModel::State::All, {}));
    }

    void selectionSurvivesFiltering()
    {
        m_filter->setText(QStringLiteral("user1"));
        const int row = usernames().indexOf(QStringLiteral("user123"));
        QVERIFY(row >= 0);
        const QPersistentModelIndex selected = m_filter->index(row, 0);
        m_filter->setText(QStringLiteral("user12"));
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data().toString(), QStringLiteral("user123"));
        m_filter->setText(QStringLiteral("user13"));
        QVERIFY(!selected.isValid());
    }

    // Clearing the text shows every row again; a quick filter chosen next judges all of them,
    // not only those the text had let through.
    void aFilterAfterAClearedTextJudgesEveryRow()
    {
        m_filter->setText(QStringLiteral("user4"));
        m_filter->setText(QString());
        QCOMPARE(m_filter->rowCount(), 500);
        QVERIFY(!m_filter->isFiltering());
        m_filter->setState(UserFilterModel::State::Disabled);
        QCOMPARE(m_filter->rowCount(), expectedCount({}, UserFilterModel::State::Disabled, {}));
    }

    // Rows removed, put first or edited while a filter is on: the rows shown follow, the
    // selected user stays selected, and a row that stays shown is repainted where it is.
    void rowsRemovedPrependedAndEditedWhileFiltering()
    {
        m_filter->setText(QStringLiteral("user4"));
        const int shown = m_filter->rowCount();
        const int row = usernames().indexOf(QStringLiteral("user45"));
        const QPersistentModelIndex selected = m_filter->index(row, 0);
        m_users->removeUser(m_users->user(m_filter->sourceRow(0)).id); // user4, shown first
        QCOMPARE(m_filter->rowCount(), shown - 1);
        m_users->removeUser(m_users->user(3).id); // user3: not shown
        QCOMPARE(m_filter->rowCount(), shown - 1);
        QCOMPARE(selected.data().toString(), QStringLiteral("user45"));
        User first = FakeUserServer::makeUser(2000);
        first.username = QStringLiteral("user4-first");
        first.id = QStringLiteral("first");
        m_users->prependUser(first);
        QCOMPARE(m_filter->rowCount(), shown);
        QCOMPARE(usernames().first(), QStringLiteral("user4-first"));
        QCOMPARE(selected.data().toString(), QStringLiteral("user45"));
        QSignalSpy repainted(m_filter, &QAbstractItemModel::dataChanged);
        User edited = m_users->user(m_filter->sourceRow(selected.row()));
        edited.email = QStringLiteral("user45-new@example.com");
        m_users->updateUser(edited);
        QCOMPARE(repainted.size(), 1);
        QCOMPARE(repainted.first().at(0).value<QModelIndex>().row(), selected.row());
        QCOMPARE(m_filter->index(selected.row(), UserTableModel::Email).data().toString(),
                 QStringLiteral("user45-new@example.com"));
        QCOMPARE(m_filter->rowCount(), expectedCount(QStringLiteral("user4"), UserFilterModel::State::All, {}));
    }

    // A new sort order keeps the filter's rows and the selection on the same user.
    void selectionSurvivesSortingWhileFiltering()
    {
        m_filter->setText(QStringLiteral("user4"));
        const QPersistentModelIndex selected = m_filter->index(usernames().indexOf(QStringLiteral("user42")), 0);
        m_filter->sort(UserTableModel::Created, Qt::DescendingOrder);
        QCOMPARE(selected.data().toString(), QStringLiteral("user42"));
        QCOMPARE(m_filter->rowCount(), expectedCount(QStringLiteral("user4"), UserFilterModel::State::All, {}));
        for (int row = 1; row < m_filter->rowCount(); ++row)
            QVERIFY(m_filter->sourceRow(row - 1) < m_filter->sourceRow(row)); // source order kept
    }

    // An index kept past a narrowing (not a persistent one) points past the rows shown: it maps
    // to nothing rather than reading beyond them.
    void aStaleIndexMapsToNothing()
    {
        m_filter->setText(QStringLiteral("user"));
        const QModelIndex stale = m_filter->index(m_filter->rowCount() - 1, 0);
        QVERIFY(m_filter->mapToSource(stale).isValid());
        m_filter->setText(QStringLiteral("user49"));
        QVERIFY(m_filter->rowCount() <= stale.row());
        QVERIFY(!m_filter->mapToSource(stale).isValid());
    }

    void resetForgetsEarlierVerdicts()
    {
        m_filter->setText(QStringLiteral("user7"));
        QList<User> others;
        for (int i = 0; i < 100; ++i) {
            User u = FakeUserServer::makeUser(i);
            u.username = QStringLiteral("other%1").arg(i);
            u.id = QStringLiteral("other-%1").arg(i);
            u.email = QStringLiteral("o%1@user7.example").arg(i);
            others << u;
        }
        m_users->setUsers(others);
        m_filter->setText(QStringLiteral("user7.")); // narrowing, but over new rows
        QCOMPARE(m_filter->rowCount(), 100);
    }
};

QTEST_GUILESS_MAIN(tst_UserFilterModel)
#include "tst_UserFilterModel.moc"

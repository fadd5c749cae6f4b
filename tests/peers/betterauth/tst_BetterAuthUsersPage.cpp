// The Users screen's Disable against a real better-auth 1.7.5 server (server.mjs): better-auth
// records a ban's reason and end, so Disable first asks for them (DisableDialog), for one user
// and for several (then the bulk preview); Cancel sends nothing, and what was typed is what the
// server holds afterwards. The sandbox dialects keep today's flow (tests/gui).

#include "Await.h"
#include "BetterAuthProcess.h"
#include "NextModal.h"
#include "credentials/CredentialStore.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

class tst_BetterAuthUsersPage : public QObject
{
    Q_OBJECT
    BetterAuthProcess m_peer;
    CredentialStore m_credentials;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<UsersPage> m_page;

    QAction* action(const char* name) const { return m_page->findChild<QAction*>(QLatin1String(name)); }
    void select(const QStringList& emails)
    {
        QAbstractItemModel* model = m_page->table()->model();
        QItemSelectionModel* selection = m_page->table()->selectionModel();
        selection->clearSelection();
        int found = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (emails.contains(model->index(row, column).data().toString())) {
                    selection->select(model->index(row, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
                    ++found;
                    break;
                }
            }
        }
        QCOMPARE(found, emails.size());
    }
    // The user as the server has it now, read outside the page.
    User onServer(const QString& email)
    {
        UserQuery q;
        q.search = email;
        const Result<UserPage> page =
            await<UserPage>([&](auto done) { m_connection->listUsers(q, this, done); });
        if (page.ok()) {
            for (const User& u : page.value().users) {
                if (u.email == email)
                    return u;
            }
        }
        return {};
    }
    static QDateTime banEndOf(const User& user)
    {
        return QDateTime::fromString(user.attributes.value(QStringLiteral("banExpires")).toString(),
                                     Qt::ISODateWithMs);
    }
    void activate()
    {
        m_page->activateWindow(); // a closed dialog takes activation with it
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

private slots:
    void initTestCase()
    {
        m_credentials.setMemoryOnly(true);
        if (!m_peer.start())
            QFAIL(qPrintable(m_peer.errorString()));
        Profile p;
        p.id = QStringLiteral("peer-betterauth-gui");
        p.name = QStringLiteral("better-auth peer");
        p.baseUrl = m_peer.baseUrl();
        p.dialect = QStringLiteral("betterauth");
        p.identity = m_peer.adminEmail();
        p.timeoutSeconds = 15;
        m_connection = std::make_unique<Connection>(p, DialectRegistry::create(p.dialect), &m_credentials);
        QSignalSpy signedIn(m_connection.get(), &Connection::signedIn);
        m_connection->signIn({{QStringLiteral("password"), m_peer.adminPassword()}});
        QVERIFY(signedIn.wait(15000));

        m_page = std::make_unique<UsersPage>();
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QSignalSpy loaded(m_page.get(), &UsersPage::usersLoaded);
        m_page->setConnection(m_connection.get());
        QVERIFY(loaded.wait(15000));
        QVERIFY(m_page->table()->model()->rowCount() >= 9);
        activate();
    }

    void cancelSendsNothing()
    {
        select({QStringLiteral("alice@betterauth.test")});
        QTRY_VERIFY(action("actionUserDisable")->isEnabled());
        QString title;
        onNextModal([&](QWidget* modal) {
            title = modal->windowTitle();
            QCOMPARE(modal->objectName(), QStringLiteral("disableDialog"));
            modal->findChild<QLineEdit*>(QStringLiteral("disableReason"))
                ->setText(QStringLiteral("never sent"));
            modal->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
        });
        action("actionUserDisable")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!title.isEmpty(), 10000);
        QVERIFY2(title.startsWith(QLatin1String("Disable 1 user")),
                 qPrintable(title)); // English plurals not loaded
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QTest::qWait(300); // anything sent would have arrived by now
        QVERIFY(onServer(QStringLiteral("alice@betterauth.test")).enabled);
        activate();
    }

    void disableOneWithAReasonAndAnEnd()
    {
        select({QStringLiteral("alice@betterauth.test")});
        const QDateTime until = QDateTime::currentDateTime().addDays(3);
        bool answered = false;
        onNextModal([&](QWidget* modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("disableDialog"));
            auto* reason = modal->findChild<QLineEdit*>(QStringLiteral("disableReason"));
            auto* limited = modal->findChild<QCheckBox*>(QStringLiteral("disableLimited"));
            auto* end = modal->findChild<QDateTimeEdit*>(QStringLiteral("disableUntil"));
            QVERIFY(reason->isEnabled());
            QVERIFY(limited->isEnabled());
            QVERIFY(!end->isEnabled()); // no end unless asked for
            reason->setText(QStringLiteral("On leave"));
            limited->setChecked(true);
            QVERIFY(end->isEnabled());
            end->setDateTime(until);
            modal->findChild<QPushButton*>(QStringLiteral("disableConfirm"))->click();
            answered = true;
        });
        action("actionUserDisable")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!onServer(QStringLiteral("alice@betterauth.test")).enabled, 10000);
        const User alice = onServer(QStringLiteral("alice@betterauth.test"));
        QCOMPARE(alice.attributes.value(QStringLiteral("banReason")).toString(), QStringLiteral("On leave"));
        // The editor shows minutes: the end is the chosen time to within one.
        QVERIFY2(qAbs(banEndOf(alice).secsTo(until)) <= 60,
                 qPrintable(banEndOf(alice).toString(Qt::ISODate)));

        // Enable asks nothing and lifts the ban with its reason and end.
        activate();
        select({QStringLiteral("alice@betterauth.test")});
        QTRY_VERIFY(action("actionUserEnable")->isEnabled());
        action("actionUserEnable")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(onServer(QStringLiteral("alice@betterauth.test")).enabled, 10000);
        QVERIFY(onServer(QStringLiteral("alice@betterauth.test"))
                    .attributes.value(QStringLiteral("banReason"))
                    .isNull());
        QVERIFY(!QApplication::activeModalWidget());
    }

    void severalUsersAreAskedOnceThenPreviewed()
    {
        const QStringList emails{QStringLiteral("bruno@betterauth.test"),
                                 QStringLiteral("chloe@betterauth.test")};
        select(emails);
        bool asked = false;
        bool applied = false;
        onNextModal([&](QWidget* modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("disableDialog"));
            QVERIFY(modal->windowTitle().startsWith(QLatin1String("Disable 2 user")));
            modal->findChild<QLineEdit*>(QStringLiteral("disableReason"))
                ->setText(QStringLiteral("Bulk review"));
            modal->findChild<QPushButton*>(QStringLiteral("disableConfirm"))->click();
            asked = true;
            onNextModal([&](QWidget* preview) {
                QCOMPARE(preview->objectName(), QStringLiteral("bulkActionDialog"));
                preview->findChild<QPushButton*>(QStringLiteral("bulkApply"))->click();
                applied = true;
            });
        });
        action("actionUserDisable")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(asked, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(applied, 10000);
        for (const QString& email : emails) {
            QTRY_VERIFY_WITH_TIMEOUT(!onServer(email).enabled, 10000);
            const User user = onServer(email);
            QCOMPARE(user.attributes.value(QStringLiteral("banReason")).toString(),
                     QStringLiteral("Bulk review"));
            QVERIFY(user.attributes.value(QStringLiteral("banExpires")).isNull()); // no end asked for
        }
        // The report closes the preview; the users are enabled again for whoever comes next.
        if (auto* preview = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
            preview->reject();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        for (const QString& email : emails) {
            const Result<User> back =
                await<User>([&](auto done) { m_connection->setEnabled(onServer(email), true, this, done); });
            QVERIFY(back.ok());
        }
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_connection.reset();
        m_peer.stop();
    }
};

QTEST_MAIN(tst_BetterAuthUsersPage)
#include "tst_BetterAuthUsersPage.moc"

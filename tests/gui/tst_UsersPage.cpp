// The Users screen against the sandbox: list, server search, create (form validation and a
// server error kept next to the field), edit, disable and delete with confirmation.

#include "HttpProbe.h"
#include "NextModal.h"
#include "SandboxProcess.h"
#include "credentials/CredentialStore.h"
#include "items/UserTableModel.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "users/UserDetailPanel.h"
#include "users/UsersPage.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>
#include <functional>

class tst_UsersPage : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    CredentialStore m_credentials;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<UsersPage> m_page;

    QAction* action(const char* name) const { return m_page->findChild<QAction*>(QLatin1String(name)); }
    int rows() const { return m_page->table()->model()->rowCount(); }
    void selectRowWhere(const QString& text)
    {
        QAbstractItemModel* model = m_page->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == text ||
                model->index(row, 1).data().toString() == text) {
                m_page->table()->selectRow(row);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row for ") + text));
    }

private slots:
    void initTestCase()
    {
        m_credentials.setMemoryOnly(true);
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("450")}));
        Profile p;
        p.id = QStringLiteral("gui");
        p.name = QStringLiteral("GUI");
        p.baseUrl = m_sandbox.apiUrl(QStringLiteral("gatekeeper"));
        p.dialect = QStringLiteral("gatekeeper");
        p.identity = QStringLiteral("admin");
        m_connection = std::make_unique<Connection>(p, DialectRegistry::create(p.dialect), &m_credentials);
        QSignalSpy signedIn(m_connection.get(), &Connection::signedIn);
        m_connection->signIn({{QStringLiteral("password"), QStringLiteral("sandbox-admin")}});
        QVERIFY(signedIn.wait(10000));
        m_page = std::make_unique<UsersPage>();
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    void listsPagesAsItScrolls()
    {
        QSignalSpy loaded(m_page.get(), &UsersPage::usersLoaded);
        m_page->setConnection(m_connection.get());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(rows(), 200);
        QCOMPARE(m_page->model()->total(), 451);
        m_page->table()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(rows() > 200, 10000);
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("searchMode"))
                    ->text()
                    .contains(QLatin1String("Server")));
    }

    // The quick filter narrows the loaded rows in the page itself (UserFilterModel): only
    // disabled users are shown, a selected one stays selected, and All brings every row back.
    // AUTHDESK_SHOTS=DIR saves users-disabled-only.png.
    void quickFilterNarrowsTheLoadedRowsAndKeepsTheSelection()
    {
        QAbstractItemModel* shown = m_page->table()->model();
        const int all = rows();
        int disabled = 0;
        QString firstDisabled;
        for (int row = 0; row < all; ++row) {
            const User user = m_page->model()->user(row);
            if (!user.enabled && disabled++ == 0)
                firstDisabled = user.username;
        }
        QVERIFY(disabled > 0 && disabled < all);
        selectRowWhere(firstDisabled);
        auto* state = m_page->findChild<QComboBox*>(QStringLiteral("stateFilter"));
        const auto everyoneAgain = qScopeGuard([state] { state->setCurrentIndex(0); }); // for the next tests
        state->setCurrentIndex(2); // Disabled only
        QCOMPARE(rows(), disabled);
        auto* proxy = qobject_cast<QAbstractProxyModel*>(shown);
        QVERIFY(proxy);
        for (int row = 0; row < rows(); ++row)
            QVERIFY(!m_page->model()->user(proxy->mapToSource(shown->index(row, 0)).row()).enabled);
        const QModelIndexList selected = m_page->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), firstDisabled);
        QTableView* table = m_page->table();
        QVERIFY(table->viewport()->rect().intersects(table->visualRect(selected.first()))); // still in sight
        auto* info = m_page->findChild<QLabel*>(QStringLiteral("usersInfo"));
        // "34 user(s) shown · 400 of 451 user(s) loaded" (the plural is the translation's job)
        QVERIFY2(info->text().startsWith(QStringLiteral("%1 user").arg(disabled)) &&
                     info->text().contains(QStringLiteral(" shown · ")),
                 qPrintable(info->text()));
        if (const QString shots = qEnvironmentVariable("AUTHDESK_SHOTS"); !shots.isEmpty())
            QVERIFY(m_page->grab().save(shots + QStringLiteral("/users-disabled-only.png")));
        state->setCurrentIndex(0);
        QCOMPARE(rows(), all);
        QVERIFY2(!info->text().contains(QLatin1String("shown")), qPrintable(info->text()));
        QCOMPARE(m_page->table()->selectionModel()->selectedRows().first().data().toString(), firstDisabled);
    }

    void searchAsYouTypeAsksTheServer()
    {
        auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("userSearch"));
        QTest::keyClick(m_page.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("admin@gate"));
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 1, 10000);
        QCOMPARE(m_page->table()->model()->index(0, 0).data().toString(), QStringLiteral("admin"));
        search->clear();
        QTRY_VERIFY_WITH_TIMEOUT(rows() >= 200, 10000);
    }

    void createValidatesThenKeepsTypingOnServerError()
    {
        // First attempt: a name that is taken. The form stays open with the error at the field.
        bool sawServerError = false;
        onNextModal([&](QWidget* dialog) {
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton); // empty form: client-side validation
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("error_username"))->isVisible());
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("field_username")),
                             QStringLiteral("admin"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("field_email")),
                             QStringLiteral("not-an-email"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("field_password")),
                             QStringLiteral("pw1234"));
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("error_email"))->isVisible());
            auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("field_email"));
            email->clear();
            QTest::keyClicks(email, QStringLiteral("ada@example.com"));
            QTest::mouseClick(ok, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(
                dialog->findChild<QLabel*>(QStringLiteral("error_username"))->isVisible(), 10000);
            sawServerError = dialog->findChild<QLabel*>(QStringLiteral("error_username"))
                                 ->text()
                                 .contains(QLatin1String("taken"));
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("field_email"))->text(),
                     QStringLiteral("ada@example.com"));
            auto* username = dialog->findChild<QLineEdit*>(QStringLiteral("field_username"));
            username->clear();
            QTest::keyClicks(username, QStringLiteral("ada.lovelace"));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        action("actionUserCreate")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->table()->model()->index(0, 0).data().toString(),
                                  QStringLiteral("ada.lovelace"), 15000);
        QVERIFY(sawServerError);
    }

    void editChangesWhatWasTyped()
    {
        selectRowWhere(QStringLiteral("ada.lovelace"));
        onNextModal([](QWidget* dialog) {
            auto* first = dialog->findChild<QLineEdit*>(QStringLiteral("field_firstName"));
            first->clear();
            QTest::keyClicks(first, QStringLiteral("Augusta"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        // Enter opens the detail; F2 (or a double-click) edits.
        m_page->detail()->findChild<QTabWidget*>(QStringLiteral("userDetailTabs"))->setCurrentIndex(2);
        QTest::keyClick(m_page->table(), Qt::Key_Return);
        QCOMPARE(m_page->detail()->findChild<QTabWidget*>(QStringLiteral("userDetailTabs"))->currentIndex(),
                 0);
        QVERIFY(!QApplication::activeModalWidget());
        m_page->activateWindow(); // shortcuts reach only the active window
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_F2);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->table()->model()->index(0, 2).data().toString(),
                                  QStringLiteral("Augusta"), 10000);
    }

    void bulkDisableThenDeleteWithConfirmation()
    {
        selectRowWhere(QStringLiteral("ada.lovelace"));
        action("actionUserDisable")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->table()->model()->index(0, 4).data().toString(),
                                  QStringLiteral("Disabled"), 10000);
        // The server agrees: the account cannot sign in.
        const ProbeReply login = HttpProbe::send(
            "POST",
            QUrl(m_sandbox.apiUrl(QStringLiteral("gatekeeper")).toString() + QStringLiteral("/sessions")),
            R"({"username":"ada.lovelace","password":"pw1234"})");
        QCOMPARE(login.status, 401);

        // Cancel first: nothing happens.
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->table()->setFocus();
        QVERIFY(action("actionUserDelete")->isEnabled());
        QCOMPARE(action("actionUserDelete")->shortcut(), QKeySequence(QKeySequence::Delete));
        bool cancelled = false;
        onNextModal([&](QWidget* box) {
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Cancel)->click();
            cancelled = true;
        });
        QTest::keyClick(m_page->table(), Qt::Key_Delete);
        QApplication::processEvents();
        QTRY_VERIFY(cancelled);
        QCOMPARE(m_page->table()->model()->index(0, 0).data().toString(), QStringLiteral("ada.lovelace"));
        QString question;
        m_page->activateWindow(); // the closed message box took activation with it
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->table()->setFocus();
        onNextModal([&](QWidget* box) {
            question = qobject_cast<QMessageBox*>(box)->text();
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(m_page->table(), Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(!question.isEmpty(), 10000);
        QVERIFY2(question.contains(QLatin1String("Augusta")), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->table()->model()->index(0, 0).data().toString() != QLatin1String("ada.lovelace"), 10000);
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("usersInfo"))
                    ->text()
                    .contains(QLatin1String("deleted")));
    }

    void unsupportedActionsAreDisabledWithTheReason()
    {
        Profile p;
        p.id = QStringLiteral("lum");
        p.name = QStringLiteral("Luminate");
        p.baseUrl = m_sandbox.apiUrl(QStringLiteral("luminate"));
        p.dialect = QStringLiteral("luminate");
        p.identity = QStringLiteral("admin@luminate.test");
        Connection luminate(p, DialectRegistry::create(p.dialect), &m_credentials);
        m_page->setConnection(&luminate);
        QVERIFY(!action("actionUserCreate")->isEnabled());
        QVERIFY(action("actionUserCreate")->toolTip().contains(QLatin1String("Luminate")));
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("usersInfo"))
                    ->text()
                    .contains(QLatin1String("no user management")));
        m_page->setConnection(nullptr);
    }
};

QTEST_MAIN(tst_UsersPage)
#include "tst_UsersPage.moc"

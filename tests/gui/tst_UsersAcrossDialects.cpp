// The users screen against the sandbox for each API besides Gatekeeper (tst_UsersPage): create
// through the form, find the account by a server search, edit it, disable it and delete it with
// confirmation, on the real widgets — Gemini (creation with client credentials, edit and delete
// through the user's own _links) and Nebula. The server is asked afterwards each time.

#include "NextModal.h"
#include "SandboxProcess.h"
#include "credentials/CredentialStore.h"
#include "items/UserTableModel.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "users/UserDetailPanel.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include <optional>

class tst_UsersAcrossDialects : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    CredentialStore m_credentials;

    std::unique_ptr<Connection> signIn(const QString& dialect)
    {
        Profile p;
        p.id = dialect;
        p.name = dialect;
        p.baseUrl = m_sandbox.apiUrl(dialect);
        p.dialect = dialect;
        p.identity = dialect == QLatin1String("gemini") ? QStringLiteral("admin@gemini.test")
                                                        : QStringLiteral("admin@nebula.test");
        if (dialect == QLatin1String("gemini"))
            p.settings.insert(QStringLiteral("client_id"), QStringLiteral("authdesk-demo"));
        auto connection = std::make_unique<Connection>(p, DialectRegistry::create(dialect), &m_credentials);
        QSignalSpy signedIn(connection.get(), &Connection::signedIn);
        connection->signIn({{QStringLiteral("password"), QStringLiteral("sandbox-admin")},
                            {QStringLiteral("client_secret"), QStringLiteral("demo-client-secret")}});
        return signedIn.wait(10000) ? std::move(connection) : nullptr;
    }

    static int rowOf(UsersPage* page, const QString& email)
    {
        QAbstractItemModel* model = page->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, UserTableModel::Email).data().toString() == email)
                return row;
        }
        return -1;
    }

    // The server's own view of the account, or nothing when it no longer knows it.
    static std::optional<User> onServer(Connection* connection, const User& user, ApiError* error = nullptr)
    {
        std::optional<Result<User>> answer;
        QObject context;
        connection->getUser(user, &context, [&](const Result<User>& r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000) || !answer->ok()) {
            if (error && answer)
                *error = answer->error();
            return std::nullopt;
        }
        return answer->value();
    }

private slots:
    void initTestCase()
    {
        m_credentials.setMemoryOnly(true);
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("60")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void lifecycle_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("gemini") << QStringLiteral("gemini");
        QTest::newRow("nebula") << QStringLiteral("nebula");
    }

    void lifecycle()
    {
        QFETCH(QString, dialect);
        auto connection = signIn(dialect);
        QVERIFY(connection);
        UsersPage page;
        page.resize(1300, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy loaded(&page, &UsersPage::usersLoaded);
        page.setConnection(connection.get());
        QVERIFY(loaded.wait(10000));
        const QString email = QStringLiteral("grace.%1@example.com").arg(dialect);

        // Create: the form refuses a short password before anything is sent.
        bool created = false;
        onNextModal([&](QWidget* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("field_email")), email);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("field_firstName")),
                             QStringLiteral("Grace"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("field_lastName")),
                             QStringLiteral("Hopper"));
            auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("field_password"));
            QTest::keyClicks(password, QStringLiteral("short"));
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("error_password"))->isVisible());
            password->clear();
            QTest::keyClicks(password, QStringLiteral("Compiler-1952"));
            QTest::mouseClick(ok, Qt::LeftButton);
            created = true;
        });
        page.findChild<QAction*>(QStringLiteral("actionUserCreate"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(created, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(&page, email) >= 0, 10000);

        // Find it by a server search, then edit it (one word: Nebula keeps a single name).
        QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("userSearch")),
                         QStringLiteral("grace.") + dialect);
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->rowCount(), 1, 10000);
        page.table()->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(page.detail()->user().email == email, 10000);
        QAction* edit = page.findChild<QAction*>(QStringLiteral("actionUserEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(edit->isEnabled(), 10000); // Gemini: once the user's links arrived
        onNextModal([](QWidget* dialog) {
            auto* first = dialog->findChild<QLineEdit*>(QStringLiteral("field_firstName"));
            first->clear();
            QTest::keyClicks(first, QStringLiteral("Gracie"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        edit->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(page.detail()->user().firstName, QStringLiteral("Gracie"), 10000);
        const User created_ = page.detail()->user();
        QCOMPARE(onServer(connection.get(), created_).value_or(User()).firstName, QStringLiteral("Gracie"));

        // Disable: the server agrees.
        QAction* disable = page.findChild<QAction*>(QStringLiteral("actionUserDisable"));
        QTRY_VERIFY_WITH_TIMEOUT(disable->isEnabled(), 10000);
        disable->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->index(0, UserTableModel::Enabled).data().toString(),
                                  QStringLiteral("Disabled"), 10000);
        QCOMPARE(onServer(connection.get(), created_).value_or(User()).enabled, false);

        // Delete, after a confirmation that names the user; then the server no longer knows them.
        QString question;
        onNextModal([&](QWidget* box) {
            question = qobject_cast<QMessageBox*>(box)->text();
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click();
        });
        QAction* remove = page.findChild<QAction*>(QStringLiteral("actionUserDelete"));
        QTRY_VERIFY_WITH_TIMEOUT(remove->isEnabled(), 10000);
        remove->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!question.isEmpty(), 10000);
        QVERIFY2(question.contains(email), qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->rowCount(), 0, 10000);
        ApiError error;
        QVERIFY(!onServer(connection.get(), created_, &error));
        QCOMPARE(error.kind, ApiError::Kind::NotFound);
    }
};

QTEST_MAIN(tst_UsersAcrossDialects)
#include "tst_UsersAcrossDialects.moc"

// The main window's frame: navigation, named actions, and a status bar that shows the
// signed-in identity and the token's countdown.

#include "MainWindow.h"
#include "SandboxProcess.h"
#include "credentials/CredentialStore.h"
#include "items/UserTableModel.h"
#include "profiles/ProfileStore.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

class tst_MainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void frameAndStatusBar()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("20")}));
        ProfileStore profiles;
        CredentialStore credentials;
        credentials.setMemoryOnly(true);
        MainWindow window(&profiles, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const char* name :
             {"actionProfiles", "actionSignIn", "actionSignOut", "actionTokenInspector", "actionQuit"})
            QVERIFY2(window.findChild<QAction*>(QLatin1String(name)), name);
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(nav->count(), 6);
        nav->setCurrentRow(2);
        QCOMPARE(window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget()->objectName(),
                 QStringLiteral("apiKeysPage"));
        nav->setCurrentRow(0);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("connectionState"))->text(),
                 QStringLiteral("Not connected"));

        Profile p;
        p.name = QStringLiteral("Sandbox");
        p.baseUrl = sandbox.apiUrl(QStringLiteral("gatekeeper"));
        p.dialect = QStringLiteral("gatekeeper");
        p.identity = QStringLiteral("admin");
        p.id = profiles.save(p);
        Connection connection(p, DialectRegistry::create(p.dialect), &credentials);
        window.setConnection(&connection);
        QSignalSpy loaded(window.usersPage(), &UsersPage::usersLoaded);
        connection.signIn({{QStringLiteral("password"), QStringLiteral("sandbox-admin")}});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("signedInIdentity"))->text(),
                 QStringLiteral("Signed in as admin"));
        QTRY_VERIFY(window.findChild<QLabel*>(QStringLiteral("tokenLifetime"))
                        ->text()
                        .startsWith(QLatin1String("Token expires in 19:")));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("connectionState"))
                    ->text()
                    .contains(QLatin1String("Connected")));
        // Smaller than the offscreen screen (800x800): from Qt 6.8 on, restoreGeometry fits a
        // window into its screen.
        window.resize(777, 555);
        // Column layout and splitter proportions are the administrator's too.
        QHeaderView* header = window.usersPage()->table()->horizontalHeader();
        header->hideSection(UserTableModel::Email);
        header->moveSection(header->visualIndex(UserTableModel::Name), 0);
        auto* users = window.findChild<QSplitter*>(QStringLiteral("usersSplitter"));
        users->setSizes({300, 700});
        window.close();
    }

    void layoutIsRemembered()
    {
        ProfileStore profiles;
        MainWindow window(&profiles, nullptr);
        QCOMPARE(window.size(), QSize(777, 555));
        QHeaderView* header = window.usersPage()->table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(UserTableModel::Email));
        QCOMPARE(header->visualIndex(UserTableModel::Name), 0);
        QCOMPARE(window.findChild<QSplitter*>(QStringLiteral("usersSplitter"))->saveState(),
                 QSettings().value(QStringLiteral("window/splitter/usersSplitter")).toByteArray());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"

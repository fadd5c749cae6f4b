// The console's own wiring (app/AppController) with its real MainWindow, offscreen, against
// authdesk-sandbox: a session the server revoked in the middle of work opens the sign-in
// prompt and the work resumes once the password is typed; a server that cannot be reached
// switches the console to offline review of the cached copy with every write disabled; a
// self-signed certificate is refused by default, and pinned and used once the user trusts it;
// on a first run, the server added through "Add server…" opens once the profiles dialog closes;
// a damaged cache and audit log leave the console working live, saying why, the files untouched;
// a cache of an older schema is upgraded in the background, with Cancel.

#include "AppController.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "NextModal.h"
#include "OldCacheFile.h"
#include "SandboxProcess.h"
#include "SelfSignedCertificate.h"
#include "audit/AuditLog.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheUpgrade.h"
#include "cache/ProfileCache.h"
#include "credentials/CredentialStore.h"
#include "items/UserTableModel.h"
#include "profiles/ProfileStore.h"
#include "remote/Connection.h"
#include "storage/LocaleCollation.h"
#include "sessions/SessionsTab.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>
#include <memory>

namespace {

const QString adminPassword = QStringLiteral("sandbox-admin");

// HTTPS in front of the (plain HTTP) sandbox, with a certificate made at test time: the bytes
// of each decrypted connection go to the sandbox and its answers come back encrypted.
class TlsFront : public QObject
{
public:
    bool start(const QSslCertificate& certificate, const QSslKey& key, quint16 targetPort)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        m_server.setSslConfiguration(config);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this, targetPort] {
            while (QTcpSocket* front = m_server.nextPendingConnection()) {
                auto* back = new QTcpSocket(front);
                connect(front, &QTcpSocket::readyRead, back,
                        [front, back] { back->write(front->readAll()); });
                connect(back, &QTcpSocket::readyRead, front,
                        [front, back] { front->write(back->readAll()); });
                connect(back, &QTcpSocket::disconnected, front, [front] { front->disconnectFromHost(); });
                connect(front, &QTcpSocket::disconnected, front, &QObject::deleteLater);
                back->connectToHost(QHostAddress::LocalHost, targetPort);
                if (front->bytesAvailable() > 0)
                    back->write(front->readAll()); // buffered until connected
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
};

QUrl under(const QUrl& base, const QString& path)
{
    return QUrl(base.toString() + path);
}

} // namespace

class tst_AppController : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_home; // a fresh HOME and XDG dirs for each test

    static Profile gatekeeper(const QUrl& baseUrl)
    {
        Profile p;
        p.name = QStringLiteral("Sandbox");
        p.baseUrl = baseUrl;
        p.dialect = QStringLiteral("gatekeeper");
        p.identity = QStringLiteral("admin");
        return p;
    }
    static QTableView* table(MainWindow* window) { return window->usersPage()->table(); }
    static int rowOf(MainWindow* window, const QString& username)
    {
        const QAbstractItemModel* model = table(window)->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, UserTableModel::Username).data().toString() == username)
                return row;
        }
        return -1;
    }
    static QString stateText(MainWindow* window)
    {
        return window->findChild<QLabel*>(QStringLiteral("connectionState"))->text();
    }
    static QAction* action(QObject* in, const char* name)
    {
        return in->findChild<QAction*>(QLatin1String(name));
    }
    // Open registration: a customer the console has not seen yet.
    static bool createOnServer(const SandboxProcess& sandbox, const QString& username)
    {
        const ProbeReply reply = HttpProbe::json(
            "POST", under(sandbox.apiUrl(QStringLiteral("gatekeeper")), QStringLiteral("/users")),
            QJsonDocument(
                QJsonObject{{QStringLiteral("username"), username},
                            {QStringLiteral("password"), QStringLiteral("sandbox-user")},
                            {QStringLiteral("user_type"), QStringLiteral("customer")},
                            {QStringLiteral("email"), QString(username + QStringLiteral("@example.test"))}}));
        return reply.status == 201 || reply.status == 200;
    }
    static bool syncCompleted(const QSignalSpy& spy, int index)
    {
        return spy.size() > index && spy.at(index).first().value<SyncResult>().completed();
    }
    // A profile of `sandbox` whose cache an earlier AuthDesk wrote (schema 2, `users` users);
    // empty, with a warning, when it could not be written.
    static QString profileWithOldCache(const SandboxProcess& sandbox, int users)
    {
        QString profileId;
        {
            ProfileStore store;
            profileId = store.save(gatekeeper(sandbox.apiUrl(QStringLiteral("gatekeeper"))));
        }
        const QString path = CacheDatabase::pathForProfile(profileId);
        QString error;
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !OldCacheFile::writeVersion2(path, users, &error)) {
            qWarning("cannot write %s: %s", qPrintable(path), qPrintable(error));
            return {};
        }
        return profileId;
    }
    static void showAndActivate(MainWindow* window)
    {
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        const QString root = m_home->path();
        for (const char* dir : {"home", "config", "data", "cache"})
            QVERIFY(QDir(root).mkpath(QLatin1String(dir)));
        qputenv("HOME", QFile::encodeName(root + QStringLiteral("/home")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(root + QStringLiteral("/config")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(root + QStringLiteral("/data")));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(root + QStringLiteral("/cache")));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, root + QStringLiteral("/config"));
    }
    void cleanup() { m_home.reset(); }

    void aRevokedSessionAsksForThePasswordAndResumesTheWork()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--seed"), QStringLiteral("20")}),
                 qPrintable(sandbox.errorString()));
        AppController controller;
        controller.credentials()->setMemoryOnly(true);
        Profile p = gatekeeper(sandbox.apiUrl(QStringLiteral("gatekeeper")));
        p.rememberPassword = false; // nothing stored: no silent sign-in with the password
        p.id = controller.profiles()->save(p);
        MainWindow* window = controller.window();
        showAndActivate(window);

        QVERIFY(controller.openProfile(p.id, {{QStringLiteral("password"), adminPassword}}));
        auto* cache = controller.findChild<ProfileCache*>();
        QVERIFY(cache);
        QSignalSpy synced(cache, &ProfileCache::syncFinished);
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 30000);
        QVERIFY(syncCompleted(synced, 0));
        QTRY_COMPARE_WITH_TIMEOUT(table(window)->model()->rowCount(), 21, 10000);
        auto* connection = controller.findChild<Connection*>();
        QVERIFY(connection);
        QCOMPARE(connection->state(), Connection::State::SignedIn);

        // The administrator looks at a user: its detail and sessions load (before the
        // revocation, so that no request of theirs is still under way when the prompt opens).
        auto* sessionsTab = window->usersPage()->findChild<SessionsTab*>();
        QVERIFY(sessionsTab);
        QSignalSpy sessionsLoaded(sessionsTab, &SessionsTab::loaded);
        const QModelIndex first = table(window)->model()->index(0, UserTableModel::Username);
        QTest::mouseClick(table(window)->viewport(), Qt::LeftButton, {},
                          table(window)->visualRect(first).center());
        QVERIFY(sessionsLoaded.wait(10000));

        // On the server: a user the console has not seen, and the console's session revoked
        // (its refresh token with it), as an administrator elsewhere would.
        const QString newcomer = QStringLiteral("zz-after-sign-in");
        QVERIFY(createOnServer(sandbox, newcomer));
        QCOMPARE(rowOf(window, newcomer), -1);
        const ProbeReply revoked = HttpProbe::send(
            "DELETE", under(sandbox.apiUrl(QStringLiteral("gatekeeper")), QStringLiteral("/sessions")), {},
            {{"Authorization", "Bearer " + connection->authState().accessToken.toLatin1()}});
        QCOMPARE(revoked.status, 204);

        QStringList states; // what the status went through, for the failure message
        connect(connection, &Connection::stateChanged, this, [&states](Connection::State state) {
            states << QString::fromLatin1(QMetaEnum::fromType<Connection::State>().valueToKey(int(state)));
        });
        int asked = 0;
        connect(connection, &Connection::credentialsRequired, this, [&asked] { ++asked; });
        // F5 asks the server for a fresh copy; the 401 opens the prompt, the user types there.
        QString prompt, stateWhileAsked, rememberShown;
        bool answered = false;
        onNextModal([&](QWidget* modal) {
            prompt = modal->objectName();
            stateWhileAsked = stateText(window);
            auto* password = modal->findChild<QLineEdit*>(QStringLiteral("secret_password"));
            if (!password)
                return;
            QTest::keyClicks(password, adminPassword);
            QTest::keyClick(password, Qt::Key_Return);
            answered = true;
        });
        QTest::keyClick(table(window), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!prompt.isEmpty(), 15000);
        QCOMPARE(prompt, QStringLiteral("signInDialog"));
        QVERIFY(answered);
        QVERIFY2(stateWhileAsked.endsWith(QLatin1String("Sign-in needed")), qPrintable(stateWhileAsked));

        // The sync that met the 401 carries on with the new session: it completes, and the
        // table shows the user created meanwhile.
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 2, 30000);
        QVERIFY2(syncCompleted(synced, 1),
                 qPrintable(synced.at(1).first().value<SyncResult>().error.message));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(window, newcomer) >= 0, 10000);
        QCOMPARE(table(window)->model()->rowCount(), 22);
        QVERIFY2(connection->state() == Connection::State::SignedIn,
                 qPrintable(states.join(QLatin1Char(' '))));
        QCOMPARE(asked, 1); // asked once, not again after signing in
        QVERIFY2(stateText(window).endsWith(QLatin1String("Connected")), qPrintable(stateText(window)));
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(!controller.profiles()->profile(p.id)->rememberPassword); // the box stayed off
    }

    void anUnreachableServerSwitchesToOfflineReviewOfTheCache()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--seed"), QStringLiteral("20")}),
                 qPrintable(sandbox.errorString()));
        const QString cached = QStringLiteral("zz-cached-for-review");
        QVERIFY(createOnServer(sandbox, cached));
        QString profileId;
        {
            // Yesterday: signed in, synced, closed.
            AppController controller;
            controller.credentials()->setMemoryOnly(true);
            profileId = controller.profiles()->save(gatekeeper(sandbox.apiUrl(QStringLiteral("gatekeeper"))));
            showAndActivate(controller.window());
            QVERIFY(controller.openProfile(profileId, {{QStringLiteral("password"), adminPassword}}));
            auto* cache = controller.findChild<ProfileCache*>();
            QVERIFY(cache);
            QSignalSpy synced(cache, &ProfileCache::syncFinished);
            QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 30000);
            QVERIFY(syncCompleted(synced, 0));
            QTRY_VERIFY_WITH_TIMEOUT(rowOf(controller.window(), cached) >= 0, 10000);
            controller.window()->close();
        }
        sandbox.kill();

        // Today: the console opens the profile and the server is gone.
        AppController controller;
        controller.credentials()->setMemoryOnly(true);
        MainWindow* window = controller.window();
        showAndActivate(window);
        QVERIFY(controller.openProfile(profileId, {{QStringLiteral("password"), adminPassword}}));
        QTRY_VERIFY_WITH_TIMEOUT(stateText(window).endsWith(QLatin1String("Offline")), 15000);
        QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("cannot be reached")),
                 qPrintable(window->statusBar()->currentMessage()));
        auto* banner = window->findChild<QLabel*>(QStringLiteral("freshnessBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Offline — data as of")),
                 qPrintable(banner->text()));
        QVERIFY(action(window, "actionWorkOffline")->isChecked());

        // The cached users are there; the auditor selects one with the mouse.
        QTRY_COMPARE_WITH_TIMEOUT(table(window)->model()->rowCount(), 22, 10000);
        const int row = rowOf(window, cached);
        QVERIFY(row >= 0);
        const QModelIndex index = table(window)->model()->index(row, UserTableModel::Username);
        table(window)->scrollTo(index);
        QTest::mouseClick(table(window)->viewport(), Qt::LeftButton, {},
                          table(window)->visualRect(index).center());
        QTRY_COMPARE(table(window)->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(
            table(window)->selectionModel()->selectedRows(UserTableModel::Username).first().data().toString(),
            cached);

        // Nothing that writes, or needs the server, can be started.
        for (const char* name : {"actionUserCreate", "actionUserEdit", "actionUserDelete"}) {
            QAction* a = action(window->usersPage(), name);
            QVERIFY2(a, name);
            QVERIFY2(!a->isEnabled(), name);
            QVERIFY2(a->toolTip().contains(QLatin1String("Needs the server")), qPrintable(a->toolTip()));
        }
        QVERIFY(!action(window, "actionSync")->isEnabled());
        auto* connection = controller.findChild<Connection*>();
        QVERIFY(connection);
        QCOMPARE(connection->state(), Connection::State::Offline);
    }

    void aServerThatGoesAwayDuringASyncLeavesTheConsoleOffline()
    {
        // Slow answers, so the second sync is still walking pages when the server dies.
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--seed"), QStringLiteral("3000"), QStringLiteral("--latency"),
                                QStringLiteral("40")}),
                 qPrintable(sandbox.errorString()));
        AppController controller;
        controller.credentials()->setMemoryOnly(true);
        MainWindow* window = controller.window();
        showAndActivate(window);
        const QString profileId =
            controller.profiles()->save(gatekeeper(sandbox.apiUrl(QStringLiteral("gatekeeper"))));
        QVERIFY(controller.openProfile(profileId, {{QStringLiteral("password"), adminPassword}}));
        auto* cache = controller.findChild<ProfileCache*>();
        QVERIFY(cache);
        QSignalSpy synced(cache, &ProfileCache::syncFinished);
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 60000);
        QVERIFY(syncCompleted(synced, 0));
        QVERIFY(!cache->isOffline());
        const QString liveState = stateText(window);

        QSignalSpy progress(cache, &ProfileCache::syncProgress);
        action(window, "actionSync")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000);
        sandbox.kill();

        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 2, 30000);
        QCOMPARE(synced.at(1).first().value<SyncResult>().outcome, SyncResult::Outcome::Failed);
        QTRY_VERIFY_WITH_TIMEOUT(stateText(window).endsWith(QLatin1String("Offline")), 10000);
        QVERIFY2(stateText(window) != liveState, qPrintable(liveState));
        QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("stopped answering")),
                 qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(cache->isOffline());
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("tokenLifetime"))->text().isEmpty());
        auto* banner = window->findChild<QLabel*>(QStringLiteral("freshnessBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Offline — data as of")),
                 qPrintable(banner->text()));
        QVERIFY(action(window, "actionWorkOffline")->isChecked());
        // The copy of the first sync is what the table shows, and nothing offers to write.
        QTRY_VERIFY_WITH_TIMEOUT(table(window)->model()->rowCount() > 0, 10000);
        QAction* create = action(window->usersPage(), "actionUserCreate");
        QVERIFY(create && !create->isEnabled());
        QVERIFY2(create->toolTip().contains(QLatin1String("Needs the server")),
                 qPrintable(create->toolTip()));
        if (const QString shots = qEnvironmentVariable("AUTHDESK_SHOTS"); !shots.isEmpty())
            QVERIFY(window->grab().save(shots + QStringLiteral("/server-gone-during-sync.png")));
    }

    void aSelfSignedCertificateIsRefusedUntilTheUserTrustsIt()
    {
        QVERIFY(QSslSocket::supportsSsl());
        const SelfSignedCertificate made =
            SelfSignedCertificate::make(QStringLiteral("authdesk-console-test.invalid"));
        QVERIFY2(made.isValid(), qPrintable(made.error));
        const QSslCertificate& certificate = made.certificate;
        const QSslKey& key = made.key;
        const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);

        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--seed"), QStringLiteral("20")}),
                 qPrintable(sandbox.errorString()));
        TlsFront front;
        QVERIFY(front.start(certificate, key, quint16(sandbox.rootUrl().port())));

        AppController controller;
        controller.credentials()->setMemoryOnly(true);
        const QString id = controller.profiles()->save(
            gatekeeper(QUrl(QStringLiteral("https://127.0.0.1:%1/gatekeeper").arg(front.port()))));
        bool stored = false;
        controller.credentials()->write(id, {{QStringLiteral("password"), adminPassword}}, this,
                                        [&](bool ok) { stored = ok; });
        QTRY_VERIFY(stored);
        MainWindow* window = controller.window();
        showAndActivate(window);

        // First: the certificate is shown, and Enter refuses it.
        QString first, fingerprint;
        onNextModal([&](QWidget* modal) {
            first = modal->objectName();
            if (auto* label = modal->findChild<QLabel*>(QStringLiteral("certificateFingerprint")))
                fingerprint = label->text();
            QTest::keyClick(modal, Qt::Key_Return);
        });
        QVERIFY(controller.openProfile(id));
        QTRY_VERIFY_WITH_TIMEOUT(!first.isEmpty(), 15000);
        QCOMPARE(first, QStringLiteral("certificateDialog"));
        QCOMPARE(fingerprint.remove(QLatin1Char(':')).toLower(), QString::fromLatin1(digest.toHex()));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(controller.profiles()->profile(id)->pinnedCertificate.isEmpty());
        QCOMPARE(controller.findChild<Connection*>()->state(), Connection::State::SignedOut);
        QCOMPARE(table(window)->model()->rowCount(), 0);

        // Then the user signs in again from the toolbar and trusts the same certificate.
        bool trusted = false;
        onNextModal([&](QWidget* modal) {
            auto* trust = modal->findChild<QPushButton*>(QStringLiteral("trustCertificate"));
            if (!trust)
                return;
            QTest::mouseClick(trust, Qt::LeftButton);
            trusted = true;
        });
        QWidget* signIn = window->findChild<QToolBar*>(QStringLiteral("profileToolbar"))
                              ->widgetForAction(action(window, "actionSignIn"));
        QVERIFY(signIn);
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(trusted, 15000);
        QCOMPARE(controller.profiles()->profile(id)->pinnedCertificate, digest);

        // The console reconnects with the pin: signed in, and the users come over TLS.
        QTRY_VERIFY_WITH_TIMEOUT(stateText(window).endsWith(QLatin1String("Connected")), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(table(window)->model()->rowCount(), 21, 15000);
        QVERIFY(!QApplication::activeModalWidget());
    }

    void theFirstServerAddedOpensWhenTheProfilesDialogCloses()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--seed"), QStringLiteral("20")}),
                 qPrintable(sandbox.errorString()));
        AppController controller;
        controller.credentials()->setMemoryOnly(true);
        MainWindow* window = controller.window();
        showAndActivate(window);
        QVERIFY(controller.profiles()->profiles().isEmpty());
        auto* add = window->findChild<QPushButton*>(QStringLiteral("firstRunAddServer"));
        QVERIFY(add && add->isVisible());

        // A new user's first minute: "Add server…", the form, Save, Close.
        bool saved = false;
        onNextModal([&](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("profilesDialog"));
            dialog->findChild<QLineEdit*>(QStringLiteral("profileName"))->setText(QStringLiteral("Sandbox"));
            dialog->findChild<QLineEdit*>(QStringLiteral("profileUrl"))
                ->setText(sandbox.apiUrl(QStringLiteral("gatekeeper")).toString());
            auto* dialect = dialog->findChild<QComboBox*>(QStringLiteral("profileDialect"));
            dialect->setCurrentIndex(dialect->findData(QStringLiteral("gatekeeper")));
            dialog->findChild<QLineEdit*>(QStringLiteral("profileIdentity"))
                ->setText(QStringLiteral("admin"));
            dialog->findChild<QLineEdit*>(QStringLiteral("profilePassword"))->setText(adminPassword);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveProfile")), Qt::LeftButton);
            saved = controller.profiles()->profiles().size() == 1;
            static_cast<QDialog*>(dialog)->accept(); // Close
        });
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(saved);
        // No second click: the console opens the new server, signs in and lists its users.
        QTRY_VERIFY_WITH_TIMEOUT(stateText(window).contains(QLatin1String("Connected")), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(table(window)->model()->rowCount(), 21, 10000);
        QVERIFY(!window->findChild<QWidget*>(QStringLiteral("firstRunPage"))->isVisible());
    }
    // A cache sorted in another language than the system's now is sorted again first, in the
    // background as an upgrade is, and says why; then it opens.
    void aCacheSortedInAnotherLanguageIsSortedAgainThenOpens()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--seed"), QStringLiteral("20")}),
                 qPrintable(sandbox.errorString()));
        const QString profileId = profileWithOldCache(sandbox, 20000);
        QVERIFY(!profileId.isEmpty());
        const QString path = CacheDatabase::pathForProfile(profileId);
        // Written in the C locale's order (whatever the machine's), read in Swedish.
        LocaleCollation::setCurrent(QLocale::c());
        const auto restore = qScopeGuard([] { LocaleCollation::setCurrent(QLocale::system().collation()); });
        {
            CacheDatabase current; // brought to this version's format
            QVERIFY2(current.open(path, CacheDatabase::Access::ReadWrite), qPrintable(current.errorString()));
        }
        QVERIFY(!CacheUpgrade::isNeeded(path));
        // The user's language is Swedish now.
        LocaleCollation::setCurrent(QLocale(QStringLiteral("sv_SE")));
        QVERIFY(CacheUpgrade::isNeeded(path));

        AppController controller;
        controller.credentials()->setMemoryOnly(true);
        MainWindow* window = controller.window();
        showAndActivate(window);
        QVERIFY(controller.openProfile(profileId, {{QStringLiteral("password"), adminPassword}}));
        auto* progress = window->findChild<QProgressBar*>(QStringLiteral("syncProgress"));
        auto* banner = window->findChild<QLabel*>(QStringLiteral("freshnessBanner"));
        QVERIFY(progress && banner);
        QVERIFY2(progress->format().startsWith(QLatin1String("Sorting the cache")), qPrintable(progress->format()));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("order of this system's language")), qPrintable(banner->text()));
        if (const QString shots = qEnvironmentVariable("AUTHDESK_SHOTS"); !shots.isEmpty())
            QVERIFY(window->grab().save(shots + QStringLiteral("/sorting-again-in-swedish.png")));
        QTRY_VERIFY_WITH_TIMEOUT(controller.findChild<ProfileCache*>(), 60000);
        QVERIFY(!CacheUpgrade::isNeeded(path));
        window->close();
    }

    // A cache from an earlier AuthDesk is upgraded on a worker thread: the status bar shows it
    // with Cancel while the console works live; Cancel leaves the file as it was and says so.
    void anOlderCacheIsUpgradedInTheBackgroundAndCanBeCancelled()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--seed"), QStringLiteral("20")}),
                 qPrintable(sandbox.errorString()));
        const QString profileId = profileWithOldCache(sandbox, 50000);
        QVERIFY(!profileId.isEmpty());
        const QString path = CacheDatabase::pathForProfile(profileId);

        AppController controller;
        controller.credentials()->setMemoryOnly(true);
        MainWindow* window = controller.window();
        showAndActivate(window);
        QVERIFY(controller.openProfile(profileId, {{QStringLiteral("password"), adminPassword}}));
        auto* progress = window->findChild<QProgressBar*>(QStringLiteral("syncProgress"));
        auto* cancel = window->findChild<QToolButton*>(QStringLiteral("upgradeCancel"));
        QVERIFY(progress && cancel);
        QVERIFY(progress->isVisible());
        QVERIFY2(progress->format().startsWith(QLatin1String("Upgrading the cache")), qPrintable(progress->format()));
        QVERIFY(cancel->isVisible());
        QVERIFY(!controller.findChild<ProfileCache*>());
        // The bar shows the share done, the rate and the time left as the upgrade reports them
        // (one report made here, so that it shows whatever the machine's speed).
        auto* upgrade = controller.findChild<CacheUpgrade*>();
        QVERIFY(upgrade);
        UpgradeProgress report;
        report.step = 1;
        report.steps = 3;
        report.users = 50000;
        report.plannedRows = 50000 * 26;
        report.rows = 50000 * 11;
        report.elapsedMs = 4000;
        emit upgrade->progressed(report);
        QCOMPARE(progress->maximum(), 100);
        QCOMPARE(progress->value(), 42);
        QCOMPARE(progress->format(), report.text());
        QVERIFY2(progress->format().contains(QLatin1String("42 %, 5,288 users/s, about 6 s left")),
                 qPrintable(progress->format()));
        if (const QString shots = qEnvironmentVariable("AUTHDESK_SHOTS"); !shots.isEmpty())
            QVERIFY(window->grab().save(shots + QStringLiteral("/upgrading-with-progress.png")));

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!cancel->isVisible(), 20000);
        QVERIFY(!progress->isVisible());
        // Said above the users, for as long as the profile is open.
        auto* banner = window->findChild<QLabel*>(QStringLiteral("freshnessBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("upgrade was cancelled")), qPrintable(banner->text()));
        QVERIFY(!controller.findChild<ProfileCache*>());
        // The console works live meanwhile, and the file is still the older copy.
        QTRY_VERIFY_WITH_TIMEOUT(stateText(window).contains(QLatin1String("Connected")), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(table(window)->model()->rowCount(), 21, 10000);
        QVERIFY(CacheUpgrade::isNeeded(path));
        window->close();
    }

    // Once the upgrade is done the cache opens, and its sync shows in the same status bar.
    void anUpgradedCacheOpensAndItsSyncShows()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--seed"), QStringLiteral("20"), QStringLiteral("--latency"),
                                QStringLiteral("300")}),
                 qPrintable(sandbox.errorString()));
        const QString profileId = profileWithOldCache(sandbox, 60000);
        QVERIFY(!profileId.isEmpty());
        const QString path = CacheDatabase::pathForProfile(profileId);

        AppController controller;
        controller.credentials()->setMemoryOnly(true);
        MainWindow* window = controller.window();
        showAndActivate(window);
        QVERIFY(controller.openProfile(profileId, {{QStringLiteral("password"), adminPassword}}));
        auto* progress = window->findChild<QProgressBar*>(QStringLiteral("syncProgress"));
        auto* cancel = window->findChild<QToolButton*>(QStringLiteral("upgradeCancel"));
        // Signed in while the upgrade still runs: the cache then opens signed in, and syncs.
        QTRY_VERIFY_WITH_TIMEOUT(stateText(window).contains(QLatin1String("Connected")), 20000);
        QVERIFY(cancel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(controller.findChild<ProfileCache*>(), 60000);
        QVERIFY(!CacheUpgrade::isNeeded(path));
        QVERIFY(!cancel->isVisible());
        auto* cache = controller.findChild<ProfileCache*>();
        QVERIFY(cache->isSyncing());
        QVERIFY(progress->isVisible());
        QVERIFY2(!progress->format().startsWith(QLatin1String("Upgrading")), qPrintable(progress->format()));
        window->close();
    }

    void damagedFilesStillOpenTheConsole()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--seed"), QStringLiteral("20")}),
                 qPrintable(sandbox.errorString()));
        const QByteArray damaged = QByteArray("not a database ").repeated(500);
        const auto writeDamaged = [&](const QString& path) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(damaged) == damaged.size();
        };
        const auto bytesOf = [](const QString& path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QVERIFY(writeDamaged(AuditLog::defaultPath()));
        QString profileId;
        {
            ProfileStore store;
            profileId = store.save(gatekeeper(sandbox.apiUrl(QStringLiteral("gatekeeper"))));
        }
        QVERIFY(writeDamaged(CacheDatabase::pathForProfile(profileId)));

        // The console opens, says why offline review is off, and works live.
        AppController controller;
        controller.credentials()->setMemoryOnly(true);
        MainWindow* window = controller.window();
        showAndActivate(window);
        QVERIFY(controller.openProfile(profileId, {{QStringLiteral("password"), adminPassword}}));
        QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("offline review is off")) &&
                     window->statusBar()->currentMessage().contains(QLatin1String("damaged")),
                 qPrintable(window->statusBar()->currentMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(stateText(window).contains(QLatin1String("Connected")), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(table(window)->model()->rowCount(), 21, 10000);
        QAction* sync = action(window, "actionSync");
        QVERIFY(!sync->isEnabled());
        QVERIFY2(sync->toolTip().contains(QLatin1String("damaged")), qPrintable(sync->toolTip()));
        QVERIFY(!action(window, "actionWorkOffline")->isEnabled());
        // And above the users, for as long as the profile is open.
        auto* banner = window->findChild<QLabel*>(QStringLiteral("freshnessBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("offline review is off")), qPrintable(banner->text()));

        // The audit page says its log is missing and why.
        auto* unavailable = window->findChild<QLabel*>(QStringLiteral("auditUnavailable"));
        QVERIFY(unavailable);
        QVERIFY2(unavailable->text().contains(QLatin1String("not recorded")) &&
                     unavailable->text().contains(QLatin1String("damaged")),
                 qPrintable(unavailable->text()));
        window->close();

        // Neither file was written over: what they held is there for whoever repairs them.
        QCOMPARE(bytesOf(AuditLog::defaultPath()), damaged);
        QCOMPARE(bytesOf(CacheDatabase::pathForProfile(profileId)), damaged);
    }
};

QTEST_MAIN(tst_AppController)
#include "tst_AppController.moc"

// Secrets live in the OS keychain (through QtKeychain, here a real gnome-keyring on a private
// D-Bus session set up by scripts/test) or in memory — never in any file AuthDesk writes.
//
// Each part signs in for real through Connection to a sandbox on 127.0.0.1 with every sandbox
// dialect that has secrets (Gemini password + client secret, Gatekeeper password and its
// refresh token, Nebula password and an ak_ key issued during the test, Luminate api_key +
// password), syncs a real ProfileCache per profile, writes the AuditLog through the same
// connections, lets the short-lived tokens renew, and then scans every file under the test's
// private HOME/XDG folders — settings, cache databases with their -wal/-shm files while they are
// open and again after closing, the audit log — for every secret and every access or refresh
// token the connections held, raw and in the encodings a file might hold them in.
//
// Without a keychain: the same scenario runs in a child process (this executable again, with
// AUTHDESK_SECRETS_CHILD set) whose D-Bus session address points nowhere, so CredentialStore
// meets a keychain that really cannot be reached; it must say so exactly once and keep the
// secrets in memory, and the scan must find nothing.

#include "Await.h"
#include "SandboxProcess.h"
#include "audit/AuditLog.h"
#include "cache/ProfileCache.h"
#include "credentials/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"

#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

namespace {

const QString adminPassword = QStringLiteral("sandbox-admin");
const QString geminiClientSecret = QStringLiteral("demo-client-secret");
const QString luminateApiKey = QStringLiteral("lum-demo-key");

// Points this process's HOME and XDG folders into `root`: everything AuthDesk writes lands there.
void usePrivateFolders(const QString& root)
{
    for (const char* var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(var, (root + QLatin1Char('/') + QString::fromLatin1(var).toLower()).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("AuthDesk"));
}

// The forms a secret could take in a file: as is, base64 (plain and URL-safe), percent-encoded
// (QSettings and URLs), UTF-16 (a SQLite text column in a UTF-16 database, a QDataStream).
QList<QByteArray> encodingsOf(const QByteArray& secret)
{
    QList<QByteArray> forms{secret, secret.toBase64(),
                            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                            QUrl::toPercentEncoding(QString::fromUtf8(secret))};
    const QString text = QString::fromUtf8(secret);
    forms << QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    return forms;
}

// One secret or token to look for, with a label that may be printed (the value never is).
struct Secret
{
    QString label;
    QByteArray value;
};

// "<label> in <file>" for every secret found in a file under `root`; `scanned` gets every file read.
QStringList scanFiles(const QString& root, const std::vector<Secret>& secrets, QStringList* scanned)
{
    scanned->clear();
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits << QStringLiteral("unreadable ") + path;
            continue;
        }
        *scanned << path;
        const QByteArray content = file.readAll();
        for (const Secret& secret : secrets) {
            const QList<QByteArray> forms = encodingsOf(secret.value);
            if (std::any_of(forms.cbegin(), forms.cend(),
                            [&](const QByteArray& f) { return content.contains(f); }))
                hits << secret.label + QStringLiteral(" in ") + path;
        }
    }
    return hits;
}

bool endsWithAny(const QStringList& paths, const QString& suffix)
{
    return std::any_of(paths.cbegin(), paths.cend(), [&](const QString& p) { return p.endsWith(suffix); });
}

// The named secrets as `store` reads them back (its memory, or the keychain).
SecretMap readSecrets(CredentialStore* store, const QString& profileId, const QStringList& names)
{
    SecretMap found;
    bool done = false;
    QObject context;
    store->read(profileId, names, &context, [&](const SecretMap& f) {
        found = f;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("the credential store did not answer");
    return found;
}

struct Account
{
    QString name;
    QString dialect;
    QString identity;
    Secrets secrets;
    QVariantMap settings;
    bool expires; // the token renews under --token-lifetime (an ak_ key never expires)
};

// Everything both parts do: profiles, secrets through CredentialStore, real sign-ins, caches,
// audit entries, renewals; then the scan. Failures are collected as sentences without values.
class Scenario : public QObject
{
public:
    // `keychainExpected`: every write must reach the keychain (false: the store may fall back).
    Scenario(CredentialStore* credentials, const QUrl& sandboxRoot, const QString& root,
             bool keychainExpected)
        : m_credentials(credentials)
        , m_root(sandboxRoot)
        , m_scanRoot(root)
        , m_keychainExpected(keychainExpected)
    {
    }

    QStringList failures;
    std::vector<Secret> secrets;
    QStringList scanned; // every file the last scan read
    QList<Profile> profiles;

    bool run()
    {
        if (!m_audit.open()) {
            failures << QStringLiteral("audit log: ") + m_audit.errorString();
            return false;
        }
        const QList<Account> accounts{
            {QStringLiteral("Gemini"),
             QStringLiteral("gemini"),
             QStringLiteral("admin@gemini.test"),
             {{QStringLiteral("password"), adminPassword},
              {QStringLiteral("client_secret"), geminiClientSecret}},
             {{QStringLiteral("client_id"), QStringLiteral("authdesk-demo")}},
             true},
            {QStringLiteral("Gatekeeper"),
             QStringLiteral("gatekeeper"),
             QStringLiteral("admin"),
             {{QStringLiteral("password"), adminPassword}},
             {},
             true},
            {QStringLiteral("Nebula"),
             QStringLiteral("nebula"),
             QStringLiteral("admin@nebula.test"),
             {{QStringLiteral("password"), adminPassword}},
             {},
             true},
            {QStringLiteral("Luminate"),
             QStringLiteral("luminate"),
             QStringLiteral("admin@luminate.test"),
             {{QStringLiteral("password"), adminPassword}, {QStringLiteral("api_key"), luminateApiKey}},
             {},
             true},
        };
        for (const Account& account : accounts) {
            if (!addAndSignIn(account))
                return false;
        }

        // Nebula issues an ak_ key during the test (audited as apikey.create, shown once), and a
        // second Nebula profile signs in with it.
        Connection* nebula = m_connections.at(2).get();
        ApiKeyRequest request;
        request.name = QStringLiteral("secrets-test-key");
        request.description = QStringLiteral("issued by tst_SecretsStayOutOfFiles");
        const Result<IssuedApiKey> issued = awaitIn<IssuedApiKey>(
            [&](QObject* context, auto done) { nebula->createApiKey(request, context, std::move(done)); });
        if (!issued.ok() || !issued.value().secret.startsWith(QLatin1String("ak_"))) {
            failures << QStringLiteral("Nebula did not issue an ak_ key: ") + issued.error().message;
            return false;
        }
        if (!addAndSignIn({QStringLiteral("Nebula key"),
                           QStringLiteral("nebula"),
                           QStringLiteral("admin@nebula.test"),
                           {{QStringLiteral("api_key"), issued.value().secret}},
                           {{QStringLiteral("auth_method"), QStringLiteral("api_key")}},
                           /*expires=*/false}))
            return false;

        // Audited writes through every profile, with new users' passwords as more secrets.
        for (size_t i = 0; i < m_connections.size(); ++i) {
            Connection* c = m_connections.at(i).get();
            UserEdit edit;
            const QString name =
                QStringLiteral("secrets%1x%2").arg(i).arg(QDateTime::currentMSecsSinceEpoch());
            edit.user.username = name;
            edit.user.email = name + QStringLiteral("@example.test");
            edit.user.firstName = QStringLiteral("Secret");
            edit.user.lastName = QStringLiteral("Keeper");
            edit.password =
                QStringLiteral("New-user-Pa55-%1-%2").arg(i).arg(QDateTime::currentMSecsSinceEpoch());
            secrets.push_back(
                {QStringLiteral("new user's password via ") + c->profile().name, edit.password.toUtf8()});
            const Result<User> created = awaitIn<User>(
                [&](QObject* context, auto done) { c->createUser(edit, context, std::move(done)); });
            const bool canCreate = c->capabilities().supports(Capability::CreateUser);
            if (canCreate != created.ok())
                failures
                    << QStringLiteral("%1: create user: %2").arg(c->profile().name, created.error().message);
        }

        // A real cache per profile that lists users, synced through its connection.
        for (size_t i = 0; i < m_connections.size(); ++i) {
            Connection* c = m_connections.at(i).get();
            if (!c->capabilities().supports(Capability::ListUsers))
                continue;
            auto cache = std::make_unique<ProfileCache>(c->profile());
            if (!cache->open()) {
                failures << c->profile().name + QStringLiteral(": cache: ") + cache->errorString();
                return false;
            }
            cache->setConnection(c);
            QSignalSpy finished(cache.get(), &ProfileCache::syncFinished);
            cache->sync();
            if (!finished.wait(60000) || !finished.first().first().value<SyncResult>().completed()) {
                failures << c->profile().name + QStringLiteral(": the sync did not complete");
                return false;
            }
            if (cache->source()->count() < 10)
                failures << c->profile().name + QStringLiteral(": the cache holds too few users");
            m_caches.push_back(std::move(cache));
        }

        // Short-lived tokens (the sandbox runs with --token-lifetime) renew without anyone:
        // the renewed tokens, and Gatekeeper's refreshed ones, are secrets too.
        const bool renewed = QTest::qWaitFor(
            [this] {
                for (size_t i = 0; i < m_connections.size(); ++i) {
                    if (m_expires.at(i) && m_renewals.at(i) < 2)
                        return false;
                }
                return true;
            },
            30000);
        if (!renewed)
            failures << QStringLiteral("not every short-lived token was renewed");
        // One more audited write after renewal, so the log and the cache see the new tokens used.
        Connection* gatekeeper = m_connections.at(1).get();
        const Result<UserPage> page = awaitIn<UserPage>(
            [&](QObject* context, auto done) { gatekeeper->listUsers({}, context, std::move(done)); });
        if (!page.ok() || page.value().users.isEmpty()) {
            failures << QStringLiteral("Gatekeeper: listing after renewal failed");
        } else {
            ProfileCache* cache = m_caches.at(1).get(); // 0 Gemini, 1 Gatekeeper (Luminate has none)
            QSignalSpy refreshed(cache, &ProfileCache::syncFinished);
            cache->refreshUser(page.value().users.last());
            if (!refreshed.wait(20000) || !refreshed.first().first().value<SyncResult>().completed())
                failures << QStringLiteral("Gatekeeper: refreshing one cached user failed");
        }

        if (m_audit.count() < qint64(m_connections.size()))
            failures << QStringLiteral("the audit log has too few entries: %1").arg(m_audit.count());
        QSettings().sync();
        return failures.isEmpty();
    }

    // Every secret and token of the scenario, looked for in every file under its folders.
    QStringList scan() { return scanFiles(m_scanRoot, secrets, &scanned); }

    void closeEverything()
    {
        m_caches.clear();
        m_connections.clear();
        m_audit.close();
        QSettings().sync();
    }

    Connection* connection(size_t i) const { return m_connections.at(i).get(); }
    size_t connectionCount() const { return m_connections.size(); }
    AuditLog& audit() { return m_audit; }

private:
    bool addAndSignIn(const Account& account)
    {
        Profile p;
        p.name = account.name + QStringLiteral(" secrets test");
        p.baseUrl = QUrl(m_root.toString() + QLatin1Char('/') + account.dialect);
        p.dialect = account.dialect;
        p.identity = account.identity;
        p.settings = account.settings;
        p.rememberPassword = true; // the most a profile ever keeps: still only in the keychain
        p.timeoutSeconds = 20;
        p.id = m_profiles.save(p);
        profiles << p;
        for (auto it = account.secrets.cbegin(); it != account.secrets.cend(); ++it)
            secrets.push_back({account.name + QLatin1Char(' ') + it.key(), it.value().toUtf8()});

        std::optional<bool> written;
        m_credentials->write(p.id, account.secrets, this, [&](bool ok) { written = ok; });
        if (!QTest::qWaitFor([&] { return written.has_value(); }, 15000)) {
            failures << account.name + QStringLiteral(": the credential store did not answer");
            return false;
        }
        if (m_keychainExpected && !*written)
            failures << account.name + QStringLiteral(": the keychain refused the secrets");

        // Nothing typed: the secrets come back from the credential store.
        auto c = std::make_unique<Connection>(p, DialectRegistry::create(p.dialect), m_credentials);
        c->setAuditLog(&m_audit);
        const size_t index = m_connections.size();
        m_renewals.push_back(0);
        m_expires.push_back(account.expires);
        connect(c.get(), &Connection::authStateChanged, this, [this, index, name = account.name] {
            const AuthState& state = m_connections.at(index)->authState();
            ++m_renewals.at(index);
            const QString round = QString::number(m_renewals.at(index));
            // (An ak_ key's state holds a short placeholder, not a token: the key is in Secrets.)
            if (state.accessToken.size() >= 16)
                secrets.push_back(
                    {name + QStringLiteral(" access token #") + round, state.accessToken.toUtf8()});
            if (!state.refreshToken.isEmpty())
                secrets.push_back(
                    {name + QStringLiteral(" refresh token #") + round, state.refreshToken.toUtf8()});
            for (const QNetworkCookie& cookie : state.cookies)
                secrets.push_back({name + QStringLiteral(" cookie #") + round, cookie.value()});
        });
        m_connections.push_back(std::move(c));
        Connection* connection = m_connections.back().get();
        QSignalSpy signedIn(connection, &Connection::signedIn);
        QSignalSpy failed(connection, &Connection::signInFailed);
        connection->signIn();
        if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 20000) ||
            signedIn.isEmpty()) {
            failures << account.name + QStringLiteral(": sign-in with the stored secrets failed: ") +
                            (failed.isEmpty() ? QStringLiteral("no answer")
                                              : failed.first().first().value<ApiError>().message);
            return false;
        }
        if (connection->authState().accessToken.isEmpty()) {
            failures << account.name + QStringLiteral(": signed in without a token");
            return false;
        }
        return true;
    }

    CredentialStore* m_credentials;
    QUrl m_root;
    QString m_scanRoot;
    bool m_keychainExpected;
    ProfileStore m_profiles;
    AuditLog m_audit;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::vector<std::unique_ptr<ProfileCache>> m_caches;
    std::vector<int> m_renewals;
    std::vector<bool> m_expires;
};

// The files that must have been scanned for the scan to mean something.
QStringList missingFiles(const Scenario& scenario, bool databasesOpen)
{
    QStringList missing;
    QStringList expected{QStringLiteral("/AuthDesk/AuthDesk.conf"), QStringLiteral("/audit.sqlite")};
    for (const Profile& p : scenario.profiles) {
        if (p.dialect != QLatin1String("luminate"))
            expected << QStringLiteral("/cache/") + p.id + QStringLiteral(".sqlite");
    }
    if (databasesOpen) {
        // WAL mode: the newest pages are in the -wal file while a connection is open.
        const QStringList databases = expected.mid(1);
        for (const QString& db : databases)
            expected << db + QStringLiteral("-wal") << db + QStringLiteral("-shm");
    }
    for (const QString& suffix : expected) {
        if (!endsWithAny(scenario.scanned, suffix))
            missing << suffix;
    }
    return missing;
}

// The child: the scenario with a keychain that cannot be reached. Prints only labels, counts
// and paths; exits 0 when everything held.
int runWithoutKeychain()
{
    const QString root = qEnvironmentVariable("AUTHDESK_SECRETS_ROOT");
    usePrivateFolders(root);
    CredentialStore credentials;
    int warnings = 0;
    QObject::connect(&credentials, &CredentialStore::keychainUnavailable, [&warnings](const QString& reason) {
        ++warnings;
        std::printf("keychainUnavailable: %s\n", qPrintable(reason));
    });
    Scenario scenario(&credentials, QUrl(qEnvironmentVariable("AUTHDESK_SECRETS_SANDBOX")), root, false);
    QStringList failures;
    if (!scenario.run())
        failures += scenario.failures;
    // The fallback really is memory: every secret comes back from this process.
    for (const Profile& p : std::as_const(scenario.profiles)) {
        const QStringList names = DialectRegistry::create(p.dialect)->requiredSecrets(p);
        if (readSecrets(&credentials, p.id, names).size() != names.size())
            failures << p.name + QStringLiteral(": the secrets were not kept in memory");
    }
    if (!credentials.isMemoryOnly())
        failures << QStringLiteral("the credential store did not fall back to memory");
    if (warnings != 1)
        failures << QStringLiteral("keychainUnavailable was emitted %1 times, not once").arg(warnings);
    failures += scenario.scan();
    for (const QString& missing : missingFiles(scenario, true))
        failures << QStringLiteral("not scanned: ") + missing;
    scenario.closeEverything();
    failures += scenario.scan();
    std::printf("secrets %zu scanned %lld\n", scenario.secrets.size(), qlonglong(scenario.scanned.size()));
    for (const QString& failure : std::as_const(failures))
        std::printf("FAIL %s\n", qPrintable(failure));
    std::fflush(stdout);
    return failures.isEmpty() ? 0 : 1;
}

} // namespace

class tst_SecretsStayOutOfFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    SandboxProcess m_sandbox;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        usePrivateFolders(m_home.filePath(QStringLiteral("keychain")));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under scripts/test: it provides a D-Bus session with an unlocked keyring");
        // Tokens live 6 s, so every connection renews during the test.
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("60"),
                                  QStringLiteral("--token-lifetime"), QStringLiteral("6")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void withKeychainNoSecretReachesAnyFile()
    {
        CredentialStore credentials;
        QSignalSpy unavailable(&credentials, &CredentialStore::keychainUnavailable);
        Scenario scenario(&credentials, m_sandbox.rootUrl(), m_home.filePath(QStringLiteral("keychain")),
                          true);
        QVERIFY2(scenario.run(), qPrintable(scenario.failures.join(QStringLiteral("; "))));
        QVERIFY2(unavailable.isEmpty(), "the keychain must work under scripts/test");
        QVERIFY(!credentials.isMemoryOnly());
        QVERIFY(scenario.secrets.size() >= 20); // secrets, new users' passwords, tokens and their renewals

        // The secrets really are in the keychain: a new store (no memory of its own) reads them.
        CredentialStore fresh;
        QSignalSpy freshUnavailable(&fresh, &CredentialStore::keychainUnavailable);
        for (const Profile& p : std::as_const(scenario.profiles)) {
            const QStringList names = DialectRegistry::create(p.dialect)->requiredSecrets(p);
            QCOMPARE(readSecrets(&fresh, p.id, names).size(), names.size());
        }
        QVERIFY(freshUnavailable.isEmpty());
        // Gatekeeper's refresh token went there too (the profile remembers its password).
        const Profile gatekeeper = scenario.profiles.at(1);
        QCOMPARE(gatekeeper.dialect, QStringLiteral("gatekeeper"));
        const SecretMap refresh = readSecrets(&fresh, gatekeeper.id, {QStringLiteral("refresh_token")});
        QVERIFY(!refresh.value(QStringLiteral("refresh_token")).isEmpty());

        const QStringList whileOpen = scenario.scan();
        QVERIFY2(whileOpen.isEmpty(), qPrintable(whileOpen.join(QStringLiteral("; "))));
        qInfo("with the keychain: %zu secrets and tokens looked for in %lld files: %s",
              scenario.secrets.size(), qlonglong(scenario.scanned.size()),
              qPrintable(QStringList(scenario.scanned)
                             .replaceInStrings(m_home.path(), QString())
                             .join(QLatin1Char(' '))));
        const QStringList missing = missingFiles(scenario, true);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not scanned: ") + missing.join(QLatin1Char(' '))));
        // The scan reads real content: the settings hold the profiles, the log its entries.
        QVERIFY(scenario.audit().count() >= qint64(scenario.connectionCount()));
        scenario.secrets.push_back({QStringLiteral("control: a profile name"), "Gatekeeper secrets test"});
        QVERIFY(scenario.scan().join(QLatin1Char(' ')).contains(QLatin1String("AuthDesk.conf")));
        scenario.secrets.pop_back();

        scenario.closeEverything(); // checkpoints the -wal files into the databases
        const QStringList afterClose = scenario.scan();
        QVERIFY2(afterClose.isEmpty(), qPrintable(afterClose.join(QStringLiteral("; "))));

        // Removing a profile's secrets removes them from the keychain.
        for (const Profile& p : std::as_const(scenario.profiles)) {
            const QStringList names = DialectRegistry::create(p.dialect)->requiredSecrets(p) +
                                      QStringList{QStringLiteral("refresh_token")};
            bool removed = false;
            credentials.remove(p.id, names, this, [&](bool) { removed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
            CredentialStore again;
            QVERIFY(readSecrets(&again, p.id, names).isEmpty());
        }
    }

    void withoutKeychainSecretsStayInMemoryOnly()
    {
        const QString root = m_home.filePath(QStringLiteral("nokeychain"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AUTHDESK_SECRETS_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("AUTHDESK_SECRETS_ROOT"), root);
        env.insert(QStringLiteral("AUTHDESK_SECRETS_SANDBOX"), m_sandbox.rootUrl().toString());
        // A session bus that is not there: every keychain job fails as on a machine without one.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-such-bus")));
        env.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch of a bus either
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 180000));
        const QString output = QString::fromLocal8Bit(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
        QCOMPARE(output.count(QLatin1String("keychainUnavailable:")), 1);
        qInfo("without a keychain, the child said: %s", qPrintable(output.trimmed()));

        // The secrets this process knows, looked for again in the child's files after it left.
        std::vector<Secret> known;
        for (const QString& secret : {adminPassword, geminiClientSecret, luminateApiKey})
            known.push_back({QStringLiteral("a documented secret"), secret.toUtf8()});
        QStringList scanned;
        const QStringList hits = scanFiles(root, known, &scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral("; "))));
        QVERIFY(endsWithAny(scanned, QStringLiteral("/AuthDesk/AuthDesk.conf")));
        QVERIFY(endsWithAny(scanned, QStringLiteral("/audit.sqlite")));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("AUTHDESK_SECRETS_CHILD"))
        return runWithoutKeychain();
    tst_SecretsStayOutOfFiles test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_SecretsStayOutOfFiles.moc"

// Secrets live in the OS keychain (through QtKeychain, here a real gnome-keyring on a private
// D-Bus session set up by scripts/test) or in memory — never in any file AuthDesk writes.

#include "SandboxProcess.h"
#include "credentials/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

class tst_SecretsStayOutOfFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    // Every file under the directories AuthDesk writes to, searched for the secret's bytes.
    QStringList filesContaining(const QByteArray& secret) const
    {
        QStringList hits;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/keyrings/")))
                continue; // the keychain's own encrypted store
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                hits << path;
        }
        return hits;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("AuthDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("AuthDeskTest"));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under scripts/test: it provides a D-Bus session with an unlocked keyring");
    }

    void keychainRoundTripAndNoSecretOnDisk()
    {
        ProfileStore profiles;
        CredentialStore credentials;
        QSignalSpy unavailable(&credentials, &CredentialStore::keychainUnavailable);
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());

        Profile p;
        p.name = QStringLiteral("Secrets test");
        p.baseUrl = sandbox.apiUrl(QStringLiteral("gemini"));
        p.dialect = QStringLiteral("gemini");
        p.identity = QStringLiteral("admin@gemini.test");
        p.settings.insert(QStringLiteral("client_id"), QStringLiteral("authdesk-demo"));
        p.id = profiles.save(p);

        const QString password = QStringLiteral("sandbox-admin");
        const QString clientSecret = QStringLiteral("demo-client-secret");
        bool written = false;
        credentials.write(
            p.id, {{QStringLiteral("password"), password}, {QStringLiteral("client_secret"), clientSecret}},
            this, [&](bool ok) { written = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
        QVERIFY2(unavailable.isEmpty(), "the keychain must work under scripts/test");

        // Sign in with nothing typed: the secrets come back from the keychain.
        Connection connection(p, DialectRegistry::create(p.dialect), &credentials);
        QSignalSpy signedIn(&connection, &Connection::signedIn);
        connection.signIn();
        QVERIFY(signedIn.wait(10000));
        const QByteArray token = connection.authState().accessToken.toUtf8();
        QVERIFY(!token.isEmpty());

        QSettings().sync();
        for (const QByteArray& secret : {password.toUtf8(), clientSecret.toUtf8(), token})
            QVERIFY2(filesContaining(secret).isEmpty(),
                     qPrintable(filesContaining(secret).join(QLatin1Char(' '))));
        // The settings file exists and holds the profile, so the scan looked at something real.
        QVERIFY(!filesContaining("Secrets test").isEmpty());

        // Removing the profile's secrets removes them from the keychain.
        credentials.remove(p.id, {QStringLiteral("password"), QStringLiteral("client_secret")});
        bool read = false;
        SecretMap after;
        credentials.read(p.id, {QStringLiteral("password")}, this, [&](const SecretMap& found) {
            after = found;
            read = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
        QVERIFY(after.isEmpty());
    }

    void withoutKeychainSecretsStayInMemory()
    {
        CredentialStore credentials;
        credentials.setMemoryOnly(true);
        bool written = false;
        credentials.write(QStringLiteral("p2"),
                          {{QStringLiteral("password"), QStringLiteral("memory-only-secret")}}, this,
                          [&](bool) { written = true; });
        QTRY_VERIFY(written);
        SecretMap found;
        bool read = false;
        credentials.read(QStringLiteral("p2"), {QStringLiteral("password")}, this, [&](const SecretMap& f) {
            found = f;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(found.value(QStringLiteral("password")), QStringLiteral("memory-only-secret"));
        QVERIFY(filesContaining("memory-only-secret").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SecretsStayOutOfFiles)
#include "tst_SecretsStayOutOfFiles.moc"

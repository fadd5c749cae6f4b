// authdesk-cli's own rules, whatever the server: the output formats, the documented exit
// codes, secrets only from stdin or a terminal (never an argument or a profile setting, never
// echoed back), login without a keychain, progress only when stderr is a terminal, and
// profiles remove keeping the cache unless told otherwise. tst_CliDialects runs every command
// through each dialect.

#include "CliRunner.h"
#include "SandboxProcess.h"
#include "credentials/CredentialStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>
#include <initializer_list>
#include <memory>

namespace {

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QHash<QString, QString> m_ids; // profile name -> id

    CliRun as(const QString& profile, const QStringList& args, const QByteArray& in = {})
    {
        return m_cli->runAs(profile, args, in);
    }

    // Nebula's users by id, as `authdesk-cli users list` gives them: the sandbox admin's, and the
    // first `count` others.
    void nebulaIds(int count, QString* admin, QStringList* others)
    {
        const CliRun listed =
            as(QStringLiteral("neb"), words({"--password-stdin", "users", "list", "--format", "json"}),
               "sandbox-admin\n");
        QCOMPARE_RUN(listed, 0);
        for (const QJsonValue& user : QJsonDocument::fromJson(listed.out).array()) {
            const QJsonObject o = user.toObject();
            if (o.value(QStringLiteral("email")).toString() == QLatin1String("admin@nebula.test"))
                *admin = o.value(QStringLiteral("id")).toString();
            else if (others->size() < count)
                *others << o.value(QStringLiteral("id")).toString();
        }
    }

    bool readKeychain(const QString& profileId, SecretMap* found)
    {
        CredentialStore store;
        QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
        bool done = false;
        store.read(profileId, words({"password", "client_secret", "api_key", "refresh_token"}), this,
                   [&](const SecretMap& secrets) {
                       *found = secrets;
                       done = true;
                   });
        return QTest::qWaitFor([&] { return done; }, 15000) && unavailable.isEmpty();
    }

    QStringList cacheFiles(const QString& profileId) const
    {
        QStringList files;
        for (QDirIterator it(m_home.path(), {profileId + QStringLiteral(".sqlite")}, QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext();)
            files << it.next();
        return files;
    }

    void addProfile(const QString& name, const QString& dialect, const QString& identity,
                    const QStringList& more = {})
    {
        const CliRun added = m_cli->addProfile(name, dialect, m_sandbox.apiUrl(dialect), identity, more);
        QCOMPARE_RUN(added, 0);
        m_ids.insert(name, QString::fromUtf8(added.out.trimmed()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under scripts/test: it provides a D-Bus session with an unlocked keyring");
        m_cli = std::make_unique<CliRunner>(m_home.path());
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("150")}));
        addProfile(QStringLiteral("gk"), QStringLiteral("gatekeeper"), QStringLiteral("admin"));
        addProfile(QStringLiteral("neb"), QStringLiteral("nebula"), QStringLiteral("admin@nebula.test"));
        addProfile(QStringLiteral("gem"), QStringLiteral("gemini"), QStringLiteral("admin@gemini.test"),
                   words({"--setting", "client_id=authdesk-demo"}));
        addProfile(QStringLiteral("lum"), QStringLiteral("luminate"), QStringLiteral("admin@luminate.test"));
    }

    void profilesListInEveryFormat()
    {
        const CliRun table = m_cli->run(words({"profiles", "list"}));
        QCOMPARE_RUN(table, 0);
        QVERIFY(table.out.startsWith("NAME"));
        QCOMPARE(table.out.count('\n'), 5);
        const CliRun csv = m_cli->run(words({"profiles", "list", "--format", "csv"}));
        QVERIFY(csv.out.startsWith("name,dialect,url,identity,id\r\n"));
        const CliRun json = m_cli->run(words({"profiles", "list", "--format", "json"}));
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 4);
        QCOMPARE_RUN(m_cli->run(words({"profiles", "list", "--format", "xml"})), 2);
    }

    void helpDocumentsSecretsAndExitCodes()
    {
        const CliRun help = m_cli->run(words({"--help"}));
        QCOMPARE_RUN(help, 0);
        for (const char* text :
             {"--password-stdin", "--secrets-stdin", "NAME=VALUE", "--new-password-stdin", "--delete-cache",
              "gemini     password, client_secret", "luminate   api_key, password",
              "Exit codes: 0 success, 2 usage, 3 authentication"})
            QVERIFY2(help.out.contains(text), text);
    }

    void secretsNeverOnTheCommandLine()
    {
        const CliRun refused =
            as(QStringLiteral("gk"), words({"--password", "sandbox-admin", "users", "list"}));
        QCOMPARE_RUN(refused, 2);
        QVERIFY(refused.err.contains("never accepted on the command line"));
        QVERIFY(refused.out.isEmpty());
        // Nor as a profile setting, where it would end up in the settings file.
        const CliRun setting =
            m_cli->run(words({"profiles", "add", "--name", "leaky", "--dialect", "gemini", "--identity",
                              "a@b.c", "--setting", "client_id=authdesk-demo", "--setting",
                              "client_secret=leaked-secret", "--url"})
                       << m_sandbox.apiUrl(QStringLiteral("gemini")).toString());
        QCOMPARE_RUN(setting, 2);
        QVERIFY(setting.err.contains("client_secret is a secret"));
        QVERIFY(!setting.err.contains("leaked-secret"));
        QVERIFY(!m_cli->run(words({"profiles", "list"})).out.contains("leaky"));
        // A required plain setting is asked for.
        const CliRun noClient = m_cli->run(words({"profiles", "add", "--name", "noclient", "--dialect",
                                                  "gemini", "--identity", "a@b.c", "--url"})
                                           << m_sandbox.apiUrl(QStringLiteral("gemini")).toString());
        QCOMPARE_RUN(noClient, 2);
        QVERIFY(noClient.err.contains("--setting client_id=VALUE"));
    }

    // A profile whose address has the API's path once too often, or a path the server has not:
    // the sign-in names the address to check, not an expired session or a deleted item.
    void aWrongAddressIsNamedAtSignIn()
    {
        const QString api = m_sandbox.apiUrl(QStringLiteral("gatekeeper")).toString();
        const struct
        {
            const char* name;
            QString url;
            int exitCode;
            QByteArray says;
        } cases[] = {
            {"doubled", api + QStringLiteral("/api/v2"), 3, "The server refused the sign-in at "},
            {"nowhere", QUrl(api).resolved(QUrl(QStringLiteral("/nothing"))).toString(), 4,
             "The server has no sign-in at "},
        };
        for (const auto& wrong : cases) {
            const QString name = QString::fromLatin1(wrong.name);
            QCOMPARE_RUN(m_cli->addProfile(name, QStringLiteral("gatekeeper"), QUrl(wrong.url),
                                           QStringLiteral("admin"), {}),
                         0);
            // Gone whatever happens below: the other tests count the profiles.
            const auto remove = qScopeGuard(
                [&] { m_cli->run(words({"profiles", "remove"}) << name << QStringLiteral("--yes")); });
            const CliRun run = as(name, words({"--password-stdin", "users", "list"}), "sandbox-admin\n");
            QCOMPARE_RUN(run, wrong.exitCode);
            QVERIFY2(run.err.contains(QByteArray(wrong.says + wrong.url.toUtf8())), run.err.constData());
            QVERIFY2(!run.err.contains("expired") && !run.err.contains("deleted"), run.err.constData());
        }
    }

    void secretsFromStdin()
    {
        // --password-stdin with nothing stored: the first line signs in, nothing is kept.
        const CliRun wrong =
            as(QStringLiteral("gk"), words({"--password-stdin", "users", "list"}), "wrong\n");
        QCOMPARE_RUN(wrong, 3);
        QVERIFY(wrong.err.contains("Wrong username or password."));
        const CliRun listed =
            as(QStringLiteral("gk"),
               words({"--password-stdin", "users", "list", "--all", "--format", "json"}), "sandbox-admin\n");
        QCOMPARE_RUN(listed, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 151);
        SecretMap keychain;
        QVERIFY(readKeychain(m_ids.value(QStringLiteral("gk")), &keychain));
        QVERIFY(!keychain.contains(QStringLiteral("password"))); // only login stores
        // Both of Gemini's secrets on stdin, and the new user's password on the line after them.
        const CliRun created = as(
            QStringLiteral("gem"),
            words({"--secrets-stdin", "users", "create", "--email", "stdin@example.com", "--format", "json"}),
            "client_secret=demo-client-secret\npassword=sandbox-admin\n\nnew-user-password\n");
        QCOMPARE_RUN(created, 0);
        QCOMPARE(
            QJsonDocument::fromJson(created.out).array().first().toObject().value(QStringLiteral("email")),
            QStringLiteral("stdin@example.com"));
        // The old form: the admin's password, then the new user's.
        QCOMPARE_RUN(as(QStringLiteral("neb"),
                        words({"--password-stdin", "users", "create", "--email", "stdin@example.com"}),
                        "sandbox-admin\nnew-user-password\n"),
                     0);

        // Malformed input is a usage error that never repeats what was typed.
        const CliRun malformed =
            as(QStringLiteral("gem"), words({"--secrets-stdin", "users", "list"}), "hunter2-typed-here\n");
        QCOMPARE_RUN(malformed, 2);
        QVERIFY(malformed.err.contains("line 1 of stdin is not NAME=VALUE"));
        QVERIFY(!malformed.err.contains("hunter2"));
        const CliRun unknown =
            as(QStringLiteral("gem"), words({"--secrets-stdin", "users", "list"}), "pasword=sandbox-admin\n");
        QCOMPARE_RUN(unknown, 2);
        QVERIFY(unknown.err.contains("line 1 of stdin names no secret of this profile (it takes password, "
                                     "client_secret)"));
        QVERIFY(!unknown.err.contains("pasword"));
        QVERIFY(!unknown.err.contains("sandbox-admin"));
        QCOMPARE_RUN(as(QStringLiteral("gem"), words({"--secrets-stdin", "users", "list"}), "password=\n"),
                     2);
        QCOMPARE_RUN(as(QStringLiteral("gem"), words({"--secrets-stdin", "users", "list"}),
                        "password=a\npassword=b\n"),
                     2);
        QCOMPARE_RUN(as(QStringLiteral("gem"), words({"--secrets-stdin", "users", "list"}), ""), 2);
        QCOMPARE_RUN(as(QStringLiteral("gem"), words({"--password-stdin", "users", "list"}), ""), 2);
        QCOMPARE_RUN(
            as(QStringLiteral("gem"), words({"--password-stdin", "--secrets-stdin", "login"}), "x\n"), 2);
        // One secret of two and no terminal to ask for the other: an authentication failure.
        const CliRun half =
            as(QStringLiteral("gem"), words({"--password-stdin", "users", "list"}), "sandbox-admin\n");
        QCOMPARE_RUN(half, 3);
        QVERIFY(half.err.contains("no stored client_secret"));
    }

    void loginWithoutKeychainWarnsOnceAndKeepsNothing()
    {
        QProcessEnvironment env = m_cli->environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/authdesk-bus"));
        const CliRun login =
            m_cli->run(words({"--profile", "gk", "--password-stdin", "login"}), "sandbox-admin\n", env);
        QCOMPARE_RUN(login, 0);
        QCOMPARE(login.err.count("warning: no keychain"), 1);
        QVERIFY(login.err.contains("Nothing was stored"));
        QVERIFY(!login.err.contains("sandbox-admin"));
        SecretMap keychain;
        QVERIFY(readKeychain(m_ids.value(QStringLiteral("gk")), &keychain));
        QVERIFY(!keychain.contains(QStringLiteral("password")));
    }

    void bulkDeleteShowsProgressOnATerminal()
    {
        QString admin;
        QStringList ids;
        nebulaIds(3, &admin, &ids);
        QCOMPARE(ids.size(), 3);
        const CliRun deleted = m_cli->runOnTerminal(
            words({"--profile", "neb", "--password-stdin", "users", "delete", "--yes"}) << ids,
            "sandbox-admin\n");
        QCOMPARE_RUN(deleted, 0);
        QVERIFY(deleted.out.isEmpty());
        // One line that updates in place, erased before each per-user line and at the end.
        QVERIFY2(deleted.err.contains("\r\033[Kdeleting 1/3…"), deleted.err.constData());
        QVERIFY(deleted.err.contains("/3…"));
        for (const QString& id : ids)
            QVERIFY(deleted.err.contains(QByteArray("\r\033[K" + id.toUtf8() + ": deleted\n")));
        QVERIFY(deleted.err.endsWith("\r\033[K"));
    }

    void syncShowsProgressOnATerminal()
    {
        const CliRun synced =
            m_cli->runOnTerminal(words({"--profile", "gk", "--password-stdin", "sync"}), "sandbox-admin\n");
        QCOMPARE_RUN(synced, 0);
        // The line updates in place: how many of the server's total, the page and the rate, then
        // each phase.
        QVERIFY2(synced.err.contains("\r\033[K[100%] Syncing users: 151 of 151 (page 1, "), synced.err.constData());
        QVERIFY(synced.err.contains("/s)\r\033[K"));
        QVERIFY(synced.err.contains("\r\033[KSaving the new copy"));
        QVERIFY(synced.err.contains("\r\033[KSynced 151 users"));
        // Not a terminal: the result only.
        const CliRun plain = as(QStringLiteral("gk"), words({"--password-stdin", "sync"}), "sandbox-admin\n");
        QCOMPARE_RUN(plain, 0);
        QVERIFY(!plain.err.contains('\r'));
        QVERIFY(!plain.err.contains("Syncing"));
    }

    void profilesRemoveKeepsTheCacheUnlessAsked()
    {
        addProfile(QStringLiteral("gk-kept"), QStringLiteral("gatekeeper"), QStringLiteral("admin"));
        const QString id = m_ids.value(QStringLiteral("gk-kept"));
        QCOMPARE_RUN(as(QStringLiteral("gk-kept"), words({"--password-stdin", "login"}), "sandbox-admin\n"),
                     0);
        QCOMPARE_RUN(as(QStringLiteral("gk-kept"), words({"sync"})), 0);
        SecretMap keychain;
        QVERIFY(readKeychain(id, &keychain));
        QCOMPARE(keychain.value(QStringLiteral("password")), QStringLiteral("sandbox-admin"));
        QCOMPARE(cacheFiles(id).size(), 1);
        QCOMPARE_RUN(m_cli->run(words({"profiles", "remove", "gk-kept"})), 2); // no terminal, no --yes
        const CliRun removed = m_cli->run(words({"profiles", "remove", "gk-kept", "--yes"}));
        QCOMPARE_RUN(removed, 0);
        QVERIFY(removed.err.contains("its local cache is kept"));
        QVERIFY(readKeychain(id, &keychain));
        QVERIFY(keychain.isEmpty());
        QCOMPARE(cacheFiles(id).size(), 1);
        QCOMPARE_RUN(m_cli->run(words({"profiles", "remove", "gk-kept", "--yes"})), 4);
    }

    void unsupportedIsItsOwnExitCode()
    {
        // Refused before any secret is asked for: nothing is stored for lum and there is no terminal.
        const CliRun r = as(QStringLiteral("lum"), words({"users", "list"}));
        QCOMPARE_RUN(r, 7);
        QVERIFY(r.err.contains("no user management API"));
        QCOMPARE_RUN(m_cli->run(words({"nonsense"})), 2);
        QCOMPARE_RUN(m_cli->run(words({"--profile", "nope", "users", "list"})), 2);
        QCOMPARE_RUN(as(QStringLiteral("gk"), words({"--offline", "sessions", "list", "x"})), 7);
    }

    // Deleting the account the command is signed in as, with others: the others first (its
    // deletion may end the session), said before it starts. It must stay the last slot: it may
    // leave Nebula's sandbox without its admin.
    void deletingOneselfGoesLast()
    {
        QString self;
        QStringList ids;
        nebulaIds(6, &self, &ids);
        QVERIFY(!self.isEmpty());
        QCOMPARE(ids.size(), 6);
        const CliRun deleted =
            as(QStringLiteral("neb"), words({"--password-stdin", "users", "delete", "--yes"}) << self << ids,
               "sandbox-admin\n");
        QVERIFY2(deleted.err.contains("the account this console is signed in as"), deleted.err.constData());
        QStringList lines; // one per user, in the order they ended
        for (const QByteArray& line : deleted.err.split('\n')) {
            const QString text = QString::fromUtf8(line);
            if (text.contains(QLatin1String(": deleted")) || text.contains(QLatin1String(": failed")))
                lines << text;
        }
        QCOMPARE(lines.size(), 7);
        QVERIFY2(lines.last().startsWith(self + QLatin1Char(':')), qPrintable(lines.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"

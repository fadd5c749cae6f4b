// authdesk-cli through each dialect the sandbox speaks, the way an admin scripts it: login
// (the secrets really land in the keychain), then every command the server offers without any
// secret on stdin, the ones it does not offer refused with their own exit code and the
// server's reason, sync then --offline with the sandbox stopped, logout (credentials needed
// again), and profiles remove (keychain entries and cache gone). Needs scripts/test's private
// D-Bus session with an unlocked gnome-keyring.

#include "CliRunner.h"
#include "SandboxProcess.h"
#include "credentials/CredentialStore.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <initializer_list>
#include <memory>

namespace {

QJsonArray jsonRows(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out).array();
}

QStringList column(const QJsonArray& rows, const QString& name)
{
    QStringList values;
    for (const QJsonValue& row : rows)
        values << row.toObject().value(name).toString();
    return values;
}

const QStringList allSecretNames = words({"password", "client_secret", "api_key", "refresh_token"});

} // namespace

class tst_CliDialects : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<CliRunner> m_cli;

    // Reads the keychain from this process: what a later run of the CLI (or the console) finds.
    bool readKeychain(const QString& profileId, SecretMap* found)
    {
        CredentialStore store;
        QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
        bool done = false;
        store.read(profileId, allSecretNames, this, [&](const SecretMap& secrets) {
            *found = secrets;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 15000) && unavailable.isEmpty();
    }

    CliRun as(const QString& profile, QStringList args, const QByteArray& in = {})
    {
        args.prepend(profile);
        args.prepend(QStringLiteral("--profile"));
        return m_cli->run(args, in);
    }

    // A session of `identity` on the server, opened by the models directly (as the user's own
    // client would), for the sessions commands to list and revoke.
    bool openSessionAs(const Profile& admin, const QString& identity, Secrets secrets)
    {
        Profile user = admin;
        user.id = QStringLiteral("session-maker");
        user.identity = identity;
        Connection connection(user, DialectRegistry::create(user.dialect), nullptr);
        QSignalSpy signedIn(&connection, &Connection::signedIn);
        connection.signIn(secrets);
        return signedIn.wait(15000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under scripts/test: it provides a D-Bus session with an unlocked keyring");
        m_cli = std::make_unique<CliRunner>(m_home.path());
        SecretMap none;
        QVERIFY2(readKeychain(QStringLiteral("no-such-profile"), &none), "the keychain must work here");
    }

    void everyCommand_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QStringList>("settings");
        QTest::addColumn<QStringList>("loginFlags");
        QTest::addColumn<QByteArray>("loginStdin");
        QTest::addColumn<QVariantMap>("stored");
        QTest::addColumn<QStringList>("createArgs");
        QTest::addColumn<QString>("newIdentity");
        QTest::addColumn<QString>("role");

        // Gemini needs two secrets: both on stdin as NAME=VALUE lines.
        QTest::newRow("gemini") << QStringLiteral("gemini") << QStringLiteral("admin@gemini.test")
                                << words({"--setting", "client_id=authdesk-demo"})
                                << words({"--secrets-stdin"})
                                << QByteArray("password=sandbox-admin\nclient_secret=demo-client-secret\n")
                                << QVariantMap{{QStringLiteral("password"), QStringLiteral("sandbox-admin")},
                                               {QStringLiteral("client_secret"),
                                                QStringLiteral("demo-client-secret")}}
                                << words({"--email", "cli-gemini@example.com", "--first-name", "Cli"})
                                << QStringLiteral("cli-gemini@example.com") << QStringLiteral("profile");
        QTest::newRow("gatekeeper")
            << QStringLiteral("gatekeeper") << QStringLiteral("admin") << QStringList()
            << words({"--password-stdin"}) << QByteArray("sandbox-admin\n")
            << QVariantMap{{QStringLiteral("password"), QStringLiteral("sandbox-admin")}}
            << words({"--username", "cli-user", "--email", "cli-gatekeeper@example.com", "--first-name",
                      "Cli", "--role", "customer"})
            << QStringLiteral("cli-user") << QStringLiteral("developer");
        QTest::newRow("nebula") << QStringLiteral("nebula") << QStringLiteral("admin@nebula.test")
                                << QStringList() << words({"--secrets-stdin"})
                                << QByteArray("password=sandbox-admin\n")
                                << QVariantMap{{QStringLiteral("password"), QStringLiteral("sandbox-admin")}}
                                << words({"--email", "cli-nebula@example.com", "--first-name", "Cli"})
                                << QStringLiteral("cli-nebula@example.com") << QStringLiteral("staff");
    }
    void everyCommand()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, identity);
        QFETCH(QStringList, settings);
        QFETCH(QStringList, loginFlags);
        QFETCH(QByteArray, loginStdin);
        QFETCH(QVariantMap, stored);
        QFETCH(QStringList, createArgs);
        QFETCH(QString, newIdentity);
        QFETCH(QString, role);
        const auto model = DialectRegistry::create(dialect);
        QVERIFY(model);
        const Capabilities caps = model->capabilities({});

        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--seed"), QStringLiteral("30")}),
                 qPrintable(sandbox.errorString()));
        const QString name = QStringLiteral("cli-") + dialect;
        CliRun added = m_cli->run(words({"profiles", "add", "--name"})
                                  << name << QStringLiteral("--url") << sandbox.apiUrl(dialect).toString()
                                  << QStringLiteral("--dialect") << dialect << QStringLiteral("--identity")
                                  << identity << settings);
        QCOMPARE_RUN(added, 0);
        const QString profileId = QString::fromUtf8(added.out.trimmed());
        Profile profile;
        profile.id = profileId;
        profile.name = name;
        profile.baseUrl = sandbox.apiUrl(dialect);
        profile.dialect = dialect;
        profile.identity = identity;
        for (const QString& pair : settings.filter(QLatin1String("=")))
            profile.settings.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));

        // Nothing stored and no terminal: an authentication failure that says what to do.
        CliRun before = as(name, words({"users", "list"}));
        QCOMPARE_RUN(before, 3);
        QVERIFY(before.err.contains("no stored password"));
        QVERIFY(before.err.contains("authdesk-cli login"));

        // login: signs in with what stdin gave, and keeps it in the keychain.
        CliRun login = as(name, loginFlags << QStringLiteral("login"), loginStdin);
        QCOMPARE_RUN(login, 0);
        QVERIFY(login.out.isEmpty());
        QVERIFY(login.err.contains(QByteArray("Signed in to " + name.toUtf8())));
        QVERIFY(login.err.contains("in the keychain"));
        QVERIFY(!login.err.contains("no keychain"));
        SecretMap keychain;
        QVERIFY(readKeychain(profileId, &keychain));
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QCOMPARE(keychain.value(it.key()), it.value().toString());
        for (const QVariant& secret : stored)
            QVERIFY(!login.err.contains(secret.toString().toUtf8()));

        // From here on no command gets a secret: they come from the keychain.
        // users list in each format.
        CliRun json = as(name, words({"users", "list", "--format", "json"}));
        QCOMPARE_RUN(json, 0);
        const QJsonArray users = jsonRows(json);
        QVERIFY2(users.size() >= 31, qPrintable(diagnose(json))); // 30 seeded and the admin
        const QStringList emails = column(users, QStringLiteral("email"));
        const QStringList usernames = column(users, QStringLiteral("username"));
        QVERIFY(emails.contains(identity) || usernames.contains(identity));
        CliRun csv = as(name, words({"users", "list", "--format", "csv"}));
        QCOMPARE_RUN(csv, 0);
        QVERIFY(csv.out.startsWith("id,username,email,name,roles,enabled,created,last_login\r\n"));
        QCOMPARE(csv.out.count("\r\n"), users.size() + 1);
        CliRun table = as(name, words({"users", "list"}));
        QCOMPARE_RUN(table, 0);
        QVERIFY(table.out.startsWith("ID"));
        QVERIFY(table.out.contains("  USERNAME  ") || table.out.contains("USERNAME"));
        QCOMPARE(table.out.count('\n'), users.size() + 1);
        QVERIFY(table.out.contains(identity.toUtf8()));
        // Every page, a few rows at a time, is the same list.
        CliRun paged = as(name, words({"users", "list", "--all", "--limit", "7", "--format", "json"}));
        QCOMPARE_RUN(paged, 0);
        QCOMPARE(jsonRows(paged).size(), users.size());
        QVERIFY(!paged.err.contains('\r')); // progress only on a terminal

        // Every run signed out at its end where the server can: only this run's own session is open.
        QString adminId;
        for (const QJsonValue& u : users) {
            const QJsonObject o = u.toObject();
            if (o.value(QStringLiteral("email")).toString() == identity ||
                o.value(QStringLiteral("username")).toString() == identity)
                adminId = o.value(QStringLiteral("id")).toString();
        }
        QVERIFY(!adminId.isEmpty());
        if (caps.supports(Capability::SignOut)) {
            CliRun own = as(name, words({"sessions", "list", "--format", "json"}) << adminId);
            QCOMPARE_RUN(own, 0);
            QCOMPARE(jsonRows(own).size(), 1);
        }

        // create (the new user's password alone on stdin), get, update.
        CliRun created =
            as(name, words({"users", "create", "--new-password-stdin", "--format", "json"}) << createArgs,
               "new-user-password\n");
        QCOMPARE_RUN(created, 0);
        const QString id = jsonRows(created).first().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(!created.out.contains("new-user-password"));
        CliRun got = as(name, words({"users", "get", "--format", "csv"}) << id);
        QCOMPARE_RUN(got, 0);
        QVERIFY(got.out.contains(QByteArray("cli-" + dialect.toUtf8() + "@example.com")));
        CliRun updated = as(name, words({"users", "update"})
                                      << id << words({"--first-name", "Cli", "--last-name", "Updated"}));
        QCOMPARE_RUN(updated, 0);
        QVERIFY(updated.out.contains("Cli Updated"));

        // sessions: the user signs in twice; one session revoked, then all of them.
        Secrets userSecrets{{QStringLiteral("password"), QStringLiteral("new-user-password")}};
        if (stored.contains(QStringLiteral("client_secret")))
            userSecrets.insert(QStringLiteral("client_secret"),
                               stored.value(QStringLiteral("client_secret")).toString());
        QVERIFY(openSessionAs(profile, newIdentity, userSecrets));
        QVERIFY(openSessionAs(profile, newIdentity, userSecrets));
        CliRun sessions = as(name, words({"sessions", "list", "--format", "json"}) << id);
        QCOMPARE_RUN(sessions, 0);
        const QStringList sessionIds = column(jsonRows(sessions), QStringLiteral("id"));
        QVERIFY2(sessionIds.size() >= 2, qPrintable(diagnose(sessions)));
        // The other list in each format: sessions.
        CliRun sessionsCsv = as(name, words({"sessions", "list", "--format", "csv"}) << id);
        QVERIFY(sessionsCsv.out.startsWith("id,started,last_activity,expires,ip,client\r\n"));
        QCOMPARE(sessionsCsv.out.count("\r\n"), sessionIds.size() + 1);
        CliRun sessionsTable = as(name, words({"sessions", "list"}) << id);
        QVERIFY(sessionsTable.out.startsWith("ID"));
        QCOMPARE(sessionsTable.out.count('\n'), sessionIds.size() + 1);
        QCOMPARE_RUN(as(name, words({"sessions", "revoke"}) << id << sessionIds.first()), 2); // no --yes
        CliRun revoked = as(name, words({"sessions", "revoke", "--yes"}) << id << sessionIds.first());
        QCOMPARE_RUN(revoked, 0);
        QVERIFY(revoked.err.contains("revoked"));
        const QStringList left = column(
            jsonRows(as(name, words({"sessions", "list", "--format", "json"}) << id)), QStringLiteral("id"));
        QVERIFY(!left.contains(sessionIds.first()));
        QCOMPARE(left.size(), sessionIds.size() - 1);
        QCOMPARE_RUN(as(name, words({"sessions", "revoke-all", "--yes"}) << id), 0);
        QCOMPARE(jsonRows(as(name, words({"sessions", "list", "--format", "json"}) << id)).size(), 0);

        // Disabled and enabled again, through update.
        for (const char* enabled : {"false", "true"}) {
            CliRun toggled =
                as(name, words({"users", "update", "--format", "json", "--enabled", enabled}) << id);
            QCOMPARE_RUN(toggled, 0);
            QCOMPARE(jsonRows(toggled).first().toObject().value(QStringLiteral("enabled")).toString(),
                     QString::fromUtf8(enabled));
        }

        // set-roles.
        CliRun roles = as(name, words({"users", "set-roles", "--format", "json"}) << id << role);
        QCOMPARE_RUN(roles, 0);
        const QStringList rolesNow = jsonRows(roles)
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("roles"))
                                         .toString()
                                         .split(QLatin1Char(' '));
        QVERIFY2(rolesNow.contains(role), qPrintable(diagnose(roles)));
        QVERIFY(
            !rolesNow.contains(QStringLiteral("performer"))); // replaced, not added (Gemini's were all three)

        // API keys where the server issues them; elsewhere the server's reason, exit code 7.
        if (caps.supports(Capability::CreateApiKey)) {
            CliRun issued = as(name, words({"keys", "create", "--name", "cli-key"}));
            QCOMPARE_RUN(issued, 0);
            const QByteArray key = issued.out.trimmed();
            QVERIFY(!key.isEmpty());
            QCOMPARE(issued.out.count('\n'), 1); // the key and nothing else
            QVERIFY(!issued.err.contains(key));
            CliRun keys = as(name, words({"keys", "list", "--format", "json"}));
            QCOMPARE_RUN(keys, 0);
            QVERIFY(!keys.out.contains(key));
            QString keyId;
            for (const QJsonValue& k : jsonRows(keys)) {
                if (k.toObject().value(QStringLiteral("name")).toString() == QLatin1String("cli-key"))
                    keyId = k.toObject().value(QStringLiteral("id")).toString();
            }
            QVERIFY(!keyId.isEmpty());
            QVERIFY(
                as(name, words({"keys", "list", "--format", "csv"})).out.startsWith("id,name,prefix,owner,"));
            QVERIFY(as(name, words({"keys", "list"})).out.contains("cli-key"));
            QCOMPARE_RUN(as(name, words({"keys", "revoke", "--yes"}) << keyId), 0);
            QVERIFY(
                !column(jsonRows(as(name, words({"keys", "list", "--format", "json"}))), QStringLiteral("id"))
                     .contains(keyId));
            const CliRun audit = as(name, words({"audit", "--format", "csv"}));
            QVERIFY(audit.out.contains("apikey.create"));
            QVERIFY(audit.out.contains("apikey.revoke"));
            QVERIFY(!audit.out.contains(key));
        } else {
            for (const QStringList& command :
                 {words({"keys", "list"}), words({"keys", "create", "--name", "k"}),
                  words({"keys", "revoke", "--yes", "some-key"})}) {
                CliRun refused = as(name, command);
                QCOMPARE_RUN(refused, 7);
                QCOMPARE(QString::fromUtf8(refused.err), QStringLiteral("authdesk-cli: ") +
                                                             caps.reason(Capability::ListApiKeys) +
                                                             QLatin1Char('\n'));
            }
        }

        // delete: refused without --yes, then a bulk delete with one unknown id is a partial failure.
        QCOMPARE_RUN(as(name, words({"users", "delete"}) << id), 2);
        QCOMPARE_RUN(as(name, words({"users", "get"}) << id), 0);
        CliRun deleted = as(name, words({"users", "delete", "--yes"}) << id << QStringLiteral("999999"));
        QCOMPARE_RUN(deleted, 6);
        QVERIFY(deleted.err.contains(QByteArray(id.toUtf8() + ": deleted")));
        QVERIFY(deleted.err.contains("999999: failed"));
        QVERIFY(!deleted.err.contains('\r')); // no progress line when stderr is not a terminal
        QCOMPARE_RUN(as(name, words({"users", "get"}) << id), 4);

        // sync, export (server and cache), audit.
        CliRun synced = as(name, words({"sync"}));
        QCOMPARE_RUN(synced, 0);
        QVERIFY(synced.err.contains(QByteArray("Synced " + QByteArray::number(users.size()) + " users")));
        QVERIFY(!synced.err.contains('\r'));
        CliRun exported = as(name, words({"export"}));
        QCOMPARE_RUN(exported, 0);
        QCOMPARE(jsonRows(exported).size(), users.size()); // JSON unless told otherwise
        CliRun exportedCsv = as(name, words({"export", "--format", "csv"}));
        QCOMPARE(exportedCsv.out.count("\r\n"), users.size() + 1);
        CliRun audit = as(name, words({"audit", "--format", "json"}));
        QCOMPARE_RUN(audit, 0);
        const QJsonArray entries = jsonRows(audit);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(column(entries, QStringLiteral("profile")).filter(name).size(),
                 entries.size()); // this profile's only
        const QStringList actions = column(entries, QStringLiteral("action"));
        for (const char* action : {"user.create", "user.update", "user.roles", "user.delete",
                                   "session.revoke", "session.revokeAll"})
            QVERIFY2(actions.contains(QString::fromUtf8(action)), action);
        for (const QVariant& secret : stored)
            QVERIFY(!audit.out.contains(secret.toString().toUtf8()));
        QVERIFY(!audit.out.contains("new-user-password"));

        // logout: the secrets are gone, and a command needs them again.
        CliRun logout = as(name, words({"logout"}));
        QCOMPARE_RUN(logout, 0);
        QVERIFY(logout.err.contains("Forgot the stored secrets"));
        if (caps.supports(Capability::SignOut))
            QVERIFY(logout.err.contains("every run signs out when it ends"));
        else
            QVERIFY(logout.err.contains(caps.reason(Capability::SignOut).toUtf8()));
        QVERIFY(readKeychain(profileId, &keychain));
        QVERIFY2(keychain.isEmpty(), qPrintable(QStringList(keychain.keys()).join(QLatin1Char(' '))));
        CliRun needsLogin = as(name, words({"users", "list"}));
        QCOMPARE_RUN(needsLogin, 3);
        QVERIFY(needsLogin.out.isEmpty());

        // Stored again, then the sandbox stopped: the cache still answers.
        QCOMPARE_RUN(as(name, loginFlags << QStringLiteral("login"), loginStdin), 0);
        sandbox.stop();
        CliRun offline = as(name, words({"--offline", "users", "list", "--all", "--format", "json"}));
        QCOMPARE_RUN(offline, 0);
        QVERIFY(offline.err.contains("Offline"));
        QCOMPARE(jsonRows(offline).size(), users.size());
        QCOMPARE(jsonRows(as(name, words({"--offline", "export"}))).size(), users.size());
        QCOMPARE_RUN(as(name, words({"--offline", "users", "delete", "--yes", "x"})), 7);
        QCOMPARE_RUN(as(name, words({"users", "list"})), 5); // the server is gone

        // profiles remove --delete-cache: profile, keychain entries and cache all gone.
        QVERIFY(readKeychain(profileId, &keychain));
        QVERIFY(!keychain.isEmpty());
        QStringList caches;
        for (QDirIterator it(m_home.path(), {profileId + QStringLiteral(".sqlite*")}, QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext();)
            caches << it.next();
        QVERIFY(!caches.isEmpty());
        CliRun removed = m_cli->run(words({"profiles", "remove", "--yes", "--delete-cache"}) << name);
        QCOMPARE_RUN(removed, 0);
        QVERIFY(readKeychain(profileId, &keychain));
        QVERIFY2(keychain.isEmpty(), qPrintable(QStringList(keychain.keys()).join(QLatin1Char(' '))));
        for (const QString& file : caches)
            QVERIFY2(!QFile::exists(file), qPrintable(file));
        QVERIFY(!m_cli->run(words({"profiles", "list"})).out.contains(name.toUtf8()));
        QCOMPARE_RUN(as(name, words({"users", "list"})), 2); // no such profile any more
    }

    // Luminate signs in and nothing else: login and logout work, every user, session and key
    // command is refused with exit code 7 and the server's reason in one sentence, without
    // asking for any secret first.
    void luminateSignsInOnly()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QString name = QStringLiteral("cli-luminate");
        CliRun added = m_cli->run(words({"profiles", "add", "--name"})
                                  << name << QStringLiteral("--url")
                                  << sandbox.apiUrl(QStringLiteral("luminate")).toString()
                                  << words({"--dialect", "luminate", "--identity", "admin@luminate.test"}));
        QCOMPARE_RUN(added, 0);
        const QString profileId = QString::fromUtf8(added.out.trimmed());
        const Capabilities caps = DialectRegistry::create(QStringLiteral("luminate"))->capabilities({});

        // Its API key alone is not enough for a single --password-stdin line and no terminal.
        QCOMPARE_RUN(as(name, words({"--password-stdin", "login"}), "sandbox-admin\n"), 3);
        // A wrong key is refused by the server, and nothing is stored.
        CliRun wrong =
            as(name, words({"--secrets-stdin", "login"}), "api_key=wrong-key\npassword=sandbox-admin\n");
        QCOMPARE_RUN(wrong, 3);
        SecretMap keychain;
        QVERIFY(readKeychain(profileId, &keychain));
        QVERIFY(keychain.isEmpty());

        CliRun login =
            as(name, words({"--secrets-stdin", "login"}), "api_key=lum-demo-key\npassword=sandbox-admin\n");
        QCOMPARE_RUN(login, 0);
        QVERIFY(login.err.contains(QByteArray("Stored api_key, password for " + name.toUtf8())));
        QVERIFY(readKeychain(profileId, &keychain));
        QCOMPARE(keychain.value(QStringLiteral("api_key")), QStringLiteral("lum-demo-key"));
        QCOMPARE(keychain.value(QStringLiteral("password")), QStringLiteral("sandbox-admin"));
        // Stored: login again with nothing on stdin and no terminal signs in with them.
        QCOMPARE_RUN(as(name, words({"login"})), 0);

        const QString users =
            QStringLiteral("authdesk-cli: ") + caps.reason(Capability::ListUsers) + QLatin1Char('\n');
        const QString sessions =
            QStringLiteral("authdesk-cli: ") + caps.reason(Capability::ListSessions) + QLatin1Char('\n');
        const QString keys =
            QStringLiteral("authdesk-cli: ") + caps.reason(Capability::ListApiKeys) + QLatin1Char('\n');
        const QList<QPair<QStringList, QString>> refused{
            {words({"users", "list"}), users},
            {words({"users", "get", "1"}), users},
            {words({"users", "create", "--email", "x@example.com"}), users},
            {words({"users", "update", "1", "--last-name", "X"}), users},
            {words({"users", "set-roles", "1", "admin"}), users},
            {words({"users", "delete", "--yes", "1"}), users},
            {words({"users", "delete", "1"}), users}, // refused before asking for confirmation
            {words({"sync"}), users},
            {words({"export"}), users},
            {words({"sessions", "list", "1"}), sessions},
            {words({"sessions", "revoke-all", "--yes", "1"}), sessions},
            {words({"keys", "list"}), keys},
            {words({"keys", "create", "--name", "k"}), keys}};
        for (const auto& [command, reason] : refused) {
            CliRun run = as(name, command);
            QVERIFY2(run.exitCode == 7,
                     qPrintable(command.join(QLatin1Char(' ')) + QLatin1Char('\n') + diagnose(run)));
            QCOMPARE(QString::fromUtf8(run.err), reason);
            QVERIFY(run.out.isEmpty());
        }
        QVERIFY(users.contains(QLatin1String("no user management API")));

        CliRun logout = as(name, words({"logout"}));
        QCOMPARE_RUN(logout, 0);
        QVERIFY(logout.err.contains(caps.reason(Capability::SignOut).toUtf8()));
        QVERIFY(readKeychain(profileId, &keychain));
        QVERIFY(keychain.isEmpty());
        CliRun needsLogin = as(name, words({"login"}));
        QCOMPARE_RUN(needsLogin, 3);
        QVERIFY(needsLogin.err.contains("no api_key for cli-luminate on stdin, none stored"));

        QCOMPARE_RUN(
            as(name, words({"--secrets-stdin", "login"}), "api_key=lum-demo-key\npassword=sandbox-admin\n"),
            0);
        QCOMPARE_RUN(m_cli->run(words({"profiles", "remove", "--yes"}) << name), 0);
        QVERIFY(readKeychain(profileId, &keychain));
        QVERIFY(keychain.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CliDialects)
#include "tst_CliDialects.moc"

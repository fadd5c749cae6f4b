// authdesk-cli as commands: `--help` lists every command on one line, each command has its own
// help (`help COMMAND` and `COMMAND --help` print the same) and its own options; every list
// takes --format table|csv|json|jsonl; --quiet and --verbose; data on stdout only, messages on
// stderr only; a user name with control characters is shown escaped in a table and kept in
// JSON; nothing is coloured, with or without NO_COLOR. `profiles add --proxy/--ca-bundle`
// refuse what cannot be used and the profile's proxy is really taken; the environment's proxy
// never catches a server on 127.0.0.1.

#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {

const QStringList commands =
    words({"profiles", "login", "logout", "users", "sessions", "keys", "sync", "export", "audit", "insights", "review", "help"});

} // namespace

class tst_CliCommands : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;

    CliRun as(const QStringList& args, const QByteArray& in = {})
    {
        return m_cli->runAs(QStringLiteral("gk"), args, in);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under scripts/test: it provides a D-Bus session with an unlocked keyring");
        m_cli = std::make_unique<CliRunner>(m_home.path());
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("20")}),
                 qPrintable(m_sandbox.errorString()));
        QCOMPARE_RUN(m_cli->addProfile(QStringLiteral("gk"), QStringLiteral("gatekeeper"),
                                       m_sandbox.apiUrl(QStringLiteral("gatekeeper")),
                                       QStringLiteral("admin")),
                     0);
        QCOMPARE_RUN(as(words({"--password-stdin", "login"}), "sandbox-admin\n"), 0);
    }

    void helpListsEveryCommandOnOneLine()
    {
        const CliRun help = m_cli->run(words({"--help"}));
        QCOMPARE_RUN(help, 0);
        QVERIFY(help.err.isEmpty());
        QVERIFY(help.out.startsWith("Usage: authdesk-cli [global options] COMMAND [options]\n"));
        const QString text = QString::fromUtf8(help.out);
        for (const QString& command : commands) {
            const QRegularExpression line(QStringLiteral("\n  ") + command + QStringLiteral(" +\\S[^\n]+\n"));
            QVERIFY2(line.match(text).hasMatch(), qPrintable(command));
        }
        QVERIFY(!help.out.contains("__complete"));
        QCOMPARE(m_cli->run(words({"help"})).out, help.out);
    }

    void everyCommandHasItsOwnHelp()
    {
        for (const QString& command : commands) {
            const CliRun viaHelp = m_cli->run({QStringLiteral("help"), command});
            QCOMPARE_RUN(viaHelp, 0);
            const CliRun viaOption = m_cli->run({command, QStringLiteral("--help")});
            QCOMPARE_RUN(viaOption, 0);
            QCOMPARE(viaOption.out, viaHelp.out);
            QVERIFY2(viaHelp.out.startsWith(
                         QByteArray("Usage: authdesk-cli [global options] " + command.toUtf8())),
                     viaHelp.out.constData());
            QVERIFY(viaHelp.out.contains("Global options, before or after the command"));
        }
        // Each lists its own options and not the others'.
        const QByteArray users = m_cli->run(words({"users", "--help"})).out;
        for (const char* option :
             {"--search", "--all", "--limit", "--format", "--new-password-stdin", "--yes"})
            QVERIFY2(users.contains(option), option);
        QVERIFY(!users.contains("--delete-cache"));
        const QByteArray exported = m_cli->run(words({"export", "--help"})).out;
        QVERIFY(exported.contains("--limit"));
        QVERIFY(exported.contains("default: every user"));
        QVERIFY(!exported.contains("--all"));
        QVERIFY(m_cli->run(words({"profiles", "--help"})).out.contains("--delete-cache"));
        // --help before the command asks for that command's help too.
        QCOMPARE(m_cli->run(words({"--help", "sync"})).out, m_cli->run(words({"help", "sync"})).out);

        const CliRun unknown = m_cli->run(words({"help", "nonsense"}));
        QCOMPARE_RUN(unknown, 2);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY(unknown.err.contains("unknown command 'nonsense'"));
        const CliRun notItsOption = m_cli->run(words({"login", "--delete-cache"}));
        QCOMPARE_RUN(notItsOption, 2);
        QVERIFY(notItsOption.out.isEmpty());
        QVERIFY(notItsOption.err.contains("delete-cache"));
    }

    void everyListTakesEveryFormat()
    {
        const QList<QStringList> lists{words({"profiles", "list"}), words({"users", "list"}),
                                       words({"export"}), words({"audit"})};
        for (const QStringList& list : lists) {
            for (const char* format : {"table", "csv", "json", "jsonl"}) {
                const CliRun run =
                    as(list + QStringList{QStringLiteral("--format"), QString::fromUtf8(format)});
                QVERIFY2(run.exitCode == 0, qPrintable(list.join(u' ') + u' ' + QString::fromUtf8(format) +
                                                       u'\n' + diagnose(run)));
                if (QByteArray(format) == "jsonl") {
                    for (const QByteArray& line : run.out.split('\n')) {
                        if (!line.isEmpty())
                            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
                    }
                }
            }
            const CliRun xml = as(list + words({"--format", "xml"}));
            QCOMPARE_RUN(xml, 2);
            QVERIFY(xml.err.contains("table, csv, json or jsonl"));
        }
        // Options may still come before the command they belong to.
        QVERIFY(QJsonDocument::fromJson(as(words({"--format", "json", "profiles", "list"})).out).isArray());
    }

    void quietAndVerbose()
    {
        const CliRun plain = as(words({"sync"}));
        QCOMPARE_RUN(plain, 0);
        QVERIFY(plain.err.contains("Synced"));
        const CliRun quiet = as(words({"--quiet", "sync"}));
        QCOMPARE_RUN(quiet, 0);
        QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());
        // Errors still speak.
        const CliRun quietFailure = as(words({"--quiet", "users", "get", "no-such-user"}));
        QCOMPARE_RUN(quietFailure, 4);
        QVERIFY(!quietFailure.err.isEmpty());

        const CliRun verbose = as(words({"users", "list", "--verbose", "--format", "json"}));
        QCOMPARE_RUN(verbose, 0);
        for (const char* step : {"Profile gk: gatekeeper at", "Signing in to gk as admin.",
                                 "Signed in to gk.", "Read a page at offset 0", "Signing out of gk."})
            QVERIFY2(verbose.err.contains(step), verbose.err.constData());
        QVERIFY(!verbose.err.contains("sandbox-admin"));
        QCOMPARE(QJsonDocument::fromJson(verbose.out).array().size(), 21);
        QCOMPARE_RUN(as(words({"--quiet", "--verbose", "sync"})), 2);
    }

    void dataOnStdoutMessagesOnStderr()
    {
        const CliRun failed = as(words({"users", "get", "no-such-user", "--format", "json"}));
        QCOMPARE_RUN(failed, 4);
        QVERIFY(failed.out.isEmpty());
        QVERIFY(failed.err.startsWith("authdesk-cli: "));
        const CliRun offline = as(words({"--offline", "users", "list", "--format", "json"}));
        QCOMPARE_RUN(offline, 0);
        QVERIFY(QJsonDocument::fromJson(offline.out).isArray()); // the cache's status went to stderr
        QVERIFY(offline.err.contains("Offline"));
        QCOMPARE_RUN(as(words({"logout"})), 0);
        const CliRun usage = m_cli->run(words({"users", "list", "--bogus"}));
        QCOMPARE_RUN(usage, 2);
        QVERIFY(usage.out.isEmpty());
        QVERIFY(usage.err.contains("bogus"));
        QCOMPARE_RUN(as(words({"--password-stdin", "login"}), "sandbox-admin\n"), 0);
    }

    void controlCharactersAreShownEscaped()
    {
        const QString name = QStringLiteral("evil\x1b[2J\x1b]0;owned\x07\r\nfake");
        const CliRun created = as(words({"users", "create", "--new-password-stdin", "--format", "json",
                                         "--email", "evil@example.com", "--first-name"})
                                      << name << QStringLiteral("--username") << name,
                                  "new-user-password\n");
        QCOMPARE_RUN(created, 0);
        const QJsonObject user = QJsonDocument::fromJson(created.out).array().first().toObject();
        QCOMPARE(user.value(QStringLiteral("username")).toString(), name); // JSON keeps it
        const QString id = user.value(QStringLiteral("id")).toString();

        const CliRun table = as(words({"users", "get"}) << id);
        QCOMPARE_RUN(table, 0);
        for (char c : table.out)
            QVERIFY2(uchar(c) >= 0x20 || c == '\n', qPrintable(diagnose(table)));
        QCOMPARE(table.out.count('\n'), 2); // the header and one row
        QVERIFY(table.out.contains("evil\\x1b[2J\\x1b]0;owned\\x07\\r\\nfake"));

        const CliRun csv = as(words({"users", "get", "--format", "csv"}) << id);
        QVERIFY(csv.out.contains(QByteArray('"' + name.toUtf8() + '"')));

        // A message quoting the name escapes it too.
        const CliRun revoked = as(words({"sessions", "revoke-all", "--yes"}) << id);
        QCOMPARE_RUN(revoked, 0);
        QVERIFY(!revoked.err.contains('\x1b'));
        QVERIFY(revoked.err.contains("evil\\x1b[2J"));
    }

    void nothingIsColoured()
    {
        QProcessEnvironment noColor = m_cli->environment();
        noColor.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        // From the cache: a list from the server changes with each run (the admin's last sign-in).
        const QStringList args = words({"--profile", "gk", "--offline", "users", "list"});
        const CliRun coloured = m_cli->run(args);
        const CliRun plain = m_cli->run(args, {}, noColor);
        QCOMPARE_RUN(plain, 0);
        QCOMPARE(plain.out, coloured.out);
        QVERIFY(!coloured.out.contains('\x1b'));
        QVERIFY(!coloured.err.contains('\x1b'));
    }

    void profilesAddTakesAProxyAndACaBundle()
    {
        const auto add = [this](const char* name, const QStringList& more) {
            return m_cli->addProfile(QString::fromLatin1(name), QStringLiteral("gatekeeper"),
                                     m_sandbox.apiUrl(QStringLiteral("gatekeeper")), QStringLiteral("admin"),
                                     more);
        };
        const CliRun withPassword = add("px-password", words({"--proxy", "http://me:hunter2@127.0.0.1:9"}));
        QCOMPARE_RUN(withPassword, 2);
        QVERIFY2(withPassword.err.contains("password"), withPassword.err.constData());
        QVERIFY(!withPassword.err.contains("hunter2"));
        const CliRun socks4 = add("px-socks4", words({"--proxy", "socks4://127.0.0.1:9"}));
        QCOMPARE_RUN(socks4, 2);
        QVERIFY2(socks4.err.contains("SOCKS4"), socks4.err.constData());
        const CliRun noBundle =
            add("px-bundle", words({"--ca-bundle"}) << m_home.filePath(QStringLiteral("no.pem")));
        QCOMPARE_RUN(noBundle, 2);
        QVERIFY2(noBundle.err.contains("cannot be read"), noBundle.err.constData());
        QVERIFY(!m_cli->run(words({"profiles", "list"})).out.contains("px-"));

        // A proxy that refuses every connection: the server is up on 127.0.0.1, yet sign-in
        // fails, so the profile's proxy was taken, loopback or not.
        QCOMPARE_RUN(add("px-dead", words({"--proxy", "http://127.0.0.1:9"})), 0);
        const CliRun viaDeadProxy = m_cli->runAs(
            QStringLiteral("px-dead"), words({"--password-stdin", "users", "list"}), "sandbox-admin\n");
        QCOMPARE_RUN(viaDeadProxy, 5);
        QVERIFY2(viaDeadProxy.err.contains("refused"), viaDeadProxy.err.constData());
        // The same server without that proxy answers.
        QCOMPARE_RUN(add("px-none", words({"--proxy", "none"})), 0);
        QCOMPARE_RUN(m_cli->runAs(QStringLiteral("px-none"), words({"--password-stdin", "users", "list"}),
                                  "sandbox-admin\n"),
                     0);

        // The environment's proxy (dead too) is never used for a server on this machine.
        QProcessEnvironment env = m_cli->environment();
        for (const char* name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "ALL_PROXY"})
            env.insert(QString::fromLatin1(name), QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE_RUN(m_cli->run(words({"--profile", "gk", "users", "list"}), {}, env), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CliCommands)
#include "tst_CliCommands.moc"

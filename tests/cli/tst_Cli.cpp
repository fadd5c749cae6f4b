// authdesk-cli as scripts use it: every subcommand against the sandbox, the three output
// formats, the documented exit codes, --password-stdin (and a password argument refused),
// and sync followed by --offline with the sandbox stopped.

#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class tst_Cli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    SandboxProcess m_sandbox;

    CliRun cli(const QStringList& args, const QByteArray& stdinData = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AUTHDESK_CLI_PATH), args);
        process.write(stdinData);
        process.closeWriteChannel();
        process.waitForFinished(30000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }
    CliRun as(const QString& profile, const QByteArray& password, QStringList args,
              const QByteArray& more = {})
    {
        args.prepend(QStringLiteral("--password-stdin"));
        args.prepend(profile);
        args.prepend(QStringLiteral("--profile"));
        return cli(args, password + '\n' + more);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("150")}));
        const QString root = m_sandbox.rootUrl().toString();
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("gk"), QStringLiteral("--url"), root + QStringLiteral("/gatekeeper"),
                      QStringLiteral("--dialect"), QStringLiteral("gatekeeper"), QStringLiteral("--identity"),
                      QStringLiteral("admin")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("neb"), QStringLiteral("--url"), root + QStringLiteral("/nebula"),
                      QStringLiteral("--dialect"), QStringLiteral("nebula"), QStringLiteral("--identity"),
                      QStringLiteral("admin@nebula.test")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("gem"), QStringLiteral("--url"), root + QStringLiteral("/gemini"),
                      QStringLiteral("--dialect"), QStringLiteral("gemini"), QStringLiteral("--identity"),
                      QStringLiteral("admin@gemini.test"), QStringLiteral("--setting"),
                      QStringLiteral("client_id=authdesk-demo")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("lum"), QStringLiteral("--url"), root + QStringLiteral("/luminate"),
                      QStringLiteral("--dialect"), QStringLiteral("luminate"), QStringLiteral("--identity"),
                      QStringLiteral("admin@luminate.test")})
                     .exitCode,
                 0);
    }

    void profilesListInEveryFormat()
    {
        const CliRun table = cli({QStringLiteral("profiles"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith("NAME"));
        const CliRun csv = cli({QStringLiteral("profiles"), QStringLiteral("list"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(csv.out.startsWith("name,dialect,url,identity,id\r\n"));
        const CliRun json = cli({QStringLiteral("profiles"), QStringLiteral("list"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 4);
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--format"),
                      QStringLiteral("xml")})
                     .exitCode,
                 2);
    }

    void passwordsNeverOnTheCommandLine()
    {
        const CliRun refused =
            cli({QStringLiteral("--profile"), QStringLiteral("gk"), QStringLiteral("--password"),
                 QStringLiteral("sandbox-admin"), QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("never accepted on the command line"));
        QVERIFY(refused.out.isEmpty());
        const CliRun wrong =
            as(QStringLiteral("gk"), "wrong", {QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY(wrong.err.contains("Wrong username or password."));
    }

    void usersThroughEveryDialect_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QByteArray>("secrets");
        QTest::newRow("gatekeeper") << QStringLiteral("gk") << QByteArray("sandbox-admin");
        QTest::newRow("nebula") << QStringLiteral("neb") << QByteArray("sandbox-admin");
    }
    void usersThroughEveryDialect()
    {
        QFETCH(QString, profile);
        QFETCH(QByteArray, secrets);
        const CliRun list = as(profile, secrets,
                               {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--all"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 151);

        QStringList create{
            QStringLiteral("users"),        QStringLiteral("create"),
            QStringLiteral("--email"),      QStringLiteral("cli-") + profile + QStringLiteral("@example.com"),
            QStringLiteral("--first-name"), QStringLiteral("Cli"),
            QStringLiteral("--format"),     QStringLiteral("json")};
        if (profile == QLatin1String("gk"))
            create << QStringLiteral("--username") << QStringLiteral("cli-user") << QStringLiteral("--role")
                   << QStringLiteral("customer");
        const CliRun created = as(profile, secrets, create, "new-user-password\n");
        QCOMPARE(created.exitCode, 0);
        const QString id = QJsonDocument::fromJson(created.out)
                               .array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        QVERIFY(!id.isEmpty());

        const CliRun updated =
            as(profile, secrets,
               {QStringLiteral("users"), QStringLiteral("update"), id, QStringLiteral("--last-name"),
                QStringLiteral("Updated"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(updated.exitCode, 0);
        QVERIFY(updated.out.contains("Cli Updated"));
        const QString role =
            profile == QLatin1String("gk") ? QStringLiteral("developer") : QStringLiteral("staff");
        const CliRun roles =
            as(profile, secrets, {QStringLiteral("users"), QStringLiteral("set-roles"), id, role});
        QCOMPARE(roles.exitCode, 0);
        QVERIFY(roles.out.contains(role.toUtf8()));

        const CliRun sessions =
            as(profile, secrets, {QStringLiteral("sessions"), QStringLiteral("list"), id});
        QCOMPARE(sessions.exitCode, 0);
        QCOMPARE(as(profile, secrets,
                    {QStringLiteral("sessions"), QStringLiteral("revoke-all"), id, QStringLiteral("--yes")})
                     .exitCode,
                 0);

        // Destructive without --yes and without a terminal: refused, nothing deleted.
        QCOMPARE(as(profile, secrets, {QStringLiteral("users"), QStringLiteral("delete"), id}).exitCode, 2);
        QCOMPARE(as(profile, secrets, {QStringLiteral("users"), QStringLiteral("get"), id}).exitCode, 0);
        // A bulk delete where one id does not exist is a partial failure.
        const CliRun deleted = as(profile, secrets,
                                  {QStringLiteral("users"), QStringLiteral("delete"), id,
                                   QStringLiteral("999999"), QStringLiteral("--yes")});
        QVERIFY(deleted.err.contains("deleted"));
        QVERIFY(deleted.err.contains("999999: failed"));
        QCOMPARE(deleted.exitCode, 6); // one done, one not found: a partial failure
        QCOMPARE(as(profile, secrets, {QStringLiteral("users"), QStringLiteral("get"), id}).exitCode, 4);
    }

    void apiKeysAreShownOnceOnStdout()
    {
        const CliRun created = as(QStringLiteral("neb"), "sandbox-admin",
                                  {QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name"),
                                   QStringLiteral("cli-key")});
        QCOMPARE(created.exitCode, 0);
        const QByteArray key = created.out.trimmed();
        QVERIFY(key.startsWith("ak_"));
        QCOMPARE(created.out.count('\n'), 1); // the key and nothing else
        const CliRun listed = as(QStringLiteral("neb"), "sandbox-admin",
                                 {QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--format"),
                                  QStringLiteral("json")});
        QVERIFY(!listed.out.contains(key));
        QString id;
        for (const QJsonValue& v : QJsonDocument::fromJson(listed.out).array()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("cli-key"))
                id = v.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!id.isEmpty());
        QCOMPARE(as(QStringLiteral("neb"), "sandbox-admin",
                    {QStringLiteral("keys"), QStringLiteral("revoke"), id, QStringLiteral("--yes")})
                     .exitCode,
                 0);
        // The audit log has every one of those actions, and no key material.
        const CliRun audit =
            cli({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(audit.out.contains("apikey.create"));
        QVERIFY(audit.out.contains("apikey.revoke"));
        QVERIFY(audit.out.contains("user.delete"));
        QVERIFY(!audit.out.contains(key));
    }

    void unsupportedIsItsOwnExitCode()
    {
        const CliRun r =
            as(QStringLiteral("lum"), "sandbox-admin", {QStringLiteral("users"), QStringLiteral("list")}, "");
        // Luminate also needs its API key: missing with no terminal is an authentication failure.
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(cli({QStringLiteral("nonsense")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("users"),
                      QStringLiteral("list")})
                     .exitCode,
                 2);
    }

    void syncThenOfflineWithTheServerStopped()
    {
        const CliRun sync = as(QStringLiteral("gk"), "sandbox-admin", {QStringLiteral("sync")});
        QCOMPARE(sync.exitCode, 0);
        QVERIFY(sync.err.contains("Synced"));
        m_sandbox.stop();
        const CliRun offline =
            cli({QStringLiteral("--profile"), QStringLiteral("gk"), QStringLiteral("--offline"),
                 QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--all"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(offline.exitCode, 0);
        QVERIFY(offline.err.contains("Offline"));
        QVERIFY(QJsonDocument::fromJson(offline.out).array().size() >= 150);
        // Writes need the server: refused with their own code.
        QCOMPARE(cli({QStringLiteral("--profile"), QStringLiteral("gk"), QStringLiteral("--offline"),
                      QStringLiteral("users"), QStringLiteral("delete"), QStringLiteral("x"),
                      QStringLiteral("--yes")})
                     .exitCode,
                 7);
        // And without --offline, an unreachable server is a network error.
        QCOMPARE(as(QStringLiteral("gk"), "sandbox-admin", {QStringLiteral("users"), QStringLiteral("list")})
                     .exitCode,
                 5);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"

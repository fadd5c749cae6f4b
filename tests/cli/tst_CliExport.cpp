// authdesk-cli export on a 3,000-user sandbox: with no option it writes every user, from the
// server page after page and offline from a synced cache, in every format; --limit N writes
// the first N; users list keeps its one page by default.

#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {

constexpr int seeded = 3000;
constexpr int everyone = seeded + 1; // and the admin

QJsonArray jsonRows(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out).array();
}

} // namespace

class tst_CliExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;

    CliRun as(const QStringList& args, const QByteArray& in = {})
    {
        return m_cli->runAs(QStringLiteral("gk"), args, in);
    }

    void everyUser(const QStringList& mode)
    {
        const CliRun json = as(mode + words({"export"}));
        QCOMPARE_RUN(json, 0);
        const QJsonArray rows = jsonRows(json);
        QCOMPARE(rows.size(), everyone);
        QSet<QString> ids;
        for (const QJsonValue& row : rows)
            ids.insert(row.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids.size(), everyone); // no page read twice, none skipped

        const CliRun csv = as(mode + words({"export", "--format", "csv"}));
        QCOMPARE_RUN(csv, 0);
        QVERIFY(csv.out.startsWith("id,username,email,name,roles,enabled,created,last_login\r\n"));
        QCOMPARE(csv.out.count("\r\n"), everyone + 1);

        const CliRun lines = as(mode + words({"export", "--format", "jsonl"}));
        QCOMPARE_RUN(lines, 0);
        QCOMPARE(lines.out.count('\n'), everyone);

        const CliRun some = as(mode + words({"export", "--limit", "250"}));
        QCOMPARE_RUN(some, 0);
        QCOMPARE(jsonRows(some).size(), 250);
        QCOMPARE(jsonRows(as(mode + words({"export", "--limit", "1"}))).size(), 1);
        QCOMPARE(jsonRows(as(mode + words({"export", "--all"}))).size(), everyone); // as scripts wrote it
        const CliRun zero = as(mode + words({"export", "--limit", "0"}));
        QCOMPARE_RUN(zero, 2);
        QVERIFY(zero.out.isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under scripts/test: it provides a D-Bus session with an unlocked keyring");
        m_cli = std::make_unique<CliRunner>(m_home.path());
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QString::number(seeded)}, 120000),
                 qPrintable(m_sandbox.errorString()));
        QCOMPARE_RUN(m_cli->addProfile(QStringLiteral("gk"), QStringLiteral("gatekeeper"),
                                       m_sandbox.apiUrl(QStringLiteral("gatekeeper")),
                                       QStringLiteral("admin")),
                     0);
        QCOMPARE_RUN(as(words({"--password-stdin", "login"}), "sandbox-admin\n"), 0);
    }

    void exportWritesEveryUserFromTheServer() { everyUser({}); }

    void exportWritesEveryUserFromTheCache()
    {
        QCOMPARE_RUN(as(words({"sync"})), 0);
        m_sandbox.stop(); // offline means the server is never asked
        everyUser(words({"--offline"}));
    }

    void usersListIsStillOnePageByDefault()
    {
        const CliRun listed = as(words({"--offline", "users", "list", "--format", "json"}));
        QCOMPARE_RUN(listed, 0);
        QCOMPARE(jsonRows(listed).size(), 100);
        QCOMPARE(jsonRows(as(words({"--offline", "users", "list", "--all", "--format", "json"}))).size(),
                 everyone);
    }
};

QTEST_GUILESS_MAIN(tst_CliExport)
#include "tst_CliExport.moc"

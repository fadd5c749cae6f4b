// `authdesk-cli review apply` against a live sandbox (Nebula: roles of any number): a review
// decided offline is applied on the server after a confirmation; a user changed on the server
// since the snapshot is a conflict, skipped until --include-changed; each change is in the audit
// log with the review's name, each outcome in the review's report, an applied decision can no
// longer change, and the review closes once every user is decided and applied.

#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {
const QByteArray secrets = "password=sandbox-admin\n";
} // namespace

class tst_CliReviewApply : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QString m_disable, m_removeStaff, m_delete, m_changed; // the users each decision is about

    CliRun as(const QStringList& args, const QByteArray& in = {}) { return m_cli->runAs(QStringLiteral("neb"), args, in); }
    CliRun online(const QStringList& args) { return as(QStringList{QStringLiteral("--secrets-stdin")} + args, secrets); }
    QJsonObject serverCopy(const QString& id, int* exitCode = nullptr)
    {
        const CliRun got = online({QStringLiteral("users"), QStringLiteral("get"), id, QStringLiteral("--format"),
                                   QStringLiteral("json")});
        if (exitCode)
            *exitCode = got.exitCode;
        const QJsonDocument doc = QJsonDocument::fromJson(got.out);
        return doc.isArray() ? doc.array().first().toObject() : doc.object();
    }
    QJsonObject reportRow(const QString& id)
    {
        const CliRun run = as(words({"--offline", "review", "report", "Q1", "--format", "json"}));
        for (const QJsonValue& row : QJsonDocument::fromJson(run.out).array()) {
            if (row[QStringLiteral("user_id")].toString() == id)
                return row.toObject();
        }
        return {};
    }
    void decide(const QString& id, const QString& decision, const QStringList& more = {})
    {
        QCOMPARE_RUN(as(QStringList{QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("Q1"), id,
                                    decision} +
                        more),
                     0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_cli = std::make_unique<CliRunner>(m_home.path());
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("40")}), qPrintable(m_sandbox.errorString()));
        QCOMPARE_RUN(m_cli->addProfile(QStringLiteral("neb"), QStringLiteral("nebula"),
                                       m_sandbox.apiUrl(QStringLiteral("nebula")), QStringLiteral("admin@nebula.test")),
                     0);
        QCOMPARE_RUN(online({QStringLiteral("sync")}), 0);
        const CliRun users = as(words({"--offline", "users", "list", "--all", "--format", "json"}));
        QCOMPARE_RUN(users, 0);
        QStringList plain;
        for (const QJsonValue& u : QJsonDocument::fromJson(users.out).array()) {
            const QString id = u[QStringLiteral("id")].toString();
            if (u[QStringLiteral("email")].toString() == QLatin1String("admin@nebula.test") ||
                u[QStringLiteral("enabled")].toString() != QLatin1String("true"))
                continue;
            if (m_removeStaff.isEmpty() && u[QStringLiteral("roles")].toString().split(u' ').contains(QStringLiteral("staff")))
                m_removeStaff = id;
            else
                plain << id;
        }
        QVERIFY2(!m_removeStaff.isEmpty() && plain.size() >= 3, "the seed has enabled staff and other users");
        m_disable = plain.at(0);
        m_delete = plain.at(1);
        m_changed = plain.at(2);
    }

    void aReviewDecidedOffline()
    {
        QCOMPARE_RUN(as(words({"review", "start", "--name", "Q1", "--reviewer", "dana"})), 0);
        decide(m_disable, QStringLiteral("disable"), {QStringLiteral("--comment"), QStringLiteral("left in June")});
        decide(m_removeStaff, QStringLiteral("remove-role"), {QStringLiteral("--role"), QStringLiteral("staff")});
        decide(m_delete, QStringLiteral("delete"));
        decide(m_changed, QStringLiteral("disable"));
        // Meanwhile someone changes one of them on the server; the next sync shows it.
        QCOMPARE_RUN(online({QStringLiteral("users"), QStringLiteral("update"), m_changed, QStringLiteral("--first-name"),
                             QStringLiteral("Renamed")}),
                     0);
        QCOMPARE_RUN(online({QStringLiteral("sync")}), 0);
        QCOMPARE(reportRow(m_changed)[QStringLiteral("server_copy")].toString(), QStringLiteral("changed"));
    }

    void nothingIsAppliedWithoutAConfirmation()
    {
        const CliRun refused = online(words({"review", "apply", "Q1"}));
        QCOMPARE_RUN(refused, 2);
        QVERIFY2(refused.err.contains("nothing applied"), refused.err.constData());
        QCOMPARE(serverCopy(m_disable)[QStringLiteral("enabled")].toString(), QStringLiteral("true"));
        QVERIFY(reportRow(m_disable)[QStringLiteral("applied")].toString().isEmpty());
    }

    void theDecisionsReachTheServer()
    {
        const CliRun applied = online(words({"review", "apply", "Q1", "--yes"}));
        QCOMPARE_RUN(applied, 0);
        QVERIFY2(applied.err.contains(QString(m_disable + QStringLiteral(": enabled → disabled")).toUtf8()),
                 applied.err.constData());
        QVERIFY(applied.err.contains("changed on the server since the review's snapshot"));
        QVERIFY(applied.err.contains("--include-changed"));

        QCOMPARE(serverCopy(m_disable)[QStringLiteral("enabled")].toString(), QStringLiteral("false"));
        QVERIFY(!serverCopy(m_removeStaff)[QStringLiteral("roles")].toString().split(u' ').contains(QStringLiteral("staff")));
        int gone = 0;
        serverCopy(m_delete, &gone);
        QCOMPARE(gone, 4); // not found: deleted
        QCOMPARE(serverCopy(m_changed)[QStringLiteral("enabled")].toString(), QStringLiteral("true")); // the conflict

        // The audit log names the review for each change, and only for them.
        const CliRun audit = as(words({"audit", "--format", "json"}));
        QCOMPARE_RUN(audit, 0);
        QStringList reviewed;
        for (const QJsonValue& e : QJsonDocument::fromJson(audit.out).array()) {
            if (e[QStringLiteral("review")].toString() == QLatin1String("Q1")) {
                QCOMPARE(e[QStringLiteral("outcome")].toString(), QStringLiteral("succeeded"));
                reviewed << e[QStringLiteral("target_id")].toString();
            } else {
                QVERIFY(e[QStringLiteral("review")].toString().isEmpty());
            }
        }
        reviewed.sort();
        QStringList expected{m_disable, m_removeStaff, m_delete};
        expected.sort();
        QCOMPARE(reviewed, expected);

        // The report says how each went; what is applied can no longer change.
        const QJsonObject disabled = reportRow(m_disable);
        QCOMPARE(disabled[QStringLiteral("applied")].toString(), QStringLiteral("done"));
        QVERIFY(!disabled[QStringLiteral("applied_at")].toString().isEmpty());
        QVERIFY(reportRow(m_changed)[QStringLiteral("applied")].toString().startsWith(QStringLiteral("skipped")));
        QVERIFY(reportRow(m_changed)[QStringLiteral("applied_at")].toString().isEmpty());
        const CliRun again = as({QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("Q1"), m_disable,
                                 QStringLiteral("keep")});
        QCOMPARE_RUN(again, 2);
        QVERIFY(again.err.contains("was applied on the server already"));
    }

    void theConflictWhenConfirmedAndTheReviewCloses()
    {
        // Every other user kept, from a decisions file, so that the review can close.
        const CliRun report = as(words({"--offline", "review", "report", "Q1", "--format", "json"}));
        QCOMPARE_RUN(report, 0);
        QByteArray file = "user_id,decision\n";
        for (const QJsonValue& row : QJsonDocument::fromJson(report.out).array()) {
            if (row[QStringLiteral("decision")].toString().isEmpty())
                file += row[QStringLiteral("user_id")].toString().toUtf8() + ",keep\n";
        }
        QFile decisions(m_home.filePath(QStringLiteral("keep.csv")));
        QVERIFY(decisions.open(QIODevice::WriteOnly));
        decisions.write(file);
        decisions.close();
        QCOMPARE_RUN(as({QStringLiteral("review"), QStringLiteral("import"), QStringLiteral("Q1"), decisions.fileName()}), 0);

        const CliRun confirmed = online(words({"review", "apply", "Q1", "--yes", "--include-changed"}));
        QCOMPARE_RUN(confirmed, 0);
        QCOMPARE(serverCopy(m_changed)[QStringLiteral("enabled")].toString(), QStringLiteral("false"));
        const CliRun list = as(words({"review", "list", "--format", "json"}));
        QVERIFY(!QJsonDocument::fromJson(list.out).array().first()[QStringLiteral("applied")].toString().isEmpty());
        const CliRun closed = online(words({"review", "apply", "Q1", "--yes"}));
        QCOMPARE_RUN(closed, 2);
        QVERIFY(closed.err.contains("was applied already"));
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_MAIN(tst_CliReviewApply)
#include "tst_CliReviewApply.moc"

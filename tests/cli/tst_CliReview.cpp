// `authdesk-cli review` on a synced sandbox, offline: a review of one role's users is a
// snapshot of exactly them; decisions are checked (a role the user lacks, an ask without a
// question) and counted; a decisions file is taken whole or refused with its line and reason,
// changing nothing; the report is the review's users with their decisions, and its own CSV
// imports back unchanged.

#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

class tst_CliReview : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QStringList m_admins; // ids of the cached admins, from the CLI's own offline listing

    CliRun as(const QStringList& args, const QByteArray& in = {})
    {
        return m_cli->runAs(QStringLiteral("gk"), args, in);
    }
    QJsonArray report(const QString& review)
    {
        const CliRun run = as({QStringLiteral("--offline"), QStringLiteral("review"), QStringLiteral("report"), review,
                               QStringLiteral("--format"), QStringLiteral("json")});
        return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).array() : QJsonArray();
    }
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_home.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_cli = std::make_unique<CliRunner>(m_home.path());
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("60")}), qPrintable(m_sandbox.errorString()));
        QCOMPARE_RUN(m_cli->addProfile(QStringLiteral("gk"), QStringLiteral("gatekeeper"),
                                       m_sandbox.apiUrl(QStringLiteral("gatekeeper")), QStringLiteral("admin")),
                     0);
        QCOMPARE_RUN(as(words({"--password-stdin", "sync"}), "sandbox-admin\n"), 0);
        const CliRun users = as(words({"--offline", "users", "list", "--all", "--format", "json"}));
        QCOMPARE_RUN(users, 0);
        for (const QJsonValue& u : QJsonDocument::fromJson(users.out).array()) {
            if (u[QStringLiteral("roles")].toString().split(u' ').contains(QStringLiteral("admin")))
                m_admins << u[QStringLiteral("id")].toString();
        }
        QVERIFY(m_admins.size() >= 3);
        m_sandbox.stop(); // everything below works from the cache alone
    }

    void startTakesASnapshotOfTheScope()
    {
        const CliRun started = as(words({"review", "start", "--name", "Q4 admins", "--reviewer", "dana", "--due",
                                         "2026-12-31", "--role", "admin"}));
        QCOMPARE_RUN(started, 0);
        QCOMPARE(started.out.trimmed(), QByteArray("1"));
        QVERIFY(started.err.contains(QByteArray(QByteArray::number(m_admins.size()) + " users to decide")));
        const QJsonArray rows = report(QStringLiteral("Q4 admins"));
        QCOMPARE(rows.size(), m_admins.size());
        for (const QJsonValue& row : rows) {
            QVERIFY(m_admins.contains(row[QStringLiteral("user_id")].toString()));
            QVERIFY(row[QStringLiteral("decision")].toString().isEmpty());
        }

        // Same name again, a bad date, no reviewer: refused.
        const CliRun again = as(words({"review", "start", "--name", "Q4 admins", "--reviewer", "dana"}));
        QVERIFY(again.exitCode != 0);
        QVERIFY(again.err.contains("already has a review named “Q4 admins”"));
        QCOMPARE_RUN(as(words({"review", "start", "--name", "x", "--reviewer", "dana", "--due", "31/12"})), 2);
        QCOMPARE_RUN(as(words({"review", "start", "--name", "x"})), 2);
        const CliRun list = as(words({"review", "list", "--format", "json"}));
        QCOMPARE_RUN(list, 0);
        const QJsonArray reviews = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.first()[QStringLiteral("scope")].toString(), QStringLiteral("role admin"));
        QCOMPARE(reviews.first()[QStringLiteral("open")].toString(), QString::number(m_admins.size()));
    }

    void decisionsAreCheckedAndCounted()
    {
        const CliRun kept = as({QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("Q4 admins"),
                                m_admins.at(0), QStringLiteral("keep"), QStringLiteral("--comment"),
                                QStringLiteral("on call")});
        QCOMPARE_RUN(kept, 0);
        QVERIFY2(kept.err.contains("kept: 1,"), kept.err.constData());
        QCOMPARE_RUN(as({QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("1"), m_admins.at(1),
                         QStringLiteral("remove-role"), QStringLiteral("--role"), QStringLiteral("admin"),
                         QStringLiteral("--reviewer"), QStringLiteral("lee")}),
                     0);
        const CliRun lacks = as({QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("1"),
                                 m_admins.at(2), QStringLiteral("remove-role"), QStringLiteral("--role"),
                                 QStringLiteral("developer")});
        QVERIFY(lacks.exitCode != 0);
        QVERIFY(lacks.err.contains("did not hold the role"));
        const CliRun question = as({QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("1"),
                                    m_admins.at(2), QStringLiteral("ask")});
        QVERIFY(question.exitCode != 0);
        QVERIFY(question.err.contains("needs a comment"));
        QCOMPARE_RUN(as({QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("1"), m_admins.at(2),
                         QStringLiteral("promote")}),
                     2);

        const QJsonArray rows = report(QStringLiteral("1"));
        int decided = 0;
        for (const QJsonValue& row : rows) {
            if (row[QStringLiteral("user_id")].toString() == m_admins.at(1)) {
                QCOMPARE(row[QStringLiteral("decision")].toString(), QStringLiteral("remove-role"));
                QCOMPARE(row[QStringLiteral("role")].toString(), QStringLiteral("admin"));
                QCOMPARE(row[QStringLiteral("decided_by")].toString(), QStringLiteral("lee"));
            }
            if (!row[QStringLiteral("decision")].toString().isEmpty())
                ++decided;
        }
        QCOMPARE(decided, 2);
    }

    void aDecisionsFileIsTakenWholeOrRefused()
    {
        const QByteArray good = "user_id,decision,role,comment\r\n" + m_admins.at(2).toUtf8() +
                                ",disable,,\"left, in June\"\r\n" + m_admins.at(3).toUtf8() + ",ask,,\"Still a \"\"contractor\"\"?\"\r\n";
        const QByteArray bad = "user_id,decision,role\n" + m_admins.at(4).toUtf8() + ",keep,\n" +
                               m_admins.at(5 % m_admins.size()).toUtf8() + ",remove-role,developer\n";
        const QJsonArray before = report(QStringLiteral("1"));
        const CliRun refused = as({QStringLiteral("review"), QStringLiteral("import"), QStringLiteral("1"),
                                   writeFile(QStringLiteral("bad.csv"), bad)});
        QCOMPARE_RUN(refused, 2);
        QVERIFY2(refused.err.contains("line 3") && refused.err.contains("Nothing was changed"), refused.err.constData());
        QCOMPARE(report(QStringLiteral("1")), before); // not even the good first row
        const CliRun unknown = as({QStringLiteral("review"), QStringLiteral("import"), QStringLiteral("1"),
                                   writeFile(QStringLiteral("unknown.csv"), "user_id,decision\nx,maybe\n")});
        QCOMPARE_RUN(unknown, 2);
        QVERIFY(unknown.err.contains("line 2") && unknown.err.contains("“maybe” is not a decision"));

        const CliRun imported = as({QStringLiteral("review"), QStringLiteral("import"), QStringLiteral("1"),
                                    writeFile(QStringLiteral("good.csv"), good)});
        QCOMPARE_RUN(imported, 0);
        QVERIFY2(imported.err.contains("2 decisions imported"), imported.err.constData());
        bool asked = false;
        for (const QJsonValue& row : report(QStringLiteral("1"))) {
            if (row[QStringLiteral("user_id")].toString() == m_admins.at(3)) {
                QCOMPARE(row[QStringLiteral("comment")].toString(), QStringLiteral("Still a \"contractor\"?"));
                QCOMPARE(row[QStringLiteral("decided_by")].toString(), QStringLiteral("dana")); // the review's
                asked = true;
            }
        }
        QVERIFY(asked);

        // The report's own CSV reads back as the same decisions.
        const CliRun csv = as(words({"review", "report", "1", "--format", "csv"}));
        QCOMPARE_RUN(csv, 0);
        QVERIFY(csv.err.contains("Made offline from the cache as of"));
        const QJsonArray decided = report(QStringLiteral("1"));
        QCOMPARE_RUN(as({QStringLiteral("review"), QStringLiteral("import"), QStringLiteral("1"),
                         writeFile(QStringLiteral("report.csv"), csv.out)}),
                     0);
        QJsonArray again = report(QStringLiteral("1"));
        for (qsizetype i = 0; i < decided.size(); ++i) {
            QJsonObject a = decided.at(i).toObject(), b = again.at(i).toObject();
            a.remove(QStringLiteral("decided_at"));
            b.remove(QStringLiteral("decided_at"));
            QCOMPARE(b, a);
        }
    }
};

QTEST_GUILESS_MAIN(tst_CliReview)
#include "tst_CliReview.moc"

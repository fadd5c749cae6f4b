// `authdesk-cli insights` on a synced sandbox: every figure equals a count made here
// with plain SQL over the sandbox's own database (its --db file), not through AuthDesk's cache;
// the figures come from the cache, so they are the same with the server gone; a profile
// never synced is told to sync first; a cache of an older schema is upgraded first, and one
// whose upgrade fails is left as it was, with the reason.

#include "CliRunner.h"
#include "OldCacheFile.h"
#include "SandboxProcess.h"
#include "cache/CacheUpgrade.h"
#include "values/Utc.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

class tst_CliInsights : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QSqlDatabase m_server; // the sandbox's own file
    QString m_disabledNow; // a user with sessions this test disables before the sync
    QString m_cacheFile;   // the profile's cache

    CliRun as(const QStringList& args, const QByteArray& in = {})
    {
        return m_cli->runAs(QStringLiteral("gk"), args, in);
    }
    qint64 serverCount(const QString& condition, const QVariantList& binds = {})
    {
        QSqlQuery q(m_server);
        q.prepare(QStringLiteral("SELECT count(*) FROM users u WHERE u.api = 'gatekeeper' AND ") + condition);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    // figure key → count (-1: none given) from `insights --format json`.
    static QHash<QString, qint64> figures(const QByteArray& json)
    {
        QHash<QString, qint64> result;
        for (const QJsonValue& row : QJsonDocument::fromJson(json).array()) {
            const QString count = row[QStringLiteral("count")].toString();
            result.insert(row[QStringLiteral("figure")].toString(), count.isEmpty() ? -1 : count.toLongLong());
        }
        return result;
    }

    void removeCache() const
    {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(m_cacheFile + QLatin1String(suffix));
        QVERIFY(!QFile::exists(m_cacheFile));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_cli = std::make_unique<CliRunner>(m_home.path());
        const QString file = m_home.filePath(QStringLiteral("sandbox.sqlite"));
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("300"), QStringLiteral("--db"), file}),
                 qPrintable(m_sandbox.errorString()));
        m_server = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sandbox"));
        m_server.setDatabaseName(file);
        m_server.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(m_server.open());
        const CliRun added = m_cli->addProfile(QStringLiteral("gk"), QStringLiteral("gatekeeper"),
                                               m_sandbox.apiUrl(QStringLiteral("gatekeeper")), QStringLiteral("admin"));
        QCOMPARE_RUN(added, 0);
        // <XDG_DATA_HOME>/<organisation>/<application>/cache/<profile id>.sqlite
        m_cacheFile = m_home.filePath(QStringLiteral("data/AuthDesk/AuthDesk/cache/%1.sqlite")
                                          .arg(QString::fromUtf8(added.out.trimmed())));
        QCOMPARE_RUN(as(words({"--password-stdin", "login"}), "sandbox-admin\n"), 0);
    }

    void olderCacheIsUpgradedFirst()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_cacheFile).absolutePath()));
        QString error;
        QVERIFY2(OldCacheFile::writeVersion2(m_cacheFile, 100, &error), qPrintable(error));
        {
            // One that cannot be upgraded (a column its step adds is there already) stays as it was.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(m_cacheFile);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("ALTER TABLE users ADD COLUMN attribute_text TEXT")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        const CliRun broken = as(words({"insights"}));
        QCOMPARE_RUN(broken, 4);
        QVERIFY2(broken.err.contains("cannot be upgraded") && broken.err.contains("attribute_text"),
                 broken.err.constData());
        QVERIFY(CacheUpgrade::isNeeded(m_cacheFile));

        removeCache();
        QVERIFY2(OldCacheFile::writeVersion2(m_cacheFile, 100, &error), qPrintable(error));
        const CliRun run = as(words({"--verbose", "insights", "--format", "json"}));
        QCOMPARE_RUN(run, 0);
        QVERIFY2(run.err.contains("was upgraded to this version's format"), run.err.constData());
        QVERIFY(!CacheUpgrade::isNeeded(m_cacheFile));
        QCOMPARE(figures(run.out).value(QStringLiteral("enabled")), 100); // its users, read after the upgrade
        removeCache();
    }

    void neverSyncedSaysToSyncFirst()
    {
        const CliRun run = as(words({"insights"}));
        QCOMPARE_RUN(run, 4);
        QVERIFY(run.err.contains("run 'authdesk-cli sync' first"));
        QVERIFY(run.out.isEmpty());
    }

    void figuresEqualTheSandboxsOwnCounts()
    {
        // Seeded disabled users hold no session: disable one that does. Gatekeeper ends a disabled
        // user's sessions, and the figure of disabled users still holding some must follow.
        QSqlQuery pick(m_server);
        QVERIFY(pick.exec(QStringLiteral(
                    "SELECT uid FROM users u WHERE api = 'gatekeeper' AND enabled = 1 AND role <> 'admin' AND "
                    "EXISTS (SELECT 1 FROM tokens t WHERE t.user_row = u.row AND t.revoked = 0) LIMIT 1")) &&
                pick.next());
        m_disabledNow = pick.value(0).toString();
        pick.finish();
        QCOMPARE_RUN(as({QStringLiteral("users"), QStringLiteral("update"), m_disabledNow,
                         QStringLiteral("--enabled"), QStringLiteral("false")}),
                     0);
        QCOMPARE_RUN(as(words({"sync"})), 0);

        // As of mid-2025, when the seeded people signed in (2024-2025): every span has someone.
        const CliRun run = as(words({"insights", "--format", "json", "--at", "2025-06-01"}));
        QCOMPARE_RUN(run, 0);
        const QHash<QString, qint64> shown = figures(run.out);
        const qint64 now = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Utc::zone).toSecsSinceEpoch();
        const auto daysAgo = [&](int days) { return now - qint64(days) * 86400; };
        const QString signedIn = QStringLiteral("coalesce(u.last_login_at, 0) > 0");

        QCOMPARE(shown.value(QStringLiteral("total")), serverCount(QStringLiteral("1")));
        QVERIFY(shown.value(QStringLiteral("total")) > 300);
        QCOMPARE(shown.value(QStringLiteral("enabled")), serverCount(QStringLiteral("u.enabled = 1")));
        QCOMPARE(shown.value(QStringLiteral("disabled")), serverCount(QStringLiteral("u.enabled = 0")));
        QCOMPARE(shown.value(QStringLiteral("neverSignedIn")), serverCount(QStringLiteral("NOT ") + signedIn));
        for (const int days : {30, 90, 365})
            QCOMPARE(shown.value(QStringLiteral("idle%1").arg(days)),
                     serverCount(signedIn + QStringLiteral(" AND u.last_login_at < ?"), {daysAgo(days)}));
        QVERIFY(shown.value(QStringLiteral("idle30")) > shown.value(QStringLiteral("idle90")));
        QVERIFY(shown.value(QStringLiteral("idle90")) > shown.value(QStringLiteral("idle365")));
        QVERIFY(shown.value(QStringLiteral("lastSignIn:31-90")) > 0);
        QCOMPARE(shown.value(QStringLiteral("admins")), serverCount(QStringLiteral("u.role = 'admin'")));
        const qint64 holding = serverCount(QStringLiteral(
            "u.enabled = 0 AND EXISTS (SELECT 1 FROM tokens t WHERE t.user_row = u.row AND t.revoked = 0 "
            "AND t.expires_at >= ?)"), {now});
        QCOMPARE(shown.value(QStringLiteral("disabledWithAccess")), holding);
        QCOMPARE(serverCount(QStringLiteral("u.uid = ? AND u.enabled = 0"), {m_disabledNow}), 1);
        for (const char* role : {"admin", "developer", "customer"})
            QCOMPARE(shown.value(QStringLiteral("role:") + QLatin1String(role)),
                     serverCount(QStringLiteral("u.role = ?"), {QString::fromLatin1(role)}));

        QSqlQuery months(m_server);
        QVERIFY(months.exec(QStringLiteral("SELECT strftime('%Y-%m', created_at, 'unixepoch'), count(*) FROM users "
                                           "WHERE api = 'gatekeeper' GROUP BY 1")));
        int monthsSeen = 0;
        while (months.next()) {
            QCOMPARE(shown.value(QStringLiteral("created:") + months.value(0).toString()), months.value(1).toLongLong());
            ++monthsSeen;
        }
        QVERIFY(monthsSeen >= 20);
        qint64 spread = 0;
        for (auto it = shown.begin(); it != shown.end(); ++it) {
            if (it.key().startsWith(QLatin1String("lastSignIn:")))
                spread += it.value();
        }
        QCOMPARE(spread, shown.value(QStringLiteral("total")));

        // The table says the same, with the cache's date on stderr.
        const CliRun table = as(words({"insights"}));
        QCOMPARE_RUN(table, 0);
        QVERIFY(table.out.startsWith("GROUP"));
        QVERIFY(table.out.contains("No sign-in for 90 days"));
        QVERIFY(table.err.contains("data as of"));
    }

    // A figure's users on the command line: `users list --offline` with --role (any of those
    // given) and --enabled lists the cached users the Overview counts, each checked against the
    // sandbox's own file. Against the server these are refused rather than ignored, and so is a
    // field of `users create`: a list meant to be the admins must never print everyone.
    void usersListSelectsTheCachedUsersByRoleAndState()
    {
        const auto listed = [this](const QStringList& filters) {
            const CliRun run = as(words({"--offline", "users", "list", "--all", "--format", "json"}) + filters);
            QHash<QString, QJsonObject> byId;
            const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
            for (const QJsonValue& row : rows)
                byId.insert(row[QStringLiteral("id")].toString(), row.toObject());
            if (run.exitCode != 0 || byId.size() != rows.size()) // failed, or a user printed twice
                byId.insert(QStringLiteral("exit %1, %2 rows").arg(run.exitCode).arg(rows.size()), {});
            return byId;
        };
        const QHash<QString, QJsonObject> admins = listed(words({"--role", "admin"}));
        QVERIFY(admins.size() > 1);
        QCOMPARE(admins.size(), serverCount(QStringLiteral("u.role = 'admin'")));
        for (const QJsonObject& row : admins)
            QVERIFY2(row[QStringLiteral("roles")].toString().split(QLatin1Char(' ')).contains(QStringLiteral("admin")),
                     qPrintable(row[QStringLiteral("username")].toString()));
        const QHash<QString, QJsonObject> disabledDevelopers =
            listed(words({"--role", "developer", "--enabled", "false"}));
        QVERIFY(!disabledDevelopers.isEmpty());
        QCOMPARE(disabledDevelopers.size(), serverCount(QStringLiteral("u.role = 'developer' AND u.enabled = 0")));
        for (const QJsonObject& row : disabledDevelopers)
            QCOMPARE(row[QStringLiteral("enabled")].toString(), QStringLiteral("false"));
        QCOMPARE(listed(words({"--role", "admin", "--role", "customer"})).size(),
                 serverCount(QStringLiteral("u.role IN ('admin', 'customer')")));
        const QHash<QString, QJsonObject> enabled = listed(words({"--enabled", "true"}));
        QCOMPARE(enabled.size(), serverCount(QStringLiteral("u.enabled = 1")));
        for (const QJsonObject& row : enabled)
            QCOMPARE(row[QStringLiteral("enabled")].toString(), QStringLiteral("true"));
        QCOMPARE(listed({}).size(), serverCount(QStringLiteral("1")));

        const CliRun online = as(words({"users", "list", "--role", "admin"}));
        QCOMPARE_RUN(online, 2);
        QVERIFY2(online.err.contains("--offline"), online.err.constData());
        QVERIFY(online.out.isEmpty());
        const CliRun field = as(words({"--offline", "users", "list", "--email", "someone@example.test"}));
        QCOMPARE_RUN(field, 2);
        QVERIFY2(field.err.contains("does not take --email"), field.err.constData());
        QCOMPARE_RUN(as(words({"--offline", "users", "list", "--enabled", "maybe"})), 2);
        const CliRun misspelt = as(words({"--offline", "users", "list", "--role", "admn", "--format", "json"}));
        QCOMPARE_RUN(misspelt, 0);
        QVERIFY2(misspelt.err.contains("No cached user holds the role “admn”."), misspelt.err.constData());
        QCOMPARE(QJsonDocument::fromJson(misspelt.out).array().size(), 0);
        QVERIFY(!as(words({"--offline", "users", "list", "--role", "admin"})).err.contains("holds the role"));
        // A misspelt state is refused before anything is asked of the server: the user stays
        // disabled (it once came out enabled).
        const CliRun typo = as({QStringLiteral("users"), QStringLiteral("update"), m_disabledNow,
                                QStringLiteral("--enabled"), QStringLiteral("flase")});
        QCOMPARE_RUN(typo, 2);
        QVERIFY2(typo.err.contains("--enabled takes true or false"), typo.err.constData());
        QCOMPARE(serverCount(QStringLiteral("u.uid = ? AND u.enabled = 0"), {m_disabledNow}), 1);
        QCOMPARE_RUN(as(words({"--offline", "users", "list", "--limit", "ten"})), 2);
        // The server is asked for 1,000 at most a page: a larger --limit says so.
        const CliRun large = as(words({"users", "list", "--limit", "5000", "--format", "json"}));
        QCOMPARE_RUN(large, 0);
        QVERIFY2(large.err.contains("--limit 5000 lists the first 1000"), large.err.constData());
        QCOMPARE(QJsonDocument::fromJson(large.out).array().size(), serverCount(QStringLiteral("1")));
        QVERIFY(!as(words({"users", "list", "--limit", "5000", "--all"})).err.contains("lists the first"));
        QCOMPARE(QJsonDocument::fromJson(as(words({"--offline", "users", "list", "--limit", "7", "--format", "json"})).out)
                     .array()
                     .size(),
                 7);
        const CliRun unset = as(words({"--offline", "users", "list", "--role", ""}));
        QCOMPARE_RUN(unset, 2);
        QVERIFY(unset.out.isEmpty());
    }

    // The figures are the cache's: the same with the server gone.
    void sameFiguresWithTheServerGone()
    {
        const QByteArray online = as(words({"insights", "--format", "csv", "--at", "2026-01-01T12:00Z"})).out;
        m_sandbox.stop();
        const CliRun offline = as(words({"--offline", "insights", "--format", "csv", "--at", "2026-01-01T12:00Z"}));
        QCOMPARE_RUN(as(words({"insights", "--at", "soon"})), 2);
        QCOMPARE_RUN(offline, 0);
        QCOMPARE(offline.out, online);
        QVERIFY(online.count('\n') > 30);
    }
};

QTEST_GUILESS_MAIN(tst_CliInsights)
#include "tst_CliInsights.moc"

// A sync killed half-way: a child process syncing a profile's cache from
// a real authdesk-sandbox on 127.0.0.1 is killed with SIGKILL after it has stored pages, and the
// cache it leaves behind must open, pass PRAGMA integrity_check, and hold exactly the previous
// complete copy — every row of every table as the first sync stored it — until the next sync
// completes and equals the server's list again. A cancelled sync through ProfileCache and a
// real Connection leaves the previous copy the same way.
//
// The child is authdesk-test-sync-child (SyncChild.cpp): Connection + SyncJob as
// `authdesk-cli sync` runs them, saying "staged <pages> <users>" after every page, so the kill
// lands mid-way for certain rather than after a guessed delay. Children reach the sandbox
// through a TcpRelay, which keeps the server side of a killed child's connections open:
// authdesk-sandbox --latency itself crashes when a client vanishes before a delayed answer.

#include "Await.h"
#include "SandboxProcess.h"
#include "TcpRelay.h"
#include "cache/CacheDatabase.h"
#include "cache/CachedUserSource.h"
#include "cache/ProfileCache.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <csignal>
#include <memory>
#include <optional>
#include <sys/types.h>

namespace {

constexpr int seededUsers = 3000;
constexpr int childPageSize = 100;
const QString adminPassword = QStringLiteral("sandbox-admin");

QList<User> sortedById(QList<User> users)
{
    std::sort(users.begin(), users.end(), [](const User& a, const User& b) { return a.id < b.id; });
    return users;
}

QStringList idsOf(const QList<User>& users)
{
    QStringList ids;
    for (const User& u : users)
        ids << u.id;
    return ids;
}

// Every row of every table of the cache file, each row as one comparable line (type and value
// of each column, blobs in hex), sorted: two dumps are equal only if the files hold the same data.
using Dump = QMap<QString, QList<QByteArray>>;

Dump dumpCache(const QString& path, QString* error)
{
    Dump dump;
    CacheDatabase db;
    if (!db.open(path, CacheDatabase::Access::ReadOnly)) {
        *error = db.errorString();
        return dump;
    }
    QSqlQuery tables(db.database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    tables.finish();
    for (const QString& name : std::as_const(names)) {
        QSqlQuery rows(db.database());
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name))) {
            *error = name + QStringLiteral(": cannot be read");
            return dump;
        }
        QList<QByteArray>& lines = dump[name];
        while (rows.next()) {
            QByteArray line;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant value = rows.value(i);
                line += QByteArray(value.typeName() ? value.typeName() : "null") + ':' +
                        (value.typeId() == QMetaType::QByteArray ? value.toByteArray().toHex()
                                                                 : value.toString().toUtf8()) +
                        '\x1f';
            }
            lines << line;
        }
        std::sort(lines.begin(), lines.end());
    }
    return dump;
}

// Which tables differ, and how, for a failure message.
QString differences(const Dump& before, const Dump& after)
{
    QStringList out;
    QStringList names = before.keys() + after.keys();
    names.removeDuplicates();
    for (const QString& name : std::as_const(names)) {
        if (before.value(name) != after.value(name))
            out << QStringLiteral("%1: %2 rows before, %3 after")
                       .arg(name)
                       .arg(before.value(name).size())
                       .arg(after.value(name).size());
    }
    return out.join(QStringLiteral("; "));
}

QList<User> cachedUsers(const QString& path, CacheFilter::Deleted deleted = CacheFilter::Deleted::Exclude)
{
    CachedUserSource source;
    if (!source.openFile(path, CachedUserSource::Freshness::Cached))
        return {};
    UserQuery all;
    all.limit = 1000000;
    all.sortField = QStringLiteral("id");
    CacheFilter filter;
    filter.deleted = deleted;
    QList<User> users;
    for (const CachedUser& row : source.rows(all, filter))
        users << row.user;
    return sortedById(users);
}

// The child process, and what it said so far.
class SyncChild
{
public:
    bool start(const Profile& profile)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            m_pending += m_process.readAllStandardOutput();
            qsizetype end;
            while ((end = m_pending.indexOf('\n')) >= 0) {
                lines << QString::fromUtf8(m_pending.left(end));
                m_pending.remove(0, end + 1);
            }
        });
        // The environment is this test's own: the same private HOME and XDG folders.
        m_process.start(QStringLiteral(SYNC_CHILD_PATH),
                        {QStringLiteral("--profile-id"), profile.id, QStringLiteral("--url"),
                         profile.baseUrl.toString(), QStringLiteral("--dialect"), profile.dialect,
                         QStringLiteral("--identity"), profile.identity, QStringLiteral("--page-size"),
                         QString::number(childPageSize)});
        if (!m_process.waitForStarted(10000))
            return false;
        m_process.write(QStringLiteral("password=%1\n").arg(adminPassword).toUtf8());
        m_process.closeWriteChannel();
        return true;
    }

    // Pages the child has reported as stored in staging.
    int stagedPages() const
    {
        int pages = 0;
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("staged ")))
                pages = line.section(QLatin1Char(' '), 1, 1).toInt();
        }
        return pages;
    }
    bool said(const QString& prefix) const
    {
        return std::any_of(lines.cbegin(), lines.cend(),
                           [&](const QString& l) { return l.startsWith(prefix); });
    }
    bool waitForExit(int timeoutMs)
    {
        return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    }
    void killHard()
    {
        // SIGKILL: no handler runs, no destructor, no SQLite close — as a crash or `kill -9`.
        ::kill(pid_t(m_process.processId()), SIGKILL);
    }
    QProcess& process() { return m_process; }
    QString diagnostics()
    {
        m_stderr += m_process.readAllStandardError();
        return lines.join(QLatin1Char('|')) + QStringLiteral(" stderr: ") + QString::fromLocal8Bit(m_stderr);
    }

    QStringList lines;

private:
    QProcess m_process;
    QByteArray m_pending;
    QByteArray m_stderr;
};

} // namespace

class tst_SyncCrashSafety : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    TcpRelay m_relay; // destroyed before the sandbox stops
    Profile m_profile;
    QString m_cachePath;
    Profile m_childProfile;              // the same profile, reached through the relay
    std::unique_ptr<Connection> m_admin; // this test's own: changes users and reads the server's list
    int m_nextUser = 0;

    QList<User> serverUsers()
    {
        QList<User> all;
        UserQuery page;
        page.limit = 1000;
        for (;;) {
            const Result<UserPage> r = awaitIn<UserPage>(
                [&](QObject* context, auto done) { m_admin->listUsers(page, context, std::move(done)); });
            if (!r.ok()) {
                qWarning("listing the server's users failed: %s", qPrintable(r.error().message));
                return {};
            }
            all += r.value().users;
            page.offset += r.value().users.size();
            if (!r.value().hasMore || r.value().users.isEmpty())
                break;
        }
        return sortedById(all);
    }

    // Adds, removes and changes users on the server; returns false with a message on failure.
    bool changeServer(int count, QStringList* added, QStringList* removed, QStringList* changed,
                      QString* error)
    {
        for (int i = 0; i < count; ++i) {
            UserEdit edit;
            const QString name = QStringLiteral("crash-added-%1").arg(++m_nextUser);
            edit.user.username = name;
            edit.user.email = name + QStringLiteral("@example.test");
            edit.user.firstName = QStringLiteral("Added");
            edit.user.lastName = QString::number(m_nextUser);
            edit.user.roles = {QStringLiteral("customer")};
            edit.password = QStringLiteral("new-user-password-%1").arg(m_nextUser);
            const Result<User> r = awaitIn<User>(
                [&](QObject* context, auto done) { m_admin->createUser(edit, context, std::move(done)); });
            if (!r.ok()) {
                *error = QStringLiteral("create: ") + r.error().message;
                return false;
            }
            *added << r.value().id;
        }
        const QList<User> now = serverUsers();
        // Seeded users only (never the admin the syncs sign in as), spread over the whole list.
        QList<User> seeded;
        for (const User& u : now) {
            if (u.username != QLatin1String("admin") && !u.username.startsWith(QLatin1String("crash-added-")))
                seeded << u;
        }
        if (seeded.size() < 4 * count) {
            *error = QStringLiteral("not enough seeded users");
            return false;
        }
        const qsizetype stride = seeded.size() / (2 * count);
        for (int i = 0; i < count; ++i) {
            const User victim = seeded.at(stride * (2 * i));
            const Result<Done> gone = awaitIn<Done>(
                [&](QObject* context, auto done) { m_admin->deleteUser(victim, context, std::move(done)); });
            if (!gone.ok()) {
                *error = QStringLiteral("delete: ") + gone.error().message;
                return false;
            }
            *removed << victim.id;

            const User before = seeded.at(stride * (2 * i + 1));
            UserEdit after;
            after.user = before;
            after.user.lastName = before.lastName + QStringLiteral(" (changed %1)").arg(m_nextUser);
            after.user.roles = {before.roles.value(0) == QLatin1String("developer")
                                    ? QStringLiteral("customer")
                                    : QStringLiteral("developer")};
            const Result<User> edited = awaitIn<User>([&](QObject* context, auto done) {
                m_admin->updateUser(before, after, context, std::move(done));
            });
            if (!edited.ok()) {
                *error = QStringLiteral("update: ") + edited.error().message;
                return false;
            }
            *changed << before.id;
        }
        return true;
    }

    // The cache's present users equal the server's, id for id and field for field.
    static void compareWithServer(const QList<User>& cached, const QList<User>& server)
    {
        QVERIFY(!server.isEmpty());
        QCOMPARE(idsOf(cached), idsOf(server));
        for (qsizetype i = 0; i < server.size(); ++i)
            QVERIFY2(
                cached.at(i) == server.at(i),
                qPrintable(QStringLiteral("user %1 differs from the server's copy").arg(server.at(i).id)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The test and its children use private folders only, never the real HOME.
        for (const char* var :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(var, m_home.filePath(QString::fromLatin1(var).toLower()).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("AuthDesk"));

        // Latency makes each page take a while, so a sync is mid-way for long enough to be
        // killed there; some thousands of users make it a few dozen pages.
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QString::number(seededUsers),
                                  QStringLiteral("--latency"), QStringLiteral("40")}),
                 qPrintable(m_sandbox.errorString()));

        m_profile.id = QStringLiteral("crash-safety-gatekeeper");
        m_profile.name = QStringLiteral("Crash safety");
        m_profile.baseUrl = m_sandbox.apiUrl(QStringLiteral("gatekeeper"));
        m_profile.dialect = QStringLiteral("gatekeeper");
        m_profile.identity = QStringLiteral("admin");
        m_profile.timeoutSeconds = 20;
        m_cachePath = CacheDatabase::pathForProfile(m_profile.id);
        QVERIFY(m_relay.start(m_sandbox.rootUrl()));
        m_childProfile = m_profile;
        m_childProfile.baseUrl = m_relay.relayed(m_profile.baseUrl);
        QVERIFY(m_cachePath.startsWith(m_home.path()));

        m_admin =
            std::make_unique<Connection>(m_profile, DialectRegistry::create(m_profile.dialect), nullptr);
        QSignalSpy signedIn(m_admin.get(), &Connection::signedIn);
        m_admin->signIn({{QStringLiteral("password"), adminPassword}});
        QVERIFY(signedIn.wait(20000));
    }

    void killedSyncLeavesThePreviousCompleteCopy()
    {
        // 1. A first complete sync, in a child process.
        SyncChild first;
        QVERIFY(first.start(m_childProfile));
        QVERIFY2(first.waitForExit(120000), qPrintable(first.diagnostics()));
        QCOMPARE(first.process().exitStatus(), QProcess::NormalExit);
        QVERIFY2(first.process().exitCode() == 0, qPrintable(first.diagnostics()));
        QVERIFY(first.said(QStringLiteral("completed ")));
        const QList<User> serverAtFirst = serverUsers();
        QCOMPARE(serverAtFirst.size(), seededUsers + 1); // the seeded users and the admin
        compareWithServer(cachedUsers(m_cachePath), serverAtFirst);
        if (QTest::currentTestFailed())
            return;

        QString error;
        const Dump firstCopy = dumpCache(m_cachePath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(firstCopy.value(QStringLiteral("syncs")).size(), 1);
        const QList<User> firstUsers = cachedUsers(m_cachePath, CacheFilter::Deleted::Include);

        // 2. The server changes: users added, removed and changed.
        QStringList added, removed, changed;
        QVERIFY2(changeServer(5, &added, &removed, &changed, &error), qPrintable(error));

        // 3. A second sync, killed with SIGKILL once it has stored a few pages.
        SyncChild second;
        QVERIFY(second.start(m_childProfile));
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return second.stagedPages() >= 3 || second.process().state() != QProcess::Running; },
                60000),
            qPrintable(second.diagnostics()));
        QVERIFY2(second.process().state() == QProcess::Running, qPrintable(second.diagnostics()));
        second.killHard();
        QVERIFY(second.waitForExit(10000));
        QCOMPARE(second.process().exitStatus(), QProcess::CrashExit);
        const int pagesInAll = (seededUsers + 1 + childPageSize - 1) / childPageSize;
        QVERIFY2(second.stagedPages() >= 3 && second.stagedPages() < pagesInAll,
                 qPrintable(second.diagnostics()));
        QVERIFY2(!second.said(QStringLiteral("completed")), qPrintable(second.diagnostics()));
        QVERIFY(m_relay.connections() > 0); // the children really went through the relay

        // 4. The cache as the kill left it: it opens as the next start opens it (read-write),
        //    is clean, and holds the first sync's copy row for row.
        {
            CacheDatabase reopened;
            QVERIFY2(reopened.open(m_cachePath, CacheDatabase::Access::ReadWrite),
                     qPrintable(reopened.errorString()));
            QCOMPARE(reopened.integrityCheck(), QStringLiteral("ok"));
        }
        const Dump afterKill = dumpCache(m_cachePath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(afterKill == firstCopy, qPrintable(differences(firstCopy, afterKill)));
        QCOMPARE(cachedUsers(m_cachePath, CacheFilter::Deleted::Include), firstUsers);
        {
            CachedUserSource source;
            QVERIFY(source.openFile(m_cachePath, CachedUserSource::Freshness::Offline));
            QVERIFY(source.asOf().isValid()); // still a complete copy worth showing
            QCOMPARE(source.syncs().value().size(), 1);
            QVERIFY(source.recentChanges().value().isEmpty()); // no history from the half-done sync
            for (const QString& id : std::as_const(added))
                QVERIFY(!source.user(id).has_value());
            for (const QString& id : std::as_const(removed)) {
                QVERIFY(source.user(id).has_value());
                QVERIFY(!source.user(id)->isDeletedOnServer());
            }
        }

        // 5. The next sync completes and equals the server's list.
        SyncChild third;
        QVERIFY(third.start(m_childProfile));
        QVERIFY2(third.waitForExit(120000), qPrintable(third.diagnostics()));
        QVERIFY2(third.process().exitStatus() == QProcess::NormalExit && third.process().exitCode() == 0,
                 qPrintable(third.diagnostics()));
        const QList<User> serverNow = serverUsers();
        QCOMPARE(serverNow.size(), seededUsers + 1 + added.size() - removed.size());
        compareWithServer(cachedUsers(m_cachePath), serverNow);
        if (QTest::currentTestFailed())
            return;
        CachedUserSource source;
        QVERIFY(source.openFile(m_cachePath));
        QCOMPARE(source.database().integrityCheck(), QStringLiteral("ok"));
        const SyncRecord last = source.lastFullSync();
        QCOMPARE(source.syncs().value().size(), 2); // the killed sync left no record
        QCOMPARE(last.added, added.size());
        QCOMPARE(last.deleted, removed.size());
        QVERIFY(last.changed >= changed.size());
        for (const QString& id : std::as_const(removed)) {
            QVERIFY(source.user(id).has_value());
            QVERIFY(source.user(id)->isDeletedOnServer()); // kept, marked, not forgotten
        }
        for (const QString& id : std::as_const(changed)) {
            const QList<UserChange> history = source.history(id).value();
            for (const QString& field : {QStringLiteral("role"), QStringLiteral("lastName")})
                QVERIFY2(std::any_of(history.cbegin(), history.cend(),
                                     [&](const UserChange& c) { return c.field == field; }),
                         qPrintable(id + QLatin1Char(' ') + field));
        }
    }

    void cancelledSyncThroughConnectionLeavesThePreviousCopy()
    {
        QString error;
        QStringList added, removed, changed;
        QVERIFY2(changeServer(3, &added, &removed, &changed, &error), qPrintable(error));
        const Dump before = dumpCache(m_cachePath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!before.value(QStringLiteral("users")).isEmpty());

        // The console's own path: ProfileCache over the signed-in Connection, cancelled once
        // two pages (of 500 users each) have arrived.
        ProfileCache cache(m_profile);
        QVERIFY2(cache.open(), qPrintable(cache.errorString()));
        cache.setConnection(m_admin.get());
        const QList<User> shownBefore = cachedUsers(m_cachePath, CacheFilter::Deleted::Include);
        int pagesWhenCancelled = -1;
        connect(&cache, &ProfileCache::syncProgress, this, [&](const SyncProgress& p) {
            if (pagesWhenCancelled < 0 && p.phase == SyncProgress::Phase::Users && p.pages >= 2) {
                pagesWhenCancelled = p.pages;
                cache.cancelSync();
            }
        });
        QSignalSpy finished(&cache, &ProfileCache::syncFinished);
        cache.sync();
        QVERIFY(cache.isSyncing());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<SyncResult>().outcome, SyncResult::Outcome::Cancelled);
        QVERIFY(pagesWhenCancelled >= 2 && pagesWhenCancelled < (seededUsers + 500 - 1) / 500);
        QVERIFY(!cache.isSyncing());

        QCOMPARE(cache.source()->database().integrityCheck(), QStringLiteral("ok"));
        const Dump afterCancel = dumpCache(m_cachePath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(afterCancel == before, qPrintable(differences(before, afterCancel)));
        QCOMPARE(cachedUsers(m_cachePath, CacheFilter::Deleted::Include), shownBefore);
        for (const QString& id : std::as_const(added))
            QVERIFY(!cache.source()->user(id).has_value());

        // And the same ProfileCache syncs to completion afterwards.
        disconnect(&cache, &ProfileCache::syncProgress, this, nullptr);
        finished.clear();
        cache.sync();
        QVERIFY(finished.wait(60000));
        const SyncResult result = finished.first().first().value<SyncResult>();
        QVERIFY2(result.completed(), qPrintable(result.error.message));
        QCOMPARE(result.record.added, added.size());
        QCOMPARE(result.record.deleted, removed.size());
        compareWithServer(cachedUsers(m_cachePath), serverUsers());
    }
};

QTEST_GUILESS_MAIN(tst_SyncCrashSafety)
#include "tst_SyncCrashSafety.moc"

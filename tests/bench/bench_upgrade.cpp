// Benchmark: a cache of N users (default 1,000,000) as AuthDesk 2 wrote it (schema 2), upgraded
// to the current schema on copies of one file, three ways:
//  - in the foreground: CacheSchema::migrate on this thread, as the console did before (its
//    window frozen throughout), the floor the others are set against;
//  - in the background: CacheUpgrade, as the console does now, with the longest stall of this
//    thread (a 10 ms timer's longest gap) and the progress it reported;
//  - cancelled half-way: how long Cancel takes to end it, and the file afterwards;
//  - and a current file sorted again after the system's language changed (its sort keys).
// Prints figures and ratios; never fails on slowness, only on a wrong result.
//
//   bench_upgrade [--users N] [--cache FILE] [--keep]
//   bench_upgrade --from OLD
// FILE is a current cache (built if missing, as bench_cache_read builds it); the schema-2 file is
// made from its rows beside it, and left there with --keep (to try the console or the CLI on it).
// OLD is a cache an earlier AuthDesk wrote (of any schema): a copy of it beside it is upgraded in
// the background, timed, and removed.

#include "BenchSupport.h"
#include "cache/CacheSchema.h"
#include "cache/CacheUpgrade.h"
#include "storage/LocaleCollation.h"
#include "storage/SqliteConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

namespace {

bool fail(const QString& what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return false;
}

// The rows of the current cache at `from`, written into a new schema-2 file at `to` the way
// AuthDesk 2 kept them: its own FTS index (positions, attribute keys, rowid = user_key).
bool writeVersion2(const QString& from, const QString& to)
{
    SqliteConnection connection;
    if (!connection.open(to, SqliteConnection::Access::ReadWrite, 10000))
        return fail(connection.errorString());
    QSqlDatabase db = connection.database();
    QString error;
    if (!CacheSchema::migrateTo(db, 2, &error))
        return fail(error);
    QSqlQuery query(db);
    QStringList dropTriggers;
    QStringList triggers;
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'")))
        return fail(query.lastError().text());
    while (query.next()) {
        dropTriggers << QStringLiteral("DROP TRIGGER ") + query.value(0).toString();
        triggers << query.value(1).toString();
    }
    query.finish();
    const QString columns = QStringLiteral(
        "user_key, id, username, email, first_name, last_name, name, roles, enabled, created_at, last_login_at, "
        "attributes, actions, fingerprint, first_seen_at, last_seen_at, deleted_at");
    if (!query.prepare(QStringLiteral("ATTACH DATABASE ? AS current")))
        return fail(query.lastError().text());
    query.addBindValue(from);
    if (!query.exec())
        return fail(query.lastError().text());
    // Rows first and the FTS index built once at the end, as version 2's own upgrade did.
    QStringList statements = dropTriggers;
    statements << QStringLiteral("BEGIN")
               << QStringLiteral("INSERT INTO users (%1) SELECT %1 FROM current.users").arg(columns)
               << QStringLiteral("INSERT INTO user_roles (user_key, role, last_seen_at) SELECT r.user_key, r.role, "
                              "u.last_seen_at FROM current.user_roles r JOIN current.users u USING (user_key)")
               << QStringLiteral("INSERT INTO syncs SELECT * FROM current.syncs")
               << QStringLiteral("INSERT INTO cache_info SELECT * FROM current.cache_info")
               << QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('rebuild')") << triggers
               << QStringLiteral("COMMIT") << QStringLiteral("DETACH DATABASE current");
    if (!CacheSchema::run(db, statements, &error))
        return fail(error);
    return true;
}

QString versionAndUsers(const QString& path)
{
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Access::ReadOnly, 10000))
        return connection.errorString();
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM users")) || !query.next())
        return query.lastError().text();
    return QStringLiteral("schema %1, %2 users")
        .arg(CacheSchema::version(connection.database()))
        .arg(query.value(0).toLongLong());
}

// The rules the file's sort keys were made with.
QString collationOf(const QString& path)
{
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Access::ReadOnly, 10000))
        return connection.errorString();
    return CacheSchema::collation(connection.database());
}

// A SQLite file and what its connections leave beside it.
void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// A fresh copy of the schema-2 file to upgrade (the source's WAL is empty: its writer closed).
bool copyOf(const QString& source, const QString& copy)
{
    removeDatabase(copy);
    return QFile::copy(source, copy) || fail(QStringLiteral("cannot copy %1 to %2").arg(source, copy));
}

struct BackgroundRun
{
    CacheUpgrade::Outcome outcome = CacheUpgrade::Outcome::Failed;
    QString error;
    double totalMs = 0;
    double longestStallMs = 0; // of this thread, while the upgrade ran
    int progressSignals = 0;
    double cancelToEndMs = -1;
    QList<QPair<double, int>> bar; // each progress signal's time (ms) and percent

    // The bar at a quarter, half and three quarters of the time: an even bar reads about 25,
    // 50 and 75.
    QString barOverTime() const
    {
        QStringList shown;
        for (const double share : {0.25, 0.5, 0.75}) {
            int percent = -1;
            for (const auto& [ms, value] : bar) {
                if (ms <= share * totalMs)
                    percent = value;
            }
            shown << QStringLiteral("%1 %").arg(percent);
        }
        return shown.join(QStringLiteral(", "));
    }
};

// Runs CacheUpgrade on `path`, cancelling it after `cancelAfterMs` when that is not negative.
BackgroundRun runInBackground(const QString& path, qint64 cancelAfterMs)
{
    BackgroundRun run;
    CacheUpgrade upgrade;
    QEventLoop loop;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    QElapsedTimer sinceCancel;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        run.longestStallMs = qMax(run.longestStallMs, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });
    QObject::connect(&upgrade, &CacheUpgrade::progressed, [&](const UpgradeProgress& progress) {
        ++run.progressSignals;
        run.bar.append({clock.nsecsElapsed() / 1e6, progress.percent()});
    });
    QObject::connect(&upgrade, &CacheUpgrade::finished, [&](CacheUpgrade::Outcome outcome, const QString& error) {
        run.outcome = outcome;
        run.error = error;
        run.totalMs = clock.nsecsElapsed() / 1e6;
        if (sinceCancel.isValid())
            run.cancelToEndMs = sinceCancel.nsecsElapsed() / 1e6;
        loop.quit();
    });
    if (cancelAfterMs >= 0) {
        QTimer::singleShot(cancelAfterMs, &upgrade, [&] {
            sinceCancel.start();
            upgrade.cancel();
        });
    }
    clock.start();
    sinceTick.start();
    tick.start();
    upgrade.start(path);
    loop.exec();
    return run;
}

const char* outcomeName(CacheUpgrade::Outcome outcome)
{
    switch (outcome) {
    case CacheUpgrade::Outcome::Upgraded:
        return "upgraded";
    case CacheUpgrade::Outcome::Cancelled:
        return "cancelled";
    case CacheUpgrade::Outcome::Failed:
        break;
    }
    return "failed";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("users"), QStringLiteral("Users in the cache."), QStringLiteral("N"),
                        QStringLiteral("1000000")},
                       {QStringLiteral("cache"), QStringLiteral("Current cache file (built if missing)."),
                        QStringLiteral("FILE")},
                       {QStringLiteral("keep"), QStringLiteral("Keep the schema-2 file.")},
                       {QStringLiteral("from"), QStringLiteral("Upgrade a copy of this older cache only."),
                        QStringLiteral("OLD")}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("from"))) {
        const QString old = parser.value(QStringLiteral("from"));
        if (QFileInfo(old + QStringLiteral("-wal")).size() > 0) {
            // Commits still in the log: a copy of the main file alone would be an older file.
            fail(QStringLiteral("%1-wal is not empty: close what has the cache open first").arg(old));
            return 1;
        }
        const QString copy = old + QStringLiteral(".upgrade-bench-work.sqlite");
        if (!copyOf(old, copy))
            return 1;
        const QString before = versionAndUsers(copy);
        const BackgroundRun run = runInBackground(copy, -1);
        const QString after = versionAndUsers(copy);
        const qint64 size = QFileInfo(copy).size();
        removeDatabase(copy);
        if (run.outcome != CacheUpgrade::Outcome::Upgraded) {
            fail(QStringLiteral("upgrade %1: %2").arg(QLatin1String(outcomeName(run.outcome)), run.error));
            return 1;
        }
        std::printf("%s (%.1f MB) upgraded in the background in %.1f s, this thread's longest stall %.1f ms, "
                    "%d progress signals (the bar at 1/4, 1/2, 3/4 of the time: %s) -> %s (%.1f MB: pages freed "
                    "stay in the file for later writes)\n",
                    qPrintable(before), QFileInfo(old).size() / 1e6, run.totalMs / 1000.0, run.longestStallMs,
                    run.progressSignals, qPrintable(run.barOverTime()), qPrintable(after), size / 1e6);
        return 0;
    }
    const qint64 count = parser.value(QStringLiteral("users")).toLongLong();
    QTemporaryDir scratch;
    const QString current = parser.isSet(QStringLiteral("cache")) ? parser.value(QStringLiteral("cache"))
                                                                  : scratch.filePath(QStringLiteral("current.sqlite"));
    if (!QFile::exists(current) && !BenchSupport::buildCache(current, count))
        return 1;
    // Beside the current cache: the copies are as large as it is.
    const QString base = current + QStringLiteral(".upgrade-bench");
    const QString version2 = base + QStringLiteral("-v2.sqlite");
    const QString work = base + QStringLiteral("-work.sqlite");
    QElapsedTimer clock;
    clock.start();
    removeDatabase(version2);
    if (!writeVersion2(current, version2))
        return 1;
    const QString before = versionAndUsers(version2);
    std::printf("schema-2 file: %s (%.1f MB), written in %.1f s\n", qPrintable(before),
                QFileInfo(version2).size() / 1e6, clock.elapsed() / 1000.0);

    // 1. The floor: the same steps on this thread, as the console ran them before.
    if (!copyOf(version2, work))
        return 1;
    double foregroundMs = 0;
    {
        SqliteConnection connection;
        if (!connection.open(work, SqliteConnection::Access::ReadWrite, 10000)) {
            fail(connection.errorString());
            return 1;
        }
        QSqlDatabase db = connection.database();
        QString error;
        clock.restart();
        if (!CacheSchema::migrate(db, &error)) {
            fail(error);
            return 1;
        }
        foregroundMs = clock.nsecsElapsed() / 1e6;
    }
    std::printf("\nupgrade in the foreground (before: the window frozen throughout): %.1f s -> %s\n",
                foregroundMs / 1000.0, qPrintable(versionAndUsers(work)));

    // 2. In the background, as the console does now.
    if (!copyOf(version2, work))
        return 1;
    const BackgroundRun background = runInBackground(work, -1);
    if (background.outcome != CacheUpgrade::Outcome::Upgraded) {
        fail(QStringLiteral("background upgrade %1: %2").arg(QLatin1String(outcomeName(background.outcome)), background.error));
        return 1;
    }
    std::printf("upgrade in the background (CacheUpgrade): %.1f s (%.2fx the foreground), this thread's "
                "longest stall %.1f ms, %d progress signals (the bar at 1/4, 1/2, 3/4 of the time: %s) -> %s\n",
                background.totalMs / 1000.0, background.totalMs / foregroundMs, background.longestStallMs,
                background.progressSignals, qPrintable(background.barOverTime()), qPrintable(versionAndUsers(work)));

    // 2b. The system's language changed since: the format is current, the sort keys are made
    // again (and the indexes after them).
    LocaleCollation::setCurrent(QLocale(QStringLiteral("sv_SE")));
    const BackgroundRun relanguage = runInBackground(work, -1);
    LocaleCollation::setCurrent(QLocale::system().collation());
    if (relanguage.outcome != CacheUpgrade::Outcome::Upgraded) {
        fail(QStringLiteral("sorting again %1: %2").arg(QLatin1String(outcomeName(relanguage.outcome)), relanguage.error));
        return 1;
    }
    std::printf("the language changed (to Swedish): sorted again in the background in %.1f s, this thread's longest "
                "stall %.1f ms (the bar at 1/4, 1/2, 3/4 of the time: %s) -> %s, keys \"%s\"\n",
                relanguage.totalMs / 1000.0, relanguage.longestStallMs, qPrintable(relanguage.barOverTime()),
                qPrintable(versionAndUsers(work)), qPrintable(collationOf(work)));

    // 3. Cancelled half-way: the file must keep every user, at the last step it finished.
    if (!copyOf(version2, work))
        return 1;
    const qint64 cancelAfter = qint64(foregroundMs / 2);
    const BackgroundRun cancelled = runInBackground(work, cancelAfter);
    const QString afterCancel = versionAndUsers(work);
    if (cancelled.outcome == CacheUpgrade::Outcome::Cancelled) {
        std::printf("cancelled after %lld ms: ended %.1f ms after Cancel -> %s\n", cancelAfter,
                    cancelled.cancelToEndMs, qPrintable(afterCancel));
        // The file stays at its last finished step (schema 2, or 3 if Cancel came in the step
        // to 4), with every user.
        const bool kept = afterCancel.section(QStringLiteral(", "), 1) == before.section(QStringLiteral(", "), 1) &&
                          !afterCancel.startsWith(QStringLiteral("schema %1,").arg(CacheSchema::CurrentVersion));
        if (!kept) {
            fail(QStringLiteral("the cancelled upgrade left %1 (it was %2)").arg(afterCancel, before));
            return 1;
        }
    } else {
        std::printf("cancel after %lld ms came too late: %s in %.1f ms\n", cancelAfter,
                    outcomeName(cancelled.outcome), cancelled.totalMs);
    }
    removeDatabase(work);
    if (parser.isSet(QStringLiteral("keep")))
        std::printf("kept: %s\n", qPrintable(version2));
    else
        removeDatabase(version2);
    return 0;
}

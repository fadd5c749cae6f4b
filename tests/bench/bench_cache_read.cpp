// Benchmark: a cache of N users (default 1,000,000): time to open it and show the first rows
// (in a fresh process each time, as opening a profile would), and FTS prefix search medians,
// each beside the same SQL run by the `sqlite3` command-line tool. Prints figures and ratios;
// never fails on slowness.
//
//   bench_cache_read [--users N] [--cache FILE] [--runs R]
// The cache file is built once (through CacheWriter, as a sync would) and reused.

#include "BenchSupport.h"
#include "cache/CacheWriter.h"
#include "cache/CachedUserSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {
// Child mode: open the cache as the GUI would and read the first page with its total.
int openFirstRows(const QString& path)
{
    QElapsedTimer clock;
    clock.start();
    CachedUserSource source;
    if (!source.openFile(path, CachedUserSource::Freshness::Cached))
        return 1;
    UserQuery query;
    query.limit = 200;
    const UserPage page = source.page(query);
    const QString status = source.statusText();
    const double ms = clock.nsecsElapsed() / 1e6;
    std::printf("%.3f %d %lld\n", ms, int(page.users.size()), page.total);
    return status.isEmpty() ? 1 : 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("users"), QStringLiteral("Users in the cache."), QStringLiteral("N"),
          QStringLiteral("1000000")},
         {QStringLiteral("cache"), QStringLiteral("Cache file (built if missing)."), QStringLiteral("FILE")},
         {QStringLiteral("runs"), QStringLiteral("Repetitions per figure."), QStringLiteral("R"),
          QStringLiteral("21")},
         {QStringLiteral("open-first-rows"), QStringLiteral("(internal) child mode."),
          QStringLiteral("FILE")}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("open-first-rows")))
        return openFirstRows(parser.value(QStringLiteral("open-first-rows")));

    const qint64 count = parser.value(QStringLiteral("users")).toLongLong();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir scratch;
    const QString path = parser.isSet(QStringLiteral("cache"))
                             ? parser.value(QStringLiteral("cache"))
                             : scratch.filePath(QStringLiteral("bench.sqlite"));
    if (!QFile::exists(path) && !BenchSupport::buildCache(path, count))
        return 1;
    std::printf("cache: %s (%.1f MB)\n", qPrintable(path), QFileInfo(path).size() / 1e6);

    // 1. Opening a profile: fresh process, open, first page of 200 rows with the total.
    QList<double> openTimes;
    qint64 total = -1;
    for (int i = 0; i < qMin(runs, 9); ++i) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--open-first-rows"), path});
        child.waitForFinished(120000);
        const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
        if (child.exitCode() != 0 || fields.size() != 3) {
            std::fprintf(stderr, "open-first-rows child failed\n");
            return 1;
        }
        openTimes << fields.at(0).toDouble();
        total = fields.at(2).toLongLong();
    }
    std::printf("\nopen cache to first 200 rows (fresh process, warm OS cache): median %.1f ms, max %.1f ms "
                "(%lld users; target < 500 ms)\n",
                BenchSupport::median(openTimes), *std::max_element(openTimes.begin(), openTimes.end()),
                total);

    // 2. FTS prefix search, as typed: the first page of rows, and the count of matches.
    CachedUserSource source;
    if (!source.openFile(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(source.errorString()));
        return 1;
    }
    std::printf("\nFTS prefix search, median of %d (ms): rows = first 100 sorted by username, count = total "
                "matches\n",
                runs);
    std::printf("%-16s %9s %9s %9s %11s %11s %8s\n", "typed", "matches", "rows", "count", "sqlite3 rows",
                "sqlite3 cnt", "ratio");
    for (const QString& typed :
         {QStringLiteral("m"), QStringLiteral("ma"), QStringLiteral("mar"), QStringLiteral("mart"),
          QStringLiteral("schr"), QStringLiteral("anna no"), QStringLiteral("lisb"),
          QStringLiteral("amartinez12"), QStringLiteral("zzz")}) {
        UserQuery query;
        query.search = typed;
        query.limit = 100;
        QList<double> rowTimes;
        QList<double> countTimes;
        qint64 matches = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer clock;
            clock.start();
            const QList<CachedUser> rows = source.rows(query);
            rowTimes << clock.nsecsElapsed() / 1e6;
            clock.restart();
            matches = source.count(query);
            countTimes << clock.nsecsElapsed() / 1e6;
            Q_UNUSED(rows);
        }
        // The plain statements, as one would type them into sqlite3 (the MATCH expression
        // inlined): CachedUserSource may choose another plan (an index walk for many matches, a
        // count in the FTS index alone), so the ratio shows what that choice gains.
        const QString match =
            CachedUserSource::ftsExpression(typed).replace(QLatin1Char('\''), QStringLiteral("''"));
        const QString where = QStringLiteral(" FROM users u WHERE u.deleted_at IS NULL AND u.user_key IN "
                                             "(SELECT rowid FROM users_fts WHERE users_fts MATCH '%1')")
                                  .arg(match);
        const double toolRows = BenchSupport::sqliteToolMs(
            path,
            QStringLiteral(
                "SELECT u.id, u.username, u.email, u.first_name, u.last_name, u.roles, u.enabled, "
                "u.created_at, u.last_login_at, u.attributes, u.actions, u.first_seen_at, u.last_seen_at, "
                "u.deleted_at") +
                where + QStringLiteral(" ORDER BY u.username COLLATE NOCASE, u.user_key LIMIT 100 OFFSET 0"),
            runs);
        const double toolCount =
            BenchSupport::sqliteToolMs(path, QStringLiteral("SELECT count(*)") + where, runs);
        const double ours = BenchSupport::median(rowTimes);
        // The tool's timer has millisecond resolution: below that a ratio would be meaningless.
        const QByteArray ratio = toolRows >= 0.5
                                     ? QByteArray(QByteArray::number(ours / toolRows, 'f', 2) + 'x')
                                     : QByteArray("n/a");
        std::printf("%-16s %9lld %9.2f %9.2f %11.2f %11.2f %8s\n", qPrintable(typed), matches, ours,
                    BenchSupport::median(countTimes), toolRows, toolCount, ratio.constData());
    }
    std::printf("(ratio = AuthDesk rows / sqlite3 rows; target: rows under 20 ms)\n");
    return 0;
}

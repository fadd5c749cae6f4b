#pragma once
// What the benchmarks share: a cache file of N realistic users built as a sync would build it,
// medians, this process's memory from /proc, and the `sqlite3` command-line tool's own timer
// for the same statement, so every figure can be printed beside the tool's as a ratio.

#include "BenchUsers.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheWriter.h"
#include "cache/SyncRecord.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace BenchSupport {

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// A "VmRSS:" or "VmHWM:" (peak resident) line of /proc/self/status, in bytes; -1 if unreadable.
inline qint64 procStatusBytes(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray name(field);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

// CPU time (user + system) of this process, all threads, without its children, in seconds; with
// RUSAGE_CHILDREN, of the children it has waited for (curl, once finished).
inline double processCpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage{};
    if (getrusage(who, &usage) != 0)
        return -1;
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU time (user + system) another process of this user's has used so far, in seconds (Linux's
// /proc; -1 elsewhere): what the sandbox spent serving a sync or curl.
inline double cpuSecondsOfProcess(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    // "pid (name) state ppid ...": the name may hold spaces; utime and stime are the 12th and
    // 13th fields after it, in clock ticks.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

inline bool buildCache(const QString& path, qint64 count)
{
    CacheDatabase db;
    if (!db.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return false;
    }
    CacheWriter writer(db);
    QElapsedTimer clock;
    clock.start();
    writer.beginSync(QDateTime::currentDateTimeUtc());
    const qint64 batch = 10000;
    QList<User> users;
    for (qint64 i = 0; i < count; i += batch) {
        users.clear();
        for (qint64 j = i; j < qMin(count, i + batch); ++j)
            users << BenchUsers::user(j);
        if (!writer.stageUsers(users) || !writer.flushStaging()) {
            std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
            return false;
        }
    }
    // As SyncWorker does after the last page of users, while it goes on listing the sessions.
    if (!writer.finishStagingUsers()) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
        return false;
    }
    const qint64 staged = clock.elapsed();
    SyncRecord record;
    if (!writer.commitSync(int(count / batch), &record)) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
        return false;
    }
    const qint64 committed = clock.elapsed();
    // As the console's sync does once it has reported the new copy: the staging tables emptied
    // (SyncWorker::commit), then the log copied into the file.
    writer.releaseStaging();
    const qint64 releaseMs = clock.elapsed() - committed;
    qint64 checkpointMs = 0;
    if (!writer.checkpoint(&checkpointMs))
        std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
    std::printf("built cache of %lld users: staging %.1f s, commit %.1f s (%.0f users/s overall), then the "
                "staging emptied %.1f s and the checkpoint %.1f s\n",
                count, staged / 1000.0, (committed - staged) / 1000.0, count * 1000.0 / committed,
                releaseMs / 1000.0, checkpointMs / 1000.0);
    for (const auto& [step, ms] : writer.lastCommitSteps())
        std::printf("  commit: %-48s %8.1f s\n", qPrintable(step), ms / 1000.0);
    return true;
}

inline double sqliteToolMs(const QString& path, const QString& sql, int runs)
{
    // The sqlite3 shell's own timer, for the statement alone, median of `runs`.
    QString script = QStringLiteral(".timer on\n");
    for (int i = 0; i < runs; ++i)
        script += sql + QStringLiteral(";\n");
    QProcess tool;
    tool.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
    if (!tool.waitForStarted())
        return -1;
    tool.write(script.toUtf8());
    tool.closeWriteChannel();
    tool.waitForFinished(600000);
    QList<double> times;
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    auto it = timer.globalMatch(QString::fromUtf8(tool.readAllStandardOutput()));
    while (it.hasNext())
        times << it.next().captured(1).toDouble() * 1000.0;
    return median(times);
}

} // namespace BenchSupport

#pragma once
// The SQL side of a sync, on a worker thread with its own connection to the cache file (a
// QSqlDatabase belongs to the thread that opened it). SyncJob posts it pages; it stages them
// in batches, one transaction per batch, and commits the whole sync at the end, so the GUI
// thread never waits on SQLite. Every method runs on the worker thread.

#include "CacheDatabase.h"
#include "CacheWriter.h"
#include "SyncRecord.h"

#include <QObject>
#include <atomic>

struct sqlite3;

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(const QString& cachePath);
    ~SyncWorker() override;

    // `op` numbers the job's operation; every signal echoes it so SyncJob can ignore the late
    // answers of an operation it already finished.
    void begin(quint64 op, const QDateTime& startedAt);
    // `lastPage`: the users' listing is over (CacheWriter::finishStagingUsers). `moreToList`:
    // the sessions are listed next, and a first sync's users are made ready for the commit
    // meanwhile (CacheWriter::startLoadAhead), a step at a time between the pages.
    void stageUsers(const QList<User>& users, bool endOfBatch, bool lastPage = false, bool moreToList = false);
    void stageSessions(const QList<Session>& sessions);
    void stageApiKeys(const QList<ApiKey>& keys);
    // `allowMassDeletion` false: a commit that would mark most of the copy deleted stops before
    // it and asks (massDeletionPending); the staged pages wait for commit(pages, true) or abort().
    void commit(int pages, bool allowMassDeletion);
    void abort(quint64 op);
    void storeUser(quint64 op, const User& user);
    void markDeletedOnServer(quint64 op, const QString& userId);
    // Closes the connection; call on the worker thread before it stops.
    void shutdown();
    // The two calls from another thread: stopCommit() stops a running commit
    // (CacheWriter::setStopFlag), which then ends in aborted(), the old copy kept; SyncJob calls
    // allowCommit() before it queues the next sync's begin(), so that no Cancel is lost.
    // It also ends the checkpoint that follows a commit (a million users' takes seconds), and
    // skips the emptying of the staging tables not yet begun (one under way runs to its end, a
    // second or two), so that a job going away right after a sync barely holds its caller: SQLite
    // leaves the log whole for a later checkpoint. Safe from another thread: the connection closes only in
    // shutdown(), which SyncJob queues after this call.
    void stopCommit();
    void allowCommit() { m_commitStopped = false; }

signals:
    void staged(quint64 op, qint64 pages, qint64 users);
    void committed(quint64 op, const SyncRecord& record);
    void aborted(quint64 op);
    void failed(quint64 op, const QString& message);
    void massDeletionPending(quint64 op, qint64 vanishing, qint64 present);

private:
    bool ensureOpen();
    void loadAhead(quint64 op); // one step, then queued again behind the pages that came meanwhile

    QString m_path;
    CacheDatabase m_database;
    std::unique_ptr<CacheWriter> m_writer;
    quint64 m_op = 0;
    qint64 m_stagedPages = 0;
    bool m_failed = false; // a failed sync ignores the pages still queued for it
    std::atomic<bool> m_commitStopped{false};
    std::atomic<sqlite3*> m_checkpointing{nullptr}; // the connection, while a checkpoint runs
};

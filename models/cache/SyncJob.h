#pragma once
// Brings one profile's cache up to date with the server. A full sync walks every page of
// users (and, where the server lists them cheaply, sessions and the signed-in identity's keys)
// and reports pages, users and rate as it goes. The SQL work runs on a worker thread with its
// own connection (SyncWorker): pages are staged in batches while the next two pages are already
// on their way (the server prepares one while this one is read), and the new copy is swapped in
// by one transaction at the end. Until then readers (CachedUserSource) keep seeing the previous
// complete copy; cancel(), a failed page or a killed process leave that copy exactly as it was.
//
// refreshUser() updates one user only (or marks it deleted on server when the server says
// 404). One operation at a time: start() and refreshUser() are ignored while one runs.

#include "PagesInFlight.h"
#include "SyncProgress.h"
#include "SyncResult.h"
#include "sources/PagingGuard.h"
#include "sources/UserSource.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

class QThread;
class SyncWorker;

class SyncJob : public QObject
{
    Q_OBJECT
public:
    // `source` must outlive the job.
    SyncJob(const QString& cachePath, UserSource* source, QObject* parent = nullptr);
    ~SyncJob() override;

    void setPageSize(int users) { m_pageSize = qMax(1, users); }
    int pageSize() const { return m_pageSize; }
    // Pages per staging transaction: fewer commits, at the price of more work lost to a crash.
    void setPagesPerTransaction(int pages) { m_pagesPerTransaction = qMax(1, pages); }
    void setSyncSessions(bool on) { m_syncSessions = on; }
    void setSyncApiKeys(bool on) { m_syncApiKeys = on; }
    // A server that lists far fewer users than the copy holds (broken, or lying) would empty the
    // offline copy: unless allowed here, such a sync stops before its commit and asks through
    // massDeletionPending().
    void setMassDeletionAllowed(bool allowed) { m_massDeletionAllowed = allowed; }
    // More than half of the users the copy holds, and more than a handful.
    static bool isMassDeletion(qint64 vanishing, qint64 present);

    void start();
    void refreshUser(const User& user);
    // Stops at once; the cache stays as it was before start() and finished(Cancelled) follows,
    // also while the staged copy is being written in (CacheWriter::setStopFlag). Only a cancel
    // that arrives during the COMMIT itself, the last second or so, is too late: then
    // finished(Completed) reports what really happened.
    void cancel();
    bool isRunning() const { return m_running; }
    // After massDeletionPending(): commit as the server listed, marking those users deleted.
    // cancel() instead keeps the copy as it was.
    void confirmMassDeletion();

signals:
    void started();
    void progress(const SyncProgress& progress);
    // One page is stored in staging (for tests and logs; the GUI wants progress()).
    void pageStaged(qint64 pages, qint64 users);
    void finished(const SyncResult& result);
    // The sync is complete but would mark `vanishing` of the copy's `present` users deleted on
    // server; it waits for confirmMassDeletion() or cancel().
    void massDeletionPending(qint64 vanishing, qint64 present);

private:
    void ensureWorker();
    // Forgets the pages asked for and the answers parked: late ones are refused from now on.
    void forgetListings();
    void fetchNextPage();
    void pageArrived(quint64 op, qint64 offset, const Result<UserPage>& result);
    // Checks a page in its turn and hands it to the worker; false when it failed the sync.
    bool acceptPage(Result<UserPage> result);
    bool current(quint64 op) const { return op == m_op && m_running && !m_cancelling; }
    void fetchSessions();
    void sessionsArrived(quint64 op, qint64 offset, const Result<QList<Session>>& result);
    void fetchApiKeys();
    void commit();
    // The Committing phase begins (or begins again after a confirmation): its seconds from now.
    void startCommitting();
    void fail(const ApiError& error);
    void finish(const SyncResult& result);
    void emitProgress(SyncProgress::Phase phase);
    void workerStaged(quint64 op, qint64 pages, qint64 users);
    void workerCommitted(quint64 op, const SyncRecord& record);
    void workerFailed(quint64 op, const QString& message);
    void workerAborted(quint64 op);
    void workerMassDeletionPending(quint64 op, qint64 vanishing, qint64 present);

    QString m_cachePath;
    UserSource* m_source;
    QThread* m_thread = nullptr;
    SyncWorker* m_worker = nullptr;

    int m_pageSize = 500;
    int m_pagesPerTransaction = 8;
    int m_maxPagesInFlight = 4; // fetched but not yet stored: bounds memory on a slow disk
    bool m_syncSessions = true;
    bool m_syncApiKeys = true;

    bool m_running = false;
    bool m_fullSync = false;
    bool m_usersDone = false;
    // Pages of users and of sessions asked for and not yet taken. While the server fills every
    // page as asked, the page after the one the listing waits for is asked too: a listing has
    // up to listRequestsAtOnce pages asked or parked from the one it waits for on.
    static constexpr int listRequestsAtOnce = 2;
    PagesInFlight<Result<UserPage>> m_userPages;
    bool m_pagesAreFull = false;
    PagesInFlight<Result<QList<Session>>> m_sessionPages;
    qint64 m_sessionsOffset = 0; // the next page of sessions to take
    bool m_listingSessions = false;
    bool m_cancelling = false;
    quint64 m_op = 0; // numbers start()/refreshUser(); late answers of an earlier one are ignored
    PagingGuard m_paging;
    bool m_massDeletionAllowed = false;
    bool m_awaitingConfirmation = false;
    int m_pagesFetched = 0;
    qint64 m_pagesStaged = 0;
    qint64 m_usersFetched = 0;
    qint64 m_total = -1;
    qint64 m_sessionsFetched = 0;
    std::optional<SyncResult> m_pendingFailure;
    QElapsedTimer m_clock;
    // While the worker writes the staged copy in (half a minute at a million users): the
    // Committing progress again every second, with its seconds.
    QTimer m_committingTick;
    QElapsedTimer m_committingClock;
    QDateTime m_startedAt;
};

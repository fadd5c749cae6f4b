#include "SyncJob.h"

#include "SyncWorker.h"

#include <QCoreApplication>
#include <QThread>

namespace {
// A server that keeps saying "more" forever must not keep a sync running forever.
constexpr int maxPages = 1000000;

ApiError withCacheKept(ApiError error)
{
    error.message += QLatin1Char(' ') + QCoreApplication::translate("SyncJob", "The cache was left as it was.");
    return error;
}
} // namespace

SyncJob::SyncJob(const QString& cachePath, UserSource* source, QObject* parent)
    : QObject(parent)
    , m_cachePath(cachePath)
    , m_source(source)
{
    m_committingTick.setInterval(1000);
    connect(&m_committingTick, &QTimer::timeout, this,
            [this] { emitProgress(SyncProgress::Phase::Committing); });
}

SyncJob::~SyncJob()
{
    if (!m_thread)
        return;
    ++m_op;
    // The worker closes its connection on its own thread; an uncommitted sync is dropped, and a
    // commit under way stops rather than keeping the window open until it ends.
    m_worker->stopCommit();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void SyncJob::ensureWorker()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("CacheSyncWorker"));
    m_worker = new SyncWorker(m_cachePath);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SyncWorker::staged, this, &SyncJob::workerStaged);
    connect(m_worker, &SyncWorker::committed, this, &SyncJob::workerCommitted);
    connect(m_worker, &SyncWorker::failed, this, &SyncJob::workerFailed);
    connect(m_worker, &SyncWorker::aborted, this, &SyncJob::workerAborted);
    connect(m_worker, &SyncWorker::massDeletionPending, this, &SyncJob::workerMassDeletionPending);
    m_thread->start();
}

void SyncJob::start()
{
    if (m_running)
        return;
    ensureWorker();
    m_running = true;
    m_fullSync = true;
    m_usersDone = false;
    forgetListings();
    m_cancelling = false;
    m_pendingFailure.reset();
    const quint64 op = ++m_op;
    m_paging.reset();
    m_pagesFetched = 0;
    m_pagesStaged = 0;
    m_usersFetched = 0;
    m_total = -1;
    m_sessionsFetched = 0;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_worker->allowCommit();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, op, at = m_startedAt] { worker->begin(op, at); });
    emit started();
    emitProgress(SyncProgress::Phase::Users);
    fetchNextPage();
}

void SyncJob::forgetListings()
{
    m_userPages.clear();
    m_pagesAreFull = false;
    m_sessionPages.clear();
    m_sessionsOffset = 0;
    m_listingSessions = false;
}

void SyncJob::fetchNextPage()
{
    while (m_running && !m_cancelling && !m_usersDone && m_userPages.outstanding() < listRequestsAtOnce) {
        if (m_pagesFetched - m_pagesStaged >= m_maxPagesInFlight)
            return; // workerStaged() resumes
        const qint64 needed = m_paging.offset();
        const qint64 offset = m_userPages.nextToAsk(needed, m_pageSize, listRequestsAtOnce);
        // Ahead of need only while the server fills its pages as asked, and not past its total.
        if (offset < 0 || (offset != needed && (!m_pagesAreFull || (m_total >= 0 && offset >= m_total))))
            return;
        m_userPages.ask(offset);
        UserQuery query;
        query.offset = offset;
        query.limit = m_pageSize;
        const quint64 op = m_op;
        m_source->fetchUsers(query, this, [this, op, offset](const Result<UserPage>& result) {
            pageArrived(op, offset, result);
        });
    }
}

void SyncJob::pageArrived(quint64 op, qint64 offset, const Result<UserPage>& result)
{
    if (!current(op) || !m_userPages.answered(offset, result))
        return;
    // The pages in the order of their offsets: the guard reads them as one listing.
    while (!m_usersDone) {
        auto next = m_userPages.take(m_paging.offset());
        if (next.empty())
            break;
        if (!acceptPage(std::move(next.mapped())))
            return;
    }
    if (!m_usersDone) {
        fetchNextPage();
        return;
    }
    m_userPages.clear(); // an answer to a page asked past the end is not waited for
    if (m_syncSessions && m_source->canListAllSessions()) {
        emitProgress(SyncProgress::Phase::Sessions);
        m_listingSessions = true;
        fetchSessions();
    } else if (m_syncApiKeys && m_source->canListApiKeys()) {
        fetchApiKeys();
    } else {
        commit();
    }
}

bool SyncJob::acceptPage(Result<UserPage> result)
{
    if (!result.ok()) {
        fail(result.error());
        return false;
    }
    UserPage page = result.value();
    ++m_pagesFetched;
    m_pagesAreFull = page.users.size() == m_pageSize;
    UserQuery asked;
    asked.offset = m_paging.offset();
    asked.limit = m_pageSize;
    // A page the guard refuses fails the sync: committing would mark every user not yet
    // listed as deleted on the server.
    const Result<PagingGuard::Next> next = m_paging.accept(asked, page);
    if (!next.ok()) {
        fail(withCacheKept(next.error()));
        return false;
    }
    m_usersFetched = m_paging.listed();
    if (page.total >= 0)
        m_total = page.total;
    if (next.value() == PagingGuard::Next::Fetch && m_pagesFetched >= maxPages) {
        fail(ApiError::make(
            ApiError::Kind::Malformed,
            tr("The server kept announcing more users after %1 pages; the cache was left as it was.")
                .arg(maxPages)));
        return false;
    }
    m_usersDone = next.value() == PagingGuard::Next::Done;
    const bool endOfBatch = m_usersDone || m_pagesFetched % m_pagesPerTransaction == 0;
    const bool sessionsNext = m_syncSessions && m_source->canListAllSessions();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, users = page.users, endOfBatch, last = m_usersDone,
                                         sessionsNext] { worker->stageUsers(users, endOfBatch, last, sessionsNext); });
    emitProgress(SyncProgress::Phase::Users);
    return true;
}

void SyncJob::fetchSessions()
{
    // Stops once the listing ended: a source may answer at once, inside fetchAllSessions().
    while (m_listingSessions && m_running && !m_cancelling &&
           m_sessionPages.outstanding() < listRequestsAtOnce) {
        const qint64 offset = m_sessionPages.nextToAsk(m_sessionsOffset, m_pageSize, listRequestsAtOnce);
        if (offset < 0 || offset / m_pageSize >= maxPages)
            return;
        m_sessionPages.ask(offset);
        const quint64 op = m_op;
        m_source->fetchAllSessions(offset, m_pageSize, this,
                                   [this, op, offset](const Result<QList<Session>>& result) {
                                       sessionsArrived(op, offset, result);
                                   });
    }
}

void SyncJob::sessionsArrived(quint64 op, qint64 offset, const Result<QList<Session>>& result)
{
    if (!current(op) || !m_listingSessions || !m_sessionPages.answered(offset, result))
        return;
    bool more = true;
    while (more) {
        auto next = m_sessionPages.take(m_sessionsOffset);
        if (next.empty())
            break;
        // Sessions are a bonus: when listing them fails, the users still commit. A partial
        // listing is still a listing, so a failure after the first page keeps what arrived.
        if (!next.mapped().ok()) {
            more = false;
            break;
        }
        const QList<Session> sessions = next.mapped().value();
        m_sessionsFetched += sessions.size();
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, sessions] { worker->stageSessions(sessions); });
        m_sessionsOffset += sessions.size();
        more = sessions.size() >= m_pageSize && m_sessionsOffset / m_pageSize < maxPages;
    }
    emitProgress(SyncProgress::Phase::Sessions);
    if (more) {
        fetchSessions();
        return;
    }
    m_listingSessions = false;
    m_sessionPages.clear();
    if (m_syncApiKeys && m_source->canListApiKeys())
        fetchApiKeys();
    else
        commit();
}

void SyncJob::fetchApiKeys()
{
    emitProgress(SyncProgress::Phase::ApiKeys);
    const quint64 op = m_op;
    m_source->fetchApiKeys(this, [this, op](const Result<QList<ApiKey>>& result) {
        if (!current(op))
            return;
        if (result.ok()) {
            const QList<ApiKey> keys = result.value();
            QMetaObject::invokeMethod(m_worker, [worker = m_worker, keys] { worker->stageApiKeys(keys); });
        }
        commit();
    });
}

void SyncJob::startCommitting()
{
    m_committingClock.start();
    m_committingTick.start();
    emitProgress(SyncProgress::Phase::Committing);
}

void SyncJob::commit()
{
    startCommitting();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, pages = m_pagesFetched,
                                         allowed = m_massDeletionAllowed] { worker->commit(pages, allowed); });
}

bool SyncJob::isMassDeletion(qint64 vanishing, qint64 present)
{
    return vanishing >= 3 && vanishing * 2 > present;
}

void SyncJob::workerMassDeletionPending(quint64 op, qint64 vanishing, qint64 present)
{
    if (!current(op))
        return;
    m_awaitingConfirmation = true;
    m_committingTick.stop(); // nothing is written while the user decides
    emit massDeletionPending(vanishing, present);
}

void SyncJob::confirmMassDeletion()
{
    if (!m_awaitingConfirmation || !m_running || m_cancelling)
        return;
    m_awaitingConfirmation = false;
    startCommitting();
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, pages = m_pagesFetched] { worker->commit(pages, true); });
}

void SyncJob::refreshUser(const User& user)
{
    if (m_running)
        return;
    ensureWorker();
    m_running = true;
    m_fullSync = false;
    m_cancelling = false;
    m_pendingFailure.reset();
    const quint64 op = ++m_op;
    emit started();
    m_source->fetchUser(user, this, [this, op, id = user.id](const Result<User>& result) {
        if (!current(op))
            return;
        if (result.ok()) {
            QMetaObject::invokeMethod(
                m_worker, [worker = m_worker, op, fresh = result.value()] { worker->storeUser(op, fresh); });
        } else if (result.error().kind == ApiError::Kind::NotFound) {
            QMetaObject::invokeMethod(m_worker,
                                      [worker = m_worker, op, id] { worker->markDeletedOnServer(op, id); });
        } else {
            fail(result.error());
        }
    });
}

void SyncJob::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    // A commit under way stops inside its statements (the worker is busy in it, and would see the
    // queued abort only after the swap); whatever runs next, the abort follows.
    m_worker->stopCommit();
    m_committingTick.stop();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, op = m_op] { worker->abort(op); });
}

void SyncJob::fail(const ApiError& error)
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true; // the worker drops the staged pages, then workerAborted() reports this
    SyncResult result;
    result.outcome = SyncResult::Outcome::Failed;
    result.error = error;
    m_pendingFailure = result;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, op = m_op] { worker->abort(op); });
}

void SyncJob::finish(const SyncResult& result)
{
    m_awaitingConfirmation = false;
    m_committingTick.stop();
    m_running = false;
    m_cancelling = false;
    forgetListings();
    m_pendingFailure.reset();
    emit finished(result);
}

void SyncJob::emitProgress(SyncProgress::Phase phase)
{
    SyncProgress p;
    p.phase = phase;
    p.pages = m_pagesFetched;
    p.users = m_usersFetched;
    p.total = m_total;
    p.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    p.usersPerSecond = p.elapsedMs > 0 ? double(m_usersFetched) * 1000.0 / double(p.elapsedMs) : 0;
    if (phase == SyncProgress::Phase::Committing && m_committingClock.isValid())
        p.committingMs = m_committingClock.elapsed();
    emit progress(p);
}

void SyncJob::workerStaged(quint64 op, qint64 pages, qint64 users)
{
    if (!current(op))
        return;
    m_pagesStaged = pages;
    emit pageStaged(pages, users);
    fetchNextPage(); // resumes if it waited for the worker
}

void SyncJob::workerCommitted(quint64 op, const SyncRecord& record)
{
    // Accepted even while cancelling: the swap is done, and saying "cancelled" would lie.
    if (op != m_op || !m_running)
        return;
    SyncResult result;
    result.outcome = SyncResult::Outcome::Completed;
    result.record = record;
    finish(result);
}

void SyncJob::workerFailed(quint64 op, const QString& message)
{
    if (!current(op))
        return;
    fail(ApiError::make(ApiError::Kind::Server, tr("The cache could not be written: %1").arg(message)));
}

void SyncJob::workerAborted(quint64 op)
{
    if (op != m_op || !m_running)
        return;
    SyncResult result;
    result.outcome = SyncResult::Outcome::Cancelled;
    if (m_pendingFailure)
        result = *m_pendingFailure;
    finish(result);
}

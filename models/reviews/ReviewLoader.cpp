#include "ReviewLoader.h"

#include "ReviewSnapshot.h"
#include "ReviewStore.h"
#include "cache/CachedUserSource.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

ReviewLoader::ReviewLoader(QObject* parent)
    : QObject(parent)
{
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, [this] { emit progressed(statusText()); });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ReviewLoader::workFinished);
}

ReviewLoader::~ReviewLoader()
{
    drop();
}

void ReviewLoader::start(const QString& reviewsPath, const QString& cachePath, const AccessReview& review,
                         const CacheFilter& filter, const QString& search)
{
    run(Phase::Snapshot,
        [=](Shared& shared) { return snapshot(shared, reviewsPath, cachePath, review, filter, search); });
}

void ReviewLoader::open(const QString& reviewsPath, const QString& cachePath, qint64 reviewId)
{
    run(Phase::Reading, [=](Shared& shared) { return read(shared, reviewsPath, cachePath, reviewId, true); });
}

void ReviewLoader::run(Phase first, const std::function<Outcome(Shared&)>& work)
{
    // A request still running is told to stop and keeps its own shared state; the watcher
    // follows the new one only.
    if (m_shared)
        m_shared->dropped = true;
    m_shared = std::make_shared<Shared>();
    m_shared->phase = int(first);
    // Said before the worker starts: the first text is this request's first phase, whatever
    // the worker gets to meanwhile.
    m_clock.start();
    emit progressed(statusText());
    m_watcher.setFuture(QtConcurrent::run([work, shared = m_shared] {
        if (!shared->goesOn()) // stopped while it waited for a thread
            return Outcome{-1, {}, {}, true};
        try {
            return work(*shared);
        } catch (const std::bad_alloc&) {
            return Outcome{-1, {}, tr("There is not enough memory for this review."), false};
        }
    }));
    m_tick.start();
}

void ReviewLoader::cancel()
{
    if (m_shared)
        m_shared->cancelled = true;
}

void ReviewLoader::drop()
{
    if (m_shared)
        m_shared->dropped = true;
    m_watcher.setFuture(QFuture<Outcome>()); // the old future's end is never delivered
    m_tick.stop();
    m_shared.reset();
}

QString ReviewLoader::statusText() const
{
    if (!m_shared)
        return {};
    const qint64 done = m_shared->done;
    const qint64 total = m_shared->total;
    const qint64 seconds = m_clock.isValid() ? m_clock.elapsed() / 1000 : 0;
    switch (Phase(m_shared->phase.load())) {
    case Phase::Snapshot:
        return tr("Taking the review's snapshot: %1 users read from the cache… %2 s")
            .arg(QLocale().toString(done))
            .arg(seconds);
    case Phase::Writing:
        return tr("Writing the review: %1 of %2 users… %3 s")
            .arg(QLocale().toString(done), QLocale().toString(total))
            .arg(seconds);
    case Phase::Reading:
        return tr("Reading the review… %1 s").arg(seconds);
    case Phase::Comparing:
        return tr("Comparing %1 users with the cache… %2 s").arg(QLocale().toString(total)).arg(seconds);
    }
    return {};
}

void ReviewLoader::workFinished()
{
    if (!m_shared || !m_watcher.future().isValid())
        return;
    m_tick.stop();
    // Taken, not copied: the table then holds the only copy of a million users.
    QFuture<Outcome> future = m_watcher.future();
    const Outcome outcome = future.takeResult();
    m_shared.reset();
    if (outcome.cancelled)
        emit cancelled();
    else if (!outcome.error.isEmpty())
        emit failed(outcome.error);
    else
        emit loaded(outcome.reviewId, outcome.items);
}

ReviewLoader::Outcome ReviewLoader::read(Shared& shared, const QString& reviewsPath, const QString& cachePath,
                                         qint64 reviewId, bool cancellable)
{
    Outcome outcome;
    outcome.reviewId = reviewId;
    const auto stopped = [&] { return shared.dropped || (cancellable && shared.cancelled); };
    if (stopped()) {
        outcome.cancelled = true;
        return outcome;
    }
    shared.phase = int(Phase::Reading);
    ReviewStore store;
    if (!store.open(reviewsPath)) {
        outcome.error = store.errorString();
        return outcome;
    }
    // Heard inside SQLite's statements too: a dropped read of a million users ends in
    // milliseconds rather than holding a pool thread (and the application's exit) for seconds.
    const std::function<bool()> goesOn = [&] { return !stopped(); };
    Result<QList<ReviewItem>> items = store.items(reviewId, goesOn);
    if (!items.ok()) {
        outcome.cancelled = items.error().kind == ApiError::Kind::Cancelled;
        outcome.error = items.error().message;
        return outcome;
    }
    outcome.items = items.value();
    outcome.cancelled = stopped();
    if (outcome.cancelled || cachePath.isEmpty())
        return outcome;
    shared.total = outcome.items.size();
    shared.phase = int(Phase::Comparing);
    // Offline: the file is read through a read-only connection (CacheDatabase upgrades an older
    // one first, as every open does).
    CachedUserSource cache;
    if (!cache.openFile(cachePath, CachedUserSource::Freshness::Offline)) {
        outcome.error = cache.errorString();
        return outcome;
    }
    if (const Result<Done> compared = ReviewSnapshot::compare(outcome.items, cache, goesOn); !compared.ok())
        outcome.error = compared.error().message;
    outcome.cancelled = stopped();
    return outcome;
}

ReviewLoader::Outcome ReviewLoader::snapshot(Shared& shared, const QString& reviewsPath, const QString& cachePath,
                                             const AccessReview& review, const CacheFilter& filter,
                                             const QString& search)
{
    Outcome outcome;
    shared.phase = int(Phase::Snapshot);
    AccessReview taken = review;
    const Result<QList<User>> users = [&]() -> Result<QList<User>> {
        CachedUserSource cache; // closed before the review is written
        if (!cache.openFile(cachePath, CachedUserSource::Freshness::Offline))
            return ApiError::make(ApiError::Kind::NotFound, cache.errorString());
        return ReviewSnapshot::users(cache, filter, search, &taken.cacheAsOf, [&shared](qint64 read) {
            shared.done = read;
            return shared.goesOn();
        });
    }();
    if (!users.ok()) {
        outcome.cancelled = users.error().kind == ApiError::Kind::Cancelled;
        outcome.error = users.error().message;
        return outcome;
    }
    shared.phase = int(Phase::Writing);
    shared.done = 0;
    shared.total = users.value().size();
    qint64 id = -1;
    {
        ReviewStore store;
        if (!store.open(reviewsPath)) {
            outcome.error = store.errorString();
            return outcome;
        }
        const Result<qint64> started = store.start(taken, users.value(), [&shared](qint64 written) {
            shared.done = written;
            return shared.goesOn();
        });
        if (!started.ok()) {
            outcome.cancelled = started.error().kind == ApiError::Kind::Cancelled;
            outcome.error = started.error().message;
            return outcome;
        }
        id = started.value();
    }
    // The review is made now: it is read back and shown whatever Cancel says from here on.
    return read(shared, reviewsPath, cachePath, id, false);
}

#include "InsightsLoader.h"

#include "InsightsReader.h"
#include "cache/ProfileCache.h"
#include "remote/DialectRegistry.h"

#include <QPromise>
#include <QThreadPool>
#include <memory>

InsightsLoader::InsightsLoader(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher.future().resultCount() == 0)
            return; // replaced by a newer load
        const Outcome outcome = m_watcher.result();
        if (outcome.error.isEmpty())
            emit loaded(outcome.insights);
        else
            emit failed(outcome.error);
    });
}

// The worker holds only its own connection and copies: it may finish after the loader is gone.
InsightsLoader::~InsightsLoader() = default;

void InsightsLoader::cancel()
{
    m_watcher.setFuture(QFuture<Outcome>()); // the running one finishes unwatched
}

void InsightsLoader::load(const ProfileCache& cache, const QDateTime& now)
{
    const QString path = cache.source()->database().path();
    const auto dialect = DialectRegistry::create(cache.profile().dialect);
    const QStringList adminRoles = dialect ? dialect->roleSet().administrativeRoles() : QStringList();
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    auto promise = std::make_shared<QPromise<Outcome>>();
    promise->start(); // running from now on, for isLoading()
    m_watcher.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, path, adminRoles, at] {
        Outcome outcome;
        {
            CachedUserSource source;
            if (!source.openFile(path, CachedUserSource::Freshness::Offline)) {
                outcome.error = source.errorString();
            } else {
                const Result<UserInsights> read = InsightsReader::read(source, adminRoles, at);
                if (read.ok())
                    outcome.insights = read.value();
                else
                    outcome.error = read.error().message;
            }
        }
        promise->addResult(outcome);
        promise->finish();
    });
}

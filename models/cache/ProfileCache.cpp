#include "ProfileCache.h"

#include "CacheDatabase.h"
#include "SyncJob.h"
#include "remote/Connection.h"
#include "sources/ServerUserSource.h"

ProfileCache::ProfileCache(const Profile& profile, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
{
    connect(&m_source, &CachedUserSource::freshnessChanged, this, &ProfileCache::freshnessChanged);
    connect(&m_source, &CachedUserSource::cacheChanged, this, &ProfileCache::cacheChanged);
}

ProfileCache::~ProfileCache()
{
    // The job's worker thread writes the file: stop it before the reader goes.
    delete m_job;
}

bool ProfileCache::open(CachedUserSource::Freshness freshness)
{
    return m_source.open(m_profile.id, freshness);
}

bool ProfileCache::hasCopy() const
{
    return m_source.isOpen() && m_source.asOf().isValid();
}

void ProfileCache::setConnection(Connection* connection)
{
    if (m_job && m_job->isRunning())
        m_job->cancel();
    delete m_job;
    m_job = nullptr;
    m_connection = connection;
    m_remote.reset();
    if (!connection || !m_source.isOpen())
        return;
    m_remote = std::make_unique<ServerUserSource>(connection);
    m_job = new SyncJob(m_source.database().path(), m_remote.get(), this);
    connect(m_job, &SyncJob::started, this, &ProfileCache::syncStarted);
    connect(m_job, &SyncJob::progress, this, &ProfileCache::syncProgress);
    connect(m_job, &SyncJob::massDeletionPending, this, &ProfileCache::massDeletionPending);
    connect(m_job, &SyncJob::finished, this, [this](const SyncResult& result) {
        if (result.completed())
            m_source.syncCommitted(result.record);
        emit syncFinished(result);
    });
}

void ProfileCache::sync()
{
    if (!m_job || isOffline() || m_job->isRunning())
        return;
    m_job->start();
}

void ProfileCache::cancelSync()
{
    if (m_job)
        m_job->cancel();
}

void ProfileCache::confirmMassDeletion()
{
    if (m_job)
        m_job->confirmMassDeletion();
}

bool ProfileCache::isSyncing() const
{
    return m_job && m_job->isRunning();
}

void ProfileCache::refreshUser(const User& user)
{
    if (m_job && !m_job->isRunning() && !isOffline())
        m_job->refreshUser(user);
}

void ProfileCache::setOffline(bool offline)
{
    if (offline == isOffline())
        return;
    if (offline)
        cancelSync();
    reopen(offline ? CachedUserSource::Freshness::Offline : CachedUserSource::Freshness::Cached);
}

void ProfileCache::reopen(CachedUserSource::Freshness freshness)
{
    m_source.close();
    m_source.open(m_profile.id, freshness);
    emit freshnessChanged();
    emit cacheChanged();
}

Capabilities ProfileCache::capabilities() const
{
    Capabilities caps = m_source.capabilities();
    const QString why =
        tr("Needs the server: you are working from the cache (%1).").arg(m_source.statusText());
    for (Capability needsServer :
         {Capability::GetUser, Capability::CreateUser, Capability::UpdateUser, Capability::DeleteUser,
          Capability::SetRoles, Capability::SetEnabled, Capability::ListSessions, Capability::ListAllSessions,
          Capability::RevokeSession, Capability::RevokeAllSessions, Capability::ListApiKeys,
          Capability::CreateApiKey, Capability::RevokeApiKey, Capability::RefreshToken, Capability::SignOut,
          Capability::UserActionsFromLinks, Capability::TokenIntrospection, Capability::TokenRevocation})
        caps.deny(needsServer, why);
    return caps;
}

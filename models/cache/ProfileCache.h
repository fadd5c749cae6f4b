#pragma once
// The cache side of one open profile, for the console and anything else that shows users: the
// cached copy (read at once, before the server answers), the sync that keeps it current, and
// whether the console is working offline. The users list reads source() whenever the cache
// holds a complete copy; while offline, capabilities() allows reading only and explains, for
// every other action, that it needs the server.

#include "CachedUserSource.h"
#include "SyncProgress.h"
#include "SyncResult.h"
#include "values/Profile.h"

#include <QObject>
#include <QPointer>
#include <memory>

class Connection;
class ServerUserSource;
class SyncJob;

class ProfileCache : public QObject
{
    Q_OBJECT
public:
    explicit ProfileCache(const Profile& profile, QObject* parent = nullptr);
    ~ProfileCache() override;

    // Opens (creating) the profile's cache file; false with errorString() when it cannot.
    // Offline opens an existing file read-only, and fails when there is none.
    bool open(CachedUserSource::Freshness freshness = CachedUserSource::Freshness::Cached);
    QString errorString() const { return m_source.errorString(); }
    CachedUserSource* source() { return &m_source; }
    const CachedUserSource* source() const { return &m_source; }
    const Profile& profile() const { return m_profile; }
    // Whether a full sync ever completed: only then is the cache a copy worth showing.
    bool hasCopy() const;

    // The live server to sync from (nullptr: none).
    void setConnection(Connection* connection);
    void sync();
    void cancelSync();
    // After massDeletionPending(): commit the sync as the server listed it.
    void confirmMassDeletion();
    bool isSyncing() const;
    // After the console changed a user on the server: just that user is read again.
    void refreshUser(const User& user);

    // Offline: the file is reopened read-only and nothing claims to be live.
    void setOffline(bool offline);
    bool isOffline() const { return m_source.freshness() == CachedUserSource::Freshness::Offline; }

    // Reading, searching and sorting the copy; everything else refused with the reason.
    Capabilities capabilities() const;
    // One line for the banner: "Offline — data as of …", "Live — synced …".
    QString statusText() const { return m_source.statusText(); }

signals:
    void freshnessChanged();
    // A sync committed: re-read what is shown and merge it.
    void cacheChanged();
    void syncStarted();
    void syncProgress(const SyncProgress& progress);
    void syncFinished(const SyncResult& result);
    // The sync would mark `vanishing` of the copy's `present` users deleted on server: it waits
    // for confirmMassDeletion() or cancelSync().
    void massDeletionPending(qint64 vanishing, qint64 present);

private:
    void reopen(CachedUserSource::Freshness freshness);

    Profile m_profile;
    CachedUserSource m_source;
    QPointer<Connection> m_connection;
    std::unique_ptr<ServerUserSource> m_remote;
    SyncJob* m_job = nullptr;
};

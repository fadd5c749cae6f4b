#pragma once
// A profile of the sandbox's Gatekeeper API, saved, signed in as its admin, with a fresh cache
// open on it: where the tests of the screens over the cache (Overview, access reviews) start.
//
//     SandboxProfile gk;
//     QVERIFY(gk.open(sandbox, &credentials, "Overview test"));
//     QVERIFY(gk.sync());                       // a complete copy in the cache
//     window.setCache(gk.cache.get());

#include "SandboxProcess.h"
#include "cache/CacheDatabase.h"
#include "cache/ProfileCache.h"
#include "profiles/ProfileStore.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"

#include <QFile>
#include <QSignalSpy>
#include <memory>

struct SandboxProfile
{
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<ProfileCache> cache;

    bool open(const SandboxProcess& sandbox, CredentialStore* credentials, const QString& name)
    {
        profiles = std::make_unique<ProfileStore>();
        Profile p;
        p.name = name;
        p.baseUrl = sandbox.apiUrl(QStringLiteral("gatekeeper"));
        p.dialect = QStringLiteral("gatekeeper");
        p.identity = QStringLiteral("admin");
        p.id = profiles->save(p);
        QFile::remove(CacheDatabase::pathForProfile(p.id));
        connection = std::make_unique<Connection>(p, DialectRegistry::create(p.dialect), credentials);
        QSignalSpy signedIn(connection.get(), &Connection::signedIn);
        connection->signIn({{QStringLiteral("password"), QStringLiteral("sandbox-admin")}});
        if (!signedIn.wait(10000))
            return false;
        cache = std::make_unique<ProfileCache>(p);
        if (!cache->open())
            return false;
        cache->setConnection(connection.get());
        return true;
    }

    // A full sync, waited for.
    bool sync()
    {
        QSignalSpy finished(cache.get(), &ProfileCache::syncFinished);
        cache->sync();
        return finished.wait(30000) && finished.first().first().value<SyncResult>().completed();
    }
};

// UserListController against a fake server and a real cache file: it reads the server until
// the cache holds a copy and the cache offline, routes a search to whichever can answer it,
// merges a committed sync in place, drops an answer from a source it left, and hands every
// failure (a server's, or an SQL error of a damaged cache) to its caller.

#include "FakeUserServer.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheWriter.h"
#include "cache/ProfileCache.h"
#include "items/UserFilterModel.h"
#include "items/UserTableModel.h"
#include "listing/UserListController.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <memory>
#include <optional>

namespace {

QList<User> cachedUsers(int count)
{
    QList<User> users;
    for (int i = 0; i < count; ++i) {
        User u = FakeUserServer::makeUser(i);
        u.id = QStringLiteral("cached-%1").arg(i);
        u.username = QStringLiteral("cached%1").arg(i, 3, 10, QLatin1Char('0'));
        users << u;
    }
    return users;
}

// A cache file of its own for each test, holding a full copy of `users` unless empty.
std::unique_ptr<ProfileCache> makeCache(const QString& id, const QList<User>& users)
{
    Profile profile;
    profile.id = id;
    profile.name = id;
    QFile::remove(CacheDatabase::pathForProfile(id));
    auto cache = std::make_unique<ProfileCache>(profile);
    if (!cache->open())
        return nullptr;
    if (!users.isEmpty()) {
        CacheWriter writer(cache->source()->database());
        SyncRecord record;
        if (!writer.beginSync(QDateTime::currentDateTimeUtc()) || !writer.stageUsers(users) ||
            !writer.commitSync(1, &record))
            return nullptr;
        cache->source()->syncCommitted(record);
    }
    return cache;
}

bool holdsOnly(const UserTableModel& model, const QString& idPrefix)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.userId(row).startsWith(idPrefix))
            return false;
    }
    return model.rowCount() > 0;
}

} // namespace

class tst_UserListController : public QObject
{
    Q_OBJECT
    UserTableModel m_model;
    UserFilterModel m_filter;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_filter.setSourceModel(&m_model);
    }

    void readsTheServerUntilTheCacheHoldsACopy()
    {
        FakeUserServer server(50);
        auto cache = makeCache(QStringLiteral("switch"), {});
        QVERIFY(cache);
        UserListController users;
        users.setRows(&m_filter);
        QSignalSpy changed(&users, &UserListController::sourceChanged);
        users.setCache(cache.get());
        users.setServerSource(&server);
        QCOMPARE(users.origin(), UserListController::Origin::Server);
        QCOMPARE(users.searchMode(), UserListController::SearchMode::Server);
        QCOMPARE(users.searchDelayMs(), 250);
        QVERIFY(users.freshnessText().isEmpty()); // live from the server: nothing to qualify
        QTRY_VERIFY(holdsOnly(m_model, QStringLiteral("id-")));

        // The first complete copy: from now on the rows come from the cache, at once.
        const int switches = int(changed.size());
        CacheWriter writer(cache->source()->database());
        SyncRecord record;
        QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()));
        QVERIFY(writer.stageUsers(cachedUsers(30)));
        QVERIFY(writer.commitSync(1, &record));
        cache->source()->syncCommitted(record);
        QCOMPARE(users.origin(), UserListController::Origin::Cache);
        QCOMPARE(changed.size(), switches + 1);
        QCOMPARE(users.searchMode(), UserListController::SearchMode::Cache);
        QCOMPARE(users.searchDelayMs(), 0);
        QVERIFY2(users.freshnessText().startsWith(QLatin1String("Live")), qPrintable(users.freshnessText()));
        QTRY_COMPARE(m_model.rowCount(), 30);
        QVERIFY(holdsOnly(m_model, QStringLiteral("cached-")));

        // Offline keeps the same rows (no reload) and allows reading only, saying why.
        cache->setOffline(true);
        QCOMPARE(users.origin(), UserListController::Origin::Cache);
        QCOMPARE(changed.size(), switches + 1);
        QVERIFY(users.isOffline());
        QVERIFY(users.capabilities().supports(Capability::ListUsers));
        QVERIFY(!users.capabilities().supports(Capability::CreateUser));
        QVERIFY(
            users.capabilities().reason(Capability::CreateUser).contains(QLatin1String("Needs the server")));
        QVERIFY(users.freshnessText().startsWith(QLatin1String("Offline")));

        // Without the cache, back to the server.
        users.setCache(nullptr);
        QCOMPARE(users.origin(), UserListController::Origin::Server);
        QTRY_VERIFY(holdsOnly(m_model, QStringLiteral("id-")));
        users.setServerSource(nullptr);
        QCOMPARE(users.origin(), UserListController::Origin::None);
        QCOMPARE(m_model.rowCount(), 0);
    }

    void aStaleAnswerNeverReachesTheRows()
    {
        FakeUserServer server(50);
        auto cache = makeCache(QStringLiteral("stale"), cachedUsers(20));
        QVERIFY(cache);
        UserListController users;
        users.setRows(&m_filter);
        users.setServerSource(&server);
        QCOMPARE(server.requests.size(), 1); // its answer is on its way
        users.setCache(cache.get());         // and the cache's copy replaces the server at once
        QCOMPARE(users.origin(), UserListController::Origin::Cache);
        QTRY_COMPARE(m_model.rowCount(), 20);
        QTest::qWait(20); // long after the server answered
        QCOMPARE(m_model.rowCount(), 20);
        QVERIFY(holdsOnly(m_model, QStringLiteral("cached-")));

        // The same for a listing: a walk whose source went away ends with an error, not rows.
        UserListController list;
        auto gone = std::make_unique<FakeUserServer>(500);
        list.setServerSource(gone.get());
        Result<QList<User>> outcome = ApiError();
        bool done = false;
        UserListController::ListRequest request;
        request.query.limit = 100;
        list.list(request, this, {}, [&](const Result<QList<User>>& r) {
            done = true;
            outcome = r;
        });
        QTRY_VERIFY(gone->requests.size() == 1);
        gone.reset(); // its answer dies with it: the walk does not go on
        QTest::qWait(20);
        QVERIFY(!done || !outcome.ok());
    }

    void searchGoesWhereItCanBeAnswered()
    {
        FakeUserServer server(50);
        UserListController users;
        users.setRows(&m_filter);
        users.setServerSource(&server);
        QTRY_COMPARE(m_model.rowCount(), 50);
        users.setSearch(QStringLiteral("user4"));
        QTRY_COMPARE(m_model.serverSearch(), QStringLiteral("user4"));
        QVERIFY(m_filter.text().isEmpty());
        QTRY_COMPARE(m_model.rowCount(), 11); // user4, user40..user49

        // A server that cannot search: the loaded rows are filtered here.
        FakeUserServer plain(50);
        plain.searches = false;
        users.setServerSource(&plain);
        QCOMPARE(users.searchMode(), UserListController::SearchMode::LocalFilter);
        QCOMPARE(m_filter.text(), QStringLiteral("user4")); // the search typed before stays
        QTRY_COMPARE(m_model.rowCount(), 50);
        QCOMPARE(m_filter.rowCount(), 11);

        // The cache answers on every keystroke: no pause in typing is waited for.
        auto cache = makeCache(QStringLiteral("search"), cachedUsers(40));
        QVERIFY(cache);
        users.setCache(cache.get());
        users.setSearch(QStringLiteral("cached01"));
        for (int turn = 0; turn < 20 && m_model.rowCount() != 10; ++turn)
            QCoreApplication::processEvents();
        QCOMPARE(m_model.rowCount(), 10); // cached010..cached019
        QCOMPARE(m_model.serverSearch(), QStringLiteral("cached01"));
    }

    void aCommittedSyncIsMergedInPlace()
    {
        QList<User> copy = cachedUsers(30);
        auto cache = makeCache(QStringLiteral("merge"), copy);
        QVERIFY(cache);
        UserListController users;
        users.setRows(&m_filter);
        QSignalSpy changed(&users, &UserListController::sourceChanged);
        users.setCache(cache.get());
        QTRY_COMPARE(m_model.rowCount(), 30);
        QSignalSpy merged(&users, &UserListController::rowsMerged);
        copy[3].roles = {QStringLiteral("auditor")};
        copy.removeAt(7);
        CacheWriter writer(cache->source()->database());
        SyncRecord record;
        QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()));
        QVERIFY(writer.stageUsers(copy));
        QVERIFY(writer.commitSync(2, &record));
        const int switches = int(changed.size());
        cache->source()->syncCommitted(record);
        QCOMPARE(merged.size(), 1);
        QCOMPARE(changed.size(), switches); // merged, not reloaded
        QCOMPARE(m_model.rowCount(), 29);
        QCOMPARE(m_model.user(m_model.rowOfId(copy[3].id)).roles, QStringList{QStringLiteral("auditor")});
        QCOMPARE(m_model.rowOfId(QStringLiteral("cached-7")), -1);
    }

    void errorsReachTheCaller()
    {
        FakeUserServer server(50);
        server.failAtRequest = 0;
        UserListController users;
        users.setRows(&m_filter);
        QSignalSpy failed(&users, &UserListController::loadFailed);
        users.setServerSource(&server);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Server);

        // A listing: every page up to the limit, or the failure.
        server.failAtRequest = 3;
        server.requests.clear();
        UserListController::ListRequest request;
        request.query.limit = 10;
        request.max = 25;
        QList<qint64> progress;
        std::optional<Result<QList<User>>> outcome;
        users.list(
            request, this, [&](const UserQuery&, const UserPage&, qint64 listed) { progress << listed; },
            [&](const Result<QList<User>>& r) { outcome = r; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->ok());
        QCOMPARE(outcome->value().size(), 25);
        QCOMPARE(progress, (QList<qint64>{10, 20, 25}));
        QCOMPARE(server.requests.last().limit, 5);
        outcome.reset();
        request.max = -1;
        users.list(request, this, {}, [&](const Result<QList<User>>& r) { outcome = r; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ApiError::Kind::Server);
    }

    void aDamagedCacheIsAnErrorNotAnEmptyList()
    {
        auto cache = makeCache(QStringLiteral("damaged"), cachedUsers(30));
        QVERIFY(cache);
        UserListController users;
        users.setRows(&m_filter);
        users.setCache(cache.get());
        QTRY_COMPARE(m_model.rowCount(), 30);
        {
            // Another program breaks the file under the console: the users are gone from it.
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("vandal"));
            other.setDatabaseName(cache->source()->database().path());
            QVERIFY(other.open());
            QSqlQuery drop(other);
            QVERIFY(drop.exec(QStringLiteral("DROP TABLE users")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("vandal"));
        QSignalSpy failed(&users, &UserListController::loadFailed);
        users.reload();
        QTRY_COMPARE(failed.size(), 1);
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Malformed);
        QVERIFY2(error.message.contains(QLatin1String("could not be read")), qPrintable(error.message));
        QCOMPARE(m_model.rowCount(), 0);

        // A sync committed into the damaged file: the merge says so too.
        m_model.setUsers(cachedUsers(3));
        cache->source()->syncCommitted({});
        QCOMPARE(failed.size(), 2);

        // And so does a listing, for authdesk-cli.
        std::optional<Result<QList<User>>> outcome;
        users.list({}, this, {}, [&](const Result<QList<User>>& r) { outcome = r; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ApiError::Kind::Malformed);
    }
};

QTEST_GUILESS_MAIN(tst_UserListController)
#include "tst_UserListController.moc"

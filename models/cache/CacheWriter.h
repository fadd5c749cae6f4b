#pragma once
// Every write to a cache: a full sync in stages, and single changes (a refreshed user, one
// user's sessions). It works on an open CacheDatabase in the thread that opened it.
//
// A full sync never touches the live tables until commitSync(): pages go into TEMP staging
// tables (private to this connection, gone if the process dies), and commitSync() merges
// them in ONE transaction: history entries, users added / changed / deleted on server,
// roles, sessions, keys and the sync's record. Readers see the old copy or the new one,
// never a mixture; abortSync() or a crash leaves the old copy exactly as it was.

#include "CachedUser.h"
#include "SyncRecord.h"
#include "UserChange.h"
#include "values/ApiKey.h"
#include "values/Session.h"
#include "values/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QVariantList>
#include <atomic>
#include <functional>
#include <memory>

class CacheDatabase;

class CacheWriter
{
    Q_DECLARE_TR_FUNCTIONS(CacheWriter)
public:
    explicit CacheWriter(CacheDatabase& database);
    ~CacheWriter();
    CacheWriter(const CacheWriter&) = delete; // m_goesOn asks this very writer
    CacheWriter& operator=(const CacheWriter&) = delete;

    // --- a full sync ---
    bool beginSync(const QDateTime& startedAt);
    // Adds one page to the staging tables, inside a staging transaction that stays open until
    // flushStaging() (so a batch of pages costs one commit).
    bool stageUsers(const QList<User>& users);
    // Sessions and keys are optional: when none are staged, the cached ones stay untouched.
    bool stageSessions(const QList<Session>& sessions);
    bool stageApiKeys(const QList<ApiKey>& keys);
    bool flushStaging();
    // The users' listing is over: keys the staged users by id and keeps the latest copy of one
    // listed twice. SyncWorker calls it after the last page of users, while the sessions are
    // still listed; countVanishing() and commitSync() call it when nobody did, before they set
    // their own stop check (this one sets the writer's and clears it as it returns).
    bool finishStagingUsers();
    // The users' listing is over and the sessions are still to be listed: a first sync's users
    // are made ready for the commit meanwhile (FirstLoadAhead), a step at a time. False when
    // there is nothing to make ready (the cache holds users already). Never fails the sync: a
    // preparation that fails is dropped, and the commit writes the users itself.
    bool startLoadAhead();
    // The next step (up to several seconds at a million users: the rows, then an index each
    // time), outside any staging transaction (flushStaging() first); false once none is left,
    // and when the step failed or was stopped (the preparation then dropped).
    bool loadAheadStep();
    // Hands the search index's builder more prepared rows (between staged pages).
    void feedLoadAhead();
    // Swaps the staged copy in; fills `record` with what changed. The staged rows stay until
    // releaseStaging().
    bool commitSync(int pages, SyncRecord* record = nullptr);
    // Empties the staging tables, drops the users a first sync made ready and gives the sync's
    // pages back: seconds at a million users, so done once the commit has been reported
    // (SyncWorker), or by abortSync(), or by the next beginSync(). A stop skips what is left.
    void releaseStaging();
    // The connection is about to close: everything of the sync is dropped with it, nothing
    // emptied first.
    void closing();
    // A flag another thread may set to stop a running commitSync() (a million users' commit
    // takes half a minute): SQLite checks it every thousand steps of its virtual machine, and
    // the commit fails with every write rolled back, until its last statement, the COMMIT
    // itself. wasStopped() then tells it from a failure.
    void setStopFlag(const std::atomic<bool>* stop) { m_stop = stop; }
    bool wasStopped() const { return m_stop && m_stop->load(); }
    // How long each statement of the last commitSync() took, in order, in milliseconds: what
    // tests/bench prints to show where a large first sync's commit goes.
    const QList<QPair<QString, qint64>>& lastCommitSteps() const { return m_commitSteps; }
    // Copies what the last commitSync() wrote from the write-ahead log into the file, then
    // empties the log. commitSync() leaves this to a separate call so that a sync is reported
    // (and its users shown) once committed: the copy was the commit's last 2.5 s at a million
    // users, 8.4 s with their sessions, while readers see the new copy either way. Without
    // it, the log would also keep the size of the whole copy on disk until the last
    // connection closes. False, with errorString(), when SQLite refused; the sync stands.
    bool checkpoint(qint64* elapsedMs = nullptr);
    // How long checkpoint() waits for readers before it leaves the log as it is.
    static constexpr int readersWaitMs = 1000;
    // Before commitSync(): how many users the copy holds (not deleted) and how many of them the
    // sync did not see, which commitSync() would mark deleted on server.
    bool countVanishing(qint64* vanishing, qint64* present);
    // Forgets the staged pages; the live tables were never touched.
    void abortSync();
    bool isSyncing() const { return m_syncing; }
    qint64 stagedUsers() const { return m_stagedUsers; }

    // --- single changes, each its own transaction ---
    // A fresh copy of one user from the server; records its history; touches no other user.
    bool storeUser(const User& user, SyncRecord* record = nullptr);
    // The user is gone from the server (deleted by the console, or 404 on refresh).
    bool markDeletedOnServer(const QString& userId);
    // Replaces one user's cached sessions with the server's current list.
    bool storeSessions(const QString& userId, const QList<Session>& sessions);
    // Replaces the cached keys of one owner (empty ownerId: the keys the server listed for
    // the signed-in identity) with the server's current list.
    bool storeApiKeys(const QString& ownerId, const QList<ApiKey>& keys);

    QString errorString() const { return m_error; }

private:
    // The two ways commitSync() writes the staged users and their roles: merged into what the
    // cache holds, or loaded at once into an empty cache (a first sync).
    bool mergeUsers(qint64 at);
    // Ends the sync under way, its staging transaction rolled back and its builder stopped; the
    // staged rows stay for releaseStaging() or the connection's close.
    void stopSyncing();
    bool loadIntoEmptyCache(qint64 at);
    // Swaps in the search index loadIntoEmptyCache() had built beside the commit (or builds it
    // here if the builder failed); nothing to do after mergeUsers(), whose triggers kept it.
    bool completeSearchIndex();
    // Drops the users' secondary indexes and the search index's insert trigger for a first sync
    // into an empty cache; `rebuild` gets what makes them again, in the same transaction.
    enum class Deferred { Everything, AllButUsersIndexes, UsersIndexesOnly };
    bool deferIndexes(QStringList* rebuild, Deferred which = Deferred::Everything);
    // Copies the users FirstLoadAhead made ready into the empty users table, with their indexes
    // (`copied`); leaves `copied` false, the users' indexes dropped, when they do not fit.
    bool copyUsersLoadedAhead(QStringList* rebuild, bool* copied);
    // INSERT of the staged users into `table`, in the order a first sync numbers them; its two
    // values their first and last sighting.
    static QString loadStatement(const QString& table);
    void commitStep(const char* name); // for lastCommitSteps()
    // Replaces every row of `table` whose `ownerColumn` is `owner` by `rows` (values in the order
    // of `columns`), each stamped last_seen_at now, in one transaction.
    bool replaceRows(const QString& table, const QString& ownerColumn, const QString& owner,
                     const QString& columns, const QList<QVariantList>& rows);
    bool fail(const QString& message);
    bool failQuery(const class QSqlQuery& query);
    // Each statement in turn on the writer's connection; the first that fails says why.
    bool runAll(const QStringList& statements);
    bool ensureWritable();
    bool ensureStagingTransaction();
    bool createStagingTables();
    bool recordChanges(qint64 syncId, qint64 at, qint64* changedUsers);
    bool insertHistory(const QList<UserChange>& changes, qint64 syncId, qint64 at);
    qint64 insertSyncRow(SyncRecord::Kind kind, qint64 startedAt, qint64 finishedAt);

    CacheDatabase& m_database;
    QString m_error;
    bool m_syncing = false;
    bool m_stagingTransaction = false;
    bool m_stagingHeld = false; // the staging tables may hold rows until releaseStaging()
    bool m_stagedUsersKeyed = false; // finishStagingUsers() done since the last staged page
    bool m_sessionsStaged = false;
    bool m_keysStaged = false;
    qint64 m_stagedUsers = 0;
    qint64 m_stagedSessions = 0;
    qint64 m_stagedKeys = 0;
    QDateTime m_syncStartedAt;
    QList<QPair<QString, qint64>> m_commitSteps;
    QElapsedTimer m_stepClock;
    const std::atomic<bool>* m_stop = nullptr;
    std::unique_ptr<class SearchIndexBuilder> m_searchBuild; // a first sync's, during commitSync()
    std::unique_ptr<class FirstLoadAhead> m_loadAhead;       // a first sync's, from its users' last page
    // SQLite asks it while a count or a commit runs (SqliteConnection::setStopCheck).
    std::function<bool()> m_goesOn = [this] { return !wasStopped(); };
};

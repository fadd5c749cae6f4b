// Writing the cache: a full sync swapped in atomically, history between syncs, users deleted
// on server, single-user refreshes, sessions and key metadata, and no secrets on disk.

#include "CacheTestData.h"
#include "CommitLog.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheWriter.h"
#include "cache/CachedUserSource.h"
#include "cache/SearchIndex.h"
#include "cache/SearchIndexBuilder.h"
#include "storage/LocaleCollation.h"
#include "storage/SqliteConnection.h"
#include "values/Utc.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <functional>
#include <sqlite3.h>

namespace {
// Every table, index and trigger of the file, with its SQL.
QStringList layoutOf(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM main.sqlite_master "
                              "WHERE sql IS NOT NULL ORDER BY type, name"));
    QStringList all;
    while (query.next())
        all << query.value(0).toString();
    return all;
}
// The keys of the users each search finds, as FTS5 answers it: what a rebuilt index must
// answer alike. Prefixes of one to seven letters, so that both the prefix indexes and the
// merging of terms past them are read.
QStringList matchesOf(const QSqlDatabase& db)
{
    QStringList all;
    QSqlQuery query(db);
    for (const char* typed : {"u", "us", "use", "user1", "user12", "user123", "user1234", "e", "ex", "exam",
                              "examp", "example", "test", "chlo", "chloé", "b", "ber", "berlin", "lisbo", "4",
                              "49", "30", "10", "105", "cust", "admin", "yil", "sato", "zz"}) {
        query.prepare(QStringLiteral("SELECT group_concat(rowid) FROM (SELECT rowid FROM users_fts "
                                     "WHERE users_fts MATCH ? ORDER BY rowid)"));
        query.addBindValue(QStringLiteral("\"%1\"*").arg(QLatin1String(typed)));
        if (!query.exec() || !query.next())
            return {query.lastError().text()};
        all << QLatin1String(typed) + QLatin1Char(':') + query.value(0).toString();
    }
    return all;
}

bool checkSearchIndex(const QSqlDatabase& db, QString* error)
{
    QSqlQuery check(db);
    // Rank 1: against the users table too (SQLite 3.44 on checks an external-content index
    // only against itself without it; 3.40 always compares, and ignores the rank).
    const bool ok =
        check.exec(QStringLiteral("INSERT INTO users_fts (users_fts, rank) VALUES ('integrity-check', 1)"));
    *error = check.lastError().text();
    return ok;
}
} // namespace

class tst_CacheWriter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void fullSyncStoresEveryUser();
    void duplicateListingsCountOnce();
    void sessionsListedTwiceKeepTheirLatestCopy();
    void secondSyncRecordsHistory();
    void usersFoundAfterAnEmptyListAreRecordedAsAdded();
    void unchangedSyncRecordsNoHistory();
    void userBackOnServerIsRestored();
    void abortLeavesPreviousCopy();
    void aStoppedCommitRollsEverythingBack();
    void storeUserTouchesOnlyThatUser();
    void markDeletedOnServer();
    void sessionsAndKeyMetadata();
    void noSecretReachesTheFile();
    void searchReadsAttributeValuesNotKeys();
    void equalUsernamesKeepTheirOwnRoles();
    void aDamagedRolesCopyIsReplacedBySync();
    void theLogIsCopiedIntoTheFileAfterTheCommit();
    void aReaderInTheLogLeavesItForTheNextCheckpoint();
    void theSyncsPagesGoBackWhenItEnds();
    void aFirstSyncsSearchIndexIsBuiltBesideItsCommit();
    void aSearchIndexBuilderStoppedMidwayLeavesTheFileAsItWas();
    void aSearchIndexBuilderWhoseReadsFailIsNeverCopied();
    void usersWithLongAttributesAreIndexedToo();
    void usersMadeReadyAheadAreCopiedWhole();
    void usersMadeReadyAheadGiveWayToAChangedFile();

private:
    // A first sync of `users` with a session each, its sessions staged a page of 500 between
    // two of the writer's steps of making the users ready ahead (`ahead`, every step taken
    // before the commit) or not; the commit's steps, or "failed".
    QStringList firstSyncWithSessions(const QList<User>& users, bool ahead,
                                      const std::function<void()>& beforeCommit = {});
    // What a file holds of its users: every row but their sighting times, their roles, what the
    // search index answers, the layout; and that SQLite finds every index whole.
    QStringList usersHeld();
    SyncRecord sync(const QList<User>& users, int pageSize = 100);
    // Cached users (not deleted) holding `role`, as the role filter counts them.
    qint64 holding(const QString& role) const;
    QTemporaryDir m_dir;
    std::unique_ptr<CachedUserSource> m_source;
    std::unique_ptr<CacheWriter> m_writer;
    QString m_path;
};

void tst_CacheWriter::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"));
    m_source = std::make_unique<CachedUserSource>();
    QVERIFY2(m_source->openFile(m_path), qPrintable(m_source->errorString()));
    m_writer = std::make_unique<CacheWriter>(m_source->database());
}

qint64 tst_CacheWriter::holding(const QString& role) const
{
    CacheFilter filter;
    filter.role = role;
    return m_source->count({}, filter);
}

void tst_CacheWriter::cleanup()
{
    m_writer.reset();
    m_source.reset();
}

SyncRecord tst_CacheWriter::sync(const QList<User>& users, int pageSize)
{
    SyncRecord record;
    if (!m_writer->beginSync(QDateTime::currentDateTimeUtc()))
        return record;
    int pages = 0;
    for (int i = 0; i < users.size(); i += pageSize, ++pages) {
        if (!m_writer->stageUsers(users.mid(i, pageSize)))
            return record;
    }
    m_writer->commitSync(pages, &record);
    return record;
}

void tst_CacheWriter::fullSyncStoresEveryUser()
{
    const auto schema = [this] { return layoutOf(m_source->database().database()); };
    const QStringList emptySchema = schema();
    QVERIFY(emptySchema.size() > 10);
    const QList<User> users = CacheTestData::users(250);
    const SyncRecord record = sync(users);
    QVERIFY2(record.isValid(), qPrintable(m_writer->errorString()));
    QCOMPARE(record.users, 250);
    QCOMPARE(record.pages, 3);
    QCOMPARE(record.added, 250);
    QCOMPARE(record.deleted, 0);

    UserQuery all;
    all.limit = 1000;
    all.sortField = QStringLiteral("id");
    const UserPage page = m_source->page(all);
    QCOMPARE(page.total, 250);
    QVERIFY(!page.hasMore);
    QCOMPARE(page.users, users);
    // The first sync does not bury the history under 250 "appeared" entries.
    QVERIFY(m_source->recentChanges().value().isEmpty());
    QCOMPARE(m_source->lastFullSync(), record);
    QCOMPARE(m_source->asOf(), record.finishedAt);
    QCOMPARE(m_source->database().integrityCheck(), QStringLiteral("ok"));
    // A first sync builds the indexes and the search index once at the end: all of them are
    // back as they were, and the search index holds exactly the users.
    QCOMPARE(schema(), emptySchema);
    QSqlQuery fts(m_source->database().database());
    QVERIFY2(fts.exec(QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('integrity-check')")),
             qPrintable(fts.lastError().text()));
    // It was filled without merging on the way, merged once, and merges as usual again.
    QCOMPARE(CacheTestData::searchIndexMerging(m_source->database().database()),
             QStringLiteral("automerge 4, crisismerge 16, 1 segment(s)"));
    // Built on the builder's thread and copied in, not by the commit's fallback.
    QVERIFY(std::any_of(m_writer->lastCommitSteps().cbegin(), m_writer->lastCommitSteps().cend(),
                        [](const auto& step) { return step.first == QLatin1String("search index: copied into the file"); }));
    // Each user's roles are filed under that user's key.
    QSqlQuery roles(m_source->database().database());
    QVERIFY(roles.exec(QStringLiteral("SELECT u.id, r.role FROM user_roles r JOIN users u USING (user_key) "
                                      "ORDER BY u.id, r.role")));
    QMultiHash<QString, QString> filed;
    while (roles.next())
        filed.insert(roles.value(0).toString(), roles.value(1).toString());
    qsizetype expected = 0;
    for (const User& user : users) {
        QStringList got = filed.values(user.id);
        got.sort();
        QStringList want = user.roles;
        want.sort();
        want.removeDuplicates();
        QCOMPARE(got, want);
        expected += want.size();
    }
    QCOMPARE(filed.size(), expected);
    UserQuery search;
    search.search = QStringLiteral("user17");
    const UserPage found = m_source->page(search);
    QCOMPARE(found.total, 11); // user17 and user170-179: words are matched by their start
    QVERIFY(std::any_of(found.users.cbegin(), found.users.cend(), [&](const User& u) { return u.id == users[17].id; }));
    // The second sync writes into the kept indexes, row by row.
    QList<User> changed = users;
    changed[3].username = QStringLiteral("renamed3");
    QVERIFY(sync(changed).isValid());
    QCOMPARE(schema(), emptySchema);
    QVERIFY(fts.exec(QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('integrity-check')")));
    search.search = QStringLiteral("renamed3");
    QCOMPARE(m_source->page(search).users.value(0).id, users[3].id);
}

void tst_CacheWriter::duplicateListingsCountOnce()
{
    // The list shifted between pages: a user comes twice, changed in between. The copy listed
    // last is kept, once, whether the sync fills an empty cache or merges into one.
    QList<User> users = CacheTestData::users(20);
    User interim = CacheTestData::user(3);
    interim.username = QStringLiteral("interim3");
    User renamed = CacheTestData::user(3);
    renamed.username = QStringLiteral("renamed3");
    users.append(interim); // three copies in all: every earlier one goes
    users.append(renamed);
    SyncRecord record = sync(users, 7);
    QVERIFY2(record.isValid(), qPrintable(m_writer->errorString()));
    QCOMPARE(record.users, 20);
    QCOMPARE(m_source->count(), 20);
    QCOMPARE(m_source->user(renamed.id)->user.username, renamed.username);
    UserQuery search;
    search.search = QStringLiteral("renamed3");
    QCOMPARE(m_source->count(search), 1);
    QCOMPARE(m_source->page(search).users.value(0).id, renamed.id);
    search.search = interim.username;
    QCOMPARE(m_source->count(search), 0);

    // Merged: the changed copy first, the unchanged one last, so the sync changes nobody.
    User moved = CacheTestData::user(5);
    moved.email = QStringLiteral("moved5@example.test");
    users = CacheTestData::users(20);
    users[3] = renamed;
    users.prepend(moved);
    record = sync(users, 7);
    QVERIFY2(record.isValid(), qPrintable(m_writer->errorString()));
    QCOMPARE(record.users, 20);
    QCOMPARE(record.added, 0);
    QCOMPARE(record.changed, 0);
    QCOMPARE(record.deleted, 0);
    QCOMPARE(m_source->count(), 20);
    QCOMPARE(m_source->user(moved.id)->user.email, CacheTestData::user(5).email);
    QVERIFY(m_source->history(moved.id).value().isEmpty());

    // Users staged after the staging was keyed are deduplicated too.
    users = CacheTestData::users(20);
    users[3] = renamed;
    QVERIFY(m_writer->beginSync(QDateTime::currentDateTimeUtc()));
    QVERIFY(m_writer->stageUsers(users));
    QVERIFY(m_writer->finishStagingUsers());
    QVERIFY(m_writer->stageUsers({moved}));
    QVERIFY2(m_writer->commitSync(2, &record), qPrintable(m_writer->errorString()));
    QCOMPARE(record.users, 20);
    QCOMPARE(record.changed, 1);
    QCOMPARE(m_source->count(), 20);
    QCOMPARE(m_source->user(moved.id)->user.email, moved.email);
}

void tst_CacheWriter::sessionsListedTwiceKeepTheirLatestCopy()
{
    const QList<User> users = CacheTestData::users(3);
    const auto sessionOf = [](const User& user, const QString& id, const QString& agent) {
        Session session;
        session.id = id;
        session.userId = user.id;
        session.username = user.username;
        session.startedAt = QDateTime(QDate(2025, 3, 1), QTime(8, 0), Utc::zone);
        session.expiresAt = session.startedAt.addSecs(1200);
        session.userAgent = agent;
        return session;
    };
    const auto syncWith = [&](const QList<QList<Session>>& pages) {
        SyncRecord record;
        if (m_writer->beginSync(QDateTime::currentDateTimeUtc()) && m_writer->stageUsers(users)) {
            for (const QList<Session>& page : pages)
                m_writer->stageSessions(page);
            m_writer->commitSync(1, &record);
        }
        return record;
    };
    const Session first = sessionOf(users[1], QStringLiteral("s-1"), QStringLiteral("curl/7.88"));
    const Session other = sessionOf(users[2], QStringLiteral("s-2"), QStringLiteral("Firefox"));
    const Session again = sessionOf(users[1], QStringLiteral("s-1"), QStringLiteral("curl/8.1"));
    QVERIFY2(syncWith({{first, other}, {again}}).isValid(), qPrintable(m_writer->errorString()));
    QCOMPARE(m_source->sessions(users[1].id).value(), QList<Session>{again});
    QCOMPARE(m_source->sessions(users[2].id).value(), QList<Session>{other});

    // The next sync lists s-1 (its earlier copy last) and no longer s-2: s-2 goes.
    QVERIFY2(syncWith({{again}, {first}}).isValid(), qPrintable(m_writer->errorString()));
    QCOMPARE(m_source->sessions(users[1].id).value(), QList<Session>{first});
    QVERIFY(m_source->sessions(users[2].id).value().isEmpty());
}

void tst_CacheWriter::usersFoundAfterAnEmptyListAreRecordedAsAdded()
{
    // The cache is empty, yet not new: a full sync listed no user before. Every user the next
    // one stages is new and gets its "added" entry (a commit into an empty cache skips matching).
    const SyncRecord none = sync({});
    QVERIFY2(none.isValid(), qPrintable(m_writer->errorString()));
    QCOMPARE(none.added, 0);
    const QList<User> users = CacheTestData::users(3);
    const SyncRecord next = sync(users);
    QVERIFY2(next.isValid(), qPrintable(m_writer->errorString()));
    QCOMPARE(next.added, 3);
    QCOMPARE(next.changed, 0);
    QCOMPARE(next.deleted, 0);
    for (const User& user : users) {
        const QList<UserChange> history = m_source->history(user.id).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().kind, UserChange::Kind::Added);
        QCOMPARE(history.first().syncId, next.id);
    }
    QCOMPARE(m_source->count(), 3);
}

void tst_CacheWriter::secondSyncRecordsHistory()
{
    QList<User> users = CacheTestData::users(50);
    const SyncRecord first = sync(users);
    QVERIFY(first.isValid());

    users[10].roles.removeAll(QStringLiteral("admin")); // user 10 loses admin
    users[3].enabled = false;                           // user 3 gets disabled (was enabled)
    users[4].attributes[QStringLiteral("city")] = QStringLiteral("Porto");
    users[4].attributes[QStringLiteral("last_login_at")] = QStringLiteral("2025-03-01T10:00:00Z"); // volatile
    users[4].email = QStringLiteral("new4@example.test");
    const QString lostAdmin = users[10].id;
    const User gone = users.takeAt(7);
    users.append(CacheTestData::user(300));
    QTest::qWait(5); // distinct timestamps
    const SyncRecord second = sync(users);
    QVERIFY2(second.isValid(), qPrintable(m_writer->errorString()));
    QCOMPARE(second.added, 1);
    QCOMPARE(second.changed, 3);
    QCOMPARE(second.deleted, 1);
    QCOMPARE(second.users, 50);

    const QList<UserChange> admin = m_source->history(lostAdmin).value();
    QCOMPARE(admin.size(), 1);
    QCOMPARE(admin.first().field, QStringLiteral("role"));
    QCOMPARE(admin.first().oldValue, QStringLiteral("admin"));
    QCOMPARE(admin.first().description(), QStringLiteral("lost role admin"));
    QCOMPARE(admin.first().at, second.finishedAt);
    QCOMPARE(admin.first().syncId, second.id);

    const QList<UserChange> disabled = m_source->history(users[3].id).value();
    QCOMPARE(disabled.size(), 1);
    QCOMPARE(disabled.first().description(), QStringLiteral("disabled"));

    QStringList descriptions;
    const Result<QList<UserChange>> unchangedHistory = m_source->history(users[4].id);
    for (const UserChange& change : unchangedHistory.value())
        descriptions << change.description();
    descriptions.sort();
    QCOMPARE(descriptions,
             (QStringList{QStringLiteral("city changed from “Lisbon” to “Porto”"),
                          QStringLiteral("email changed from “user4@example.test” to “new4@example.test”")}));

    const QList<UserChange> deleted = m_source->history(gone.id).value();
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().kind, UserChange::Kind::Deleted);
    QCOMPARE(deleted.first().username, gone.username);
    const QList<UserChange> added = m_source->history(CacheTestData::user(300).id).value();
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().kind, UserChange::Kind::Added);

    // The deleted user is kept, marked with its last sighting, and left out by default.
    const auto kept = m_source->user(gone.id);
    QVERIFY(kept.has_value());
    QVERIFY(kept->isDeletedOnServer());
    QCOMPARE(kept->lastSeenAt, first.finishedAt);
    QCOMPARE(kept->user, gone);
    QVERIFY(kept->statusText().startsWith(QStringLiteral("deleted on server (last seen ")));
    QCOMPARE(m_source->count(), 50);
    CacheFilter withDeleted;
    withDeleted.deleted = CacheFilter::Deleted::Include;
    QCOMPARE(m_source->count({}, withDeleted), 51);
    withDeleted.deleted = CacheFilter::Deleted::Only;
    const QList<CachedUser> onlyDeleted = m_source->rows({}, withDeleted);
    QCOMPARE(onlyDeleted.size(), 1);
    QCOMPARE(onlyDeleted.first().user.id, gone.id);

    // Everyone else was seen by the second sync; the roles' table follows the change.
    QCOMPARE(m_source->user(users[0].id)->lastSeenAt, second.finishedAt);
    QCOMPARE(holding(QStringLiteral("admin")), 5); // 0, 20, 30, 40 and the new 300; 10 lost it
    QCOMPARE(m_source->database().integrityCheck(), QStringLiteral("ok"));
}

void tst_CacheWriter::unchangedSyncRecordsNoHistory()
{
    const QList<User> users = CacheTestData::users(30);
    const SyncRecord first = sync(users);
    QTest::qWait(5);
    const SyncRecord second = sync(users);
    QCOMPARE(second.changed, 0);
    QCOMPARE(second.added, 0);
    QCOMPARE(second.deleted, 0);
    QVERIFY(m_source->recentChanges().value().isEmpty());
    QVERIFY(second.finishedAt > first.finishedAt);
    QCOMPARE(m_source->user(users[5].id)->lastSeenAt, second.finishedAt);
    QCOMPARE(m_source->user(users[5].id)->firstSeenAt, first.finishedAt);
}

void tst_CacheWriter::userBackOnServerIsRestored()
{
    QList<User> users = CacheTestData::users(10);
    sync(users);
    sync(users.mid(0, 9));
    QVERIFY(m_source->user(users[9].id)->isDeletedOnServer());
    users[9].email = QStringLiteral("back@example.test");
    users[9].roles = {QStringLiteral("returned")}; // and "profile" no longer
    const SyncRecord third = sync(users);
    QCOMPARE(third.deleted, 0);
    const auto back = m_source->user(users[9].id);
    QVERIFY(!back->isDeletedOnServer());
    QCOMPARE(back->user.email, QStringLiteral("back@example.test"));
    const QList<UserChange> history = m_source->history(users[9].id).value();
    QCOMPARE(history.size(), 5); // deleted, then restored, email changed, a role gained, one lost
    QCOMPARE(history.last().kind, UserChange::Kind::Deleted);
    QStringList latest;
    for (const UserChange& change : history.mid(0, 4))
        latest << change.description();
    QVERIFY2(latest.contains(QStringLiteral("back on the server")), qPrintable(latest.join(QLatin1String(" | "))));
    QVERIFY2(latest.contains(QStringLiteral("gained role returned")), qPrintable(latest.join(QLatin1String(" | "))));
    QVERIFY2(latest.contains(QStringLiteral("lost role profile")), qPrintable(latest.join(QLatin1String(" | "))));
    // Its roles are the ones it came back with, and only those.
    QCOMPARE(holding(QStringLiteral("profile")), 9);
    QCOMPARE(holding(QStringLiteral("returned")), 1);
}

// A cached user whose roles are not JSON (a damaged file) does not stop a sync: its old rows in
// user_roles, which that JSON cannot name, go all the same.
void tst_CacheWriter::aDamagedRolesCopyIsReplacedBySync()
{
    QList<User> users = CacheTestData::users(10);
    QVERIFY(sync(users).isValid());
    QSqlQuery damage(m_source->database().database());
    damage.prepare(QStringLiteral("UPDATE users SET roles = '[' WHERE id = ?"));
    damage.addBindValue(users[2].id);
    QVERIFY2(damage.exec(), qPrintable(damage.lastError().text()));
    users[2].roles = {QStringLiteral("auditor")};
    const SyncRecord second = sync(users);
    QVERIFY2(second.isValid(), qPrintable(m_writer->errorString()));
    QCOMPARE(holding(QStringLiteral("profile")), 9);
    QCOMPARE(holding(QStringLiteral("auditor")), 1);
    QCOMPARE(m_source->user(users[2].id)->user.roles, QStringList{QStringLiteral("auditor")});
}

void tst_CacheWriter::abortLeavesPreviousCopy()
{
    const QList<User> users = CacheTestData::users(40);
    const SyncRecord first = sync(users);
    UserQuery all;
    all.limit = 100;
    const QList<CachedUser> before = m_source->rows(all);

    QVERIFY(m_writer->beginSync(QDateTime::currentDateTimeUtc()));
    QList<User> changed = CacheTestData::users(10, 100);
    QVERIFY(m_writer->stageUsers(changed));
    QVERIFY(m_writer->flushStaging());
    QVERIFY(m_writer->stageUsers(CacheTestData::users(5, 200)));
    m_writer->abortSync();

    QCOMPARE(m_source->rows(all), before);
    QCOMPARE(m_source->lastFullSync(), first);
    QCOMPARE(m_source->syncs().value().size(), 1);
    QVERIFY(m_source->recentChanges().value().isEmpty());

    // The next sync starts from a clean staging area.
    const SyncRecord next = sync(users);
    QCOMPARE(next.users, 40);
    QCOMPARE(next.added, 0);
}

// Cancel stops a commit inside its statements (a million users' takes half a minute). Stopped
// here from within the commit itself, by a temporary trigger calling stop_commit(): while a first
// sync loads an empty cache (its indexes dropped, to be built at the end), while a later one
// merges, and in the last statement before the COMMIT (too short for SQLite's progress handler,
// so the commit's own last look at the flag stops it). Every write rolls back, the indexes are
// all there, and the next commit works.
void tst_CacheWriter::aStoppedCommitRollsEverythingBack()
{
    std::atomic<bool> stop{false};
    m_writer->setStopFlag(&stop);
    QSqlDatabase db = m_source->database().database();
    sqlite3* handle = SqliteConnection::handle(db);
    QVERIFY(handle);
    const auto flip = [](sqlite3_context* context, int, sqlite3_value**) {
        static_cast<std::atomic<bool>*>(sqlite3_user_data(context))->store(true);
        sqlite3_result_null(context);
    };
    QCOMPARE(sqlite3_create_function(handle, "stop_commit", 0, SQLITE_UTF8, &stop, flip, nullptr, nullptr),
             SQLITE_OK);
    const auto layout = [&db] { return layoutOf(db); };
    const QStringList schema = layout();
    QVERIFY(schema.size() > 10);

    struct Case
    {
        const char* name;
        const char* trigger; // where stop_commit() runs
        int usersBefore;
        bool stopsInside; // in that statement, by SQLite's progress handler
    };
    const Case cases[] = {
        {"first sync", "AFTER INSERT ON main.users WHEN new.user_key = 1500", 0, true},
        // The roles' last row (every user holds "profile"): Cancel comes as the commit's thread
        // goes on to wait for the search index's builder.
        {"first sync, its search index being finished",
         "AFTER INSERT ON main.user_roles WHEN new.role = 'profile' AND new.user_key = 3000", 0, true},
        {"merge", "AFTER INSERT ON main.users WHEN new.user_key = 2500", 2000, true},
        {"last statement", "AFTER UPDATE ON main.syncs", 2000, false},
    };
    for (const Case& test : cases) {
        const QString name = QString::fromLatin1(test.name);
        if (m_source->count() != test.usersBefore)
            QVERIFY2(sync(CacheTestData::users(test.usersBefore)).id > 0, qPrintable(m_writer->errorString()));
        QCOMPARE(m_source->count(), test.usersBefore);
        const auto syncs = m_source->syncs().value();
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("CREATE TEMP TRIGGER stop_inside %1 BEGIN SELECT stop_commit(); END")
                                .arg(QLatin1String(test.trigger))),
                 qPrintable(query.lastError().text()));

        QVERIFY(m_writer->beginSync(QDateTime::currentDateTimeUtc()));
        QVERIFY(m_writer->stageUsers(CacheTestData::users(3000, 1000)));
        QVERIFY2(!m_writer->commitSync(30), qPrintable(name));
        QVERIFY2(m_writer->wasStopped(), qPrintable(name));
        // Stopped where it was, not at the end: the commit's last step ("counts") never came.
        bool reachedTheEnd = false;
        for (const auto& [step, ms] : m_writer->lastCommitSteps())
            reachedTheEnd = reachedTheEnd || step == QLatin1String("counts");
        QVERIFY2(reachedTheEnd != test.stopsInside, qPrintable(name));
        m_writer->abortSync();

        QCOMPARE(m_source->count(), test.usersBefore);
        QCOMPARE(m_source->syncs().value(), syncs);
        QCOMPARE(layout(), schema);
        QCOMPARE(m_source->database().integrityCheck(), QStringLiteral("ok"));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('integrity-check')")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER temp.stop_inside")));
        stop = false;
    }
    // Not stopped, the same commit goes through.
    QVERIFY2(sync(CacheTestData::users(3000, 1000)).id > 0, qPrintable(m_writer->errorString()));
    QCOMPARE(m_source->count(), 3000);
}

void tst_CacheWriter::storeUserTouchesOnlyThatUser()
{
    QList<User> users = CacheTestData::users(20);
    const SyncRecord first = sync(users);
    QTest::qWait(5);
    User changed = users[10];
    changed.roles = {QStringLiteral("profile"), QStringLiteral("venue")};
    SyncRecord record;
    QVERIFY2(m_writer->storeUser(changed, &record), qPrintable(m_writer->errorString()));
    QCOMPARE(record.kind, SyncRecord::Kind::User);
    QCOMPARE(record.changed, 1);

    QCOMPARE(m_source->user(changed.id)->user, changed);
    QCOMPARE(m_source->user(changed.id)->lastSeenAt, record.finishedAt);
    QCOMPARE(m_source->user(users[11].id)->lastSeenAt, first.finishedAt);
    QStringList descriptions;
    const Result<QList<UserChange>> changedHistory = m_source->history(changed.id);
    for (const UserChange& change : changedHistory.value())
        descriptions << change.description();
    descriptions.sort();
    QCOMPARE(descriptions,
             (QStringList{QStringLiteral("gained role venue"), QStringLiteral("lost role admin")}));
    // A refresh is not a full sync: the cache's age stays that of the last full sync.
    QCOMPARE(m_source->asOf(), first.finishedAt);
    CacheFilter venue;
    venue.role = QStringLiteral("venue");
    QCOMPARE(m_source->count({}, venue), 1);

    User fresh = CacheTestData::user(500);
    QVERIFY(m_writer->storeUser(fresh, &record));
    QCOMPARE(record.added, 1);
    QCOMPARE(m_source->count(), 21);
}

void tst_CacheWriter::markDeletedOnServer()
{
    const QList<User> users = CacheTestData::users(5);
    sync(users);
    QVERIFY(m_writer->markDeletedOnServer(users[2].id));
    QVERIFY(m_source->user(users[2].id)->isDeletedOnServer());
    QCOMPARE(m_source->history(users[2].id).value().first().kind, UserChange::Kind::Deleted);
    QCOMPARE(m_source->count(), 4);
    QVERIFY(m_writer->markDeletedOnServer(users[2].id)); // twice: still one entry
    QCOMPARE(m_source->history(users[2].id).value().size(), 1);
}

void tst_CacheWriter::sessionsAndKeyMetadata()
{
    sync(CacheTestData::users(3));
    Session session;
    session.id = QStringLiteral("s-1");
    session.userId = CacheTestData::user(1).id;
    session.username = QStringLiteral("user1");
    session.startedAt = QDateTime(QDate(2025, 3, 1), QTime(8, 0), Utc::zone);
    session.expiresAt = session.startedAt.addSecs(1200);
    session.ipAddress = QStringLiteral("127.0.0.1");
    session.userAgent = QStringLiteral("curl/7.88");
    QVERIFY(m_writer->storeSessions(session.userId, {session}));
    QCOMPARE(m_source->sessions(session.userId).value(), QList<Session>{session});
    QVERIFY(m_writer->storeSessions(session.userId, {}));
    QVERIFY(m_source->sessions(session.userId).value().isEmpty());

    ApiKey key;
    key.id = QStringLiteral("k-1");
    key.name = QStringLiteral("ci");
    key.ownerId = CacheTestData::user(1).id;
    key.prefix = QStringLiteral("ak_W4KL…");
    key.scopes = {QStringLiteral("read")};
    key.createdAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Utc::zone);
    QVERIFY(m_writer->storeApiKeys(key.ownerId, {key}));
    QCOMPARE(m_source->apiKeys(key.ownerId).value(), QList<ApiKey>{key});

    // A full sync that lists sessions and keys replaces them; one that does not, keeps them.
    QVERIFY(m_writer->beginSync(QDateTime::currentDateTimeUtc()));
    QVERIFY(m_writer->stageUsers(CacheTestData::users(3)));
    session.id = QStringLiteral("s-2");
    QVERIFY(m_writer->stageSessions({session}));
    SyncRecord record;
    QVERIFY(m_writer->commitSync(1, &record));
    QCOMPARE(record.sessions, 1);
    QCOMPARE(record.apiKeys, -1);
    QCOMPARE(m_source->sessions(session.userId).value(), QList<Session>{session});
    QCOMPARE(m_source->apiKeys().value().size(), 1);
}

void tst_CacheWriter::noSecretReachesTheFile()
{
    QList<User> users;
    for (int i = 0; i < 20; ++i)
        users << CacheTestData::userWithSecrets(i);
    QVERIFY(sync(users).isValid());
    QVERIFY(m_writer->storeUser(CacheTestData::userWithSecrets(77)));
    Session session;
    session.id = QStringLiteral("s");
    session.userId = users[0].id;
    session.attributes = {{QStringLiteral("refresh_token"), CacheTestData::echoedToken},
                          {QStringLiteral("scope"), QStringLiteral("profile")}};
    QVERIFY(m_writer->storeSessions(session.userId, {session}));
    ApiKey key;
    key.id = QStringLiteral("k");
    key.prefix = CacheTestData::echoedKey; // a dialect that put the whole key here by mistake
    key.attributes = {{QStringLiteral("key"), CacheTestData::echoedKey}};
    QVERIFY(m_writer->storeApiKeys({}, {key}));

    // What is kept is still there; the secrets are not.
    const auto stored = m_source->user(users[0].id);
    QCOMPARE(stored->user.attributes.value(QStringLiteral("nested"))
                 .toMap()
                 .value(QStringLiteral("fine"))
                 .toString(),
             QStringLiteral("kept"));
    QVERIFY(!stored->user.attributes.contains(QStringLiteral("password")));
    QCOMPARE(m_source->sessions(session.userId).value().first().attributes.value(QStringLiteral("scope")).toString(),
             QStringLiteral("profile"));
    QCOMPARE(m_source->apiKeys().value().first().prefix, CacheTestData::echoedKey.left(8));

    QSqlQuery(m_source->database().database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QByteArray bytes = CacheTestData::fileBytes(m_path);
    QVERIFY(bytes.size() > 10000);
    QVERIFY(bytes.contains("user1@example.test")); // the scan does see the data
    QVERIFY(!bytes.contains(CacheTestData::echoedPassword.toUtf8()));
    QVERIFY(!bytes.contains(CacheTestData::echoedToken.toUtf8()));
    QVERIFY(!bytes.contains(CacheTestData::echoedToken.left(20).toUtf8()));
    QVERIFY(!bytes.contains(CacheTestData::echoedKey.toUtf8()));
}


// The text the search index reads from a user's attributes is made in C++ while a sync stages
// its pages, and by SQL's json_tree when schema 3's upgrade makes it from stored rows: both give
// the same text for texts and plain numbers, for users a first sync brought, users stored one
// by one and users a later sync changed (whose old words must leave the index).
void tst_CacheWriter::searchReadsAttributeValuesNotKeys()
{
    QList<User> users = CacheTestData::users(3);
    const QVariantMap nested{{QStringLiteral("city"), QStringLiteral("Lisboa")},
                             {QStringLiteral("zip"), 1000},
                             {QStringLiteral("geo"), QVariantList{38.72, -9.14}}};
    users[0].attributes = {{QStringLiteral("department"), QStringLiteral("Quantum Logistics")},
                           {QStringLiteral("floor"), 12.0},
                           {QStringLiteral("ratio"), 0.75},
                           {QStringLiteral("tags"), QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}},
                           {QStringLiteral("address"), nested},
                           {QStringLiteral("active"), true},
                           {QStringLiteral("note"), QVariant()},
                           {QStringLiteral("empty"), QString()}};
    // A server that lists every field among the attributes: the values the index reads from
    // their own columns are left out of the text, and still found.
    // So are the id and the user's times, in the forms servers write them (another offset,
    // milliseconds, a number); a time of another event and a number that is no time stay.
    QCOMPARE(QDateTime::fromString(QStringLiteral("2024-01-01T11:00:00+01:00"), Qt::ISODate), users[1].createdAt);
    QCOMPARE(QDateTime::fromString(QStringLiteral("2025-02-01T12:00:01.000Z"), Qt::ISODateWithMs),
             users[1].lastLoginAt);
    users[1].attributes = {{QStringLiteral("hobby"), QStringLiteral("Origami")},
                           {QStringLiteral("login"), users[1].username},
                           {QStringLiteral("mail"), users[1].email},
                           {QStringLiteral("given"), users[1].firstName},
                           {QStringLiteral("family"), users[1].lastName},
                           {QStringLiteral("uuid"), users[1].id},
                           {QStringLiteral("created_at"), QStringLiteral("2024-01-01T11:00:00+01:00")},
                           {QStringLiteral("last_login_at"), QStringLiteral("2025-02-01T12:00:01.000Z")},
                           {QStringLiteral("createdTimestamp"), double(users[1].createdAt.toMSecsSinceEpoch())},
                           {QStringLiteral("hired"), QStringLiteral("2020-03-04T05:06:07Z")},
                           {QStringLiteral("badge"), QStringLiteral("2459000")}};
    users[1].attributes.insert(QStringLiteral("signup"), double(users[1].createdAt.toSecsSinceEpoch()));
    // A user without a last sign-in keeps a time that is not its creation; a numeric id, as
    // Nebula lists it, is the id all the same.
    QVERIFY(!users[0].lastLoginAt.isValid());
    users[0].attributes.insert(QStringLiteral("seen"), QStringLiteral("2023-05-06T07:08:09Z"));
    users[0].id = QStringLiteral("18");
    users[0].attributes.insert(QStringLiteral("uid"), 18.0);
    QCOMPARE(sync(users.mid(0, 2)).users, 2);
    User single = users[2];
    single.attributes = users[0].attributes;
    single.attributes[QStringLiteral("department")] = QStringLiteral("Zymurgy");
    QVERIFY2(m_writer->storeUser(single), qPrintable(m_writer->errorString()));

    // What the upgrades write (the same function, from SQL) is what the sync wrote.
    QVERIFY(SearchIndex::addAttributeTextFunction(m_source->database().database()));
    QSqlQuery rows(m_source->database().database());
    QVERIFY(rows.exec(QStringLiteral("SELECT id, attribute_text, ") +
                      SearchIndex::attributeTextOf(QStringLiteral("attributes")) +
                      QStringLiteral(" FROM users ORDER BY id")));
    int compared = 0;
    while (rows.next()) {
        QCOMPARE(rows.value(1).toString(), rows.value(2).toString());
        ++compared;
    }
    QCOMPARE(compared, 3);

    const auto count = [&](const char* typed) {
        UserQuery query;
        query.search = QString::fromUtf8(typed);
        return m_source->count(query);
    };
    QCOMPARE(count("quantum"), 1);
    QCOMPARE(count("zymurgy"), 1);
    QCOMPARE(count("origami"), 1);
    QCOMPARE(count(qPrintable(users[1].username)), 1);
    QCOMPARE(count(qPrintable(users[1].email)), 1);
    QSqlQuery text(m_source->database().database());
    text.prepare(QStringLiteral("SELECT attribute_text FROM users WHERE id = ?"));
    text.addBindValue(users[1].id);
    QVERIFY(text.exec() && text.next());
    QCOMPARE(text.value(0).toString(), QStringLiteral("2459000 2020-03-04T05:06:07Z Origami"));
    QCOMPARE(count("2459000"), 1);
    QCOMPARE(count("2020"), 1);
    QCOMPARE(count("2023"), 2); // users[0]'s "seen", and the single user's copy of it
    QCOMPARE(count("2024"), 0);
    QCOMPARE(count("000001"), 0); // the id, id-000001
    text.bindValue(0, QStringLiteral("18"));
    QVERIFY(text.exec() && text.next());
    QVERIFY2(!text.value(0).toString().split(QLatin1Char(' ')).contains(QStringLiteral("18")),
             qPrintable(text.value(0).toString()));
    QCOMPARE(count("lisboa"), 2);
    QCOMPARE(count("1000"), 2);
    QCOMPARE(count("beta"), 2);
    QCOMPARE(count("0.75"), 2);
    QCOMPARE(count("department"), 0);
    QCOMPARE(count("city"), 0);
    QCOMPARE(count("true"), 0);

    users[0].attributes[QStringLiteral("department")] = QStringLiteral("Xylography");
    users[0].attributes[QStringLiteral("broken")] = qQNaN(); // stored as null: nothing to find
    users.append(single);
    // The writer shares this test's connection; a sync changes its staging tables' schema (it
    // drops the last sync's key of the staged users as it begins), which SQLite refuses while
    // a statement of the connection is open. The console's writer has a connection of its own.
    text.finish();
    rows.finish();
    const SyncRecord third = sync(users);
    QVERIFY2(third.isValid(), qPrintable(m_writer->errorString()));
    QCOMPARE(third.changed, 1);
    QCOMPARE(count("quantum"), 0);
    QCOMPARE(count("xylography"), 1);
    QCOMPARE(count("nan"), 0);
    QVERIFY(rows.exec());
    compared = 0;
    while (rows.next()) {
        QCOMPARE(rows.value(1).toString(), rows.value(2).toString());
        ++compared;
    }
    QCOMPARE(compared, 3);
    QSqlQuery check(m_source->database().database());
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('integrity-check')")),
             qPrintable(check.lastError().text()));
}

// A first sync numbers its users in username order, users whose usernames sort alike (case
// is ignored) by their id, and each keeps its own roles.
void tst_CacheWriter::equalUsernamesKeepTheirOwnRoles()
{
    QList<User> users = CacheTestData::users(6);
    const QStringList usernames{QStringLiteral("bob"), QStringLiteral("BOB"), QStringLiteral("Bob"),
                                QStringLiteral("bob"), QStringLiteral("alice"), QStringLiteral("BOB")};
    QMap<QString, QString> expected; // id -> its roles, sorted and joined
    for (int i = 0; i < users.size(); ++i) {
        users[i].username = usernames.at(i);
        users[i].roles = {QStringLiteral("role-of-%1").arg(i), QStringLiteral("shared")};
        expected.insert(users.at(i).id, QStringLiteral("role-of-%1,shared").arg(i));
    }
    std::reverse(users.begin(), users.end()); // staged against id order
    QCOMPARE(sync(users).users, 6);
    QSqlQuery roles(m_source->database().database());
    QVERIFY(roles.exec(QStringLiteral("SELECT u.id, (SELECT group_concat(role, ',') FROM (SELECT role FROM "
                                      "user_roles r WHERE r.user_key = u.user_key ORDER BY role)) FROM users u")));
    QMap<QString, QString> stored;
    while (roles.next())
        stored.insert(roles.value(0).toString(), roles.value(1).toString());
    QCOMPARE(stored, expected);

    QStringList bobs; // the ids of users 0, 1, 2, 3 and 5
    for (int i : {0, 1, 2, 3, 5})
        bobs << CacheTestData::users(6).at(i).id;
    bobs.sort();
    QVERIFY(roles.exec(QStringLiteral("SELECT group_concat(id, ' ') FROM (SELECT id FROM users ORDER BY user_key)")));
    QVERIFY(roles.next());
    QCOMPARE(roles.value(0).toString(), QString(users.at(1).id + QLatin1Char(' ') + bobs.join(QLatin1Char(' '))));
}

void tst_CacheWriter::theLogIsCopiedIntoTheFileAfterTheCommit()
{
    const auto size = [](const QString& path) { return QFileInfo(path).size(); };
    const QString log = m_path + QStringLiteral("-wal");
    QSqlQuery pragma(m_source->database().database());
    // A threshold of ten pages: SQLite's own checkpoint would copy the sync at its COMMIT.
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 10")));
    QVERIFY2(m_writer->checkpoint(), qPrintable(m_writer->errorString()));
    const qint64 emptyFile = size(m_path);
    QCOMPARE(size(log), 0);

    const SyncRecord record = sync(CacheTestData::users(500));
    QVERIFY2(record.isValid(), qPrintable(m_writer->errorString()));
    // Committed: another connection reads the new copy, from the log; the file is untouched.
    QCOMPARE(size(m_path), emptyFile);
    QVERIFY(size(log) > 50 * 4096);
    CachedUserSource reader;
    QVERIFY2(reader.openFile(m_path), qPrintable(reader.errorString()));
    QCOMPARE(reader.count(), 500);
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && pragma.next());
    QCOMPARE(pragma.value(0).toInt(), 10); // the connection's own threshold is back
    pragma.finish();

    qint64 elapsedMs = -1;
    QVERIFY2(m_writer->checkpoint(&elapsedMs), qPrintable(m_writer->errorString()));
    QVERIFY(elapsedMs >= 0);
    QVERIFY(size(m_path) > emptyFile + 50 * 4096);
    QCOMPARE(size(log), 0); // emptied, the reader still open
    QCOMPARE(reader.count(), 500);
    QCOMPARE(m_source->database().integrityCheck(), QStringLiteral("ok"));
}

void tst_CacheWriter::aReaderInTheLogLeavesItForTheNextCheckpoint()
{
    const auto size = [](const QString& path) { return QFileInfo(path).size(); };
    const QString log = m_path + QStringLiteral("-wal");
    QVERIFY(m_writer->checkpoint());
    const qint64 emptyFile = size(m_path);
    QVERIFY2(sync(CacheTestData::users(300)).isValid(), qPrintable(m_writer->errorString()));
    // A reader in the middle of a read of the copy just committed, which is in the log.
    CachedUserSource reader;
    QVERIFY2(reader.openFile(m_path), qPrintable(reader.errorString()));
    QSqlDatabase readerDb = reader.database().database();
    QVERIFY(readerDb.transaction());
    QSqlQuery held(readerDb);
    QVERIFY(held.exec(QStringLiteral("SELECT count(*) FROM users")) && held.next());
    QCOMPARE(held.value(0).toInt(), 300);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(!m_writer->checkpoint());
    // It waited a second for the reader, not the connection's ten.
    QVERIFY2(clock.elapsed() < CacheDatabase::busyTimeoutMs, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(m_writer->errorString().contains(QStringLiteral("Readers")), qPrintable(m_writer->errorString()));
    QVERIFY(size(m_path) > emptyFile); // the pages were copied all the same
    QVERIFY(size(log) > 0);
    held.finish();
    QVERIFY(readerDb.rollback());

    QVERIFY2(m_writer->checkpoint(), qPrintable(m_writer->errorString()));
    QCOMPARE(size(log), 0);
    QCOMPARE(reader.count(), 300);
    QVERIFY(m_writer->storeUser(CacheTestData::users(301).last())); // the connection writes on
    QCOMPARE(reader.count(), 301);
}

// The pages a sync's connection kept go back once the sync is over, committed or not (the
// console keeps that connection open between syncs).
void tst_CacheWriter::theSyncsPagesGoBackWhenItEnds()
{
    sqlite3* handle = SqliteConnection::handle(m_source->database().database());
    QVERIFY(handle);
    const auto cacheBytes = [handle] {
        int current = 0, highest = 0;
        sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_USED, &current, &highest, 0);
        return current;
    };
    const QList<User> users = CacheTestData::users(20000);
    for (const bool commit : {true, false}) {
        QVERIFY(m_writer->beginSync(QDateTime::currentDateTimeUtc()));
        for (int i = 0; i < users.size(); i += 500)
            QVERIFY2(m_writer->stageUsers(users.mid(i, 500)), qPrintable(m_writer->errorString()));
        QVERIFY2(m_writer->flushStaging(), qPrintable(m_writer->errorString()));
        const int staging = cacheBytes();
        QVERIFY2(staging > 1024 * 1024, qPrintable(QString::number(staging)));
        if (commit) {
            SyncRecord record;
            QVERIFY2(m_writer->commitSync(40, &record), qPrintable(m_writer->errorString()));
            QCOMPARE(record.users, qint64(users.size()));
            m_writer->releaseStaging(); // as SyncWorker does once the sync is reported
        } else {
            m_writer->abortSync();
        }
        const int after = cacheBytes();
        QVERIFY2(after < 512 * 1024, qPrintable(QStringLiteral("%1 bytes after %2").arg(after).arg(QLatin1String(commit ? "the commit" : "a stop"))));
    }
}

void tst_CacheWriter::aFirstSyncsSearchIndexIsBuiltBesideItsCommit()
{
    // Enough users for several of the builder's reads (4,096 rows each).
    const QList<User> users = CacheTestData::users(9000);
    QVERIFY2(sync(users, 1000).isValid(), qPrintable(m_writer->errorString()));
    QSqlDatabase db = m_source->database().database();
    QString error;
    QVERIFY2(checkSearchIndex(db, &error), qPrintable(error));
    const QStringList built = matchesOf(db);
    QVERIFY(built.filter(QRegularExpression(QStringLiteral(":\\d+,\\d+"))).size() > 10); // most find several users
    // What the commit would have built itself, FTS5's way, on the same rows: the same answers.
    QVERIFY(db.transaction());
    QVERIFY2(SearchIndex::create(db, &error), qPrintable(error));
    QVERIFY(db.commit());
    QCOMPARE(matchesOf(db), built);

    // The same by hand, with a queue of one read, so that the commit's thread waits for the
    // builder's each time; CREATE INDEX on users runs between two feeds.
    QVERIFY(db.transaction());
    {
        SearchIndexBuilder builder(SqliteConnection::handle(db));
        builder.queueBytes = 1;
        QVERIFY2(builder.start(), qPrintable(builder.errorString()));
        builder.feed();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE INDEX scratch ON users (enabled)")));
        builder.feed();
        QVERIFY2(builder.finish(), qPrintable(builder.errorString()));
        QVERIFY2(builder.copyInto(), qPrintable(builder.errorString()));
        QVERIFY(query.exec(QStringLiteral("DROP INDEX scratch")));
    }
    QVERIFY(db.commit());
    QVERIFY2(checkSearchIndex(db, &error), qPrintable(error));
    QCOMPARE(matchesOf(db), built);
    QCOMPARE(CacheTestData::searchIndexMerging(db), QStringLiteral("automerge 4, crisismerge 16, 1 segment(s)"));

    // Its triggers are in place: a later sync's renames are found, and the old names are not.
    QList<User> renamed = users;
    for (int i = 0; i < 50; ++i)
        renamed[i * 7].username = QStringLiteral("zzrenamed%1").arg(i);
    renamed.removeLast();
    QVERIFY2(sync(renamed, 1000).isValid(), qPrintable(m_writer->errorString()));
    QVERIFY2(checkSearchIndex(db, &error), qPrintable(error));
    UserQuery search;
    search.search = QStringLiteral("zzrenamed");
    QCOMPARE(m_source->page(search).total, 50);
}

void tst_CacheWriter::aSearchIndexBuilderStoppedMidwayLeavesTheFileAsItWas()
{
    QVERIFY2(sync(CacheTestData::users(9000), 1000).isValid(), qPrintable(m_writer->errorString()));
    QSqlDatabase db = m_source->database().database();
    const QStringList before = matchesOf(db);
    // Dropped after a feed, its thread busy or waiting: no hang, no crash, and the transaction it
    // read from goes on and rolls back as if it had never been.
    for (const bool copied : {false, true}) {
        QVERIFY(db.transaction());
        {
            SearchIndexBuilder builder(SqliteConnection::handle(db));
            builder.queueBytes = 1;
            QVERIFY2(builder.start(), qPrintable(builder.errorString()));
            builder.feed();
            if (copied) {
                QVERIFY(builder.finish());
                QVERIFY(builder.copyInto());
            }
        }
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM users WHERE user_key % 2 = 0")));
        QVERIFY(db.rollback());
        QString error;
        QVERIFY2(checkSearchIndex(db, &error), qPrintable(error));
        QCOMPARE(matchesOf(db), before);
        QCOMPARE(m_source->database().integrityCheck(), QStringLiteral("ok"));
    }
}

void tst_CacheWriter::aSearchIndexBuilderWhoseReadsFailIsNeverCopied()
{
    QVERIFY2(sync(CacheTestData::users(9000), 1000).isValid(), qPrintable(m_writer->errorString()));
    QSqlDatabase db = m_source->database().database();
    const QStringList before = matchesOf(db);
    // Cancel while the commit's thread reads users for the builder: SQLite interrupts the read,
    // feed() says so, and the builder, holding only the users read before, is not finished.
    QVERIFY(db.transaction());
    {
        SearchIndexBuilder builder(SqliteConnection::handle(db));
        builder.queueBytes = 1;
        QVERIFY2(builder.start(), qPrintable(builder.errorString()));
        const std::function<bool()> stopped = [] { return false; };
        SqliteConnection::setStopCheck(db, &stopped);
        QVERIFY(!builder.feed());
        SqliteConnection::setStopCheck(db, nullptr);
        QVERIFY(!builder.finish());
        QVERIFY(builder.errorString().contains(QLatin1String("interrupt")));
    }
    QVERIFY(db.rollback());
    // Cancel while finish() waits for the builder: it returns without the index at once.
    QVERIFY(db.transaction());
    {
        SearchIndexBuilder builder(SqliteConnection::handle(db), [] { return false; });
        builder.queueBytes = 1;
        QVERIFY2(builder.start(), qPrintable(builder.errorString()));
        QVERIFY(builder.feed());
        QVERIFY(!builder.finish());
    }
    QVERIFY(db.rollback());
    QString error;
    QVERIFY2(checkSearchIndex(db, &error), qPrintable(error));
    QCOMPARE(matchesOf(db), before);
}

void tst_CacheWriter::usersWithLongAttributesAreIndexedToo()
{
    // 250 users with 30 KB of notes each: the builder's reads end by bytes (4 MB) before rows.
    QList<User> users = CacheTestData::users(250);
    for (int i = 0; i < users.size(); ++i)
        users[i].attributes.insert(QStringLiteral("notes"),
                                   QString(QStringLiteral("remark%1 ").arg(i) + QStringLiteral("lorem ipsum ").repeated(2500)));
    QVERIFY2(sync(users, 50).isValid(), qPrintable(m_writer->errorString()));
    QVERIFY(std::any_of(m_writer->lastCommitSteps().cbegin(), m_writer->lastCommitSteps().cend(),
                        [](const auto& step) { return step.first == QLatin1String("search index: copied into the file"); }));
    QSqlDatabase db = m_source->database().database();
    QString error;
    QVERIFY2(checkSearchIndex(db, &error), qPrintable(error));
    UserQuery search;
    search.search = QStringLiteral("remark249");
    QCOMPARE(m_source->page(search).users.value(0).id, users[249].id);
    search.search = QStringLiteral("lorem");
    QCOMPARE(m_source->page(search).total, 250);
}

QTEST_GUILESS_MAIN(tst_CacheWriter)
#include "tst_CacheWriter.moc"

QStringList tst_CacheWriter::firstSyncWithSessions(const QList<User>& users, bool ahead,
                                                   const std::function<void()>& beforeCommit)
{
    QList<Session> sessions;
    for (const User& user : users) {
        Session session;
        session.id = QStringLiteral("s-") + user.id;
        session.userId = user.id;
        session.username = user.username;
        sessions << session;
    }
    const auto fail = [this](const char* what) {
        qWarning("%s: %s", what, qPrintable(m_writer->errorString()));
        return QStringList{QStringLiteral("failed")};
    };
    if (!m_writer->beginSync(QDateTime::currentDateTimeUtc()))
        return fail("begin");
    for (qsizetype i = 0; i < users.size(); i += 1000)
        if (!m_writer->stageUsers(users.mid(i, 1000)))
            return fail("stage users");
    if (!m_writer->finishStagingUsers())
        return fail("finish staging");
    // As SyncWorker does: a step of the users' preparation, then the pages that came meanwhile.
    bool more = ahead && m_writer->startLoadAhead();
    if (ahead && !more)
        return fail("start ahead");
    for (qsizetype i = 0; i < sessions.size(); i += 500) {
        if (more) // a step runs on its own, the pages staged before it committed first
            more = m_writer->flushStaging() && m_writer->loadAheadStep();
        if (!m_writer->stageSessions(sessions.mid(i, 500)))
            return fail("stage sessions");
        m_writer->feedLoadAhead();
    }
    // The steps left, as the worker takes them while the listing goes on.
    while (more)
        more = m_writer->flushStaging() && m_writer->loadAheadStep();
    if (beforeCommit)
        beforeCommit();
    SyncRecord record;
    if (!m_writer->commitSync(1, &record))
        return fail("commit");
    if (record.sessions != sessions.size())
        return fail("sessions counted");
    QStringList steps;
    for (const auto& step : m_writer->lastCommitSteps())
        steps << step.first;
    return steps;
}

QStringList tst_CacheWriter::usersHeld()
{
    QSqlDatabase db = m_source->database().database();
    QStringList held{m_source->database().integrityCheck()};
    QString error;
    if (!checkSearchIndex(db, &error))
        held << error;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT user_key, id, username, email, first_name, last_name, name, roles, enabled, "
                              "created_at, last_login_at, attributes, actions, fingerprint, deleted_at, attribute_text "
                              "FROM users ORDER BY user_key"));
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < 16; ++i)
            row << query.value(i).toString();
        held << row.join(QLatin1Char('|'));
    }
    query.exec(QStringLiteral("SELECT role, user_key FROM user_roles ORDER BY role, user_key"));
    while (query.next())
        held << query.value(0).toString() + QLatin1Char(':') + query.value(1).toString();
    // Each sorted listing in the order its index gives.
    for (const char* order : {"sort_key(username)", "sort_key(email)", "sort_key(name)", "created_at", "last_login_at"}) {
        query.exec(QStringLiteral("SELECT group_concat(user_key) FROM (SELECT user_key FROM users ORDER BY %1, user_key)")
                       .arg(QLatin1String(order)));
        held << (query.next() ? query.value(0).toString() : query.lastError().text());
    }
    return held + matchesOf(db) + layoutOf(db);
}

void tst_CacheWriter::usersMadeReadyAheadAreCopiedWhole()
{
    // Enough users for several of the search index builder's reads (4,096 rows each).
    const QList<User> users = CacheTestData::users(9000);
    const QString copied = QStringLiteral("write users (the rows made ready, copied with their indexes)");
    const QStringList steps = firstSyncWithSessions(users, false);
    QVERIFY(steps.contains(QStringLiteral("write users")));
    QVERIFY(!steps.contains(copied));
    const QStringList written = usersHeld();
    QCOMPARE(written.first(), QStringLiteral("ok"));
    const QRegularExpression userRow(QStringLiteral("^\\d+\\|"));
    QCOMPARE(written.filter(userRow).size(), 9000);

    // The same sync into a second file, the users made ready while the sessions are staged.
    const QDateTime before = QDateTime::currentDateTimeUtc();
    cleanup();
    m_path = m_dir.filePath(QStringLiteral("ahead.sqlite"));
    m_source = std::make_unique<CachedUserSource>();
    QVERIFY(m_source->openFile(m_path));
    m_writer = std::make_unique<CacheWriter>(m_source->database());
    const QStringList aheadSteps = firstSyncWithSessions(users, true);
    QVERIFY2(aheadSteps.contains(copied), qPrintable(aheadSteps.join(QStringLiteral(", "))));
    QCOMPARE(usersHeld(), written);
    // Its users were seen when their listing ended, before the commit.
    const auto readyTables = [this] {
        QSqlQuery query(m_source->database().database());
        const bool read = query.exec(QStringLiteral("SELECT count(*) FROM temp.sqlite_master WHERE name LIKE 'ready_users%'")) &&
                          query.next();
        return read ? query.value(0).toInt() : -1;
    };
    {
        QSqlQuery seen(m_source->database().database());
        QVERIFY(seen.exec(QStringLiteral("SELECT min(first_seen_at), max(last_seen_at), (SELECT finished_at FROM syncs) "
                                         "FROM users")) && seen.next());
        QVERIFY(seen.value(0).toLongLong() >= before.toMSecsSinceEpoch());
        QCOMPARE(seen.value(1).toLongLong(), seen.value(0).toLongLong());
        QVERIFY(seen.value(1).toLongLong() <= seen.value(2).toLongLong());
    }
    // The temporary table stays until the report is out (SyncWorker::commit), then goes with the
    // staged rows; a second sync finds users and makes nothing ahead.
    QCOMPARE(readyTables(), 8); // the table and its seven indexes
    m_writer->releaseStaging();
    QCOMPARE(readyTables(), 0);
    QVERIFY2(m_writer->beginSync(QDateTime::currentDateTimeUtc()), qPrintable(m_writer->errorString()));
    QVERIFY(m_writer->stageUsers(users.mid(0, 10)));
    QVERIFY(!m_writer->startLoadAhead());
    m_writer->abortSync();

    // A sync whose sessions came too fast for the steps: the commit writes the users itself
    // rather than finish them, and abortSync() drops what was made.
    cleanup();
    m_path = m_dir.filePath(QStringLiteral("ahead-late.sqlite"));
    m_source = std::make_unique<CachedUserSource>();
    QVERIFY(m_source->openFile(m_path));
    m_writer = std::make_unique<CacheWriter>(m_source->database());
    QVERIFY(m_writer->beginSync(QDateTime::currentDateTimeUtc()));
    QVERIFY(m_writer->stageUsers(users));
    QVERIFY(m_writer->startLoadAhead());
    QVERIFY(m_writer->loadAheadStep()); // the old table dropped if any
    QVERIFY(m_writer->loadAheadStep()); // the table made, not yet filled
    QVERIFY(m_writer->commitSync(1));
    QVERIFY(std::any_of(m_writer->lastCommitSteps().cbegin(), m_writer->lastCommitSteps().cend(),
                        [](const auto& step) { return step.first == QLatin1String("write users"); }));
    QCOMPARE(usersHeld(), written);
    QCOMPARE(readyTables(), 1);
    m_writer->abortSync();
    QCOMPARE(readyTables(), 0);
}

void tst_CacheWriter::usersMadeReadyAheadGiveWayToAChangedFile()
{
    // Rows made ready and a file that changed before the commit: each time the commit says why
    // it does not use them, writes the users itself, and the file holds them and every index whole.
    const QList<User> users = CacheTestData::users(3000);
    CommitLog log;
    const auto refused = [&log](const char* why) {
        return log.linesStarting(QStringLiteral("users made ready not used: ") + QLatin1String(why)) == 1;
    };
    const auto writtenWhole = [this] {
        const QStringList held = usersHeld();
        UserQuery search;
        search.search = QStringLiteral("user2999");
        return held.first() == QLatin1String("ok") &&
               held.filter(QRegularExpression(QStringLiteral("^\\d+\\|"))).size() == 3000 &&
               m_source->page(search).total == 1;
    };
    const auto newFile = [this](const char* name) {
        cleanup();
        m_path = m_dir.filePath(QLatin1String(name));
        m_source = std::make_unique<CachedUserSource>();
        m_writer = std::make_unique<CacheWriter>(m_source->database());
        return m_source->openFile(m_path);
    };

    // Another program of AuthDesk's (an older one, say) gave users an index.
    QStringList steps = firstSyncWithSessions(users, true, [this] {
        QSqlQuery query(m_source->database().database());
        QVERIFY(query.exec(QStringLiteral("CREATE INDEX scratch ON users (enabled)")));
    });
    QVERIFY2(steps.contains(QStringLiteral("write users")), qPrintable(steps.join(QStringLiteral(", "))));
    QVERIFY(refused("the users table, its indexes or the sorting rules changed meanwhile"));
    QVERIFY(writtenWhole());
    QVERIFY(layoutOf(m_source->database().database()).join(QLatin1Char('\n')).contains(QStringLiteral("scratch")));

    // The user chose another language meanwhile: the rows were made in the old one's order; the
    // commit sorts the file in the new one's, its indexes then keyed by the new rules.
    QVERIFY(newFile("language.sqlite"));
    log.clear();
    const auto restore = qScopeGuard([] { LocaleCollation::setCurrent(QLocale::system().collation()); });
    LocaleCollation::setCurrent(QLocale::c());
    steps = firstSyncWithSessions(users, true, [] { LocaleCollation::setCurrent(QLocale(QStringLiteral("sv_SE"))); });
    QVERIFY2(steps.contains(QStringLiteral("write users")), qPrintable(steps.join(QStringLiteral(", "))));
    QVERIFY(refused("the users table, its indexes or the sorting rules changed meanwhile"));
    QVERIFY(writtenWhole());
    QSqlQuery query(m_source->database().database());
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM cache_info WHERE key = 'collation'")) && query.next());
    QCOMPARE(query.value(0).toString(), LocaleCollation::current().identity());
    query.finish();

    // An insert trigger on users that the file does not show (a connection's own, in TEMP):
    // SQLite would insert the rows one at a time, and the commit sees that in its plan.
    QVERIFY(newFile("trigger.sqlite"));
    log.clear();
    steps = firstSyncWithSessions(users, true, [this] {
        QSqlQuery trigger(m_source->database().database());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER counted AFTER INSERT ON main.users BEGIN SELECT 1; END")));
    });
    QVERIFY2(steps.contains(QStringLiteral("write users")), qPrintable(steps.join(QStringLiteral(", "))));
    QVERIFY(refused("SQLite would not copy the rows whole"));
    QVERIFY(writtenWhole());
}

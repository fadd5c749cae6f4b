// The cache file itself: where it lives, who may read it, WAL mode, schema migrations and
// read-only (offline) opening.

#include "CacheTestData.h"
#include "OldCacheFile.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheSchema.h"
#include "cache/CacheWriter.h"
#include "cache/CachedUserSource.h"
#include "storage/LocaleCollation.h"
#include "storage/SqliteConnection.h"
#include "values/Utc.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>
#include <numeric>

#include <sys/stat.h>

namespace {
int fileMode(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

QString scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<error: %1>").arg(query.lastError().text());
    return query.value(0).toString();
}
} // namespace

class tst_CacheDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void createsOwnerOnlyFilesInWalMode();
    void tightensLoosePermissions();
    void pathForProfileStaysInCacheFolder();
    void migratesVersion1CacheWithoutLosingIt();
    void migratesVersion2CacheIntoSearchOrder();
    void migratesVersion4SearchKeysToUserKeys();
    void migratesVersion5RolesToKeyedByRole();
    void migratesVersion6SearchTextWithoutIdsAndTimes();
    void migratesVersion7SortKeyColumnsIntoTheIndexes();
    void aFileUnderOtherRulesIsSortedOnceOnItsWayToTheCurrentSchema();
    void freshCacheAndUpgradedCacheHaveSameLayout();
    void refusesNewerSchema();
    void readOnlyOpenRefusesWrites();
    void aStopCheckWaitsForTheLockAsTheTimeoutAllows();
    void readOnlyOpenWithoutCacheExplains();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_CacheDatabase::createsOwnerOnlyFilesInWalMode()
{
    const QString file = path(QStringLiteral("new/owner.sqlite"));
    CacheDatabase db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    CacheWriter writer(db);
    QVERIFY2(writer.storeUser(CacheTestData::user(1)), qPrintable(writer.errorString()));

    QCOMPARE(scalar(db.database(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(db.schemaVersion(), CacheSchema::CurrentVersion);
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(fileMode(file), 0600);
    QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
    QCOMPARE(fileMode(file + QStringLiteral("-wal")), 0600);
    QCOMPARE(fileMode(file + QStringLiteral("-shm")), 0600);
    QCOMPARE(fileMode(path(QStringLiteral("new"))), 0700);
}

void tst_CacheDatabase::tightensLoosePermissions()
{
    const QString file = path(QStringLiteral("loose.sqlite"));
    QFile create(file);
    QVERIFY(create.open(QIODevice::WriteOnly));
    create.close();
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    CacheDatabase db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(fileMode(file), 0600);
}

void tst_CacheDatabase::pathForProfileStaysInCacheFolder()
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                             QStringLiteral("/cache/3f1c2a9e-0b7d-4c55-9a43-2f0e8b1d6c77.sqlite");
    QCOMPARE(CacheDatabase::pathForProfile(QStringLiteral("3f1c2a9e-0b7d-4c55-9a43-2f0e8b1d6c77")), expected);
    QVERIFY(CacheDatabase::pathForProfile(QStringLiteral("../../etc/passwd")).isEmpty());
    QVERIFY(CacheDatabase::pathForProfile(QStringLiteral("a/b")).isEmpty());
    QVERIFY(CacheDatabase::pathForProfile(QString()).isEmpty());

    CacheDatabase db;
    QVERIFY(!db.openProfile(QStringLiteral("../escape")));
    QVERIFY(db.errorString().contains(QStringLiteral("not a valid profile id")));
}

// A cache written by schema version 1 (roles as comma-separated text, no FTS, no history),
// exactly as that version created it.
void tst_CacheDatabase::migratesVersion1CacheWithoutLosingIt()
{
    const QString file = path(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const char* sql : {
                 "CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT, email TEXT, first_name TEXT, "
                 "last_name TEXT, roles TEXT, enabled INTEGER, created_at INTEGER, last_login_at INTEGER, "
                 "attributes TEXT, last_seen_at INTEGER)",
                 "CREATE TABLE syncs (id INTEGER PRIMARY KEY, started_at INTEGER, finished_at INTEGER, users "
                 "INTEGER)",
                 "INSERT INTO users VALUES ('u1', 'ada', 'ada@example.test', 'Ada', 'Lovelace', 'profile, "
                 "admin', 1, "
                 "1700000000000, NULL, '{\"user_type\":\"admin\"}', 1710000000000)",
                 "INSERT INTO users VALUES ('u2', 'bob', 'bob@example.test', 'Bob', 'Marley', '', 0, NULL, "
                 "NULL, "
                 "NULL, 1710000000000)",
                 "INSERT INTO syncs VALUES (1, 1709999990000, 1710000000000, 2)",
                 "PRAGMA user_version = 1",
             })
            QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    {
        // The passes an upgrade's bar counts, each user once a pass at the pass's cost: step 2's
        // copy, seven indexes, roles and search index, step 3's attribute text and search index,
        // step 4's three sort-key indexes, step 6's roles, step 7's attribute text and search
        // index again (step 8 has no key columns to drop in a file that never had them).
        using Cost = CacheSchema::PassCost;
        const qint64 perUser = Cost::copy + 7 * Cost::index + Cost::roles + Cost::searchIndex +
                               Cost::attributeText + Cost::searchIndex + 3 * Cost::sortKeyIndex +
                               Cost::roles + Cost::attributeText + Cost::searchIndex;
        SqliteConnection connection;
        QVERIFY(connection.open(file, SqliteConnection::Access::ReadWrite, 10000));
        QSqlDatabase db = connection.database();
        qint64 users = 0;
        QCOMPARE(CacheSchema::plannedRows(db, &users), 2 * perUser);
        QCOMPARE(users, 2);
        qint64 counted = 0;
        QString error;
        QVERIFY2(CacheSchema::migrate(db, &error, {}, [&](qint64 rows) { counted += rows; }), qPrintable(error));
        QCOMPARE(counted, 2 * perUser);
    }

    CachedUserSource source;
    QVERIFY2(source.openFile(file), qPrintable(source.errorString()));
    QCOMPARE(source.database().schemaVersion(), CacheSchema::CurrentVersion);
    QCOMPARE(source.database().integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(source.count(), 2);

    const auto ada = source.user(QStringLiteral("u1"));
    QVERIFY(ada.has_value());
    QCOMPARE(ada->user.username, QStringLiteral("ada"));
    QCOMPARE(ada->user.roles, (QStringList{QStringLiteral("profile"), QStringLiteral("admin")}));
    QCOMPARE(ada->user.createdAt, QDateTime::fromMSecsSinceEpoch(1700000000000, Utc::zone));
    QCOMPARE(ada->user.attributes.value(QStringLiteral("user_type")).toString(), QStringLiteral("admin"));
    QCOMPARE(ada->lastSeenAt, QDateTime::fromMSecsSinceEpoch(1710000000000, Utc::zone));
    QVERIFY(!ada->isDeletedOnServer());
    const auto bob = source.user(QStringLiteral("u2"));
    QVERIFY(bob.has_value());
    QVERIFY(!bob->user.enabled);
    QVERIFY(bob->user.roles.isEmpty());

    // The new features work on the old data: search, role filter, the sync record.
    UserQuery query;
    query.search = QStringLiteral("lov");
    QCOMPARE(source.rows(query).size(), 1);
    // Attribute values are found, their keys are not ("user" would match every user).
    query.search = QStringLiteral("admin");
    QCOMPARE(source.count(query), 1);
    query.search = QStringLiteral("user");
    QCOMPARE(source.count(query), 0);
    CacheFilter admins;
    admins.role = QStringLiteral("admin");
    QCOMPARE(source.count({}, admins), 1);
    QCOMPARE(source.lastFullSync().users, 2);
    QCOMPARE(source.asOf(), QDateTime::fromMSecsSinceEpoch(1710000000000, Utc::zone));

    // A sync over the upgraded cache records real changes only, not every migrated user.
    CacheWriter writer(source.database());
    User adaNow = ada->user;
    adaNow.roles = {QStringLiteral("profile")};
    QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()));
    QVERIFY(writer.stageUsers({adaNow, bob->user}));
    SyncRecord record;
    QVERIFY2(writer.commitSync(1, &record), qPrintable(writer.errorString()));
    QCOMPARE(record.changed, 1);
    const QList<UserChange> history = source.history(QStringLiteral("u1")).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().description(), QStringLiteral("lost role admin"));
    QVERIFY(source.history(QStringLiteral("u2")).value().isEmpty());
}

namespace {
// The search index, its triggers and every index, as SQLite keeps their statements; and the
// users table's columns in order.
QStringList indexingOf(const QString& file)
{
    CacheDatabase db;
    if (!db.open(file))
        return {db.errorString()};
    QStringList found;
    QSqlQuery q(db.database());
    q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type IN ('index', 'trigger') OR name = "
                          "'users_fts' ORDER BY name"));
    while (q.next())
        found << q.value(0).toString();
    q.exec(QStringLiteral("SELECT name FROM pragma_table_info('users') ORDER BY cid"));
    while (q.next())
        found << QStringLiteral("users.") + q.value(0).toString();
    return found;
}

// The 60 users both upgrade tests write, "mia00" to "Mia59" out of username order, after an
// upgrade: the file sound, a search listing them in username order, their attribute values
// found and the keys not. Empty when all holds, else what did not.
QString miasAfterUpgrade(const CachedUserSource& source, QStringList usernames)
{
    if (source.database().schemaVersion() != CacheSchema::CurrentVersion)
        return QStringLiteral("schema %1").arg(source.database().schemaVersion());
    if (source.database().integrityCheck() != QStringLiteral("ok"))
        return source.database().integrityCheck();
    QSqlQuery check(source.database().database());
    if (!check.exec(QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('integrity-check')")))
        return check.lastError().text();
    std::sort(usernames.begin(), usernames.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    UserQuery query;
    query.search = QStringLiteral("mi");
    query.limit = 100;
    QStringList found;
    for (const User& user : source.page(query).users)
        found << user.username;
    if (found != usernames)
        return QStringLiteral("mi: ") + found.join(QLatin1Char(' '));
    query.search = QStringLiteral("porto");
    const qint64 porto = source.count(query);
    query.search = QStringLiteral("city");
    const qint64 city = source.count(query);
    if (porto != 60 || city != 0)
        return QStringLiteral("porto %1, city %2").arg(porto).arg(city);
    return {};
}

// The i-th of those users: written out of username order, every other one capitalised.
QString miaUsername(int i)
{
    const int n = (i * 37) % 60;
    return (n % 2 ? QStringLiteral("Mia%1") : QStringLiteral("mia%1")).arg(n, 2, 10, QLatin1Char('0'));
}
} // namespace

// A cache of schema 2 (FTS rowid = user_key, attribute keys indexed) whose users were written
// in no particular order: the upgrade indexes them again, and a search lists them in username
// order.
void tst_CacheDatabase::migratesVersion2CacheIntoSearchOrder()
{
    const QString file = path(QStringLiteral("v2.sqlite"));
    QStringList usernames;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QString error;
        QVERIFY2(CacheSchema::migrateTo(raw, 2, &error), qPrintable(error));
        QSqlQuery insert(raw);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO users (id, username, email, name, attributes, first_seen_at, last_seen_at) "
            "VALUES (?, ?, ?, ?, ?, 1, 1)")));
        for (int i = 0; i < 60; ++i) {
            const QString username = miaUsername(i);
            usernames << username;
            insert.addBindValue(QStringLiteral("id-%1").arg(i));
            insert.addBindValue(username);
            insert.addBindValue(QString(username + QStringLiteral("@example.test")));
            insert.addBindValue(QStringLiteral("Mia Muster"));
            insert.addBindValue(QStringLiteral("{\"city\":\"Porto\",\"floor\":%1}").arg(i));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    CachedUserSource source;
    QVERIFY2(source.openFile(file), qPrintable(source.errorString()));
    const QString failure = miasAfterUpgrade(source, usernames);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

// A schema-4 cache as AuthDesk kept it before schema 5: the search index keyed by search_key,
// numbers 2^32 apart in username order, with users_by_search_key and users_by_username over
// both. Schema 5 keys the index by user_key and drops search_key; searches read as before.
void tst_CacheDatabase::migratesVersion4SearchKeysToUserKeys()
{
    const QString file = path(QStringLiteral("v4.sqlite"));
    QStringList usernames;
    {
        SqliteConnection connection;
        QVERIFY(connection.open(file, SqliteConnection::Access::ReadWrite, 10000));
        QSqlDatabase db = connection.database();
        QString error;
        QVERIFY2(CacheSchema::migrateTo(db, 4, &error), qPrintable(error));
        QVERIFY2(OldCacheFile::keepSortKeysInColumns(db, &error), qPrintable(error));
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO users (id, username, email, name, attributes, attribute_text, username_key, email_key, "
            "name_key, first_seen_at, last_seen_at) VALUES (?, ?, ?, 'Mia Muster', ?, ?, sort_key(?), sort_key(?), "
            "sort_key('Mia Muster'), 1, 1)")));
        for (int i = 0; i < 60; ++i) {
            const QString username = miaUsername(i);
            usernames << username;
            const QString email = username + QStringLiteral("@example.test");
            for (const QString& value : {QStringLiteral("id-%1").arg(i), username, email,
                                         QStringLiteral("{\"city\":\"Porto\",\"floor\":%1}").arg(i),
                                         QStringLiteral("Porto %1").arg(i), username, email})
                insert.addBindValue(value);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        const QString deleteOld = QStringLiteral(
            " INSERT INTO users_fts (users_fts, rowid, username, email, name, attribute_text) VALUES "
            "('delete', old.search_key, old.username, old.email, old.name, old.attribute_text);");
        const QString insertNew = QStringLiteral(
            " INSERT INTO users_fts (rowid, username, email, name, attribute_text) VALUES "
            "(new.search_key, new.username, new.email, new.name, new.attribute_text);");
        const bool madeOld = CacheSchema::run(
                     db,
                     {QStringLiteral("DROP TRIGGER users_fts_after_insert"),
                      QStringLiteral("DROP TRIGGER users_fts_after_delete"),
                      QStringLiteral("DROP TRIGGER users_fts_after_update"), QStringLiteral("DROP TABLE users_fts"),
                      QStringLiteral("DROP INDEX users_by_username"),
                      QStringLiteral("ALTER TABLE users ADD COLUMN search_key INTEGER"),
                      QStringLiteral("UPDATE users SET search_key = r.k FROM (SELECT user_key, row_number() OVER "
                                     "(ORDER BY username_key, user_key) * 4294967296 AS k FROM users) r "
                                     "WHERE r.user_key = users.user_key"),
                      QStringLiteral("CREATE UNIQUE INDEX users_by_search_key ON users (search_key)"),
                      QStringLiteral("CREATE INDEX users_by_username ON users (username_key, search_key)"),
                      QStringLiteral("CREATE VIRTUAL TABLE users_fts USING fts5 (username, email, name, "
                                     "attribute_text, content='users', content_rowid='search_key', tokenize="
                                     "'unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6', detail=none, "
                                     "columnsize=0)"),
                      QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('rebuild')"),
                      QStringLiteral("CREATE TRIGGER users_fts_after_insert AFTER INSERT ON users BEGIN") +
                          insertNew + QStringLiteral(" END"),
                      QStringLiteral("CREATE TRIGGER users_fts_after_delete AFTER DELETE ON users BEGIN") +
                          deleteOld + QStringLiteral(" END"),
                      QStringLiteral("CREATE TRIGGER users_fts_after_update AFTER UPDATE OF username, email, "
                                     "name, attribute_text, search_key ON users BEGIN") +
                          deleteOld + insertNew + QStringLiteral(" END")},
                     &error);
        QVERIFY2(madeOld, qPrintable(error));
        QCOMPARE(CacheSchema::version(db), 4);

        // Step 5 here: the old search index dropped, search_key dropped, the username index and
        // the search index made again: four passes over the 60 users, each at its cost, the
        // last in slices of user_key (one here), each row counted once; then step 6's roles,
        // step 7's attribute text and search index, step 8's three key columns dropped and the
        // three sort-key indexes.
        using Cost = CacheSchema::PassCost;
        QCOMPARE(CacheSchema::plannedRows(db), 60 * (Cost::dropSearchIndex + Cost::rewrite + Cost::sortKeyIndex +
                                                     Cost::searchIndex + Cost::roles + Cost::attributeText +
                                                     Cost::searchIndex + 3 * Cost::rewrite +
                                                     3 * Cost::sortKeyIndex));
        QList<qint64> reports;
        QVERIFY2(CacheSchema::migrate(db, &error, {}, [&](qint64 rows) { reports << rows; }), qPrintable(error));
        QCOMPARE(reports, (QList<qint64>{60 * Cost::dropSearchIndex, 60 * Cost::rewrite, 60 * Cost::sortKeyIndex,
                                         60 * Cost::searchIndex, 60 * Cost::roles, 60 * Cost::attributeText,
                                         60 * Cost::searchIndex, 60 * Cost::rewrite, 60 * Cost::rewrite,
                                         60 * Cost::rewrite, 60 * Cost::sortKeyIndex, 60 * Cost::sortKeyIndex,
                                         60 * Cost::sortKeyIndex}));
        QCOMPARE(CacheSchema::plannedRows(db), 0);
    }

    CachedUserSource source;
    QVERIFY2(source.openFile(file), qPrintable(source.errorString()));
    const QString failure = miasAfterUpgrade(source, usernames);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QStringList upgraded = indexingOf(file);
    QVERIFY(!upgraded.contains(QStringLiteral("users.search_key")));
    QCOMPARE(upgraded, indexingOf(path(QStringLiteral("fresh-v5.sqlite"))));
    UserQuery query;
    QSqlQuery check(source.database().database());

    // The triggers follow user_key now: a user stored after the upgrade is found, a renamed one
    // under its new name only.
    CacheWriter writer(source.database());
    User added = CacheTestData::user(1);
    added.username = QStringLiteral("mia-added");
    QVERIFY2(writer.storeUser(added), qPrintable(writer.errorString()));
    query.search = QStringLiteral("mia-added");
    QCOMPARE(source.count(query), 1);
    User renamed = CacheTestData::user(2);
    renamed.id = QStringLiteral("id-7"); // written as Mia19 above: (7 * 37) % 60
    renamed.username = QStringLiteral("zoe-renamed");
    QVERIFY2(writer.storeUser(renamed), qPrintable(writer.errorString()));
    query.search = QStringLiteral("zoe");
    QCOMPARE(source.count(query), 1);
    query.search = QStringLiteral("mia19");
    QCOMPARE(source.count(query), 0);
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('integrity-check')")),
             qPrintable(check.lastError().text()));
}

// A schema-5 cache keeps roles by user (user_key, role, last_seen_at) with an index by role.
// Schema 6 keys them by (role, user_key) and reads them again from users.roles, so that a row
// the JSON does not hold goes; the role filters, the roles offered and a user stored with other
// roles afterwards read as before.
void tst_CacheDatabase::migratesVersion5RolesToKeyedByRole()
{
    const QString file = path(QStringLiteral("v5.sqlite"));
    {
        SqliteConnection connection;
        QVERIFY(connection.open(file, SqliteConnection::Access::ReadWrite, 10000));
        QSqlDatabase db = connection.database();
        QString error;
        QVERIFY2(CacheSchema::migrateTo(db, 5, &error), qPrintable(error));
        QVERIFY2(OldCacheFile::keepSortKeysInColumns(db, &error), qPrintable(error));
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO users (id, username, email, roles, username_key, email_key, first_seen_at, last_seen_at) "
            "VALUES (?, ?, ?, ?, sort_key(?), sort_key(?), 1, 1)")));
        for (int i = 0; i < 30; ++i) {
            QStringList roles{QStringLiteral("staff")};
            if (i % 3 == 0)
                roles << QStringLiteral("admin");
            if (i % 5 == 0)
                roles << QStringLiteral("audit");
            insert.addBindValue(QStringLiteral("id-%1").arg(i));
            insert.addBindValue(QStringLiteral("user%1").arg(i));
            insert.addBindValue(QStringLiteral("user%1@example.test").arg(i));
            insert.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(roles)).toJson(QJsonDocument::Compact)));
            insert.addBindValue(QStringLiteral("user%1").arg(i));
            insert.addBindValue(QStringLiteral("user%1@example.test").arg(i));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        // A damaged file besides: a row its user's JSON does not hold (ghost), and a user whose
        // roles are no JSON at all, with a row of its own.
        QVERIFY2(CacheSchema::run(db,
                                  {QStringLiteral("INSERT INTO user_roles (user_key, role, last_seen_at) "
                                                  "SELECT u.user_key, r.value, 1 FROM users u, json_each(u.roles) r"),
                                   QStringLiteral("INSERT INTO user_roles (user_key, role, last_seen_at) SELECT "
                                                  "user_key, 'ghost', 1 FROM users WHERE id = 'id-1'"),
                                   QStringLiteral("INSERT INTO users (id, username, email, roles, username_key, "
                                                  "email_key, first_seen_at, last_seen_at) VALUES ('id-30', "
                                                  "'user30', 'user30@example.test', '[', sort_key('user30'), "
                                                  "sort_key('user30@example.test'), 1, 1)"),
                                   QStringLiteral("INSERT INTO user_roles (user_key, role, last_seen_at) SELECT "
                                                  "user_key, 'staff', 1 FROM users WHERE id = 'id-30'")},
                                  &error),
                 qPrintable(error));

        using Cost = CacheSchema::PassCost;
        // Then step 7's attribute text and search index, step 8's key columns and indexes.
        QCOMPARE(CacheSchema::plannedRows(db), 31 * (Cost::roles + Cost::attributeText + Cost::searchIndex +
                                                     3 * Cost::rewrite + 3 * Cost::sortKeyIndex));
        QList<qint64> reports;
        QVERIFY2(CacheSchema::migrate(db, &error, {}, [&](qint64 rows) { reports << rows; }), qPrintable(error));
        QCOMPARE(reports, (QList<qint64>{31 * Cost::roles, 31 * Cost::attributeText, 31 * Cost::searchIndex,
                                         31 * Cost::rewrite, 31 * Cost::rewrite, 31 * Cost::rewrite,
                                         31 * Cost::sortKeyIndex, 31 * Cost::sortKeyIndex,
                                         31 * Cost::sortKeyIndex}));
        QCOMPARE(CacheSchema::version(db), CacheSchema::CurrentVersion);
        QSqlQuery layout(db);
        QVERIFY(layout.exec(QStringLiteral("SELECT group_concat(name, ', ') FROM pragma_table_info('user_roles')")));
        QVERIFY(layout.next());
        QCOMPARE(layout.value(0).toString(), QStringLiteral("role, user_key"));
        QVERIFY(layout.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                           "tbl_name = 'user_roles' AND sql IS NOT NULL")));
        QVERIFY(layout.next());
        QCOMPARE(layout.value(0).toInt(), 0);
    }

    CachedUserSource source;
    QVERIFY2(source.openFile(file), qPrintable(source.errorString()));
    QCOMPARE(source.roles().value(), (QStringList{QStringLiteral("admin"), QStringLiteral("audit"), QStringLiteral("staff")}));
    CacheFilter admins;
    admins.role = QStringLiteral("admin");
    QCOMPARE(source.count({}, admins), 10); // 0, 3, ..., 27
    CacheFilter either;
    either.anyRole = {QStringLiteral("admin"), QStringLiteral("audit")};
    QCOMPARE(source.count({}, either), 14); // ten multiples of 3, six of 5, two of both

    // user0 loses admin for audit, user1 gains admin: each keeps exactly the roles it now has.
    CacheWriter writer(source.database());
    User user0 = CacheTestData::user(0);
    user0.id = QStringLiteral("id-0");
    user0.roles = {QStringLiteral("audit")};
    QVERIFY2(writer.storeUser(user0), qPrintable(writer.errorString()));
    User user1 = CacheTestData::user(1);
    user1.id = QStringLiteral("id-1");
    user1.roles = {QStringLiteral("staff"), QStringLiteral("admin")};
    QVERIFY2(writer.storeUser(user1), qPrintable(writer.errorString()));
    QCOMPARE(source.count({}, admins), 10); // 3, ..., 27 and user1
    QCOMPARE(source.count({}, either), 15);
    CacheFilter staff;
    staff.role = QStringLiteral("staff");
    QCOMPARE(source.count({}, staff), 29);
    // The user whose roles were no JSON, stored again: its old row goes all the same.
    User user30 = CacheTestData::user(30);
    user30.id = QStringLiteral("id-30");
    user30.roles = {QStringLiteral("admin")};
    QVERIFY2(writer.storeUser(user30), qPrintable(writer.errorString()));
    QCOMPARE(source.count({}, staff), 29);
    QCOMPARE(source.count({}, admins), 11);
    QSqlQuery rows(source.database().database());
    QVERIFY(rows.exec(QStringLiteral("SELECT group_concat(role, ' ') FROM (SELECT role FROM user_roles r JOIN users u "
                                     "USING (user_key) WHERE u.id = 'id-0' ORDER BY role)")));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toString(), QStringLiteral("audit"));
    QCOMPARE(source.database().integrityCheck(), QStringLiteral("ok"));
}

// Schema 6's search text held every attribute value but the username, email and names: a
// server that lists the id and the times among the attributes had them searched too (a UUID's
// random pieces were most of the index). Schema 7 makes the text again without them.
void tst_CacheDatabase::migratesVersion6SearchTextWithoutIdsAndTimes()
{
    const QString file = path(QStringLiteral("v6.sqlite"));
    const QString uuid = QStringLiteral("3f2a9c1e-77b4-4e0d-9a51-c0ffee123456");
    {
        SqliteConnection connection;
        QVERIFY(connection.open(file, SqliteConnection::Access::ReadWrite, 10000));
        QSqlDatabase db = connection.database();
        QString error;
        QVERIFY2(CacheSchema::migrateTo(db, 6, &error), qPrintable(error));
        QVERIFY2(OldCacheFile::keepSortKeysInColumns(db, &error), qPrintable(error));
        // As schema 6 wrote it: the id and the created time in the text and the index.
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO users (id, username, email, created_at, attributes, attribute_text, username_key, "
            "email_key, first_seen_at, last_seen_at) VALUES (?, 'ada', 'ada@example.test', 1700000000000, ?, ?, "
            "sort_key('ada'), sort_key('ada@example.test'), 1, 1)")));
        insert.addBindValue(uuid);
        insert.addBindValue(QStringLiteral("{\"uuid\":\"%1\",\"created_at\":\"2023-11-14T22:13:20+00:00\","
                                           "\"phone_number\":\"+1 555 0429321\"}")
                                .arg(uuid));
        insert.addBindValue(QStringLiteral("2023-11-14T22:13:20+00:00 +1 555 0429321 %1").arg(uuid));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

        using Cost = CacheSchema::PassCost;
        QCOMPARE(CacheSchema::plannedRows(db), Cost::attributeText + Cost::searchIndex + 3 * Cost::rewrite +
                                                   3 * Cost::sortKeyIndex);
        QVERIFY2(CacheSchema::migrate(db, &error), qPrintable(error));
        QCOMPARE(CacheSchema::version(db), CacheSchema::CurrentVersion);
        QSqlQuery text(db);
        QVERIFY(text.exec(QStringLiteral("SELECT attribute_text FROM users")) && text.next());
        QCOMPARE(text.value(0).toString(), QStringLiteral("+1 555 0429321"));
    }

    CachedUserSource source;
    QVERIFY2(source.openFile(file), qPrintable(source.errorString()));
    const auto found = [&](const QString& typed) {
        UserQuery query;
        query.search = typed;
        return source.count(query);
    };
    QCOMPARE(found(QStringLiteral("0429321")), 1);
    QCOMPARE(found(QStringLiteral("ada")), 1);
    QCOMPARE(found(QStringLiteral("c0ffee123456")), 0);
    QCOMPARE(found(QStringLiteral("2023")), 0);
    QSqlQuery check(source.database().database());
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('integrity-check')")),
             qPrintable(check.lastError().text()));
}

// Schema 7 kept each user's sort keys in users (username_key, email_key, name_key) beside the
// indexes on them. Schema 8 drops the columns, the indexes making the keys from the texts: the
// layout is a fresh file's, and every text sorts as before, in the user's language, ties in
// the order the users came.
void tst_CacheDatabase::migratesVersion7SortKeyColumnsIntoTheIndexes()
{
    const QString file = path(QStringLiteral("v7.sqlite"));
    const QStringList texts{QStringLiteral("Zoë Ångström"), QStringLiteral("Åsa Öberg"), QStringLiteral("adam"),
                            QStringLiteral("Émile"),        QStringLiteral("Øyvind"),    QStringLiteral("eve"),
                            QStringLiteral("Ärla"),         QStringLiteral("zed"),       QStringLiteral("Eve"),
                            QStringLiteral("ève"),          QStringLiteral("Bob"),       QStringLiteral("bob")};
    {
        SqliteConnection connection;
        QVERIFY(connection.open(file, SqliteConnection::Access::ReadWrite, 10000));
        QSqlDatabase db = connection.database();
        QString error;
        QVERIFY2(CacheSchema::migrateTo(db, 7, &error), qPrintable(error));
        QVERIFY2(OldCacheFile::keepSortKeysInColumns(db, &error), qPrintable(error));
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO users (id, username, email, name, username_key, email_key, name_key, first_seen_at, "
            "last_seen_at) VALUES (?, ?, ?, ?, sort_key(?), sort_key(?), sort_key(?), 1, 1)")));
        for (int i = 0; i < texts.size(); ++i) {
            // The three texts in three different orders: each index has its own to keep.
            const QString username = texts.at(i);
            const QString email = texts.at((i + 5) % texts.size()) + QStringLiteral("@example.test");
            const QString name = texts.at((i + 7) % texts.size());
            for (const QString& value : {QStringLiteral("id-%1").arg(i), username, email, name, username, email, name})
                insert.addBindValue(value);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        const qint64 users = texts.size();
        using Cost = CacheSchema::PassCost;
        QCOMPARE(CacheSchema::plannedRows(db), users * (3 * Cost::rewrite + 3 * Cost::sortKeyIndex));
        QList<qint64> reports;
        QVERIFY2(CacheSchema::migrate(db, &error, {}, [&](qint64 rows) { reports << rows; }), qPrintable(error));
        QCOMPARE(reports, (QList<qint64>{users * Cost::rewrite, users * Cost::rewrite, users * Cost::rewrite,
                                         users * Cost::sortKeyIndex, users * Cost::sortKeyIndex,
                                         users * Cost::sortKeyIndex}));
        QCOMPARE(CacheSchema::version(db), CacheSchema::CurrentVersion);
        QCOMPARE(CacheSchema::plannedRows(db), 0);
    }
    QCOMPARE(indexingOf(file), indexingOf(path(QStringLiteral("fresh-v8.sqlite"))));

    CachedUserSource source;
    QVERIFY2(source.openFile(file), qPrintable(source.errorString()));
    QCOMPARE(source.database().integrityCheck(), QStringLiteral("ok"));
    const struct
    {
        const char* field;
        int shift; // the text of user i is texts[(i + shift) % size]
    } fields[] = {{"username", 0}, {"email", 5}, {"name", 7}};
    for (const auto& [field, shift] : fields) {
        QList<int> expected(texts.size());
        std::iota(expected.begin(), expected.end(), 0);
        const auto textOf = [&, shift = shift](int user) { return texts.at((user + shift) % texts.size()); };
        // Ties by user (the user key's order); a plain sort, as libstdc++ 12's stable_sort
        // trips clang's deprecation warning.
        std::sort(expected.begin(), expected.end(), [&](int a, int b) {
            const int order = LocaleCollation::current().compare(textOf(a), textOf(b));
            return order != 0 ? order < 0 : a < b;
        });
        QStringList ascending;
        for (const int user : expected)
            ascending << QStringLiteral("id-%1").arg(user);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            UserQuery query;
            query.sortField = QString::fromLatin1(field);
            query.sortOrder = order;
            QStringList ids;
            for (const User& user : source.page(query).users)
                ids << user.id;
            QStringList wanted = ascending;
            if (order == Qt::DescendingOrder)
                std::reverse(wanted.begin(), wanted.end()); // ties by user key, reversed too
            QCOMPARE(ids, wanted);
        }
    }
}

// A schema-7 file whose keys were made under other rules (another language): with the key
// columns, step 8 builds the indexes under this process's rules and nothing is sorted twice;
// without them (as a cancelled upgrade by this version leaves a file) the indexes are built
// again after the steps. Either way the bar's plan is what the upgrade reports.
void tst_CacheDatabase::aFileUnderOtherRulesIsSortedOnceOnItsWayToTheCurrentSchema()
{
    using Cost = CacheSchema::PassCost;
    for (const bool withKeyColumns : {true, false}) {
        const QString file = path(withKeyColumns ? QStringLiteral("rules-columns.sqlite")
                                                 : QStringLiteral("rules-indexes.sqlite"));
        SqliteConnection connection;
        QVERIFY(connection.open(file, SqliteConnection::Access::ReadWrite, 10000));
        QSqlDatabase db = connection.database();
        QString error;
        QVERIFY2(CacheSchema::migrateTo(db, 7, &error), qPrintable(error));
        if (withKeyColumns)
            QVERIFY2(OldCacheFile::keepSortKeysInColumns(db, &error), qPrintable(error));
        const QString keys = withKeyColumns ? QStringLiteral(", username_key, email_key, name_key") : QString();
        const QString keyValues = withKeyColumns ? QStringLiteral(", x'01', x'02', x'03'") : QString();
        QVERIFY2(CacheSchema::run(db,
                                  {QStringLiteral("INSERT INTO users (id, username, email, name, first_seen_at, "
                                                  "last_seen_at%1) VALUES ('a', 'zoe', 'zoe@x.test', 'Zoë', 1, "
                                                  "1%2), ('b', 'ada', 'ada@x.test', 'Ada', 1, 1%2)")
                                       .arg(keys, keyValues),
                                   QStringLiteral("UPDATE cache_info SET value = 'other rules' WHERE key = '%1'")
                                       .arg(CacheSchema::collationKey)},
                                  &error),
                 qPrintable(error));
        const qint64 planned = CacheSchema::plannedRows(db);
        QCOMPARE(planned, withKeyColumns ? 2 * (3 * Cost::rewrite + 3 * Cost::sortKeyIndex) : 2 * 3 * Cost::sortKeyIndex);
        qint64 reported = 0;
        QVERIFY2(CacheSchema::migrate(db, &error, {}, [&](qint64 rows) { reported += rows; }), qPrintable(error));
        QCOMPARE(reported, planned);
        QCOMPARE(CacheSchema::collation(db), LocaleCollation::current().identity());
        QVERIFY(!CacheSchema::needsCollating(db));
        QSqlQuery check(db);
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
}

void tst_CacheDatabase::freshCacheAndUpgradedCacheHaveSameLayout()
{
    const auto layout = [](const QString& file) {
        CacheDatabase db;
        if (!db.open(file))
            return QStringList{db.errorString()};
        QSqlQuery q(db.database());
        q.exec(QStringLiteral(
            "SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
        QStringList names;
        while (q.next())
            names << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        QSqlQuery columns(db.database());
        columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('syncs') ORDER BY cid"));
        while (columns.next())
            names << QStringLiteral("syncs.") + columns.value(0).toString();
        return names;
    };
    const QString oldFile = path(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        raw.setDatabaseName(oldFile);
        QVERIFY(raw.open());
        QString error;
        QVERIFY2(CacheSchema::migrateTo(raw, 1, &error), qPrintable(error));
        QCOMPARE(CacheSchema::version(raw), 1);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    const QStringList upgraded = layout(oldFile);
    const QStringList fresh = layout(path(QStringLiteral("fresh.sqlite")));
    QVERIFY(fresh.contains(QStringLiteral("table users_fts")));
    QCOMPARE(upgraded, fresh);
}

void tst_CacheDatabase::refusesNewerSchema()
{
    const QString file = path(QStringLiteral("future.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE future_things (x)"));
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    CacheDatabase db;
    QVERIFY(!db.open(file));
    QVERIFY2(db.errorString().contains(QStringLiteral("newer AuthDesk")), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
}

// While a stop check is set, waiting for another writer asks it between naps; the connection's
// busy timeout still ends the wait, and is the connection's own again once the check is gone.
void tst_CacheDatabase::aStopCheckWaitsForTheLockAsTheTimeoutAllows()
{
    const QString file = path(QStringLiteral("locked.sqlite"));
    SqliteConnection holder;
    QVERIFY(holder.open(file, SqliteConnection::Access::ReadWrite, 0));
    QSqlDatabase holderDb = holder.database();
    QSqlError error;
    QVERIFY(SqliteConnection::beginWrite(holderDb, &error));

    constexpr int timeoutMs = 400;
    SqliteConnection waiter;
    QVERIFY(waiter.open(file, SqliteConnection::Access::ReadWrite, timeoutMs));
    QSqlDatabase db = waiter.database();
    int asked = 0;
    const std::function<bool()> goesOn = [&asked] { return ++asked > 0; };
    const auto waitForTheLock = [&db] {
        QElapsedTimer clock;
        clock.start();
        QSqlError busy;
        const bool began = SqliteConnection::beginWrite(db, &busy);
        return std::pair{began, clock.elapsed()};
    };

    SqliteConnection::setStopCheck(db, &goesOn);
    const auto [beganWithCheck, waitedWithCheck] = waitForTheLock();
    QVERIFY(!beganWithCheck);
    QVERIFY2(waitedWithCheck >= timeoutMs - 50, qPrintable(QString::number(waitedWithCheck)));
    QVERIFY2(asked >= 5, qPrintable(QString::number(asked))); // every 20 ms of the wait

    SqliteConnection::setStopCheck(db, nullptr);
    const int askedBefore = asked;
    const auto [beganWithout, waitedWithout] = waitForTheLock();
    QVERIFY(!beganWithout);
    QVERIFY2(waitedWithout >= timeoutMs - 50, qPrintable(QString::number(waitedWithout)));
    QCOMPARE(asked, askedBefore);

    holderDb.rollback();
    QVERIFY(waitForTheLock().first);
    db.rollback();
}

void tst_CacheDatabase::readOnlyOpenRefusesWrites()
{
    const QString file = path(QStringLiteral("offline.sqlite"));
    {
        CacheDatabase db;
        QVERIFY(db.open(file));
        CacheWriter writer(db);
        QVERIFY(writer.storeUser(CacheTestData::user(1)));
    }
    CacheDatabase db;
    QVERIFY2(db.open(file, CacheDatabase::Access::ReadOnly), qPrintable(db.errorString()));
    QVERIFY(db.isReadOnly());
    CacheWriter writer(db);
    QVERIFY(!writer.storeUser(CacheTestData::user(2)));
    QCOMPARE(writer.errorString(), CacheDatabase::readOnlyMessage());
    QVERIFY(!writer.beginSync(QDateTime::currentDateTimeUtc()));
    QVERIFY(!db.setInfo(QStringLiteral("k"), QStringLiteral("v")));
    // Even SQL that bypasses CacheWriter is refused by SQLite itself.
    QSqlQuery direct(db.database());
    QVERIFY(!direct.exec(QStringLiteral("DELETE FROM users")));
    QSqlQuery count(db.database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM users")) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void tst_CacheDatabase::readOnlyOpenWithoutCacheExplains()
{
    CacheDatabase db;
    QVERIFY(!db.open(path(QStringLiteral("missing.sqlite")), CacheDatabase::Access::ReadOnly));
    QVERIFY2(db.errorString().contains(QStringLiteral("no cache")), qPrintable(db.errorString()));
    QVERIFY(!QFile::exists(path(QStringLiteral("missing.sqlite"))));
}

QTEST_GUILESS_MAIN(tst_CacheDatabase)
#include "tst_CacheDatabase.moc"

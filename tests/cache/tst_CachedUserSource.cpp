// Reading the cache for the users table: pages, sort, FTS prefix search, filters, and the
// freshness banner that never lets cached data pass for live.

#include "CacheTestData.h"
#include "cache/CacheWriter.h"
#include "cache/CachedUserSource.h"
#include "storage/LocaleCollation.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_CachedUserSource : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesAreStableAndComplete();
    void sortsByEveryField_data();
    void sortsByEveryField();
    void prefixSearch_data();
    void prefixSearch();
    void ftsExpressionQuotesEveryWord();
    void searchPlansAndCountsAgree();
    void searchOrderFollowsAddsRenamesAndRefreshes();
    void countFollowsWritesOfEitherConnection();
    void anotherFileForgetsTheLastOnesReads();
    void filters();
    void freshnessTexts();
    void offlineRefusesWritesWithClearMessage();
    void emptyCacheIsHonest();

private:
    QTemporaryDir m_dir;
    QString m_path;
    CachedUserSource m_source;
    QList<User> m_users;
    SyncRecord m_sync;
};

void tst_CachedUserSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("read.sqlite"));
    QVERIFY(m_source.openFile(m_path));
    m_users = CacheTestData::users(300);
    m_users[17].email = QStringLiteral("renée.dupont@mairie-lyon.fr");
    m_users[17].firstName = QStringLiteral("Renée");
    m_users[17].lastName = QStringLiteral("Dupont");
    m_users[42].attributes[QStringLiteral("department")] = QStringLiteral("Quantum Logistics");
    CacheWriter writer(m_source.database());
    QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()));
    QVERIFY(writer.stageUsers(m_users));
    QVERIFY(writer.commitSync(1, &m_sync));
}

void tst_CachedUserSource::pagesAreStableAndComplete()
{
    QStringList seen;
    UserQuery query;
    query.limit = 64;
    query.sortField = QStringLiteral("name"); // many equal names: ties must not shuffle
    while (true) {
        const UserPage page = m_source.page(query);
        QCOMPARE(page.total, 300);
        for (const User& user : page.users)
            seen << user.id;
        if (!page.hasMore)
            break;
        QCOMPARE(page.users.size(), 64);
        query.offset += page.users.size();
    }
    QCOMPARE(seen.size(), 300);
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 300);
}

void tst_CachedUserSource::sortsByEveryField_data()
{
    QTest::addColumn<QString>("field");
    for (const char* field : {"username", "email", "name", "firstName", "lastName", "createdAt",
                              "lastLoginAt", "enabled", "id", "lastSeenAt", ""})
        QTest::newRow(field) << QString::fromLatin1(field);
}

void tst_CachedUserSource::sortsByEveryField()
{
    QFETCH(QString, field);
    const auto key = [&](const User& u) -> QVariant {
        if (field == QLatin1String("email"))
            return u.email.toLower();
        if (field == QLatin1String("name"))
            return u.displayName().toLower();
        if (field == QLatin1String("firstName"))
            return u.firstName.toLower();
        if (field == QLatin1String("lastName"))
            return u.lastName.toLower();
        if (field == QLatin1String("createdAt"))
            return u.createdAt.toMSecsSinceEpoch();
        if (field == QLatin1String("lastLoginAt"))
            return u.lastLoginAt.isValid() ? u.lastLoginAt.toMSecsSinceEpoch() : -1;
        if (field == QLatin1String("enabled"))
            return int(u.enabled);
        if (field == QLatin1String("id"))
            return u.id;
        if (field == QLatin1String("lastSeenAt"))
            return 0;
        return u.username.toLower();
    };
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        UserQuery query;
        query.limit = 1000;
        query.sortField = field;
        query.sortOrder = order;
        const QList<User> users = m_source.page(query).users;
        QCOMPARE(users.size(), 300);
        for (int i = 1; i < users.size(); ++i) {
            const QVariant a = key(users[i - 1]);
            const QVariant b = key(users[i]);
            // Texts in the order of the user's language, as every list sorts (LocaleCollation).
            const bool text = a.typeId() == QMetaType::QString && field != QLatin1String("id"); // ids: bytes
            const int byLanguage =
                text ? LocaleCollation::current().compare(a.toString().toUtf8(), b.toString().toUtf8()) : 0;
            const auto cmp = !text ? QVariant::compare(a, b)
                             : byLanguage < 0                 ? QPartialOrdering::Less
                             : byLanguage > 0                 ? QPartialOrdering::Greater
                                                              : QPartialOrdering::Equivalent;
            if (order == Qt::AscendingOrder)
                QVERIFY2(cmp != QPartialOrdering::Greater,
                         qPrintable(a.toString() + QStringLiteral(" > ") + b.toString()));
            else
                QVERIFY2(cmp != QPartialOrdering::Less,
                         qPrintable(a.toString() + QStringLiteral(" < ") + b.toString()));
        }
    }
}

void tst_CachedUserSource::prefixSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected"); // ids, sorted; empty list with count -1: see count column
    QTest::addColumn<int>("count");
    QTest::newRow("username prefix") << QStringLiteral("user29") << QStringList{} << 11; // 29, 290..299
    QTest::newRow("whole username") << QStringLiteral("user290") << QStringList{m_users[290].id} << 1;
    QTest::newRow("email with @") << QStringLiteral("user13@exam") << QStringList{m_users[13].id} << 1;
    QTest::newRow("accent-insensitive") << QStringLiteral("renee") << QStringList{m_users[17].id} << 1;
    QTest::newRow("accented query") << QStringLiteral("Renée Dup") << QStringList{m_users[17].id} << 1;
    QTest::newRow("email domain") << QStringLiteral("mairie-ly") << QStringList{m_users[17].id} << 1;
    QTest::newRow("attribute value") << QStringLiteral("quantum") << QStringList{m_users[42].id} << 1;
    QTest::newRow("case") << QStringLiteral("QUANTUM LOG") << QStringList{m_users[42].id} << 1;
    QTest::newRow("phone attribute") << QStringLiteral("1042") << QStringList{m_users[42].id} << 1;
    QTest::newRow("nothing") << QStringLiteral("zzzz") << QStringList{} << 0;
    QTest::newRow("only punctuation") << QStringLiteral("@.\"*") << QStringList{} << 300;
    QTest::newRow("fts syntax is text") << QStringLiteral("user1 OR NOT") << QStringList{} << 0;
}

void tst_CachedUserSource::prefixSearch()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QFETCH(int, count);
    UserQuery query;
    query.search = search;
    query.limit = 1000;
    query.sortField = QStringLiteral("id");
    const UserPage page = m_source.page(query);
    QCOMPARE(page.total, count);
    QCOMPARE(page.users.size(), count);
    if (!expected.isEmpty()) {
        QStringList ids;
        for (const User& user : page.users)
            ids << user.id;
        QCOMPARE(ids, expected);
    }
}

void tst_CachedUserSource::ftsExpressionQuotesEveryWord()
{
    QCOMPARE(CachedUserSource::ftsExpression(QStringLiteral("ann@exa")), QStringLiteral("\"ann\" \"exa\"*"));
    QCOMPARE(CachedUserSource::ftsExpression(QStringLiteral("ann smi")), QStringLiteral("\"ann\"* \"smi\"*"));
    QCOMPARE(CachedUserSource::ftsExpression(QStringLiteral("  x\" ")), QStringLiteral("\"x\""));
    QCOMPARE(CachedUserSource::ftsExpression(QStringLiteral("*")), QString());
}

void tst_CachedUserSource::searchPlansAndCountsAgree()
{
    // A cache whose second sync no longer has every fifth user: they stay, deleted on the server.
    CachedUserSource source;
    QVERIFY(source.openFile(m_dir.filePath(QStringLiteral("plans.sqlite"))));
    CacheWriter writer(source.database());
    QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()));
    QVERIFY(writer.stageUsers(m_users));
    QVERIFY(writer.commitSync(1));
    QList<User> remaining;
    for (int i = 0; i < m_users.size(); ++i) {
        if (i % 5 != 0)
            remaining << m_users[i];
    }
    QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()));
    QVERIFY(writer.stageUsers(remaining));
    QVERIFY(writer.commitSync(1));
    CacheFilter only;
    only.deleted = CacheFilter::Deleted::Only;
    QCOMPARE(source.count({}, only), 60);

    for (const char* typed : {"", "user", "user2", "user29", "user290", "renee", "example", "zzz"}) {
        for (const CacheFilter::Deleted deleted :
             {CacheFilter::Deleted::Exclude, CacheFilter::Deleted::Include, CacheFilter::Deleted::Only}) {
            CacheFilter filter;
            filter.deleted = deleted;
            for (const char* field : {"username", "email", "createdAt", "lastLoginAt", "firstName"}) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    UserQuery query;
                    query.search = QString::fromLatin1(typed);
                    query.sortField = QString::fromLatin1(field);
                    query.sortOrder = order;
                    query.limit = 1000;
                    source.setLargeMatchCount(1000000); // few matches: sort them all
                    const QList<CachedUser> sorted = source.rows(query, filter);
                    source.setLargeMatchCount(1); // many matches: walk the sort index
                    const QList<CachedUser> walked = source.rows(query, filter);
                    const QString where = QStringLiteral("%1 %2 %3 %4")
                                              .arg(QString::fromLatin1(typed), QString::fromLatin1(field))
                                              .arg(int(order))
                                              .arg(int(deleted));
                    QVERIFY2(sorted.size() == walked.size(), qPrintable(where));
                    for (int i = 0; i < sorted.size(); ++i)
                        QVERIFY2(sorted[i].user.id == walked[i].user.id, qPrintable(where));
                    // The count read from the FTS index (or, with no search, from the whole table
                    // less the deleted) equals the rows the full statement finds.
                    QVERIFY2(source.count(query, filter) == sorted.size(), qPrintable(where));
                }
            }
        }
    }
    UserQuery user2;
    user2.search = QStringLiteral("user2");
    QCOMPARE(source.count(user2), 89); // 2, 20..29, 200..299: 111, less 22 multiples of five
}

// A search sorted by username walks users_by_username against the keys of its matches, or
// sorts a few matches, and the FTS index is keyed by user_key. The order must stay the
// username order, both ways and by either plan, through syncs that add users between others,
// before the first and after the last, rename users, and through single-user refreshes, with
// the index agreeing with the rows (FTS5's integrity-check).
void tst_CachedUserSource::searchOrderFollowsAddsRenamesAndRefreshes()
{
    CachedUserSource source;
    QVERIFY(source.openFile(m_dir.filePath(QStringLiteral("order.sqlite"))));
    QMap<QString, User> live; // id -> user, what the cache should hold
    const auto named = [](int i, const QString& username) {
        User user = CacheTestData::user(i);
        user.username = username;
        return user;
    };
    const auto check = [&](const char* when) {
        QStringList expected;
        for (const User& user : std::as_const(live))
            expected << user.username;
        std::sort(expected.begin(), expected.end(),
                  [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        for (const qint64 largeMatchCount : {qint64(1), qint64(1000000)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                source.setLargeMatchCount(largeMatchCount);
                UserQuery query;
                query.search = QStringLiteral("user"); // every email: user<i>@example.test
                query.sortOrder = order;
                query.limit = 1000;
                QStringList found;
                for (const User& user : source.page(query).users)
                    found << user.username;
                if (order == Qt::DescendingOrder)
                    std::reverse(found.begin(), found.end());
                if (found != expected)
                    return QStringLiteral("%1 (sets from %2 matches walk the index): %3 instead of %4")
                        .arg(QString::fromLatin1(when), QString::number(largeMatchCount),
                             found.join(QLatin1Char(' ')).left(300), expected.join(QLatin1Char(' ')).left(300));
            }
        }
        QSqlQuery fts(source.database().database());
        if (!fts.exec(QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('integrity-check')")))
            return QStringLiteral("%1: %2").arg(QString::fromLatin1(when), fts.lastError().text());
        return QString();
    };

    CacheWriter writer(source.database());
    for (int i = 0; i < 100; ++i)
        live.insert(CacheTestData::user(i).id,
                    named(i, QStringLiteral("k%1").arg(i * 10, 3, 10, QLatin1Char('0'))));
    QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()));
    QVERIFY(writer.stageUsers(live.values()));
    QVERIFY(writer.commitSync(1));
    QString failure = check("first sync");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // New users between every two, before the first and after the last; two renamed (one only
    // in case, which keeps its place under NOCASE), one gone.
    for (int i = 0; i < 100; ++i)
        live.insert(CacheTestData::user(100 + i).id,
                    named(100 + i, QStringLiteral("k%1").arg(i * 10 + 5, 3, 10, QLatin1Char('0'))));
    live.insert(CacheTestData::user(300).id, named(300, QStringLiteral("a-first")));
    live.insert(CacheTestData::user(301).id, named(301, QStringLiteral("z-last")));
    live[CacheTestData::user(1).id].username = QStringLiteral("m-renamed");
    live[CacheTestData::user(50).id].username = QStringLiteral("K500");
    live.remove(CacheTestData::user(2).id);
    QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()));
    QVERIFY(writer.stageUsers(live.values()));
    QVERIFY(writer.commitSync(1));
    failure = check("second sync");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // Users added one at a time, each just after the previous one.
    for (int i = 0; i < 60; ++i) {
        const User user = named(400 + i, QStringLiteral("k000-%1").arg(i, 3, 10, QLatin1Char('0')));
        live.insert(user.id, user);
        QVERIFY2(writer.storeUser(user), qPrintable(writer.errorString()));
    }
    failure = check("single-user refreshes");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // A refresh that renames a user moves it.
    User renamed = live.value(CacheTestData::user(400).id);
    renamed.username = QStringLiteral("b-moved");
    live.insert(renamed.id, renamed);
    QVERIFY(writer.storeUser(renamed));
    failure = check("renamed by a refresh");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

// count() keeps its last answer, and the size of the last set of matches, while the file is
// unchanged: a write by the sync's own connection or by this one must still show at once.
void tst_CachedUserSource::countFollowsWritesOfEitherConnection()
{
    const QString file = m_dir.filePath(QStringLiteral("counted.sqlite"));
    CachedUserSource source;
    QVERIFY(source.openFile(file));
    CacheDatabase other;
    QVERIFY(other.open(file));
    CacheWriter otherWriter(other);
    QVERIFY(otherWriter.storeUser(CacheTestData::user(1)));
    UserQuery query;
    query.search = QStringLiteral("user");
    QCOMPARE(source.count(query), 1);
    QCOMPARE(source.count(query), 1);
    QVERIFY(otherWriter.storeUser(CacheTestData::user(2)));
    QCOMPARE(source.count(query), 2);
    CacheWriter ownWriter(source.database());
    QVERIFY(ownWriter.storeUser(CacheTestData::user(3)));
    QCOMPARE(source.count(query), 3);
    QVERIFY(otherWriter.markDeletedOnServer(CacheTestData::user(3).id));
    QCOMPARE(source.count(query), 2);
    CacheFilter withDeleted;
    withDeleted.deleted = CacheFilter::Deleted::Include;
    QCOMPARE(source.count(query, withDeleted), 3);
    query.search = QStringLiteral("user2");
    QCOMPARE(source.count(query), 1);

    // A sorted page reads the set of its matches, which then serves the next page and the
    // count; after a write of either connection it is read again.
    source.setLargeMatchCount(1); // every sorted search walks the index against its set
    query.search = QStringLiteral("user");
    QCOMPARE(source.page(query).total, 2);
    QVERIFY(otherWriter.storeUser(CacheTestData::user(4)));
    QCOMPARE(source.count(query), 3);
    UserPage page = source.page(query);
    QCOMPARE(page.total, 3);
    QCOMPARE(page.users.size(), 3);
    QVERIFY(ownWriter.storeUser(CacheTestData::user(5)));
    page = source.page(query);
    QCOMPARE(page.users.size(), 4);
    QCOMPARE(page.total, 4);
    QCOMPARE(source.count(query, withDeleted), 5);
}

// Opening another file forgets what was read from the last one: its count and its set of
// matches. Two fresh connections start at the same data_version and total_changes(), so the
// file's state alone cannot tell them apart.
void tst_CachedUserSource::anotherFileForgetsTheLastOnesReads()
{
    const auto fileOf = [&](const char* name, int users) {
        const QString file = m_dir.filePath(QString::fromLatin1(name));
        CachedUserSource writing;
        if (!writing.openFile(file))
            return QString();
        CacheWriter writer(writing.database());
        const bool synced = writer.beginSync(QDateTime::currentDateTimeUtc()) &&
                            writer.stageUsers(CacheTestData::users(users)) && writer.commitSync(1);
        return synced ? file : QString();
    };
    const QString first = fileOf("forget-first.sqlite", 30);
    const QString second = fileOf("forget-second.sqlite", 12);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    CachedUserSource source;
    source.setLargeMatchCount(1); // every sorted search walks the index against its set
    UserQuery query;
    query.search = QStringLiteral("user");
    QVERIFY(source.openFile(first));
    QCOMPARE(source.page(query).total, 30);
    QVERIFY(source.openFile(second)); // no close() in between
    const UserPage page = source.page(query);
    QCOMPARE(page.users.size(), 12);
    QCOMPARE(page.total, 12);
    QCOMPARE(source.count(query), 12);
}

void tst_CachedUserSource::filters()
{
    CacheFilter admins;
    admins.role = QStringLiteral("admin");
    QCOMPARE(m_source.count({}, admins), 30);
    for (const CachedUser& row : m_source.rows({}, admins))
        QVERIFY(row.user.roles.contains(QStringLiteral("admin")));

    CacheFilter disabled;
    disabled.enabled = false;
    QCOMPARE(m_source.count({}, disabled), 43); // i % 7 == 0 for 0..299

    CacheFilter both = admins;
    both.enabled = false;
    QCOMPARE(m_source.count({}, both), 5); // multiples of 70: 0, 70, 140, 210, 280

    UserQuery search;
    search.search = QStringLiteral("user2");
    QCOMPARE(m_source.count(search, admins), 11); // 20, 200..290 by tens
    QCOMPARE(m_source.roles().value(), (QStringList{QStringLiteral("admin"), QStringLiteral("profile")}));
}

void tst_CachedUserSource::freshnessTexts()
{
    const QDateTime later = m_sync.finishedAt.addSecs(3 * 3600 + 10);
    QSignalSpy changed(&m_source, &CachedUserSource::freshnessChanged);
    m_source.setFreshness(CachedUserSource::Freshness::Cached);
    QVERIFY(!m_source.isLive());
    QVERIFY2(m_source.statusText(later).contains(QStringLiteral("3 hours ago")),
             qPrintable(m_source.statusText(later)));
    QVERIFY(m_source.statusText(later).startsWith(QStringLiteral("Cached data as of ")));

    m_source.setFreshness(CachedUserSource::Freshness::Offline);
    QVERIFY(!m_source.isLive());
    QVERIFY(m_source.statusText().startsWith(QStringLiteral("Offline — data as of ")));

    QSignalSpy cacheChanged(&m_source, &CachedUserSource::cacheChanged);
    m_source.syncCommitted(m_sync);
    QVERIFY(m_source.isLive());
    QVERIFY(m_source.statusText().startsWith(QStringLiteral("Live — synced ")));
    QCOMPARE(cacheChanged.size(), 1);
    QCOMPARE(changed.size(), 2);

    QCOMPARE(CachedUserSource::ageText(later, later.addSecs(30)), QStringLiteral("just now"));
    QCOMPARE(CachedUserSource::ageText(later, later.addSecs(300)), QStringLiteral("5 minutes ago"));
    QCOMPARE(CachedUserSource::ageText(later, later.addDays(2)), QStringLiteral("2 days ago"));
    QCOMPARE(CachedUserSource::ageText(QDateTime(), later), QStringLiteral("never"));
}

void tst_CachedUserSource::offlineRefusesWritesWithClearMessage()
{
    CachedUserSource offline;
    QVERIFY2(offline.openFile(m_path, CachedUserSource::Freshness::Offline),
             qPrintable(offline.errorString()));
    QCOMPARE(offline.freshness(), CachedUserSource::Freshness::Offline);
    QCOMPARE(offline.count(), 300);
    const ApiError refused = offline.writeRefused(QStringLiteral("Disable user"));
    QCOMPARE(refused.kind, ApiError::Kind::Offline);
    QVERIFY(refused.message.contains(QStringLiteral("“Disable user” needs the server")));
    QVERIFY(refused.message.contains(QStringLiteral("working offline")));
    CacheWriter writer(offline.database());
    QVERIFY(!writer.storeUser(CacheTestData::user(999)));
    QCOMPARE(writer.errorString(), CacheDatabase::readOnlyMessage());
}

void tst_CachedUserSource::emptyCacheIsHonest()
{
    CachedUserSource empty;
    QVERIFY(empty.openFile(m_dir.filePath(QStringLiteral("empty.sqlite"))));
    QVERIFY(!empty.asOf().isValid());
    QCOMPARE(empty.count(), 0);
    QVERIFY(empty.page({}).users.isEmpty());
    empty.setFreshness(CachedUserSource::Freshness::Offline);
    QCOMPARE(empty.statusText(), QStringLiteral("Offline — nothing cached yet for this profile"));
}

QTEST_GUILESS_MAIN(tst_CachedUserSource)
#include "tst_CachedUserSource.moc"

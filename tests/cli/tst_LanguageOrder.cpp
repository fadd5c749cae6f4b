// One order everywhere, the user's language's: the users table (by comparing and by its
// background ranks), the cache's sorted pages and its search, the CSV export and
// `authdesk-cli --offline users list` put the same non-ASCII names in the same order, Swedish
// under sv_SE and German under de_DE. A cache keyed in one language is keyed again when it is
// opened in another, by the CLI and by the console's background upgrade, and a writer that
// finds it keyed in another language since it opened it never mixes the two.

#include "CliRunner.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheSchema.h"
#include "cache/CacheUpgrade.h"
#include "cache/CacheWriter.h"
#include "cache/CachedUserSource.h"
#include "export/UserExporter.h"
#include "items/UserFilterModel.h"
#include "items/UserTableModel.h"
#include "storage/LocaleCollation.h"
#include "storage/SqliteConnection.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <limits>
#include <memory>

namespace {

// Texts from UTF-8 literals (CliRunner's words() reads them so).
QStringList texts(std::initializer_list<const char*> utf8)
{
    return words(utf8);
}

// Usernames no two of which tie, even with case ignored.
const QStringList usernames =
    texts({"zoë", "öberg", "Eddie", "åsa", "oberg", "ärla", "Émile", "zander", "anna", "ezra"});
const QStringList swedish =
    texts({"anna", "Eddie", "Émile", "ezra", "oberg", "zander", "zoë", "åsa", "ärla", "öberg"});
const QStringList german =
    texts({"anna", "ärla", "åsa", "Eddie", "Émile", "ezra", "oberg", "öberg", "zander", "zoë"});

QList<User> people()
{
    // Emails and names in other orders than the usernames, so each column is checked apart.
    const QStringList last = texts({"Ängel", "Zeller", "Östlund", "Aalto", "Ågren", "Olsson", "Ekström",
                                    "Édouard", "Ørsted", "Berg"});
    // A set of roles each, no two alike, as the Roles column joins them.
    const QList<QStringList> roles{texts({"ärende"}), texts({"admin", "Öl"}), texts({"Zulu"}), texts({"admin"}),
                                   texts({"oversight"}), texts({"Åtkomst"}), texts({"édition"}),
                                   texts({"admin", "member"}), texts({"editor"}), texts({"Örn"})};
    QList<User> users;
    for (int i = 0; i < usernames.size(); ++i) {
        User user;
        user.id = QStringLiteral("id-%1").arg(i);
        user.username = usernames[i];
        user.email = last[i].toLower() + QStringLiteral(".") + usernames[i].toLower() + QStringLiteral("@example.test");
        user.firstName = usernames[i];
        user.lastName = last[i];
        user.roles = roles[i];
        users << user;
    }
    return users;
}

// The rules the file's sort keys were made with, as the file says.
QString collationOf(const QString& path)
{
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Access::ReadOnly, 10000))
        return connection.errorString();
    return CacheSchema::collation(connection.database());
}

QStringList usernamesOf(const QList<User>& users)
{
    QStringList list;
    for (const User& user : users)
        list << user.username;
    return list;
}

QStringList usernamesOf(const UserTableModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.user(row).username;
    return list;
}

} // namespace

class tst_LanguageOrder : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<CliRunner> m_cli;
    QString m_cacheFile;

    CliRun listInLanguage(const QString& locale, const QStringList& options = {}) const
    {
        QProcessEnvironment env = m_cli->environment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en")); // messages this test reads; the order is LC_ALL's
        return m_cli->run(options + words({"--profile", "lo", "--offline", "users", "list", "--all", "--format", "json"}),
                          {}, env);
    }

    static QStringList usernamesOf(const QByteArray& json)
    {
        QStringList list;
        for (const QJsonValue& row : QJsonDocument::fromJson(json).array())
            list << row[QStringLiteral("username")].toString();
        return list;
    }

    QStringList cachedUsernames(const QString& field, Qt::SortOrder order, const QString& search = {}) const
    {
        CachedUserSource source;
        if (!source.openFile(m_cacheFile))
            return {source.errorString()};
        UserQuery query;
        query.sortField = field;
        query.sortOrder = order;
        query.search = search;
        query.limit = 100;
        return ::usernamesOf(source.page(query).users);
    }

    // The cache's order of every text column both ways equals the table's, sorted both by
    // comparing and by its ranks, and the export's.
    void expectOneOrderEverywhere()
    {
        UserTableModel compared, ranked;
        compared.sortRanks().setMinimumSlots(std::numeric_limits<UserRowStore::Index>::max());
        ranked.sortRanks().setMinimumSlots(1);
        ranked.sortRanks().setQuietInterval(0);
        QSignalSpy built(&ranked.sortRanks(), &UserSortRanks::built);
        compared.setUsers(people());
        ranked.setUsers(people());
        QVERIFY(built.wait());
        const QList<std::pair<UserTableModel::Column, QString>> columns{
            {UserTableModel::Username, QStringLiteral("username")},
            {UserTableModel::Email, QStringLiteral("email")},
            {UserTableModel::Name, QStringLiteral("name")},
            {UserTableModel::Roles, QStringLiteral("roles")}};
        for (const auto& [column, field] : columns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QStringList cached = cachedUsernames(field, order);
                QCOMPARE(cached.size(), usernames.size());
                compared.sort(column, order);
                ranked.sort(column, order);
                QCOMPARE(::usernamesOf(compared), cached);
                QCOMPARE(::usernamesOf(ranked), cached);
            }
        }
        // A search that every user matches lists them in the same username order.
        QCOMPARE(cachedUsernames(QStringLiteral("username"), Qt::AscendingOrder, QStringLiteral("example")),
                 cachedUsernames(QStringLiteral("username"), Qt::AscendingOrder));

        UserFilterModel view;
        view.setSourceModel(&compared);
        view.sort(UserTableModel::Name, Qt::DescendingOrder);
        UserExporter exporter(&compared, &view);
        QSignalSpy finished(&exporter, &UserExporter::finished);
        const QString path = m_home.filePath(QStringLiteral("users.csv"));
        exporter.start(path, UserExporter::formatFor(path));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList exported;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) // after the header
            if (!lines[i].isEmpty())
                exported << QString::fromUtf8(lines[i].split(',').value(1));
        QCOMPARE(exported, cachedUsernames(QStringLiteral("name"), Qt::DescendingOrder));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_cli = std::make_unique<CliRunner>(m_home.path());
        // A profile of a server that is never reached: everything here reads its cache.
        const CliRun added = m_cli->addProfile(QStringLiteral("lo"), QStringLiteral("gatekeeper"),
                                               QUrl(QStringLiteral("http://127.0.0.1:9/")), QStringLiteral("admin"));
        QCOMPARE_RUN(added, 0);
        m_cacheFile = m_home.filePath(QStringLiteral("data/AuthDesk/AuthDesk/cache/%1.sqlite")
                                          .arg(QString::fromUtf8(added.out.trimmed())));
        QVERIFY(QDir().mkpath(QFileInfo(m_cacheFile).absolutePath()));

        LocaleCollation::setCurrent(QLocale(QStringLiteral("sv_SE")));
        CacheDatabase database;
        QVERIFY2(database.open(m_cacheFile, CacheDatabase::Access::ReadWrite), qPrintable(database.errorString()));
        CacheWriter writer(database);
        QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()));
        QVERIFY(writer.stageUsers(people()));
        QVERIFY2(writer.commitSync(1), qPrintable(writer.errorString()));
    }

    void swedishEverywhere()
    {
        QCOMPARE(cachedUsernames(QStringLiteral("username"), Qt::AscendingOrder), swedish);
        expectOneOrderEverywhere();
        const CliRun run = listInLanguage(QStringLiteral("sv_SE.UTF-8"));
        QCOMPARE_RUN(run, 0);
        QCOMPARE(usernamesOf(run.out), swedish);
    }

    void theCliKeysTheCacheAgainInGerman()
    {
        const QString before = collationOf(m_cacheFile);
        const CliRun run = listInLanguage(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("--verbose")});
        QCOMPARE_RUN(run, 0);
        QCOMPARE(usernamesOf(run.out), german);
        QVERIFY2(run.err.contains("sorted again in the order of this system's language"), run.err.constData());
        QVERIFY(!run.err.contains("upgraded")); // its format was current: only the order changed

        // This process still sorts in Swedish: to it, the file now needs keying again.
        QVERIFY(CacheUpgrade::isNeeded(m_cacheFile));
        LocaleCollation::setCurrent(QLocale(QStringLiteral("de_DE")));
        QVERIFY(!CacheUpgrade::isNeeded(m_cacheFile));
        QCOMPARE(cachedUsernames(QStringLiteral("username"), Qt::AscendingOrder), german);
        expectOneOrderEverywhere();
        QVERIFY(before != collationOf(m_cacheFile));
    }

    void theBackgroundUpgradeKeysItBackInSwedish()
    {
        LocaleCollation::setCurrent(QLocale(QStringLiteral("sv_SE")));
        QVERIFY(CacheUpgrade::isNeeded(m_cacheFile));
        CacheUpgrade upgrade;
        QSignalSpy progressed(&upgrade, &CacheUpgrade::progressed);
        QSignalSpy finished(&upgrade, &CacheUpgrade::finished);
        upgrade.start(m_cacheFile);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).value<CacheUpgrade::Outcome>(), CacheUpgrade::Outcome::Upgraded);
        const QString first = progressed.first().at(0).value<UpgradeProgress>().text();
        QVERIFY2(first.startsWith(QLatin1String("Sorting the cache")), qPrintable(first));
        // The three sort-key indexes built again: each user counted once in each.
        using Cost = CacheSchema::PassCost;
        QCOMPARE(upgrade.progress().plannedRows, 3 * Cost::sortKeyIndex * people().size());
        QCOMPARE(upgrade.progress().rows, upgrade.progress().plannedRows);
        QVERIFY(!CacheUpgrade::isNeeded(m_cacheFile));
        QCOMPARE(cachedUsernames(QStringLiteral("username"), Qt::AscendingOrder), swedish);
        expectOneOrderEverywhere();
    }

    void aWriteAfterAnotherProgramsLanguageSortsItBackFirst()
    {
        // This process (Swedish) has the file open while the CLI sorts it in German.
        CacheDatabase database;
        QVERIFY2(database.open(m_cacheFile, CacheDatabase::Access::ReadWrite), qPrintable(database.errorString()));
        CacheWriter writer(database);
        QCOMPARE_RUN(listInLanguage(QStringLiteral("de_DE.UTF-8")), 0);

        // One user's edit is refused rather than written with Swedish keys among German ones.
        User edited = people().constFirst();
        edited.lastName = QString::fromUtf8("Ändrad");
        QVERIFY(!writer.storeUser(edited));
        QVERIFY2(writer.errorString().contains(QLatin1String("another language")), qPrintable(writer.errorString()));

        // A sync sorts the whole file in Swedish again in its commit, its new user among the rest.
        QList<User> users = people();
        User added;
        added.id = QStringLiteral("id-new");
        added.username = QString::fromUtf8("åke");
        added.email = QString::fromUtf8("åke@example.test");
        users << added;
        QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()));
        QVERIFY(writer.stageUsers(users));
        QVERIFY2(writer.commitSync(1), qPrintable(writer.errorString()));
        QVERIFY(!CacheUpgrade::isNeeded(m_cacheFile));
        QStringList expected = swedish;
        expected.insert(expected.indexOf(QString::fromUtf8("åsa")), added.username);
        QCOMPARE(cachedUsernames(QStringLiteral("username"), Qt::AscendingOrder), expected);
        QCOMPARE(cachedUsernames(QStringLiteral("username"), Qt::AscendingOrder, QStringLiteral("example")), expected);
    }
};

QTEST_MAIN(tst_LanguageOrder)
#include "tst_LanguageOrder.moc"

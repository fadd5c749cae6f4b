// The Users screen over a cache file that breaks while it is shown: the table does not turn
// into "0 users", the line above it says the cache could not be read.

#include "cache/CacheDatabase.h"
#include "cache/CacheWriter.h"
#include "cache/ProfileCache.h"
#include "items/UserTableModel.h"
#include "users/UsersPage.h"

#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

class tst_UsersPageDamagedCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anSqlErrorIsShownNotAnEmptyList()
    {
        Profile profile;
        profile.id = QStringLiteral("damaged-screen");
        profile.name = QStringLiteral("Damaged");
        QFile::remove(CacheDatabase::pathForProfile(profile.id));
        ProfileCache cache(profile);
        QVERIFY(cache.open());
        QList<User> users;
        for (int i = 0; i < 12; ++i) {
            User u;
            u.id = QStringLiteral("u%1").arg(i);
            u.username = QStringLiteral("user%1").arg(i);
            users << u;
        }
        CacheWriter writer(cache.source()->database());
        SyncRecord record;
        QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()));
        QVERIFY(writer.stageUsers(users));
        QVERIFY(writer.commitSync(1, &record));
        cache.source()->syncCommitted(record);
        cache.setOffline(true);

        UsersPage page;
        page.resize(1000, 600);
        page.show();
        page.setCache(&cache);
        QTRY_COMPARE(page.table()->model()->rowCount(), 12);
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("vandal"));
            other.setDatabaseName(cache.source()->database().path());
            QVERIFY(other.open());
            QSqlQuery drop(other);
            QVERIFY(drop.exec(QStringLiteral("DROP TABLE users")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("vandal"));
        page.refresh();
        auto* info = page.findChild<QLabel*>(QStringLiteral("usersInfo"));
        QTRY_VERIFY2(info->text().contains(QLatin1String("could not be read")), qPrintable(info->text()));
        QVERIFY(info->text().startsWith(QLatin1String("Could not load users")));
    }
};

QTEST_MAIN(tst_UsersPageDamagedCache)
#include "tst_UsersPageDamagedCache.moc"

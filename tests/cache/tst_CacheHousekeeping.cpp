// Size, age and clearing of a profile's cache, as the profiles dialog uses them.

#include "CacheTestData.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheHousekeeping.h"
#include "cache/CacheWriter.h"

#include <QStandardPaths>
#include <QTest>

class tst_CacheHousekeeping : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void infoOfMissingCache();
    void infoSizeAgeAndUsers();
    void clearRemovesEveryFile();
    void clearRefusesUnsafeId();
};

namespace {
const QString profileA = QStringLiteral("0c6e3b8a-5f0f-4a4e-9d8e-6a1f6f1b2c3d");
const QString profileB = QStringLiteral("7d1f0e2a-9b3c-4d5e-8f60-1a2b3c4d5e6f");
} // namespace

void tst_CacheHousekeeping::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(CacheDatabase::cacheDirectory()).removeRecursively();
}

void tst_CacheHousekeeping::infoOfMissingCache()
{
    const CacheInfo info = CacheHousekeeping::info(profileA);
    QVERIFY(!info.exists);
    QCOMPARE(info.sizeBytes, 0);
    QCOMPARE(info.summary(), QStringLiteral("No cache"));
}

void tst_CacheHousekeeping::infoSizeAgeAndUsers()
{
    SyncRecord record;
    {
        CacheDatabase db;
        QVERIFY(db.openProfile(profileA));
        CacheWriter writer(db);
        QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()));
        QVERIFY(writer.stageUsers(CacheTestData::users(1500)));
        QVERIFY(writer.commitSync(1, &record));
        QVERIFY(writer.beginSync(QDateTime::currentDateTimeUtc()));
        QVERIFY(writer.stageUsers(CacheTestData::users(1200)));
        QVERIFY(writer.commitSync(1, &record));
        // Still open: the dialog may look while the profile is in use.
        const CacheInfo open = CacheHousekeeping::info(profileA);
        QCOMPARE(open.users, 1200);
    }
    const CacheInfo info = CacheHousekeeping::info(profileA);
    QVERIFY(info.exists);
    QCOMPARE(info.profileId, profileA);
    QCOMPARE(info.path, CacheDatabase::pathForProfile(profileA));
    QVERIFY(info.sizeBytes >= QFileInfo(info.path).size());
    QVERIFY(info.sizeBytes > 100000);
    QCOMPARE(info.lastSyncAt, record.finishedAt);
    QCOMPARE(info.users, 1200);
    const QString summary = info.summary(record.finishedAt.addSecs(7200));
    // "%Ln user(s)": the plural form comes from a translation, which unit tests do not load.
    QVERIFY2(summary.contains(QStringLiteral("1,200 user")) || summary.contains(QStringLiteral("1200 user")),
             qPrintable(summary));
    QVERIFY2(summary.endsWith(QStringLiteral("synced 2 hours ago")), qPrintable(summary));

    CacheDatabase other;
    QVERIFY(other.openProfile(profileB));
    other.close();
    QCOMPARE(CacheHousekeeping::all().size(), 2);
    QVERIFY(!CacheHousekeeping::info(profileB).lastSyncAt.isValid());
    QVERIFY(CacheHousekeeping::info(profileB).summary().endsWith(QStringLiteral("never synced completely")));
}

void tst_CacheHousekeeping::clearRemovesEveryFile()
{
    const QString path = CacheDatabase::pathForProfile(profileA);
    QVERIFY(QFile::exists(path));
    QString error;
    QVERIFY2(CacheHousekeeping::clear(profileA, &error), qPrintable(error));
    for (const char* suffix : {"", "-wal", "-shm"})
        QVERIFY(!QFile::exists(path + QString::fromLatin1(suffix)));
    QVERIFY(!CacheHousekeeping::info(profileA).exists);
    QVERIFY(CacheHousekeeping::info(profileB).exists); // only that profile
    QVERIFY(CacheHousekeeping::clear(profileA));       // nothing left to remove is fine

    // A cleared profile starts a fresh cache.
    CacheDatabase db;
    QVERIFY(db.openProfile(profileA));
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}

void tst_CacheHousekeeping::clearRefusesUnsafeId()
{
    QString error;
    QVERIFY(!CacheHousekeeping::clear(QStringLiteral("../../important"), &error));
    QVERIFY(error.contains(QStringLiteral("not a valid profile id")));
}

QTEST_GUILESS_MAIN(tst_CacheHousekeeping)
#include "tst_CacheHousekeeping.moc"

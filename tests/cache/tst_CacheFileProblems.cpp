// A cache or audit file in trouble: damaged (not a database), held by another program, on a
// full disk, read-only. Each gives a sentence that says what happened and what to do, with
// SQLite's words after it; none crashes, and none loses what the file held: a damaged file is
// left byte for byte as it was, and a write that failed leaves the copy as it was before it.
// A list the file cannot give (history, sessions, keys, syncs, roles) is an error, never an
// empty list that would read as "nothing happened".
// (The console opening regardless is tst_AppController::damagedFilesStillOpenTheConsole.)

#include "CacheTestData.h"
#include "audit/AuditLog.h"
#include "cache/CacheWriter.h"
#include "cache/CachedUserSource.h"
#include "storage/SqliteProblem.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class tst_CacheFileProblems : public QObject
{
    Q_OBJECT

private slots:
    void damagedCacheIsReportedAndLeftAsItIs();
    void damagedAuditLogIsReportedAndLeftAsItIs();
    void cacheHeldByAnotherProgramSaysSoAndKeepsTheCopy();
    void fullDiskSaysSoAndKeepsTheCopy();
    void readOnlyFileSaysSoAndKeepsTheCopy();
    void auditLogOnAFullDiskSaysSo();
    void listsThatCannotBeReadAreErrorsNotEmpty();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QByteArray garbage() { return QByteArray("This was a cache once. ").repeated(3000); }
    static bool write(const QString& file, const QByteArray& bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    static bool syncUsers(CachedUserSource& source, const QList<User>& users, QString* error)
    {
        CacheWriter writer(source.database());
        const bool ok = writer.beginSync(QDateTime::currentDateTimeUtc()) && writer.stageUsers(users) &&
                        writer.commitSync(1);
        *error = writer.errorString();
        if (!ok && writer.isSyncing())
            writer.abortSync();
        return ok;
    }
    QTemporaryDir m_dir;
};

void tst_CacheFileProblems::damagedCacheIsReportedAndLeftAsItIs()
{
    const QString file = path(QStringLiteral("damaged.sqlite"));
    QVERIFY(write(file, garbage()));
    for (const auto freshness : {CachedUserSource::Freshness::Cached, CachedUserSource::Freshness::Offline}) {
        CachedUserSource source;
        QVERIFY(!source.openFile(file, freshness));
        QVERIFY2(source.errorString().contains(file), qPrintable(source.errorString()));
        QVERIFY2(source.errorString().contains(QLatin1String("damaged or is not an AuthDesk database")),
                 qPrintable(source.errorString()));
        QVERIFY2(source.errorString().contains(QLatin1String("SQLite: file is not a database")),
                 qPrintable(source.errorString()));
        QVERIFY(!source.isOpen());
    }
    QCOMPARE(CacheTestData::fileBytes(file), garbage());
}

void tst_CacheFileProblems::damagedAuditLogIsReportedAndLeftAsItIs()
{
    const QString file = path(QStringLiteral("damaged-audit.sqlite"));
    QVERIFY(write(file, garbage()));
    AuditLog log;
    QVERIFY(!log.open(file));
    QVERIFY2(log.errorString().contains(QLatin1String("damaged or is not an AuthDesk database")),
             qPrintable(log.errorString()));
    // Changes made meanwhile go unrecorded, and say so, rather than writing over the file.
    QVERIFY(!log.record(AuditEntry::forResult(QStringLiteral("user.delete"), QStringLiteral("ann"), {}, 204)));
    QCOMPARE(log.errorString(), QStringLiteral("The audit log is not open."));
    QCOMPARE(CacheTestData::fileBytes(file), garbage());
}

void tst_CacheFileProblems::cacheHeldByAnotherProgramSaysSoAndKeepsTheCopy()
{
    const QString file = path(QStringLiteral("held.sqlite"));
    CachedUserSource source;
    QVERIFY2(source.openFile(file), qPrintable(source.errorString()));
    QString error;
    QVERIFY2(syncUsers(source, CacheTestData::users(30), &error), qPrintable(error));

    // Another program (here a connection of its own, as another process would have) is in the
    // middle of a write and does not finish within the cache's busy timeout.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY2(hold.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(hold.lastError().text()));

        QElapsedTimer waited;
        waited.start();
        QVERIFY(!syncUsers(source, CacheTestData::users(40), &error));
        QVERIFY2(error.contains(QLatin1String("another program")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("SQLite: database is locked")), qPrintable(error));
        QVERIFY2(waited.elapsed() >= 5000, "the busy timeout let the other program finish first");
        // Reading goes on meanwhile (write-ahead log): the copy is whole and as it was.
        QCOMPARE(source.count(), 30);

        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        hold.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY2(syncUsers(source, CacheTestData::users(40), &error), qPrintable(error));
    QCOMPARE(source.count(), 40);
}

void tst_CacheFileProblems::fullDiskSaysSoAndKeepsTheCopy()
{
    const QString file = path(QStringLiteral("full.sqlite"));
    CachedUserSource source;
    QVERIFY2(source.openFile(file), qPrintable(source.errorString()));
    QString error;
    QVERIFY2(syncUsers(source, CacheTestData::users(20), &error), qPrintable(error));

    // The disk has no room beyond what the file holds now.
    QSqlQuery pragma(source.database().database());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
    const int pages = pragma.value(0).toInt();
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    pragma.finish();

    QVERIFY(!syncUsers(source, CacheTestData::users(2000), &error));
    QVERIFY2(error.contains(QLatin1String("the disk is full")), qPrintable(error));
    QCOMPARE(source.count(), 20);
    QCOMPARE(source.user(CacheTestData::user(5).id)->user.username, CacheTestData::user(5).username);
    QCOMPARE(source.database().integrityCheck(), QStringLiteral("ok"));
}

void tst_CacheFileProblems::readOnlyFileSaysSoAndKeepsTheCopy()
{
    const QString file = path(QStringLiteral("readonly.sqlite"));
    CachedUserSource source;
    QVERIFY2(source.openFile(file), qPrintable(source.errorString()));
    QString error;
    QVERIFY2(syncUsers(source, CacheTestData::users(10), &error), qPrintable(error));

    // What SQLite answers for a file it may not write (a read-only file or mount): the same
    // refusal as for a file the tests, which may run as root, cannot make read-only.
    QSqlQuery pragma(source.database().database());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA query_only = ON")));
    pragma.finish();

    CacheWriter writer(source.database());
    User changed = CacheTestData::user(3);
    changed.email = QStringLiteral("changed@example.test");
    QVERIFY(!writer.storeUser(changed));
    QVERIFY2(writer.errorString().contains(QLatin1String("read-only; nothing was changed")),
             qPrintable(writer.errorString()));
    QCOMPARE(source.user(changed.id)->user.email, CacheTestData::user(3).email);
    QCOMPARE(source.count(), 10);
}

void tst_CacheFileProblems::auditLogOnAFullDiskSaysSo()
{
    const QString file = path(QStringLiteral("full-audit.sqlite"));
    AuditLog log;
    QVERIFY2(log.open(file), qPrintable(log.errorString()));
    QVERIFY(log.record(AuditEntry::forResult(QStringLiteral("user.delete"), QStringLiteral("ann"), {}, 204)));

    // The log's own connection: the one open on its file.
    QSqlDatabase db;
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (QSqlDatabase::database(name, false).databaseName() == file)
            db = QSqlDatabase::database(name, false);
    }
    QVERIFY(db.isOpen());
    QSqlQuery pragma(db);
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pragma.value(0).toInt())));
    pragma.finish();

    AuditEntry big = AuditEntry::forResult(QStringLiteral("user.update"), QStringLiteral("bob"), {}, 200);
    big.message = QString(QLatin1Char('x')).repeated(200000);
    QVERIFY(!log.record(big));
    QVERIFY2(log.errorString().contains(QLatin1String("the disk is full")), qPrintable(log.errorString()));
    QCOMPARE(log.count(), 1);
}

QTEST_GUILESS_MAIN(tst_CacheFileProblems)
#include "tst_CacheFileProblems.moc"

void tst_CacheFileProblems::listsThatCannotBeReadAreErrorsNotEmpty()
{
    CachedUserSource closed;
    QVERIFY(!closed.history(QStringLiteral("u1")).ok());
    QVERIFY(closed.history(QStringLiteral("u1")).error().message.contains(QLatin1String("not open")));

    const QString file = path(QStringLiteral("tables-gone.sqlite"));
    CachedUserSource source;
    QVERIFY(source.openFile(file));
    QString error;
    QVERIFY2(syncUsers(source, CacheTestData::users(5), &error), qPrintable(error));
    QVERIFY(source.history(CacheTestData::user(1).id).ok());
    {
        // Another program (or a damaged page) takes the tables away under the open cache.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QSqlQuery q(other);
        for (const char* table : {"user_history", "sessions", "api_keys", "syncs", "user_roles"})
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE %1 RENAME TO gone_%1").arg(QLatin1String(table))),
                     qPrintable(q.lastError().text()));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QList<ApiError> errors{source.history(CacheTestData::user(1).id).error(),
                                 source.recentChanges().error(),
                                 source.sessions(CacheTestData::user(1).id).error(),
                                 source.apiKeys().error(),
                                 source.syncs().error(),
                                 source.roles().error()};
    for (const ApiError& e : errors) {
        QVERIFY2(e.message.startsWith(QLatin1String("The local cache could not be read:")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("no such table")), qPrintable(e.message));
    }
}

// The audit log as a table: columns, paging with fetchMore, filtering, and new entries on top.

#include "audit/AuditLog.h"
#include "items/AuditLogModel.h"
#include "values/Utc.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_AuditLogModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void showsEntriesNewestFirst();
    void pagesWithFetchMore();
    void filterAndLiveInsert();

private:
    void fill(int count);
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log;
};

void tst_AuditLogModel::init()
{
    m_log = std::make_unique<AuditLog>();
    QVERIFY(m_log->open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"))));
}

void tst_AuditLogModel::fill(int count)
{
    const QDateTime t0(QDate(2025, 1, 1), QTime(0, 0), Utc::zone);
    for (int i = 0; i < count; ++i) {
        AuditEntry e;
        e.at = t0.addSecs(i);
        e.profileId = i % 2 ? QStringLiteral("a") : QStringLiteral("b");
        e.profileName = QStringLiteral("Profile %1").arg(e.profileId);
        e.identity = QStringLiteral("admin");
        e.action = i % 3 ? QStringLiteral("user.update") : QStringLiteral("session.revoke");
        e.target = QStringLiteral("user%1").arg(i);
        e.outcome = i % 5 ? AuditEntry::Outcome::Succeeded : AuditEntry::Outcome::Failed;
        e.httpStatus = i % 5 ? 200 : 403;
        e.serverCode = i % 5 ? QString() : QStringLiteral("forbidden");
        if (i == 4)
            e.details.insert(QStringLiteral("review"), QStringLiteral("Q4 admins"));
        QVERIFY(m_log->record(e));
    }
}

void tst_AuditLogModel::showsEntriesNewestFirst()
{
    fill(6);
    AuditLogModel model(m_log.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
    QCOMPARE(model.headerData(AuditLogModel::Identity, Qt::Horizontal).toString(),
             QStringLiteral("Signed in as"));
    QCOMPARE(model.index(0, AuditLogModel::Target).data().toString(), QStringLiteral("user5"));
    QCOMPARE(model.index(0, AuditLogModel::Action).data().toString(), QStringLiteral("Edit user"));
    QCOMPARE(model.index(5, AuditLogModel::Action).data().toString(), QStringLiteral("Revoke session"));
    QCOMPARE(model.index(5, AuditLogModel::Outcome).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(model.index(5, AuditLogModel::Status).data().toString(), QStringLiteral("403 forbidden"));
    QCOMPARE(model.index(1, AuditLogModel::Status).data().toString(), QStringLiteral("200"));
    QCOMPARE(model.index(1, AuditLogModel::Review).data().toString(), QStringLiteral("Q4 admins"));
    QVERIFY(model.index(0, AuditLogModel::Review).data().toString().isEmpty());
    QCOMPARE(model.index(0, AuditLogModel::Time).data(AuditLogModel::SortRole).toLongLong(),
             QDateTime(QDate(2025, 1, 1), QTime(0, 0, 5), Utc::zone).toMSecsSinceEpoch());
    QCOMPARE(model.index(0, 0).data(AuditLogModel::EntryRole).value<AuditEntry>().target,
             QStringLiteral("user5"));
}

void tst_AuditLogModel::pagesWithFetchMore()
{
    fill(25);
    AuditLogModel model(m_log.get());
    model.setPageSize(10);
    model.reload();
    // No QAbstractItemModelTester here: it calls fetchMore() itself.
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(24, AuditLogModel::Target).data().toString(), QStringLiteral("user0"));
}

void tst_AuditLogModel::filterAndLiveInsert()
{
    fill(10);
    AuditLogModel model(m_log.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditFilter failures;
    failures.outcome = AuditEntry::Outcome::Failed;
    model.setFilter(failures);
    QCOMPARE(model.rowCount(), 2); // 0 and 5

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    AuditEntry ok;
    ok.action = QStringLiteral("user.create");
    ok.target = QStringLiteral("fine");
    QVERIFY(m_log->record(ok));
    QCOMPARE(model.rowCount(), 2); // does not match the filter
    AuditEntry bad = ok;
    bad.target = QStringLiteral("broken");
    bad.outcome = AuditEntry::Outcome::Failed;
    QVERIFY(m_log->record(bad));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, AuditLogModel::Target).data().toString(), QStringLiteral("broken"));

    model.setFilter({});
    QCOMPARE(model.rowCount(), 12);
}

QTEST_GUILESS_MAIN(tst_AuditLogModel)
#include "tst_AuditLogModel.moc"

// UserExporter: the filtered, sorted view with every page fetched first, as CSV and JSON in
// UserColumns' layout (the encoding itself is tst_RecordEncoder's); cancelling or failing
// leaves no file.

#include "FakeUserServer.h"
#include "export/UserExporter.h"
#include "items/UserFilterModel.h"
#include "items/UserTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class tst_UserExporter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void csvOfTheFilteredSortedViewWithEveryPage()
    {
        FakeUserServer server(730);
        UserTableModel users;
        users.setPageSize(100);
        UserFilterModel filter;
        filter.setSourceModel(&users);
        QSignalSpy loaded(&users, &UserTableModel::pageLoaded);
        server.attach(&users);
        QVERIFY(loaded.wait());
        QCOMPARE(users.rowCount(), 100);
        filter.setText(QStringLiteral("user7"));
        filter.sort(UserTableModel::Username, Qt::DescendingOrder);

        UserExporter exporter(&users, &filter);
        exporter.setSliceSize(7);
        QSignalSpy finished(&exporter, &UserExporter::finished);
        QSignalSpy progress(&exporter, &UserExporter::progress);
        const QString path = m_dir.filePath(QStringLiteral("users.csv"));
        exporter.start(path, UserExporter::formatFor(path));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(users.rowCount(), 730);
        QVERIFY(progress.size() > 3);

        const QList<QByteArray> lines = read(path).split('\n');
        QCOMPARE(lines.first(), QByteArray("id,username,email,name,roles,enabled,created,last_login\r"));
        // user7, user70..79, user700..729 = 1 + 10 + 30, in descending username order
        QCOMPARE(finished.first().at(2).toLongLong(), 41);
        QCOMPARE(lines.size(), 1 + 41 + 1); // header, rows, the empty remainder after the last CRLF
        QVERIFY(lines.at(1).startsWith("id-79,user79,user79@example.com,Elif Silva,developer,true,"));
        QVERIFY(lines.at(41).startsWith("id-7,user7,"));
        QVERIFY(lines.at(41).contains(",2024-01-01T07:00:00Z,"));
    }

    void jsonIsValid()
    {
        UserTableModel users;
        User odd = FakeUserServer::makeUser(1);
        odd.lastName = QStringLiteral("O\"Brien, \\ \n Ünal");
        odd.lastLoginAt = {};
        users.setUsers({odd, FakeUserServer::makeUser(2)});
        UserExporter exporter(&users, nullptr);
        QSignalSpy finished(&exporter, &UserExporter::finished);
        const QString path = m_dir.filePath(QStringLiteral("users.json"));
        exporter.start(path, UserExporter::formatFor(path));
        QVERIFY(finished.wait());
        QVERIFY(finished.first().at(0).toBool());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(read(path), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray rows = doc.array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), odd.firstName + u' ' + odd.lastName);
        QCOMPARE(first.value(QStringLiteral("enabled")).toString(), QStringLiteral("true"));
        QCOMPARE(first.value(QStringLiteral("last_login")).toString(), QString());
        QCOMPARE(first.value(QStringLiteral("roles")).toString(), QStringLiteral("developer"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("roles")).toString().split(u' ').size(), 2);
    }

    void cancelLeavesNoFile()
    {
        FakeUserServer server(2000);
        UserTableModel users;
        users.setPageSize(50);
        QSignalSpy loaded(&users, &UserTableModel::pageLoaded);
        server.attach(&users);
        QVERIFY(loaded.wait());
        UserExporter exporter(&users, &users);
        QSignalSpy finished(&exporter, &UserExporter::finished);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        exporter.start(path, UserExporter::Format::Csv);
        QVERIFY(loaded.wait());
        exporter.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!QFile::exists(path));
        QVERIFY(m_dir.isValid());
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files).size(), 0);
        QTest::qWait(30);
        QCOMPARE(finished.size(), 1);
    }

    void aFailedPageFailsTheExport()
    {
        FakeUserServer server(500);
        server.failAtRequest = 2;
        UserTableModel users;
        users.setPageSize(100);
        QSignalSpy loaded(&users, &UserTableModel::pageLoaded);
        server.attach(&users);
        QVERIFY(loaded.wait());
        UserExporter exporter(&users, &users);
        QSignalSpy finished(&exporter, &UserExporter::finished);
        const QString path = m_dir.filePath(QStringLiteral("failed.csv"));
        exporter.start(path, UserExporter::Format::Csv);
        QVERIFY(finished.wait());
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("fake server failed")));
        QVERIFY(!QFile::exists(path));
    }

    void unwritablePathIsAClearError()
    {
        UserTableModel users;
        users.setUsers({FakeUserServer::makeUser(1)});
        UserExporter exporter(&users, &users);
        QSignalSpy finished(&exporter, &UserExporter::finished);
        exporter.start(QStringLiteral("/proc/definitely/not/here.csv"), UserExporter::Format::Csv);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("Cannot write")));
    }
};

QTEST_GUILESS_MAIN(tst_UserExporter)
#include "tst_UserExporter.moc"

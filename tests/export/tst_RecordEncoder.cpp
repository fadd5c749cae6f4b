// RecordEncoder: RFC 4180 CSV with every formula starter neutralised (OWASP: a leading
// apostrophe, and quotes), quotes doubled, line breaks kept inside quotes, UTF-8, empty cells;
// JSON and JSON Lines that decode to the same text. UserColumns: the layout the console's
// Export (UserExporter) and authdesk-cli (TableWriter) both write, byte for byte.

#include "TableWriter.h"
#include "export/RecordEncoder.h"
#include "export/UserColumns.h"
#include "export/UserExporter.h"
#include "items/UserTableModel.h"
#include "values/Utc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QList<User> someUsers()
{
    User plain;
    plain.id = QStringLiteral("1");
    plain.username = QStringLiteral("ada");
    plain.email = QStringLiteral("ada@example.com");
    plain.firstName = QStringLiteral("Ada");
    plain.lastName = QStringLiteral("Lovelace");
    plain.roles = {QStringLiteral("admin"), QStringLiteral("developer")};
    plain.createdAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Utc::zone);
    User hostile;
    hostile.id = QStringLiteral("2");
    hostile.username = QStringLiteral("=cmd|' /C calc'!A0");
    hostile.email = QStringLiteral("-2+3@example.com");
    hostile.firstName = QStringLiteral("Zoë \"Z\"");
    hostile.lastName = QStringLiteral("Ünal,\r\nJr.");
    hostile.enabled = false;
    hostile.lastLoginAt = QDateTime(QDate(2025, 6, 7), QTime(8, 9, 10), Utc::zone);
    return {plain, hostile};
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_RecordEncoder : public QObject
{
    Q_OBJECT

private slots:
    void everyFormulaStarterIsNeutralised_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("=") << QStringLiteral("=1+1") << QByteArray("\"'=1+1\"");
        QTest::newRow("+") << QStringLiteral("+1 555") << QByteArray("\"'+1 555\"");
        QTest::newRow("-") << QStringLiteral("-2+3") << QByteArray("\"'-2+3\"");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QByteArray("\"'@SUM(A1)\"");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("\"'\t=1\"");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
        QTest::newRow("with quotes") << QStringLiteral("=HYPERLINK(\"x\")")
                                     << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
        // Only at the start: elsewhere these are ordinary characters.
        QTest::newRow("inside") << QStringLiteral("a=b+c-d@e") << QByteArray("a=b+c-d@e");
    }
    void everyFormulaStarterIsNeutralised()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, encoded);
        QCOMPARE(RecordEncoder::csvField(cell), encoded);
    }

    void csvQuotesPerRfc4180()
    {
        QCOMPARE(RecordEncoder::csvField(QStringLiteral("plain")), QByteArray("plain"));
        QCOMPARE(RecordEncoder::csvField(QString()), QByteArray());
        QCOMPARE(RecordEncoder::csvField(QStringLiteral("a,b")), QByteArray("\"a,b\""));
        QCOMPARE(RecordEncoder::csvField(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(RecordEncoder::csvField(QStringLiteral("two\nlines")), QByteArray("\"two\nlines\""));
        QCOMPARE(RecordEncoder::csvField(QStringLiteral("two\r\nlines")), QByteArray("\"two\r\nlines\""));
        QCOMPARE(RecordEncoder::csvField(QStringLiteral(" padded ")), QByteArray("\" padded \""));
        // Control characters are kept, inside quotes: CSV carries the text unchanged.
        QCOMPARE(RecordEncoder::csvField(QStringLiteral("a\x1b[2Jb")), QByteArray("\"a\x1b[2Jb\""));
        QCOMPARE(RecordEncoder::csvField(QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))),
                 QByteArray("\"a\0b\"", 5));
        // UTF-8, not the locale's encoding.
        QCOMPARE(RecordEncoder::csvField(QStringLiteral("Zoë 日本")),
                 QByteArray("Zo\xc3\xab \xe6\x97\xa5\xe6\x9c\xac"));
    }

    void csvRecordsHaveAHeaderAndEmptyCells()
    {
        RecordEncoder encoder(RecordEncoder::Format::Csv,
                              {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QCOMPARE(encoder.begin(), QByteArray("a,b,c\r\n"));
        QCOMPARE(encoder.record({QStringLiteral("1"), QString(), QStringLiteral("3")}),
                 QByteArray("1,,3\r\n"));
        QCOMPARE(encoder.record({QStringLiteral("only")}), QByteArray("only,,\r\n")); // missing cells
        QCOMPARE(encoder.record({}), QByteArray(",,\r\n"));
        QCOMPARE(encoder.end(), QByteArray());
    }

    void jsonAndJsonLinesDecodeToTheSameText()
    {
        const QStringList columns{QStringLiteral("name"), QStringLiteral("note")};
        const QList<QStringList> rows{
            {QStringLiteral("esc\x1b[31m, nul ") + QChar(0) + QStringLiteral(" crlf\r\n"), QString()},
            {QStringLiteral("Zoë \"quoted\" \\ back"), QStringLiteral("=1+1") + QChar(0x2028)}};
        const QByteArray json = RecordEncoder(RecordEncoder::Format::Json, columns).encode(rows);
        // No raw control byte: the JSON is safe to print, and still decodes intact.
        for (char c : json)
            QVERIFY2(uchar(c) >= 0x20 || c == '\n', qPrintable(QString::number(uchar(c))));
        QVERIFY(json.contains("\\u001b[31m"));
        QVERIFY(json.contains("\\u0000"));
        QVERIFY(json.contains("\\u2028"));
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(json, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(array.at(i).toObject().value(QStringLiteral("name")).toString(), rows.at(i).at(0));
            QCOMPARE(array.at(i).toObject().value(QStringLiteral("note")).toString(), rows.at(i).at(1));
        }
        QCOMPARE(RecordEncoder(RecordEncoder::Format::Json, columns).encode({}), QByteArray("[]\n"));

        const QByteArray lines = RecordEncoder(RecordEncoder::Format::JsonLines, columns).encode(rows);
        const QList<QByteArray> split = lines.split('\n');
        QCOMPARE(split.size(), 3); // two records, then what follows the last newline
        QVERIFY(split.last().isEmpty());
        for (int i = 0; i < 2; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(split.at(i), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(o.value(QStringLiteral("name")).toString(), rows.at(i).at(0));
        }
        QCOMPARE(RecordEncoder(RecordEncoder::Format::JsonLines, columns).encode({}), QByteArray());
    }

    void userColumns()
    {
        QCOMPARE(UserColumns::names(),
                 QStringLiteral("id,username,email,name,roles,enabled,created,last_login").split(u','));
        const QList<User> users = someUsers();
        QCOMPARE(UserColumns::cells(users.at(0)),
                 (QStringList{QStringLiteral("1"), QStringLiteral("ada"), QStringLiteral("ada@example.com"),
                              QStringLiteral("Ada Lovelace"), QStringLiteral("admin developer"),
                              QStringLiteral("true"), QStringLiteral("2024-01-02T03:04:05Z"), QString()}));
        QCOMPARE(UserColumns::cells(users.at(1)).at(5), QStringLiteral("false"));
    }

    // The console's Export and authdesk-cli write the same bytes for the same users.
    void consoleAndCliWriteTheSameColumns_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("users.csv") << QStringLiteral("csv");
        QTest::newRow("json") << QStringLiteral("users.json") << QStringLiteral("json");
        QTest::newRow("jsonl") << QStringLiteral("users.jsonl") << QStringLiteral("jsonl");
    }
    void consoleAndCliWriteTheSameColumns()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QList<User> users = someUsers();
        UserTableModel model;
        model.setUsers(users);
        UserExporter exporter(&model, nullptr);
        QSignalSpy finished(&exporter, &UserExporter::finished);
        const QString path = dir.filePath(file);
        exporter.start(path, UserExporter::formatFor(path));
        QVERIFY(finished.wait());
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const QByteArray console = readFile(path);

        TableWriter::Format cliFormat = TableWriter::Format::Table; // set by parseFormat; GCC 14 cannot tell
        QVERIFY(TableWriter::parseFormat(format, &cliFormat));
        TableWriter cli(cliFormat, UserColumns::names());
        for (const User& user : users)
            cli.addRow(UserColumns::cells(user));
        QCOMPARE(console, cli.bytes());
        if (format == QLatin1String("csv")) {
            QVERIFY(console.startsWith("id,username,email,name,roles,enabled,created,last_login\r\n"));
            QVERIFY(console.contains("\"'=cmd|' /C calc'!A0\""));
            QVERIFY(console.contains("\"'-2+3@example.com\""));
            QVERIFY(console.contains("\"Zo\xc3\xab \"\"Z\"\" \xc3\x9cnal,\r\nJr.\""));
        }
    }
};

QTEST_GUILESS_MAIN(tst_RecordEncoder)
#include "tst_RecordEncoder.moc"

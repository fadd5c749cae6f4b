// authdesk-cli's TableWriter: the table escapes control characters (so a hostile user name
// cannot move the cursor, recolour or clear the terminal of whoever lists users) and stays
// aligned; CSV, JSON and JSON Lines carry the same text unchanged.

#include "TableWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

const QString hostile = QStringLiteral("ev\x1b[2Jil\r\nroot") + QChar(0) + QStringLiteral("\x1b]0;x\x07");

TableWriter users(TableWriter::Format format)
{
    TableWriter writer(format, {QStringLiteral("id"), QStringLiteral("username")});
    writer.addRow({QStringLiteral("1"), hostile});
    writer.addRow({QStringLiteral("22"), QStringLiteral("Zoë")});
    return writer;
}

} // namespace

class tst_TableWriter : public QObject
{
    Q_OBJECT

private slots:
    void formatNames()
    {
        QCOMPARE(TableWriter::formatNames(), (QStringList{QStringLiteral("table"), QStringLiteral("csv"),
                                                          QStringLiteral("json"), QStringLiteral("jsonl")}));
        TableWriter::Format format;
        QVERIFY(TableWriter::parseFormat(QStringLiteral("jsonl"), &format));
        QCOMPARE(format, TableWriter::Format::JsonLines);
        QVERIFY(!TableWriter::parseFormat(QStringLiteral("xml"), &format));
    }

    void tableShowsControlCharactersEscaped()
    {
        const QByteArray table = users(TableWriter::Format::Table).bytes();
        for (char c : table)
            QVERIFY2(uchar(c) >= 0x20 || c == '\n', qPrintable(QString::number(uchar(c))));
        QCOMPARE(table.count('\n'), 3); // header and two rows: the CR LF made no extra row
        const QList<QByteArray> lines = table.split('\n');
        QCOMPARE(lines.at(0), QByteArray("ID  USERNAME"));
        QCOMPARE(lines.at(1), QByteArray("1   ev\\x1b[2Jil\\r\\nroot\\0\\x1b]0;x\\x07"));
        QCOMPARE(lines.at(2), QByteArray("22  Zo\xc3\xab"));
    }

    void csvAndJsonKeepTheText()
    {
        const QByteArray csv = users(TableWriter::Format::Csv).bytes();
        QVERIFY(csv.contains(QByteArray("1,\"" + hostile.toUtf8() + "\"\r\n")));
        const QJsonArray json = QJsonDocument::fromJson(users(TableWriter::Format::Json).bytes()).array();
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("username")).toString(), hostile);
        const QList<QByteArray> lines = users(TableWriter::Format::JsonLines).bytes().split('\n');
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("username")).toString(),
                 hostile);
    }
};

QTEST_GUILESS_MAIN(tst_TableWriter)
#include "tst_TableWriter.moc"

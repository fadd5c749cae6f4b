#pragma once
// The one encoder of exported records: the console's user export, its audit log export and
// every list authdesk-cli prints as CSV, JSON or JSON Lines write through it, so a file has
// the same quoting and escaping whichever program wrote it. Cells are text; the output is UTF-8.
//
// CSV is RFC 4180: a header row, CRLF after each record, a cell quoted when it holds a comma,
// a quote, a line break, any other control character or a space at either end, quotes doubled,
// line breaks kept inside the quotes. A cell that a spreadsheet would run as a formula (it
// starts with = + - @ TAB or CR; OWASP's CSV injection) gets a leading apostrophe and quotes, so
// it is shown as text. Control characters stay as they are, inside quotes: CSV is for files
// and programs, not for a terminal.
//
// JSON is an array of objects, one per line; JSON Lines one object per line, for streams. Keys
// are the column names in column order; control characters, U+2028 and U+2029 are \u escapes,
// so the text decodes intact and no raw control byte reaches a terminal that shows it.
//
//     RecordEncoder encoder(RecordEncoder::Format::Csv, UserColumns::names());
//     file.write(encoder.begin());
//     for (const User& user : users)
//         file.write(encoder.record(UserColumns::cells(user)));
//     file.write(encoder.end());

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class RecordEncoder
{
public:
    enum class Format { Csv, Json, JsonLines };

    RecordEncoder(Format format, QStringList columns);

    Format format() const { return m_format; }
    const QStringList& columns() const { return m_columns; }
    // What comes before the first record: CSV's header row, JSON's "[".
    QByteArray begin() const;
    // One record; missing cells are empty, cells beyond the columns are dropped.
    QByteArray record(const QStringList& cells);
    // What comes after the last record: JSON's "]".
    QByteArray end() const;
    // begin(), every record and end() at once.
    QByteArray encode(const QList<QStringList>& rows);

    static QByteArray csvField(const QString& text);
    static QByteArray jsonString(const QString& text);
    // A time as every export writes it: ISO 8601 in UTC, empty when unknown.
    static QString timeCell(const QDateTime& when, Qt::DateFormat format = Qt::ISODate);

private:
    Format m_format;
    QStringList m_columns;
    QList<QByteArray> m_keys; // the JSON keys, encoded once
    qint64 m_records = 0;
};

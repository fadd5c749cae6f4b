#pragma once
// Reads the CSV AuthDesk writes (RFC 4180, UTF-8, a header row) back into rows: quoted fields
// with commas, quotes and line breaks, CRLF or LF, and the `'` RecordEncoder puts before a
// cell a spreadsheet would run as a formula taken off again. A malformed file (a quote left
// open, a row with more fields than the header) is refused with its line number.

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Row
    {
        int line = 0; // where the row starts in the file, from 1 (the header)
        QHash<QString, QString> cells; // by column name; a short row's missing cells are empty
    };

    // False with error() when the file is not CSV this reader can trust.
    bool read(const QByteArray& bytes);
    QString error() const { return m_error; }
    QStringList header() const { return m_header; }
    const QList<Row>& rows() const { return m_rows; }

private:
    QString m_error;
    QStringList m_header;
    QList<Row> m_rows;
};

#pragma once
// Writes the rows of one listing in the format the command line asked for: an aligned text
// table for people, or CSV, JSON or JSON Lines for programs (RecordEncoder: the console's
// exports write the same bytes). The table shows control characters as escapes (DisplayText),
// so a name a server sent with ESC or CR LF in it cannot steer the terminal that lists it;
// CSV and JSON carry the text unchanged.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class TableWriter
{
public:
    enum class Format { Table, Csv, Json, JsonLines };

    // "table", "csv", "json" or "jsonl".
    static bool parseFormat(const QString& name, Format* format);
    static QStringList formatNames();

    TableWriter(Format format, QStringList columns);
    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }
    // The whole listing, UTF-8.
    QByteArray bytes() const;

private:
    QByteArray table() const;

    Format m_format;
    QStringList m_columns;
    QList<QStringList> m_rows;
};

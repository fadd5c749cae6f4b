#pragma once
// Writes rows as an aligned text table, CSV (RFC 4180) or JSON (an array of objects), so every
// subcommand formats its output the same way.

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

class TableWriter
{
public:
    enum class Format { Table, Csv, Json };

    static bool parseFormat(const QString& name, Format* format);

    TableWriter(Format format, QStringList columns);
    void addRow(QStringList cells);
    void write(QTextStream& out) const;
    qsizetype rowCount() const { return m_rows.size(); }

    static QString csvField(const QString& value);

private:
    Format m_format;
    QStringList m_columns;
    QList<QStringList> m_rows;
};

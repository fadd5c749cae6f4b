#include "TableWriter.h"

#include "export/RecordEncoder.h"
#include "values/DisplayText.h"

namespace {

const QStringList names{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"),
                        QStringLiteral("jsonl")};

} // namespace

bool TableWriter::parseFormat(const QString& name, Format* format)
{
    const qsizetype index = names.indexOf(name);
    if (index < 0)
        return false;
    *format = Format(index);
    return true;
}

QStringList TableWriter::formatNames()
{
    return names;
}

TableWriter::TableWriter(Format format, QStringList columns)
    : m_format(format)
    , m_columns(std::move(columns))
{
}

void TableWriter::addRow(QStringList cells)
{
    cells.resize(m_columns.size());
    m_rows.append(std::move(cells));
}

QByteArray TableWriter::bytes() const
{
    switch (m_format) {
    case Format::Table:
        return table();
    case Format::Csv:
        return RecordEncoder(RecordEncoder::Format::Csv, m_columns).encode(m_rows);
    case Format::Json:
        return RecordEncoder(RecordEncoder::Format::Json, m_columns).encode(m_rows);
    case Format::JsonLines:
        return RecordEncoder(RecordEncoder::Format::JsonLines, m_columns).encode(m_rows);
    }
    return {};
}

QByteArray TableWriter::table() const
{
    QList<QStringList> shown;
    QStringList upper;
    for (const QString& column : m_columns)
        upper << column.toUpper();
    shown << upper;
    for (const QStringList& row : m_rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells << DisplayText::escaped(cell);
        shown << cells;
    }
    QList<qsizetype> widths(m_columns.size(), 0);
    for (const QStringList& row : std::as_const(shown)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    QString out;
    for (const QStringList& row : std::as_const(shown)) {
        QStringList padded;
        for (qsizetype i = 0; i < row.size(); ++i)
            padded << row.at(i).leftJustified(widths.at(i));
        // Only the padding at the end goes: an empty first cell keeps the columns aligned.
        QString line = padded.join(QLatin1String("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out.toUtf8();
}

#include "TableWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

bool TableWriter::parseFormat(const QString& name, Format* format)
{
    if (name == QLatin1String("table"))
        *format = Format::Table;
    else if (name == QLatin1String("csv"))
        *format = Format::Csv;
    else if (name == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
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

QString TableWriter::csvField(const QString& value)
{
    // Quote when needed, and neutralise spreadsheet formulas so an exported user list cannot
    // run code when opened in a spreadsheet.
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

void TableWriter::write(QTextStream& out) const
{
    switch (m_format) {
    case Format::Json: {
        QJsonArray array;
        for (const QStringList& row : m_rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < m_columns.size(); ++i)
                object.insert(m_columns.at(i), row.at(i));
            array.append(object);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        break;
    }
    case Format::Csv: {
        QStringList header;
        for (const QString& column : m_columns)
            header << csvField(column);
        out << header.join(QLatin1Char(',')) << "\r\n";
        for (const QStringList& row : m_rows) {
            QStringList fields;
            for (const QString& cell : row)
                fields << csvField(cell);
            out << fields.join(QLatin1Char(',')) << "\r\n";
        }
        break;
    }
    case Format::Table: {
        QList<qsizetype> widths;
        for (const QString& column : m_columns)
            widths << column.size();
        for (const QStringList& row : m_rows) {
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = qMax(widths[i], row.at(i).size());
        }
        auto line = [&](const QStringList& cells) {
            QStringList padded;
            for (qsizetype i = 0; i < cells.size(); ++i)
                padded << cells.at(i).leftJustified(widths.at(i));
            // Only the padding at the end goes: an empty first cell keeps the columns aligned.
            QString text = padded.join(QLatin1String("  "));
            while (text.endsWith(QLatin1Char(' ')))
                text.chop(1);
            out << text << '\n';
        };
        QStringList upper;
        for (const QString& column : m_columns)
            upper << column.toUpper();
        line(upper);
        for (const QStringList& row : m_rows)
            line(row);
        break;
    }
    }
    out.flush();
}

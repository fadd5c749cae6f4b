#include "CsvReader.h"

namespace {
// RecordEncoder's guard against formula injection, taken off: `'` before = + - @ tab or CR.
QString unguarded(const QString& cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'') &&
        QStringLiteral("=+-@\t\r").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}
} // namespace

bool CsvReader::read(const QByteArray& bytes)
{
    m_error.clear();
    m_header.clear();
    m_rows.clear();
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QList<int> lines;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    const auto endField = [&] {
        record << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record.first().isEmpty())) { // blank lines are skipped
            records << record;
            lines << recordLine;
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        m_error = tr("Line %1: a quoted field is never closed.").arg(recordLine);
        return false;
    }
    if (fieldStarted || !record.isEmpty())
        endRecord();
    if (records.isEmpty()) {
        m_error = tr("The file is empty: it has no header row.");
        return false;
    }
    for (const QString& name : records.first())
        m_header << name.trimmed();
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList& cells = records.at(r);
        if (cells.size() > m_header.size()) {
            m_error = tr("Line %1: %2 fields, but the header names %3.").arg(lines.at(r)).arg(cells.size()).arg(m_header.size());
            return false;
        }
        Row row;
        row.line = lines.at(r);
        for (qsizetype c = 0; c < m_header.size(); ++c)
            row.cells.insert(m_header.at(c), c < cells.size() ? unguarded(cells.at(c)) : QString());
        m_rows << row;
    }
    return true;
}

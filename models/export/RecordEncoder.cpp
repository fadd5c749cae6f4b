#include "RecordEncoder.h"

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

// A spreadsheet evaluates a cell that starts with one of these (OWASP, CSV injection).
bool startsLikeAFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const char16_t c = text.front().unicode();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

} // namespace

RecordEncoder::RecordEncoder(Format format, QStringList columns)
    : m_format(format)
    , m_columns(std::move(columns))
{
    for (const QString& column : std::as_const(m_columns))
        m_keys << jsonString(column);
}

QByteArray RecordEncoder::csvField(const QString& text)
{
    const bool formula = startsLikeAFormula(text);
    bool quote = formula || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    for (qsizetype i = 0; !quote && i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        quote = c == ',' || c == '"' || isControl(c);
    }
    if (!quote)
        return text.toUtf8();
    QString cell = text;
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    if (formula)
        cell.prepend(QLatin1Char('\''));
    return '"' + cell.toUtf8() + '"';
}

QByteArray RecordEncoder::jsonString(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            // JSON allows U+2028 and U+2029 raw, but JavaScript before ES2019 does not.
            if (isControl(u) || u == 0x2028 || u == 0x2029)
                out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out.toUtf8();
}

QString RecordEncoder::timeCell(const QDateTime& when, Qt::DateFormat format)
{
    return when.isValid() ? when.toUTC().toString(format) : QString();
}

QByteArray RecordEncoder::begin() const
{
    switch (m_format) {
    case Format::Csv: {
        QByteArray header;
        for (const QString& column : m_columns)
            header += (header.isEmpty() ? QByteArray() : QByteArray(",")) + csvField(column);
        return header + "\r\n";
    }
    case Format::Json:
        return "[";
    case Format::JsonLines:
        break;
    }
    return {};
}

QByteArray RecordEncoder::record(const QStringList& cells)
{
    QByteArray out;
    if (m_format == Format::Csv) {
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                out += ',';
            out += csvField(cells.value(i));
        }
        out += "\r\n";
    } else {
        if (m_format == Format::Json)
            out += m_records == 0 ? "\n  " : ",\n  ";
        out += '{';
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                out += ',';
            out += m_keys.at(i) + ':' + jsonString(cells.value(i));
        }
        out += '}';
        if (m_format == Format::JsonLines)
            out += '\n';
    }
    ++m_records;
    return out;
}

QByteArray RecordEncoder::end() const
{
    if (m_format != Format::Json)
        return {};
    return m_records == 0 ? QByteArray("]\n") : QByteArray("\n]\n");
}

QByteArray RecordEncoder::encode(const QList<QStringList>& rows)
{
    QByteArray out = begin();
    for (const QStringList& row : rows)
        out += record(row);
    return out + end();
}

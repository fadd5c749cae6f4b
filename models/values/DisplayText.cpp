#include "DisplayText.h"

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString escapeOf(char16_t c)
{
    switch (c) {
    case 0:
        return QStringLiteral("\\0");
    case '\t':
        return QStringLiteral("\\t");
    case '\n':
        return QStringLiteral("\\n");
    case '\r':
        return QStringLiteral("\\r");
    default:
        break;
    }
    if (c < 0x80) // the rest of C0, and DEL
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

bool DisplayText::needsEscaping(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 || isBidiControl(u);
}

QString DisplayText::escaped(const QString& text, LineBreaks lineBreaks)
{
    auto escapes = [lineBreaks](QChar c) {
        return needsEscaping(c) && !(lineBreaks == LineBreaks::Keep && c == QLatin1Char('\n'));
    };
    // Almost every text has nothing to escape: the console's tables ask for thousands of cells.
    qsizetype first = 0;
    while (first < text.size() && !escapes(text.at(first)))
        ++first;
    if (first == text.size())
        return text;
    QString out = text.left(first);
    out.reserve(text.size() + 8);
    for (qsizetype i = first; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (escapes(c))
            out += escapeOf(c.unicode());
        else
            out += c;
    }
    return out;
}

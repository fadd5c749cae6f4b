#include "UserIdCodec.h"

#include <QUuid>

namespace {

// "0" or up to 19 digits without a leading zero: always below 2^64, and written back the same.
bool isCanonicalNumber(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 19 || (text.size() > 1 && text[0] == '0'))
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

UserIdCodec::Packed UserIdCodec::pack(QByteArrayView utf8)
{
    Packed packed;
    if (isCanonicalNumber(utf8)) {
        quint64 value = 0;
        for (char c : utf8)
            value = value * 10 + quint64(c - '0');
        packed.kind = Kind::Number;
        do { // little-endian, at least one byte
            packed.bytes.append(char(value & 0xFF));
            value >>= 8;
        } while (value != 0);
        return packed;
    }
    // QUuid reads either case, braces or not, and anything else as the nil UUID: packed only when
    // its lowercase or uppercase text is this id's, byte for byte.
    if (utf8.size() == 36) {
        const QUuid uuid = QUuid::fromString(QAnyStringView(utf8));
        const QByteArray lower = uuid.toByteArray(QUuid::WithoutBraces);
        const Kind kind = utf8 == lower ? Kind::Uuid : utf8 == lower.toUpper() ? Kind::UpperUuid : Kind::Text;
        if (kind != Kind::Text) {
            const QByteArray bytes = uuid.toRfc4122();
            packed.kind = kind;
            packed.bytes.append(bytes.constData(), bytes.size());
            return packed;
        }
    }
    packed.bytes.append(utf8.data(), utf8.size());
    return packed;
}

QString UserIdCodec::unpack(Kind kind, QByteArrayView bytes)
{
    switch (kind) {
    case Kind::Text:
        break;
    case Kind::Number: {
        quint64 value = 0;
        for (qsizetype i = bytes.size() - 1; i >= 0; --i)
            value = value << 8 | uchar(bytes[i]);
        return QString::number(value);
    }
    case Kind::Uuid:
    case Kind::UpperUuid: {
        if (bytes.size() != 16)
            break;
        const QString text = QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
        return kind == Kind::Uuid ? text : text.toUpper();
    }
    }
    return QString::fromUtf8(bytes);
}

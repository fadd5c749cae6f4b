#include "UserIdCodec.h"

namespace {

constexpr int UuidLength = 36;

bool isUuidDash(qsizetype at)
{
    return at == 8 || at == 13 || at == 18 || at == 23;
}

int hexValue(char c, bool upper)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    const char a = upper ? 'A' : 'a';
    if (c >= a && c <= a + 5)
        return c - a + 10;
    return -1;
}

// Whether `text` is a UUID in one case throughout (digits fit either), the form unpack() writes.
bool isUuid(QByteArrayView text, bool upper)
{
    if (text.size() != UuidLength)
        return false;
    for (qsizetype i = 0; i < UuidLength; ++i) {
        if (isUuidDash(i) ? text[i] != '-' : hexValue(text[i], upper) < 0)
            return false;
    }
    return true;
}

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
    for (const bool upper : {false, true}) {
        if (!isUuid(utf8, upper))
            continue;
        packed.kind = upper ? Kind::UpperUuid : Kind::Uuid;
        for (qsizetype i = 0; i < UuidLength; i += 2) {
            if (isUuidDash(i))
                ++i;
            packed.bytes.append(char(hexValue(utf8[i], upper) << 4 | hexValue(utf8[i + 1], upper)));
        }
        return packed;
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
        const char* digits = kind == Kind::Uuid ? "0123456789abcdef" : "0123456789ABCDEF";
        QString text;
        text.reserve(UuidLength);
        for (qsizetype i = 0; i < 16; ++i) {
            if (isUuidDash(text.size()))
                text.append(QLatin1Char('-'));
            text.append(QLatin1Char(digits[uchar(bytes[i]) >> 4])).append(QLatin1Char(digits[uchar(bytes[i]) & 0xF]));
        }
        return text;
    }
    }
    return QString::fromUtf8(bytes);
}

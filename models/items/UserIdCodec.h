#pragma once
// A user's id packed for UserRowStore: the servers' usual ids in fewer bytes than their text.
// A UUID (Keycloak, better-auth, the sandbox) takes 16 bytes instead of 36, a decimal number
// (Nebula's counters) its value's bytes; any other id stays as its text.
// Only forms that give back the same text are packed, so unpack(pack(id)) == id always; the
// kind is part of the packed id (the bytes of a number can spell another id's text).

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

class UserIdCodec
{
public:
    enum class Kind : unsigned char { Text = 0, Number = 1, Uuid = 2, UpperUuid = 3 };
    struct Packed
    {
        Kind kind = Kind::Text;
        QVarLengthArray<char, 40> bytes;
        QByteArrayView view() const { return {bytes.constData(), bytes.size()}; }
    };

    // `utf8` is the id's text as stored (already cut to the store's longest field).
    static Packed pack(QByteArrayView utf8);
    static QString unpack(Kind kind, QByteArrayView bytes);
};

#include "PasswordHasher.h"

#include <sodium.h>

bool PasswordHasher::initialise()
{
    return sodium_init() >= 0;
}

QByteArray PasswordHasher::hash(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    // Interactive limits: a login costs tens of milliseconds, like a real server's.
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE / 4) != 0)
        return {};
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray& hash, const QString& password)
{
    if (hash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

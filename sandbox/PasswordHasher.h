#pragma once
// Argon2id password hashes through libsodium, as a real server stores them.

#include <QByteArray>
#include <QString>

class PasswordHasher
{
public:
    static bool initialise();
    static QByteArray hash(const QString& password);
    static bool verify(const QByteArray& hash, const QString& password);
};

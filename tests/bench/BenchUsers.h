#pragma once
// Realistic, deterministic users for the cache benchmarks: varied names, emails, roles and
// attributes, so that FTS prefixes match as they would on a real directory.

#include "values/User.h"
#include "values/Utc.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>
#include <QUuid>

namespace BenchUsers {

inline const QStringList& firstNames()
{
    static const QStringList names =
        QStringLiteral(
            "Anna Bruno Chloé Dmitri Elif Farid Greta Hiro Ines Jonas Kaori Lena Marco Nadia Omar Paula "
            "Quentin Rosa "
            "Stefan Tara Umar Vera Wiktor Xenia Yusuf Zoe Adam Bianca Carlos Daria Emil Fatima Gustav Hana "
            "Igor Julia "
            "Karim Laura Mateo Nina Oskar Petra Rafael Sofia Tomas Ursula Viktor Wanda Yara Zeno Maria Mark "
            "Martin "
            "Marta Marius Mila Milan Mona Moritz Ali Alma Alex Amir Amelie Andrea Anton Arne Aylin")
            .split(QLatin1Char(' '));
    return names;
}

inline const QStringList& lastNames()
{
    static const QStringList names =
        QStringLiteral(
            "Novak Silva Moreau Ivanov Yilmaz Haddad Berg Sato Müller Schmidt Schneider Fischer Weber Meyer "
            "Wagner "
            "Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger "
            "Hofmann "
            "Hartmann Lange Schmitt Werner Krause Meier Lehmann García Fernández López Martínez Rossi Russo "
            "Ferrari "
            "Esposito Bianchi Romano Colombo Kowalski Nowak Wiśniewski Dubois Durand Leroy Lefebvre Petit "
            "Nakamura "
            "Tanaka Suzuki Kim Lee Park Chen Wang Li Zhang Nguyen Tran Pham Andersen Nielsen Hansen Jensen")
            .split(QLatin1Char(' '));
    return names;
}

inline User user(qint64 i)
{
    QRandomGenerator rng(quint32(i * 2654435761u + 17));
    const QString first = firstNames().at(int(rng.bounded(qint64(firstNames().size()))));
    const QString last = lastNames().at(int(rng.bounded(qint64(lastNames().size()))));
    static const QStringList domains{QStringLiteral("example.com"), QStringLiteral("mail.test"),
                                     QStringLiteral("city-berlin.de"), QStringLiteral("uni-lisboa.pt"),
                                     QStringLiteral("acme.io")};
    static const QStringList cities{QStringLiteral("Berlin"),  QStringLiteral("Lisbon"),
                                    QStringLiteral("Osaka"),   QStringLiteral("Toronto"),
                                    QStringLiteral("Nairobi"), QStringLiteral("Lyon")};
    User u;
    u.id = QStringLiteral("%1").arg(i + 1);
    u.username = (first.left(1) + last).toLower() + QString::number(i);
    u.email = (first + QLatin1Char('.') + last).toLower() + QString::number(i) + QLatin1Char('@') +
              domains.at(int(i % domains.size()));
    u.firstName = first;
    u.lastName = last;
    u.roles = i % 50 == 0 ? QStringList{QStringLiteral("profile"), QStringLiteral("admin")}
                          : QStringList{QStringLiteral("profile"), QStringLiteral("performer")};
    u.enabled = i % 13 != 0;
    u.createdAt = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Utc::zone).addSecs(i * 97);
    u.lastLoginAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Utc::zone).addSecs(qint64(rng.bounded(30000000)));
    u.attributes = {
        {QStringLiteral("city"), cities.at(int(i % cities.size()))},
        {QStringLiteral("phone_number"),
         QStringLiteral("+1 555 %1").arg(rng.bounded(1000000), 7, 10, QLatin1Char('0'))},
        {QStringLiteral("user_type"), i % 50 == 0 ? QStringLiteral("admin") : QStringLiteral("customer")}};
    return u;
}

// A random-looking version 4 UUID, the same for the same user every time.
inline QString uuid(qint64 i)
{
    QRandomGenerator rng(quint32(i * 2246822519u + 3));
    quint32 words[4];
    rng.fillRange(words);
    QByteArray bytes(reinterpret_cast<const char*>(words), sizeof words);
    bytes[6] = char((bytes[6] & 0x0F) | 0x40);
    bytes[8] = char((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace BenchUsers

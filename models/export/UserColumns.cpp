#include "UserColumns.h"

#include "RecordEncoder.h"

QStringList UserColumns::names()
{
    return {QStringLiteral("id"),      QStringLiteral("username"),  QStringLiteral("email"),
            QStringLiteral("name"),    QStringLiteral("roles"),     QStringLiteral("enabled"),
            QStringLiteral("created"), QStringLiteral("last_login")};
}

QStringList UserColumns::cells(const User& user)
{
    return {user.id,
            user.username,
            user.email,
            QString(user.firstName + QLatin1Char(' ') + user.lastName).trimmed(),
            user.roles.join(QLatin1Char(' ')),
            user.enabled ? QStringLiteral("true") : QStringLiteral("false"),
            RecordEncoder::timeCell(user.createdAt),
            RecordEncoder::timeCell(user.lastLoginAt)};
}

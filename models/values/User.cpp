#include "User.h"

QString User::displayName() const
{
    const QString full = QString(firstName + QLatin1Char(' ') + lastName).trimmed();
    return full.isEmpty() ? username : full;
}

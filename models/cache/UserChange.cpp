#include "UserChange.h"

#include <QCoreApplication>

namespace {
QString fieldLabel(const QString& field)
{
    if (field == QLatin1String("username"))
        return UserChange::tr("username");
    if (field == QLatin1String("email"))
        return UserChange::tr("email");
    if (field == QLatin1String("firstName"))
        return UserChange::tr("first name");
    if (field == QLatin1String("lastName"))
        return UserChange::tr("last name");
    if (field == QLatin1String("createdAt"))
        return UserChange::tr("creation time");
    if (field.startsWith(QLatin1String("attribute:")))
        return field.mid(10);
    return field;
}
} // namespace

QString UserChange::description() const
{
    switch (kind) {
    case Kind::Added:
        return tr("appeared on the server");
    case Kind::Deleted:
        return tr("deleted on server");
    case Kind::Restored:
        return tr("back on the server");
    case Kind::Changed:
        break;
    }
    if (field == QLatin1String("role"))
        return newValue.isEmpty() ? tr("lost role %1").arg(oldValue) : tr("gained role %1").arg(newValue);
    if (field == QLatin1String("enabled"))
        return newValue == QLatin1String("true") ? tr("enabled") : tr("disabled");
    if (oldValue.isEmpty())
        return tr("%1 set to “%2”").arg(fieldLabel(field), newValue);
    if (newValue.isEmpty())
        return tr("%1 removed (was “%2”)").arg(fieldLabel(field), oldValue);
    return tr("%1 changed from “%2” to “%3”").arg(fieldLabel(field), oldValue, newValue);
}

QString UserChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Changed:
        return QStringLiteral("changed");
    case Kind::Deleted:
        return QStringLiteral("deleted");
    case Kind::Restored:
        return QStringLiteral("restored");
    }
    return QStringLiteral("changed");
}

UserChange::Kind UserChange::kindFromName(const QString& name)
{
    if (name == QLatin1String("added"))
        return Kind::Added;
    if (name == QLatin1String("deleted"))
        return Kind::Deleted;
    if (name == QLatin1String("restored"))
        return Kind::Restored;
    return Kind::Changed;
}

#include "UserDiff.h"

#include <QJsonDocument>
#include <QSet>

namespace {
UserChange changed(const User& after, const QString& field, const QString& oldValue, const QString& newValue)
{
    UserChange change;
    change.userId = after.id;
    change.username = after.username;
    change.kind = UserChange::Kind::Changed;
    change.field = field;
    change.oldValue = oldValue;
    change.newValue = newValue;
    return change;
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}
} // namespace

bool UserDiff::isVolatileAttribute(const QString& name)
{
    static const QStringList fragments{
        QStringLiteral("last_login"), QStringLiteral("lastlogin"),     QStringLiteral("last_access"),
        QStringLiteral("lastaccess"), QStringLiteral("last_activity"), QStringLiteral("last_used"),
        QStringLiteral("lastused"),   QStringLiteral("last_seen"),     QStringLiteral("updated"),
        QStringLiteral("modified"),   QStringLiteral("login_count"),
    };
    const QString lower = name.toLower();
    for (const QString& fragment : fragments) {
        if (lower.contains(fragment))
            return true;
    }
    return false;
}

QString UserDiff::valueText(const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return {};
    case QMetaType::QVariantMap:
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    case QMetaType::Bool:
        return boolText(value.toBool());
    default:
        return value.toString();
    }
}

QList<UserChange> UserDiff::changes(const User& before, const User& after)
{
    QList<UserChange> result;
    const auto text = [&](const QString& field, const QString& oldValue, const QString& newValue) {
        if (oldValue != newValue)
            result.append(changed(after, field, oldValue, newValue));
    };
    text(QStringLiteral("username"), before.username, after.username);
    text(QStringLiteral("email"), before.email, after.email);
    text(QStringLiteral("firstName"), before.firstName, after.firstName);
    text(QStringLiteral("lastName"), before.lastName, after.lastName);
    text(QStringLiteral("enabled"), boolText(before.enabled), boolText(after.enabled));

    for (const QString& role : before.roles) {
        if (!after.roles.contains(role))
            result.append(changed(after, QStringLiteral("role"), role, {}));
    }
    for (const QString& role : after.roles) {
        if (!before.roles.contains(role))
            result.append(changed(after, QStringLiteral("role"), {}, role));
    }

    QStringList keys = before.attributes.keys() + after.attributes.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        if (isVolatileAttribute(key))
            continue;
        const QVariant oldValue = before.attributes.value(key);
        const QVariant newValue = after.attributes.value(key);
        if (oldValue == newValue)
            continue;
        const QString oldText = valueText(oldValue);
        const QString newText = valueText(newValue);
        if (oldText != newText)
            result.append(changed(after, QStringLiteral("attribute:") + key, oldText, newText));
    }
    return result;
}

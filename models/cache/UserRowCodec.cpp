#include "UserRowCodec.h"

#include "SecretFilter.h"
#include "values/Utc.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace {
QString actionsToJson(const QMap<QString, UserAction>& actions)
{
    if (actions.isEmpty())
        return QStringLiteral("{}");
    QJsonObject object;
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        object.insert(it.key(), QJsonObject{{QStringLiteral("method"), it->method},
                                            {QStringLiteral("href"), it->href},
                                            {QStringLiteral("title"), it->title}});
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, UserAction> actionsFromJson(const QString& json)
{
    QMap<QString, UserAction> actions;
    if (json.size() <= 2)
        return actions;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject action = it.value().toObject();
        actions.insert(it.key(), UserAction{action.value(QLatin1String("method")).toString(),
                                            action.value(QLatin1String("href")).toString(),
                                            action.value(QLatin1String("title")).toString()});
    }
    return actions;
}
} // namespace

QVariant UserRowCodec::toMsecs(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime UserRowCodec::fromMsecs(const QVariant& msecs)
{
    if (msecs.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), Utc::zone);
}

QString UserRowCodec::toJson(const QStringList& list)
{
    if (list.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList UserRowCodec::stringListFromJson(const QString& json)
{
    QStringList list;
    if (json.size() <= 2)
        return list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    list.reserve(array.size());
    for (const QJsonValue& value : array)
        list.append(value.toString());
    return list;
}

QString UserRowCodec::toJson(const QVariantMap& map)
{
    if (map.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

QVariantMap UserRowCodec::mapFromJson(const QString& json)
{
    if (json.size() <= 2)
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

UserRow UserRowCodec::encode(const User& user)
{
    UserRow row;
    row.id = text(user.id);
    row.username = text(user.username);
    row.email = text(user.email);
    row.firstName = text(user.firstName);
    row.lastName = text(user.lastName);
    row.name = QString(user.firstName + QLatin1Char(' ') + user.lastName).trimmed();
    row.roles = toJson(user.roles);
    row.enabled = user.enabled;
    row.createdAt = toMsecs(user.createdAt);
    row.lastLoginAt = toMsecs(user.lastLoginAt);
    row.attributes = toJson(SecretFilter::withoutSecrets(user.attributes));
    row.actions = actionsToJson(user.actions);

    // Lets a sync skip unchanged users without comparing fields; 64 bits of MD5 make a false
    // "unchanged" practically impossible.
    QCryptographicHash hash(QCryptographicHash::Md5);
    const QChar separator(0x1f);
    const QString canonical = row.id + separator + row.username + separator + row.email + separator +
                              row.firstName + separator + row.lastName + separator + row.roles + separator +
                              (row.enabled ? QLatin1Char('1') : QLatin1Char('0')) + separator +
                              row.createdAt.toString() + separator + row.lastLoginAt.toString() + separator +
                              row.attributes + separator + row.actions;
    hash.addData(canonical.toUtf8());
    row.fingerprint = qFromLittleEndian<qint64>(hash.result().constData());
    return row;
}

User UserRowCodec::decode(const QString& id, const QString& username, const QString& email,
                          const QString& firstName, const QString& lastName, const QString& roles,
                          bool enabled, const QVariant& createdAt, const QVariant& lastLoginAt,
                          const QString& attributes, const QString& actions)
{
    User user;
    user.id = id;
    user.username = username;
    user.email = email;
    user.firstName = firstName;
    user.lastName = lastName;
    user.roles = stringListFromJson(roles);
    user.enabled = enabled;
    user.createdAt = fromMsecs(createdAt);
    user.lastLoginAt = fromMsecs(lastLoginAt);
    user.attributes = mapFromJson(attributes);
    user.actions = actionsFromJson(actions);
    return user;
}

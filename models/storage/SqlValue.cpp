#include "SqlValue.h"

#include "values/Utc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QVariant SqlValue::toMsecs(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime SqlValue::fromMsecs(const QVariant& msecs)
{
    if (msecs.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), Utc::zone);
}

QString SqlValue::toJson(const QStringList& list)
{
    if (list.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList SqlValue::stringListFromJson(const QString& json)
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

QString SqlValue::toJson(const QVariantMap& map)
{
    if (map.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

QVariantMap SqlValue::mapFromJson(const QString& json)
{
    if (json.size() <= 2)
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

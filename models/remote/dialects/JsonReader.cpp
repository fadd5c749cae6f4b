#include "JsonReader.h"

#include "values/Utc.h"

#include <QCoreApplication>
#include <QJsonArray>

ApiError JsonReader::malformed(const QString& what)
{
    ApiError error = ApiError::make(
        ApiError::Kind::Malformed,
        QCoreApplication::translate("JsonReader", "The server sent an answer AuthDesk cannot read."));
    error.detail = what;
    return error;
}

Result<QJsonDocument> JsonReader::parse(const HttpResponse& response)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError)
        return malformed(
            QStringLiteral("JSON error at offset %1: %2").arg(error.offset).arg(error.errorString()));
    return document;
}

Result<QJsonObject> JsonReader::parseObject(const HttpResponse& response)
{
    Result<QJsonDocument> document = parse(response);
    if (!document.ok())
        return document.error();
    if (!document.value().isObject())
        return malformed(QStringLiteral("expected a JSON object"));
    return document.value().object();
}

Result<QJsonArray> JsonReader::parseArray(const HttpResponse& response, const QString& expected)
{
    Result<QJsonDocument> document = parse(response);
    if (!document.ok())
        return document.error();
    if (!document.value().isArray())
        return malformed(expected);
    return document.value().array();
}

QDateTime JsonReader::dateFrom(const QJsonValue& value)
{
    if (value.isDouble()) {
        const qint64 number = value.toInteger();
        // Seconds or milliseconds since the epoch: anything past year 33658 in seconds is millis.
        return number > 1'000'000'000'000LL ? QDateTime::fromMSecsSinceEpoch(number, Utc::zone)
                                            : QDateTime::fromSecsSinceEpoch(number, Utc::zone);
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(text, Qt::ISODate);
    if (!date.isValid()) { // "2017-08-25 14:16:09 UTC"
        date = QDateTime::fromString(text.chopped(text.endsWith(QLatin1String(" UTC")) ? 4 : 0),
                                     QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        date = QDateTime(date.date(), date.time(), Utc::zone);
    }
    return date.toUTC();
}

User JsonReader::userFrom(const QJsonObject& object, const UserFieldMap& map)
{
    auto text = [&object](const QString& key) {
        if (key.isEmpty())
            return QString();
        const QJsonValue value = object.value(key);
        return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    };
    User user;
    user.id = text(map.id);
    user.username = text(map.username);
    user.email = text(map.email);
    user.firstName = text(map.firstName);
    user.lastName = text(map.lastName);
    if (!map.fullName.isEmpty()) {
        const QString full = text(map.fullName).trimmed();
        user.firstName = full.section(QLatin1Char(' '), 0, 0);
        user.lastName = full.section(QLatin1Char(' '), 1);
    }
    if (!map.roles.isEmpty()) {
        const QJsonValue roles = object.value(map.roles);
        if (roles.isArray()) {
            for (const QJsonValue& role : roles.toArray())
                user.roles << role.toString();
        } else if (!roles.toString().isEmpty()) {
            user.roles << roles.toString();
        }
    }
    if (!map.enabled.isEmpty() && object.contains(map.enabled))
        user.enabled = object.value(map.enabled).toBool(true);
    if (!map.createdAt.isEmpty())
        user.createdAt = dateFrom(object.value(map.createdAt));
    if (!map.lastLoginAt.isEmpty())
        user.lastLoginAt = dateFrom(object.value(map.lastLoginAt));
    user.attributes = object.toVariantMap();
    user.attributes.remove(QStringLiteral("_links"));
    return user;
}

QVariantMap JsonReader::otherFields(const QJsonObject& object, std::initializer_list<const char*> read)
{
    QJsonObject rest = object;
    for (const char* key : read)
        rest.remove(QLatin1String(key));
    return rest.toVariantMap();
}

QByteArray JsonReader::compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

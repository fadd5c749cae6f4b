#include "UserRowCodec.h"

#include "remote/dialects/JsonReader.h"
#include "storage/SecretFilter.h"
#include "storage/SqlValue.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QtEndian>
#include <cmath>

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

// What the user's own columns hold, which its attributes' text leaves out. A time is one the
// dialects would read as the user's (JsonReader::dateFrom: seconds or milliseconds, ISO text);
// only text that starts like a date is parsed, since parsing every value would cost a sync.
struct ColumnValues
{
    QStringList texts;
    QList<qint64> times; // milliseconds since 1970
    bool isTime(qint64 number) const
    {
        return !times.isEmpty() && times.contains(JsonReader::dateFrom(QJsonValue(number)).toMSecsSinceEpoch());
    }
    bool isTime(const QString& text) const
    {
        const auto digit = [&](int i) { return text.at(i).isDigit(); };
        if (times.isEmpty() || text.size() < 10 || text.at(4) != QLatin1Char('-') || !digit(0) || !digit(3))
            return false;
        const QDateTime when = JsonReader::dateFrom(QJsonValue(text));
        return when.isValid() && times.contains(when.toMSecsSinceEpoch());
    }
};

void appendValues(const QVariant& value, const ColumnValues& inColumns, QString* text, bool* first)
{
    QString piece;
    switch (value.typeId()) {
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: // as a map: in key order, as the stored JSON lists them
        for (const QVariant& nested : value.toMap())
            appendValues(nested, inColumns, text, first);
        return;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        for (const QVariant& nested : value.toList())
            appendValues(nested, inColumns, text, first);
        return;
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
    case QMetaType::Bool:
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        // JSON numbers arrive as doubles; whole ones are written without a fraction.
        // JSON has no NaN or infinity (the stored attributes hold null): nothing to find.
        const double number = value.toDouble();
        if (!std::isfinite(number))
            return;
        const bool whole = number == std::trunc(number) && std::abs(number) < 1e15;
        if (whole && inColumns.isTime(qint64(number)))
            return;
        piece = whole ? QString::number(qint64(number)) : QString::number(number, 'g', 15);
        break;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        if (inColumns.isTime(value.toLongLong()))
            return;
        piece = value.toString();
        break;
    default:
        piece = value.toString();
        if (inColumns.isTime(piece))
            return;
    }
    if (inColumns.texts.contains(piece))
        return;
    // Empty texts included, as schema 3's text (SQL's group_concat of json_tree's atoms) had them.
    if (!*first)
        text->append(QLatin1Char(' '));
    *first = false;
    text->append(piece);
}
} // namespace

QString UserRowCodec::attributeText(const QVariantMap& attributes, const User& columns)
{
    ColumnValues inColumns{{columns.id, columns.username, columns.email, columns.firstName, columns.lastName}, {}};
    for (const QDateTime& time : {columns.createdAt, columns.lastLoginAt}) {
        if (time.isValid())
            inColumns.times << time.toMSecsSinceEpoch();
    }
    QString text;
    bool first = true;
    for (const QVariant& value : attributes)
        appendValues(value, inColumns, &text, &first);
    return text;
}

UserRow UserRowCodec::encode(const User& user)
{
    UserRow row;
    row.id = SqlValue::text(user.id);
    row.username = SqlValue::text(user.username);
    row.email = SqlValue::text(user.email);
    row.firstName = SqlValue::text(user.firstName);
    row.lastName = SqlValue::text(user.lastName);
    row.name = QString(user.firstName + QLatin1Char(' ') + user.lastName).trimmed();
    row.roles = SqlValue::toJson(user.roles);
    row.enabled = user.enabled;
    row.createdAt = SqlValue::toMsecs(user.createdAt);
    row.lastLoginAt = SqlValue::toMsecs(user.lastLoginAt);
    const QVariantMap attributes = SecretFilter::withoutSecrets(user.attributes);
    row.attributes = SqlValue::toJson(attributes);
    row.attributeText = SqlValue::text(attributeText(attributes, user));
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
    user.roles = SqlValue::stringListFromJson(roles);
    user.enabled = enabled;
    user.createdAt = SqlValue::fromMsecs(createdAt);
    user.lastLoginAt = SqlValue::fromMsecs(lastLoginAt);
    user.attributes = SqlValue::mapFromJson(attributes);
    user.actions = actionsFromJson(actions);
    return user;
}

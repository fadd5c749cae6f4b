#include "User.h"

QString User::displayName() const
{
    const QString full = QString(firstName + QLatin1Char(' ') + lastName).trimmed();
    return full.isEmpty() ? username : full;
}

QString User::attributeText(const QString& path) const
{
    QVariant value = attributes.value(path); // a key that itself holds a dot comes first
    if (!value.isValid()) {
        QVariantMap level = attributes;
        const QStringList keys = path.split(QLatin1Char('.'));
        for (const QString& key : keys) {
            value = level.value(key);
            level = value.toMap();
        }
    }
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
        return value.toStringList().join(QLatin1String(", "));
    return value.toString();
}

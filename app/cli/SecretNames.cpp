#include "SecretNames.h"

#include "remote/DialectRegistry.h"

QStringList SecretNames::storable(const Profile& profile, const Dialect& dialect)
{
    QStringList names = dialect.requiredSecrets(profile);
    for (const SettingField& field : dialect.settingFields()) {
        if (field.secret)
            names << field.key;
    }
    names.removeDuplicates();
    return names;
}

QStringList SecretNames::every(const Profile& profile, const Dialect* dialect)
{
    QStringList names{QStringLiteral("password"), QStringLiteral("refresh_token")};
    if (dialect)
        names += storable(profile, *dialect);
    names.removeDuplicates();
    return names;
}

QString SecretNames::label(const Dialect& dialect, const QString& name)
{
    if (name == QLatin1String("password"))
        return tr("Password");
    for (const SettingField& field : dialect.settingFields()) {
        if (field.key == name)
            return field.label;
    }
    return name;
}

QString SecretNames::help()
{
    QStringList lines;
    for (const QString& id : DialectRegistry::ids()) {
        const auto dialect = DialectRegistry::create(id);
        if (!dialect)
            continue;
        Profile typical;
        typical.dialect = id;
        const QStringList required = dialect->requiredSecrets(typical);
        QString line = QStringLiteral("  ") + id.leftJustified(11) + required.join(QLatin1String(", "));
        for (const SettingField& field : dialect->settingFields()) {
            if (field.secret && !required.contains(field.key))
                line += tr("; also %1: %2").arg(field.key, field.label);
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

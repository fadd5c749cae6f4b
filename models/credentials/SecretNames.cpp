#include "SecretNames.h"

QStringList SecretNames::every(const QStringList& storable)
{
    QStringList names{password(), refreshToken()};
    names += storable;
    names.removeDuplicates();
    return names;
}

QString SecretNames::label(const QString& name)
{
    if (name == password())
        return tr("Password");
    if (name == QLatin1String("client_secret"))
        return tr("Client secret");
    if (name == QLatin1String("api_key"))
        return tr("API key");
    if (name == refreshToken())
        return tr("Refresh token");
    return name;
}

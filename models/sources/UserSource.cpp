#include "UserSource.h"

#include "remote/ErrorMapping.h"

UserSource::UserSource(QObject* parent)
    : QObject(parent)
{
}

UserSource::~UserSource() = default;

Capabilities UserSource::capabilities() const
{
    Capabilities caps;
    caps.allow(Capability::ListUsers);
    caps.allow(Capability::GetUser);
    return caps;
}

void UserSource::fetchAllSessions(qint64, int, QObject*, Callback<QList<Session>> done)
{
    done(ErrorMapping::unsupported());
}

void UserSource::fetchApiKeys(QObject*, Callback<QList<ApiKey>> done)
{
    done(ErrorMapping::unsupported());
}

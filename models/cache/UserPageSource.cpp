#include "UserPageSource.h"

#include "remote/ErrorMapping.h"

void UserPageSource::fetchAllSessions(qint64, int, QObject*, Callback<QList<Session>> done)
{
    done(ErrorMapping::unsupported());
}

void UserPageSource::fetchApiKeys(QObject*, Callback<QList<ApiKey>> done)
{
    done(ErrorMapping::unsupported());
}

#include "UserPageSource.h"

#include <QCoreApplication>

namespace {
ApiError unsupported()
{
    return ApiError::make(
        ApiError::Kind::Unsupported,
        QCoreApplication::translate("UserPageSource", "This server does not offer this operation."));
}
} // namespace

void UserPageSource::fetchAllSessions(qint64, int, QObject*, Callback<QList<Session>> done)
{
    done(unsupported());
}

void UserPageSource::fetchApiKeys(QObject*, Callback<QList<ApiKey>> done)
{
    done(unsupported());
}

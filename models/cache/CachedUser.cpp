#include "CachedUser.h"

#include <QCoreApplication>
#include <QLocale>

QString CachedUser::statusText() const
{
    if (!isDeletedOnServer())
        return {};
    return CachedUser::tr("deleted on server (last seen %1)")
        .arg(QLocale().toString(lastSeenAt.toLocalTime(), QLocale::ShortFormat));
}

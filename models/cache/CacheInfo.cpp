#include "CacheInfo.h"

#include "CachedUserSource.h"

#include <QLocale>

QString CacheInfo::summary(const QDateTime& now) const
{
    if (!exists)
        return tr("No cache");
    const QLocale locale;
    QStringList parts{locale.formattedDataSize(sizeBytes, 1)};
    if (users >= 0)
        parts << tr("%Ln user(s)", nullptr, int(users));
    parts << (lastSyncAt.isValid() ? tr("synced %1").arg(CachedUserSource::ageText(lastSyncAt, now))
                                   : tr("never synced completely"));
    return parts.join(QStringLiteral(" · "));
}

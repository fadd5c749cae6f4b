// The profiles as AuthDesk reads them back from its settings file, which a user, a sync tool or
// a broken disk may have changed: every value is read into a Profile with usable limits, and
// its proxy either parses or says why not.

#include "profiles/ProfileStore.h"
#include "values/RequestLimits.h"
#include "remote/ProxySetting.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("authdesk.conf"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    for (const Profile& profile : store.profiles()) {
        if (profile.timeoutSeconds < RequestLimits::minTimeoutSeconds || profile.timeoutSeconds > RequestLimits::maxTimeoutSeconds)
            qFatal("a timeout of %d s was read", profile.timeoutSeconds);
        if (profile.deadlineSeconds < RequestLimits::minDeadlineSeconds ||
            profile.deadlineSeconds > RequestLimits::maxDeadlineSeconds)
            qFatal("a deadline of %d s was read", profile.deadlineSeconds);
        const ProxySetting proxy = ProxySetting::parse(profile.proxy);
        (void)proxy.isValid();
        (void)store.find(profile.name);
    }
    (void)store.profile(store.currentProfileId());
    return 0;
}

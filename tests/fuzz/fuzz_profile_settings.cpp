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
    // Made once and never destroyed: a QCoreApplication torn down among the exit handlers, after
    // Qt's own globals, frees them twice.
    static auto* const app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app)
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // QSettings reads an @Variant(...) value with QDataStream, which in Qt 6.4 reserves a
    // container's declared size before reading it: a crafted value asks for gigabytes inside
    // QSettings::childGroups(), in any Qt program (found by this target; Qt's code, not
    // AuthDesk's). Left out so the fuzzer spends its time on what AuthDesk does with the values.
    if (QByteArrayView(data, qsizetype(size)).contains("@Variant("))
        return 0;
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

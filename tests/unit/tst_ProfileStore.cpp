// The network fields of a profile in QSettings: the proxy and the CA bundle come back as saved,
// are copied by duplicate(), and a proxy URL with credentials (which the form and the CLI
// refuse) loses them before it reaches the settings file; limits out of range are read as the
// nearest bound.

#include "profiles/ProfileStore.h"
#include "values/RequestLimits.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class tst_ProfileStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    Profile sample() const
    {
        Profile p;
        p.name = QStringLiteral("behind a proxy");
        p.baseUrl = QUrl(QStringLiteral("https://auth.example.com/api"));
        p.dialect = QStringLiteral("gatekeeper");
        p.identity = QStringLiteral("admin");
        return p;
    }

private slots:
    void limitsOutOfRangeAreReadAsTheNearestBound()
    {
        // A settings file edited by hand or damaged (found by fuzz_profile_settings): a timeout of
        // 2^31-1 s overflowed the milliseconds Qt was given, a negative deadline meant none.
        QSettings settings(m_dir.filePath(QStringLiteral("limits.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        const QString id = store.save(sample());
        settings.setValue(QStringLiteral("profiles/%1/timeoutSeconds").arg(id), 2147483647);
        settings.setValue(QStringLiteral("profiles/%1/deadlineSeconds").arg(id), -5);
        QCOMPARE(store.profile(id)->timeoutSeconds, RequestLimits::maxTimeoutSeconds);
        QCOMPARE(store.profile(id)->deadlineSeconds, RequestLimits::minDeadlineSeconds);
        settings.setValue(QStringLiteral("profiles/%1/timeoutSeconds").arg(id), QStringLiteral("soon"));
        QCOMPARE(store.profile(id)->timeoutSeconds, Profile().timeoutSeconds); // not a number: the default
    }

    void proxyAndCaBundleRoundTrip()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile p = sample();
        p.proxy = QStringLiteral("socks5h://gw.example:1081");
        p.caBundlePath = QStringLiteral("/etc/ssl/company-ca.pem");
        const QString id = store.save(p);
        const auto read = store.profile(id);
        QVERIFY(read);
        QCOMPARE(read->proxy, p.proxy);
        QCOMPARE(read->caBundlePath, p.caBundlePath);
        const Profile copy = store.duplicate(id);
        QCOMPARE(store.profile(copy.id)->proxy, p.proxy);
        QCOMPARE(store.profile(copy.id)->caBundlePath, p.caBundlePath);
        // A profile saved before these fields existed: the system's proxy and CAs.
        settings.remove(QStringLiteral("profiles/%1/proxy").arg(id));
        settings.remove(QStringLiteral("profiles/%1/caBundlePath").arg(id));
        QVERIFY(store.profile(id)->proxy.isEmpty());
        QVERIFY(store.profile(id)->caBundlePath.isEmpty());
    }

    void proxyCredentialsNeverReachTheSettingsFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("b.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(&settings);
            Profile p = sample();
            p.proxy = QStringLiteral("http://me:hunter2@proxy.example:3128");
            const QString id = store.save(p);
            QCOMPARE(store.profile(id)->proxy, QStringLiteral("http://proxy.example:3128"));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains("proxy.example"));
        QVERIFY(!ini.contains("hunter2"));
    }
};

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_ProfileStore.moc"

// A profile's proxy as typed into the form or given to `profiles add --proxy`: empty is the
// system's, "none" is direct, a URL needs its scheme; credentials, HTTPS and SOCKS4 proxies
// are refused with a sentence that never repeats what was typed.

#include "remote/ProxySetting.h"

#include <QtTest>

class tst_ProxySetting : public QObject
{
    Q_OBJECT
private slots:
    void emptyIsTheSystemsAndNoneIsDirect()
    {
        QCOMPARE(ProxySetting::parse(QString()).mode, ProxySetting::Mode::System);
        QCOMPARE(ProxySetting::parse(QStringLiteral("  ")).mode, ProxySetting::Mode::System);
        QCOMPARE(ProxySetting::parse(QStringLiteral("none")).mode, ProxySetting::Mode::Direct);
        QCOMPARE(ProxySetting::parse(QStringLiteral(" None ")).mode, ProxySetting::Mode::Direct);
        QVERIFY(ProxySetting::parse(QStringLiteral("none")).isValid());
    }

    void proxyUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("remoteLookup");
        QTest::newRow("http") << QStringLiteral("http://proxy.example:3128") << int(QNetworkProxy::HttpProxy)
                              << QStringLiteral("proxy.example") << 3128 << true;
        QTest::newRow("http, no port: curl's 1080")
            << QStringLiteral("http://proxy.example") << int(QNetworkProxy::HttpProxy)
            << QStringLiteral("proxy.example") << 1080 << true;
        QTest::newRow("socks5 resolves here")
            << QStringLiteral("socks5://127.0.0.1:9050") << int(QNetworkProxy::Socks5Proxy)
            << QStringLiteral("127.0.0.1") << 9050 << false;
        QTest::newRow("socks5h lets the proxy resolve")
            << QStringLiteral("SOCKS5H://gw.example:1081") << int(QNetworkProxy::Socks5Proxy)
            << QStringLiteral("gw.example") << 1081 << true;
        QTest::newRow("trailing slash")
            << QStringLiteral("http://proxy.example:8080/") << int(QNetworkProxy::HttpProxy)
            << QStringLiteral("proxy.example") << 8080 << true;
    }

    void proxyUrls()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, remoteLookup);
        const ProxySetting setting = ProxySetting::parse(text);
        QVERIFY2(setting.isValid(), qPrintable(setting.problem));
        QCOMPARE(setting.mode, ProxySetting::Mode::Fixed);
        QCOMPARE(int(setting.proxy.type()), type);
        QCOMPARE(setting.proxy.hostName(), host);
        QCOMPARE(int(setting.proxy.port()), port);
        QCOMPARE(bool(setting.proxy.capabilities() & QNetworkProxy::HostNameLookupCapability), remoteLookup);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("no scheme") << QStringLiteral("proxy.example:3128")
                                   << QStringLiteral("http://host:port");
        QTest::newRow("a typo of none") << QStringLiteral("nnoe") << QStringLiteral("none");
        QTest::newRow("credentials") << QStringLiteral("http://me:hunter2@proxy.example:3128")
                                     << QStringLiteral("password");
        QTest::newRow("user only") << QStringLiteral("http://me@proxy.example:3128")
                                   << QStringLiteral("user name");
        QTest::newRow("https proxy") << QStringLiteral("https://proxy.example") << QStringLiteral("HTTPS");
        QTest::newRow("socks4") << QStringLiteral("socks4://proxy.example") << QStringLiteral("SOCKS4");
        QTest::newRow("other scheme") << QStringLiteral("ftp://proxy.example") << QStringLiteral("scheme");
        QTest::newRow("no host") << QStringLiteral("http://:3128") << QStringLiteral("http://host:port");
        QTest::newRow("bad port") << QStringLiteral("http://proxy.example:99999")
                                  << QStringLiteral("host:port");
    }

    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const ProxySetting setting = ProxySetting::parse(text);
        QVERIFY(!setting.isValid());
        QVERIFY2(setting.problem.contains(says), qPrintable(setting.problem));
        QVERIFY2(!setting.problem.contains(QLatin1String("hunter2")), qPrintable(setting.problem));
        QVERIFY2(!setting.problem.contains(QLatin1String("proxy.example")), qPrintable(setting.problem));
    }

    void theEnvironmentMayOmitTheSchemeAndCarryCredentials()
    {
        const ProxySetting bare =
            ProxySetting::parse(QStringLiteral("proxy.example:3128"), ProxySetting::Source::Environment);
        QVERIFY2(bare.isValid(), qPrintable(bare.problem));
        QCOMPARE(bare.proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(bare.proxy.port(), quint16(3128));
        const ProxySetting withUser = ProxySetting::parse(QStringLiteral("http://me:pw@proxy.example:3128"),
                                                          ProxySetting::Source::Environment);
        QVERIFY(withUser.isValid());
        QCOMPARE(withUser.proxy.user(), QStringLiteral("me"));
        // "none" means nothing special in a variable: it is a host called none.
        QCOMPARE(ProxySetting::parse(QStringLiteral("none"), ProxySetting::Source::Environment).mode,
                 ProxySetting::Mode::Fixed);
    }
};

QTEST_GUILESS_MAIN(tst_ProxySetting)
#include "tst_ProxySetting.moc"

// The proxy a request takes when its profile names none, from an injected environment and an
// injected "desktop" lookup, so every case runs the same on any machine: curl's choice of
// variable per scheme and case, NO_PROXY's forms, loopback never proxied, the desktop only
// when no proxy variable is set, and a proxy Qt cannot use refused instead of going direct.

#include "remote/EnvironmentProxyFactory.h"
#include "remote/ProxySetting.h"

#include <QtTest>

namespace {

using Env = EnvironmentProxyFactory::Environment;

// What the desktop would say, recognisable in every answer.
const QNetworkProxy desktop(QNetworkProxy::HttpProxy, QStringLiteral("desktop.example"), 3128);

QList<QNetworkProxy> desktopLookup(const QNetworkProxyQuery&)
{
    return {desktop, QNetworkProxy(QNetworkProxy::NoProxy)};
}

QNetworkProxy first(const Env& env, const QString& url)
{
    EnvironmentProxyFactory factory(env, desktopLookup);
    return factory.queryProxy(QNetworkProxyQuery(QUrl(url))).value(0);
}

QString where(const QNetworkProxy& proxy)
{
    if (proxy.type() == QNetworkProxy::NoProxy)
        return QStringLiteral("direct");
    return QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
}

} // namespace

class tst_EnvironmentProxyFactory : public QObject
{
    Q_OBJECT
private slots:
    void httpsTakesHttpsProxyAndHttpTakesHttpProxy()
    {
        const Env env{{QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://secure.example:8443")},
                      {QStringLiteral("http_proxy"), QStringLiteral("http://plain.example:8080")}};
        QCOMPARE(where(first(env, QStringLiteral("https://auth.example.com/api"))),
                 QStringLiteral("secure.example:8443"));
        QCOMPARE(where(first(env, QStringLiteral("http://auth.example.com/api"))),
                 QStringLiteral("plain.example:8080"));
        QCOMPARE(first(env, QStringLiteral("https://auth.example.com")).type(), QNetworkProxy::HttpProxy);
    }

    void httpProxyIsNotTakenForHttps()
    {
        // curl (unlike Qt's libproxy) never sends https through http_proxy: ALL_PROXY or nothing.
        const Env env{{QStringLiteral("http_proxy"), QStringLiteral("http://plain.example:8080")}};
        QCOMPARE(where(first(env, QStringLiteral("https://auth.example.com"))), QStringLiteral("direct"));
        const Env withAll{{QStringLiteral("http_proxy"), QStringLiteral("http://plain.example:8080")},
                          {QStringLiteral("ALL_PROXY"), QStringLiteral("socks5h://all.example:1081")}};
        const QNetworkProxy all = first(withAll, QStringLiteral("https://auth.example.com"));
        QCOMPARE(where(all), QStringLiteral("all.example:1081"));
        QCOMPARE(all.type(), QNetworkProxy::Socks5Proxy);
        QVERIFY(all.capabilities() & QNetworkProxy::HostNameLookupCapability); // socks5h: the proxy resolves
    }

    void lowercaseWinsOverUppercase()
    {
        const Env env{{QStringLiteral("https_proxy"), QStringLiteral("http://lower.example:1")},
                      {QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://upper.example:2")},
                      {QStringLiteral("all_proxy"), QStringLiteral("http://all-lower.example:3")},
                      {QStringLiteral("ALL_PROXY"), QStringLiteral("http://all-upper.example:4")}};
        QCOMPARE(where(first(env, QStringLiteral("https://a.example"))), QStringLiteral("lower.example:1"));
        // An empty variable counts as unset, as for curl.
        Env emptyLower = env;
        emptyLower[QStringLiteral("https_proxy")] = QString();
        QCOMPARE(where(first(emptyLower, QStringLiteral("https://a.example"))),
                 QStringLiteral("upper.example:2"));
        // http has no protocol variable here: all_proxy before ALL_PROXY.
        QCOMPARE(where(first(env, QStringLiteral("http://a.example"))),
                 QStringLiteral("all-lower.example:3"));
        Env noLowerAll = env;
        noLowerAll.remove(QStringLiteral("all_proxy"));
        QCOMPARE(where(first(noLowerAll, QStringLiteral("http://a.example"))),
                 QStringLiteral("all-upper.example:4"));
    }

    void uppercaseHttpProxyIsIgnoredAsCurlDoes()
    {
        // HTTP_PROXY can be set by a CGI request's "Proxy:" header; curl never reads it. It still
        // says "the environment decides", so the desktop is not asked either.
        const Env env{{QStringLiteral("HTTP_PROXY"), QStringLiteral("http://upper.example:8080")}};
        QCOMPARE(where(first(env, QStringLiteral("http://a.example"))), QStringLiteral("direct"));
        QCOMPARE(where(first(env, QStringLiteral("https://a.example"))), QStringLiteral("direct"));
    }

    void proxyUrlsAreReadAsCurlReadsThem()
    {
        const QNetworkProxy bare = first({{QStringLiteral("https_proxy"), QStringLiteral("proxy.example")}},
                                         QStringLiteral("https://a.example"));
        QCOMPARE(bare.type(), QNetworkProxy::HttpProxy);             // no scheme: http
        QCOMPARE(where(bare), QStringLiteral("proxy.example:1080")); // no port: 1080
        const QNetworkProxy socks =
            first({{QStringLiteral("https_proxy"), QStringLiteral("socks5://10.1.2.3:9050")}},
                  QStringLiteral("https://a.example"));
        QCOMPARE(socks.type(), QNetworkProxy::Socks5Proxy);
        QVERIFY(!(socks.capabilities() & QNetworkProxy::HostNameLookupCapability)); // socks5: resolved here
        const QNetworkProxy withUser =
            first({{QStringLiteral("https_proxy"), QStringLiteral("http://me:s%40cret@proxy.example:3128")}},
                  QStringLiteral("https://a.example"));
        QCOMPARE(withUser.user(), QStringLiteral("me"));
        QCOMPARE(withUser.password(), QStringLiteral("s@cret"));
    }

    void noProxyMatchesHostsAndTheirSubdomains_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("direct");
        const auto row = [](const char* name, const char* noProxy, const char* url, bool direct) {
            QTest::newRow(name) << QString::fromLatin1(noProxy) << QString::fromLatin1(url) << direct;
        };
        row("exact name", "example.com", "https://example.com/api", true);
        row("subdomain", "example.com", "https://auth.example.com/api", true);
        row("deeper subdomain", "example.com", "https://a.b.example.com", true);
        row("not a suffix of a label", "example.com", "https://notexample.com", false);
        row("other domain", "example.com", "https://example.org", false);
        row("leading dot", ".example.com", "https://auth.example.com", true);
        row("leading dot, the domain itself", ".example.com", "https://example.com", true);
        row("leading star dot", "*.example.com", "https://auth.example.com", true);
        row("case-insensitive", "EXAMPLE.com", "https://Auth.Example.COM", true);
        row("trailing dot on the host", "example.com", "https://auth.example.com./", true);
        row("one of several, commas and spaces", "intra.net, example.com ,other.org",
            "https://auth.example.com", true);
        row("star alone", "*", "https://anything.example", true);
        row("star in a list", "intra.net,*", "https://anything.example", true);
        row("same port", "example.com:8443", "https://auth.example.com:8443", true);
        row("other port", "example.com:8443", "https://auth.example.com", false);
        row("default port given", "example.com:443", "https://auth.example.com", true);
        row("IPv4 exact", "10.0.0.5", "https://10.0.0.5/api", true);
        row("IPv4 other", "10.0.0.5", "https://10.0.0.6/api", false);
        row("IPv4 is no domain suffix", "0.0.5", "https://10.0.0.5/api", false);
        row("CIDR inside", "10.0.0.0/8", "https://10.20.30.40", true);
        row("CIDR outside", "10.0.0.0/8", "https://11.0.0.1", false);
        row("CIDR and a name", "10.0.0.0/8", "https://ten.example", false);
        row("IPv6 bracketed", "[2001:db8::1]", "https://[2001:db8::1]/", true);
        row("IPv6 bare", "2001:db8::1", "https://[2001:db8::1]/", true);
        row("IPv6 with port", "[2001:db8::1]:8443", "https://[2001:db8::1]:8443/", true);
        row("IPv6 CIDR", "2001:db8::/32", "https://[2001:db8:5::7]/", true);
        row("empty list", "", "https://auth.example.com", false);
    }

    void noProxyMatchesHostsAndTheirSubdomains()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, url);
        QFETCH(bool, direct);
        const Env env{{QStringLiteral("https_proxy"), QStringLiteral("http://proxy.example:3128")},
                      {QStringLiteral("no_proxy"), noProxy}};
        QCOMPARE(where(first(env, url)),
                 direct ? QStringLiteral("direct") : QStringLiteral("proxy.example:3128"));
    }

    void noProxyLowercaseWinsOverUppercase()
    {
        const Env env{{QStringLiteral("https_proxy"), QStringLiteral("http://proxy.example:3128")},
                      {QStringLiteral("no_proxy"), QStringLiteral("intra.net")},
                      {QStringLiteral("NO_PROXY"), QStringLiteral("example.com")}};
        QCOMPARE(where(first(env, QStringLiteral("https://auth.example.com"))),
                 QStringLiteral("proxy.example:3128"));
        QCOMPARE(where(first(env, QStringLiteral("https://db.intra.net"))), QStringLiteral("direct"));
        Env upperOnly = env;
        upperOnly.remove(QStringLiteral("no_proxy"));
        QCOMPARE(where(first(upperOnly, QStringLiteral("https://auth.example.com"))),
                 QStringLiteral("direct"));
        EnvironmentProxyFactory factory(upperOnly, desktopLookup);
        QCOMPARE(factory.decide(QUrl(QStringLiteral("https://auth.example.com"))).variable,
                 QStringLiteral("NO_PROXY"));
    }

    void loopbackNeverGoesThroughAProxy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/api");
        QTest::newRow("127.8.9.10") << QStringLiteral("https://127.8.9.10/api");
        QTest::newRow("::1") << QStringLiteral("http://[::1]:8080/api");
        QTest::newRow("localhost") << QStringLiteral("https://localhost/api");
        QTest::newRow("LOCALHOST.") << QStringLiteral("https://LOCALHOST./api");
        QTest::newRow("a name under .localhost") << QStringLiteral("https://auth.localhost/api");
    }

    void loopbackNeverGoesThroughAProxy()
    {
        QFETCH(QString, url);
        // Neither the environment's proxy nor the desktop's, even with NO_PROXY empty.
        const Env env{{QStringLiteral("http_proxy"), QStringLiteral("http://proxy.example:3128")},
                      {QStringLiteral("https_proxy"), QStringLiteral("http://proxy.example:3128")},
                      {QStringLiteral("ALL_PROXY"), QStringLiteral("http://proxy.example:3128")}};
        QCOMPARE(where(first(env, url)), QStringLiteral("direct"));
        QCOMPARE(where(first({}, url)), QStringLiteral("direct"));
    }

    void loopbackLookalikesAreNotLoopback()
    {
        QVERIFY(!EnvironmentProxyFactory::isLoopback(QStringLiteral("localhost.example.com")));
        QVERIFY(!EnvironmentProxyFactory::isLoopback(QStringLiteral("mylocalhost")));
        QVERIFY(!EnvironmentProxyFactory::isLoopback(QStringLiteral("128.0.0.1")));
        const Env env{{QStringLiteral("https_proxy"), QStringLiteral("http://proxy.example:3128")}};
        QCOMPARE(where(first(env, QStringLiteral("https://localhost.example.com"))),
                 QStringLiteral("proxy.example:3128"));
    }

    void theDesktopDecidesOnlyWhenNoProxyVariableIsSet()
    {
        QCOMPARE(where(first({}, QStringLiteral("https://auth.example.com"))),
                 QStringLiteral("desktop.example:3128"));
        // NO_PROXY alone exempts its hosts and leaves the others to the desktop.
        const Env onlyNoProxy{{QStringLiteral("NO_PROXY"), QStringLiteral("intra.net")}};
        QCOMPARE(where(first(onlyNoProxy, QStringLiteral("https://db.intra.net"))), QStringLiteral("direct"));
        QCOMPARE(where(first(onlyNoProxy, QStringLiteral("https://auth.example.com"))),
                 QStringLiteral("desktop.example:3128"));
        // Any proxy variable, even one for another scheme, means the environment decides.
        const Env httpOnly{{QStringLiteral("http_proxy"), QStringLiteral("http://plain.example:8080")}};
        QCOMPARE(where(first(httpOnly, QStringLiteral("https://auth.example.com"))),
                 QStringLiteral("direct"));
    }

    void unusableProxiesAreRefusedNeverDirect_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("https proxy") << QStringLiteral("https://proxy.example:443");
        QTest::newRow("socks4") << QStringLiteral("socks4://proxy.example:1080");
        QTest::newRow("socks4a") << QStringLiteral("socks4a://proxy.example:1080");
        QTest::newRow("unknown scheme") << QStringLiteral("gopher://proxy.example:70");
        QTest::newRow("no host") << QStringLiteral("http://:3128");
    }

    void unusableProxiesAreRefusedNeverDirect()
    {
        QFETCH(QString, value);
        const Env env{{QStringLiteral("HTTPS_PROXY"), value}};
        EnvironmentProxyFactory factory(env, desktopLookup);
        const auto decision = factory.decide(QUrl(QStringLiteral("https://auth.example.com")));
        QVERIFY(!decision.problem.isEmpty());
        QVERIFY2(decision.problem.startsWith(QLatin1String("HTTPS_PROXY: ")), qPrintable(decision.problem));
        QVERIFY2(!decision.problem.contains(QLatin1String("proxy.example")), qPrintable(decision.problem));
        // Asked anyway, the factory offers nothing an HTTP request could use: Qt fails it.
        const QList<QNetworkProxy> offered =
            factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://auth.example.com"))));
        QCOMPARE(offered.size(), 1);
        QVERIFY(offered.first().type() != QNetworkProxy::NoProxy);
        QVERIFY(offered.first().type() != QNetworkProxy::HttpProxy);
        QVERIFY(!offered.first().isTransparentProxy());
    }

    void checkingForAProblemNeverAsksTheDesktop()
    {
        // ApiClient checks each request for a problem; the desktop (maybe a PAC script) is asked
        // only by Qt itself, once per request.
        int asked = 0;
        EnvironmentProxyFactory factory({}, [&asked](const QNetworkProxyQuery&) {
            ++asked;
            return QList<QNetworkProxy>{desktop};
        });
        const QUrl url(QStringLiteral("https://auth.example.com"));
        QVERIFY(factory.problem(url).isEmpty());
        QCOMPARE(asked, 0);
        QCOMPARE(where(factory.decide(url).proxies.value(0)), QStringLiteral("desktop.example:3128"));
        QCOMPARE(asked, 1);
        EnvironmentProxyFactory socks4({{QStringLiteral("ALL_PROXY"), QStringLiteral("socks4://x.example")}},
                                       desktopLookup);
        QVERIFY(socks4.problem(url).startsWith(QLatin1String("ALL_PROXY: ")));
    }

    void processEnvironmentKeepsOnlyProxyVariables()
    {
        qputenv("https_proxy", "http://from-process.example:1");
        qputenv("AUTHDESK_NOT_A_PROXY_VARIABLE", "x");
        const Env env = EnvironmentProxyFactory::processEnvironment();
        QCOMPARE(env.value(QStringLiteral("https_proxy")), QStringLiteral("http://from-process.example:1"));
        QVERIFY(!env.contains(QStringLiteral("AUTHDESK_NOT_A_PROXY_VARIABLE")));
        qunsetenv("https_proxy");
        qunsetenv("AUTHDESK_NOT_A_PROXY_VARIABLE");
    }
};

QTEST_GUILESS_MAIN(tst_EnvironmentProxyFactory)
#include "tst_EnvironmentProxyFactory.moc"

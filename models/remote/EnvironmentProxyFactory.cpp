#include "EnvironmentProxyFactory.h"

#include "ProxySetting.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace {

// Every variable that, set, makes the environment (not the desktop) decide.
const QStringList proxyVariables{QStringLiteral("http_proxy"),  QStringLiteral("HTTP_PROXY"),
                                 QStringLiteral("https_proxy"), QStringLiteral("HTTPS_PROXY"),
                                 QStringLiteral("all_proxy"),   QStringLiteral("ALL_PROXY")};

// One NO_PROXY entry split into what it matches and the port it is limited to (-1: any).
struct Entry
{
    QString pattern;
    int port = -1;
};

Entry splitPort(const QString& entry)
{
    Entry result{entry, -1};
    if (entry.startsWith(QLatin1Char('['))) { // [::1] or [::1]:8080
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close < 0)
            return result;
        result.pattern = entry.mid(1, close - 1);
        const QString rest = entry.mid(close + 1);
        if (rest.startsWith(QLatin1Char(':')))
            result.port = rest.mid(1).toInt();
        return result;
    }
    // A bare IPv6 address has several colons and no port.
    if (entry.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        const int port = entry.section(QLatin1Char(':'), 1).toInt(&ok);
        if (ok) {
            result.pattern = entry.section(QLatin1Char(':'), 0, 0);
            result.port = port;
        }
    }
    return result;
}

} // namespace

EnvironmentProxyFactory::EnvironmentProxyFactory(Environment environment, SystemLookup system)
    : m_environment(std::move(environment))
    , m_system(system ? std::move(system) : SystemLookup(&QNetworkProxyFactory::systemProxyForQuery))
{
}

EnvironmentProxyFactory::Environment EnvironmentProxyFactory::processEnvironment()
{
    Environment result;
    const QProcessEnvironment process = QProcessEnvironment::systemEnvironment();
    for (const QString& name : process.keys()) {
        if (name.endsWith(QLatin1String("_proxy"), Qt::CaseInsensitive))
            result.insert(name, process.value(name));
    }
    return result;
}

QString EnvironmentProxyFactory::value(const QString& name) const
{
    return m_environment.value(name).trimmed(); // empty is unset, as for curl
}

bool EnvironmentProxyFactory::isLoopback(const QString& host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

bool EnvironmentProxyFactory::exempts(const QString& noProxy, const QString& host, int port)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QHostAddress address(name);
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString& raw : noProxy.split(separators, Qt::SkipEmptyParts)) {
        if (raw == QLatin1String("*"))
            return true;
        const Entry entry = splitPort(raw.toLower());
        if (entry.port >= 0 && entry.port != port)
            continue;
        if (entry.pattern.contains(QLatin1Char('/'))) { // a CIDR range
            const auto subnet = QHostAddress::parseSubnet(entry.pattern);
            if (!address.isNull() && subnet.second >= 0 && address.isInSubnet(subnet))
                return true;
            continue;
        }
        const QHostAddress entryAddress(entry.pattern);
        if (!entryAddress.isNull()) {
            if (!address.isNull() && address.isEqual(entryAddress))
                return true;
            continue;
        }
        if (!address.isNull())
            continue; // names never match an address: "0.0.5" is no suffix of 10.0.0.5
        QString domain = entry.pattern;
        if (domain.startsWith(QLatin1String("*.")))
            domain.remove(0, 2);
        while (domain.startsWith(QLatin1Char('.')))
            domain.remove(0, 1);
        if (domain.endsWith(QLatin1Char('.')))
            domain.chop(1);
        if (domain.isEmpty())
            continue;
        if (name == domain || name.endsWith(QLatin1Char('.') + domain))
            return true;
    }
    return false;
}

std::optional<EnvironmentProxyFactory::Decision>
EnvironmentProxyFactory::fromEnvironment(const QUrl& url) const
{
    Decision decision;
    const QString host = url.host();
    if (isLoopback(host))
        return decision;
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    const QString noProxyName =
        value(QStringLiteral("no_proxy")).isEmpty() ? QStringLiteral("NO_PROXY") : QStringLiteral("no_proxy");
    if (exempts(value(noProxyName), host, port)) {
        decision.variable = noProxyName;
        return decision;
    }
    QStringList candidates{scheme + QLatin1String("_proxy")};
    if (scheme != QLatin1String("http"))
        candidates << scheme.toUpper() + QLatin1String("_PROXY");
    candidates << QStringLiteral("all_proxy") << QStringLiteral("ALL_PROXY");
    for (const QString& name : candidates) {
        const QString text = value(name);
        if (text.isEmpty())
            continue;
        decision.variable = name;
        const ProxySetting setting = ProxySetting::parse(text, ProxySetting::Source::Environment);
        if (!setting.isValid())
            decision.problem = tr("%1: %2").arg(name, setting.problem);
        else
            decision.proxies = {setting.proxy};
        return decision;
    }
    for (const QString& name : proxyVariables) {
        if (!value(name).isEmpty())
            return decision; // the environment speaks for this machine: direct, as for curl
    }
    return std::nullopt;
}

EnvironmentProxyFactory::Decision EnvironmentProxyFactory::decide(const QUrl& url) const
{
    if (auto decision = fromEnvironment(url))
        return *decision;
    Decision desktop;
    desktop.proxies = m_system(QNetworkProxyQuery(url));
    if (desktop.proxies.isEmpty())
        desktop.proxies = {QNetworkProxy(QNetworkProxy::NoProxy)};
    return desktop;
}

QString EnvironmentProxyFactory::problem(const QUrl& url) const
{
    const auto decision = fromEnvironment(url);
    return decision ? decision->problem : QString();
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    QUrl url = query.url();
    if (query.queryType() != QNetworkProxyQuery::UrlRequest) {
        url = QUrl();
        url.setScheme(query.protocolTag().isEmpty() ? QStringLiteral("tcp") : query.protocolTag());
        url.setHost(query.peerHostName());
        url.setPort(query.peerPort());
    }
    const Decision decision = decide(url);
    if (decision.problem.isEmpty())
        return decision.proxies;
    // ApiClient refuses such a request before it asks; should anything ask anyway, an FTP
    // caching proxy suits no HTTP request, so Qt fails it ("no suitable proxy") instead of
    // connecting directly.
    return {QNetworkProxy(QNetworkProxy::FtpCachingProxy, QStringLiteral("proxy.invalid"), 1)};
}

#pragma once
// Which proxy a request takes when its profile names none: the proxy environment variables,
// read as curl reads them, else the desktop's own settings. Qt 6.4 on Debian reads the
// variables through libproxy, which differs from curl (and from every script beside the
// console): HTTP_PROXY is taken for https too, ALL_PROXY and NO_PROXY=* are ignored, and a
// NO_PROXY name matches that host only, not its subdomains. So the variables are read here:
// - https: https_proxy, else HTTPS_PROXY; http: http_proxy only (curl ignores HTTP_PROXY,
//   which a CGI request's "Proxy:" header can set); then all_proxy, else ALL_PROXY.
// - no_proxy, else NO_PROXY: comma- or space-separated names matching the host and its
//   subdomains (a leading "." or "*." changes nothing), "*" for every host, IP addresses,
//   CIDR ranges (10.0.0.0/8), and any of these with ":port" to match that port only.
// - Loopback (localhost, *.localhost, 127.0.0.0/8, ::1) never goes through a proxy, as in
//   Qt's own application-wide default: a console talking to a server on this machine must not
//   send it out to a proxy that a CI machine or a corporate profile script has set.
// - With none of the proxy variables set (NO_PROXY alone does not count), the desktop decides
//   (QNetworkProxyFactory::systemProxyForQuery: libproxy, i.e. GNOME or KDE settings or PAC).
// A variable whose proxy Qt cannot use is a refusal (`problem`), never a direct connection.

#include <QCoreApplication>
#include <QHash>
#include <QNetworkProxy>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

class EnvironmentProxyFactory : public QNetworkProxyFactory
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentProxyFactory)

public:
    using Environment = QHash<QString, QString>;
    using SystemLookup = std::function<QList<QNetworkProxy>(const QNetworkProxyQuery&)>;

    // Tests inject both; by default the process's environment as it is now, and Qt's system lookup.
    explicit EnvironmentProxyFactory(Environment environment, SystemLookup system = {});
    static Environment processEnvironment();

    struct Decision
    {
        QList<QNetworkProxy> proxies{QNetworkProxy(QNetworkProxy::NoProxy)};
        QString variable; // the environment variable that decided, empty if none did
        QString problem;  // why that variable's proxy cannot be used; empty when it can
    };
    Decision decide(const QUrl& url) const;
    // Why the environment's proxy for `url` cannot be used, without asking the desktop (which
    // may run a PAC script): only a variable can be unusable.
    QString problem(const QUrl& url) const;

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query = QNetworkProxyQuery()) override;

    static bool isLoopback(const QString& host);
    // Whether a NO_PROXY list exempts `host` (a name or an address) on `port`.
    static bool exempts(const QString& noProxy, const QString& host, int port);

private:
    QString value(const QString& name) const;
    // The decision when the environment makes it (loopback, NO_PROXY, a proxy variable), or
    // nothing when the desktop is to be asked.
    std::optional<Decision> fromEnvironment(const QUrl& url) const;

    Environment m_environment;
    SystemLookup m_system;
};

#include "ProxySetting.h"

#include <QUrl>

namespace {
// curl's default for a proxy without a port, whatever its kind.
constexpr int defaultProxyPort = 1080;
} // namespace

ProxySetting ProxySetting::parse(const QString& text, Source source)
{
    ProxySetting result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return result;
    if (source == Source::Profile && trimmed.compare(directWord(), Qt::CaseInsensitive) == 0) {
        result.mode = Mode::Direct;
        return result;
    }
    result.mode = Mode::Fixed;
    // Sentences never quote the text: an environment variable's value may hold a password.
    const bool hasScheme = trimmed.contains(QLatin1String("://"));
    if (!hasScheme && source == Source::Profile) {
        result.problem = tr("Write the proxy as http://host:port or socks5://host:port, or “none” for a "
                            "direct connection.");
        return result;
    }
    const QUrl url(hasScheme ? trimmed : QStringLiteral("http://") + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        result.problem =
            tr("The proxy is not an address of the form http://host:port or socks5://host:port.");
        return result;
    }
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        type = QNetworkProxy::Socks5Proxy;
    } else if (scheme == QLatin1String("https")) {
        result.problem = tr("A proxy reached over HTTPS is not supported; use http:// or socks5://.");
        return result;
    } else if (scheme.startsWith(QLatin1String("socks4"))) {
        result.problem = tr("SOCKS4 proxies are not supported; use socks5:// or http://.");
        return result;
    } else if (scheme != QLatin1String("http")) {
        result.problem = tr("The proxy's scheme must be http://, socks5:// or socks5h://.");
        return result;
    }
    if (source == Source::Profile && !url.userInfo().isEmpty()) {
        result.problem = tr("A proxy with a user name or password is not supported in a profile, where "
                            "it would be stored unprotected; use a proxy that needs no sign-in, or "
                            "the HTTPS_PROXY environment variable.");
        return result;
    }
    result.proxy = QNetworkProxy(type, url.host(QUrl::EncodeUnicode), quint16(url.port(defaultProxyPort)),
                                 url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
    // socks5:// resolves the server's name here, as curl does; socks5h:// leaves it to the proxy.
    if (scheme == QLatin1String("socks5"))
        result.proxy.setCapabilities(result.proxy.capabilities() & ~QNetworkProxy::HostNameLookupCapability);
    return result;
}

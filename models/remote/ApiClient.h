#pragma once
// The one HTTP client: a single QNetworkAccessManager for the whole console. It sends a
// dialect's HttpRequest relative to a base URL with a User-Agent, a timeout and a deadline, caps
// reply size as it arrives, refuses a path segment that would leave its path (".."),
// never carries credentials across hosts on redirect, refuses TLS errors unless the
// certificate is the one the user pinned, and honours Retry-After on 429/503 with bounded
// retries (writes only when the server provably did not process them). A write goes out once:
// not even Qt's own reconnect may send it again. Only a complete answer is handed on: a body
// cut short, stalled or that cannot be unpacked is a transport error, never a success.
// Requests take the profile's proxy, else the proxy environment variables or the desktop's
// (EnvironmentProxyFactory), and trust the profile's CA bundle instead of the system's CAs when
// it names one; a proxy or bundle that cannot be used fails every request with its reason.

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "values/Profile.h"
#include "values/RequestLimits.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <functional>

class EnvironmentProxyFactory;
class QNetworkAccessManager;
class QNetworkReply;

class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpResponse&)>;

    explicit ApiClient(QObject* parent = nullptr);

    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }
    // The profile's base URL, timeout, deadline, pinned certificate, proxy and CA bundle.
    void configure(const Profile& profile);
    QUrl baseUrl() const { return m_baseUrl; }
    // No byte for this long fails a request (Qt's transfer timeout)...
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = qBound(0, seconds, RequestLimits::maxTimeoutSeconds); }
    // ...and so does a whole request that takes longer than this, however steadily bytes
    // trickle in. 0: no deadline.
    void setDeadlineSeconds(int seconds) { m_deadlineSeconds = qBound(0, seconds, RequestLimits::maxDeadlineSeconds); }
    void setPinnedCertificate(const QByteArray& sha256) { m_pinnedSha256 = sha256; }
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    // A profile's proxy (ProxySetting): empty for the environment's or the desktop's, "none"
    // for a direct connection, or a proxy URL.
    void setProxy(const QString& setting);
    // A PEM file whose CAs replace the system's for this client; empty for the system's.
    void setCaBundle(const QString& path);

    // Sends the request; `done` runs once, on this thread, unless `context` died first.
    void send(const HttpRequest& request, QObject* context, Handler done);
    // Aborts every request in flight and every retry waiting for its Retry-After; their
    // handlers get ApiError::Kind::Cancelled.
    void cancelAll();

    QUrl resolve(const HttpRequest& request) const;
    static QByteArray userAgent();
    static int retryAfterSeconds(const QByteArray& header);

signals:
    // cancelAll() tells each request in flight and each waiting retry (internal).
    void cancelRequested(QPrivateSignal);

private:
    void start(const HttpRequest& request, QObject* context, Handler done, int attempt);
    // Answers `done` (later, never from within send) when the proxy or the CA bundle cannot
    // be used for `url`; false when the request may go out.
    bool refuseUnusableSetup(const QUrl& url, QObject* context, Handler& done);
    // Answers `done` with `refusal` from the event loop, unless `context` died first.
    void refuseLater(QObject* context, Handler done, const ApiError& refusal);

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    int m_timeoutSeconds = 30;
    int m_deadlineSeconds = 60;
    QByteArray m_pinnedSha256;
    qint64 m_maxReplyBytes = 32 * 1024 * 1024;
    int m_maxRetries = 3;
    EnvironmentProxyFactory* m_environmentProxy = nullptr; // owned by m_network while in use
    ApiError m_proxyError;
    QList<QSslCertificate> m_caCertificates; // empty: the system's
    ApiError m_caBundleError;
};

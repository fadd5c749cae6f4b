#include "ApiClient.h"

#include "CaBundle.h"
#include "EnvironmentProxyFactory.h"
#include "ErrorMapping.h"
#include "HttpReadBuffer.h"
#include "ProxySetting.h"

#include <climits>
#include <QCryptographicHash>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <cstring>
#include <memory>

namespace {

// Qt's error codes below 200 are failures of the transport itself (refused, closed, timed out,
// TLS, proxy), and ProtocolFailure is a reply Qt could not read to its end. From 200 up Qt
// mostly restates an HTTP status of 400 or more, which the dialect reads itself; below 400 no
// code restates anything: the status line came, the rest of the answer did not (a body cut
// short, stalled, or that could not be decompressed).
bool isTransportFailure(QNetworkReply::NetworkError code, int status)
{
    if (code == QNetworkReply::NoError)
        return false;
    return status < 400 || code < QNetworkReply::ContentAccessDenied ||
           code == QNetworkReply::ProtocolFailure;
}

// The body of a write, readable exactly once. When a connection closes before the status line
// has arrived, Qt 6.4's HTTP layer silently sends the request again, up to three more times
// (tst_ApiClientSafeguards saw a POST arrive four times): for a write that is a user created or
// a key issued four times. Qt rewinds the body before such a resend; a body that refuses to
// rewind makes Qt fail the request with ContentReSendError instead. It is deliberately not a
// QBuffer, which Qt reads through its own rewindable copy.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray& data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }
    // Only "stay where you are" succeeds: any real seek would be a rewind by another name.
    bool seek(qint64 position) override { return position == m_offset && QIODevice::seek(position); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_offset);
        if (count <= 0)
            return -1;
        memcpy(data, m_data.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are checked one by one: see the redirected() handler in start().
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    setProxy(QString());
}

void ApiClient::setProxy(const QString& setting)
{
    const ProxySetting parsed = ProxySetting::parse(setting);
    m_proxyError = parsed.isValid() ? ApiError() : ErrorMapping::proxyRefused(parsed.problem);
    m_environmentProxy = nullptr;
    switch (parsed.mode) {
    case ProxySetting::Mode::System:
        // The manager's own factory, not Qt's application-wide one: that one reads the
        // variables through libproxy, unlike curl (see EnvironmentProxyFactory).
        m_environmentProxy = new EnvironmentProxyFactory(EnvironmentProxyFactory::processEnvironment());
        m_network->setProxyFactory(m_environmentProxy); // deletes the previous factory
        break;
    case ProxySetting::Mode::Direct:
        m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy)); // drops the factory
        break;
    case ProxySetting::Mode::Fixed:
        // The profile's choice holds for every request, loopback included: it names one server.
        m_network->setProxy(parsed.isValid() ? parsed.proxy : QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    }
}

void ApiClient::setCaBundle(const QString& path)
{
    m_caCertificates.clear();
    m_caBundleError = {};
    if (path.trimmed().isEmpty())
        return;
    const CaBundle bundle = CaBundle::load(path);
    if (bundle.isValid())
        m_caCertificates = bundle.certificates;
    else
        m_caBundleError = ErrorMapping::caBundleRefused(bundle.problem);
}

bool ApiClient::refuseUnusableSetup(const QUrl& url, QObject* context, Handler& done)
{
    ApiError refusal = !m_proxyError.isNone() ? m_proxyError : m_caBundleError;
    if (refusal.isNone() && m_environmentProxy) {
        const QString problem = m_environmentProxy->problem(url);
        if (!problem.isEmpty())
            refusal = ErrorMapping::proxyRefused(problem);
    }
    if (refusal.isNone())
        return false;
    refuseLater(context, std::move(done), refusal);
    return true;
}

void ApiClient::refuseLater(QObject* context, Handler done, const ApiError& refusal)
{
    // Answered later all the same, as send() promises; nothing was sent.
    const QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, hasContext = context != nullptr, done = std::move(done), refusal] {
        if (hasContext && !guard)
            return;
        HttpResponse response;
        response.transportError = refusal;
        done(response);
    });
}

void ApiClient::configure(const Profile& profile)
{
    setBaseUrl(profile.baseUrl);
    setTimeoutSeconds(profile.timeoutSeconds);
    setDeadlineSeconds(profile.deadlineSeconds);
    setPinnedCertificate(profile.pinnedCertificate);
    setProxy(profile.proxy);
    setCaBundle(profile.caBundlePath);
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("AuthDesk/" AUTHDESK_VERSION " (Qt ") + qVersion() + ')';
}

QUrl ApiClient::resolve(const HttpRequest& request) const
{
    QUrl url = m_baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // Already encoded: each piece a server or a user chose went through HttpRequest::segment().
    // Read decoded, "a%2Fb" would become "a%252Fb" and address nothing.
    url.setPath(path + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(HttpRequest::encodeQuery(request.query), QUrl::StrictMode);
    return url;
}

int ApiClient::retryAfterSeconds(const QByteArray& header)
{
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    // An HTTP-date (RFC 9110: "Wed, 21 Oct 2015 07:28:00 GMT") is RFC 2822 but for the zone
    // name, which Qt's parser only takes as a numeric offset.
    QString date = QString::fromLatin1(header.trimmed());
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    // Rounded up: 0.95 s before the date is a wait of 1 s, never a retry before the date (as
    // whole seconds truncated it did, seen when a loaded machine read the answer late).
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    return int(qBound<qint64>(0, (ms + 999) / 1000, qint64(INT_MAX)));
}

void ApiClient::send(const HttpRequest& request, QObject* context, Handler done)
{
    start(request, context, std::move(done), 0);
}

void ApiClient::cancelAll()
{
    emit cancelRequested(QPrivateSignal());
}

void ApiClient::start(const HttpRequest& request, QObject* context, Handler done, int attempt)
{
    QString unusable;
    if (HttpRequest::hasUnusableSegment(request.path, &unusable)) {
        refuseLater(context, std::move(done), ErrorMapping::unusableId(unusable));
        return;
    }
    const QUrl url = resolve(request);
    if (refuseUnusableSetup(url, context, done))
        return;
    QNetworkRequest netRequest(url);
    netRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    netRequest.setTransferTimeout(m_timeoutSeconds * 1000);
    if (!request.contentType.isEmpty())
        netRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (request.header("Accept").isEmpty())
        netRequest.setRawHeader("Accept", "application/json");
    for (const auto& [name, value] : request.headers)
        netRequest.setRawHeader(name, value);
    netRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!m_caCertificates.isEmpty()) {
        // The bundle replaces the system's CAs (as curl's --cacert does); a pin still applies.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_caCertificates);
        netRequest.setSslConfiguration(tls);
    }
    if (!request.cookieJar) {
        netRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        netRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    }

    QNetworkReply* reply = nullptr;
    if (request.kind == HttpRequest::Kind::Write) {
        // Even a write without a body gets one (empty): without a body Qt has nothing it must
        // rewind, and would send the request again unasked.
        auto* body = new OneShotBody(request.body);
        reply = m_network->sendCustomRequest(netRequest, request.method, body);
        body->setParent(reply); // read until the reply finishes, deleted with it
    } else if (request.body.isEmpty()) {
        reply = m_network->sendCustomRequest(netRequest, request.method);
    } else {
        reply = m_network->sendCustomRequest(netRequest, request.method, request.body);
    }
    reply->setParent(this);
    // The body is taken off the reply as it arrives and counted here: with a bounded read
    // buffer Qt stops reading the socket until this drains it, so a body without a length
    // (chunked, or until the connection closes) is refused as soon as it passes the cap, not
    // after the whole of it sat in memory. Qt's HTTP thread gets the same size from the
    // application (HttpReadBuffer); this side needs it to tell that thread when to read on.
    reply->setReadBufferSize(HttpReadBuffer::chunkBytes);
    auto received = std::make_shared<QByteArray>();
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto errorState = std::make_shared<ApiError>();

    // Marked before the abort: an aborted reply looks like a timed-out one (OperationCanceledError)
    // and would otherwise be reported as "the server took longer than…".
    connect(this, &ApiClient::cancelRequested, reply, [reply, errorState] {
        if (reply->isFinished())
            return;
        *errorState = ErrorMapping::cancelled();
        reply->abort();
    });
    connect(reply, &QNetworkReply::redirected, reply, [reply, url, errorState](const QUrl& target) {
        // Credentials never travel to another origin: such a redirect is refused outright.
        if (!HttpRequest::sameOrigin(target, url)) {
            *errorState = ErrorMapping::redirectRefused(target.host());
            reply->abort();
            return;
        }
        emit reply->redirectAllowed();
    });
    connect(
        reply, &QNetworkReply::sslErrors, reply, [this, reply, errorState](const QList<QSslError>& errors) {
            const QSslCertificate certificate =
                errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
            const QByteArray digest =
                certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
            if (!m_pinnedSha256.isEmpty() && digest == m_pinnedSha256) {
                reply->ignoreSslErrors(errors); // exactly these errors, for the certificate the user accepted
                return;
            }
            *errorState = ErrorMapping::tlsRefused(errors, m_pinnedSha256);
        });
    connect(reply, &QNetworkReply::metaDataChanged, reply, [this, reply, errorState] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_maxReplyBytes) {
            *errorState = ErrorMapping::tooLarge(m_maxReplyBytes);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [this, reply, errorState, received] {
        if (!errorState->isNone())
            return;
        if (received->size() + reply->bytesAvailable() > m_maxReplyBytes) {
            *errorState = ErrorMapping::tooLarge(m_maxReplyBytes);
            received->clear();
            reply->abort();
            return;
        }
        received->append(reply->readAll());
    });
    if (m_deadlineSeconds > 0) {
        // The transfer timeout restarts with every byte: a body trickling one byte a second
        // would never end without a deadline for the whole request.
        auto* deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, reply, [this, reply, errorState] {
            if (reply->isFinished() || !errorState->isNone())
                return;
            *errorState = ErrorMapping::pastDeadline(m_deadlineSeconds);
            reply->abort();
        });
        deadline->start(m_deadlineSeconds * 1000);
    }
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request, guard, hasContext, done = std::move(done), attempt, errorState,
             received]() mutable {
                reply->deleteLater();
                HttpResponse response;
                response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                response.headers = reply->rawHeaderPairs();
                const QNetworkReply::NetworkError code = reply->error();
                if (!errorState->isNone()) {
                    response.transportError = *errorState;
                } else if (isTransportFailure(code, response.status)) {
                    // A status line alone is no answer: a body cut short, or one that stalled
                    // until the transfer timeout, must not reach the dialect as a success.
                    const bool answerStarted = response.status != 0;
                    switch (code) {
                    case QNetworkReply::OperationCanceledError:
                    case QNetworkReply::TimeoutError:
                        // setTransferTimeout aborts with OperationCanceledError.
                        response.transportError = ErrorMapping::timedOut(m_timeoutSeconds);
                        break;
                    case QNetworkReply::ConnectionRefusedError:
                    case QNetworkReply::HostNotFoundError:
                        response.transportError =
                            ErrorMapping::unreachable(m_baseUrl.host(), reply->errorString());
                        break;
                    case QNetworkReply::ContentReSendError:
                        // A write whose connection closed before any answer (see OneShotBody).
                        response.transportError = ErrorMapping::closedBeforeAnswer();
                        break;
                    case QNetworkReply::RemoteHostClosedError:
                    case QNetworkReply::ProtocolFailure:
                        if (answerStarted) {
                            response.transportError = ErrorMapping::cutShort();
                            break;
                        }
                        [[fallthrough]];
                    default:
                        if (answerStarted && code >= QNetworkReply::ContentAccessDenied) {
                            // e.g. a compressed body Qt refused to unpack (it guards against bombs).
                            response.transportError = ErrorMapping::unreadable(reply->errorString());
                        } else {
                            response.transportError = ErrorMapping::connectionFailed(reply->errorString());
                        }
                        break;
                    }
                }
                // Only a complete answer is handed on: half a body must never be parsed.
                if (response.transportError.isNone()) {
                    received->append(reply->readAll());
                    if (received->size() > m_maxReplyBytes)
                        response.transportError = ErrorMapping::tooLarge(m_maxReplyBytes);
                    else
                        response.body = std::move(*received);
                }
                received->clear();
                // 429 is safe to retry even for writes (not processed); 503 only for reads.
                const bool retryable = response.transportError.isNone() &&
                                       (response.status == 429 ||
                                        (response.status == 503 && request.kind == HttpRequest::Kind::Read));
                const int wait = retryable ? retryAfterSeconds(response.header("Retry-After")) : -1;
                if (retryable && attempt < m_maxRetries && wait >= 0 && wait <= 30) {
                    // A timer object rather than QTimer::singleShot, so that cancelAll() can stop
                    // the wait and answer at once instead of sending the request again later.
                    auto* timer = new QTimer(this);
                    timer->setSingleShot(true);
                    auto pending = std::make_shared<Handler>(std::move(done));
                    connect(timer, &QTimer::timeout, this,
                            [this, timer, request, guard, hasContext, pending, attempt] {
                                timer->deleteLater();
                                if (hasContext && !guard)
                                    return;
                                start(request, guard.data(), std::move(*pending), attempt + 1);
                            });
                    connect(this, &ApiClient::cancelRequested, timer, [timer, guard, hasContext, pending] {
                        if (!timer->isActive())
                            return; // already fired: the new attempt has its own cancel
                        timer->stop();
                        timer->deleteLater();
                        if (hasContext && !guard)
                            return;
                        HttpResponse cancelled;
                        cancelled.transportError = ErrorMapping::cancelled();
                        (*pending)(cancelled);
                    });
                    timer->start(qMax(wait * 1000, 200));
                    return;
                }
                if (hasContext && !guard)
                    return;
                done(response);
            });
}

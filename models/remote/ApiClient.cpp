#include "ApiClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ApiClient", text);
}

QString describeCertificate(const QSslCertificate& certificate)
{
    return tr("Subject: %1\nIssuer: %2\nValid: %3 to %4\nSHA-256: %5")
        .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
             certificate.effectiveDate().toString(Qt::ISODate),
             certificate.expiryDate().toString(Qt::ISODate),
             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
}

} // namespace

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are checked one by one: see the redirected() handler in start().
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("AuthDesk/" AUTHDESK_VERSION " (Qt ") + qVersion() + ')';
}

QUrl ApiClient::resolve(const HttpRequest& request) const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

int ApiClient::retryAfterSeconds(const QByteArray& header)
{
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    return when.isValid() ? int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when))) : -1;
}

void ApiClient::send(const HttpRequest& request, QObject* context, Handler done)
{
    start(request, context, std::move(done), 0);
}

void ApiClient::cancelAll()
{
    for (QNetworkReply* reply : findChildren<QNetworkReply*>())
        reply->abort();
}

void ApiClient::start(const HttpRequest& request, QObject* context, Handler done, int attempt)
{
    const QUrl url = resolve(request);
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
    if (!request.cookieJar) {
        netRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        netRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    }

    QNetworkReply* reply = m_network->sendCustomRequest(netRequest, request.method, request.body);
    reply->setParent(this);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto errorState = std::make_shared<ApiError>();

    connect(reply, &QNetworkReply::redirected, reply, [reply, url, errorState](const QUrl& target) {
        // Credentials never travel to another origin: such a redirect is refused outright.
        if (target.host() != url.host() || target.port() != url.port() || target.scheme() != url.scheme()) {
            *errorState =
                ApiError::make(ApiError::Kind::Network,
                               tr("The server redirected to another host (%1); AuthDesk does not follow it "
                                  "with your credentials.")
                                   .arg(target.host()));
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
            QStringList reasons;
            for (const QSslError& error : errors)
                reasons << error.errorString();
            *errorState = ApiError::make(
                ApiError::Kind::Tls,
                tr("The server's certificate is not trusted: %1").arg(reasons.join(QLatin1String("; "))));
            errorState->detail = certificate.isNull() ? QString() : describeCertificate(certificate);
            errorState->serverCode = QString::fromLatin1(digest.toHex());
        });
    connect(reply, &QNetworkReply::metaDataChanged, reply, [this, reply, errorState] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_maxReplyBytes) {
            *errorState = ApiError::make(ApiError::Kind::TooLarge,
                                         tr("The server's answer is too large (%1 MB); AuthDesk refused it.")
                                             .arg(length / (1024 * 1024)));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [this, reply, errorState](qint64 received, qint64) {
                if (received > m_maxReplyBytes && errorState->isNone()) {
                    *errorState =
                        ApiError::make(ApiError::Kind::TooLarge,
                                       tr("The server's answer is larger than %1 MB; AuthDesk refused it.")
                                           .arg(m_maxReplyBytes / (1024 * 1024)));
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request, guard, hasContext, done = std::move(done), attempt, errorState]() mutable {
                reply->deleteLater();
                HttpResponse response;
                response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                response.headers = reply->rawHeaderPairs();
                if (errorState->isNone())
                    response.body = reply->readAll();
                if (!errorState->isNone()) {
                    response.transportError = *errorState;
                } else if (reply->error() != QNetworkReply::NoError && response.status == 0) {
                    switch (reply->error()) {
                    case QNetworkReply::OperationCanceledError:
                    case QNetworkReply::TimeoutError:
                        // setTransferTimeout aborts with OperationCanceledError.
                        response.transportError = ApiError::make(
                            ApiError::Kind::Timeout,
                            tr("The server took longer than %1 s to answer.").arg(m_timeoutSeconds));
                        break;
                    case QNetworkReply::ConnectionRefusedError:
                    case QNetworkReply::HostNotFoundError:
                        response.transportError = ApiError::make(
                            ApiError::Kind::Network,
                            tr("Cannot reach %1: %2").arg(m_baseUrl.host(), reply->errorString()));
                        break;
                    default:
                        response.transportError = ApiError::make(
                            ApiError::Kind::Network,
                            tr("The connection to the server failed: %1").arg(reply->errorString()));
                    }
                } else if (reply->error() == QNetworkReply::RemoteHostClosedError ||
                           reply->error() == QNetworkReply::ProtocolFailure) {
                    response.transportError =
                        ApiError::make(ApiError::Kind::Network,
                                       tr("The server closed the connection before answering completely."));
                }
                // 429 is safe to retry even for writes (not processed); 503 only for reads.
                const bool retryable = response.transportError.isNone() &&
                                       (response.status == 429 ||
                                        (response.status == 503 && request.kind == HttpRequest::Kind::Read));
                if (retryable && attempt < m_maxRetries) {
                    const int wait = retryAfterSeconds(response.header("Retry-After"));
                    if (wait >= 0 && wait <= 30) {
                        QTimer::singleShot(
                            qMax(wait * 1000, 200), this,
                            [this, request, guard, hasContext, done = std::move(done), attempt]() mutable {
                                if (hasContext && !guard)
                                    return;
                                start(request, guard.data(), std::move(done), attempt + 1);
                            });
                        return;
                    }
                }
                if (hasContext && !guard)
                    return;
                done(response);
            });
}

#include "ErrorMapping.h"

#include "ApiClient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QUrl>

namespace {

// How much of the server's words a sentence quotes, and how much `detail` keeps: enough for
// any real message, not a whole page a misconfigured server put in its "message".
constexpr qsizetype quotedLimit = 300;
constexpr qsizetype detailLimit = 2000;

bool looksLikeMarkup(const QString& text)
{
    static const QRegularExpression tag(QStringLiteral(R"(<\s*/?\s*[A-Za-z!][^<>]*>)"));
    return text.contains(tag);
}

// The server's words as one line of plain text of at most `limit` characters, cut at a word;
// nothing when they are markup (an HTML error page is no sentence, and not ours to show).
QString plain(const QString& words, qsizetype limit)
{
    if (words.isEmpty() || looksLikeMarkup(words))
        return {};
    QString text = words;
    for (QChar& c : text) {
        if (!c.isPrint())
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    if (text.size() > limit) {
        qsizetype cut = text.lastIndexOf(QLatin1Char(' '), limit);
        if (cut < limit / 2)
            cut = limit;
        text = text.left(cut) + QChar(0x2026);
    }
    return text;
}

using Reason = ServerError::Reason;
using Kind = ApiError::Kind;

// The statuses whose kind is not the one of their class (4xx: Validation, 5xx: Server).
struct StatusKind
{
    int status;
    Kind kind;
};
constexpr StatusKind statusKinds[] = {
    {401, Kind::Unauthorized}, {403, Kind::Forbidden},   {404, Kind::NotFound},    {409, Kind::Conflict},
    {412, Kind::Conflict},     {429, Kind::RateLimited}, {501, Kind::Unsupported},
};

// Each shared reason's kind and sentence; a reason with a field-specific sentence lists it
// first and ends with the one for any field.
struct ReasonText
{
    Reason reason;
    const char* field; // nullptr: any
    Kind kind;
    const char* sentence;
};
constexpr ReasonText reasonTexts[] = {
    {Reason::WrongCredentials, nullptr, Kind::Unauthorized,
     QT_TRANSLATE_NOOP("ErrorMapping", "Wrong username or password.")},
    {Reason::AccountDisabled, nullptr, Kind::Unauthorized,
     QT_TRANSLATE_NOOP("ErrorMapping", "This account is disabled.")},
    {Reason::SessionEnded, nullptr, Kind::Unauthorized,
     QT_TRANSLATE_NOOP("ErrorMapping", "The session has expired or was revoked; sign in again.")},
    {Reason::CredentialRefused, nullptr, Kind::Unauthorized,
     QT_TRANSLATE_NOOP("ErrorMapping",
                       "The server refused the API key or token: it is wrong, expired or revoked.")},
    {Reason::Duplicate, "username", Kind::Conflict,
     QT_TRANSLATE_NOOP("ErrorMapping", "A user with this username already exists.")},
    {Reason::Duplicate, "email", Kind::Conflict,
     QT_TRANSLATE_NOOP("ErrorMapping", "A user with this email already exists.")},
    {Reason::Duplicate, nullptr, Kind::Conflict,
     QT_TRANSLATE_NOOP("ErrorMapping", "This already exists on the server.")},
    {Reason::NoSuchEndpoint, nullptr, Kind::NotFound,
     QT_TRANSLATE_NOOP("ErrorMapping", "The server has no such endpoint: check the profile's base URL.")},
    {Reason::ChangedMeanwhile, nullptr, Kind::Conflict,
     QT_TRANSLATE_NOOP("ErrorMapping",
                       "The user changed on the server since it was loaded; reload it and edit again.")},
};

const ReasonText* reasonText(Reason reason, const QString& field)
{
    for (const ReasonText& text : reasonTexts) {
        if (text.reason == reason && (!text.field || field == QLatin1String(text.field)))
            return &text;
    }
    return nullptr;
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

QString describeCertificate(const QSslCertificate& certificate)
{
    return ErrorMapping::tr("Subject: %1\nIssuer: %2\nValid: %3 to %4\nSHA-256: %5")
        .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
             certificate.effectiveDate().toString(Qt::ISODate),
             certificate.expiryDate().toString(Qt::ISODate),
             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
}

} // namespace

QString ErrorMapping::quote(const QString& words)
{
    QString text = plain(words, quotedLimit);
    // The sentence brings its own full stop.
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

ApiError::Kind ErrorMapping::kindOf(int status, bool failedSuccess)
{
    if (isSuccess(status))
        return failedSuccess ? Kind::Validation : Kind::Server;
    for (const StatusKind& known : statusKinds) {
        if (known.status == status)
            return known.kind;
    }
    if (status >= 400 && status < 500)
        return Kind::Validation;
    return Kind::Server; // 5xx, or a status no failure should have
}

ApiError ErrorMapping::fromResponse(const HttpResponse& response, const ServerError& error)
{
    if (!response.transportError.isNone())
        return response.transportError;
    const int status = response.status;
    const bool failedSuccess = isSuccess(status) && error.failed;
    Reason reason = error.reason;
    if (reason == Reason::None && status == 412)
        reason = Reason::ChangedMeanwhile;

    ApiError result;
    result.httpStatus = status;
    result.serverCode = error.code;
    result.field = error.field;
    result.detail = plain(error.message, detailLimit);
    if (status == 429 || status == 503)
        result.retryAfterSeconds = ApiClient::retryAfterSeconds(response.header("Retry-After"));

    if (error.kind != ApiError::Kind::None)
        result.kind = error.kind;
    else if (reason != Reason::None)
        result.kind = reasonKind(reason);
    else
        result.kind = kindOf(status, failedSuccess);

    if (!error.sentence.isEmpty())
        result.message = error.sentence;
    else if (error.messageIsSentence && !plain(error.message, quotedLimit).isEmpty())
        result.message = plain(error.message, quotedLimit);
    else if (reason != Reason::None)
        result.message = reasonSentence(reason, error.field);
    else
        result.message =
            kindSentence(result.kind, status, failedSuccess, quote(error.message), result.retryAfterSeconds);
    return result;
}

ApiError::Kind ErrorMapping::reasonKind(ServerError::Reason reason)
{
    const ReasonText* text = reasonText(reason, {});
    return text ? text->kind : ApiError::Kind::None;
}

QString ErrorMapping::reasonSentence(ServerError::Reason reason, const QString& field)
{
    const ReasonText* text = reasonText(reason, field);
    return text ? tr(text->sentence) : QString();
}

ApiError ErrorMapping::atSignIn(const ApiError& error, const QUrl& baseUrl)
{
    const QString address =
        baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    ApiError signIn = error;
    // Only the sentences that say nothing of the server's own: a dialect's reason is kept.
    if (error.kind == Kind::NotFound && error.message == kindSentence(Kind::NotFound, error.httpStatus, false, {}, -1))
        signIn.message = tr("The server has no sign-in at %1: check the profile's base URL.").arg(address);
    else if (error.kind == Kind::Unauthorized && error.message == reasonSentence(Reason::SessionEnded, {})) {
        const QString words = quote(error.detail);
        signIn.message = words.isEmpty()
                             ? tr("The server refused the sign-in at %1 without saying why: check the "
                                  "credentials, and that this is the server's base URL.")
                                   .arg(address)
                             : tr("The server refused the sign-in at %1 (“%2”): check the "
                                  "credentials, and that this is the server's base URL.")
                                   .arg(address, words);
    }
    return signIn;
}

QString ErrorMapping::kindSentence(ApiError::Kind kind, int status, bool failedSuccess, const QString& words,
                                   int retryAfter)
{
    switch (kind) {
    case Kind::Unauthorized:
        return reasonSentence(ServerError::Reason::SessionEnded, {});
    case Kind::Forbidden:
        return words.isEmpty() ? tr("Not allowed: this needs an admin account.")
                               : tr("Not allowed: %1.").arg(words);
    case Kind::NotFound:
        return tr("Not found on the server: it may have been deleted meanwhile.");
    case Kind::Conflict:
        return words.isEmpty() ? tr("The server refused the change as conflicting; reload and try again.")
                               : tr("The server refused the change as conflicting: %1.").arg(words);
    case Kind::RateLimited:
        return retryAfter > 0 ? tr("The server is rate-limiting requests; try again in %n second(s).",
                                   nullptr, retryAfter)
                              : tr("The server is rate-limiting requests; try again in a moment.");
    case Kind::Unsupported:
        return unsupported().message;
    case Kind::Validation:
        if (status == 413)
            return tr("The request is too large for the server.");
        if (status == 400 || status == 422 || failedSuccess)
            return words.isEmpty() ? tr("The server refused the request as invalid.")
                                   : tr("The server refused the request as invalid: %1.").arg(words);
        return words.isEmpty() ? tr("The server refused the request (HTTP %1).").arg(status)
                               : tr("The server refused the request: %1.").arg(words);
    case Kind::Server:
        if (status == 503)
            return retryAfter > 0 ? tr("The server is unavailable for now; try again in %n second(s).",
                                       nullptr, retryAfter)
                                  : tr("The server is unavailable for now; try again in a moment.");
        if (status >= 500 && status < 600)
            return tr("The server failed (HTTP %1); try again later.").arg(status);
        break;
    default:
        break;
    }
    return tr("The server answered with HTTP status %1.").arg(status);
}

ApiError ErrorMapping::unsupported()
{
    return ApiError::make(ApiError::Kind::Unsupported, tr("This server does not offer this operation."));
}

ApiError ErrorMapping::cancelled()
{
    return ApiError::make(ApiError::Kind::Cancelled, tr("The request was cancelled."));
}

ApiError ErrorMapping::redirectRefused(const QString& host)
{
    return ApiError::make(
        ApiError::Kind::Network,
        tr("The server redirected to another host (%1); AuthDesk does not follow it with your credentials.")
            .arg(host));
}

ApiError ErrorMapping::tlsRefused(const QList<QSslError>& errors, const QByteArray& pinnedSha256)
{
    QStringList reasons;
    for (const QSslError& error : errors)
        reasons << error.errorString();
    const QString why = reasons.join(QLatin1String("; "));
    const QSslCertificate certificate = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
    // A pinned profile whose server now shows another certificate: renewed, or intercepted. Only
    // a person who can ask the server's administrator can tell, so it is said plainly.
    const bool changed = !pinnedSha256.isEmpty() &&
                         (certificate.isNull() || certificate.digest(QCryptographicHash::Sha256) != pinnedSha256);
    ApiError result = ApiError::make(
        ApiError::Kind::Tls,
        changed ? tr("The server's certificate changed since it was trusted for this profile: it may have been "
                     "renewed, or someone may be intercepting the connection. Compare its fingerprint with the "
                     "server's administrator before trusting it (%1).")
                      .arg(why)
                : tr("The server's certificate is not trusted: %1").arg(why));
    if (!certificate.isNull()) {
        result.detail = describeCertificate(certificate);
        result.serverCode = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    }
    return result;
}

ApiError ErrorMapping::tooLarge(qint64 limitBytes)
{
    return ApiError::make(
        ApiError::Kind::TooLarge,
        tr("The server's answer is too large (over %1); AuthDesk refused it.")
            .arg(QLocale().formattedDataSize(limitBytes, 0, QLocale::DataSizeTraditionalFormat)));
}

ApiError ErrorMapping::timedOut(int seconds)
{
    return ApiError::make(ApiError::Kind::Timeout,
                          tr("The server took longer than %n s to answer.", nullptr, seconds));
}

ApiError ErrorMapping::pastDeadline(int seconds)
{
    return ApiError::make(ApiError::Kind::Timeout,
                          tr("The server's answer was still not complete after %n s; AuthDesk gave up "
                             "waiting for it.",
                             nullptr, seconds));
}

ApiError ErrorMapping::unusableId(const QString& id)
{
    return ApiError::make(ApiError::Kind::Validation,
                          tr("The id “%1” cannot be sent to the server: in an address it would name "
                             "another resource than the one meant. Nothing was sent.")
                              .arg(id));
}

ApiError ErrorMapping::unreachable(const QString& host, const QString& why)
{
    return ApiError::make(ApiError::Kind::Network, tr("Cannot reach %1: %2").arg(host, why));
}

ApiError ErrorMapping::closedBeforeAnswer()
{
    return ApiError::make(ApiError::Kind::Network,
                          tr("The connection closed before the server answered; AuthDesk did not send the "
                             "change again. Check whether it was made before trying again."));
}

ApiError ErrorMapping::cutShort()
{
    return ApiError::make(ApiError::Kind::Network,
                          tr("The server closed the connection before answering completely."));
}

ApiError ErrorMapping::unreadable(const QString& why)
{
    return ApiError::make(ApiError::Kind::Malformed,
                          tr("The server's answer could not be read: %1").arg(why));
}

ApiError ErrorMapping::connectionFailed(const QString& why)
{
    return ApiError::make(ApiError::Kind::Network, tr("The connection to the server failed: %1").arg(why));
}

ApiError ErrorMapping::proxyRefused(const QString& why)
{
    return ApiError::make(ApiError::Kind::Network,
                          tr("The proxy cannot be used, so nothing was sent: %1").arg(why));
}

ApiError ErrorMapping::caBundleRefused(const QString& why)
{
    // No serverCode: there is no server certificate here to offer for pinning.
    return ApiError::make(ApiError::Kind::Tls,
                          tr("%1 Nothing was sent: fix the profile's CA bundle or clear it to trust "
                             "the system's certificate authorities.")
                              .arg(why));
}

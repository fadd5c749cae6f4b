#pragma once
// Every failure, from a refused connection to a server's validation message, reduced to one
// kind and one sentence a person understands ("Wrong username or password").

#include <QMetaType>
#include <QString>

struct ApiError
{
    enum class Kind {
        None,
        Network, // unreachable, refused, dropped mid-reply
        Timeout,
        Tls,          // certificate refused; `detail` holds the certificate description
        TooLarge,     // reply above the size cap
        Malformed,    // unparseable or unexpected reply
        Unauthorized, // 401: wrong credentials or an expired / revoked token
        Forbidden,    // 403: signed in but not allowed
        NotFound,
        Conflict,    // 409
        RateLimited, // 429 after the bounded retries
        Validation,  // 400/422 with a field or message
        Server,      // 5xx
        Unsupported, // the dialect cannot do this at all
        Cancelled,
        Offline, // the console works from the cache
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;    // one sentence: what failed and what to do
    QString detail;     // technical detail for a "details" expander or logs (never secrets)
    QString field;      // the form field this concerns, if any
    QString serverCode; // the server's own error code, e.g. "invalid_grant" or "00018"
    int retryAfterSeconds = -1;

    bool isNone() const { return kind == Kind::None; }
    // No answer came: the server is down or out of reach (not a refusal, which is an answer).
    bool isUnreachable() const { return kind == Kind::Network || kind == Kind::Timeout; }
    static ApiError make(Kind kind, const QString& message, int httpStatus = 0);
};

Q_DECLARE_METATYPE(ApiError)

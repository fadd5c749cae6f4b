#pragma once
// The one place where a failure becomes the sentence a person reads: an HTTP status, what the
// dialect read from the error body (ServerError), a 429 or 503 with Retry-After, and every
// transport failure ApiClient meets. Each generic sentence exists here once, so it reads (and
// translates) the same whichever server said it; dialects only say where their bodies keep
// the server's words and what they mean.

#include "HttpResponse.h"
#include "ServerError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSslError;
class QUrl;

class ErrorMapping
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMapping)

public:
    // A failed answer (or a 2xx whose body says it failed) as one ApiError: the kind from the
    // dialect's override, else its reason, else the status; the sentence from the dialect's
    // own, else the reason's, else the kind's, quoting the server's words where they help.
    // `detail` keeps the server's words, `serverCode` its code, and a 429 or 503 its
    // Retry-After in `retryAfterSeconds`. A transport error is handed on as it is.
    static ApiError fromResponse(const HttpResponse& response, const ServerError& error);

    // The kind an HTTP status means when the body says nothing more; `failedSuccess`: a 2xx
    // whose body says the call failed, which is a refusal.
    static ApiError::Kind kindOf(int status, bool failedSuccess = false);
    static ApiError::Kind reasonKind(ServerError::Reason reason);
    // The server's words made fit to quote inside a sentence ending in its own full stop: one
    // line, cut to a few hundred characters, without a full stop of their own; nothing when
    // they are markup. For a dialect's own sentences that quote them.
    static QString quote(const QString& words);

    // A failed sign-in's error. A 401 or 404 that the server did not explain is no expired
    // session and no deleted item: a refused sign-in, or a base URL that is not the server's
    // API (a path too many or too few). The sentence names the address, without its user
    // part; anything more specific the dialect said is kept.
    static ApiError atSignIn(const ApiError& error, const QUrl& baseUrl);

    // What a dialect answers for an operation it has no parser for.
    static ApiError unsupported();

    // --- transport failures, for ApiClient ---
    static ApiError cancelled();
    static ApiError redirectRefused(const QString& host);
    // The certificate's description goes to `detail`, its SHA-256 (hex) to `serverCode`, which
    // the console offers to pin. With `pinnedSha256` (a profile that trusted another
    // certificate) the sentence says the certificate changed since.
    static ApiError tlsRefused(const QList<QSslError>& errors, const QByteArray& pinnedSha256 = {});
    static ApiError tooLarge(qint64 limitBytes);
    static ApiError timedOut(int seconds);
    // Bytes kept coming, too slowly for the whole answer to arrive within the deadline.
    static ApiError pastDeadline(int seconds);
    // An id ("", "." or "..") that cannot be a path segment: nothing was sent.
    static ApiError unusableId(const QString& id);
    static ApiError unreachable(const QString& host, const QString& why);
    // A write whose connection closed before any answer: it was not sent again.
    static ApiError closedBeforeAnswer();
    // The status line came, the rest of the answer did not.
    static ApiError cutShort();
    static ApiError unreadable(const QString& why);
    static ApiError connectionFailed(const QString& why);
    // A proxy (the profile's or an environment variable's) or a CA bundle that cannot be used:
    // nothing is sent, rather than going direct or trusting the system's CAs instead.
    static ApiError proxyRefused(const QString& why);
    static ApiError caBundleRefused(const QString& why);

private:
    static QString reasonSentence(ServerError::Reason reason, const QString& field);
    static QString kindSentence(ApiError::Kind kind, int status, bool failedSuccess, const QString& words,
                                int retryAfter);
};

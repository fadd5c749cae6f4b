#pragma once
// A request as a dialect describes it: relative to the profile's base URL and free of any
// network object, so request builders stay pure and testable without a network.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

struct HttpRequest
{
    enum class Kind { Read, Write }; // writes are never retried silently

    QByteArray method; // "GET", "POST", ...
    QString path;      // appended to the base URL's path, percent-encoded: "/api/users/" + segment(id)
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    Kind kind = Kind::Read;
    bool authenticated = true; // false for sign-in itself: no session headers added
    // false: the network layer's cookie jar neither sends nor stores cookies for this request,
    // so the only cookies are those the dialect puts in a Cookie header from AuthState::cookies.
    bool cookieJar = true;

    bool isValid() const { return !method.isEmpty(); }
    QByteArray header(const QByteArray& name) const;
    void setHeader(const QByteArray& name, const QByteArray& value);

    static HttpRequest get(const QString& path, const QUrlQuery& query = {});
    static HttpRequest json(const QByteArray& method, const QString& path, const QByteArray& jsonBody);
    static HttpRequest form(const QByteArray& method, const QString& path, const QUrlQuery& form);
    static HttpRequest withoutBody(const QByteArray& method, const QString& path);
    // Every key and value percent-encoded, '+' and '&' included. QUrlQuery leaves '+' as it is,
    // and servers (like every form decoder) read it as a space: "a+b@x" would arrive as "a b@x".
    // Values are taken as QUrlQuery holds them decoded, so a dialect adds plain text.
    static QString encodeQuery(const QUrlQuery& query);
    // Adds text as typed (a search, a password): QUrlQuery would read a "%41" in it as an
    // encoded "A".
    static void addText(QUrlQuery& query, const QString& key, const QString& text);

    // One path segment from text a server or a user chose (an id, a username, a realm name),
    // percent-encoded exactly once: everything but RFC 3986's unreserved characters, so "/",
    // "?", "#", "%" and spaces stay inside the segment. Every such piece of a path goes
    // through here; ApiClient sends the path as it is, already encoded.
    // "", "." and ".." cannot be a segment at all: the URL would name the collection or its
    // parent instead ("DELETE /Users/.." deletes nothing of the user's, and may hit something
    // else). They become a marker that ApiClient refuses to send (unusableSegment()).
    static QString segment(const QString& text);
    // The text of the first segment() in `path` that could not be a segment, if any.
    static bool hasUnusableSegment(const QString& path, QString* text = nullptr);
    // Same scheme, host (case-insensitive) and port, a default port counted as written (RFC 6454):
    // only there may a request carry the profile's credentials or token.
    static bool sameOrigin(const QUrl& a, const QUrl& b);
};

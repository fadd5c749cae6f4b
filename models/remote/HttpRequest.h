#pragma once
// A request as a dialect describes it: relative to the profile's base URL and free of any
// network object, so request builders stay pure and testable without a network.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

struct HttpRequest
{
    enum class Kind { Read, Write }; // writes are never retried silently

    QByteArray method; // "GET", "POST", ...
    QString path;      // appended to the base URL's path, e.g. "/api/users/42"
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
};

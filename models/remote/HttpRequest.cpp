#include "HttpRequest.h"

#include <QUrl>

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpRequest::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& [key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({name, value});
}

HttpRequest HttpRequest::get(const QString& path, const QUrlQuery& query)
{
    HttpRequest request;
    request.method = "GET";
    request.path = path;
    request.query = query;
    return request;
}

HttpRequest HttpRequest::json(const QByteArray& method, const QString& path, const QByteArray& jsonBody)
{
    HttpRequest request = withoutBody(method, path);
    request.body = jsonBody;
    request.contentType = "application/json";
    return request;
}

HttpRequest HttpRequest::form(const QByteArray& method, const QString& path, const QUrlQuery& form)
{
    HttpRequest request = withoutBody(method, path);
    request.body = encodeQuery(form).toLatin1();
    request.contentType = "application/x-www-form-urlencoded";
    return request;
}

HttpRequest HttpRequest::withoutBody(const QByteArray& method, const QString& path)
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.kind = method == "GET" || method == "HEAD" || method == "OPTIONS" ? Kind::Read : Kind::Write;
    return request;
}

QString HttpRequest::encodeQuery(const QUrlQuery& query)
{
    QByteArray encoded;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return QString::fromLatin1(encoded);
}

void HttpRequest::addText(QUrlQuery& query, const QString& key, const QString& text)
{
    query.addQueryItem(key, QString(text).replace(QLatin1Char('%'), QLatin1String("%25")));
}

namespace {
// segment() never writes a brace (QUrl::toPercentEncoding encodes it), and no dialect's literal
// path holds one: a brace in a path can only be this marker.
constexpr QChar unusableOpen = u'{';
constexpr QChar unusableClose = u'}';
} // namespace

QString HttpRequest::segment(const QString& text)
{
    if (text.isEmpty() || text == QLatin1String(".") || text == QLatin1String(".."))
        return unusableOpen + text + unusableClose;
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

bool HttpRequest::hasUnusableSegment(const QString& path, QString* text)
{
    const qsizetype open = path.indexOf(unusableOpen);
    if (open < 0)
        return false;
    if (text) {
        const qsizetype close = path.indexOf(unusableClose, open);
        *text = path.mid(open + 1, close < 0 ? -1 : close - open - 1);
    }
    return true;
}

bool HttpRequest::sameOrigin(const QUrl& a, const QUrl& b)
{
    const auto port = [](const QUrl& url) { return url.port(url.scheme() == QLatin1String("https") ? 443 : 80); };
    return a.isValid() && b.isValid() && a.scheme() == b.scheme() &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

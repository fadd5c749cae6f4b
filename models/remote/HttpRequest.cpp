#include "HttpRequest.h"

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
    request.body = form.toString(QUrl::FullyEncoded).toUtf8();
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

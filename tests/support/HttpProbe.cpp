#include "HttpProbe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

QByteArray ProbeReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ProbeReply HttpProbe::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                           const QList<QPair<QByteArray, QByteArray>>& headers, int timeoutMs)
{
    static QNetworkAccessManager network;
    QNetworkRequest request(url);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs);
    ProbeReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    result.networkError = reply->error() != QNetworkReply::NoError && result.status == 0;
    reply->deleteLater();
    return result;
}

ProbeReply HttpProbe::json(const QByteArray& method, const QUrl& url, const QJsonDocument& body,
                           const QList<QPair<QByteArray, QByteArray>>& headers)
{
    auto all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send(method, url, body.toJson(QJsonDocument::Compact), all);
}

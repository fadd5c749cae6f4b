#pragma once
// Sends one raw HTTP request and waits for the answer (tests only: QSignalSpy::wait keeps the
// event loop running). Used to replay the seed documents' examples byte for byte.

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QUrl>

struct ProbeReply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool networkError = false;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray& name) const;
};

class HttpProbe
{
public:
    static ProbeReply send(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                           const QList<QPair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 15000);
    static ProbeReply json(const QByteArray& method, const QUrl& url, const QJsonDocument& body,
                           const QList<QPair<QByteArray, QByteArray>>& headers = {});
};

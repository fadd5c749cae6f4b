#pragma once
// What came back for one HttpRequest: status, headers and the raw body, or a transport error.
// Dialects parse it; nothing else looks inside the body.

#include "values/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QPair>

struct HttpResponse
{
    int status = 0; // 0 when no HTTP answer arrived
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    ApiError transportError; // network, timeout, TLS, too large, cancelled

    bool isSuccess() const { return transportError.isNone() && status >= 200 && status < 300; }
    QByteArray header(const QByteArray& name) const;
};

#pragma once
// A server's answer as a test writes it down: status, body and headers, no network.

#include "remote/HttpResponse.h"

#include <QByteArray>
#include <QList>
#include <QPair>

inline HttpResponse response(int status, const QByteArray& body = {},
                             const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = headers;
    return r;
}

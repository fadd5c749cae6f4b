#pragma once
// A fuzzer's bytes as a server's answer. An input that starts with a status line
// ("HTTP 401" or "HTTP/1.1 429") has header lines after it up to an empty line, then the body;
// any other input is a 200's body. So the seeds can be plain bodies from the tests, and the
// fuzzer still reaches the parsers that read a status or a header (Location, Retry-After,
// Set-Cookie).

#include "remote/HttpResponse.h"

#include <QByteArray>
#include <QList>

inline HttpResponse fuzzResponse(const QByteArray& input)
{
    HttpResponse response;
    response.status = 200;
    response.body = input;
    if (!input.startsWith("HTTP"))
        return response;
    const qsizetype end = input.indexOf("\n\n");
    const QByteArray head = end < 0 ? input : input.left(end);
    response.body = end < 0 ? QByteArray() : input.mid(end + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> statusLine = lines.first().simplified().split(' ');
    bool ok = false;
    const int status = statusLine.value(1).toInt(&ok);
    response.status = ok ? status : 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            response.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    return response;
}

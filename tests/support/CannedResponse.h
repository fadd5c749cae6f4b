#pragma once
// A server's answer as a test writes it down: status, body and headers, no network.
//
// With AUTHDESK_FUZZ_SEEDS naming a folder, each answer is also written there in the fuzz
// targets' input form (tests/fuzz/FuzzInput.h): that is how tests/fuzz/collect-seeds turns
// the dialect tests' canned answers into the seed corpus.

#include "remote/HttpResponse.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QList>
#include <QPair>

inline void writeFuzzSeed(const HttpResponse& r)
{
    const QString folder = qEnvironmentVariable("AUTHDESK_FUZZ_SEEDS");
    if (folder.isEmpty())
        return;
    QByteArray seed = r.body;
    if (r.status != 200 || !r.headers.isEmpty()) {
        QByteArray head = "HTTP " + QByteArray::number(r.status) + '\n';
        for (const auto& [name, value] : r.headers)
            head += name + ": " + value + '\n';
        seed = head + '\n' + r.body;
    }
    QDir().mkpath(folder);
    QFile file(folder + QLatin1Char('/') +
               QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex()));
    if (file.open(QIODevice::WriteOnly))
        file.write(seed);
}

inline HttpResponse response(int status, const QByteArray& body = {},
                             const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = headers;
    writeFuzzSeed(r);
    return r;
}

#pragma once
// One HTTP answer built by an API handler, written to the socket by SandboxServer (which may
// first spoil it on purpose, see FaultInjector).

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

struct SandboxReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static SandboxReply json(int status, const QJsonValue& value);
    static SandboxReply empty(int status);
    SandboxReply& withHeader(const QByteArray& name, const QByteArray& value);
};

#include "SandboxReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SandboxReply SandboxReply::json(int status, const QJsonValue& value)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    reply.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return reply;
}

SandboxReply SandboxReply::empty(int status)
{
    SandboxReply reply;
    reply.status = status;
    return reply;
}

SandboxReply& SandboxReply::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

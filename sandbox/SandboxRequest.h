#pragma once
// One HTTP request as the API handlers see it: method, the path below the API's prefix, query,
// headers and body, with small helpers for the shapes the four APIs use.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

struct SandboxRequest
{
    QByteArray method;
    QString path;         // below the prefix, e.g. "/api/users/42"
    QStringList segments; // path split on '/', without empty parts
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString remoteAddress;

    QByteArray header(const QByteArray& name) const;
    // The body as a JSON object; `ok` false when the body is not a JSON object.
    QJsonObject json(bool* ok = nullptr) const;
    // The body as form fields (application/x-www-form-urlencoded).
    QUrlQuery form() const;
    // A field from the JSON body, or the form body when it is not JSON.
    QString field(const QString& name) const;
    QString queryValue(const QString& name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    int queryInt(const QString& name, int fallback) const;
    bool matches(const char* method, const QStringList& pattern, QStringList* captures = nullptr) const;
};

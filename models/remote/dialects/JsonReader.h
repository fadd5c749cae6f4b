#pragma once
// Shared parsing for every dialect: the body parsed once into JSON with a clear error for
// malformed replies, a server's user object mapped onto User through a field map, and the
// date formats servers use.

#include "remote/HttpResponse.h"
#include "values/Result.h"
#include "values/User.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

// Which server field holds each User field; empty: the server has none.
struct UserFieldMap
{
    QString id;
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QString fullName; // split into first/last when the server has a single name field
    QString roles;    // an array of strings, or a single string
    QString enabled;
    QString createdAt;
    QString lastLoginAt;
};

class JsonReader
{
public:
    static Result<QJsonDocument> parse(const HttpResponse& response);
    static Result<QJsonObject> parseObject(const HttpResponse& response);
    // A body that must be a JSON array; `expected` ("expected a list of sessions") otherwise.
    static Result<QJsonArray> parseArray(const HttpResponse& response, const QString& expected);
    // A body that must be a JSON array of objects, each read into a T by `read`, which answers
    // nothing for an object to leave out (one without a name or an id).
    template <typename T>
    static Result<QList<T>> parseObjects(const HttpResponse& response, const QString& expected,
                                         const std::function<std::optional<T>(const QJsonObject&)>& read)
    {
        const Result<QJsonArray> list = parseArray(response, expected);
        if (!list.ok())
            return list.error();
        QList<T> items;
        for (const QJsonValue& value : list.value()) {
            if (std::optional<T> item = read(value.toObject()))
                items << std::move(*item);
        }
        return items;
    }
    static User userFrom(const QJsonObject& object, const UserFieldMap& map);
    static QDateTime dateFrom(const QJsonValue& value);
    // The object's fields but those already read into a typed field (`read`): what a record
    // keeps as attributes without storing each value twice (a million users' two million
    // sessions carried every field twice in the cache: 330 bytes each).
    static QVariantMap otherFields(const QJsonObject& object, std::initializer_list<const char*> read);
    static ApiError malformed(const QString& what);
    static QByteArray compact(const QJsonObject& object);
};
